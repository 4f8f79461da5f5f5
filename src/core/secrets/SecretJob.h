#pragma once

#include "Result.h"

#include <QObject>
#include <QString>

namespace ysb {

/// One secret store operation. Emits finished() exactly once, always from the event loop (never
/// from inside SecretStore::read/write/remove), then deletes itself.
class SecretJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    enum class Operation { Read, Write, Remove };

    SecretJob(Operation operation, const QString &key, QObject *parent = nullptr);
    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }

    /// Completes the job; the signal follows from the event loop. Later calls are ignored, so a
    /// late answer after a timeout cannot produce a second result.
    void finish(const Result<QString> &result);

Q_SIGNALS:
    /// The secret for a read, an empty string after a write or remove; or why it failed (never the secret).
    void finished(const ysb::Result<QString> &result);

private:
    Operation m_operation = Operation::Read;
    QString m_key;
    bool m_finished = false;
};

} // namespace ysb
