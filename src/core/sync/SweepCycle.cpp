#include "SweepCycle.h"

#include "sync/OtherDeliveriesJob.h"
#include "sync/PickingJob.h"
#include "sync/StatusSweepJob.h"
#include "sync/YsellNumber.h"

using namespace Qt::StringLiterals;

namespace ysb {

SweepCycle::SweepCycle(SyncContext &ctx, QStringList names, QObject *parent)
    : Cycle(ctx, CycleSummary::Kind::Sweep, std::move(names), parent)
{
}

void SweepCycle::start()
{
    QList<OrderRecord> candidates;
    if (m_names.isEmpty()) {
        OrderFilter f;
        f.states = {OrderState::Sent, OrderState::Done};
        f.sortColumn = u"name"_s;
        f.sortOrder = Qt::AscendingOrder;
        Result<QList<OrderRecord>> stored = m_ctx.journal->orders(f);
        if (!stored.ok()) {
            reportAborted(stored.error());
            finish();
            return;
        }
        candidates = std::move(stored).value();
    } else {
        for (const QString &n : std::as_const(m_names)) {
            const auto r = m_ctx.journal->findOrder(n, m_ctx.config.odooDatabase);
            if (!r.ok() && r.error().kind == ErrorKind::Storage) {
                reportAborted(r.error());
                finish();
                return;
            }
            if (r.ok() && (r.value().state == OrderState::Sent || r.value().state == OrderState::Done))
                candidates << r.value();
            else
                ++m_summary.skipped;
        }
    }
    QList<OrderRecord> toCheck;
    for (const OrderRecord &r : std::as_const(candidates)) {
        // Keyed by the order's number in Ysell: two orders can share a name, never a number.
        const QString number = YsellNumber::known(r);
        m_records.insert(number, r);
        if (r.state == OrderState::Done)
            m_doneNames << number; // a picking still to create (an earlier try failed or was interrupted)
        else if (!r.ysellId.isEmpty())
            toCheck << r;
    }
    m_total = int(toCheck.size());
    reportProgress();
    auto *job = new StatusSweepJob(m_ctx, m_summary, toCheck, this);
    connect(job, &StatusSweepJob::progressChanged, this, &Cycle::progressChanged);
    connect(job, &StatusSweepJob::finished, this, &SweepCycle::onStatusesRead);
    job->start();
}

void SweepCycle::onStatusesRead(const StatusSweepOutcome &outcome)
{
    if (!outcome.stored) {
        finish(); // nothing of the status step is on disk: no picking either
        return;
    }
    for (auto it = outcome.changed.cbegin(); it != outcome.changed.cend(); ++it)
        m_records.insert(it.key(), it.value());
    m_doneNames << outcome.becameDone;
    if (outcome.refused) {
        // Ysell refused the credentials: one message for the cycle, no order marked for it.
        reportAborted(*outcome.refused);
        finish();
        return;
    }
    auto *job = new PickingJob(m_ctx, m_summary, m_records, m_doneNames, this);
    connect(job, &PickingJob::finished, this, [this](const Status &s) {
        if (!s.ok()) {
            reportAborted(s.error()); // Odoo refused the credentials, or the journal failed
            finish();
            return;
        }
        recheckOtherDeliveries();
    });
    job->start();
}

// Last, so that nothing waits for it: the orders the picking step just looked at are fresh and skipped.
void SweepCycle::recheckOtherDeliveries()
{
    auto *job = new OtherDeliveriesJob(m_ctx, m_summary, QSet<QString>(m_doneNames.cbegin(), m_doneNames.cend()), this);
    connect(job, &OtherDeliveriesJob::finished, this, [this] { finish(); });
    job->start();
}

} // namespace ysb
