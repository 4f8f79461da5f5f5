#include "OtherDeliveriesJob.h"

#include "Logging.h"
#include "odoo/OdooParse.h"
#include "sync/OrderTransitions.h"
#include "sync/YsellNumber.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ysb {

OtherDeliveriesJob::OtherDeliveriesJob(SyncContext &ctx, CycleSummary &summary, QSet<QString> fresh, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_summary(summary)
    , m_fresh(std::move(fresh))
{
}

void OtherDeliveriesJob::setPageSize(int orders)
{
    m_pageSize = std::max(1, orders);
}

void OtherDeliveriesJob::start()
{
    OrderFilter naming;
    naming.states = {OrderState::PickingCreated, OrderState::Done};
    naming.withOtherDeliveries = true;
    naming.sortColumn = u"name"_s;
    naming.sortOrder = Qt::AscendingOrder;
    const Result<QList<OrderRecord>> rows = m_ctx.journal->orders(naming);
    if (!rows.ok()) {
        failed(rows.error(), "the journal could not be read");
        finish();
        return;
    }
    const QString db = m_ctx.config.odooDatabase;
    for (const OrderRecord &r : rows.value()) {
        // Odoo ids of another database would name other orders; a row without one cannot be looked up.
        if (r.odooId <= 0 || (!r.odooDb.isEmpty() && r.odooDb != db))
            continue;
        if (!m_fresh.contains(YsellNumber::known(r)))
            m_orders << r;
    }
    if (m_orders.isEmpty()) {
        finish();
        return;
    }
    // ShemaxGlobal's id: its pickings are never another delivery (as in the picking step).
    m_ctx.ensureResources(this, [this](const Status &s) {
        if (!s.ok()) {
            failed(s.error(), "the delivery route could not be resolved");
            finish();
            return;
        }
        readPage();
    });
}

void OtherDeliveriesJob::readPage()
{
    if (m_next >= m_orders.size()) {
        finish();
        return;
    }
    const QList<OrderRecord> page = m_orders.mid(m_next, m_pageSize);
    m_next += page.size();
    QList<qint64> ids;
    for (const OrderRecord &r : page)
        ids << r.odooId;
    ++m_outcome.calls;
    auto *job = m_ctx.odooCall(u"stock.picking"_s, u"search_read"_s,
                               QJsonArray{OdooQueries::openPickingsOfOrdersDomain(ids)},
                               OdooQueries::openPickingsOfOrdersKwargs(),
                               page.size() == 1 ? OrderKey::of(page.first()) : OrderKey());
    onOdoo(job, this, [this, page](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            failed(r.error(), "the other deliveries could not be read");
            if (r.error().credentialsRefused()) {
                finish(); // every other page would be refused the same way
                return;
            }
            readPage();
            return;
        }
        const Result<QList<PickingRef>> pickings = OdooParse::pickings(r.value());
        if (!pickings.ok())
            failed(pickings.error(), "Odoo's answer was not understood");
        else
            apply(page, pickings.value());
        readPage();
    });
}

void OtherDeliveriesJob::apply(const QList<OrderRecord> &page, const QList<PickingRef> &pickings)
{
    QHash<qint64, QList<PickingRef>> byOrder;
    for (const PickingRef &p : pickings)
        byOrder[p.saleId].append(p);
    for (const OrderRecord &rec : page) {
        ++m_outcome.checked;
        QStringList open;
        for (const PickingRef &p : byOrder.value(rec.odooId)) {
            if (p.isOtherOpenDelivery(rec.pickingId, m_ctx.resources.shemaxId))
                open << p.name;
        }
        const QStringList named = OrderTransitions::otherDeliveryNames(rec);
        if (QSet<QString>(named.cbegin(), named.cend()) == QSet<QString>(open.cbegin(), open.cend()))
            continue;
        OrderRecord before;
        const Result<OrderRecord> written = m_ctx.journal->update(OrderKey::of(rec), [&](OrderRecord &row) {
            before = row;
            row = OrderTransitions::otherDeliveriesRechecked(row, open);
        });
        if (!m_ctx.stored(m_summary, statusOf(written)))
            continue; // the row keeps its list; the next sweep looks again
        const QStringList was = OrderTransitions::otherDeliveryNames(before);
        const QStringList now = OrderTransitions::otherDeliveryNames(written.value());
        QStringList closed, added;
        for (const QString &n : was) {
            if (!now.contains(n))
                closed << n;
        }
        for (const QString &n : now) {
            if (!was.contains(n))
                added << n;
        }
        const OrderKey key = OrderKey::of(written.value());
        if (!closed.isEmpty())
            m_ctx.event(key, u"other_delivery_closed"_s, OrderTransitions::otherDeliveriesClosedMessage(closed, now));
        if (!added.isEmpty()) // e.g. the backorder of a delivery validated in part
            m_ctx.event(key, u"other_delivery"_s, OrderTransitions::otherDeliveriesMessage(added, false));
        ++m_outcome.changed;
        if (now.isEmpty())
            ++m_outcome.cleared;
    }
}

// The indicator is information, not the order's state: a re-check that cannot be made leaves it as it
// is until the next sweep, and the sweep's own work is not held back by it.
void OtherDeliveriesJob::failed(const Error &error, const char *what)
{
    qCWarning(lcSync) << "other deliveries not re-checked:" << what << error.detail;
    if (!m_outcome.error)
        m_outcome.error = error;
}

void OtherDeliveriesJob::finish()
{
    if (m_outcome.checked > 0)
        qCInfo(lcSync).nospace() << "other deliveries re-checked: " << m_outcome.checked << " orders, "
                                 << m_outcome.changed << " changed, " << m_outcome.cleared << " cleared";
    Q_EMIT finished(m_outcome);
    deleteLater();
}

} // namespace ysb
