#pragma once

#include <QDateTime>
#include <QString>

namespace ysb {

enum class TimePrecision { Seconds, Milliseconds };

/// A time as ISO 8601 in UTC ("2026-11-28T09:00:00Z"), the one form JSON output and exports use;
/// empty for an invalid time.
QString isoTime(const QDateTime &t, TimePrecision precision = TimePrecision::Seconds);

} // namespace ysb
