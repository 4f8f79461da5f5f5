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
            m_carried << number; // a picking still to create (an earlier try failed or was interrupted)
        else if (!r.ysellId.isEmpty())
            toCheck << r;
    }
    m_total = int(toCheck.size());
    reportProgress();
    auto *job = new StatusSweepJob(m_ctx, m_summary, toCheck, this);
    connect(job, &StatusSweepJob::progressChanged, this, &Cycle::progressChanged);
    // The orders done before this sweep wait until Ysell took the token, as they did when the picking
    // step came after every status.
    connect(job, &StatusSweepJob::tokenAccepted, this, [this] { pick(m_carried); });
    connect(job, &StatusSweepJob::donePageStored, this, [this](const QList<OrderRecord> &rows) {
        QStringList keys;
        for (const OrderRecord &r : rows) {
            keys << YsellNumber::known(r);
            m_records.insert(keys.last(), r);
        }
        pick(keys);
    });
    connect(job, &StatusSweepJob::finished, this, &SweepCycle::onStatusesRead);
    job->start();
}

void SweepCycle::onStatusesRead(const StatusSweepOutcome &outcome)
{
    m_statusesRead = true;
    m_statusesStored = outcome.stored && !outcome.refused;
    for (auto it = outcome.changed.cbegin(); it != outcome.changed.cend(); ++it)
        m_records.insert(it.key(), it.value());
    if (outcome.refused) {
        // Ysell refused the credentials: one message for the cycle, no order marked for it; the pages
        // already being picked are finished and recorded.
        stopPicking(*outcome.refused);
    } else if (outcome.stored) {
        pick(m_carried);
        pick(outcome.becameDone);
    }
    // Not stored: the journal does not know these orders as done, so no picking for them (the summary
    // says the journal failed); the next sweep reads their statuses again.
    finishWhenDone();
}

void SweepCycle::pick(const QStringList &keys)
{
    QStringList fresh;
    for (const QString &k : keys) {
        if (!m_queued.contains(k)) {
            m_queued.insert(k);
            fresh << k;
        }
    }
    for (qsizetype i = 0; i < fresh.size(); i += StatusSweepJob::DonePageSize)
        m_pages << fresh.mid(i, StatusSweepJob::DonePageSize);
    startPickingJobs();
}

// The pages' jobs run side by side (their Odoo calls bounded by [odoo] max_inflight); the first one looks
// up the Odoo resources they share, and the others start once it has.
void SweepCycle::startPickingJobs()
{
    while (!m_pages.isEmpty() && !m_stopped && !m_resolving) {
        const QStringList page = m_pages.takeFirst();
        QHash<QString, OrderRecord> records;
        for (const QString &k : page)
            records.insert(k, m_records.value(k));
        auto *job = new PickingJob(m_ctx, m_summary, records, page, this);
        ++m_pickingJobs;
        if (!m_resourcesKnown) {
            m_resolving = true;
            connect(job, &PickingJob::resourcesResolved, this, [this] {
                m_resourcesKnown = true;
                m_resolving = false;
                startPickingJobs();
            });
        }
        connect(job, &PickingJob::finished, this, &SweepCycle::onPickingFinished);
        job->start();
    }
}

void SweepCycle::onPickingFinished(const Status &status)
{
    --m_pickingJobs;
    if (!status.ok())
        stopPicking(status.error()); // Odoo refused the credentials, or the journal failed
    if (!m_resourcesKnown && m_resolving) {
        // The job that was to resolve them ended without: the next page tries again.
        m_resolving = false;
        startPickingJobs();
    }
    finishWhenDone();
}

void SweepCycle::stopPicking(const Error &error)
{
    // Told once for the cycle; what another step met after that is listed with it.
    if (!m_stopped)
        reportAborted(error);
    else if (error.kind == ErrorKind::Storage)
        m_ctx.stored(m_summary, error);
    else
        addError(error.asText());
    m_stopped = true;
    m_pages.clear(); // still done in the journal: the next sweep picks them
}

void SweepCycle::finishWhenDone()
{
    if (!m_statusesRead || m_pickingJobs > 0 || (!m_pages.isEmpty() && !m_stopped) || m_rechecking)
        return;
    if (m_stopped || !m_statusesStored)
        finish();
    else
        recheckOtherDeliveries();
}

// Last, so that nothing waits for it: the orders the picking step just looked at are fresh and skipped.
void SweepCycle::recheckOtherDeliveries()
{
    m_rechecking = true;
    auto *job = new OtherDeliveriesJob(m_ctx, m_summary, m_queued, this);
    connect(job, &OtherDeliveriesJob::finished, this, [this] { finish(); });
    job->start();
}

} // namespace ysb
