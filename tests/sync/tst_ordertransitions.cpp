// The order-state rules, row by row: a journal row as it is, one thing that happens to the order, and
// the row the cycles then store — its state, tries, error, next try, warning and times.
#include "sync/OrderTransitions.h"
#include "sync/SyncTypes.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ysb;

namespace {

using Step = std::function<OrderRecord(const OrderRecord &)>;

const QDateTime T0(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
const QDateTime Earlier(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
const QDateTime Later = T0.addSecs(120);

QString kind(ErrorKind k)
{
    return Error::kindName(k);
}

OrderRecord row(OrderState state, int attempts = 0, const QString &errorKind = {}, const QString &error = {},
                const QDateTime &next = {})
{
    OrderRecord r;
    r.name = u"S00042"_s;
    r.odooId = 42;
    r.odooDb = u"shop"_s;
    r.ysellNumber = u"S00042"_s;
    r.customer = u"Иван Петров"_s;
    r.ysellId = state >= OrderState::Sent ? u"9001"_s : QString();
    r.state = state;
    r.attempts = attempts;
    r.lastErrorKind = errorKind;
    r.lastError = Text::data(error);
    r.nextAttemptAt = next;
    return r;
}

OrderRecord withSentAt(OrderRecord r, const QDateTime &at)
{
    r.sentAt = at;
    return r;
}

SaleOrder order(const QString &state = u"sale"_s)
{
    SaleOrder o;
    o.id = 42;
    o.name = u"S00042"_s;
    o.state = state;
    o.dateOrder = Earlier;
    o.shipping.name = u"Пётр Иванов"_s;
    return o;
}

Error error(ErrorKind k, const QString &message)
{
    return Error::plain(k, message);
}

RetryPolicy::Plan plan(RetryPolicy::Decision decision, const QDateTime &notBefore = {})
{
    return {decision, notBefore, notBefore.isValid() ? T0.secsTo(notBefore) : 0};
}

const QString Preflight = kind(ErrorKind::Preflight);
const QString Timeout = u"Ysell did not answer in time."_s;

} // namespace

namespace ysb {
// Failures name the state, not its number.
char *toString(OrderState state)
{
    return qstrdup(orderStateName(state).toUtf8().constData());
}
} // namespace ysb

Q_DECLARE_METATYPE(Step)
Q_DECLARE_METATYPE(ysb::OrderRecord)
Q_DECLARE_METATYPE(ysb::OrderState)
Q_DECLARE_METATYPE(ysb::Error)
Q_DECLARE_METATYPE(ysb::RetryPolicy::Plan)
Q_DECLARE_METATYPE(ysb::OrderTransitions::RetryNext)

class TestOrderTransitions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void transition_data();
    void transition();
    void otherDeliveries();
    void otherDeliveriesRechecked_data();
    void otherDeliveriesRechecked();
    void failed_data();
    void failed();
    void manualRetry_data();
    void manualRetry();
    void stale_data();
    void stale();
    void staleClearsWhenYsellMoves();
};

void TestOrderTransitions::transition_data()
{
    QTest::addColumn<OrderRecord>("input");
    QTest::addColumn<Step>("event");
    QTest::addColumn<OrderState>("state");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("errorKind");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QDateTime>("nextAttemptAt");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("ysellId");
    QTest::addColumn<QDateTime>("sentAt");
    QTest::addColumn<QDateTime>("doneAt");

    const Step adopt = [](const OrderRecord &r) { return OrderTransitions::adoptAsSent(r, u"7001"_s, T0); };
    const QString unreachable = u"Connection refused."_s;

    // Adopted as sent, from every state the send can find the order in: tries end, the error goes.
    QTest::newRow("adopt: new order Odoo records as sent")
        << row(OrderState::New) << adopt << OrderState::Sent << 0 << QString() << QString() << QDateTime() << QString()
        << u"7001"_s << T0 << QDateTime();
    QTest::newRow("adopt: waiting for its next try")
        << row(OrderState::New, 3, kind(ErrorKind::Refused), unreachable, Later) << adopt << OrderState::Sent << 0
        << QString() << QString() << QDateTime() << QString() << u"7001"_s << T0 << QDateTime();
    QTest::newRow("adopt: outcome unknown, found by its number")
        << row(OrderState::Sending, 2, kind(ErrorKind::Timeout), Timeout, Later) << adopt << OrderState::Sent << 0
        << QString() << QString() << QDateTime() << QString() << u"7001"_s << T0 << QDateTime();
    QTest::newRow("adopt: needs attention, another workstation sent it")
        << row(OrderState::NeedsAttention, 8, UnknownOutcomeKind, u"gave up"_s) << adopt << OrderState::Sent << 0
        << QString() << QString() << QDateTime() << QString() << u"7001"_s << T0 << QDateTime();
    QTest::newRow("adopt: a sent time already known stays")
        << withSentAt(row(OrderState::New), Earlier) << adopt << OrderState::Sent << 0 << QString() << QString()
        << QDateTime() << QString() << u"7001"_s << Earlier << QDateTime();

    QTest::newRow("discovered: a new row from Odoo's order")
        << OrderRecord{} << Step([](const OrderRecord &) { return OrderTransitions::discovered(order(), u"shop"_s); })
        << OrderState::New << 0 << QString() << QString() << QDateTime() << QString() << QString() << QDateTime()
        << QDateTime();
    QTest::newRow("missing in Odoo: needs attention")
        << row(OrderState::New, 1) << Step(&OrderTransitions::missingInOdoo) << OrderState::NeedsAttention << 1
        << kind(ErrorKind::MissingRecord) << u"Odoo no longer lists this order (deleted, or not visible to this user)."_s
        << QDateTime() << QString() << QString() << QDateTime() << QDateTime();
    QTest::newRow("no longer confirmed in Odoo: closed, error gone")
        << row(OrderState::NeedsAttention, 0, Preflight, u"No address."_s)
        << Step(&OrderTransitions::closedInOdoo) << OrderState::Closed << 0 << QString() << QString() << QDateTime()
        << QString() << QString() << QDateTime() << QDateTime();
    QTest::newRow("pre-flight problems: needs attention, one problem a line")
        << row(OrderState::New)
        << Step([](const OrderRecord &r) {
               return OrderTransitions::preflightFailed(r, order(), {Text::data(u"No street."_s), Text::data(u"No phone."_s)});
           })
        << OrderState::NeedsAttention << 0 << Preflight << u"No street.\nNo phone."_s << QDateTime() << QString()
        << QString() << QDateTime() << QDateTime();

    const Step intent = [](const OrderRecord &r) {
        PreparedOrder p;
        p.payloadHash = "abc";
        return OrderTransitions::sendIntent(r, order(), u"S00042-42"_s, p);
    };
    QTest::newRow("send intent: a new order counts its first try")
        << row(OrderState::New) << intent << OrderState::Sending << 1 << QString() << QString() << QDateTime()
        << QString() << QString() << QDateTime() << QDateTime();
    QTest::newRow("send intent: a due retry counts one more, keeps the last error")
        << row(OrderState::New, 2, kind(ErrorKind::Refused), unreachable, T0) << intent << OrderState::Sending << 3
        << kind(ErrorKind::Refused) << unreachable << QDateTime() << QString() << QString() << QDateTime()
        << QDateTime();

    QTest::newRow("not sent, credentials refused: back to new")
        << row(OrderState::New, 1, kind(ErrorKind::Refused), unreachable, T0)
        << Step([](const OrderRecord &r) { return OrderTransitions::notSent(r, false); }) << OrderState::New << 1
        << QString() << QString() << QDateTime() << QString() << QString() << QDateTime() << QDateTime();
    QTest::newRow("not sent, credentials refused: still looked up first")
        << row(OrderState::Sending, 2, kind(ErrorKind::Timeout), Timeout, T0)
        << Step([](const OrderRecord &r) { return OrderTransitions::notSent(r, true); }) << OrderState::Sending << 2
        << QString() << QString() << QDateTime() << QString() << QString() << QDateTime() << QDateTime();

    const auto status = [](YsellStatusClass c, const QString &code) {
        return Step([c, code](const OrderRecord &r) {
            return OrderTransitions::statusApplied(r, YsellStatus{code, u"name"_s, c}, c, T0);
        });
    };
    QTest::newRow("status done: awaits its picking")
        << row(OrderState::Sent) << status(YsellStatusClass::Done, u"7.1"_s) << OrderState::Done << 0 << QString()
        << QString() << QDateTime() << QString() << u"9001"_s << QDateTime() << T0;
    QTest::newRow("status terminal: closed")
        << row(OrderState::Sent) << status(YsellStatusClass::Terminal, u"8"_s) << OrderState::Closed << 0 << QString()
        << QString() << QDateTime() << QString() << u"9001"_s << QDateTime() << QDateTime();
    QTest::newRow("status needs attention in Ysell: still sent, earlier read error gone")
        << row(OrderState::Sent, 0, kind(ErrorKind::Timeout), Timeout) << status(YsellStatusClass::Attention, u"3.1"_s)
        << OrderState::Sent << 0 << QString() << QString() << QDateTime() << QString() << u"9001"_s << QDateTime()
        << QDateTime();
    QTest::newRow("status in progress: a pre-flight note stays")
        << row(OrderState::Sent, 0, Preflight, u"No phone."_s) << status(YsellStatusClass::InProgress, u"2"_s)
        << OrderState::Sent << 0 << Preflight << u"No phone."_s << QDateTime() << QString() << u"9001"_s
        << QDateTime() << QDateTime();
    QTest::newRow("status read failed: Ysell lost the order id")
        << row(OrderState::Sent)
        << Step([](const OrderRecord &r) {
               return OrderTransitions::statusFailed(r, error(ErrorKind::MissingRecord, u"404"_s), T0);
           })
        << OrderState::Sent << 0 << kind(ErrorKind::MissingRecord)
        << u"Ysell does not know the order id 9001 (any more)."_s << QDateTime() << QString() << u"9001"_s
        << QDateTime() << QDateTime();
    QTest::newRow("status read failed: timeout, still sent")
        << row(OrderState::Sent)
        << Step([](const OrderRecord &r) {
               return OrderTransitions::statusFailed(r, error(ErrorKind::Timeout, Timeout), T0);
           })
        << OrderState::Sent << 0 << kind(ErrorKind::Timeout) << Timeout << QDateTime() << QString() << u"9001"_s
        << QDateTime() << QDateTime();

    QTest::newRow("picking created: earlier picking error gone")
        << row(OrderState::Done, 0, kind(ErrorKind::Validation), u"The draft delivery could not be created: x"_s)
        << Step([](const OrderRecord &r) { return OrderTransitions::pickingCreated(r, 77, u"WH/OUT/00077"_s); })
        << OrderState::PickingCreated << 0 << QString() << QString() << QDateTime() << QString() << u"9001"_s
        << QDateTime() << QDateTime();
    QTest::newRow("picking failed: stays done, says why")
        << row(OrderState::Done)
        << Step([](const OrderRecord &r) {
               return OrderTransitions::pickingFailed(r, error(ErrorKind::Validation, u"No route."_s));
           })
        << OrderState::Done << 0 << kind(ErrorKind::Validation)
        << u"The draft delivery could not be created: No route."_s << QDateTime() << QString() << u"9001"_s
        << QDateTime() << QDateTime();
    QTest::newRow("serials not free: a warning, the state stays")
        << row(OrderState::PickingCreated)
        << Step([](const OrderRecord &r) {
               return OrderTransitions::serialsNotFree(r, {u"SN1"_s, u"SN2"_s}, u"WH/ShemaxGlobal"_s);
           })
        << OrderState::PickingCreated << 0 << QString() << QString() << QDateTime()
        << u"Serials not reserved: SN1, SN2 not free in WH/ShemaxGlobal; the delivery stays draft."_s << u"9001"_s
        << QDateTime() << QDateTime();
}

void TestOrderTransitions::transition()
{
    QFETCH(OrderRecord, input);
    QFETCH(Step, event);
    const OrderRecord out = event(input);
    QTEST(out.state, "state");
    QTEST(out.attempts, "attempts");
    QTEST(out.lastErrorKind, "errorKind");
    QTEST(out.lastError.render(), "error");
    QTEST(out.nextAttemptAt, "nextAttemptAt");
    QTEST(out.warning.render(), "warning");
    QTEST(out.ysellId, "ysellId");
    QTEST(out.sentAt, "sentAt");
    QTEST(out.doneAt, "doneAt");
}

// The other open delivery is data of its own: never the warning, set and cleared by the picking step.
void TestOrderTransitions::otherDeliveries()
{
    OrderRecord r = row(OrderState::PickingCreated);
    r.warning = Text::data(u"Serials not reserved: SN1 not free in WH/ShemaxGlobal; the delivery stays draft."_s);
    const OrderRecord open = OrderTransitions::otherDeliveries(r, {u"WH/OUT/1"_s, u"WH/OUT/2"_s});
    QCOMPARE(open.otherDeliveries, u"WH/OUT/1, WH/OUT/2"_s);
    QCOMPARE(open.warning, r.warning);
    QVERIFY(open.lastError.isEmpty());
    QCOMPARE(open.state, OrderState::PickingCreated);
    QCOMPARE(OrderTransitions::otherDeliveries(open, {}).otherDeliveries, QString());
    QCOMPARE(OrderTransitions::otherDeliveriesMessage({u"WH/OUT/1"_s}, false).render(),
             u"Odoo still has the open delivery WH/OUT/1 for this order; cancel it in Odoo if Ysell shipped everything."_s);
    QCOMPARE(OrderTransitions::otherDeliveriesMessage({u"WH/OUT/1"_s, u"WH/OUT/2"_s}, true).render(),
             u"The other open delivery WH/OUT/1, WH/OUT/2 is cancelled (setting “cancel other delivery”)."_s);
    QCOMPARE(OrderTransitions::otherDeliveriesClosedMessage({u"WH/OUT/1"_s}, {}).render(),
             u"The other delivery WH/OUT/1 is no longer open in Odoo (done or cancelled)."_s);
    QCOMPARE(OrderTransitions::otherDeliveriesClosedMessage({u"WH/OUT/1"_s, u"WH/OUT/2"_s}, {u"WH/OUT/5"_s}).render(),
             u"The other deliveries WH/OUT/1, WH/OUT/2 are no longer open in Odoo (done or cancelled). Still open: WH/OUT/5."_s);
}

// The sweep's re-check: what is still open stays in its order, a new one follows, the closed ones go.
void TestOrderTransitions::otherDeliveriesRechecked_data()
{
    QTest::addColumn<QString>("named");
    QTest::addColumn<QStringList>("open");
    QTest::addColumn<QString>("after");
    QTest::newRow("closed") << u"WH/OUT/3"_s << QStringList{} << QString();
    QTest::newRow("one of two") << u"WH/OUT/3, WH/OUT/7"_s << QStringList{u"WH/OUT/7"_s} << u"WH/OUT/7"_s;
    QTest::newRow("same, Odoo's order") << u"WH/OUT/7, WH/OUT/3"_s << QStringList{u"WH/OUT/3"_s, u"WH/OUT/7"_s}
                                         << u"WH/OUT/7, WH/OUT/3"_s;
    QTest::newRow("a backorder") << u"WH/OUT/7"_s << QStringList{u"WH/OUT/9"_s, u"WH/OUT/8"_s, u"WH/OUT/7"_s}
                                 << u"WH/OUT/7, WH/OUT/8, WH/OUT/9"_s;
}

void TestOrderTransitions::otherDeliveriesRechecked()
{
    QFETCH(QString, named);
    QFETCH(QStringList, open);
    QFETCH(QString, after);
    OrderRecord r = row(OrderState::PickingCreated);
    r.otherDeliveries = named;
    const OrderRecord out = OrderTransitions::otherDeliveriesRechecked(r, open);
    QCOMPARE(out.otherDeliveries, after);
    QCOMPARE(OrderTransitions::otherDeliveryNames(out), after.isEmpty() ? QStringList() : after.split(u", "_s));
    r.otherDeliveries = after;
    QCOMPARE(out, r); // nothing else changes
}

void TestOrderTransitions::failed_data()
{
    QTest::addColumn<OrderRecord>("input");
    QTest::addColumn<Error>("failure");
    QTest::addColumn<RetryPolicy::Plan>("plan");
    QTest::addColumn<OrderState>("state");
    QTest::addColumn<QString>("errorKind");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QDateTime>("nextAttemptAt");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("needsAttention");

    const Error refused = error(ErrorKind::Refused, u"Connection refused."_s);
    Error timeout = error(ErrorKind::Timeout, Timeout);
    timeout.requestMaybeSent = true;
    const Error invalid = error(ErrorKind::Validation, u"Ysell: the address is invalid."_s);

    QTest::newRow("retry later: new again, at the planned time")
        << row(OrderState::Sending, 1) << refused << plan(RetryPolicy::Decision::RetryLater, Later) << OrderState::New
        << kind(ErrorKind::Refused) << refused.message << Later
        << u"Connection refused. Next try at 2026-11-29 10:02 UTC."_s << false;
    QTest::newRow("outcome unknown: looked up first at the planned time")
        << row(OrderState::Sending, 3) << timeout << plan(RetryPolicy::Decision::LookUpFirst, Later)
        << OrderState::Sending << kind(ErrorKind::Timeout) << Timeout << Later
        << (Timeout + u" Ysell may have received it: the next try (at 2026-11-29 10:02 UTC) looks it up first."_s)
        << false;
    const QString unknownAfter8 = Timeout
        + u" It is unknown whether Ysell received the order; after 8 tries Ysell Bridge stopped. Retry looks the "
          "order up in Ysell before sending anything."_s;
    QTest::newRow("outcome unknown, tries used up: the clerk decides")
        << row(OrderState::Sending, 8) << timeout << plan(RetryPolicy::Decision::LookUpFirst, Later)
        << OrderState::NeedsAttention << UnknownOutcomeKind << unknownAfter8 << QDateTime() << unknownAfter8 << true;
    QTest::newRow("permanent error: needs attention at once")
        << row(OrderState::Sending, 1) << invalid << plan(RetryPolicy::Decision::NeedsAttention)
        << OrderState::NeedsAttention << kind(ErrorKind::Validation) << invalid.message << QDateTime()
        << invalid.message << true;
    const QString gaveUp = u"Connection refused. (gave up after 8 tries; use Retry)"_s;
    QTest::newRow("transient error, tries used up: needs attention, says so")
        << row(OrderState::Sending, 8, {}, {}, Later) << refused << plan(RetryPolicy::Decision::NeedsAttention)
        << OrderState::NeedsAttention << kind(ErrorKind::Refused) << gaveUp << QDateTime() << gaveUp << true;
}

void TestOrderTransitions::failed()
{
    QFETCH(OrderRecord, input);
    QFETCH(Error, failure);
    QFETCH(RetryPolicy::Plan, plan);
    const OrderTransitions::Failure f = OrderTransitions::failed(input, failure, plan);
    QTEST(f.record.state, "state");
    QTEST(f.record.lastErrorKind, "errorKind");
    QTEST(f.record.lastError.render(), "error");
    QTEST(f.record.nextAttemptAt, "nextAttemptAt");
    QTEST(f.message.render(), "message");
    QTEST(f.needsAttention, "needsAttention");
    QCOMPARE(f.record.attempts, input.attempts); // counted with the intent, not with the failure
    QCOMPARE(f.record.ysellId, input.ysellId);
}

void TestOrderTransitions::manualRetry_data()
{
    QTest::addColumn<OrderRecord>("input");
    QTest::addColumn<OrderTransitions::RetryNext>("next");
    QTest::addColumn<OrderState>("state");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QDateTime>("nextAttemptAt");

    using N = OrderTransitions::RetryNext;
    QTest::newRow("new, backing off: sent now, schedule restarts")
        << row(OrderState::New, 4, kind(ErrorKind::Refused), u"x"_s, Later) << N::Send << OrderState::New << 0
        << QDateTime();
    QTest::newRow("sending, outcome unknown: looked up now")
        << row(OrderState::Sending, 3, kind(ErrorKind::Timeout), Timeout, Later) << N::Send << OrderState::Sending
        << 0 << QDateTime();
    QTest::newRow("gave up with the outcome unknown: looked up before anything is created")
        << row(OrderState::NeedsAttention, 8, UnknownOutcomeKind, u"x"_s) << N::Send << OrderState::Sending << 0
        << QDateTime();
    QTest::newRow("gave up after a permanent error: sent again as new")
        << row(OrderState::NeedsAttention, 1, kind(ErrorKind::Validation), u"x"_s) << N::Send << OrderState::New << 0
        << QDateTime();
    QTest::newRow("pre-flight problem: stays until the check passes")
        << row(OrderState::NeedsAttention, 0, Preflight, u"No phone."_s) << N::Send << OrderState::NeedsAttention
        << 0 << QDateTime();
    QTest::newRow("sent: its status is read again") << row(OrderState::Sent) << N::Sweep << OrderState::Sent << 0
                                                    << QDateTime();
    QTest::newRow("done: its picking is tried again") << row(OrderState::Done) << N::Sweep << OrderState::Done << 0
                                                      << QDateTime();
    QTest::newRow("picking created: nothing to do")
        << row(OrderState::PickingCreated) << N::Nothing << OrderState::PickingCreated << 0 << QDateTime();
    QTest::newRow("closed: nothing to do") << row(OrderState::Closed) << N::Nothing << OrderState::Closed << 0
                                           << QDateTime();
}

void TestOrderTransitions::manualRetry()
{
    QFETCH(OrderRecord, input);
    const OrderTransitions::Retry r = OrderTransitions::manualRetry(input);
    QTEST(r.next, "next");
    QTEST(r.record.state, "state");
    QTEST(r.record.attempts, "attempts");
    QTEST(r.record.nextAttemptAt, "nextAttemptAt");
    QCOMPARE(r.record.lastError.toStored(), input.lastError.toStored()); // the clerk still sees why until the retry says otherwise
}

// A sent order is stale when Ysell's status has stood still too long: days in any status, hours in an
// attention status. The reason names the status and since when, and stays the same text while nothing
// moves; the state is never touched, so the order is still swept and never sent again.
void TestOrderTransitions::stale_data()
{
    QTest::addColumn<OrderRecord>("input");
    QTest::addColumn<YsellStatusClass>("statusClass");
    QTest::addColumn<qint64>("hoursLater");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QDateTime>("changedAt");

    OrderRecord inProgress = withSentAt(row(OrderState::Sent), Earlier);
    inProgress.ysellStatusCode = u"5"_s;
    inProgress.ysellStatusName = u"in stock"_s;
    inProgress.statusChangedAt = T0;
    OrderRecord attention = inProgress;
    attention.ysellStatusCode = u"3.1"_s;
    attention.ysellStatusName = u"reservation error"_s;
    const QString sinceDays = u"The Ysell status 5 In stock has not changed since 2026-11-29 10:00 UTC (longer "
                              "than 5 days): check the order in Ysell."_s;

    QTest::newRow("4 days without a change: not yet") << inProgress << YsellStatusClass::InProgress << qint64(4 * 24)
                                                      << QString() << T0;
    QTest::newRow("5 days without a change: stale") << inProgress << YsellStatusClass::InProgress << qint64(5 * 24)
                                                    << sinceDays << T0;
    QTest::newRow("9 days: the same words") << inProgress << YsellStatusClass::InProgress << qint64(9 * 24)
                                            << sinceDays << T0;
    QTest::newRow("23 hours in an attention status: not yet")
        << attention << YsellStatusClass::Attention << qint64(23) << QString() << T0;
    QTest::newRow("24 hours in an attention status: stale")
        << attention << YsellStatusClass::Attention << qint64(24)
        << u"Ysell has kept the order in status 3.1 Reservation error since 2026-11-29 10:00 UTC (longer than 24 h): "
           "Ysell needs a person to look at it."_s
        << T0;
    OrderRecord neverRead = withSentAt(row(OrderState::Sent), T0);
    QTest::newRow("no status ever read: counted from the sending")
        << neverRead << YsellStatusClass::InProgress << qint64(6 * 24)
        << u"No status from Ysell since the order was sent on 2026-11-29 10:00 UTC (longer than 5 days): check the order "
           "in Ysell."_s
        << T0;
    OrderRecord migrated = inProgress; // a row from before schema 9: no change time, its last check
    migrated.statusChangedAt = {};
    migrated.sentAt = {};
    migrated.lastCheckedAt = T0;
    QTest::newRow("migrated row without a sending time: counted from its last check")
        << migrated << YsellStatusClass::InProgress << qint64(5 * 24) << sinceDays << T0;
    OrderRecord staleDone = inProgress;
    staleDone.state = OrderState::Done;
    staleDone.staleReason = Text::data(sinceDays);
    QTest::newRow("an order no longer sent is never stale")
        << staleDone << YsellStatusClass::Done << qint64(30 * 24) << QString() << T0;
}

void TestOrderTransitions::stale()
{
    QFETCH(OrderRecord, input);
    QFETCH(YsellStatusClass, statusClass);
    QFETCH(qint64, hoursLater);
    const OrderRecord out =
        OrderTransitions::staleChecked(input, statusClass, {5, 24}, T0.addSecs(hoursLater * 3600));
    QTEST(out.staleReason.render(), "reason");
    QTEST(out.statusChangedAt, "changedAt");
    QCOMPARE(out.state, input.state);
    QCOMPARE(out.attempts, input.attempts);
    QCOMPARE(out.lastError, input.lastError);
}

// Ysell moving the order clears the reason and starts the count again; the same status read again
// changes nothing, and the first status of a sent order keeps counting from its sending.
void TestOrderTransitions::staleClearsWhenYsellMoves()
{
    const YsellStatusRules rules;
    OrderRecord r = withSentAt(row(OrderState::Sent), Earlier);
    r.statusChangedAt = Earlier;
    r = OrderTransitions::statusApplied(r, rules.make(u"1"_s), YsellStatusClass::InProgress, T0);
    QCOMPARE(r.statusChangedAt, Earlier); // the first status read: still counted from the sending
    r = OrderTransitions::staleChecked(r, YsellStatusClass::InProgress, {5, 24}, T0);
    QVERIFY(!r.staleReason.isEmpty());
    r = OrderTransitions::statusApplied(r, rules.make(u"1"_s), YsellStatusClass::InProgress, Later);
    QVERIFY(!r.staleReason.isEmpty()); // nothing moved
    QCOMPARE(r.statusChangedAt, Earlier);
    r = OrderTransitions::statusApplied(r, rules.make(u"5"_s), YsellStatusClass::InProgress, Later);
    QVERIFY(r.staleReason.isEmpty());
    QCOMPARE(r.statusChangedAt, Later);
    QVERIFY(OrderTransitions::staleChecked(r, YsellStatusClass::InProgress, {5, 24}, Later.addDays(4)).staleReason.isEmpty());
    QVERIFY(OrderTransitions::staleChecked(r, YsellStatusClass::InProgress, {0, 0}, Later.addDays(400))
                .staleReason.isEmpty()); // both limits off
    QCOMPARE(OrderTransitions::manualRetry(r).next, OrderTransitions::RetryNext::Sweep); // never sent again
}

QTEST_GUILESS_MAIN(TestOrderTransitions)
#include "tst_ordertransitions.moc"
