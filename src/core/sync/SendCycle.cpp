#include "SendCycle.h"

#include "sync/ChatterNotesJob.h"

#include "odoo/OdooBatchJob.h"
#include "odoo/OdooParse.h"
#include "odoo/OdooQueries.h"
#include "sync/ClaimJob.h"
#include "sync/Lease.h"
#include "sync/OrderPayload.h"
#include "sync/YsellNumber.h"
#include "sync/OrderTransitions.h"
#include "net/RetryPolicy.h"
#include "ysell/YsellClient.h"

#include "Logging.h"

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
    // The pipeline itself counts as one request out until every page is staged.
    m_pending = 1;
    m_ctx.ensureFieldsKnown(this, [this](const Status &s) {
        if (!s.ok()) {
            abort(s.error());
        } else if (m_names.isEmpty()) {
            m_polling = true;
            pump();
        } else {
            collect();
            pump();
        }
    });
}

void SendCycle::poll(int offset)
{
    const Result<QString> stored = m_ctx.journal->meta(u"odoo_cursor"_s);
    if (!stored.ok()) {
        m_polling = false;
        abort(stored.error());
        return;
    }
    const QDateTime cursor = QDateTime::fromString(stored.value(), Qt::ISODate);
    const QJsonArray domain = OdooQueries::confirmedOrdersDomain(
        cursor, qint64(m_ctx.config.overlapMin) * 60, m_ctx.config.startDate, m_ctx.config.warehouse);
    m_pollInFlight = true;
    onOdoo(m_ctx.readOrders(domain, offset), this, [this, offset](const Result<QJsonValue> &r) {
        m_pollInFlight = false;
        if (m_halted) {
            pump();
            return;
        }
        auto page = r.ok() ? OdooParse::orderPage(r.value()) : Result<SaleOrderPage>(r.error());
        if (!page.ok()) {
            m_polling = false;
            abort(page.error());
            return;
        }
        onPolled(page.value(), offset);
    });
}

// A page of the poll (read in Odoo id order) joins the queue at once: the orders due in it are
// numbered, pre-flighted, claimed and sent while the next pages are read. Numbering a page before the
// later ones are read is safe because the lowest Odoo id keeps the plain name, and the poll goes by id.
void SendCycle::onPolled(const SaleOrderPage &page, int offset)
{
    for (const SaleOrder &o : page.orders) {
        m_readIds.insert(o.name, o.id);
        if (o.writeDate.isValid() && (!m_maxWriteDate.isValid() || o.writeDate > m_maxWriteDate))
            m_maxWriteDate = o.writeDate;
    }
    const std::optional<QList<OrderRecord>> rows = register_(page.orders);
    if (!rows) {
        m_polling = false;
        return; // aborted
    }
    const QDateTime now = m_ctx.now();
    for (qsizetype i = 0; i < page.orders.size(); ++i) {
        if (isCandidate(rows->at(i), now) && !enqueue(rows->at(i), &page.orders.at(i))) {
            m_polling = false;
            return; // aborted
        }
    }
    reportProgress();
    const int next = offset + int(page.orders.size());
    if (!page.orders.isEmpty() && next < page.length) {
        m_nextOffset = next;
    } else {
        m_polling = false;
        storeCursor();
        collect();
    }
    pump();
}

// The cursor is the newest write_date Odoo itself reported: local clock skew cannot skip orders,
// and the overlap window re-reads the edge on the next poll.
void SendCycle::storeCursor()
{
    if (!m_maxWriteDate.isValid())
        return;
    const Result<QString> stored = m_ctx.journal->meta(u"odoo_cursor"_s);
    const QDateTime old = QDateTime::fromString(stored.valueOr(QString()), Qt::ISODate);
    if (!stored.ok()) {
        abort(stored.error());
        return;
    }
    // A cursor not stored only means the next poll reads these orders again; the summary says so.
    if ((!old.isValid() || m_maxWriteDate > old)
        && !m_ctx.stored(m_summary, m_ctx.journal->setMeta(u"odoo_cursor"_s, m_maxWriteDate.toString(Qt::ISODate))))
        qCWarning(lcSync) << "send cursor not stored; the next poll reads the same orders again";
}

// The numbering rule is YsellNumber's; this cycle adds what it has read from Odoo and the numbers it
// has given out itself.
Result<QString> SendCycle::numberFor(const OrderRecord &r) const
{
    return YsellNumber::forOrder(*m_ctx.journal, r, [&](YsellNumber::Facts &facts) {
        if (facts.holderId == 0)
            facts.holderId = m_idOf.value(r.name, 0);
        for (auto it = m_readIds.constFind(r.name); it != m_readIds.cend() && it.key() == r.name; ++it)
            facts.unnumberedIds << it.value();
    });
}

Result<OrderRecord> SendCycle::record(const QString &number) const
{
    const Result<std::optional<OrderRecord>> r = m_ctx.journal->orderByKey(ref(number));
    if (!r.ok())
        return r.error();
    return r.value().value_or(OrderRecord{});
}

OrderKey SendCycle::ref(const QString &number) const
{
    return OrderKey(m_nameOf.value(number, number), m_idOf.value(number), m_ctx.config.odooDatabase);
}

std::optional<QList<OrderRecord>> SendCycle::register_(const QList<SaleOrder> &orders)
{
    QList<OrderRecord> rows;
    QList<OrderRecord> changed;
    struct Note {
        OrderKey order;
        QString kind;
        Text message;
    };
    QList<Note> notes; // recorded once the rows exist, so that they are linked to them
    const QString db = m_ctx.config.odooDatabase;
    for (const SaleOrder &o : orders) {
        // By its Odoo id first: an order renamed in Odoo is the same order, not a new one to send.
        // A read that fails is not "a new order": registering it would overwrite the stored one.
        const Result<std::optional<OrderRecord>> byId = m_ctx.journal->orderById(db, o.id);
        const Result<std::optional<OrderRecord>> named = byId.ok() ? m_ctx.journal->order(o.name) : byId;
        if (!named.ok()) {
            abort(named.error());
            return std::nullopt;
        }
        std::optional<OrderRecord> existing = byId.value();
        if (const std::optional<OrderRecord> &byName = named.value();
            !existing && byName && (byName->odooId == 0 || byName->odooId == o.id))
            existing = byName;
        const bool isNew = !existing.has_value();
        OrderRecord rec = isNew ? OrderTransitions::discovered(o, db) : *existing;
        const bool renamed = existing && existing->name != o.name;
        if (renamed) {
            notes.append({OrderKey(o.name, o.id, db), u"renamed"_s, Text(TextKind::Renamed).arg(existing->name)});
            rec.name = o.name;
        }
        if (isNew)
            ++m_summary.discovered;
        const bool unsent = rec.state == OrderState::New || rec.state == OrderState::NeedsAttention;
        if (!o.ysellOrderId.isEmpty() && unsent) {
            notes.append({OrderKey(o.name, o.id, db), u"adopted"_s, adoptedFromOdoo(o.ysellOrderId)});
            ++m_summary.adopted;
            rec = OrderTransitions::adoptAsSent(rec, o.ysellOrderId, m_ctx.now());
            changed << rec;
        } else if (isNew || renamed) {
            changed << rec;
        }
        rows << rec;
    }
    if (!changed.isEmpty()) {
        const Status s = m_ctx.journal->upsertOrders(changed);
        if (!s.ok()) {
            abort(s.error());
            return std::nullopt;
        }
    }
    for (const Note &n : std::as_const(notes))
        m_ctx.event(n.order, n.kind, n.message);
    return rows;
}

bool SendCycle::isCandidate(const OrderRecord &r, const QDateTime &now) const
{
    if (r.state == OrderState::NeedsAttention) {
        // Pre-flight problems are re-checked every cycle: the fix happens in Odoo and does not always
        // touch the order's write_date. Other problems wait for the clerk.
        return r.lastErrorKind == Error::kindName(ErrorKind::Preflight);
    }
    const bool due = !r.nextAttemptAt.isValid() || r.nextAttemptAt <= now;
    return (r.state == OrderState::New || r.state == OrderState::Sending) && due;
}

// Numbers the order and queues it; false when the cycle aborted.
bool SendCycle::enqueue(const OrderRecord &r, const SaleOrder *read)
{
    const Result<QString> numbered = numberFor(r);
    if (!numbered.ok()) {
        abort(numbered.error());
        return false;
    }
    const QString &number = numbered.value();
    if (const auto it = m_idOf.constFind(number); it != m_idOf.cend()) {
        if (*it != r.odooId) { // two stored numbers alike: never guess which order Ysell has
            ++m_summary.needsAttention;
            m_summary.errors << Text(TextKind::SameNumberNotSent).arg(*it).arg(r.odooId).arg(number);
        }
        return true; // else the same order named twice, or already queued by this cycle
    }
    m_queue << number;
    ++m_total;
    m_idOf.insert(number, r.odooId);
    m_nameOf.insert(number, r.name);
    if (r.state == OrderState::Sending)
        m_lookUpFirst.insert(number);
    if (read && r.odooId == read->id)
        m_orders.insert(number, *read);
    return true;
}

// What is due and not queued by the poll: orders whose retry time has come, pre-flight problems to
// check again, or the orders named on the command line.
void SendCycle::collect()
{
    if (m_halted)
        return;
    const QDateTime now = m_ctx.now();
    QList<OrderRecord> candidates;
    if (m_names.isEmpty()) {
        OrderFilter f;
        f.states = {OrderState::New, OrderState::Sending, OrderState::NeedsAttention};
        f.sortColumn = u"name"_s;
        f.sortOrder = Qt::AscendingOrder;
        const Result<QList<OrderRecord>> stored = m_ctx.journal->orders(f);
        if (!stored.ok()) {
            abort(stored.error());
            return;
        }
        for (const OrderRecord &r : stored.value()) {
            // Queued by the poll already (Sending rows of this cycle included): never twice.
            if (r.odooId != 0 && m_readIds.contains(r.name) && m_readIds.values(r.name).contains(int(r.odooId)))
                continue;
            if (isCandidate(r, now))
                candidates << r;
        }
    } else {
        for (const QString &n : std::as_const(m_names)) {
            // A name several orders share is refused with the list of them; "#ID" picks one.
            auto r = m_ctx.journal->findOrder(n, m_ctx.config.odooDatabase);
            if (!r.ok() && r.error().kind == ErrorKind::Storage) {
                abort(r.error());
                return;
            }
            if (!r.ok()) {
                m_summary.errors << (r.error().kind == ErrorKind::MissingRecord
                                         ? Text(TextKind::NotKnownYetPickedUp).arg(n)
                                         : r.error().asText());
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
        if (!enqueue(r, nullptr))
            return;
    }
    reportProgress();
}

void SendCycle::schedulePump()
{
    QMetaObject::invokeMethod(this, &SendCycle::pump, Qt::QueuedConnection);
}

// Stages the next page once the one before it is handed to Ysell and fewer than a page of orders
// wait for their requests: the claim's settle time overlaps the creates of the page before, and no
// more than about two pages of orders are held at once.
void SendCycle::pump()
{
    if (m_finished)
        return;
    if (m_halted) {
        if (!m_staging && !m_pollInFlight)
            endPipeline();
        return;
    }
    // The next page of the poll is read while this one is claimed, up to a page ahead.
    if (m_polling && !m_pollInFlight && m_queue.size() < kChunk) {
        poll(m_nextOffset);
        if (m_halted)
            return;
    }
    if (m_staging || m_backlog >= kChunk)
        return; // sendBatch() and orderSettled() pump again
    if (m_queue.size() >= kChunk || (!m_polling && !m_queue.isEmpty())) {
        stage();
        return;
    }
    if (!m_polling && !m_pollInFlight && m_queue.isEmpty())
        endPipeline();
}

void SendCycle::stage()
{
    m_staging = true;
    m_batch = m_queue.mid(0, kChunk);
    m_queue.remove(0, m_batch.size());
    m_toClaim.clear();
    fetchMissing();
}

void SendCycle::stageFailed(const Error &error)
{
    if (stageHalted())
        return; // the cycle stopped already for its own reason
    m_staging = false;
    abort(error);
}

// The cycle was halted while this page was read or claimed: the page stops here.
bool SendCycle::stageHalted()
{
    if (!m_halted)
        return false;
    for (const QString &n : std::as_const(m_batch))
        m_orders.remove(n);
    m_staging = false;
    pump();
    return true;
}

void SendCycle::endPipeline()
{
    if (m_pipelineEnded)
        return;
    m_pipelineEnded = true;
    settle();
}

void SendCycle::fetchMissing()
{
    QHash<QString, OrderKey> missing;
    for (const QString &n : std::as_const(m_batch)) {
        if (!m_orders.contains(n))
            missing.insert(n, ref(n));
    }
    m_ctx.readOrdersByKey(missing, this, [this](const Result<QHash<QString, SaleOrder>> &r) {
        if (stageHalted())
            return;
        if (!r.ok()) {
            stageFailed(r.error());
            return;
        }
        m_orders.insert(r.value());
        readSerials();
    });
}

void SendCycle::readSerials()
{
    QList<int> ids;
    QList<SaleOrder> orders;
    for (const QString &n : std::as_const(m_batch)) {
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
        if (stageHalted())
            return;
        if (!r.ok()) {
            stageFailed(r.error());
            return;
        }
        auto serials = OdooParse::moveLineSerials(r.value());
        if (!serials.ok()) {
            stageFailed(serials.error());
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
    for (const QString &n : std::as_const(m_batch)) {
        const Result<OrderRecord> stored = record(n);
        if (!stored.ok()) {
            stageFailed(stored.error());
            return;
        }
        OrderRecord rec = stored.value();
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
                            Text(TextKind::NoLongerConfirmed).arg(o.state));
                changed << rec;
                continue;
            }
        }
        if (!o.ysellOrderId.isEmpty()) {
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
                        Text(TextKind::ClaimExpired).arg(lapsed->instanceId));
        }
        const Result<QHash<qint64, QStringList>> entered = m_ctx.journal->serials(ref(n));
        if (!entered.ok()) {
            stageFailed(entered.error());
            return;
        }
        PreparedOrder p = OrderPayload::prepare(o, m_serials.value(o.id), entered.value(), n);
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
    m_serials.clear();
    if (!changed.isEmpty()) {
        const Status s = m_ctx.journal->upsertOrders(changed);
        if (!s.ok()) {
            stageFailed(s.error());
            return;
        }
    }
    m_done += int(m_batch.size() - m_toClaim.size());
    reportProgress();
    claim();
}

void SendCycle::claim()
{
    if (m_toClaim.isEmpty() || !m_ctx.odooHasYsellFields.value_or(false)) {
        sendBatch();
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
        stageFailed(result.error());
        return;
    }
    const ClaimOutcome &c = result.value();
    if (m_halted) {
        // Refused or aborted meanwhile: the claims just taken are given back, nothing is sent.
        QList<int> ids;
        for (const QString &n : c.claimed)
            ids << int(m_idOf.value(n));
        m_ctx.releaseClaims(ids, this, [this] { stageHalted(); });
        return;
    }
    QList<OrderRecord> changed;
    for (auto it = c.alreadySent.cbegin(); it != c.alreadySent.cend(); ++it) {
        const Result<OrderRecord> stored = record(it.key());
        if (!stored.ok()) {
            releaseAndAbort(stored.error());
            return;
        }
        changed << adopt(stored.value(), ref(it.key()), it.value(),
                         Text(TextKind::AdoptedFromOtherWorkstation).arg(it.value()));
    }
    for (const QString &n : c.takenByOther)
        m_ctx.skippedForOther(m_summary, ref(n), c.claimOf.value(n));
    if (!changed.isEmpty()) {
        const Status s = m_ctx.journal->upsertOrders(changed);
        if (!s.ok()) {
            releaseAndAbort(s.error());
            return;
        }
    }
    // Keep the original order of the page.
    QStringList claimed;
    for (const QString &n : std::as_const(m_toClaim)) {
        if (c.claimed.contains(n))
            claimed << n;
        else
            m_prepared.remove(n);
    }
    m_done += int(m_toClaim.size() - claimed.size());
    m_toClaim = claimed;
    sendBatch();
}

void SendCycle::sendBatch()
{
    // The intent is on disk before any request of the page leaves: after a crash these orders are
    // looked up in Ysell by number before anything is created again.
    QList<OrderRecord> intents;
    for (const QString &n : std::as_const(m_toClaim)) {
        const Result<OrderRecord> stored = record(n);
        if (!stored.ok()) {
            releaseAndAbort(stored.error());
            return;
        }
        const OrderRecord &rec = stored.value();
        m_beforeIntent.insert(n, rec);
        if (rec.state == OrderState::Sending)
            m_lookUpFirst.insert(n);
        intents << OrderTransitions::sendIntent(rec, m_orders.value(n), n, m_prepared.value(n));
    }
    if (!intents.isEmpty()) {
        const Status s = m_ctx.journal->upsertOrders(intents);
        if (!s.ok()) {
            releaseAndAbort(s.error());
            return;
        }
    }
    for (const QString &n : std::as_const(m_batch))
        m_orders.remove(n);
    const QStringList ready = std::exchange(m_toClaim, {});
    m_batch.clear();
    m_staging = false;
    m_pending += int(ready.size());
    m_backlog += int(ready.size());
    // The first request goes alone: a refused token then costs one request, not one per order.
    if (m_gateOpen) {
        for (const QString &n : ready)
            dispatch(n);
    } else {
        m_gated << ready;
        if (!m_firstSent && !m_gated.isEmpty()) {
            m_firstSent = true;
            dispatch(m_gated.takeFirst());
        }
    }
    schedulePump();
}

// No intent on disk for this page, so nothing of it goes out; its claims are given back for other
// workstations. Pages already handed to Ysell finish their requests.
void SendCycle::releaseAndAbort(const Error &error)
{
    QList<int> ids;
    for (const QString &n : std::as_const(m_toClaim))
        ids << int(m_idOf.value(n));
    m_ctx.releaseClaims(ids, this, [this, error] { stageFailed(error); });
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
    m_halted = true; // nothing more is staged; the page being claimed gives its claims back
    m_polling = false;
    m_queue.clear();
    QStringList names{name};
    names << std::exchange(m_gated, {});
    QList<OrderRecord> reverted;
    for (const QString &n : std::as_const(names)) {
        reverted << OrderTransitions::notSent(m_beforeIntent.value(n), m_lookUpFirst.contains(n));
        m_notSent << n;
        countDone();
        orderSettled(n);
    }
    // Not stored, the rows keep their intent: the next cycle looks these orders up in Ysell before it
    // sends, which is safe; the summary tells the storage failure.
    m_ctx.stored(m_summary, m_ctx.journal->upsertOrders(reverted));
    m_ctx.event(ref(name), u"not_sent"_s, Text(TextKind::NotSent).arg(error.asText()));
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
        markSent(name, result.value().id, false, Text(TextKind::CreatedInYsell).arg(result.value().id));
    } else if (result.error().kind == ErrorKind::AlreadyExists) {
        // Ysell has an order of this number. It is adopted only once it proves to be this Odoo order:
        // another workstation may have sent another order of the same name under the plain number.
        m_conflicted.insert(name);
        findOne(name);
        return;
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
        const YsellOrderInfo &found = *result.value();
        if (!isThisOrder(name, found))
            holdForeign(name, found);
        else if (m_conflicted.contains(name))
            markSent(name, found.id, true,
                     Text(TextKind::AdoptedFoundByNumber).arg(found.id));
        else
            markSent(name, found.id, true,
                     Text(TextKind::AdoptedAfterInterruptedSend).arg(found.id));
        settle();
        return;
    }
    if (m_conflicted.contains(name)) {
        // Ysell said "duplicate" but does not find the number: creating again would only repeat that.
        Error e = Error::make(ErrorKind::AlreadyExists, Text(TextKind::NumberFoundButNotFound).arg(name));
        markFailed(name, e);
        settle();
        return;
    }
    // Not in Ysell: the earlier attempt never arrived, so creating it now cannot duplicate it.
    m_lookUpFirst.remove(name);
    createOne(name);
}

// Ysell echoes the ext_order_id the bridge sent (the Odoo order id). An answer without it cannot be
// checked and is taken as this order, as before; one with another id is another Odoo order.
bool SendCycle::isThisOrder(const QString &number, const YsellOrderInfo &found) const
{
    const qint64 odooId = m_idOf.value(number);
    return found.extOrderId.isEmpty() || odooId == 0 || found.extOrderId == QString::number(odooId);
}

// The number is taken in Ysell by another Odoo order: nothing is adopted. The order waits for the
// clerk with the reason, and is given its own number (NAME-<odoo id>) for the next try.
void SendCycle::holdForeign(const QString &number, const YsellOrderInfo &found)
{
    const qint64 odooId = m_idOf.value(number);
    const QString next = YsellNumber::own(ref(number).name, odooId);
    const Text why = Text(TextKind::NumberTaken).arg(number).arg(found.id).arg(found.extOrderId).arg(odooId).arg(next);
    const Result<OrderRecord> held = m_ctx.journal->update(ref(number), [&](OrderRecord &rec) {
        rec.state = OrderState::NeedsAttention;
        rec.lastErrorKind = Error::kindName(ErrorKind::AlreadyExists);
        rec.lastError = why;
        rec.ysellNumber = next;
        rec.nextAttemptAt = {};
    });
    if (m_ctx.stored(m_summary, statusOf(held)))
        ++m_summary.needsAttention;
    m_ctx.event(ref(number), u"number_taken"_s, why);
    m_ctx.note(NotificationCategory::Send, ref(number), why, Notification::Severity::Error);
    countDone();
    orderSettled(number);
}

Text SendCycle::adoptedFromOdoo(const QString &ysellId)
{
    return Text(TextKind::AdoptedFromOdoo).arg(ysellId);
}

// Another workstation sent the order (Odoo records its Ysell id): adopted, not sent again.
OrderRecord SendCycle::adopt(const OrderRecord &rec, const OrderKey &shown, const QString &ysellId, const Text &how)
{
    m_ctx.event(shown, u"adopted"_s, how);
    ++m_summary.adopted;
    return OrderTransitions::adoptAsSent(rec, ysellId, m_ctx.now());
}

void SendCycle::markSent(const QString &name, const QString &ysellId, bool adopted, const Text &how)
{
    const QDateTime now = m_ctx.now();
    const Result<OrderRecord> sent = m_ctx.journal->update(
        ref(name), [&](OrderRecord &rec) { rec = OrderTransitions::adoptAsSent(rec, ysellId, now); });
    const bool isStored = m_ctx.stored(m_summary, statusOf(sent));
    m_ctx.event(ref(name), adopted ? u"adopted"_s : u"sent"_s, how);
    countDone();
    orderSettled(name);
    // The summary counts what the journal holds; an order Ysell has but the journal missed is
    // looked up and adopted on the next cycle (its intent is stored).
    if (isStored && adopted)
        ++m_summary.adopted;
    else if (isStored)
        ++m_summary.sent;
    writeBack(name, ysellId);
}

void SendCycle::markFailed(const QString &name, const Error &error)
{
    OrderTransitions::Failure f;
    f.message = error.asText(); // what the event says when the journal cannot even be read
    const Result<OrderRecord> marked = m_ctx.journal->update(ref(name), [&](OrderRecord &rec) {
        const RetryPolicy::Plan plan = RetryPolicy(m_ctx.clock).plan(error, true, qMax(1, rec.attempts));
        f = OrderTransitions::failed(rec, error, plan);
        rec = f.record;
    });
    if (m_ctx.stored(m_summary, statusOf(marked))) {
        if (f.needsAttention)
            ++m_summary.needsAttention;
        else
            ++m_summary.failed;
    }
    m_ctx.event(ref(name), u"send_failed"_s, f.message);
    countDone();
    orderSettled(name);
    m_ctx.note(NotificationCategory::Send, ref(name), error.asText(), Notification::Severity::Error);
    if (error.kind == ErrorKind::BadCredentials)
        addError(error.asText());
}

// The order is through: what was kept for its requests is dropped, and the next page may be staged.
void SendCycle::orderSettled(const QString &name)
{
    m_prepared.remove(name);
    m_beforeIntent.remove(name);
    --m_backlog;
    schedulePump();
}

void SendCycle::writeBack(const QString &number, const QString &ysellId)
{
    const int odooId = int(m_idOf.value(number));
    if (odooId == 0)
        return;
    const OrderKey name = ref(number);
    if (m_ctx.odooHasYsellFields.value_or(false)) {
        ++m_pending;
        auto *job = m_ctx.odooCall(u"sale.order"_s, u"write"_s,
                                   QJsonArray{QJsonArray{odooId}, QJsonObject{{u"x_ysell_order_id"_s, ysellId},
                                                                               {u"x_ysell_state"_s, u"sent"_s}}},
                                   {}, name);
        onOdoo(job, this, [this, name](const Result<QJsonValue> &r) {
            if (!r.ok()) {
                m_ctx.event(name, u"odoo_write_failed"_s,
                            Text(TextKind::OdooWriteFailed).arg(r.error().asText()));
                m_ctx.note(NotificationCategory::Send, name, r.error().asText());
            }
            settle();
        });
    }
    m_notes.append({name, odooId, tr("Sent to Ysell: order %1.").arg(ysellId)});
    if (m_notes.size() >= ChatterNotesJob::GroupSize)
        postNotes();
}

// The chatter notes of the orders sent so far, in groups (ChatterNotesJob): a full group as soon as
// it is full, the rest once everything else has settled.
void SendCycle::postNotes()
{
    const QList<ChatterNote> notes = std::exchange(m_notes, {});
    if (notes.isEmpty())
        return;
    ++m_pending;
    auto *post = new ChatterNotesJob(m_ctx, notes, this);
    connect(post, &ChatterNotesJob::finished, this, [this, notes](const OdooBatchJob::Failures &failures) {
        for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
            m_ctx.event(notes.at(it.key()).order, u"odoo_note_failed"_s,
                        Text(TextKind::OdooNoteFailed).arg(it.value().asText()));
        }
        settle();
    });
    post->start();
}

// Ysell refused the credentials: once nothing is out any more, the claims of the orders not sent are
// given back before the cycle ends.
void SendCycle::allSettled()
{
    if (!m_notes.isEmpty()) {
        postNotes(); // allSettled() runs again once Odoo has answered
        return;
    }
    if (!m_refused) {
        finish();
        return;
    }
    QList<int> ids;
    for (const QString &n : std::as_const(m_notSent))
        ids << int(m_idOf.value(n));
    m_ctx.releaseClaims(ids, this, [this] {
        reportAborted(*m_refused);
        finish();
    });
}

// Nothing more is staged; requests already out are answered and recorded before the cycle ends.
void SendCycle::abort(const Error &error)
{
    if (m_finished)
        return;
    if (!m_summary.aborted)
        reportAborted(error);
    m_halted = true;
    m_polling = false;
    m_queue.clear();
    pump();
}

} // namespace ysb
