// The status sweep against ysell-bridge-sim, with a clock the test moves: a sent order Ysell does not
// move becomes "needs attention" with its reason and is told once — across sweeps and across a
// restart — is still checked, clears itself when Ysell moves, and is never sent again.
#include "FakeClock.h"
#include "SimBridge.h"
#include "SimProcess.h"
#include "journal/Journal.h"
#include "sync/Bridge.h"
#include "sync/SyncEngine.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::FakeClock;
using ysb::test::SimProcess;
using ysb::test::configFor;
using ysb::test::runUntilIdle;

namespace {

// The notifications about order `name` whose words are its stored stale reason.
int staleNotes(const QSignalSpy &notes, const OrderRecord &order)
{
    int n = 0;
    for (const QList<QVariant> &args : notes) {
        const auto note = args.first().value<Notification>();
        if (note.orderRef == order.name && !order.staleReason.isEmpty() && note.message.render() == order.staleReason.render())
            ++n;
    }
    return n;
}

int eventsOfKind(Journal *journal, const OrderRecord &order, const QString &kind)
{
    int n = 0;
    const QList<EventRecord> events = journal->events(OrderKey::of(order)).value();
    for (const EventRecord &e : events)
        n += e.kind == kind ? 1 : 0;
    return n;
}

int ysellCreates(SimProcess &sim)
{
    return sim.stats().value(u"ysell"_s).toObject().value(u"creates"_s).toInt();
}

} // namespace

class TestStatusSweepJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void staleOrdersNeedAttentionOnceAndClearThemselves();
};

void TestStatusSweepJob::staleOrdersNeedAttentionOnceAndClearThemselves()
{
    SimProcess sim;
    QVERIFY2(sim.start({u"--orders"_s, u"3"_s}), qPrintable(sim.errorString()));
    QTemporaryDir dir;
    Config config = configFor(sim, dir.filePath(u"journal.sqlite"_s));
    QCOMPARE(config.staleAfterDays, 5); // the defaults
    QCOMPARE(config.attentionStatusHours, 24);
    FakeClock clock(QDateTime::currentDateTimeUtc());
    const BridgeSecrets secrets{sim.odooPassword(), sim.ysellToken()};
    auto bridge = Bridge::create(config, secrets, BridgeOptions{.clock = &clock});
    QVERIFY(bridge.ok());
    SyncEngine *engine = bridge.value()->engine();
    Journal *journal = bridge.value()->journal();
    engine->sendNow();
    QVERIFY(runUntilIdle(engine));
    QCOMPARE(ysellCreates(sim), 3);
    const QList<OrderRecord> all = journal->orders({}).value();
    QCOMPARE(all.size(), 3);
    const QString stuck = all.at(0).name, quiet = all.at(1).name, moving = all.at(2).name;
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));

    // Ysell reports a reservation error on one order; after 25 hours in it, that order is stale.
    QVERIFY(sim.advance(u"3.1"_s, {stuck}));
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));
    QVERIFY(journal->order(stuck).value()->staleReason.isEmpty()); // just arrived in 3.1
    QSignalSpy notes(engine, &SyncEngine::notification);
    clock.advanceSecs(25 * 3600);
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));
    OrderRecord s = *journal->order(stuck).value();
    QCOMPARE(s.state, OrderState::Sent); // still swept, never sent again
    QVERIFY2(s.staleReason.render().startsWith(u"Ysell has kept the order in status 3.1 reservation error since "_s,
                                      Qt::CaseInsensitive),
             qPrintable(s.staleReason.render()));
    QVERIFY2(s.staleReason.render().contains(u"(longer than 24 h)"_s), qPrintable(s.staleReason.render()));
    QVERIFY(journal->order(quiet).value()->staleReason.isEmpty());
    QCOMPARE(staleNotes(notes, s), 1);
    QCOMPARE(eventsOfKind(journal, s, u"stale"_s), 1);

    // Five days on: the other two have not moved either; the first is not told about again.
    clock.advanceSecs(5 * 24 * 3600);
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));
    QCOMPARE(journal->order(stuck).value()->staleReason, s.staleReason);
    QCOMPARE(staleNotes(notes, s), 1);
    const OrderRecord q = *journal->order(quiet).value();
    QVERIFY2(q.staleReason.render().startsWith(u"The Ysell status "_s) && q.staleReason.render().contains(u"(longer than 5 days)"_s),
             qPrintable(q.staleReason.render()));
    QCOMPARE(staleNotes(notes, q), 1);

    // The clerk finds them where the attention orders are.
    OrderFilter attention;
    attention.states = {OrderState::NeedsAttention};
    attention.orStale = true;
    QCOMPARE(journal->countOrders(attention).value(), 3);
    QCOMPARE(journal->countsByState().value().value(OrderState::Sent), 3);

    // Sends find nothing to send; the orders stay in Ysell once.
    engine->sendNow();
    QVERIFY(runUntilIdle(engine));
    QCOMPARE(ysellCreates(sim), 3);

    // A restart: the journal remembers they were told about.
    bridge.value().reset(); // the first one releases the journal
    bridge = Bridge::create(config, secrets, BridgeOptions{.clock = &clock});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    engine = bridge.value()->engine();
    journal = bridge.value()->journal();
    QSignalSpy notesAfter(engine, &SyncEngine::notification);
    clock.advanceSecs(3600);
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));
    QCOMPARE(staleNotes(notesAfter, s), 0);
    QCOMPARE(staleNotes(notesAfter, q), 0);
    QCOMPARE(eventsOfKind(journal, s, u"stale"_s), 1);

    // Ysell moves one: it clears by itself, with an event; the others stay stale.
    QVERIFY(sim.advance(u"5"_s, {moving}));
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));
    const OrderRecord m = *journal->order(moving).value();
    QVERIFY(m.staleReason.isEmpty());
    QCOMPARE(m.state, OrderState::Sent);
    QCOMPARE(m.ysellStatusCode, u"5"_s);
    QCOMPARE(eventsOfKind(journal, m, u"stale_cleared"_s), 1);
    QVERIFY(!journal->order(stuck).value()->staleReason.isEmpty());
    QCOMPARE(journal->countOrders(attention).value(), 2);

    // Ysell ships the stuck one: done, picked, no longer stale.
    QVERIFY(sim.advance(u"7.1"_s, {stuck}));
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));
    s = *journal->order(stuck).value();
    QCOMPARE(s.state, OrderState::PickingCreated);
    QVERIFY(s.staleReason.isEmpty());
    QCOMPARE(ysellCreates(sim), 3);
}

QTEST_GUILESS_MAIN(TestStatusSweepJob)
#include "tst_statussweepjob.moc"
