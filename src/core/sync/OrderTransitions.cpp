#include "OrderTransitions.h"

#include "sync/SyncTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ysb {
namespace {

QString utcMinutes(const QDateTime &t)
{
    return t.toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

void OrderTransitions::clearError(OrderRecord &record)
{
    record.lastError = {};
    record.lastErrorKind.clear();
}

// A pre-flight problem is about the order in Odoo, not about this exchange: it stays until the
// send's pre-flight check passes.
void OrderTransitions::clearErrorButPreflight(OrderRecord &record)
{
    if (record.lastErrorKind != Error::kindName(ErrorKind::Preflight))
        clearError(record);
}

OrderRecord OrderTransitions::discovered(const SaleOrder &order, const QString &odooDb)
{
    OrderRecord r;
    r.name = order.name;
    r.odooId = order.id;
    r.odooDb = odooDb;
    r.customer = order.shipping.name;
    r.confirmedAt = order.dateOrder;
    r.state = OrderState::New;
    return r;
}

OrderRecord OrderTransitions::adoptAsSent(OrderRecord record, const QString &ysellId, const QDateTime &now)
{
    record.state = OrderState::Sent;
    record.ysellId = ysellId;
    clearError(record);
    record.attempts = 0;
    record.nextAttemptAt = {};
    if (!record.sentAt.isValid())
        record.sentAt = now;
    if (!record.statusChangedAt.isValid())
        record.statusChangedAt = now;
    return record;
}

OrderRecord OrderTransitions::missingInOdoo(OrderRecord record)
{
    record.state = OrderState::NeedsAttention;
    record.lastError = Text(TextKind::MissingInOdoo);
    record.lastErrorKind = Error::kindName(ErrorKind::MissingRecord);
    return record;
}

OrderRecord OrderTransitions::closedInOdoo(OrderRecord record)
{
    record.state = OrderState::Closed;
    clearError(record);
    return record;
}

OrderRecord OrderTransitions::preflightFailed(OrderRecord record, const SaleOrder &order, const QList<Text> &problems)
{
    record.state = OrderState::NeedsAttention;
    Text lines(TextKind::Lines);
    for (const Text &p : problems)
        lines = lines.arg(p);
    record.lastError = problems.size() == 1 ? problems.first() : lines;
    record.lastErrorKind = Error::kindName(ErrorKind::Preflight);
    record.odooId = order.id;
    record.customer = order.shipping.name;
    return record;
}

OrderRecord OrderTransitions::sendIntent(OrderRecord record, const SaleOrder &order, const QString &number,
                                         const PreparedOrder &prepared)
{
    record.name = order.name;
    record.odooId = order.id;
    record.ysellNumber = number;
    record.customer = order.shipping.name;
    if (order.dateOrder.isValid())
        record.confirmedAt = order.dateOrder;
    record.state = OrderState::Sending;
    record.attempts += 1;
    record.payloadHash = QString::fromLatin1(prepared.payloadHash);
    record.serials = prepared.serialsText;
    record.items = QString::fromUtf8(
        QJsonDocument(prepared.payload.value(u"items"_s).toArray()).toJson(QJsonDocument::Compact));
    record.nextAttemptAt = {};
    return record;
}

OrderRecord OrderTransitions::notSent(OrderRecord before, bool lookUpFirst)
{
    before.state = lookUpFirst ? OrderState::Sending : OrderState::New;
    clearError(before);
    before.nextAttemptAt = {};
    return before;
}

OrderTransitions::Failure OrderTransitions::failed(OrderRecord record, const Error &error,
                                                   const RetryPolicy::Plan &plan)
{
    Failure f;
    record.lastError = error.asText();
    record.lastErrorKind = error.kindName();
    const bool triesUsedUp = record.attempts >= RetryPolicy::MaxTries;
    switch (plan.decision) {
    case RetryPolicy::Decision::RetryLater:
        record.state = OrderState::New;
        record.nextAttemptAt = plan.notBeforeUtc;
        f.message = Text(TextKind::NextTryAt).arg(error.asText()).arg(utcMinutes(plan.notBeforeUtc));
        break;
    case RetryPolicy::Decision::LookUpFirst:
        if (triesUsedUp) {
            // Tries used up with the outcome unknown: the clerk decides; a retry still looks it up first.
            record.state = OrderState::NeedsAttention;
            record.lastErrorKind = UnknownOutcomeKind;
            record.lastError = Text(TextKind::UnknownOutcomeStopped).arg(error.asText()).arg(record.attempts);
            record.nextAttemptAt = {};
            f.message = record.lastError;
            f.needsAttention = true;
        } else {
            record.state = OrderState::Sending; // the next try looks the order up before creating it
            record.nextAttemptAt = plan.notBeforeUtc;
            f.message = Text(TextKind::MayHaveReceived).arg(error.asText()).arg(utcMinutes(plan.notBeforeUtc));
        }
        break;
    case RetryPolicy::Decision::NeedsAttention:
        record.state = OrderState::NeedsAttention;
        record.nextAttemptAt = {};
        if (triesUsedUp)
            record.lastError = Text(TextKind::GaveUp).arg(error.asText()).arg(record.attempts);
        f.message = record.lastError;
        f.needsAttention = true;
        break;
    }
    f.record = std::move(record);
    return f;
}

OrderTransitions::Retry OrderTransitions::manualRetry(OrderRecord record)
{
    switch (record.state) {
    case OrderState::New:
    case OrderState::NeedsAttention:
    case OrderState::Sending:
        record.attempts = 0;
        record.nextAttemptAt = {};
        if (record.state == OrderState::NeedsAttention) {
            if (record.lastErrorKind == UnknownOutcomeKind)
                record.state = OrderState::Sending; // look it up in Ysell before creating
            else if (record.lastErrorKind != Error::kindName(ErrorKind::Preflight))
                record.state = OrderState::New;
        }
        return {std::move(record), RetryNext::Send};
    case OrderState::Sent:
    case OrderState::Done:
        return {std::move(record), RetryNext::Sweep};
    case OrderState::PickingCreated:
    case OrderState::Closed:
        break;
    }
    return {std::move(record), RetryNext::Nothing};
}

OrderRecord OrderTransitions::statusApplied(OrderRecord record, const YsellStatus &status,
                                            YsellStatusClass statusClass, const QDateTime &now)
{
    record.lastCheckedAt = now;
    // Ysell moved: the time counts for staleness again. The first status read of an order keeps
    // counting from its sending.
    if (status.code != record.ysellStatusCode
        && (!record.ysellStatusCode.isEmpty() || !record.statusChangedAt.isValid())) {
        record.statusChangedAt = now;
        record.staleReason = {};
    }
    record.ysellStatusCode = status.code;
    record.ysellStatusName = status.name;
    clearErrorButPreflight(record);
    switch (statusClass) {
    case YsellStatusClass::Done:
        record.state = OrderState::Done;
        record.doneAt = now;
        break;
    case YsellStatusClass::Terminal:
        record.state = OrderState::Closed;
        break;
    case YsellStatusClass::Attention:
    case YsellStatusClass::InProgress:
        break;
    }
    return record;
}

OrderRecord OrderTransitions::staleChecked(OrderRecord record, YsellStatusClass statusClass, const StaleRule &rule,
                                           const QDateTime &now)
{
    if (record.state != OrderState::Sent) {
        record.staleReason = {};
        return record;
    }
    if (!record.statusChangedAt.isValid()) {
        record.statusChangedAt = record.sentAt.isValid()          ? record.sentAt
                                 : record.lastCheckedAt.isValid() ? record.lastCheckedAt
                                                                  : now;
    }
    const QDateTime since = record.statusChangedAt;
    const Text status = Text(TextKind::YsellStatus).arg(record.ysellStatusCode).arg(record.ysellStatusName);
    // The reason names the start, not the time elapsed: it stays the same text sweep after sweep.
    if (statusClass == YsellStatusClass::Attention && rule.attentionHours > 0
        && since.addSecs(qint64(rule.attentionHours) * 3600) <= now) {
        record.staleReason = Text(TextKind::StaleAttentionStatus).arg(status).arg(utcMinutes(since)).arg(rule.attentionHours);
    } else if (rule.afterDays > 0 && since.addDays(rule.afterDays) <= now) {
        record.staleReason = record.ysellStatusCode.isEmpty()
                                 ? Text(TextKind::StaleNoStatus).arg(utcMinutes(since)).arg(rule.afterDays)
                                 : Text(TextKind::StaleNoChange).arg(status).arg(utcMinutes(since)).arg(rule.afterDays);
    } else {
        record.staleReason = {};
    }
    return record;
}

OrderRecord OrderTransitions::statusFailed(OrderRecord record, const Error &error, const QDateTime &now)
{
    record.lastCheckedAt = now;
    record.lastError = error.kind == ErrorKind::MissingRecord
                           ? Text(TextKind::YsellDoesNotKnowId).arg(record.ysellId)
                           : error.asText();
    record.lastErrorKind = error.kindName();
    return record;
}

OrderRecord OrderTransitions::pickingCreated(OrderRecord record, qint64 pickingId, const QString &pickingName)
{
    record.state = OrderState::PickingCreated;
    record.pickingId = pickingId;
    record.pickingName = pickingName;
    clearErrorButPreflight(record);
    return record;
}

OrderRecord OrderTransitions::pickingFailed(OrderRecord record, const Error &error)
{
    record.lastError = Text(TextKind::PickingFailed).arg(error.asText());
    record.lastErrorKind = error.kindName();
    return record;
}

OrderRecord OrderTransitions::serialsNotFree(OrderRecord record, const QStringList &serials, const QString &location)
{
    record.warning = Text(TextKind::SerialsNotFree).argList(serials).arg(location);
    return record;
}

OrderRecord OrderTransitions::otherDeliveries(OrderRecord record, const QStringList &pickings)
{
    record.otherDeliveries = pickings.join(u", "_s);
    return record;
}

Text OrderTransitions::otherDeliveriesMessage(const QStringList &pickings, bool cancelled)
{
    return Text(cancelled ? TextKind::OtherDeliveryCancelled : TextKind::OtherDeliveryOpen).argList(pickings);
}

QStringList OrderTransitions::otherDeliveryNames(const OrderRecord &record)
{
    QStringList names = record.otherDeliveries.split(u',', Qt::SkipEmptyParts);
    for (QString &n : names)
        n = n.trimmed();
    names.removeAll(QString());
    return names;
}

OrderRecord OrderTransitions::otherDeliveriesRechecked(OrderRecord record, const QStringList &open)
{
    QStringList kept;
    for (const QString &n : otherDeliveryNames(record)) {
        if (open.contains(n))
            kept << n;
    }
    QStringList added;
    for (const QString &n : open) {
        if (!kept.contains(n) && !added.contains(n))
            added << n;
    }
    added.sort();
    return otherDeliveries(std::move(record), kept + added);
}

Text OrderTransitions::otherDeliveriesClosedMessage(const QStringList &closed, const QStringList &stillOpen)
{
    const Text gone = Text(closed.size() == 1 ? TextKind::OtherDeliveryNoLongerOpen : TextKind::OtherDeliveriesNoLongerOpen)
                          .argList(closed);
    if (stillOpen.isEmpty())
        return gone;
    return Text(TextKind::Words).arg(gone).arg(Text(TextKind::OtherDeliveryStillOpen).argList(stillOpen));
}

} // namespace ysb
