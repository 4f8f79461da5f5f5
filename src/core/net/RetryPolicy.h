#pragma once

#include "Clock.h"
#include "Error.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace ysb {

/// When and whether a failed exchange may be tried again: back-off 30 s, 2 min, 10 min, 1 h, 3 h,
/// then 6 h, each ±20 % jitter, never sooner than Retry-After, at most 8 tries; a create whose
/// outcome is unknown is never resent before the order has been looked up by its number.
class RetryPolicy final {
public:
    enum class Decision {
        RetryLater,     ///< send the same request again at notBeforeUtc
        LookUpFirst,    ///< a create may have reached the server: find the order by number (at notBeforeUtc) before anything else
        NeedsAttention, ///< stop trying; a person must look (permanent error or tries exhausted)
    };

    struct Plan {
        Decision decision = Decision::NeedsAttention;
        QDateTime notBeforeUtc; ///< valid for RetryLater and LookUpFirst
        qint64 delaySecs = 0;
    };

    /// Returns a number uniformly distributed in [0, 1); tests inject a fixed one.
    using RandomSource = std::function<double()>;

    static constexpr int MaxTries = 8;
    static constexpr double Jitter = 0.20;

    explicit RetryPolicy(Clock *clock = Clock::system(), RandomSource random = {});

    /// The schedule before jitter after `failedTries` failures (1 → 30 s, 2 → 120 s, … ≥ 6 → 6 h).
    static qint64 baseDelaySecs(int failedTries);
    /// The jittered delay after `failedTries` failures, never shorter than retryAfterSecs.
    qint64 delaySecs(int failedTries, std::optional<qint64> retryAfterSecs = std::nullopt) const;

    /// True for failures that may pass by themselves (network, TLS handshake, timeouts, 429/503, 5xx, 408).
    static bool isTransient(const Error &error);
    /// True when the same request may simply be sent again: any transient failure of a read, and
    /// for a create only the failures that prove the server did not act on it (DNS, refused, TLS
    /// handshake, connect timeout, 429, 503).
    static bool mayRetry(const Error &error, bool isCreate);

    /// What to do after the `failedTries`-th failed try (1-based) ended with `error`. An unknown
    /// create outcome yields LookUpFirst even when the tries are used up: the order may exist.
    Plan plan(const Error &error, bool isCreate, int failedTries) const;
    Decision decide(const Error &error, bool isCreate, int failedTries) const
    {
        return plan(error, isCreate, failedTries).decision;
    }

private:
    Clock *m_clock = nullptr;
    RandomSource m_random;
};

} // namespace ysb
