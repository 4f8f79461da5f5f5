// End to end against ysell-bridge-sim over real HTTPS: the engine sends confirmed orders, checks
// their statuses and creates the draft pickings, and what a user would check is checked where it
// lives — the orders in Ysell, the pickings in Odoo, the journal.
#include "SimProcess.h"
#include "journal/Journal.h"
#include "sync/Bridge.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::SimProcess;

namespace {

Config configFor(const SimProcess &sim, const QString &journalPath)
{
    Config c;
    c.odooUrl = sim.odooUrl();
    c.odooDatabase = sim.odooDb();
    c.odooLogin = sim.odooLogin();
    c.ysellBaseUrl = sim.ysellUrl();
    c.extraCaFile = sim.caFile();
    c.journalPath = journalPath;
    c.startDate = QDate::currentDate().addDays(-30);
    return c;
}

// Runs what is queued and waits until the engine is idle again.
bool runUntilIdle(SyncEngine *engine, int timeoutMs = 120'000)
{
    QSignalSpy idle(engine, &SyncEngine::idle);
    return idle.wait(timeoutMs);
}

QList<CycleSummary> summaries(const QSignalSpy &spy)
{
    QList<CycleSummary> out;
    for (const QList<QVariant> &args : spy)
        out << args.first().value<CycleSummary>();
    return out;
}

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fiftyOrdersSentOnceAndPickedOnce();
    void demoDataPreflightAndTheRestGoesOut();
    void quietSweepCostsNoOdooCall();
    void unknownOutcomeIsLookedUpNotResent();
};

void TestSyncEngine::fiftyOrdersSentOnceAndPickedOnce()
{
    SimProcess sim;
    QVERIFY2(sim.start({u"--orders"_s, u"50"_s}), qPrintable(sim.errorString()));
    QTemporaryDir dir;
    auto bridge = Bridge::create(configFor(sim, dir.filePath(u"journal.sqlite"_s)),
                                 {sim.odooPassword(), sim.ysellToken()});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    SyncEngine *engine = bridge.value()->engine();
    Journal *journal = bridge.value()->journal();
    QSignalSpy finished(engine, &SyncEngine::cycleFinished);

    engine->sendNow();
    QVERIFY(runUntilIdle(engine));
    const CycleSummary send = summaries(finished).last();
    QVERIFY2(send.errors.isEmpty(), qPrintable(send.errors.join(u'\n')));
    QCOMPARE(send.sent, 50);

    // In Ysell: 50 orders, each once, with its items and serials.
    QJsonObject ysell = sim.stats().value(u"ysell"_s).toObject();
    QCOMPARE(ysell.value(u"creates"_s).toInt(), 50);
    QCOMPARE(ysell.value(u"duplicates_rejected"_s).toInt(), 0);
    const QJsonArray orders = sim.ysellOrders();
    QCOMPARE(orders.size(), 50);
    QSet<QString> nums;
    for (const QJsonValue &v : orders) {
        const QJsonObject o = v.toObject();
        nums.insert(o.value(u"order_num"_s).toString());
        const QJsonObject payload = o.value(u"payload"_s).toObject();
        QVERIFY2(!payload.value(u"items"_s).toArray().isEmpty(), qPrintable(o.value(u"order_num"_s).toString()));
        QVERIFY(!payload.value(u"recipient"_s).toObject().value(u"street"_s).toString().isEmpty());
        for (const QJsonValue &item : payload.value(u"items"_s).toArray()) {
            const QJsonObject it = item.toObject();
            QVERIFY(!it.value(u"p_id"_s).toString().isEmpty());
            QVERIFY(it.value(u"odoo_product_id"_s).toInt() > 0);
            if (it.contains(u"serial_numbers"_s))
                QCOMPARE(it.value(u"serial_numbers"_s).toArray().size(), it.value(u"qty"_s).toInt());
        }
    }
    QCOMPARE(nums.size(), 50);
    QCOMPARE(journal->countsByState().value(OrderState::Sent), 50);

    // Ysell ships everything: 50 draft pickings ShemaxGlobal → Customers, linked to their orders.
    QVERIFY(sim.advance(u"7.1"_s));
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));
    const CycleSummary sweep = summaries(finished).last();
    QVERIFY2(sweep.errors.isEmpty(), qPrintable(sweep.errors.join(u'\n')));
    QCOMPARE(sweep.becameDone, 50);
    QCOMPARE(sweep.pickingsCreated, 50);
    const QJsonArray pickings = sim.pickings();
    QCOMPARE(pickings.size(), 50);
    QSet<QString> origins;
    for (const QJsonValue &v : pickings) {
        const QJsonObject p = v.toObject();
        origins.insert(p.value(u"origin"_s).toString());
        QCOMPARE(p.value(u"state"_s).toString(), u"draft"_s);
        QVERIFY2(p.value(u"location_id"_s).toObject().value(u"complete_name"_s).toString().endsWith(u"ShemaxGlobal"_s),
                 qPrintable(QString::fromUtf8(QJsonDocument(p).toJson())));
        QVERIFY(p.value(u"partner_id"_s).toVariant().toInt() > 0 || p.value(u"partner_id"_s).isObject()
                || p.value(u"partner_id"_s).isArray());
        const QJsonArray moves = p.value(u"moves"_s).toArray();
        QVERIFY(!moves.isEmpty());
        for (const QJsonValue &m : moves) {
            QVERIFY(!m.toObject().value(u"sale_line_id"_s).isNull());
            QVERIFY(!m.toObject().value(u"group_id"_s).isNull());
        }
    }
    QCOMPARE(origins, nums);
    QCOMPARE(journal->countsByState().value(OrderState::PickingCreated), 50);
    for (const OrderRecord &r : journal->orders())
        QVERIFY2(!r.pickingName.isEmpty(), qPrintable(r.name));

    // A second full cycle creates nothing more.
    engine->syncNow();
    QVERIFY(runUntilIdle(engine));
    ysell = sim.stats().value(u"ysell"_s).toObject();
    QCOMPARE(ysell.value(u"creates"_s).toInt(), 50);
    QCOMPARE(sim.pickings().size(), 50);
}

void TestSyncEngine::demoDataPreflightAndTheRestGoesOut()
{
    SimProcess sim;
    QVERIFY2(sim.start({u"--demo"_s}), qPrintable(sim.errorString()));
    QTemporaryDir dir;
    auto bridge = Bridge::create(configFor(sim, dir.filePath(u"journal.sqlite"_s)),
                                 {sim.odooPassword(), sim.ysellToken()});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    SyncEngine *engine = bridge.value()->engine();
    Journal *journal = bridge.value()->journal();
    engine->sendNow();
    QVERIFY(runUntilIdle(engine));

    OrderFilter needsAttention;
    needsAttention.states = {OrderState::NeedsAttention};
    const QList<OrderRecord> attention = journal->orders(needsAttention);
    QVERIFY2(attention.size() >= 2, qPrintable(QString::number(attention.size())));
    QStringList messages;
    for (const OrderRecord &r : attention)
        messages << r.lastError;
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(u"has no Ysell product id"_s), qPrintable(all));
    QVERIFY2(all.contains(u"serial numbers and has none yet"_s), qPrintable(all));
    // Every other confirmed order went out, exactly once.
    const int sent = journal->countsByState().value(OrderState::Sent);
    QVERIFY(sent >= 20);
    QCOMPARE(sim.stats().value(u"ysell"_s).toObject().value(u"creates"_s).toInt(), sent);
    for (const QJsonValue &v : sim.ysellOrders()) {
        const QString num = v.toObject().value(u"order_num"_s).toString();
        const auto rec = journal->order(num);
        QVERIFY(rec && rec->state == OrderState::Sent);
    }
}

void TestSyncEngine::quietSweepCostsNoOdooCall()
{
    SimProcess sim;
    QVERIFY2(sim.start({u"--orders"_s, u"30"_s}), qPrintable(sim.errorString()));
    QTemporaryDir dir;
    auto bridge = Bridge::create(configFor(sim, dir.filePath(u"journal.sqlite"_s)),
                                 {sim.odooPassword(), sim.ysellToken()});
    QVERIFY(bridge.ok());
    SyncEngine *engine = bridge.value()->engine();
    engine->sendNow();
    QVERIFY(runUntilIdle(engine));
    QVERIFY(sim.resetStats());
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));
    const QJsonObject stats = sim.stats();
    int odooCalls = 0;
    const QJsonObject calls = stats.value(u"odoo"_s).toObject().value(u"calls"_s).toObject();
    for (auto it = calls.begin(); it != calls.end(); ++it)
        odooCalls += it.value().toInt();
    QVERIFY2(odooCalls <= 3, qPrintable(QString::fromUtf8(QJsonDocument(calls).toJson())));
    QCOMPARE(stats.value(u"ysell"_s).toObject().value(u"requests"_s).toObject().value(u"status"_s).toInt(), 30);

    // Five become done: the Odoo calls grow with those five, not with the thirty checked.
    const QJsonArray orders = sim.ysellOrders();
    QStringList five;
    for (int i = 0; i < 5; ++i)
        five << orders.at(i).toObject().value(u"order_num"_s).toString();
    QVERIFY(sim.advance(u"7.1"_s, five));
    QVERIFY(sim.resetStats());
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));
    QCOMPARE(sim.pickings().size(), 5);
    const QJsonObject calls2 = sim.stats().value(u"odoo"_s).toObject().value(u"calls"_s).toObject();
    int perOrder = calls2.value(u"sale.order.message_post"_s).toInt();
    QCOMPARE(perOrder, 5);
    QCOMPARE(calls2.value(u"stock.picking.create"_s).toInt(), 1); // many pickings, one create
}

void TestSyncEngine::unknownOutcomeIsLookedUpNotResent()
{
    SimProcess sim;
    QVERIFY2(sim.start({u"--orders"_s, u"3"_s}), qPrintable(sim.errorString()));
    QTemporaryDir dir;
    auto bridge = Bridge::create(configFor(sim, dir.filePath(u"journal.sqlite"_s)),
                                 {sim.odooPassword(), sim.ysellToken()});
    QVERIFY(bridge.ok());
    SyncEngine *engine = bridge.value()->engine();
    Journal *journal = bridge.value()->journal();
    // Ysell commits every create but the replies never arrive.
    QVERIFY(sim.fault({{u"route"_s, u"create"_s}, {u"kind"_s, u"commit_drop"_s}, {u"rate"_s, 1.0}}));
    engine->sendNow();
    QVERIFY(runUntilIdle(engine));
    QCOMPARE(journal->countsByState().value(OrderState::Sending), 3);
    for (const OrderRecord &r : journal->orders())
        QVERIFY2(r.nextAttemptAt.isValid(), qPrintable(r.name));
    QVERIFY(sim.clearFaults());
    // The retry looks each order up by number and adopts it; nothing is created twice.
    const QStringList unknown = engine->retry({journal->orders().at(0).name, journal->orders().at(1).name,
                                               journal->orders().at(2).name});
    QVERIFY(unknown.isEmpty());
    QVERIFY(runUntilIdle(engine));
    QCOMPARE(journal->countsByState().value(OrderState::Sent), 3);
    const QJsonObject ysell = sim.stats().value(u"ysell"_s).toObject();
    QCOMPARE(ysell.value(u"creates"_s).toInt(), 3);
    QCOMPARE(ysell.value(u"orders"_s).toInt(), 3);
    QVERIFY(ysell.value(u"requests"_s).toObject().value(u"find"_s).toInt() >= 3);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
