#pragma once

#include <QObject>

#include <type_traits>

namespace ysb {

/// The base of a job that answers one request (one job object per request): it emits its finished
/// signal exactly once, then deletes itself on the next event-loop turn. A later outcome (a cancel
/// after the answer, an answer after a cancel) is dropped.
class OneShotJob : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotJob)
public:
    /// Whether the job has finished (its finished signal was emitted).
    bool isFinished() const { return m_finished; }

protected:
    explicit OneShotJob(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    /// Emits `finished` with `result` the first time it is called, then deleteLater(); does nothing
    /// after that.
    template <typename Job, typename R>
    void finishOnce(void (Job::*finished)(const R &), const std::type_identity_t<R> &result)
    {
        static_assert(std::is_base_of_v<OneShotJob, Job>);
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT(static_cast<Job *>(this)->*finished)(result);
        deleteLater();
    }

private:
    bool m_finished = false;
};

} // namespace ysb
