#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

#include <optional>
#include <vector>

namespace ysb::sim {

/// Transport-level faults the server can inject on a route.
enum class FaultKind {
    Latency,    ///< answer `ms` later (adds to any other fault)
    Status,     ///< answer `status` (default 500) with a JSON error body; the request is not acted on
    RetryAfter, ///< answer 429 (or `status` 503) with Retry-After: ceil(ms / 1000) s (default 1 s)
    Hang,       ///< never answer; the connection stays open until the client gives up
    Reset,      ///< abort the connection (TCP RST) without acting
    CommitDrop, ///< act on the request, then close the connection without answering
    Malformed,  ///< act, then answer 200 with truncated JSON
    WrongShape, ///< act, then answer 200 with valid JSON of the wrong shape
    Down,       ///< stop listening for `ms` (Odoo: until cleared when `ms` is 0)
};

/// One entry of POST /_sim/faults.
struct FaultSpec {
    QString route;           // "create" | "status" | "find" | "*" | "odoo" | "odoo:<model>.<method>"
    FaultKind kind = FaultKind::Latency;
    double rate = 1.0;       // chance per matching request
    int ms = 0;
    int status = 0;
    int count = -1;          // triggers left; -1 = unlimited

    /// Parses the transport kinds; semantic Odoo kinds are not FaultSpecs (see isOdooSemanticKind).
    static Result<FaultSpec> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    static QString kindName(FaultKind kind);
    /// access_denied, access_error, validation_error, user_error, missing_error, wrong_db.
    static bool isOdooSemanticKind(const QString &kind);
    int retryAfterSecs() const { return ms > 0 ? (ms + 999) / 1000 : 1; }
};

/// What to do with one request.
struct FaultDecision {
    int extraLatencyMs = 0;
    std::optional<FaultSpec> action; // never Latency or Down
};

/// The active faults, matched per request in the order they were added.
class FaultTable final {
public:
    FaultTable();
    void add(const FaultSpec &spec);
    /// Removes the faults of `route`; "*" removes all, "odoo" every Odoo route.
    void clear(const QString &route);
    /// Rolls the dice for one request on `route` and consumes counts.
    FaultDecision decide(const QString &route);
    QJsonArray toJson() const;
    void setSeed(quint32 seed) { m_random.seed(seed); }

    /// True when a fault on `faultRoute` applies to a request on `requestRoute`.
    static bool matches(const QString &faultRoute, const QString &requestRoute);

private:
    std::vector<FaultSpec> m_faults;
    QRandomGenerator m_random;
};

} // namespace ysb::sim
