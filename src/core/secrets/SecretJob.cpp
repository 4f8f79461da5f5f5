#include "SecretJob.h"

namespace ysb {

SecretJob::SecretJob(Operation operation, const QString &key, QObject *parent)
    : QObject(parent), m_operation(operation), m_key(key)
{
}

SecretJob::~SecretJob() = default;

void SecretJob::finish(const Result<QString> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued: callers connect to finished() after read() returns, even for stores that answer at once.
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            Q_EMIT finished(result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace ysb
