// SweepCycle against ysell-bridge-sim over HTTPS: the orders Ysell reports done are picked a page at a
// time while the other statuses are still being read (the claim's settle overlaps the Ysell requests),
// and every done order still gets exactly one picking.
#include "SimBridge.h"
#include "SimProcess.h"
#include "journal/Journal.h"
#include "sync/Bridge.h"
#include "sync/SyncEngine.h"

#include <QHash>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::SimProcess;
using ysb::test::configFor;
using ysb::test::pickingsPerOrigin;
using ysb::test::runUntilIdle;

class TestSweepCycle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void donePagesArePickedWhileStatusesAreRead();
};

void TestSweepCycle::donePagesArePickedWhileStatusesAreRead()
{
    constexpr int kOrders = 450; // two full pages of 200 done orders and a last one of 50
    SimProcess sim;
    QVERIFY2(sim.start({u"--orders"_s, QString::number(kOrders), u"--ysell-latency-ms"_s, u"30"_s}),
             qPrintable(sim.errorString()));
    QTemporaryDir dir;
    auto bridge = Bridge::create(configFor(sim, dir.filePath(u"journal.sqlite"_s)), {sim.odooPassword(), sim.ysellToken()});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    SyncEngine *engine = bridge.value()->engine();
    Journal *journal = bridge.value()->journal();
    QSignalSpy finished(engine, &SyncEngine::cycleFinished);
    engine->sendNow();
    QVERIFY(runUntilIdle(engine, 300'000));
    QCOMPARE(journal->countsByState().value().value(OrderState::Sent), kOrders);
    const QList<ExchangeRecord> sendExchanges = journal->exchanges({}, 100'000).value();
    QVERIFY(!sendExchanges.isEmpty());
    const qint64 lastOfSend = sendExchanges.last().id;

    QVERIFY(sim.advance(u"7.1"_s));
    engine->checkNow();
    QVERIFY(runUntilIdle(engine, 300'000));
    const auto sweep = finished.last().first().value<CycleSummary>();
    QVERIFY2(sweep.errors.isEmpty(), qPrintable(sweep.errorLines().join(u'\n')));
    QCOMPARE(sweep.becameDone, kOrders);
    QCOMPARE(sweep.pickingsCreated, kOrders);

    // The sweep's exchanges in the order they were answered: the claim of the first page was written
    // before Ysell answered the last status read, and each page had its own claim.
    qsizetype lastStatus = -1;
    QList<qsizetype> claims;
    const QList<ExchangeRecord> all = journal->exchanges({}, 100'000).value();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const ExchangeRecord &e = all.at(i);
        if (e.id <= lastOfSend)
            continue;
        if (e.system == u"ysell"_s && e.route == u"status"_s)
            lastStatus = i;
        else if (e.route == u"sale.order.write"_s && e.requestBody.contains(u"\"picking:"_s))
            claims << i;
    }
    QVERIFY(lastStatus >= 0);
    QCOMPARE(claims.size(), 3);
    QVERIFY2(claims.first() < lastStatus, qPrintable(u"first claim %1, last status %2"_s.arg(claims.first()).arg(lastStatus)));

    // Exactly one picking per order, and the journal knows each.
    const QHash<QString, int> perOrigin = pickingsPerOrigin(sim);
    QCOMPARE(perOrigin.size(), kOrders);
    for (auto it = perOrigin.cbegin(); it != perOrigin.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QCOMPARE(journal->countsByState().value().value(OrderState::PickingCreated), kOrders);

    // The next sweep has nothing left to pick.
    engine->checkNow();
    QVERIFY(runUntilIdle(engine, 300'000));
    QCOMPARE(sim.pickings().size(), kOrders);
}

QTEST_GUILESS_MAIN(TestSweepCycle)
#include "tst_sweepcycle.moc"
