#pragma once

#include <QDateTime>

namespace ysb {

/// Source of time for everything that schedules: back-off, the hourly sweep, leases.
/// Tests inject a FakeClock and move time by hand instead of sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMsecs() const { return nowUtc().toMSecsSinceEpoch(); }

    /// The process-wide real clock.
    static Clock *system();
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace ysb
