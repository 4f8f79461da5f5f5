#include "Cycle.h"

#include "Logging.h"

using namespace Qt::StringLiterals;

namespace ysb {

Cycle::Cycle(SyncContext &ctx, CycleSummary::Kind kind, QStringList names, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_names(std::move(names))
{
    m_summary.kind = kind;
}

Cycle::~Cycle() = default;

void Cycle::settle()
{
    if (--m_pending > 0)
        return;
    allSettled();
}

void Cycle::allSettled()
{
    finish();
}

void Cycle::countDone()
{
    ++m_done;
    reportProgress();
}

void Cycle::reportProgress()
{
    Q_EMIT progressChanged(qMin(m_done, m_total), m_total);
}

void Cycle::addError(const Text &message)
{
    m_summary.addError(message);
}

void Cycle::reportAborted(const Error &error)
{
    m_summary.aborted = true;
    m_summary.credentialsRefused = error.credentialsRefused();
    if (error.kind == ErrorKind::Storage) {
        m_ctx.stored(m_summary, error); // an error: records the storage failure in the summary, always false
    } else {
        addError(error.asText());
        m_ctx.note(m_summary.credentialsRefused ? NotificationCategory::Credentials : NotificationCategory::Connection, {},
                   error.asText(), Notification::Severity::Error);
    }
    qCWarning(lcSync) << (m_summary.kind == CycleSummary::Kind::Send ? "send" : "sweep")
                      << "cycle aborted:" << error.kindName() << error.detail;
}

void Cycle::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_summary.finishedAt = m_ctx.now();
    Q_EMIT finished(m_summary);
    deleteLater();
}

} // namespace ysb
