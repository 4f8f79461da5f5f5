#pragma once

#include "Error.h"
#include "journal/OrderRecord.h"
#include "net/RetryPolicy.h"
#include "odoo/OdooModels.h"
#include "sync/OrderPayload.h"
#include "ysell/YsellStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace ysb {

/// How an order's journal row changes on each thing that happens to it, as pure functions: the row as
/// it is and the event in, the row as it must be stored out. The send cycle, the sweep and the engine
/// store what these return and tell the clerk; no state rule is written anywhere else.
class OrderTransitions final {
public:
    // --- the send

    /// A confirmed order Odoo listed that the journal did not know: a new row, to be sent.
    static OrderRecord discovered(const SaleOrder &order, const QString &odooDb);
    /// Ysell has the order as `ysellId`: created by this cycle, found by its number, recorded in Odoo
    /// by another workstation or reported by Ysell's duplicate guard. The tries end; the first time it
    /// is known as sent stays its sent time.
    static OrderRecord adoptAsSent(OrderRecord record, const QString &ysellId, const QDateTime &now);
    /// Odoo no longer lists the order (deleted, or not visible to this user): the clerk must look.
    static OrderRecord missingInOdoo(OrderRecord record);
    /// The order is no longer confirmed in Odoo: it is not sent.
    static OrderRecord closedInOdoo(OrderRecord record);
    /// The pre-flight check found `problems` in `order`: the clerk fixes them in Odoo, and every send
    /// cycle checks again.
    static OrderRecord preflightFailed(OrderRecord record, const SaleOrder &order, const QList<Text> &problems);
    /// The intent to send, stored before the request leaves: after a crash the order (now Sending) is
    /// looked up in Ysell by `number` before anything is created again.
    static OrderRecord sendIntent(OrderRecord record, const SaleOrder &order, const QString &number,
                                  const PreparedOrder &prepared);
    /// Ysell refused the credentials before this order was decided: the row goes back to what it was
    /// before the intent, still to be looked up first if an earlier create's outcome is unknown.
    static OrderRecord notSent(OrderRecord before, bool lookUpFirst);

    /// A failed create or look-up, with what RetryPolicy planned for it.
    struct Failure {
        OrderRecord record;
        Text message;                // for the journal's event: the error and what happens next
        bool needsAttention = false; // the clerk must act; else it is tried again by itself
    };
    static Failure failed(OrderRecord record, const Error &error, const RetryPolicy::Plan &plan);

    /// What a person's Retry does next with an order.
    enum class RetryNext { Send, Sweep, Nothing };
    struct Retry {
        OrderRecord record; // to store when next is Send
        RetryNext next = RetryNext::Nothing;
    };
    /// A manual retry restarts the back-off schedule; an unknown create outcome is still looked up
    /// first, and a pre-flight problem stays until the check passes.
    static Retry manualRetry(OrderRecord record);

    // --- the sweep

    /// Ysell's status of the order was read at `now`; `statusClass` is its class under the configured
    /// done set. Done orders await their picking; terminal ones are closed.
    static OrderRecord statusApplied(OrderRecord record, const YsellStatus &status, YsellStatusClass statusClass,
                                     const QDateTime &now);
    /// When a sent order needs attention although Ysell has it (see Config::staleAfterDays and
    /// attentionStatusHours); 0 turns a limit off.
    struct StaleRule {
        int afterDays = 5;
        int attentionHours = 24;
    };
    /// Whether the order is stale at `now`: a Sent order whose Ysell status (of class `statusClass`)
    /// has not changed for the rule's days, or has stayed in an attention status for its hours, gets
    /// a reason; any other order has none. The state is not touched: a stale order is still swept
    /// (and clears itself when Ysell moves) and is never sent again. A row stored before its status
    /// change was recorded starts counting from its sending, else from its last check.
    static OrderRecord staleChecked(OrderRecord record, YsellStatusClass statusClass, const StaleRule &rule,
                                    const QDateTime &now);
    /// Reading the status failed at `now`.
    static OrderRecord statusFailed(OrderRecord record, const Error &error, const QDateTime &now);
    /// The order's draft delivery exists (created or adopted).
    static OrderRecord pickingCreated(OrderRecord record, qint64 pickingId, const QString &pickingName);
    /// The draft delivery could not be created; the next sweep tries again.
    static OrderRecord pickingFailed(OrderRecord record, const Error &error);
    /// Serials of the order are not free in `location`: the delivery stays draft, and the row says why.
    static OrderRecord serialsNotFree(OrderRecord record, const QStringList &serials, const QString &location);
    /// After the picking step: Odoo still has the other open deliveries `pickings` of the order (none:
    /// there are none left). Data of its own, not the warning: the order is not blocked by it.
    static OrderRecord otherDeliveries(OrderRecord record, const QStringList &pickings);
    /// What the journal's event says about the other open deliveries `pickings`: left open for the
    /// clerk, or `cancelled` by the setting.
    static Text otherDeliveriesMessage(const QStringList &pickings, bool cancelled);
    /// The other open deliveries the row names (see otherDeliveries()), as a list.
    static QStringList otherDeliveryNames(const OrderRecord &record);
    /// The sweep's re-check found `open` still open in Odoo: the row names those, the ones it named
    /// first in their order, then any new one (a backorder) by name. Cleared when none is open.
    static OrderRecord otherDeliveriesRechecked(OrderRecord record, const QStringList &open);
    /// What the journal's event says when the other deliveries `closed` are no longer open in Odoo
    /// (done or cancelled there), with the ones `stillOpen` when some are.
    static Text otherDeliveriesClosedMessage(const QStringList &closed, const QStringList &stillOpen);

private:
    static void clearError(OrderRecord &record);
    static void clearErrorButPreflight(OrderRecord &record);
};

} // namespace ysb
