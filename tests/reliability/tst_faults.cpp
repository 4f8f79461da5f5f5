// The engine against ysell-bridge-sim with one fault switched on: whatever breaks, the clerk sees it
// on the order and as a notification, the retry is scheduled as RetryPolicy says, and once the fault
// is gone a retry leaves every order in Ysell exactly once and every done order with one picking.
// The outcome table of these rows is docs/faults.md.
#include "SimBridge.h"
#include "SimProcess.h"
#include "journal/Journal.h"
#include "net/RetryPolicy.h"
#include "sync/Bridge.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

constexpr int kOrders = 4;
// Short enough that a hung request fails within the test, long enough for an ASan build on a
// busy machine to answer the requests that are not hung.
constexpr int kRequestTimeoutMs = 6'000;

// A Bridge as the app builds it, with a short request timeout so a hang ends inside the test, and
// what its engine reports.
struct Rig {
    std::unique_ptr<Bridge> bridge;
    Journal *journal = nullptr;
    SyncEngine *engine = nullptr;
    QList<Notification> notes;
    QList<CycleSummary> summaries;
};

std::unique_ptr<Rig> makeRig(const SimProcess &sim, const QString &journalPath, QString *error)
{
    BridgeOptions options;
    options.requestTimeoutMs = kRequestTimeoutMs;
    auto bridge = Bridge::create(configFor(sim, journalPath), {sim.odooPassword(), sim.ysellToken()}, options);
    if (!bridge.ok()) {
        *error = bridge.error().message;
        return {};
    }
    auto rig = std::make_unique<Rig>();
    rig->bridge = std::move(bridge).value();
    rig->journal = rig->bridge->journal();
    rig->engine = rig->bridge->engine();
    Rig *r = rig.get();
    QObject::connect(r->engine, &SyncEngine::notification, r->engine, [r](const Notification &n) { r->notes << n; });
    QObject::connect(r->engine, &SyncEngine::cycleFinished, r->engine,
                     [r](const CycleSummary &s) { r->summaries << s; });
    return rig;
}

QString dump(const QList<OrderRecord> &orders)
{
    QStringList lines;
    for (const OrderRecord &r : orders)
        lines << u"%1 %2 next=%3 err=%4 (%5)"_s.arg(r.name, orderStateName(r.state),
                                                   r.nextAttemptAt.toString(Qt::ISODate), r.lastError.render(), r.lastErrorKind);
    return lines.join(u'\n');
}

QString dump(const QList<Notification> &notes)
{
    QStringList lines;
    for (const Notification &n : notes)
        lines << u"[%1] %2: %3"_s.arg(n.category, n.orderRef, n.message.render());
    return lines.join(u'\n');
}

// Every order in Ysell once, and (when `pickings`) one picking per order.
void verifyNothingLostNothingDuplicated(SimProcess &sim, const QSet<QString> &odooNames, bool pickings)
{
    const QJsonArray orders = sim.ysellOrders();
    QSet<QString> nums;
    for (const QJsonValue &v : orders)
        nums.insert(v.toObject().value(u"order_num"_s).toString());
    QCOMPARE(orders.size(), odooNames.size());
    QCOMPARE(nums, odooNames);
    if (!pickings)
        return;
    const QJsonArray picks = sim.pickings();
    QSet<QString> origins;
    for (const QJsonValue &v : picks)
        origins.insert(v.toObject().value(u"origin"_s).toString());
    QCOMPARE(picks.size(), odooNames.size());
    QCOMPARE(origins, odooNames);
}

QJsonObject fault(const QString &route, const QString &kind, int count = -1, int ms = 0, int status = 0)
{
    QJsonObject f{{u"route"_s, route}, {u"kind"_s, kind}, {u"rate"_s, 1.0}};
    if (count > 0)
        f.insert(u"count"_s, count);
    if (ms > 0)
        f.insert(u"ms"_s, ms);
    if (status > 0)
        f.insert(u"status"_s, status);
    return f;
}

} // namespace

class TestFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sendFault_data();
    void sendFault();
    void sweepFault_data();
    void sweepFault();
    void credentialsRefused_data();
    void credentialsRefused();
};

void TestFaults::initTestCase()
{
    qRegisterMetaType<ysb::Notification>();
    qRegisterMetaType<ysb::CycleSummary>();
}

// Faults during the send cycle. `faulted` is how many orders the fault stops: 0 (latency only),
// 1 (a count-limited fault on one create), or -1 when the whole cycle cannot run (Odoo gone).
void TestFaults::sendFault_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<int>("faulted");
    QTest::addColumn<QString>("state");      // the faulted order's state after the cycle
    QTest::addColumn<bool>("scheduled");     // nextAttemptAt set by RetryPolicy
    QTest::addColumn<int>("retryAfterSecs"); // 0 when the answer carries none
    QTest::addColumn<QString>("noteCategory");
    QTest::addColumn<QString>("messagePart"); // in lastError (or the cycle error), case-insensitive

    const auto row = [](const char *name, const QJsonObject &spec, int faulted, const QString &state, bool scheduled,
                        int retryAfter, const QString &category, const QString &part) {
        QTest::newRow(name) << spec << faulted << state << scheduled << retryAfter << category << part;
    };
    // Ysell, one create hit. 5xx other than 503 and every transport failure after the request
    // went out leave the outcome unknown: looked up before anything is created again.
    row("ysell latency 2 s", fault(u"*"_s, u"latency"_s, -1, 2000), 0, u"sent"_s, false, 0, {}, {});
    row("ysell 500", fault(u"create"_s, u"status"_s, 1, 0, 500), 1, u"sending"_s, true, 0, u"send"_s, u"500"_s);
    row("ysell 502", fault(u"create"_s, u"status"_s, 1, 0, 502), 1, u"sending"_s, true, 0, u"send"_s, u"502"_s);
    row("ysell 503 Retry-After 120", fault(u"create"_s, u"retry_after"_s, 1, 120'000, 503), 1, u"new"_s, true, 120,
        u"send"_s, {});
    row("ysell 429 Retry-After 90", fault(u"create"_s, u"retry_after"_s, 1, 90'000, 429), 1, u"new"_s, true, 90,
        u"send"_s, {});
    row("ysell 429 Retry-After 1", fault(u"create"_s, u"retry_after"_s, 1, 1000, 429), 1, u"new"_s, true, 1,
        u"send"_s, {});
    row("ysell hang past the timeout", fault(u"create"_s, u"hang"_s, 1), 1, u"sending"_s, true, 0, u"send"_s, {});
    row("ysell connection reset", fault(u"create"_s, u"reset"_s, 1), 1, u"sending"_s, true, 0, u"send"_s, {});
    row("ysell commit then drop", fault(u"create"_s, u"commit_drop"_s, 1), 1, u"sending"_s, true, 0, u"send"_s, {});
    row("ysell malformed JSON", fault(u"create"_s, u"malformed"_s, 1), 1, u"sending"_s, true, 0, u"send"_s, {});
    row("ysell JSON of the wrong shape", fault(u"create"_s, u"wrong_shape"_s, 1), 1, u"sending"_s, true, 0,
        u"send"_s, {});
    // Ysell 401/403 and Odoo AccessDenied stop the whole cycle: see credentialsRefused().
    // Odoo: nothing can be read, so nothing is sent; the cycle stops with a connection notification.
    row("odoo down", fault(u"odoo"_s, u"down"_s), -1, {}, false, 0, u"connection"_s, {});
    row("odoo AccessDenied", fault(u"odoo"_s, u"access_denied"_s), -1, {}, false, 0, u"credentials"_s, {});
    row("odoo wrong database", fault(u"odoo"_s, u"wrong_db"_s), -1, {}, false, 0, u"connection"_s, {});
    row("odoo AccessError on sale.order", fault(u"odoo:sale.order.web_search_read"_s, u"access_error"_s), -1, {},
        false, 0, u"connection"_s, {});
}

void TestFaults::sendFault()
{
    QFETCH(QJsonObject, spec);
    QFETCH(int, faulted);
    QFETCH(QString, state);
    QFETCH(bool, scheduled);
    QFETCH(int, retryAfterSecs);
    QFETCH(QString, noteCategory);
    QFETCH(QString, messagePart);

    SimProcess sim;
    QVERIFY2(sim.start({u"--orders"_s, QString::number(kOrders)}), qPrintable(sim.errorString()));
    QTemporaryDir dir;
    QString error;
    auto rig = makeRig(sim, dir.filePath(u"journal.sqlite"_s), &error);
    QVERIFY2(rig, qPrintable(error));
    Journal *journal = rig->journal;
    SyncEngine *engine = rig->engine;

    QVERIFY(sim.fault(spec));
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    engine->sendNow();
    QVERIFY(runUntilIdle(engine));
    const QDateTime t1 = QDateTime::currentDateTimeUtc();
    QVERIFY(!rig->summaries.isEmpty());
    const CycleSummary summary = rig->summaries.last();
    const QList<OrderRecord> after = journal->orders().value();
    const QString context = dump(after) + u"\n--\n"_s + dump(rig->notes) + u"\n--\n"_s + summary.errorLines().join(u'\n');

    QStringList faultedNames;
    if (faulted == -1) {
        // The cycle could not run: it says so, and nothing reached Ysell half-way.
        QVERIFY2(summary.aborted, qPrintable(context));
        QVERIFY2(!summary.errors.isEmpty(), qPrintable(context));
        if (!messagePart.isEmpty())
            QVERIFY2(summary.errorLines().join(u' ').contains(messagePart, Qt::CaseInsensitive), qPrintable(context));
        QCOMPARE(sim.ysellOrders().size(), 0);
        const bool told = std::any_of(rig->notes.cbegin(), rig->notes.cend(), [&](const Notification &n) {
            return n.category == noteCategory && n.severity == Notification::Severity::Error && !n.message.isEmpty();
        });
        QVERIFY2(told, qPrintable(context));
        for (const OrderRecord &r : after)
            QVERIFY2(r.state != OrderState::Sent, qPrintable(context));
    } else {
        // The other orders went on.
        QCOMPARE(journal->countsByState().value().value(OrderState::Sent), kOrders - faulted);
        for (const OrderRecord &r : after) {
            if (r.state != OrderState::Sent)
                faultedNames << r.name;
        }
        QCOMPARE(faultedNames.size(), faulted);
        if (faulted == 0)
            QVERIFY2(std::none_of(rig->notes.cbegin(), rig->notes.cend(),
                                  [](const Notification &n) { return n.severity == Notification::Severity::Error; }),
                     qPrintable(context));
    }

    for (const QString &name : std::as_const(faultedNames)) {
        const OrderRecord r = journal->order(name).value().value();
        // Visible on the order and as a notification about that order.
        QCOMPARE(orderStateName(r.state), state);
        QVERIFY2(!r.lastError.isEmpty(), qPrintable(context));
        if (!messagePart.isEmpty())
            QVERIFY2(r.lastError.render().contains(messagePart, Qt::CaseInsensitive), qPrintable(context));
        const bool told = std::any_of(rig->notes.cbegin(), rig->notes.cend(), [&](const Notification &n) {
            return n.category == noteCategory && n.orderRef == name && !n.message.isEmpty();
        });
        QVERIFY2(told, qPrintable(context));
        QVERIFY2(!journal->events(name).value().isEmpty(), qPrintable(context));

        // The retry follows the schedule: first failure 30 s ± 20 %, never before Retry-After.
        if (scheduled) {
            QVERIFY2(r.nextAttemptAt.isValid(), qPrintable(context));
            const qint64 lo = std::max<qint64>(qint64(RetryPolicy::baseDelaySecs(1) * (1.0 - RetryPolicy::Jitter)),
                                               retryAfterSecs);
            const qint64 hi = std::max<qint64>(qint64(RetryPolicy::baseDelaySecs(1) * (1.0 + RetryPolicy::Jitter)) + 1,
                                               retryAfterSecs + 1);
            // Whole seconds: the journal may keep the time to the second.
            const QDateTime from = QDateTime::fromSecsSinceEpoch(t0.toSecsSinceEpoch(), Qt::UTC).addSecs(lo);
            const QDateTime to = t1.addSecs(hi);
            QVERIFY2(r.nextAttemptAt >= from && r.nextAttemptAt <= to,
                     qPrintable(u"next %1 not in [%2, %3]\n"_s.arg(r.nextAttemptAt.toString(Qt::ISODateWithMs),
                                                                  from.toString(Qt::ISODateWithMs),
                                                                  to.toString(Qt::ISODateWithMs))
                                + context));
        } else {
            QVERIFY2(!r.nextAttemptAt.isValid(), qPrintable(context));
        }
        // A send before the scheduled time does not touch the order.
        if (scheduled) {
            const int requestsBefore = sim.stats().value(u"ysell"_s).toObject().value(u"creates"_s).toInt();
            engine->sendNow();
            QVERIFY(runUntilIdle(engine));
            QCOMPARE(orderStateName(journal->order(name).value()->state), state);
            QCOMPARE(sim.stats().value(u"ysell"_s).toObject().value(u"creates"_s).toInt(), requestsBefore);
        }
    }

    // The fault is gone: a retry (or the next cycle) sends what is left, and nothing twice.
    QVERIFY(sim.clearFaults());
    if (faulted == -1) {
        engine->sendNow();
    } else if (!faultedNames.isEmpty()) {
        QVERIFY(engine->retry(faultedNames).isEmpty());
    }
    if (faulted != 0)
        QVERIFY(runUntilIdle(engine));
    const QList<OrderRecord> finalOrders = journal->orders().value();
    QCOMPARE(finalOrders.size(), kOrders);
    QSet<QString> names;
    for (const OrderRecord &r : finalOrders) {
        names.insert(r.name);
        QVERIFY2(r.state == OrderState::Sent, qPrintable(dump(finalOrders)));
        QVERIFY2(r.lastError.isEmpty(), qPrintable(dump(finalOrders)));
    }
    verifyNothingLostNothingDuplicated(sim, names, false);
    QCOMPARE(sim.stats().value(u"ysell"_s).toObject().value(u"duplicates_rejected"_s).toInt(), 0);

    // And the way back: one picking per order.
    QVERIFY(sim.advance(u"7.1"_s));
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));
    QCOMPARE(journal->countsByState().value().value(OrderState::PickingCreated), kOrders);
    verifyNothingLostNothingDuplicated(sim, names, true);
}

// Faults during the status sweep, after every order went out cleanly and Ysell shipped them.
// `faulted` is 1 (one status read hit) or kOrders (the one picking create for all of them).
void TestFaults::sweepFault_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<int>("faulted");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("noteCategory");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("ysell status 500") << fault(u"status"_s, u"status"_s, 1, 0, 500) << 1 << u"sent"_s << u"status"_s
                                      << u"500"_s;
    QTest::newRow("ysell status 429 Retry-After") << fault(u"status"_s, u"retry_after"_s, 1, 5000, 429) << 1
                                                  << u"sent"_s << u"status"_s << QString();
    QTest::newRow("ysell status hang") << fault(u"status"_s, u"hang"_s, 1) << 1 << u"sent"_s << u"status"_s
                                       << QString();
    QTest::newRow("ysell status malformed") << fault(u"status"_s, u"malformed"_s, 1) << 1 << u"sent"_s
                                            << u"status"_s << QString();
    QTest::newRow("ysell status wrong shape") << fault(u"status"_s, u"wrong_shape"_s, 1) << 1 << u"sent"_s
                                              << u"status"_s << QString();
    QTest::newRow("odoo ValidationError on stock.picking.create")
        << fault(u"odoo:stock.picking.create"_s, u"validation_error"_s) << kOrders << u"done"_s << u"picking"_s
        << u"validation"_s;
    QTest::newRow("odoo AccessError on stock.picking.create")
        << fault(u"odoo:stock.picking.create"_s, u"access_error"_s) << kOrders << u"done"_s << u"picking"_s
        << QString();
    QTest::newRow("odoo down during the sweep")
        << fault(u"odoo"_s, u"down"_s) << kOrders << u"done"_s << u"picking"_s << QString();
}

void TestFaults::sweepFault()
{
    QFETCH(QJsonObject, spec);
    QFETCH(int, faulted);
    QFETCH(QString, state);
    QFETCH(QString, noteCategory);
    QFETCH(QString, messagePart);

    SimProcess sim;
    QVERIFY2(sim.start({u"--orders"_s, QString::number(kOrders)}), qPrintable(sim.errorString()));
    QTemporaryDir dir;
    QString error;
    auto rig = makeRig(sim, dir.filePath(u"journal.sqlite"_s), &error);
    QVERIFY2(rig, qPrintable(error));
    Journal *journal = rig->journal;
    SyncEngine *engine = rig->engine;
    engine->sendNow();
    QVERIFY(runUntilIdle(engine));
    QCOMPARE(journal->countsByState().value().value(OrderState::Sent), kOrders);
    QVERIFY(sim.advance(u"7.1"_s));

    QVERIFY(sim.fault(spec));
    rig->notes.clear();
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));
    const QList<OrderRecord> after = journal->orders().value();
    const QString context = dump(after) + u"\n--\n"_s + dump(rig->notes) + u"\n--\n"_s
                            + rig->summaries.last().errorLines().join(u'\n');
    QStringList faultedNames;
    for (const OrderRecord &r : after) {
        if (r.state != OrderState::PickingCreated)
            faultedNames << r.name;
    }
    // The others went on to their pickings.
    QVERIFY2(faultedNames.size() == faulted, qPrintable(context));
    QCOMPARE(sim.pickings().size(), kOrders - faulted);
    for (const QString &name : std::as_const(faultedNames)) {
        const OrderRecord r = journal->order(name).value().value();
        QVERIFY2(orderStateName(r.state) == state, qPrintable(context));
        QVERIFY2(!r.lastError.isEmpty(), qPrintable(context));
        if (!messagePart.isEmpty())
            QVERIFY2(r.lastError.render().contains(messagePart, Qt::CaseInsensitive), qPrintable(context));
        const bool told = std::any_of(rig->notes.cbegin(), rig->notes.cend(), [&](const Notification &n) {
            return n.category == noteCategory && n.orderRef == name && !n.message.isEmpty();
        });
        QVERIFY2(told, qPrintable(context));
    }

    QVERIFY(sim.clearFaults());
    QVERIFY(engine->retry(faultedNames).isEmpty());
    QVERIFY(runUntilIdle(engine));
    const QList<OrderRecord> finalOrders = journal->orders().value();
    QSet<QString> names;
    for (const OrderRecord &r : finalOrders) {
        names.insert(r.name);
        QVERIFY2(r.state == OrderState::PickingCreated, qPrintable(dump(finalOrders)));
        QVERIFY2(r.lastError.isEmpty(), qPrintable(dump(finalOrders)));
    }
    QCOMPARE(names.size(), kOrders);
    verifyNothingLostNothingDuplicated(sim, names, true);
    QCOMPARE(sim.stats().value(u"ysell"_s).toObject().value(u"creates"_s).toInt(), kOrders);
}

// Refused credentials are nobody's order's fault: the cycle stops at the first refusal with one
// message, no order is marked, the claims it took are given back (another workstation sends at once),
// and once the credentials work the next cycle goes on by itself, without a retry.
void TestFaults::credentialsRefused_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<bool>("sweep");             // the refusal hits the status sweep (all orders sent before)
    QTest::addColumn<int>("ysellRequests");      // Ysell requests the refused cycle made at most
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("ysell create 401") << fault(u"create"_s, u"status"_s, -1, 0, 401) << false << 1 << u"token"_s;
    QTest::newRow("ysell create 403") << fault(u"create"_s, u"status"_s, -1, 0, 403) << false << 1
                                      << u"refused access"_s;
    QTest::newRow("odoo AccessDenied") << fault(u"odoo"_s, u"access_denied"_s) << false << 0 << u"Odoo"_s;
    QTest::newRow("ysell status 401") << fault(u"status"_s, u"status"_s, -1, 0, 401) << true << 1 << u"token"_s;
    // The statuses are read (and stored); the pickings wait for Odoo.
    QTest::newRow("odoo AccessDenied during the sweep") << fault(u"odoo"_s, u"access_denied"_s) << true << kOrders
                                                        << u"Odoo"_s;
}

void TestFaults::credentialsRefused()
{
    QFETCH(QJsonObject, spec);
    QFETCH(bool, sweep);
    QFETCH(int, ysellRequests);
    QFETCH(QString, messagePart);

    SimProcess sim;
    QVERIFY2(sim.start({u"--orders"_s, QString::number(kOrders)}), qPrintable(sim.errorString()));
    QTemporaryDir dir;
    QString error;
    auto rig = makeRig(sim, dir.filePath(u"a.sqlite"_s), &error);
    QVERIFY2(rig, qPrintable(error));
    Journal *journal = rig->journal;
    SyncEngine *engine = rig->engine;
    if (sweep) {
        engine->sendNow();
        QVERIFY(runUntilIdle(engine));
        QCOMPARE(journal->countsByState().value().value(OrderState::Sent), kOrders);
        QVERIFY(sim.advance(u"7.1"_s));
    }
    const QList<OrderRecord> before = journal->orders().value();
    QVERIFY(sim.resetStats());
    QVERIFY(sim.fault(spec));
    rig->notes.clear();
    rig->summaries.clear();
    if (sweep)
        engine->checkNow();
    else
        engine->syncNow(); // the refused send; the sweep queued behind it must not run
    QVERIFY(runUntilIdle(engine));
    const QList<OrderRecord> after = journal->orders().value();
    const QString context = dump(after) + u"\n--\n"_s + dump(rig->notes);

    // One cycle stopped with one message; nothing queued behind it ran.
    const CycleSummary &last = rig->summaries.last();
    QVERIFY2(last.aborted && last.credentialsRefused, qPrintable(context));
    QCOMPARE(last.kind, sweep ? CycleSummary::Kind::Sweep : CycleSummary::Kind::Send);
    if (!sweep)
        QCOMPARE(rig->summaries.size(), 1);
    QCOMPARE(last.errors.size(), 1);
    QVERIFY2(last.errorLines().first().contains(messagePart, Qt::CaseInsensitive), qPrintable(last.errorLines().first()));
    const auto refusals = std::count_if(rig->notes.cbegin(), rig->notes.cend(), [](const Notification &n) {
        return n.category == u"credentials"_s && n.orderRef.isEmpty() && n.severity == Notification::Severity::Error;
    });
    QVERIFY2(refusals == 1, qPrintable(context));
    QVERIFY2(std::none_of(rig->notes.cbegin(), rig->notes.cend(),
                          [](const Notification &n) { return !n.orderRef.isEmpty(); }),
             qPrintable(context));
    // Ysell was asked once with the refused token, not once per order.
    const QJsonObject requests = sim.stats().value(u"ysell"_s).toObject().value(u"requests"_s).toObject();
    int made = 0;
    for (auto it = requests.constBegin(); it != requests.constEnd(); ++it)
        made += it.value().toInt();
    QVERIFY2(made <= ysellRequests, QJsonDocument(requests).toJson().constData());
    // No order is marked for it: new orders stay new (and due at once), sent ones sent.
    if (sweep)
        QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        // (A sweep stores the statuses it read before Odoo refused: done orders wait for their picking.)
        const bool asBefore = sweep ? after.at(i).state == before.at(i).state || after.at(i).state == OrderState::Done
                                    : after.at(i).state == OrderState::New;
        QVERIFY2(asBefore, qPrintable(context));
        QVERIFY2(after.at(i).lastError.isEmpty(), qPrintable(context));
        QVERIFY2(!after.at(i).nextAttemptAt.isValid(), qPrintable(context));
    }
    QCOMPARE(sim.ysellOrders().size(), sweep ? kOrders : 0);
    QCOMPARE(sim.pickings().size(), 0);

    QVERIFY(sim.clearFaults());
    QSet<QString> names;
    for (const OrderRecord &r : after)
        names.insert(r.name);
    if (!sweep) {
        names.clear();
        // The claims were given back: a second workstation sends every order now, skipping none.
        auto other = makeRig(sim, dir.filePath(u"b.sqlite"_s), &error);
        QVERIFY2(other, qPrintable(error));
        other->engine->sendNow();
        QVERIFY(runUntilIdle(other->engine));
        QCOMPARE(other->summaries.last().skipped, 0);
        QCOMPARE(other->summaries.last().sent, kOrders);
        for (const QList<OrderRecord> rows = other->journal->orders().value(); const OrderRecord &r : rows)
            names.insert(r.name);
        other.reset();
        // And the first one resumes by its own timer's cycle, without a retry.
        engine->sendNow();
        QVERIFY(runUntilIdle(engine));
        QCOMPARE(journal->countsByState().value().value(OrderState::Sent), kOrders);
        verifyNothingLostNothingDuplicated(sim, names, false);
        QVERIFY(sim.advance(u"7.1"_s));
    }
    engine->checkNow();
    QVERIFY(runUntilIdle(engine));
    QVERIFY2(!rig->summaries.last().aborted, qPrintable(rig->summaries.last().errorLines().join(u'\n')));
    QCOMPARE(journal->countsByState().value().value(OrderState::PickingCreated), kOrders);
    verifyNothingLostNothingDuplicated(sim, names, true);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
