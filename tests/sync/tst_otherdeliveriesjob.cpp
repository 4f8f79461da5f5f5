// OtherDeliveriesJob against the simulator's Odoo over HTTPS, signed in as the clerk (Sales "All
// Documents" + Inventory "User"), with a real journal: a done order whose picking the bridge made names
// Odoo's own open delivery from WH/Stock; once the warehouse cancels or validates it in Odoo, the next
// sweep stops naming it and says so in the order's history (in English and in Russian). Another order
// whose delivery is still open keeps it; one of two closed updates the list; a new one (a backorder) is
// added. The re-check costs one stock.picking search_read per page of orders, none for orders that name
// nothing or that the picking step looked at in the same sweep, and a failed one changes nothing.
#include "SimBridge.h"
#include "SimProcess.h"
#include "Translations.h"
#include "journal/Journal.h"
#include "net/HttpClient.h"
#include "odoo/OdooClient.h"
#include "sync/Bridge.h"
#include "sync/OtherDeliveriesJob.h"
#include "sync/SyncEngine.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::SimProcess;
using ysb::test::configFor;
using ysb::test::runUntilIdle;

namespace {

QList<EventRecord> eventsOf(Journal *journal, const OrderRecord &order, const QString &kind)
{
    QList<EventRecord> found;
    const QList<EventRecord> events = journal->events(OrderKey::of(order)).value();
    for (const EventRecord &e : events) {
        if (e.kind == kind)
            found << e;
    }
    return found;
}

} // namespace

class TestOtherDeliveriesJob final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void closedDeliveryIsNoLongerNamed();
    void oneOfTwoClosedAndANewOne();
    void callsGrowWithPagesNotOrders();
    void failedRecheckChangesNothing();

private:
    /// `count` confirmed orders sent to Ysell as the clerk and done there: each has the bridge's draft
    /// picking from ShemaxGlobal and names Odoo's own delivery. `beforeDone` runs once they are sent.
    void pickedOrders(int count, const std::function<void()> &beforeDone = {});
    OrderRecord row(const QString &name) const { return *m_journal->order(name).value(); }
    int pickingId(const QString &name);
    bool cancelPicking(const QString &name);
    int calls(const QString &route);
    /// One sweep through the engine; its summary.
    CycleSummary sweep();

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Bridge> m_bridge;
    Journal *m_journal = nullptr;
    QStringList m_names; // the orders, by name
};

void TestOtherDeliveriesJob::cleanup()
{
    m_bridge.reset();
    m_sim.reset();
    m_dir.reset();
    m_names.clear();
}

void TestOtherDeliveriesJob::pickedOrders(int count, const std::function<void()> &beforeDone)
{
    m_sim = std::make_unique<SimProcess>();
    QVERIFY2(m_sim->start({u"--orders"_s, QString::number(count)}), qPrintable(m_sim->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    Config config = configFor(*m_sim, m_dir->filePath(u"journal.sqlite"_s));
    config.odooLogin = u"clerk"_s; // an ordinary user, as the clerk signs in (same password in the simulator)
    auto bridge = Bridge::create(config, {m_sim->odooPassword(), m_sim->ysellToken()});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    m_bridge = std::move(bridge).value();
    m_journal = m_bridge->journal();
    m_bridge->engine()->sendNow();
    QVERIFY(runUntilIdle(m_bridge->engine()));
    for (const QJsonValue &v : m_sim->ysellOrders())
        m_names << v[u"order_num"_s].toString();
    m_names.sort();
    QCOMPARE(m_names.size(), count);
    if (beforeDone)
        beforeDone();
    QVERIFY(m_sim->advance(u"7.1"_s));
    QVERIFY(m_sim->resetStats());
    const CycleSummary picked = sweep();
    QCOMPARE(picked.pickingsCreated, count);
    // The picking step just found the other deliveries: the re-check does not ask for them again (the
    // one search_read is the picking step's look for an existing picking).
    QCOMPARE(calls(u"stock.picking.search_read"_s), 1);
    for (const QString &n : std::as_const(m_names)) {
        const OrderRecord r = row(n);
        QCOMPARE(r.state, OrderState::PickingCreated);
        QVERIFY2(r.otherDeliveries.startsWith(u"WH/OUT/"_s), qPrintable(n + u": "_s + r.otherDeliveries));
    }
}

int TestOtherDeliveriesJob::pickingId(const QString &name)
{
    return m_sim->odooAsAdmin(u"stock.picking"_s, u"search"_s, QJsonArray{QJsonArray{QJsonArray{u"name"_s, u"="_s, name}}})
        .toArray()
        .at(0)
        .toInt();
}

bool TestOtherDeliveriesJob::cancelPicking(const QString &name)
{
    const int id = pickingId(name);
    return id > 0 && m_sim->odooAsAdmin(u"stock.picking"_s, u"action_cancel"_s, QJsonArray{QJsonArray{id}}).toBool();
}

int TestOtherDeliveriesJob::calls(const QString &route)
{
    return m_sim->stats()[u"odoo"_s][u"calls"_s][route].toInt();
}

CycleSummary TestOtherDeliveriesJob::sweep()
{
    QSignalSpy finished(m_bridge->engine(), &SyncEngine::cycleFinished);
    m_bridge->engine()->checkNow();
    if (!runUntilIdle(m_bridge->engine()) || finished.isEmpty())
        return {};
    return finished.last().at(0).value<CycleSummary>();
}

void TestOtherDeliveriesJob::closedDeliveryIsNoLongerNamed()
{
    pickedOrders(2);
    if (QTest::currentTestFailed())
        return;
    const QString cancelled = row(m_names[0]).otherDeliveries;
    const QString validated = row(m_names[1]).otherDeliveries;
    QVERIFY(!cancelled.contains(u','));

    // The warehouse cancels the first order's delivery from WH/Stock in Odoo.
    QVERIFY(cancelPicking(cancelled));
    QVERIFY(m_sim->resetStats());
    const QJsonObject usersBefore = m_sim->stats()[u"odoo"_s][u"calls_by_user"_s].toObject(); // not reset
    CycleSummary s = sweep();
    QVERIFY(!s.aborted);
    QCOMPARE(row(m_names[0]).otherDeliveries, QString());
    QCOMPARE(row(m_names[1]).otherDeliveries, validated); // still open: still named
    QCOMPARE(row(m_names[0]).state, OrderState::PickingCreated);
    // One call for both orders, made by the clerk's user.
    QCOMPARE(calls(u"stock.picking.search_read"_s), 1);
    QJsonObject users = m_sim->stats()[u"odoo"_s][u"calls_by_user"_s].toObject();
    QVERIFY(users.value(u"clerk"_s).toInt() > usersBefore.value(u"clerk"_s).toInt());
    users.remove(u"clerk"_s);
    for (auto it = users.constBegin(); it != users.constEnd(); ++it)
        QCOMPARE(it.value(), usersBefore.value(it.key())); // the administrator's count is this test's own calls

    const QList<EventRecord> told = eventsOf(m_journal, row(m_names[0]), u"other_delivery_closed"_s);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.at(0).message.render(),
             u"The other delivery %1 is no longer open in Odoo (done or cancelled)."_s.arg(cancelled));
    QVERIFY(eventsOf(m_journal, row(m_names[1]), u"other_delivery_closed"_s).isEmpty());
    {
        QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
        const auto english = qScopeGuard([] { installTranslations(u"en"_s); });
        QCOMPARE(told.at(0).message.render(),
                 u"Другая доставка %1 больше не открыта в Odoo (выполнена или отменена)."_s.arg(cancelled));
    }

    // The next sweep asks only about the order that still names one; the cleared one costs nothing.
    QVERIFY(m_sim->resetStats());
    s = sweep();
    QCOMPARE(calls(u"stock.picking.search_read"_s), 1);
    QCOMPARE(row(m_names[1]).otherDeliveries, validated);
    QCOMPARE(eventsOf(m_journal, row(m_names[0]), u"other_delivery_closed"_s).size(), 1);

    // The warehouse validates the second one (plain products, no serial needed): done is not open either.
    QCOMPARE(m_sim->odooAsAdmin(u"stock.picking"_s, u"button_validate"_s, QJsonArray{QJsonArray{pickingId(validated)}},
                                QJsonObject{{u"context"_s, QJsonObject{{u"skip_sms"_s, true}}}}),
             QJsonValue(true));
    s = sweep();
    QVERIFY(!s.aborted);
    QCOMPARE(row(m_names[1]).otherDeliveries, QString());
    QCOMPARE(eventsOf(m_journal, row(m_names[1]), u"other_delivery_closed"_s).size(), 1);

    // Nothing is named any more: a sweep makes no stock.picking call at all.
    QVERIFY(m_sim->resetStats());
    s = sweep();
    QCOMPARE(calls(u"stock.picking.search_read"_s), 0);
}

void TestOtherDeliveriesJob::oneOfTwoClosedAndANewOne()
{
    QString extra;
    // Before Ysell is done, the warehouse splits the first order's delivery: a second open delivery.
    const auto addDelivery = [this](const QString &orderName) {
        const QJsonArray own = m_sim->odooAsAdmin(
            u"stock.picking"_s, u"search_read"_s,
            QJsonArray{QJsonArray{QJsonArray{u"origin"_s, u"="_s, orderName},
                                  QJsonArray{u"state"_s, u"not in"_s, QJsonArray{u"done"_s, u"cancel"_s}}}},
            QJsonObject{{u"fields"_s, QJsonArray{u"picking_type_id"_s, u"location_id"_s, u"location_dest_id"_s,
                                                  u"partner_id"_s, u"move_ids"_s, u"group_id"_s}},
                        {u"order"_s, u"id"_s}}).toArray();
        const QJsonObject p = own.at(0).toObject();
        const QJsonObject move = m_sim->odooAsAdmin(u"stock.move"_s, u"read"_s,
                                                    QJsonArray{QJsonArray{p[u"move_ids"_s][0]},
                                                               QJsonArray{u"product_id"_s, u"product_uom"_s}})
                                     .toArray()
                                     .at(0)
                                     .toObject();
        const int id = m_sim->odooAsAdmin(
                                u"stock.picking"_s, u"create"_s,
                                QJsonArray{QJsonObject{
                                    {u"picking_type_id"_s, p[u"picking_type_id"_s][0]},
                                    {u"location_id"_s, p[u"location_id"_s][0]},
                                    {u"location_dest_id"_s, p[u"location_dest_id"_s][0]},
                                    {u"partner_id"_s, p[u"partner_id"_s][0]},
                                    {u"origin"_s, orderName},
                                    {u"move_ids"_s,
                                     QJsonArray{QJsonArray{0, 0,
                                                           QJsonObject{{u"name"_s, u"split"_s},
                                                                       {u"product_id"_s, move[u"product_id"_s][0]},
                                                                       {u"product_uom"_s, move[u"product_uom"_s][0]},
                                                                       {u"product_uom_qty"_s, 1},
                                                                       {u"location_id"_s, p[u"location_id"_s][0]},
                                                                       {u"location_dest_id"_s, p[u"location_dest_id"_s][0]},
                                                                       {u"group_id"_s, p[u"group_id"_s][0]}}}}}}})
                           .toInt();
        return m_sim->odooAsAdmin(u"stock.picking"_s, u"read"_s, QJsonArray{QJsonArray{id}, QJsonArray{u"name"_s}})
            .toArray()
            .at(0)[u"name"_s]
            .toString();
    };
    pickedOrders(2, [&] { extra = addDelivery(m_names[0]); });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(extra.startsWith(u"WH/OUT/"_s));
    const QStringList two = row(m_names[0]).otherDeliveries.split(u", "_s);
    QCOMPARE(two.size(), 2);
    QVERIFY(two.contains(extra));
    const QString first = two.at(two.at(0) == extra ? 1 : 0);
    const QString untouched = row(m_names[1]).otherDeliveries;

    // One of the two is cancelled: the order names the other one, and says which closed.
    QVERIFY(cancelPicking(first));
    QVERIFY(!sweep().aborted);
    QCOMPARE(row(m_names[0]).otherDeliveries, extra);
    QCOMPARE(row(m_names[1]).otherDeliveries, untouched);
    QList<EventRecord> told = eventsOf(m_journal, row(m_names[0]), u"other_delivery_closed"_s);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.at(0).message.render(),
             u"The other delivery %1 is no longer open in Odoo (done or cancelled). Still open: %2."_s.arg(first, extra));
    {
        QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
        const auto english = qScopeGuard([] { installTranslations(u"en"_s); });
        QCOMPARE(told.at(0).message.render(),
                 u"Другая доставка %1 больше не открыта в Odoo (выполнена или отменена). По-прежнему открыто: %2."_s.arg(
                     first, extra));
    }

    // A new open delivery of the order (a backorder) is named too, with an event of its own.
    const QString backorder = addDelivery(m_names[0]);
    QVERIFY(!sweep().aborted);
    QCOMPARE(row(m_names[0]).otherDeliveries, extra + u", "_s + backorder);
    bool named = false;
    for (const EventRecord &e : eventsOf(m_journal, row(m_names[0]), u"other_delivery"_s))
        named = named || (e.message.render().contains(backorder) && !e.message.render().contains(extra));
    QVERIFY(named);

    // Both closed at once: one event names both, and the order names none.
    QVERIFY(cancelPicking(extra));
    QVERIFY(cancelPicking(backorder));
    QVERIFY(!sweep().aborted);
    QCOMPARE(row(m_names[0]).otherDeliveries, QString());
    told = eventsOf(m_journal, row(m_names[0]), u"other_delivery_closed"_s);
    QCOMPARE(told.size(), 2);
    QCOMPARE(told.last().message.render(), // the newest
             u"The other deliveries %1, %2 are no longer open in Odoo (done or cancelled)."_s.arg(extra, backorder));
    QCOMPARE(row(m_names[1]).otherDeliveries, untouched);
}

void TestOtherDeliveriesJob::callsGrowWithPagesNotOrders()
{
    pickedOrders(7);
    if (QTest::currentTestFailed())
        return;
    // Every second order's delivery is cancelled in Odoo.
    QStringList cleared;
    for (int i = 0; i < m_names.size(); i += 2) {
        QVERIFY(cancelPicking(row(m_names[i]).otherDeliveries));
        cleared << m_names[i];
    }
    HttpSettings settings;
    settings.extraCaFile = m_sim->caFile();
    HttpClient http(settings);
    OdooClient client(&http, QUrl(m_sim->odooUrl()), m_sim->odooDb(), u"clerk"_s, m_sim->odooPassword());
    SyncContext ctx;
    ctx.config = configFor(*m_sim);
    ctx.journal = m_journal;
    ctx.odoo = &client;
    ctx.clock = Clock::system();
    const auto run = [&](int pageSize, const QSet<QString> &fresh) {
        CycleSummary summary;
        auto *job = new OtherDeliveriesJob(ctx, summary, fresh);
        if (pageSize > 0)
            job->setPageSize(pageSize);
        QSignalSpy spy(job, &OtherDeliveriesJob::finished);
        job->start();
        if (spy.isEmpty() && !spy.wait(60'000))
            return OtherDeliveriesOutcome{};
        return spy.at(0).at(0).value<OtherDeliveriesOutcome>();
    };

    // Pages of three orders: seven orders are three calls.
    QVERIFY(m_sim->resetStats());
    OtherDeliveriesOutcome out = run(3, {});
    QVERIFY(!out.error);
    QCOMPARE(out.checked, 7);
    QCOMPARE(out.calls, 3);
    QCOMPARE(calls(u"stock.picking.search_read"_s), 3);
    QCOMPARE(out.changed, int(cleared.size()));
    QCOMPARE(out.cleared, int(cleared.size()));
    for (const QString &n : std::as_const(m_names))
        QCOMPARE(row(n).otherDeliveries.isEmpty(), cleared.contains(n));

    // The default page holds them all: one call, whatever the number of orders; the cleared ones and
    // those the picking step has just looked at are not asked about.
    QVERIFY(m_sim->resetStats());
    out = run(0, {m_names[1]});
    QVERIFY(!out.error);
    QCOMPARE(out.checked, 2); // orders 3 and 5 (1 is fresh; 0, 2, 4, 6 name none)
    QCOMPARE(out.calls, 1);
    QCOMPARE(out.changed, 0);
    QCOMPARE(calls(u"stock.picking.search_read"_s), 1);

    // Every one closed: nothing to ask.
    for (int i = 1; i < m_names.size(); i += 2)
        QVERIFY(cancelPicking(row(m_names[i]).otherDeliveries));
    QCOMPARE(run(0, {}).cleared, 3);
    QVERIFY(m_sim->resetStats());
    out = run(0, {});
    QCOMPARE(out.checked, 0);
    QCOMPARE(out.calls, 0);
    QCOMPARE(calls(u"stock.picking.search_read"_s), 0);
}

void TestOtherDeliveriesJob::failedRecheckChangesNothing()
{
    pickedOrders(2);
    if (QTest::currentTestFailed())
        return;
    const QString other = row(m_names[0]).otherDeliveries;
    QVERIFY(cancelPicking(other));
    QVERIFY(m_sim->fault({{u"route"_s, u"odoo:stock.picking.search_read"_s}, {u"kind"_s, u"access_error"_s}}));
    QVERIFY(m_sim->resetStats());
    const CycleSummary s = sweep();
    // Odoo refused the re-check: the sweep itself went through, the order still names the delivery.
    QVERIFY(!s.aborted);
    QVERIFY2(s.errors.isEmpty(), qPrintable(s.errorLines().join(u'\n')));
    QCOMPARE(calls(u"stock.picking.search_read"_s), 1);
    QCOMPARE(row(m_names[0]).otherDeliveries, other);
    QVERIFY(eventsOf(m_journal, row(m_names[0]), u"other_delivery_closed"_s).isEmpty());

    QVERIFY(m_sim->clearFaults());
    QVERIFY(!sweep().aborted);
    QCOMPARE(row(m_names[0]).otherDeliveries, QString());
    QCOMPARE(eventsOf(m_journal, row(m_names[0]), u"other_delivery_closed"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TestOtherDeliveriesJob)
#include "tst_otherdeliveriesjob.moc"
