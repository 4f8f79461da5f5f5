#include "IsoTime.h"

namespace ysb {

QString isoTime(const QDateTime &t, TimePrecision precision)
{
    if (!t.isValid())
        return QString();
    return t.toUTC().toString(precision == TimePrecision::Milliseconds ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace ysb
