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
    record.lastError.clear();
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
    record.lastError = tr("Odoo no longer lists this order (deleted, or not visible to this user).");
    record.lastErrorKind = Error::kindName(ErrorKind::MissingRecord);
    return record;
}

OrderRecord OrderTransitions::closedInOdoo(OrderRecord record)
{
    record.state = OrderState::Closed;
    clearError(record);
    return record;
}

OrderRecord OrderTransitions::preflightFailed(OrderRecord record, const SaleOrder &order, const QStringList &problems)
{
    record.state = OrderState::NeedsAttention;
    record.lastError = problems.join(u'\n');
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
    record.lastError = error.message;
    record.lastErrorKind = error.kindName();
    const bool triesUsedUp = record.attempts >= RetryPolicy::MaxTries;
    switch (plan.decision) {
    case RetryPolicy::Decision::RetryLater:
        record.state = OrderState::New;
        record.nextAttemptAt = plan.notBeforeUtc;
        f.message = tr("%1 Next try at %2 UTC.").arg(error.message, utcMinutes(plan.notBeforeUtc));
        break;
    case RetryPolicy::Decision::LookUpFirst:
        if (triesUsedUp) {
            // Tries used up with the outcome unknown: the clerk decides; a retry still looks it up first.
            record.state = OrderState::NeedsAttention;
            record.lastErrorKind = UnknownOutcomeKind;
            record.lastError = tr("%1 It is unknown whether Ysell received the order; after %2 tries Ysell Bridge "
                                  "stopped. Retry looks the order up in Ysell before sending anything.")
                                   .arg(error.message)
                                   .arg(record.attempts);
            record.nextAttemptAt = {};
            f.message = record.lastError;
            f.needsAttention = true;
        } else {
            record.state = OrderState::Sending; // the next try looks the order up before creating it
            record.nextAttemptAt = plan.notBeforeUtc;
            f.message = tr("%1 Ysell may have received it: the next try (at %2 UTC) looks it up first.")
                            .arg(error.message, utcMinutes(plan.notBeforeUtc));
        }
        break;
    case RetryPolicy::Decision::NeedsAttention:
        record.state = OrderState::NeedsAttention;
        record.nextAttemptAt = {};
        if (triesUsedUp)
            record.lastError = tr("%1 (gave up after %2 tries; use Retry)").arg(error.message).arg(record.attempts);
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
        record.staleReason.clear();
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
        record.staleReason.clear();
        return record;
    }
    if (!record.statusChangedAt.isValid()) {
        record.statusChangedAt = record.sentAt.isValid()          ? record.sentAt
                                 : record.lastCheckedAt.isValid() ? record.lastCheckedAt
                                                                  : now;
    }
    const QDateTime since = record.statusChangedAt;
    const QString status = record.ysellStatusName.isEmpty() || record.ysellStatusName == record.ysellStatusCode
                               ? record.ysellStatusCode
                               : u"%1 %2"_s.arg(record.ysellStatusCode, record.ysellStatusName);
    // The reason names the start, not the time elapsed: it stays the same text sweep after sweep.
    if (statusClass == YsellStatusClass::Attention && rule.attentionHours > 0
        && since.addSecs(qint64(rule.attentionHours) * 3600) <= now) {
        record.staleReason = tr("Ysell has kept the order in status %1 since %2 UTC (over %n hour(s)): Ysell needs "
                                "a person to look at it.",
                                nullptr, rule.attentionHours)
                                 .arg(status, utcMinutes(since));
    } else if (rule.afterDays > 0 && since.addDays(rule.afterDays) <= now) {
        record.staleReason = status.isEmpty()
                                 ? tr("No status from Ysell since the order was sent on %1 UTC (over %n day(s)): "
                                      "check the order in Ysell.",
                                      nullptr, rule.afterDays)
                                       .arg(utcMinutes(since))
                                 : tr("The Ysell status %1 has not changed since %2 UTC (over %n day(s)): check the "
                                      "order in Ysell.",
                                      nullptr, rule.afterDays)
                                       .arg(status, utcMinutes(since));
    } else {
        record.staleReason.clear();
    }
    return record;
}

OrderRecord OrderTransitions::statusFailed(OrderRecord record, const Error &error, const QDateTime &now)
{
    record.lastCheckedAt = now;
    record.lastError = error.kind == ErrorKind::MissingRecord
                           ? tr("Ysell does not know the order id %1 (any more).").arg(record.ysellId)
                           : error.message;
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
    record.lastError = tr("The draft delivery could not be created: %1").arg(error.message);
    record.lastErrorKind = error.kindName();
    return record;
}

OrderRecord OrderTransitions::serialsNotFree(OrderRecord record, const QStringList &serials, const QString &location)
{
    record.warning = tr("Serials not reserved: %1 not free in %2; the delivery stays draft.")
                         .arg(serials.join(u", "_s), location);
    return record;
}

OrderRecord OrderTransitions::otherDeliveries(OrderRecord record, const QStringList &pickings)
{
    record.otherDeliveries = pickings.join(u", "_s);
    return record;
}

QString OrderTransitions::otherDeliveriesMessage(const QStringList &pickings, bool cancelled)
{
    const QString names = pickings.join(u", "_s);
    return cancelled ? tr("The other open delivery %1 is cancelled (setting “cancel other delivery”).").arg(names)
                     : tr("Odoo still has the open delivery %1 for this order; cancel it in Odoo if Ysell "
                          "shipped everything.")
                           .arg(names);
}

} // namespace ysb
