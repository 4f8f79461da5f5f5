#pragma once

#include "sync/Cycle.h"
#include "sync/SyncContext.h"

#include <QHash>

namespace ysb {

struct StatusSweepOutcome;

/// One status sweep: a StatusSweepJob reads the Ysell status of every sent order, then, for the orders
/// Ysell reports done (now or in an earlier sweep whose picking failed), a PickingJob creates the draft
/// pickings ShemaxGlobal → Customers in Odoo, and an OtherDeliveriesJob re-checks the other open Odoo
/// deliveries that orders name. Odoo is only asked about orders that became done and, one call per
/// page of orders, about the orders that name another open delivery, so a quiet sweep of orders that
/// name none costs no Odoo call at all. Emits finished() once, then deletes itself.
class SweepCycle final : public Cycle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepCycle)
public:
    /// With `names` empty the sweep reads every sent order; otherwise only those orders.
    SweepCycle(SyncContext &ctx, QStringList names, QObject *parent = nullptr);
    void start() override;

private:
    void onStatusesRead(const StatusSweepOutcome &outcome);
    void recheckOtherDeliveries();

    // Keyed by the order's number in Ysell (unique, where Odoo names are not).
    QHash<QString, OrderRecord> m_records; // the orders of this sweep as the journal has them
    QStringList m_doneNames;               // orders needing a picking
};

} // namespace ysb
