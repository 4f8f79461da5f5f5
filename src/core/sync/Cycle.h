#pragma once

#include "Error.h"
#include "sync/SyncContext.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QStringList>

namespace ysb {

/// One run of the sync (a send or a status sweep) as the engine sees it: started once, it reports its
/// progress, emits finished() exactly once with its summary, then deletes itself. The shared
/// bookkeeping lives here: the summary, the count of requests still out, the progress and the end.
class Cycle : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Cycle)
public:
    ~Cycle() override;
    virtual void start() = 0;

Q_SIGNALS:
    void progressChanged(int done, int total);
    /// The cycle's counts and cycle-level errors.
    void finished(const ysb::CycleSummary &summary);

protected:
    /// With `names` empty the cycle works on whatever is due; otherwise only on those orders.
    Cycle(SyncContext &ctx, CycleSummary::Kind kind, QStringList names, QObject *parent);

    /// One request the cycle waited for has ended; when none is left, allSettled() runs.
    void settle();
    /// What happens once nothing is out any more; the cycle finishes unless a subclass says otherwise.
    virtual void allSettled();
    /// One more order is through.
    void countDone();
    void reportProgress();
    /// A cycle-level problem the clerk is told once.
    void addError(const Text &message);
    /// The cycle cannot go on because of `error`: counted and told (refused credentials, connection or
    /// storage), not blamed on any order. The caller finishes, or records what is already done first.
    void reportAborted(const Error &error);
    void finish();

    SyncContext &m_ctx;
    const QStringList m_names;
    CycleSummary m_summary;
    int m_pending = 0; // requests out whose answer the cycle still waits for
    int m_total = 0;   // orders this cycle works on, for the progress
    int m_done = 0;
    bool m_finished = false;
};

} // namespace ysb
