#include "SendCycle.h"

#include "odoo/OdooParse.h"
#include "odoo/OdooQueries.h"
#include "sync/ClaimJob.h"
#include "sync/Lease.h"
#include "sync/OrderPayload.h"
#include "sync/OrderTransitions.h"
#include "net/RetryPolicy.h"
#include "ysell/YsellClient.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ysb {
namespace {

constexpr int kChunk = OdooQueries::kOrderPageSize;

bool hasSerialProduct(const SaleOrder &o)
{
    for (const OrderLine &l : o.lines) {
        if (l.isProductLine() && l.product.tracking == u"serial"_s)
            return true;
    }
    return false;
}

} // namespace

SendCycle::SendCycle(SyncContext &ctx, QStringList names, QObject *parent)
    : Cycle(ctx, CycleSummary::Kind::Send, std::move(names), parent)
{
}

void SendCycle::start()
{
    m_ctx.ensureFieldsKnown(this, [this](const Status &s) {
        if (!s.ok())
            abort(s.error());
        else if (m_names.isEmpty())
            poll(0);
        else
            collect();
    });
}

void SendCycle::poll(int offset)
{
    const QDateTime cursor = QDateTime::fromString(m_ctx.journal->meta(u"odoo_cursor"_s), Qt::ISODate);
    const QJsonArray domain = OdooQueries::confirmedOrdersDomain(
        cursor, qint64(m_ctx.config.overlapMin) * 60, m_ctx.config.startDate, m_ctx.config.warehouse);
    onOdoo(m_ctx.readOrders(domain, offset), this, [this, offset](const Result<QJsonValue> &r) {
        auto page = r.ok() ? OdooParse::orderPage(r.value()) : Result<SaleOrderPage>(r.error());
        if (!page.ok()) {
            abort(page.error());
            return;
        }
        onPolled(page.value(), offset);
    });
}

void SendCycle::onPolled(const SaleOrderPage &page, int offset)
{
    for (const SaleOrder &o : page.orders) {
        m_read.insert(o.id, o);
        if (o.writeDate.isValid() && (!m_maxWriteDate.isValid() || o.writeDate > m_maxWriteDate))
            m_maxWriteDate = o.writeDate;
    }
    register_(page.orders);
    if (m_finished)
        return;
    const int next = offset + int(page.orders.size());
    if (!page.orders.isEmpty() && next < page.length) {
        poll(next);
        return;
    }
    // The cursor is the newest write_date Odoo itself reported: local clock skew cannot skip orders,
    // and the overlap window re-reads the edge on the next poll.
    if (m_maxWriteDate.isValid()) {
        const QDateTime old = QDateTime::fromString(m_ctx.journal->meta(u"odoo_cursor"_s), Qt::ISODate);
        if (!old.isValid() || m_maxWriteDate > old) {
            (void)m_ctx.stored(m_summary,
                               m_ctx.journal->setMeta(u"odoo_cursor"_s, m_maxWriteDate.toString(Qt::ISODate)));
        }
    }
    collect();
}

// The order's number in Ysell (order_num, our idempotency reference) is fixed with the send intent and
// never changes after. It is the Odoo name, unless another order of that name (other companies, a
// manual rename) already has that number, or has no number yet and a lower Odoo id: then NAME-<id>.
QString SendCycle::numberFor(const OrderRecord &r) const
{
    if (!r.ysellNumber.isEmpty() || r.odooId == 0)
        return r.ysellNumber.isEmpty() ? r.name : r.ysellNumber;
    const QString own = u"%1-%2"_s.arg(r.name).arg(r.odooId);
    if (const auto holder = m_ctx.journal->orderByYsellNumber(r.name); holder && holder->odooId != r.odooId)
        return own;
    for (const OrderRecord &other : m_ctx.journal->ordersNamed(r.name)) {
        if (other.odooId != r.odooId && other.ysellNumber.isEmpty() && other.odooId < r.odooId)
            return own;
    }
    for (const SaleOrder &o : std::as_const(m_read)) {
        if (o.name == r.name && o.id < r.odooId)
            return own;
    }
    if (m_idOf.value(r.name, r.odooId) != r.odooId)
        return own;
    return r.name;
}

OrderRecord SendCycle::record(const QString &number) const
{
    const qint64 id = m_idOf.value(number);
    auto r = id ? m_ctx.journal->orderById(m_ctx.config.odooDatabase, id) : m_ctx.journal->order(number);
    return r.value_or(OrderRecord{});
}

QString SendCycle::ref(const QString &number) const
{
    return m_nameOf.value(number, number);
}

// New orders enter the journal; orders another workstation already sent are adopted as sent.
void SendCycle::register_(const QList<SaleOrder> &orders)
{
    QList<OrderRecord> changed;
    const QString db = m_ctx.config.odooDatabase;
    for (const SaleOrder &o : orders) {
        // By its Odoo id first: an order renamed in Odoo is the same order, not a new one to send.
        auto existing = m_ctx.journal->orderById(db, o.id);
        if (const auto byName = m_ctx.journal->order(o.name);
            !existing && byName && (byName->odooId == 0 || byName->odooId == o.id))
            existing = byName;
        const bool isNew = !existing.has_value();
        OrderRecord rec = isNew ? OrderTransitions::discovered(o, db) : *existing;
        const bool renamed = existing && existing->name != o.name;
        if (renamed) {
            m_ctx.event(o.name, u"renamed"_s, tr("Renamed in Odoo (was %1).").arg(existing->name));
            rec.name = o.name;
        }
        if (isNew)
            ++m_summary.discovered;
        const bool unsent = rec.state == OrderState::New || rec.state == OrderState::NeedsAttention;
        if (!o.ysellOrderId.isEmpty() && unsent) {
            changed << adopt(rec, o.name, o.ysellOrderId, adoptedFromOdoo(o.ysellOrderId));
        } else if (isNew || renamed) {
            changed << rec;
        }
    }
    if (!changed.isEmpty()) {
        const Status s = m_ctx.journal->upsertOrders(changed);
        if (!s.ok())
            abort(s.error());
    }
}

void SendCycle::collect()
{
    if (m_finished)
        return;
    const QDateTime now = m_ctx.now();
    QList<OrderRecord> candidates;
    if (m_names.isEmpty()) {
        OrderFilter f;
        f.states = {OrderState::New, OrderState::Sending, OrderState::NeedsAttention};
        f.sortColumn = u"name"_s;
        f.sortOrder = Qt::AscendingOrder;
        for (const OrderRecord &r : m_ctx.journal->orders(f)) {
            const bool due = !r.nextAttemptAt.isValid() || r.nextAttemptAt <= now;
            if (r.state == OrderState::NeedsAttention) {
                // Pre-flight problems are re-checked every cycle: the fix happens in Odoo and does
                // not always touch the order's write_date. Other problems wait for the clerk.
                if (r.lastErrorKind == Error::kindName(ErrorKind::Preflight))
                    candidates << r;
            } else if (due) {
                candidates << r;
            }
        }
    } else {
        for (const QString &n : std::as_const(m_names)) {
            // A name several orders share is refused with the list of them; "#ID" picks one.
            auto r = m_ctx.journal->findOrder(n, m_ctx.config.odooDatabase);
            if (!r.ok()) {
                m_summary.errors << (r.error().kind == ErrorKind::MissingRecord
                                         ? tr("%1 is not known yet; it is picked up when Odoo lists it as confirmed.").arg(n)
                                         : r.error().message);
                continue;
            }
            const OrderState state = r.value().state;
            if (state == OrderState::New || state == OrderState::Sending || state == OrderState::NeedsAttention)
                candidates << r.value();
            else
                ++m_summary.skipped;
        }
    }
    for (const OrderRecord &r : std::as_const(candidates)) {
        const QString number = numberFor(r);
        if (const auto it = m_idOf.constFind(number); it != m_idOf.cend()) {
            if (*it != r.odooId) { // two stored numbers alike: never guess which order Ysell has
                ++m_summary.needsAttention;
                m_summary.errors << tr("Orders #%1 and #%2 have the same number %3 in Ysell; #%2 is not sent.")
                                        .arg(*it)
                                        .arg(r.odooId)
                                        .arg(number);
            }
            continue; // else the same order named twice
        }
        m_due << number;
        m_idOf.insert(number, r.odooId);
        m_nameOf.insert(number, r.name);
        if (r.state == OrderState::Sending)
            m_lookUpFirst.insert(number);
        if (const auto it = m_read.constFind(int(r.odooId)); r.odooId && it != m_read.cend())
            m_orders.insert(number, *it);
        else if (!m_toFetch.contains(r.name))
            m_toFetch << r.name;
    }
    m_total = int(m_due.size());
    reportProgress();
    fetchMissing();
}

void SendCycle::fetchMissing()
{
    m_ctx.readOrdersByName(m_toFetch, this, [this](const Result<QList<SaleOrder>> &r) {
        if (!r.ok()) {
            abort(r.error());
            return;
        }
        // Read by name, kept by Odoo id: another order of the same name is not this one.
        for (const SaleOrder &o : r.value()) {
            for (const QString &n : std::as_const(m_due)) {
                const qint64 id = m_idOf.value(n);
                if (!m_orders.contains(n) && (id == o.id || (id == 0 && n == o.name)))
                    m_orders.insert(n, o);
            }
        }
        readSerials();
    });
}

void SendCycle::readSerials()
{
    QList<int> ids;
    QList<SaleOrder> orders;
    for (const QString &n : std::as_const(m_due)) {
        const auto it = m_orders.constFind(n);
        if (it != m_orders.cend() && hasSerialProduct(*it) && !m_serials.contains(it->id)) {
            ids << it->id;
            orders << *it;
        }
    }
    if (ids.isEmpty()) {
        prepare();
        return;
    }
    // One stock.move.line read per page of orders, never one per order.
    const QList<int> chunk = ids.mid(0, kChunk);
    for (int id : chunk)
        m_serials.insert(id, {});
    auto *job = m_ctx.odooCall(u"stock.move.line"_s, u"search_read"_s,
                               QJsonArray{OdooQueries::serialsDomain(chunk)}, OdooQueries::serialsKwargs());
    onOdoo(job, this, [this, orders](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            abort(r.error());
            return;
        }
        auto serials = OdooParse::moveLineSerials(r.value());
        if (!serials.ok()) {
            abort(serials.error());
            return;
        }
        QList<MoveLineSerial> list = serials.value();
        OdooParse::attachOrderIds(list, orders);
        for (const MoveLineSerial &s : std::as_const(list)) {
            if (s.orderId)
                m_serials[*s.orderId].append(s);
        }
        readSerials();
    });
}

void SendCycle::prepare()
{
    const QDateTime now = m_ctx.now();
    QList<OrderRecord> changed;
    for (const QString &n : std::as_const(m_due)) {
        OrderRecord rec = record(n);
        const auto it = m_orders.constFind(n);
        if (it == m_orders.cend()) {
            rec = OrderTransitions::missingInOdoo(rec);
            m_ctx.event(ref(n), u"attention"_s, rec.lastError);
            ++m_summary.needsAttention;
            changed << rec;
            continue;
        }
        const SaleOrder &o = *it;
        if (o.state != u"sale"_s) {
            if (m_lookUpFirst.contains(n)) {
                // A create may already have reached Ysell: keep looking it up, whatever Odoo says now.
            } else {
                rec = OrderTransitions::closedInOdoo(rec);
                m_ctx.event(ref(n), u"closed"_s,
                            tr("The order is no longer confirmed in Odoo (state %1); it is not sent.").arg(o.state));
                changed << rec;
                continue;
            }
        }
        if (!o.ysellOrderId.isEmpty()) {
            m_orders[n] = o;
            changed << adopt(rec, ref(n), o.ysellOrderId, adoptedFromOdoo(o.ysellOrderId));
            continue;
        }
        if (Lease::heldByOther(o.ysellState, m_ctx.instanceId, now)) {
            m_ctx.skippedForOther(m_summary, ref(n), o.ysellState);
            continue;
        }
        if (const auto lapsed = Lease::parse(o.ysellState);
            lapsed && lapsed->what == u"sending"_s && lapsed->instanceId != m_ctx.instanceId) {
            // Another workstation's send claim ran out (it crashed or lost its connection): its create
            // may have reached Ysell, so the order is looked up by number before anything is created.
            m_lookUpFirst.insert(n);
            m_ctx.event(ref(n), u"claim_expired"_s,
                        tr("Workstation %1's claim on this order ran out; it is looked up in Ysell before it is sent.")
                            .arg(lapsed->instanceId));
        }
        PreparedOrder p = OrderPayload::prepare(o, m_serials.value(o.id), m_ctx.journal->serials(o.name), n);
        if (!p.ok() && !m_lookUpFirst.contains(n)) {
            const OrderRecord before = rec;
            rec = OrderTransitions::preflightFailed(rec, o, p.problems);
            if (rec.lastError != before.lastError || before.state != OrderState::NeedsAttention) {
                m_ctx.event(ref(n), u"preflight"_s, rec.lastError);
                m_ctx.note(NotificationCategory::Preflight, ref(n), rec.lastError);
            }
            ++m_summary.needsAttention;
            changed << rec;
            continue;
        }
        m_prepared.insert(n, p);
        m_toClaim << n;
    }
    if (!changed.isEmpty()) {
        const Status s = m_ctx.journal->upsertOrders(changed);
        if (!s.ok()) {
            abort(s.error());
            return;
        }
    }
    m_done = m_total - int(m_toClaim.size());
    reportProgress();
    claim();
}

void SendCycle::claim()
{
    if (m_toClaim.isEmpty()) {
        finish();
        return;
    }
    if (!m_ctx.odooHasYsellFields.value_or(false)) {
        sendAll();
        return;
    }
    QHash<QString, int> ids;
    for (const QString &n : std::as_const(m_toClaim))
        ids.insert(n, m_orders.value(n).id);
    auto *job = new ClaimJob(m_ctx, u"sending"_s, ids, this);
    connect(job, &ClaimJob::finished, this, &SendCycle::onClaimed);
    job->start();
}

void SendCycle::onClaimed(const Result<ClaimOutcome> &result)
{
    if (!result.ok()) {
        abort(result.error());
        return;
    }
    const ClaimOutcome &c = result.value();
    QList<OrderRecord> changed;
    for (auto it = c.alreadySent.cbegin(); it != c.alreadySent.cend(); ++it) {
        changed << adopt(record(it.key()), ref(it.key()), it.value(),
                         tr("Already sent to Ysell (order %1) by another workstation; adopted.").arg(it.value()));
    }
    for (const QString &n : c.takenByOther)
        m_ctx.skippedForOther(m_summary, ref(n), c.claimOf.value(n));
    if (!changed.isEmpty()) {
        const Status s = m_ctx.journal->upsertOrders(changed);
        if (!s.ok()) {
            abort(s.error());
            return;
        }
    }
    // Keep the original order of the batch.
    QStringList claimed;
    for (const QString &n : std::as_const(m_toClaim)) {
        if (c.claimed.contains(n))
            claimed << n;
    }
    m_toClaim = claimed;
    sendAll();
}

void SendCycle::sendAll()
{
    // The intent is on disk before any request leaves: after a crash these orders are looked up
    // in Ysell by number before anything is created again.
    QList<OrderRecord> intents;
    for (const QString &n : std::as_const(m_toClaim)) {
        const OrderRecord rec = record(n);
        m_beforeIntent.insert(n, rec);
        if (rec.state == OrderState::Sending)
            m_lookUpFirst.insert(n);
        intents << OrderTransitions::sendIntent(rec, m_orders[n], n, m_prepared[n]);
    }
    if (!intents.isEmpty()) {
        const Status s = m_ctx.journal->upsertOrders(intents);
        if (!s.ok()) {
            // No intent on disk, so nothing goes out; the claims are given back for other workstations.
            QList<int> ids;
            for (const QString &n : std::as_const(m_toClaim))
                ids << m_orders.value(n).id;
            m_ctx.releaseClaims(ids, this, [this, e = s.error()] { abort(e); });
            return;
        }
    }
    m_pending = int(m_toClaim.size());
    if (m_pending == 0) {
        finish();
        return;
    }
    // The first request goes alone: a refused token then costs one request, not one per order.
    m_gated = m_toClaim;
    dispatch(m_gated.takeFirst());
}

void SendCycle::dispatch(const QString &name)
{
    if (m_lookUpFirst.contains(name))
        findOne(name);
    else
        createOne(name);
}

void SendCycle::openGate()
{
    if (m_gateOpen)
        return;
    m_gateOpen = true;
    const QStringList rest = std::exchange(m_gated, {});
    for (const QString &n : rest)
        dispatch(n);
}

// Ysell refused the token (401) or the access (403): no order is to blame and none is marked. The
// refused order and those not tried yet go back to what they were, the cycle stops, and the claims it
// took are given back so that another workstation can send them; the next cycle tries again by itself.
bool SendCycle::stopIfRefused(const QString &name, const Error &error)
{
    if (!error.credentialsRefused())
        return false;
    if (!m_refused)
        m_refused = error;
    QStringList names{name};
    names << std::exchange(m_gated, {});
    QList<OrderRecord> reverted;
    for (const QString &n : std::as_const(names)) {
        reverted << OrderTransitions::notSent(m_beforeIntent.value(n), m_lookUpFirst.contains(n));
        m_notSent << n;
        countDone();
    }
    (void)m_ctx.stored(m_summary, m_ctx.journal->upsertOrders(reverted));
    m_ctx.event(ref(name), u"not_sent"_s, tr("Not sent: %1").arg(error.message));
    m_pending -= int(names.size()) - 1;
    settle();
    return true;
}

void SendCycle::createOne(const QString &name)
{
    auto *job = m_ctx.ysell->createOrder(m_prepared.value(name).payload);
    connect(job, &CreateOrderJob::finished, this,
            [this, name](const Result<YsellOrderInfo> &r) { onCreateResult(name, r); });
}

void SendCycle::findOne(const QString &name)
{
    auto *job = m_ctx.ysell->findOrder(name);
    connect(job, &FindOrderJob::finished, this,
            [this, name](const Result<std::optional<YsellOrderInfo>> &r) { onFindResult(name, r); });
}

void SendCycle::onCreateResult(const QString &name, const Result<YsellOrderInfo> &result)
{
    if (!result.ok() && stopIfRefused(name, result.error()))
        return;
    openGate();
    if (result.ok()) {
        markSent(name, result.value().id, false, tr("Created in Ysell as order %1.").arg(result.value().id));
    } else if (result.error().kind == ErrorKind::AlreadyExists) {
        if (result.error().existingId.isEmpty()) {
            findOne(name); // the duplicate reply named no id: look it up by number
            return;
        }
        markSent(name, result.error().existingId, true,
                 tr("Ysell already had this order (id %1); adopted instead of sending it twice.")
                     .arg(result.error().existingId));
    } else {
        markFailed(name, result.error());
    }
    settle();
}

void SendCycle::onFindResult(const QString &name, const Result<std::optional<YsellOrderInfo>> &result)
{
    if (!result.ok() && stopIfRefused(name, result.error()))
        return;
    openGate();
    if (!result.ok()) {
        Error e = result.error();
        e.requestMaybeSent = true; // still unknown whether an earlier create went through
        markFailed(name, e);
        settle();
        return;
    }
    if (result.value().has_value()) {
        markSent(name, result.value()->id, true,
                 tr("Found in Ysell by its number (id %1) after an interrupted send; adopted.").arg(result.value()->id));
        settle();
        return;
    }
    // Not in Ysell: the earlier attempt never arrived, so creating it now cannot duplicate it.
    m_lookUpFirst.remove(name);
    createOne(name);
}

QString SendCycle::adoptedFromOdoo(const QString &ysellId)
{
    return tr("Already sent to Ysell (order %1), as Odoo records; adopted.").arg(ysellId);
}

// Another workstation sent the order (Odoo records its Ysell id): adopted, not sent again.
OrderRecord SendCycle::adopt(const OrderRecord &rec, const QString &shown, const QString &ysellId, const QString &how)
{
    m_ctx.event(shown, u"adopted"_s, how);
    ++m_summary.adopted;
    return OrderTransitions::adoptAsSent(rec, ysellId, m_ctx.now());
}

void SendCycle::markSent(const QString &name, const QString &ysellId, bool adopted, const QString &how)
{
    const OrderRecord rec = OrderTransitions::adoptAsSent(record(name), ysellId, m_ctx.now());
    const bool isStored = m_ctx.stored(m_summary, m_ctx.journal->upsertOrder(rec));
    m_ctx.event(ref(name), adopted ? u"adopted"_s : u"sent"_s, how);
    countDone();
    // The summary counts what the journal holds; an order Ysell has but the journal missed is
    // looked up and adopted on the next cycle (its intent is stored).
    if (isStored && adopted)
        ++m_summary.adopted;
    else if (isStored)
        ++m_summary.sent;
    writeBack(rec);
}

void SendCycle::markFailed(const QString &name, const Error &error)
{
    const OrderRecord rec = record(name);
    const RetryPolicy::Plan plan = RetryPolicy(m_ctx.clock).plan(error, true, qMax(1, rec.attempts));
    const OrderTransitions::Failure f = OrderTransitions::failed(rec, error, plan);
    if (m_ctx.stored(m_summary, m_ctx.journal->upsertOrder(f.record))) {
        if (f.needsAttention)
            ++m_summary.needsAttention;
        else
            ++m_summary.failed;
    }
    m_ctx.event(ref(name), u"send_failed"_s, f.message);
    countDone();
    m_ctx.note(NotificationCategory::Send, ref(name), error.message, Notification::Severity::Error);
    if (error.kind == ErrorKind::BadCredentials)
        addError(error.message);
}

void SendCycle::writeBack(const OrderRecord &rec)
{
    const auto it = m_orders.constFind(rec.ysellNumber);
    if (it == m_orders.cend())
        return;
    const int odooId = it->id;
    const QString name = rec.name;
    if (m_ctx.odooHasYsellFields.value_or(false)) {
        ++m_pending;
        auto *job = m_ctx.odooCall(u"sale.order"_s, u"write"_s,
                                   QJsonArray{QJsonArray{odooId}, QJsonObject{{u"x_ysell_order_id"_s, rec.ysellId},
                                                                               {u"x_ysell_state"_s, u"sent"_s}}},
                                   {}, name);
        onOdoo(job, this, [this, name](const Result<QJsonValue> &r) {
            if (!r.ok()) {
                m_ctx.event(name, u"odoo_write_failed"_s,
                            tr("Sent, but the Ysell id could not be written to Odoo: %1").arg(r.error().message));
                m_ctx.note(NotificationCategory::Send, name, r.error().message);
            }
            settle();
        });
    }
    ++m_pending;
    const QJsonObject kwargs{{u"body"_s, tr("Sent to Ysell: order %1.").arg(rec.ysellId)},
                             {u"message_type"_s, u"comment"_s},
                             {u"subtype_xmlid"_s, u"mail.mt_note"_s}};
    auto *job = m_ctx.odooCall(u"sale.order"_s, u"message_post"_s, QJsonArray{QJsonArray{odooId}}, kwargs, name);
    onOdoo(job, this, [this, name](const Result<QJsonValue> &r) {
        if (!r.ok())
            m_ctx.event(name, u"odoo_note_failed"_s, tr("The note in Odoo's chatter failed: %1").arg(r.error().message));
        settle();
    });
}

// Ysell refused the credentials: once nothing is out any more, the claims of the orders not sent are
// given back before the cycle ends.
void SendCycle::allSettled()
{
    if (!m_refused) {
        finish();
        return;
    }
    QList<int> ids;
    for (const QString &n : std::as_const(m_notSent))
        ids << m_orders.value(n).id;
    m_ctx.releaseClaims(ids, this, [this] { abort(*m_refused); });
}

void SendCycle::abort(const Error &error)
{
    if (m_finished)
        return;
    reportAborted(error);
    finish();
}

} // namespace ysb
