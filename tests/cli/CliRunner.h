#pragma once

#include "SimProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

namespace ysb::test {

/// Runs ysell-bridge-cli ($YSB_CLI) against a client config the simulator wrote.
struct CliResult {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

class CliRunner {
public:
    /// Writes DIR/config.ini and DIR/secrets with the simulator's --write-client-config.
    bool setUp(SimProcess &sim, const QStringList &simArgs, QString *error = nullptr)
    {
        if (!m_dir.isValid())
            return false;
        QStringList args = simArgs;
        args << QStringLiteral("--write-client-config") << m_dir.path();
        if (!sim.start(args)) {
            if (error)
                *error = sim.errorString();
            return false;
        }
        return QFile::exists(configPath());
    }

    QString dir() const { return m_dir.path(); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("config.ini")); }
    QString secretsDir() const { return m_dir.filePath(QStringLiteral("secrets")); }

    /// A second client config beside the first, with its own journal (a second workstation).
    QString cloneConfig(const QString &name) const
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".ini"));
        QFile::remove(path);
        QFile::copy(configPath(), path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QSettings s(path, QSettings::IniFormat);
        s.setValue(QStringLiteral("journal/path"), m_dir.filePath(name + QStringLiteral(".sqlite")));
        s.sync();
        return path;
    }

    QStringList baseArgs(const QString &config = {}, const QString &secrets = {}) const
    {
        return {QStringLiteral("--config"), config.isEmpty() ? configPath() : config, QStringLiteral("--secrets-dir"),
                secrets.isEmpty() ? secretsDir() : secrets};
    }

    /// A second secrets directory beside the first; `ysellToken`/`odooPassword` replace the value when
    /// not null (a wrong token, say).
    QString cloneSecrets(const QString &name, const QByteArray &ysellToken = {}, const QByteArray &odooPassword = {}) const
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        for (const auto &[file, value] : {std::pair{QStringLiteral("ysell-token"), ysellToken},
                                          std::pair{QStringLiteral("odoo-password"), odooPassword}}) {
            QFile::remove(dir + u'/' + file);
            if (value.isNull()) {
                QFile::copy(secretsDir() + u'/' + file, dir + u'/' + file);
            } else {
                QFile f(dir + u'/' + file);
                f.open(QIODevice::WriteOnly);
                f.write(value);
            }
            QFile::setPermissions(dir + u'/' + file, QFile::ReadOwner | QFile::WriteOwner);
        }
        return dir;
    }

    /// Writes `value` as the named secret file of `dir` (mode 0600).
    static void writeSecret(const QString &dir, const QString &file, const QByteArray &value)
    {
        QFile f(dir + u'/' + file);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(value);
        f.close();
        QFile::setPermissions(f.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    }

    CliResult run(const QStringList &args, const QString &config = {}, int timeoutMs = 180'000,
                  const QByteArray &stdinData = {}, const QString &secrets = {}) const
    {
        QProcess p;
        if (!m_env.isEmpty())
            p.setProcessEnvironment(m_env);
        p.start(QString::fromLocal8Bit(qgetenv("YSB_CLI")), baseArgs(config, secrets) + args);
        CliResult r;
        if (!p.waitForStarted(10'000))
            return r;
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.crashed = true;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// The environment the next runs get (the system's when empty), e.g. another LANG.
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }

    QJsonArray orders(const QString &config = {}) const
    {
        const CliResult r = run({QStringLiteral("orders"), QStringLiteral("--json")}, config);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

/// One execute_kw as the simulator's administrator (uid 2); the result, or undefined.
inline QJsonValue odooRpc(SimProcess &sim, const QString &model, const QString &method, const QJsonArray &args,
                          const QJsonObject &kwargs = {})
{
    using namespace Qt::StringLiterals;
    QJsonArray a{sim.odooDb(), 2, sim.odooPassword(), model, method, args};
    if (!kwargs.isEmpty())
        a.append(kwargs);
    const QJsonObject req{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"call"_s}, {u"id"_s, 1},
                          {u"params"_s, QJsonObject{{u"service"_s, u"object"_s}, {u"method"_s, u"execute_kw"_s},
                                                   {u"args"_s, a}}}};
    return sim.odoo(QJsonDocument(req).toJson(QJsonDocument::Compact)).object().value(u"result"_s);
}

} // namespace ysb::test
