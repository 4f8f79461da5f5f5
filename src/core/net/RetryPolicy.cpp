#include "net/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>

namespace ysb {

RetryPolicy::RetryPolicy(Clock *clock, RandomSource random)
    : m_clock(clock ? clock : Clock::system())
    , m_random(random ? std::move(random) : RandomSource([] { return QRandomGenerator::global()->generateDouble(); }))
{
}

qint64 RetryPolicy::baseDelaySecs(int failedTries)
{
    static constexpr std::array<qint64, 6> schedule = {30, 2 * 60, 10 * 60, 60 * 60, 3 * 60 * 60, 6 * 60 * 60};
    const int index = std::clamp(failedTries, 1, int(schedule.size())) - 1;
    return schedule[size_t(index)];
}

qint64 RetryPolicy::delaySecs(int failedTries, std::optional<qint64> retryAfterSecs) const
{
    // Jitter spreads clients that failed together (one outage) so they do not return together.
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const double factor = 1.0 + Jitter * (2.0 * r - 1.0);
    const qint64 jittered = std::llround(double(baseDelaySecs(failedTries)) * factor);
    return std::max(jittered, retryAfterSecs.value_or(0));
}

bool RetryPolicy::isTransient(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Dns:
    case ErrorKind::Refused:
    case ErrorKind::Tls:
    case ErrorKind::Timeout:
    case ErrorKind::Network:
    case ErrorKind::RateLimited:
        return true;
    case ErrorKind::Http:
        return error.httpStatus >= 500 || error.httpStatus == 408;
    default:
        // Bad credentials, validation, configuration, malformed answers… do not heal with time.
        return false;
    }
}

bool RetryPolicy::mayRetry(const Error &error, bool isCreate)
{
    if (!isTransient(error))
        return false;
    if (!isCreate)
        return true;
    switch (error.kind) {
    case ErrorKind::RateLimited:
        // 429/503: the server answered that it did not take the request.
        return true;
    case ErrorKind::Dns:
    case ErrorKind::Refused:
    case ErrorKind::Tls:
    case ErrorKind::Timeout:
    case ErrorKind::Network:
        return !error.requestMaybeSent;
    default:
        // 5xx other than 503, 408: the server had the request; its outcome is unknown.
        return false;
    }
}

RetryPolicy::Plan RetryPolicy::plan(const Error &error, bool isCreate, int failedTries) const
{
    Plan p;
    if (!isTransient(error)) {
        // A malformed answer to a create may still mean the order was created.
        if (isCreate && error.requestMaybeSent && error.kind == ErrorKind::Protocol) {
            p.decision = Decision::LookUpFirst;
            p.delaySecs = delaySecs(failedTries, error.retryAfterSecs);
            p.notBeforeUtc = m_clock->nowUtc().addSecs(p.delaySecs);
        }
        return p;
    }
    const bool blindRetryOk = mayRetry(error, isCreate);
    if (blindRetryOk && failedTries >= MaxTries)
        return p;
    p.decision = blindRetryOk ? Decision::RetryLater : Decision::LookUpFirst;
    p.delaySecs = delaySecs(failedTries, error.retryAfterSecs);
    p.notBeforeUtc = m_clock->nowUtc().addSecs(p.delaySecs);
    return p;
}

} // namespace ysb
