// PickingJob against ysell-bridge-sim over HTTPS, through the sweep that runs it: the stock.picking.create
// calls of a page go out together (within [odoo] max_inflight), not one after another, and a chunk Odoo
// refuses is still created order by order, each picking exactly once.
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

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::SimProcess;
using ysb::test::configFor;
using ysb::test::runUntilIdle;

namespace {

constexpr int kOrders = 200; // one page of done orders: two create chunks of 100

// The picking creates among these exchanges, earliest start first.
QList<ExchangeRecord> creates(const QList<ExchangeRecord> &all)
{
    QList<ExchangeRecord> out;
    for (const ExchangeRecord &e : all) {
        if (e.route == u"stock.picking.create"_s)
            out << e;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ExchangeRecord &a, const ExchangeRecord &b) { return a.atUtc < b.atUtc; });
    return out;
}

} // namespace

class TestPickingJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createChunksGoOutTogether();
    void refusedChunkIsCreatedOrderByOrder();

private:
    // Sends every order, lets Ysell ship them all and sweeps once; the sweep's summary.
    CycleSummary sendShipAndSweep();
    void verifyOnePickingPerOrder();

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Bridge> m_bridge;
};

void TestPickingJob::init()
{
    m_sim = std::make_unique<SimProcess>();
    // Each Odoo call takes 150 ms, so that two creates out together are seen to overlap.
    QVERIFY2(m_sim->start({u"--orders"_s, QString::number(kOrders), u"--odoo-latency-ms"_s, u"150"_s}),
             qPrintable(m_sim->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    auto bridge = Bridge::create(configFor(*m_sim, m_dir->filePath(u"journal.sqlite"_s)),
                                 {m_sim->odooPassword(), m_sim->ysellToken()});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    m_bridge = std::move(bridge).value();
}

void TestPickingJob::cleanup()
{
    m_bridge.reset();
    m_dir.reset();
    m_sim.reset();
}

CycleSummary TestPickingJob::sendShipAndSweep()
{
    SyncEngine *engine = m_bridge->engine();
    QSignalSpy finished(engine, &SyncEngine::cycleFinished);
    engine->sendNow();
    if (!runUntilIdle(engine, 300'000) || !m_sim->advance(u"7.1"_s))
        return {};
    engine->checkNow();
    if (!runUntilIdle(engine, 300'000) || finished.size() != 2)
        return {};
    return finished.last().first().value<CycleSummary>();
}

void TestPickingJob::verifyOnePickingPerOrder()
{
    const QHash<QString, int> perOrigin = ysb::test::pickingsPerOrigin(*m_sim);
    QCOMPARE(perOrigin.size(), kOrders);
    for (auto it = perOrigin.cbegin(); it != perOrigin.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QCOMPARE(m_bridge->journal()->countsByState().value().value(OrderState::PickingCreated), kOrders);
}

// The second chunk's create leaves before the first one is answered.
void TestPickingJob::createChunksGoOutTogether()
{
    const CycleSummary sweep = sendShipAndSweep();
    QVERIFY2(sweep.errors.isEmpty(), qPrintable(sweep.errorLines().join(u'\n')));
    QCOMPARE(sweep.pickingsCreated, kOrders);
    const QList<ExchangeRecord> made = creates(m_bridge->journal()->exchanges({}, 100'000).value());
    QCOMPARE(made.size(), 2);
    const QDateTime firstAnswered = made.at(0).atUtc.addMSecs(made.at(0).durationMs);
    QVERIFY2(made.at(1).atUtc < firstAnswered,
             qPrintable(u"second create started %1 ms after the first was answered"_s.arg(
                 firstAnswered.msecsTo(made.at(1).atUtc))));
    verifyOnePickingPerOrder();
}

// Odoo refuses the first chunk it sees: that chunk's orders are created one by one, the other chunk as
// it was; no order is left without its picking and none has two.
void TestPickingJob::refusedChunkIsCreatedOrderByOrder()
{
    QVERIFY(m_sim->fault({{u"route"_s, u"odoo:stock.picking.create"_s}, {u"kind"_s, u"validation_error"_s}, {u"count"_s, 1}}));
    const CycleSummary sweep = sendShipAndSweep();
    QVERIFY2(sweep.errors.isEmpty(), qPrintable(sweep.errorLines().join(u'\n')));
    QCOMPARE(sweep.pickingsCreated, kOrders);
    QCOMPARE(sweep.failed, 0);
    const QList<ExchangeRecord> made = creates(m_bridge->journal()->exchanges({}, 100'000).value());
    QCOMPARE(made.size(), 2 + kOrders / 2); // two chunks, then the refused one's 100 orders alone
    verifyOnePickingPerOrder();
}

QTEST_GUILESS_MAIN(TestPickingJob)
#include "tst_pickingjob.moc"
