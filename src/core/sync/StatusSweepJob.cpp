#include "StatusSweepJob.h"

#include "sync/Cycle.h"
#include "sync/OrderTransitions.h"
#include "sync/YsellNumber.h"
#include "ysell/YsellClient.h"

using namespace Qt::StringLiterals;

namespace ysb {

StatusSweepJob::StatusSweepJob(SyncContext &ctx, CycleSummary &summary, const QList<OrderRecord> &orders,
                               QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_summary(summary)
    , m_gated(orders)
{
    for (const OrderRecord &r : orders)
        m_records.insert(YsellNumber::known(r), r);
}

void StatusSweepJob::start()
{
    m_total = int(m_gated.size());
    m_pending = m_total;
    if (m_gated.isEmpty()) {
        storeAndFinish();
        return;
    }
    // The first read goes alone: a refused token then costs one request, not one per order.
    checkOne(m_gated.takeFirst());
}

void StatusSweepJob::checkOne(const OrderRecord &record)
{
    const QString name = YsellNumber::known(record);
    auto *job = m_ctx.ysell->orderStatus(record.ysellId, name);
    connect(job, &OrderStatusJob::finished, this,
            [this, name](const Result<YsellOrderInfo> &res) { onStatus(name, res); });
}

void StatusSweepJob::onStatus(const QString &name, const Result<YsellOrderInfo> &result)
{
    if (!result.ok() && result.error().credentialsRefused()) {
        // No order is to blame: none is marked; the reads not started yet are not made.
        if (!m_outcome.refused)
            m_outcome.refused = result.error();
        m_pending -= int(std::exchange(m_gated, {}).size());
        if (--m_pending == 0)
            storeAndFinish();
        return;
    }
    if (!m_gateOpen) {
        m_gateOpen = true;
        for (const OrderRecord &r : std::exchange(m_gated, {}))
            checkOne(r);
        Q_EMIT tokenAccepted();
    }
    const OrderRecord before = m_records.value(name);
    const OrderKey shown = before.name.isEmpty() ? OrderKey(name) : OrderKey::of(before);
    ++m_summary.checked;
    const YsellStatusRules rules(m_ctx.config.doneStatuses, m_ctx.config.attentionStatuses);
    OrderRecord rec;
    if (!result.ok()) {
        rec = OrderTransitions::statusFailed(before, result.error(), m_ctx.now());
        if (rec.lastError != before.lastError) {
            m_ctx.event(shown, u"status_failed"_s, rec.lastError);
            m_ctx.note(NotificationCategory::Status, shown, rec.lastError, Notification::Severity::Error);
        }
        ++m_summary.failed;
    } else {
        const YsellOrderInfo &info = result.value();
        const bool changed = info.status.code != before.ysellStatusCode;
        // Classified here with the configured done set, whatever the client was built with.
        const YsellStatusClass cls = rules.classify(info.status.code);
        rec = OrderTransitions::statusApplied(before, info.status, cls, m_ctx.now());
        // The status as data (code and Ysell's name): shown with its name in the reader's language.
        const Text label = Text(TextKind::YsellStatus).arg(info.status.code).arg(info.status.name);
        switch (cls) {
        case YsellStatusClass::Done:
            m_outcome.becameDone << name;
            m_ctx.event(shown, u"done"_s, Text(TextKind::YsellDone).arg(label));
            break;
        case YsellStatusClass::Terminal:
            m_ctx.event(shown, u"closed"_s,
                        Text(TextKind::YsellClosed).arg(label));
            m_ctx.note(NotificationCategory::Status, shown, Text(TextKind::YsellStatusNote).arg(label),
                       Notification::Severity::Warning);
            break;
        case YsellStatusClass::Attention:
            if (changed) {
                m_ctx.event(shown, u"ysell_attention"_s, Text(TextKind::YsellAttention).arg(label));
                m_ctx.note(NotificationCategory::Status, shown, Text(TextKind::YsellAttentionNote).arg(label),
                           Notification::Severity::Warning);
            }
            break;
        case YsellStatusClass::InProgress:
            if (changed)
                m_ctx.event(shown, u"status"_s, Text(TextKind::YsellStatusChanged).arg(label));
            break;
        }
    }
    rec = OrderTransitions::staleChecked(rec, rules.classify(rec.ysellStatusCode),
                                         {m_ctx.config.staleAfterDays, m_ctx.config.attentionStatusHours}, m_ctx.now());
    noteStaleness(shown, before, rec);
    // Only what changed is written: a quiet sweep of thousands of orders writes nothing.
    if (rec.state != before.state || rec.ysellStatusCode != before.ysellStatusCode
        || rec.ysellStatusName != before.ysellStatusName || rec.lastError != before.lastError
        || rec.lastErrorKind != before.lastErrorKind || rec.staleReason != before.staleReason
        || rec.statusChangedAt != before.statusChangedAt) {
        m_records.insert(name, rec);
        m_outcome.changed.insert(name, rec);
        m_unstored.insert(name, rec);
    }
    Q_EMIT progressChanged(++m_done, m_total);
    if (--m_pending == 0) {
        storeAndFinish();
        return;
    }
    if (m_outcome.becameDone.size() >= DonePageSize && !m_pagesFailed && !m_outcome.refused) {
        // Stored before it is handed out: no picking for an order the journal does not know as done.
        if (!storeChanges()) {
            m_pagesFailed = true;
            return;
        }
        QList<OrderRecord> page;
        for (const QString &n : std::exchange(m_outcome.becameDone, {}))
            page << m_records.value(n);
        Q_EMIT donePageStored(page);
    }
}

// The clerk is told once: when the order becomes stale. The reason is stored on the row, so neither
// the next sweep nor a restart tells again; it is told again only after Ysell moved and the order
// became stale anew.
void StatusSweepJob::noteStaleness(const OrderKey &shown, const OrderRecord &before, const OrderRecord &after)
{
    if (!after.staleReason.isEmpty() && before.staleReason.isEmpty()) {
        ++m_summary.stale;
        m_ctx.event(shown, u"stale"_s, after.staleReason);
        m_ctx.note(NotificationCategory::Status, shown, after.staleReason, Notification::Severity::Warning);
    } else if (after.staleReason.isEmpty() && !before.staleReason.isEmpty()) {
        m_ctx.event(shown, u"stale_cleared"_s,
                    after.ysellStatusCode != before.ysellStatusCode
                        ? Text(TextKind::StaleClearedYsellMoved)
                              .arg(Text(TextKind::YsellStatus).arg(after.ysellStatusCode).arg(after.ysellStatusName))
                        : Text(TextKind::StaleClearedLimits));
    }
}

// What changed since the last store, in one transaction; the orders that became done among it are
// counted once stored. Statuses are cheap to read again after a crash.
bool StatusSweepJob::storeChanges()
{
    if (!m_unstored.isEmpty() && !m_ctx.stored(m_summary, m_ctx.journal->upsertOrders(m_unstored.values())))
        return false;
    m_unstored.clear();
    m_summary.becameDone += int(m_outcome.becameDone.size());
    return true;
}

void StatusSweepJob::storeAndFinish()
{
    // Not stored: no picking for an order the journal does not know as done, and no count for it. The
    // next sweep reads the statuses again.
    m_outcome.stored = storeChanges();
    Q_EMIT finished(m_outcome);
    deleteLater();
}

} // namespace ysb
