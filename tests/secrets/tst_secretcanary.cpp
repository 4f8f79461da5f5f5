// Canary: a token and a password stored through the secret stores never show up in config.ini,
// in any log line (every ysb.* category at debug level), or in an error message or detail.
// ctest also fails this test if the canary prefix appears anywhere in its output.
#include "SecretWait.h"
#include "secrets/DirSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStoreProbe.h"
#include "settings/Config.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::waitForSecretJob;

namespace {

QMutex g_logMutex;
QString g_log;
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message + u'\n';
    }
    if (g_previous)
        g_previous(type, context, message);
}

QString capturedLog()
{
    QMutexLocker lock(&g_logMutex);
    return g_log;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSecretCanary : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    // Built at run time, never on a command line. The prefix is what ctest's FAIL_REGULAR_EXPRESSION
    // looks for; the random part makes every run's canary unique.
    QString m_token;
    QString m_password;
    QStringList m_messages; // every error message and detail the stores and the loader produced

    void note(const std::optional<Result<QString>> &r)
    {
        if (r && !r->ok())
            m_messages << r->error().message << r->error().detail;
    }

    void checkClean(const QByteArray &bytes, const char *what)
    {
        for (const QString &secret : {m_token, m_password}) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), what);
            // Also the tail alone, in case a prefix was cut off or the value was split.
            QVERIFY2(!bytes.contains(secret.right(16).toUtf8()), what);
        }
        QVERIFY2(!bytes.contains("YSBCANARY"), what);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString random = QString::number(QRandomGenerator::global()->generate64(), 16)
            + QString::number(QRandomGenerator::global()->generate64(), 16);
        m_token = u"YSBCANARY-tok-"_s + random;
        m_password = u"YSBCANARY-pw-"_s + random.right(12) + u"-Пароль"_s;
        QLoggingCategory::setFilterRules(u"ysb.*=true"_s);
        g_previous = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void secretsDirectory()
    {
        const QString dir = m_tmp.filePath(u"secrets"_s);
        DirSecretStore store(dir);
        note(waitForSecretJob(store.write(SecretKey::YsellToken, m_token)));
        note(waitForSecretJob(store.write(SecretKey::OdooPassword, m_password)));
        auto r = waitForSecretJob(store.read(SecretKey::YsellToken));
        QVERIFY(r && r->ok());
        QVERIFY2(r->value() == m_token, "read back a different token");
        // Positive control: the canary is where it belongs, so the searches below can find it.
        QCOMPARE(readAll(dir + u"/ysell-token"_s), m_token.toUtf8());

        // Failures on the way: the file opened up, then the directory.
        QVERIFY(::chmod(QFile::encodeName(dir + u"/ysell-token"_s).constData(), 0644) == 0);
        r = waitForSecretJob(store.read(SecretKey::YsellToken));
        QVERIFY(r && !r->ok());
        note(r);
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
        r = waitForSecretJob(store.read(SecretKey::OdooPassword));
        QVERIFY(r && !r->ok());
        note(r);
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0700) == 0);
    }

    void probedStore()
    {
        // The keychain under scripts/with-session; memory where no bus exists.
        QObject owner;
        SecretStoreProbe *probe = SecretStore::probe(QString(), &owner);
        QPointer<SecretStore> store;
        QSignalSpy spy(probe, &SecretStoreProbe::finished);
        connect(probe, &SecretStoreProbe::finished, &owner, [&store](SecretStore *s, const Text &) { store = s; });
        QVERIFY(spy.wait(30'000));
        QVERIFY(store);
        if (qEnvironmentVariableIsSet("YSB_IN_SESSION"))
            QVERIFY2(qobject_cast<KeychainSecretStore *>(store.data()), "the keychain must be used in the session");
        // Our own service name when it is the keychain: the real "ysell-bridge" entries are left alone.
        SecretStore *target = store;
        std::unique_ptr<KeychainSecretStore> keychain;
        if (qobject_cast<KeychainSecretStore *>(store.data())) {
            keychain = std::make_unique<KeychainSecretStore>(
                u"ysell-bridge-canary-%1"_s.arg(QCoreApplication::applicationPid()));
            target = keychain.get();
        }
        note(waitForSecretJob(target->write(SecretKey::YsellToken, m_token)));
        note(waitForSecretJob(target->write(SecretKey::OdooPassword, m_password)));
        auto r = waitForSecretJob(target->read(SecretKey::OdooPassword));
        QVERIFY(r && r->ok());
        QVERIFY2(r->value() == m_password, "read back a different password");
        note(waitForSecretJob(target->remove(SecretKey::YsellToken)));
        note(waitForSecretJob(target->remove(SecretKey::OdooPassword)));
        r = waitForSecretJob(target->read(SecretKey::YsellToken));
        QVERIFY(r && !r->ok());
        note(r);
        // An invalid key whose text carries the secret: refused without echoing it.
        r = waitForSecretJob(target->write(u"Key "_s + m_token, m_token));
        QVERIFY(r && !r->ok());
        note(r);
    }

    void configFileAndLoader()
    {
        // A config saved next to the secrets holds none of them.
        Config c;
        c.odooUrl = u"https://odoo.example.com"_s;
        c.odooLogin = u"clerk"_s;
        c.ysellBaseUrl = u"https://719.eu6.ysell.pro"_s;
        const QString path = m_tmp.filePath(u"config.ini"_s);
        QVERIFY(ConfigStore::save(path, c).ok());
        checkClean(readAll(path), "config.ini contains a secret");

        // Secrets pasted into config.ini by mistake are refused without being echoed.
        const QString bad = m_tmp.filePath(u"bad.ini"_s);
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write((u"[odoo]\nurl=https://clerk:"_s + m_password.left(20) + u"@odoo.example.com\npassword="_s + m_password
                     + u"\nauth="_s + m_password + u"\n[ysell]\ntoken="_s + m_token + u"\n"_s + m_token + u"\n"_s)
                        .toUtf8());
        }
        const auto r = ConfigStore::load(bad);
        QVERIFY(!r.ok());
        m_messages << r.error().message << r.error().detail;
        QVERIFY(r.error().message.contains(u"[odoo] password"));
    }

    void nothingLeaked()
    {
        checkClean(capturedLog().toUtf8(), "a log line contains a secret");
        QVERIFY2(capturedLog().contains(u"ysb.secrets"), "the log capture saw no ysb.secrets line: the search proves nothing");
        checkClean(m_messages.join(u'\n').toUtf8(), "an error message or detail contains a secret");
        QVERIFY(!m_messages.isEmpty());
        // No file outside the secrets directory holds a secret.
        QDirIterator it(m_tmp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (QFileInfo(f).absolutePath() == QDir(m_tmp.filePath(u"secrets"_s)).absolutePath())
                continue;
            if (f == m_tmp.filePath(u"bad.ini"_s)) // the file this test wrote on purpose
                continue;
            checkClean(readAll(f), qPrintable(u"a secret in "_s + f));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretCanary)
#include "tst_secretcanary.moc"
