// ActivityJob against the simulator's Odoo over HTTPS: an order that needs a person gets one To-Do
// for its salesperson with the reason, in one mail.activity create for many orders; a second cycle
// makes none again; once the order goes through the bridge marks it done with feedback. With the
// setting off there is no activity call at all; a user who may not change an order is refused its
// To-Do as Odoo refuses it; a create whose answer was lost is found, not made twice.
#include "FakeClock.h"
#include "SimBridge.h"
#include "SimProcess.h"
#include "Translations.h"
#include "journal/Journal.h"
#include "net/HttpClient.h"
#include "odoo/OdooClient.h"
#include "sync/ActivityJob.h"
#include "sync/Bridge.h"
#include "sync/SyncEngine.h"

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

constexpr int kAdmin = 2;     // the simulator's users (src/sim/OdooModelSchema.h)
constexpr int kClerk = 3;
constexpr int kClerkOwn = 4;
constexpr int kSales = 5;

QStringList eventKinds(Journal *journal, const OrderRecord &order)
{
    QStringList kinds;
    const QList<EventRecord> events = journal->events(OrderKey::of(order)).value();
    for (const EventRecord &e : events)
        kinds << e.kind;
    return kinds;
}

} // namespace

class TestActivityJob final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void failingOrdersGetOneToDoUntilTheyGoThrough();
    void settingOffMakesNoActivityCall();
    void userWhoMayNotChangeTheOrderIsRefused();
    void lostAnswerIsFoundNotMadeTwice();
    void toDoMarkedDoneInOdooIsLetGo();
    void toDoInTheClerksLanguage();

private:
    /// Confirmed orders of the simulator, by id.
    QList<int> orderIds();
    QString orderName(int id);
    /// Every open activity in Odoo (as the administrator sees them).
    QJsonArray activities();
    /// The "done" messages Odoo posted on the order's chatter.
    QJsonArray doneMessages(int orderId);
    int calls(const QString &route);
    bool setSalesperson(int orderId, int uid);
    bool setYsellId(const QString &value);
    /// Journal rows for these Odoo orders, needing attention with a reason of their own.
    void addNeedingAttention(Journal *journal, const QList<int> &ids);
    /// Runs one ActivityJob as `login` on `journal`; its counts (opened, closed, failed).
    QList<int> runJob(Journal *journal, const QString &login, QList<Notification> *told = nullptr);

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestActivityJob::init()
{
    m_sim = std::make_unique<SimProcess>();
    QVERIFY2(m_sim->start({u"--orders"_s, u"4"_s}), qPrintable(m_sim->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(orderIds().size(), 4);
}

void TestActivityJob::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

QList<int> TestActivityJob::orderIds()
{
    QList<int> ids;
    const QJsonArray confirmed{QJsonArray{u"state"_s, u"="_s, u"sale"_s}};
    for (const QJsonValue &v : m_sim->odooAsAdmin(u"sale.order"_s, u"search"_s, QJsonArray{confirmed},
                                                  QJsonObject{{u"order"_s, u"id"_s}})
                                   .toArray())
        ids << v.toInt();
    return ids;
}

QString TestActivityJob::orderName(int id)
{
    return m_sim->odooAsAdmin(u"sale.order"_s, u"read"_s, QJsonArray{QJsonArray{id}},
                              QJsonObject{{u"fields"_s, QJsonArray{u"name"_s}}})
        .toArray()
        .at(0)[u"name"_s]
        .toString();
}

QJsonArray TestActivityJob::activities()
{
    return m_sim->odooAsAdmin(u"mail.activity"_s, u"search_read"_s, QJsonArray{QJsonArray{}},
                              QJsonObject{{u"fields"_s, QJsonArray{u"res_model"_s, u"res_id"_s, u"user_id"_s,
                                                                   u"summary"_s, u"note"_s, u"activity_type_id"_s,
                                                                   u"state"_s, u"date_deadline"_s}},
                                          {u"order"_s, u"res_id"_s}})
        .toArray();
}

QJsonArray TestActivityJob::doneMessages(int orderId)
{
    const QJsonArray domain{QJsonArray{u"model"_s, u"="_s, u"sale.order"_s}, QJsonArray{u"res_id"_s, u"="_s, orderId},
                            QJsonArray{u"mail_activity_type_id"_s, u"!="_s, false}};
    return m_sim->odooAsAdmin(u"mail.message"_s, u"search_read"_s, QJsonArray{domain},
                              QJsonObject{{u"fields"_s, QJsonArray{u"body"_s, u"subtype_id"_s, u"mail_activity_type_id"_s}}})
        .toArray();
}

int TestActivityJob::calls(const QString &route)
{
    return m_sim->stats()[u"odoo"_s][u"calls"_s][route].toInt();
}

bool TestActivityJob::setSalesperson(int orderId, int uid)
{
    return m_sim->odooAsAdmin(u"sale.order"_s, u"write"_s,
                              QJsonArray{QJsonArray{orderId}, QJsonObject{{u"user_id"_s, uid > 0 ? QJsonValue(uid) : QJsonValue(false)}}})
        .toBool();
}

// The plain bulk product every simulated order has: without its Ysell id no order can be sent.
bool TestActivityJob::setYsellId(const QString &value)
{
    const QJsonArray product = m_sim->odooAsAdmin(u"product.product"_s, u"search"_s,
                                                  QJsonArray{QJsonArray{QJsonArray{u"default_code"_s, u"="_s, u"BULK-PLN-001"_s}}})
                                   .toArray();
    return product.size() == 1
           && m_sim->odooAsAdmin(u"product.product"_s, u"write"_s,
                                 QJsonArray{product, QJsonObject{{u"x_ysell_product_id"_s,
                                                                  value.isEmpty() ? QJsonValue(false) : QJsonValue(value)}}})
                  .toBool();
}

void TestActivityJob::addNeedingAttention(Journal *journal, const QList<int> &ids)
{
    QList<OrderRecord> rows;
    for (int id : ids) {
        OrderRecord r;
        r.name = orderName(id);
        r.odooId = id;
        r.odooDb = m_sim->odooDb();
        r.state = OrderState::NeedsAttention;
        r.lastError = Text::data(u"Ysell refused the order «%1»."_s.arg(id));
        r.lastErrorKind = u"validation"_s;
        rows << r;
    }
    QVERIFY(journal->upsertOrders(rows).ok());
}

QList<int> TestActivityJob::runJob(Journal *journal, const QString &login, QList<Notification> *told)
{
    HttpSettings settings;
    settings.extraCaFile = m_sim->caFile();
    HttpClient http(settings);
    http.setExchangeSink(journal);
    OdooClient client(&http, QUrl(m_sim->odooUrl()), m_sim->odooDb(), login, m_sim->odooPassword());
    SyncContext ctx;
    ctx.config.odooDatabase = m_sim->odooDb();
    ctx.config.odooActivities = true;
    ctx.journal = journal;
    ctx.odoo = &client;
    ctx.clock = Clock::system();
    ctx.notify = [told](const Notification &n) {
        if (told)
            told->append(n);
    };
    auto *job = new ActivityJob(ctx);
    QSignalSpy spy(job, &ActivityJob::finished);
    job->start();
    if (spy.isEmpty() && !spy.wait(60'000))
        return {};
    return {spy.at(0).at(0).toInt(), spy.at(0).at(1).toInt(), spy.at(0).at(2).toInt()};
}

// Through the engine, as the clerk runs it: orders whose product has no Ysell id need a person.
void TestActivityJob::failingOrdersGetOneToDoUntilTheyGoThrough()
{
    const QList<int> ids = orderIds();
    const QHash<int, int> salesperson{{ids[0], kClerk}, {ids[1], 0}, {ids[2], kSales}, {ids[3], kAdmin}};
    for (auto it = salesperson.cbegin(); it != salesperson.cend(); ++it)
        QVERIFY(setSalesperson(it.key(), it.value()));
    QVERIFY(setYsellId({}));
    Config config = configFor(*m_sim, m_dir->filePath(u"journal.sqlite"_s));
    config.odooActivities = true;
    auto bridge = Bridge::create(config, {m_sim->odooPassword(), m_sim->ysellToken()});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    SyncEngine *engine = bridge.value()->engine();
    Journal *journal = bridge.value()->journal();
    QVERIFY(m_sim->resetStats());
    engine->sendNow();
    QVERIFY(runUntilIdle(engine));

    // One To-Do per order, for its salesperson (the signed-in administrator where it has none), with the reason.
    QJsonArray open = activities();
    QCOMPARE(open.size(), 4);
    QCOMPARE(calls(u"mail.activity.create"_s), 1); // all four in one call
    QVERIFY(calls(u"ir.model.data.check_object_reference"_s) >= 1);
    QCOMPARE(calls(u"ir.model.search_read"_s), 1);
    for (const QJsonValue &a : std::as_const(open)) {
        const int orderId = a[u"res_id"_s].toInt();
        QVERIFY(ids.contains(orderId));
        QCOMPARE(a[u"res_model"_s].toString(), u"sale.order"_s);
        const int expectedUser = salesperson.value(orderId) > 0 ? salesperson.value(orderId) : kAdmin;
        QCOMPARE(a[u"user_id"_s][0].toInt(), expectedUser);
        QCOMPARE(a[u"activity_type_id"_s][1].toString(), u"To-Do"_s);
        const QString summary = a[u"summary"_s].toString();
        QVERIFY2(summary.startsWith(u"Ysell Bridge: "_s) && summary.contains(orderName(orderId)), qPrintable(summary));
        const QString note = a[u"note"_s].toString();
        QVERIFY2(note.contains(u"has no Ysell product id"_s) && note.contains(orderName(orderId)), qPrintable(note));
        const OrderRecord r = *journal->orderById(m_sim->odooDb(), orderId).value();
        QCOMPARE(r.state, OrderState::NeedsAttention);
        QCOMPARE(r.odooActivityId, qint64(a[u"id"_s].toInt()));
        QVERIFY(eventKinds(journal, r).contains(u"odoo_activity"_s));
    }
    // Every activity call is in the journal's exchanges, as the other Odoo calls are.
    int logged = 0;
    const QList<ExchangeRecord> exchanges = journal->exchanges().value();
    for (const ExchangeRecord &x : exchanges)
        logged += x.requestBody.contains(u"mail.activity"_s) ? 1 : 0;
    QVERIFY2(logged >= 2, qPrintable(QString::number(logged))); // the look-up and the create

    // The next cycle finds them recorded: no new To-Do, no activity call at all (the checks here
    // read the activities as the administrator: counted before them).
    const int searches = calls(u"mail.activity.search_read"_s);
    engine->sendNow();
    QVERIFY(runUntilIdle(engine));
    QCOMPARE(calls(u"mail.activity.search_read"_s), searches);
    QCOMPARE(calls(u"mail.activity.create"_s), 1);
    QCOMPARE(activities(), open);

    // The product gets its Ysell id and the clerk retries: the orders go out and the To-Dos are done.
    QVERIFY(setYsellId(u"95000002"_s));
    QStringList names;
    for (int id : ids)
        names << orderName(id);
    QVERIFY(engine->retry(names).isEmpty());
    QVERIFY(runUntilIdle(engine));
    QCOMPARE(activities().size(), 0);
    QCOMPARE(calls(u"mail.activity.action_feedback"_s), 1); // all four in one call
    for (int id : ids) {
        const OrderRecord r = *journal->orderById(m_sim->odooDb(), id).value();
        QCOMPARE(r.state, OrderState::Sent);
        QCOMPARE(r.odooActivityId, qint64(0));
        const QJsonArray done = doneMessages(id);
        QCOMPARE(done.size(), 1);
        const QString body = done.at(0)[u"body"_s].toString();
        QVERIFY2(body.contains(u"To-Do"_s) && body.contains(u"Resolved by Ysell Bridge"_s), qPrintable(body));
        QCOMPARE(done.at(0)[u"subtype_id"_s][1].toString(), u"Activities"_s);
        QVERIFY(eventKinds(journal, r).contains(u"odoo_activity"_s));
    }
    // Nothing left to do: the next cycle makes no activity call.
    engine->sendNow();
    QVERIFY(runUntilIdle(engine));
    QCOMPARE(calls(u"mail.activity.action_feedback"_s), 1);
    QCOMPARE(calls(u"mail.activity.create"_s), 1);
}

void TestActivityJob::settingOffMakesNoActivityCall()
{
    QVERIFY(setYsellId({}));
    auto bridge = Bridge::create(configFor(*m_sim, m_dir->filePath(u"journal.sqlite"_s)),
                                 {m_sim->odooPassword(), m_sim->ysellToken()});
    QVERIFY(bridge.ok());
    QCOMPARE(bridge.value()->config().odooActivities, false); // the default
    QVERIFY(m_sim->resetStats());
    bridge.value()->engine()->syncNow();
    QVERIFY(runUntilIdle(bridge.value()->engine()));
    OrderFilter attention;
    attention.states = {OrderState::NeedsAttention};
    QCOMPARE(bridge.value()->journal()->countOrders(attention).value(), 4);
    const QJsonObject odooCalls = m_sim->stats()[u"odoo"_s][u"calls"_s].toObject();
    for (const QString &route : odooCalls.keys()) {
        QVERIFY2(!route.startsWith(u"mail.activity"_s), qPrintable(route));
        QVERIFY2(route != u"ir.model.search_read"_s, qPrintable(route));
    }
    QCOMPARE(activities().size(), 0);
}

// Sales "User: Own Documents Only" may change its own orders and those of no salesperson, not another
// salesperson's: Odoo refuses that To-Do (in the group and alone); the others are made, and the clerk
// is told once, the refused order keeps why in its history.
void TestActivityJob::userWhoMayNotChangeTheOrderIsRefused()
{
    const QList<int> ids = orderIds();
    QVERIFY(setSalesperson(ids[0], kClerkOwn));
    QVERIFY(setSalesperson(ids[1], 0));
    QVERIFY(setSalesperson(ids[2], kSales));
    auto journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY(journal.ok());
    Journal *j = journal.value().get();
    addNeedingAttention(j, ids.mid(0, 3));
    QList<Notification> told;
    QCOMPARE(runJob(j, u"clerk_own"_s, &told), (QList<int>{2, 0, 1}));
    QCOMPARE(calls(u"mail.activity.create"_s), 4); // the group Odoo refused whole, then each alone
    const QJsonArray open = activities();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(0)[u"res_id"_s].toInt(), ids[0]);
    QCOMPARE(open.at(0)[u"user_id"_s][0].toInt(), kClerkOwn);
    QCOMPARE(open.at(1)[u"res_id"_s].toInt(), ids[1]);
    QCOMPARE(open.at(1)[u"user_id"_s][0].toInt(), kClerkOwn); // no salesperson: the signed-in user
    const OrderRecord refused = *j->orderById(m_sim->odooDb(), ids[2]).value();
    QCOMPARE(refused.odooActivityId, qint64(0));
    const QList<EventRecord> events = j->events(OrderKey::of(refused)).value();
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().kind, u"odoo_activity_failed"_s);
    QVERIFY2(events.last().message.render().contains(u"security restrictions"_s), qPrintable(events.last().message.render()));
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().category, u"setup"_s);
    QVERIFY2(told.first().message.render().contains(u"1 order"_s), qPrintable(told.first().message.render()));

    // The next cycle tries again and is refused again: not told twice, one line in the history.
    QCOMPARE(runJob(j, u"clerk_own"_s, &told), (QList<int>{0, 0, 1}));
    QCOMPARE(told.size(), 1);
    QCOMPARE(j->events(OrderKey::of(refused)).value().size(), events.size());
    QCOMPARE(activities().size(), 2);
}

// The create is applied but its answer lost: the job does not send the group again, and the next run
// finds the bridge's To-Dos in Odoo and takes them over instead of making them twice.
void TestActivityJob::lostAnswerIsFoundNotMadeTwice()
{
    const QList<int> ids = orderIds();
    auto journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY(journal.ok());
    Journal *j = journal.value().get();
    addNeedingAttention(j, ids);
    QVERIFY(m_sim->fault({{u"route"_s, u"odoo:mail.activity.create"_s}, {u"kind"_s, u"commit_drop"_s}, {u"count"_s, 1}}));
    QCOMPARE(runJob(j, u"admin"_s), (QList<int>{0, 0, 4}));
    QCOMPARE(calls(u"mail.activity.create"_s), 1);
    QCOMPARE(activities().size(), 4); // Odoo has them
    for (int id : ids)
        QCOMPARE(j->orderById(m_sim->odooDb(), id).value()->odooActivityId, qint64(0));

    QCOMPARE(runJob(j, u"admin"_s), (QList<int>{4, 0, 0}));
    QCOMPARE(calls(u"mail.activity.create"_s), 1);
    const QJsonArray open = activities();
    QCOMPARE(open.size(), 4);
    for (const QJsonValue &a : open) {
        const OrderRecord r = *j->orderById(m_sim->odooDb(), a[u"res_id"_s].toInt()).value();
        QCOMPARE(r.odooActivityId, qint64(a[u"id"_s].toInt()));
        QCOMPARE(j->events(OrderKey::of(r)).value().last().kind, u"odoo_activity"_s);
    }
}

// The salesperson marks the To-Do done in Odoo (it is gone there); when the order goes through the
// bridge only lets it go, and the next problem gets a new To-Do.
void TestActivityJob::toDoMarkedDoneInOdooIsLetGo()
{
    const QList<int> ids = orderIds().mid(0, 2);
    auto journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY(journal.ok());
    Journal *j = journal.value().get();
    addNeedingAttention(j, ids);
    QCOMPARE(runJob(j, u"admin"_s), (QList<int>{2, 0, 0}));
    const QJsonArray open = activities();
    QCOMPARE(open.size(), 2);
    QVERIFY(m_sim->odooAsAdmin(u"mail.activity"_s, u"action_done"_s, QJsonArray{QJsonArray{open.at(0)[u"id"_s]}}).isDouble());
    QCOMPARE(activities().size(), 1);
    for (int id : ids) {
        QVERIFY(j->update(OrderKey(orderName(id), id, m_sim->odooDb()), [](OrderRecord &r) {
                     r.state = OrderState::Sent;
                     r.lastError = {};
                 }).ok());
    }
    QCOMPARE(runJob(j, u"admin"_s), (QList<int>{0, 2, 0}));
    QCOMPARE(activities().size(), 0);
    QCOMPARE(calls(u"mail.activity.action_feedback"_s), 3); // the pair refused for the gone one, then each
    QStringList said;
    for (int id : ids) {
        const OrderRecord r = *j->orderById(m_sim->odooDb(), id).value();
        QCOMPARE(r.odooActivityId, qint64(0));
        said << j->events(OrderKey::of(r)).value().last().message.render();
    }
    QVERIFY2(said.at(0).contains(u"already"_s), qPrintable(said.at(0)));
    QVERIFY2(said.at(1).contains(u"marked done"_s) && !said.at(1).contains(u"already"_s), qPrintable(said.at(1)));
    QCOMPARE(doneMessages(ids[1]).size(), 1);

    // A new problem: a new To-Do.
    QVERIFY(j->update(OrderKey(orderName(ids[0]), ids[0], m_sim->odooDb()), [](OrderRecord &r) {
                 r.state = OrderState::NeedsAttention;
                 r.lastError = Text::data(u"again"_s);
             }).ok());
    QCOMPARE(runJob(j, u"admin"_s), (QList<int>{1, 0, 0}));
    QCOMPARE(activities().size(), 1);
}

// With the app in Russian the salesperson reads the To-Do and the bridge's feedback in Russian
// (the office that reads Odoo is the clerk's); only the prefix that marks the bridge's own To-Dos
// and the order's name stay as they are.
void TestActivityJob::toDoInTheClerksLanguage()
{
    QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
    const auto english = qScopeGuard([] { installTranslations(u"en"_s); });
    const int id = orderIds().at(0);
    const QString name = orderName(id);
    auto journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY(journal.ok());
    Journal *j = journal.value().get();
    OrderRecord r;
    r.name = name;
    r.odooId = id;
    r.odooDb = m_sim->odooDb();
    r.state = OrderState::NeedsAttention;
    r.lastError = Text(TextKind::NoYsellProductId).arg(u"BULK-PLN-001"_s);
    QVERIFY(j->upsertOrders({r}).ok());
    QCOMPARE(runJob(j, u"admin"_s), (QList<int>{1, 0, 0}));

    const QJsonArray open = activities();
    QCOMPARE(open.size(), 1);
    const QString summary = open.at(0)[u"summary"_s].toString();
    QCOMPARE(summary, u"Ysell Bridge: "_s + name + u" требует участия человека"_s);
    const QString note = open.at(0)[u"note"_s].toString();
    QVERIFY2(note.contains(u"Ysell Bridge не может продвинуть заказ "_s + name), qPrintable(note));
    QVERIFY2(note.contains(u"нет ID товара Ysell"_s) && !note.contains(u"has no Ysell product id"_s), qPrintable(note));

    QVERIFY(j->update(OrderKey::of(r), [](OrderRecord &o) {
                 o.state = OrderState::Sent;
                 o.lastError = {};
             }).ok());
    QCOMPARE(runJob(j, u"admin"_s), (QList<int>{0, 1, 0}));
    const QJsonArray done = doneMessages(id);
    QCOMPARE(done.size(), 1);
    const QString body = done.at(0)[u"body"_s].toString();
    QVERIFY2(body.contains(u"Решено Ysell Bridge: заказ прошёл."_s), qPrintable(body));
}

QTEST_GUILESS_MAIN(TestActivityJob)
#include "tst_activityjob.moc"
