#include "SyncEngine.h"

#include "Logging.h"
#include "sync/ActivityJob.h"
#include "sync/OrderTransitions.h"
#include "sync/SendCycle.h"
#include "sync/SweepCycle.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace ysb {

SyncEngine::SyncEngine(const Config &config, Deps deps, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ysb::CycleSummary>();
    qRegisterMetaType<ysb::Notification>();
    m_ctx.config = config;
    m_ctx.journal = deps.journal;
    m_ctx.odoo = deps.odoo;
    m_ctx.ysell = deps.ysell;
    m_ctx.clock = deps.clock ? deps.clock : Clock::system();
    // A stable id per journal: after a restart this instance recognises its own claims in Odoo.
    // A read that fails is not "no id yet": a new id would disown this instance's claims, so the
    // engine refuses to start instead.
    const Result<QString> instanceId = m_ctx.journal->meta(u"instance_id"_s);
    if (!instanceId.ok()) {
        m_startError = instanceId.error();
    } else if (instanceId.value().isEmpty()) {
        m_ctx.instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        if (Status s = m_ctx.journal->setMeta(u"instance_id"_s, m_ctx.instanceId); !s.ok())
            m_startError = s.error();
    } else {
        m_ctx.instanceId = instanceId.value();
    }
    m_ctx.notify = [this](const Notification &n) { Q_EMIT notification(n); };
    m_timer.setInterval(5'000);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::tick);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::start()
{
    if (m_startError)
        return;
    m_started = true;
    const QDateTime now = m_ctx.now();
    m_nextSend = now;
    m_nextCheck = now;
    m_timer.start();
    Q_EMIT scheduleChanged();
    tick();
}

void SyncEngine::stop()
{
    m_started = false;
    m_timer.stop();
    m_queue.clear();
}

void SyncEngine::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    Q_EMIT scheduleChanged();
    if (!paused)
        tick();
}

void SyncEngine::tick()
{
    if (!m_started || m_paused)
        return;
    const QDateTime now = m_ctx.now();
    const bool queuedSend = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                        [](const Request &r) { return r.kind == CycleSummary::Kind::Send && r.names.isEmpty(); });
    const bool queuedSweep = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                         [](const Request &r) { return r.kind == CycleSummary::Kind::Sweep && r.names.isEmpty(); });
    if (m_nextSend.isValid() && now >= m_nextSend && !queuedSend) {
        m_nextSend = now.addSecs(qint64(m_ctx.config.sendIntervalMin) * 60);
        enqueue(CycleSummary::Kind::Send, {});
        Q_EMIT scheduleChanged();
    }
    if (m_nextCheck.isValid() && now >= m_nextCheck && !queuedSweep) {
        m_nextCheck = now.addSecs(qint64(m_ctx.config.statusIntervalMin) * 60);
        enqueue(CycleSummary::Kind::Sweep, {});
        Q_EMIT scheduleChanged();
    }
}

void SyncEngine::sendNow(const QStringList &names)
{
    enqueue(CycleSummary::Kind::Send, names);
}

void SyncEngine::checkNow(const QStringList &names)
{
    if (names.isEmpty() && m_started) {
        m_nextCheck = m_ctx.now().addSecs(qint64(m_ctx.config.statusIntervalMin) * 60);
        Q_EMIT scheduleChanged();
    }
    enqueue(CycleSummary::Kind::Sweep, names);
}

void SyncEngine::syncNow()
{
    enqueue(CycleSummary::Kind::Send, {});
    enqueue(CycleSummary::Kind::Sweep, {});
}

QHash<QString, Error> SyncEngine::retry(const QStringList &names)
{
    QHash<QString, Error> refused;
    QStringList toSend;
    QStringList toCheck;
    for (const QString &n : names) {
        // "#ID" or a name only one order has; findOrder() says why another is not.
        auto found = findOrder(n);
        if (!found.ok()) {
            refused.insert(n, found.error());
            continue;
        }
        switch (OrderTransitions::manualRetry(found.value()).next) {
        case OrderTransitions::RetryNext::Send: {
            // Read again and written in one transaction: what a cycle stored meanwhile is not undone.
            const Result<OrderRecord> changed = m_ctx.journal->update(
                OrderKey::of(found.value()), [](OrderRecord &r) { r = OrderTransitions::manualRetry(r).record; });
            if (!changed.ok()) {
                refused.insert(n, changed.error());
                continue;
            }
            if (const Status s = m_ctx.journal->addEvent(OrderKey::of(changed.value()), u"retry"_s,
                                                         Text(TextKind::RetryRequested));
                !s.ok()) {
                // The retry itself is stored and runs; only its line in the history is missing.
                qCWarning(lcSync) << "retry event not recorded:" << s.error().detail;
            }
            toSend << n;
            break;
        }
        case OrderTransitions::RetryNext::Sweep:
            toCheck << n;
            break;
        case OrderTransitions::RetryNext::Nothing:
            break;
        }
    }
    if (!toSend.isEmpty())
        enqueue(CycleSummary::Kind::Send, toSend);
    if (!toCheck.isEmpty())
        enqueue(CycleSummary::Kind::Sweep, toCheck);
    return refused;
}

Result<OrderRecord> SyncEngine::findOrder(const QString &ref) const
{
    return m_ctx.journal->findOrder(ref, m_ctx.config.odooDatabase);
}

void SyncEngine::enqueue(CycleSummary::Kind kind, const QStringList &names)
{
    m_queue.append({kind, names});
    if (!m_running)
        QMetaObject::invokeMethod(this, &SyncEngine::runNext, Qt::QueuedConnection);
}

void SyncEngine::runNext()
{
    if (m_running || m_activities)
        return;
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    const Request req = m_queue.takeFirst();
    Q_EMIT cycleStarted(req.kind);
    m_running = makeCycle(req);
    connect(m_running, &Cycle::progressChanged, this, &SyncEngine::progressChanged);
    connect(m_running, &Cycle::finished, this, &SyncEngine::onCycleFinished);
    m_running->start();
}

Cycle *SyncEngine::makeCycle(const Request &request)
{
    switch (request.kind) {
    case CycleSummary::Kind::Send:
        return new SendCycle(m_ctx, request.names, this);
    case CycleSummary::Kind::Sweep:
        break;
    }
    return new SweepCycle(m_ctx, request.names, this);
}

Result<QDateTime> SyncEngine::lastSuccessAt() const
{
    const Result<QString> stored = m_ctx.journal->meta(u"last_success_at"_s);
    if (!stored.ok())
        return stored.error();
    return stored.value().isEmpty() ? QDateTime() : QDateTime::fromString(stored.value(), Qt::ISODateWithMs);
}

void SyncEngine::onCycleFinished(const CycleSummary &summary)
{
    m_running = nullptr;
    qCInfo(lcSync).nospace() << (summary.kind == CycleSummary::Kind::Send ? "send" : "sweep")
                             << " finished: sent " << summary.sent << ", adopted " << summary.adopted
                             << ", checked " << summary.checked << ", done " << summary.becameDone
                             << ", pickings " << summary.pickingsCreated << ", attention " << summary.needsAttention
                             << ", failed " << summary.failed;
    // Refused credentials or a journal that cannot store: every queued cycle would fail the same way.
    // The timers try again on their own schedule, so the work resumes once it is fixed.
    if (summary.credentialsRefused || summary.storageFailed)
        m_queue.clear();
    if (!summary.aborted && summary.finishedAt.isValid()) {
        const QString at = summary.finishedAt.toUTC().toString(Qt::ISODateWithMs);
        if (Status s = m_ctx.journal->setMeta(u"last_success_at"_s, at); !s.ok())
            qCWarning(lcSync) << "last successful cycle not recorded:" << s.error().detail;
    }
    // The To-Dos follow what the cycle decided; a cycle that could not run has decided nothing new.
    if (m_ctx.config.odooActivities && !summary.aborted) {
        m_activities = new ActivityJob(m_ctx, this);
        connect(m_activities, &ActivityJob::finished, this, [this, summary] {
            m_activities = nullptr;
            endCycle(summary);
        });
        m_activities->start();
        return;
    }
    endCycle(summary);
}

void SyncEngine::endCycle(const CycleSummary &summary)
{
    Q_EMIT cycleFinished(summary);
    QMetaObject::invokeMethod(this, &SyncEngine::runNext, Qt::QueuedConnection);
}

} // namespace ysb
