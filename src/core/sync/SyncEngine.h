#pragma once

#include "Clock.h"
#include "sync/SyncContext.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QTimer>

namespace ysb {

class ActivityJob;
class Cycle;

/// The connector's engine, shared by the desktop app and the CLI: a send cycle every few minutes,
/// a status sweep every hour, both also on demand, one cycle at a time, in the order asked.
/// Time comes from the injected Clock; a coarse QTimer calls tick(), tests call tick() themselves.
/// With [odoo] activities on, each cycle ends with an ActivityJob (Odoo To-Dos for the orders that
/// need a person), counted as part of the cycle: the next one starts after it.
class SyncEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)
public:
    struct Deps {
        Journal *journal = nullptr;
        OdooClient *odoo = nullptr;
        YsellClient *ysell = nullptr;
        Clock *clock = Clock::system();
    };
    SyncEngine(const Config &config, Deps deps, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Starts the timers; the first send and sweep are due at once.
    void start();
    /// Why the engine cannot run (its instance id could not be read or stored); start() does nothing then.
    std::optional<Error> startError() const { return m_startError; }
    void stop();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isBusy() const { return m_running != nullptr || m_activities != nullptr; }
    QDateTime nextSendAt() const { return m_nextSend; }
    QDateTime nextCheckAt() const { return m_nextCheck; }
    /// When the last cycle that ran (not aborted) ended, as the journal keeps it across restarts;
    /// an invalid time when none has yet.
    Result<QDateTime> lastSuccessAt() const;
    QString instanceId() const { return m_ctx.instanceId; }
    const Config &config() const { return m_ctx.config; }

    /// Queue a send cycle (all due orders, or just these).
    void sendNow(const QStringList &names = {});
    /// Queue a status sweep (all sent orders, or just these).
    void checkNow(const QStringList &names = {});
    /// Send, then sweep.
    void syncNow();
    /// The order a person means by `ref` ("#ID" or a name only one order has), else why not.
    Result<OrderRecord> findOrder(const QString &ref) const;
    /// Clears the back-off of these orders ("#ID" or names) and runs what each needs next (send,
    /// look-up, sweep). Returns those not retried with why: not known, a name several orders share
    /// (see findOrder()), or a journal that could not be read or written.
    QHash<QString, Error> retry(const QStringList &names);
    /// Runs what is due by the clock; called every few seconds by a timer.
    void tick();

Q_SIGNALS:
    void cycleStarted(ysb::CycleSummary::Kind kind);
    void progressChanged(int done, int total);
    /// A cycle ended; the summary says what it did.
    void cycleFinished(const ysb::CycleSummary &summary);
    /// An integration error or event for the clerk.
    void notification(const ysb::Notification &notification);
    /// Nothing queued or running any more.
    void idle();
    void scheduleChanged();

private:
    struct Request {
        CycleSummary::Kind kind;
        QStringList names;
    };
    void enqueue(CycleSummary::Kind kind, const QStringList &names);
    void runNext();
    Cycle *makeCycle(const Request &request);
    void onCycleFinished(const CycleSummary &summary);
    /// Tells that the cycle (and its activity step) ended and runs what is queued next.
    void endCycle(const CycleSummary &summary);

    SyncContext m_ctx;
    QTimer m_timer;
    QList<Request> m_queue;
    Cycle *m_running = nullptr;
    ActivityJob *m_activities = nullptr; // the running cycle's activity step
    QDateTime m_nextSend;
    QDateTime m_nextCheck;
    bool m_started = false;
    std::optional<Error> m_startError;
    bool m_paused = false;
};

} // namespace ysb
