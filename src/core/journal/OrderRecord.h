#pragma once

#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QString>

#include "Text.h"

#include <optional>

namespace ysb {

/// Where an Odoo order stands on its way to Ysell and back; the journal stores the machine name.
enum class OrderState { New, NeedsAttention, Sending, Sent, Done, PickingCreated, Closed };

/// Stable machine name: "new", "needs_attention", "sending", "sent", "done", "picking_created", "closed".
QString orderStateName(OrderState state);
std::optional<OrderState> orderStateFromName(const QString &name);
/// Translated name for people (context "OrderState").
QString orderStateLabel(OrderState state);
/// Every state, in lifecycle order.
QList<OrderState> allOrderStates();

// Qt 6.4 has no qHash for scoped enums; QHash<OrderState, …> needs one.
inline size_t qHash(OrderState state, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(state), seed);
}

/// One Odoo order as the journal remembers it.
struct OrderRecord {
    QString name;                 // Odoo order name, e.g. "S00042": shown, not unique, renamed with Odoo
    qint64 odooId = 0;            // with odooDb, the identity of the order
    QString odooDb;               // Odoo database; empty in rows written before schema 5
    QString ysellNumber;          // order_num in Ysell, fixed with the send intent; empty until then
    QString customer;
    QDateTime confirmedAt;
    QString ysellId;
    QString ysellStatusCode;
    QString ysellStatusName;
    OrderState state = OrderState::New;
    Text lastError;               // what blocks the order (stored as Text JSON; old rows as free text)
    QString lastErrorKind;
    int attempts = 0;
    QDateTime nextAttemptAt;
    qint64 pickingId = 0;
    QString pickingName;
    Text warning;
    QString otherDeliveries;      // Odoo's other open deliveries of the order ("WH/OUT/00003, …"), found by the picking step
    QString serials;              // space-separated, for search and display
    QString payloadHash;
    QString items;                // JSON array of the lines as sent to Ysell (title, ext_id, qty, serial_numbers)
    QDateTime sentAt, doneAt, lastCheckedAt, updatedAt; // updatedAt set by the journal
    QDateTime statusChangedAt;    // when the sweep last saw Ysell's status change (or the order sent)
    // Why a sent order needs attention although its state is still Sent: no Ysell status change for
    // too long, or too long in a status where Ysell needs a person. Empty when not stale; the sweep
    // keeps checking the order and clears it when Ysell moves.
    Text staleReason;
    // The To-Do activity (mail.activity) the bridge opened in Odoo for this order while it needs a
    // person (setting [odoo] activities); 0 when none is open. See needsPerson().
    qint64 odooActivityId = 0;

    bool operator==(const OrderRecord &) const = default;
};

/// The one problem shown in an order's row: its error first, then why a sent order is stale, then
/// its warning; empty when it has none.
QString orderProblem(const OrderRecord &order);

/// True while the order waits for a person: it needs attention (its error says why), or it was sent
/// and went stale (its stale reason says why). A failure the bridge retries by itself is not one.
bool needsPerson(const OrderRecord &order);

/// Which order an event, exchange or clerk-entered serial belongs to. Two Odoo orders may share a
/// name: with an Odoo id the journal links to that order's row; a bare name links only while one
/// order has it (or one order was sent under it as its Ysell number).
struct OrderKey {
    QString name;
    qint64 odooId = 0;
    QString odooDb;

    OrderKey() = default;
    // Implicit: a name alone is a key (labels of system-wide exchanges, orders not read from Odoo yet).
    OrderKey(const QString &orderName, qint64 id = 0, const QString &db = {}) // NOLINT(google-explicit-constructor)
        : name(orderName)
        , odooId(id)
        , odooDb(db)
    {
    }
    static OrderKey of(const OrderRecord &r) { return OrderKey(r.name, r.odooId, r.odooDb); }
    bool isEmpty() const { return name.isEmpty() && odooId == 0; }
};

/// Which orders to list, for the GUI's paged table and the CLI.
struct OrderFilter {
    QList<OrderState> states;     // empty = all
    QString search;               // words matched (all of them) in name, customer, Ysell id, serials
    int offset = 0;
    int limit = -1;               // -1 = no limit
    QString sortColumn = QStringLiteral("confirmed_at"); // a column name ("name", "state", "updated_at"…)
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    bool orStale = false;         // also the orders with a stale reason, whatever their state (states empty: only those)
    bool withOdooActivity = false; // only the orders with an open Odoo activity (odooActivityId set)
    bool orOdooActivity = false;  // also the orders with an open Odoo activity, whatever their state (as orStale)
    bool withOtherDeliveries = false; // only the orders that name other open Odoo deliveries (otherDeliveries set)
};

/// A decision or notification the journal keeps for people ("sent", "retry_scheduled", …).
struct EventRecord {
    qint64 id = 0;
    QDateTime atUtc;
    QString orderRef;
    QString kind;
    Text message;                 // stored as Text JSON; old rows as free text
};

/// One stored (redacted, capped) HTTP exchange.
struct ExchangeRecord {
    qint64 id = 0;
    QDateTime atUtc;
    QString system, route, method, path;
    int httpStatus = 0;
    qint64 durationMs = 0;
    QString correlationId, orderRef, outcome;
    QString requestHeaders, requestBody, responseBody;
    bool truncated = false;
    QString errorDetail;
};

} // namespace ysb
