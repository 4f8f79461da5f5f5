#pragma once

#include "sync/Cycle.h"
#include "sync/SyncContext.h"

#include <QHash>
#include <QSet>

namespace ysb {

struct StatusSweepOutcome;

/// One status sweep: a StatusSweepJob reads the Ysell status of every sent order and, for the orders
/// Ysell reports done (now or in an earlier sweep whose picking failed), PickingJobs create the draft
/// pickings ShemaxGlobal → Customers in Odoo, a page of orders each. The pages are picked while the
/// statuses are still read, so the claim's settle and the Odoo calls overlap the Ysell requests. Last, an
/// OtherDeliveriesJob re-checks the other open Odoo deliveries that orders name. Odoo is only asked about
/// orders that became done and, one call per page of orders, about the orders that name another open
/// delivery, so a quiet sweep of orders that name none costs no Odoo call at all. Emits finished() once,
/// then deletes itself.
class SweepCycle final : public Cycle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepCycle)
public:
    /// With `names` empty the sweep reads every sent order; otherwise only those orders.
    SweepCycle(SyncContext &ctx, QStringList names, QObject *parent = nullptr);
    void start() override;

private:
    void onStatusesRead(const StatusSweepOutcome &outcome);
    /// Queues these orders (keys) for their pickings, a page at a time; each order once per sweep.
    void pick(const QStringList &keys);
    void startPickingJobs();
    void onPickingFinished(const Status &status);
    void stopPicking(const Error &error);
    void finishWhenDone();
    void recheckOtherDeliveries();

    // Keyed by the order's number in Ysell (unique, where Odoo names are not).
    QHash<QString, OrderRecord> m_records; // the orders of this sweep as the journal has them
    QStringList m_carried;                 // done in an earlier sweep, their picking still to create
    QSet<QString> m_queued;                // handed to the picking step in this sweep
    QList<QStringList> m_pages;            // pages of keys waiting for a PickingJob
    int m_pickingJobs = 0;                 // PickingJobs running
    bool m_resourcesKnown = false;         // a PickingJob resolved the Odoo resources: the others may start
    bool m_resolving = false;              // the one PickingJob that resolves them is running
    bool m_statusesRead = false;
    bool m_stopped = false;                // aborted: no further page is started
    bool m_statusesStored = false;         // the status step's changes are on disk (else no picking, no re-check)
    bool m_rechecking = false;             // the OtherDeliveriesJob runs: the last step
};

} // namespace ysb
