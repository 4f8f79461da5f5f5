#pragma once

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QtDebug>

namespace ysb::test {

/// Runs statements on a journal file through a connection of its own, as another tool would (to
/// damage it, hide a table, or make SQLite refuse a write with a trigger). False at the first failure.
inline bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QString::number(QRandomGenerator::global()->generate64());
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (!ok)
                break;
            ok = q.exec(s);
            if (!ok)
                qWarning() << q.lastError().text() << s;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace ysb::test
