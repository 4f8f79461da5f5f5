#pragma once

#include "odoo/OdooModels.h"
#include "odoo/OdooQueries.h"
#include "sync/SyncContext.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

namespace ysb {

/// What a re-check of the other open deliveries did.
struct OtherDeliveriesOutcome {
    int checked = 0;             // orders looked up in Odoo
    int changed = 0;             // orders whose list changed
    int cleared = 0;             // of those, the orders that name none any more
    int calls = 0;               // stock.picking search_read calls made
    std::optional<Error> error;  // the first failure: the orders it concerned keep their list
};

/// The sweep's re-check of the other open Odoo deliveries an order names (other_deliveries, found by
/// the picking step): once the warehouse validates or cancels such a delivery in Odoo, the order stops
/// naming it. The orders with a picking (or done) that name some are looked up in one stock.picking
/// search_read per page of orders, and decided as the picking step decides
/// (PickingRef::isOtherOpenDelivery()); a changed list is stored with an event on the order. Orders
/// naming none cost nothing. A failure is logged and leaves the lists as they were; it never stops the
/// sweep. Emits finished() once, then deletes itself.
class OtherDeliveriesJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OtherDeliveriesJob)
public:
    /// `fresh`: keys (see YsellNumber::known()) of the orders whose list the picking step of this same
    /// sweep has just computed; they are not looked up again. `summary` must outlive the job.
    OtherDeliveriesJob(SyncContext &ctx, CycleSummary &summary, QSet<QString> fresh = {}, QObject *parent = nullptr);
    /// Orders per search_read (OdooQueries::kOpenDeliveriesPageSize unless set).
    void setPageSize(int orders);
    void start();

Q_SIGNALS:
    /// The counts, and the first error when some orders could not be re-checked.
    void finished(const ysb::OtherDeliveriesOutcome &outcome);

private:
    void readPage();
    void apply(const QList<OrderRecord> &page, const QList<PickingRef> &pickings);
    void failed(const Error &error, const char *what);
    void finish();

    SyncContext &m_ctx;
    CycleSummary &m_summary;
    QSet<QString> m_fresh;
    QList<OrderRecord> m_orders;  // to re-check, as the journal has them
    qsizetype m_next = 0;         // the first order of the next page
    int m_pageSize = OdooQueries::kOpenDeliveriesPageSize;
    OtherDeliveriesOutcome m_outcome;
};

} // namespace ysb

Q_DECLARE_METATYPE(ysb::OtherDeliveriesOutcome)
