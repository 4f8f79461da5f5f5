// Kill -9 at random moments of a send batch and of picking creation: every order must exist
// exactly once in Ysell, every done order must have exactly one picking, nothing is lost, and the
// journal stays sound. Trials run against one simulator and one journal, as a real restart would.
#include "CliRunner.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ysb::test;

namespace {

// Starts a CLI command and kills it with SIGKILL after delayMs unless it finished first.
// Returns 1 when it was killed, 0 when it finished, -1 when it did not start.
int killDuring(const CliRunner &cli, const QStringList &args, int delayMs)
{
    QProcess p;
    p.start(QString::fromLocal8Bit(qgetenv("YSB_CLI")), cli.baseArgs() + args);
    if (!p.waitForStarted(10'000))
        return -1;
    if (p.waitForFinished(delayMs))
        return 0;
    p.kill(); // SIGKILL: no clean-up of any kind
    p.waitForFinished(10'000);
    return 1;
}

QString integrityCheck(const QString &path)
{
    const QString name = u"crash-check"_s;
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
            result = q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killNineDuringSendAndPickings()
    {
        const int trials = qEnvironmentVariableIntValue("YSB_CRASH_TRIALS") > 0
                               ? qEnvironmentVariableIntValue("YSB_CRASH_TRIALS") : 25;
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"0"_s, u"--ysell-latency-ms"_s, u"15"_s, u"--odoo-latency-ms"_s, u"5"_s},
                           &error),
                 qPrintable(error));
        QRandomGenerator rng(20261128);
        int expectedOrders = 0;
        int killed = 0;
        for (int t = 0; t < trials; ++t) {
            const QStringList added = sim.addOrders(8);
            QCOMPARE(added.size(), 8);
            expectedOrders += 8;
            // Killed somewhere in the send batch…
            int k = killDuring(cli, {u"send"_s}, 100 + int(rng.bounded(2500)));
            QVERIFY(k >= 0);
            killed += k;
            // …then Ysell ships what it has, and the sweep is killed somewhere in picking creation.
            QVERIFY(sim.advance(u"7.1"_s));
            k = killDuring(cli, {u"sync"_s}, 100 + int(rng.bounded(2500)));
            QVERIFY(k >= 0);
            killed += k;
        }
        // Most runs must really have been cut short, or the test proves nothing.
        qInfo("%d of %d runs killed with SIGKILL", killed, 2 * trials);
        QVERIFY2(killed >= trials, qPrintable(QString::number(killed)));
        // A clean run finishes whatever the kills interrupted.
        for (int i = 0; i < 3; ++i) {
            const CliResult r = cli.run({u"sync"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            QVERIFY(sim.advance(u"7.1"_s));
        }
        const CliResult last = cli.run({u"sync"_s});
        QVERIFY2(last.exitCode == 0, qPrintable(last.out + last.err));

        // Exactly once in Ysell.
        QHash<QString, int> inYsell;
        for (const QJsonValue &v : sim.ysellOrders())
            inYsell[v.toObject().value(u"order_num"_s).toString()] += 1;
        QCOMPARE(inYsell.size(), expectedOrders);
        for (auto it = inYsell.cbegin(); it != inYsell.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        // Exactly one picking per done order.
        QHash<QString, int> pickings;
        for (const QJsonValue &v : sim.pickings())
            pickings[v.toObject().value(u"origin"_s).toString()] += 1;
        QCOMPARE(pickings.size(), expectedOrders);
        for (auto it = pickings.cbegin(); it != pickings.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        // Nothing lost: the journal knows every order, each with its picking.
        const QJsonArray orders = cli.orders();
        QCOMPARE(orders.size(), expectedOrders);
        for (const QJsonValue &v : orders) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"state"_s).toString(), u"picking_created"_s);
            QVERIFY(!o.value(u"picking_name"_s).toString().isEmpty());
        }
        QCOMPARE(integrityCheck(cli.dir() + u"/journal.sqlite"_s), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
