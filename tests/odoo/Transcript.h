#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace ysb::test {

/// The real Odoo 17 exchanges of tests/data/contracts/odoo17-transcript.jsonl and
/// odoo17-transcript-rights-uom.jsonl (the project's copy of the
/// recorded contract), read at run time.
class Transcript final {
public:
    static const Transcript &instance()
    {
        static const Transcript t;
        return t;
    }

    QString path() const { return m_path; }
    bool loaded() const { return !m_entries.isEmpty(); }

    /// The n-th entry with this tag (tags repeat for re-runs of a case); empty when absent.
    QJsonObject entry(const QString &tag, int n = 0) const
    {
        int seen = 0;
        for (const QJsonObject &e : m_entries) {
            if (e.value(QStringLiteral("tag")).toString() == tag && seen++ == n)
                return e;
        }
        return {};
    }
    QJsonObject request(const QString &tag, int n = 0) const { return entry(tag, n).value(QStringLiteral("req")).toObject(); }
    QJsonObject response(const QString &tag, int n = 0) const { return entry(tag, n).value(QStringLiteral("resp")).toObject(); }
    QByteArray responseBody(const QString &tag, int n = 0) const
    {
        return QJsonDocument(response(tag, n)).toJson(QJsonDocument::Compact);
    }
    QJsonValue result(const QString &tag, int n = 0) const { return response(tag, n).value(QStringLiteral("result")); }
    /// params.args of the request (for execute_kw: [db, uid, key, model, method, args, kwargs]).
    QJsonArray requestArgs(const QString &tag, int n = 0) const
    {
        return request(tag, n).value(QStringLiteral("params")).toObject().value(QStringLiteral("args")).toArray();
    }

private:
    Transcript()
    {
        m_path = qEnvironmentVariable("YSB_TEST_DATA_DIR") + QStringLiteral("/contracts/odoo17-transcript.jsonl");
        // The second recording (rights, units, reserved serials: tags 4j.*, 4k.*, 4l.*) has tags of its own.
        for (const QString &path : QStringList{m_path, qEnvironmentVariable("YSB_TEST_DATA_DIR")
                                                + QStringLiteral("/contracts/odoo17-transcript-rights-uom.jsonl")}) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            while (!f.atEnd()) {
                const QByteArray line = f.readLine().trimmed();
                if (line.isEmpty())
                    continue;
                const QJsonDocument doc = QJsonDocument::fromJson(line);
                if (doc.isObject())
                    m_entries << doc.object();
            }
        }
    }

    QString m_path;
    QList<QJsonObject> m_entries;
};

} // namespace ysb::test
