#pragma once

#include "secrets/SecretJob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace ysb::test {

/// Waits for one SecretJob and checks its contract: finished() exactly once, never synchronously,
/// then the job deletes itself. nullopt when it did not finish in time.
inline std::optional<Result<QString>> waitForSecretJob(SecretJob *job, int timeoutMs = 30'000)
{
    std::optional<Result<QString>> out;
    int emitted = 0;
    QObject context;
    QPointer<SecretJob> guard(job);
    QSignalSpy spy(job, &SecretJob::finished);
    QObject::connect(job, &SecretJob::finished, &context, [&out, &emitted](const Result<QString> &r) {
        out = r;
        ++emitted;
    });
    if (!spy.wait(timeoutMs))
        return std::nullopt;
    // Let a second emission (a bug) and the deferred delete happen.
    QTest::qWait(20);
    if (emitted != 1 || spy.count() != 1) {
        qWarning("SecretJob emitted finished() %d times", emitted);
        return std::nullopt;
    }
    if (!guard.isNull()) {
        qWarning("SecretJob did not delete itself after finishing");
        return std::nullopt;
    }
    return out;
}

} // namespace ysb::test
