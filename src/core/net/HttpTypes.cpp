#include "net/HttpTypes.h"

#include <QLocale>

namespace ysb {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {

// RFC 9110 allows three HTTP-date forms; servers still send all of them.
std::optional<QDateTime> parseHttpDate(const QByteArray &raw)
{
    QString text = QString::fromLatin1(raw).simplified();
    // The weekday is redundant, and QLocale would bend the date to match a wrong one (RFC 850's
    // two-digit years make "Saturday, 28-Nov-26" a Sunday in 1926), so it is dropped.
    const qsizetype comma = text.indexOf(u',');
    text = comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(u' ', 1);
    const QLocale c = QLocale::c();
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate
        "dd-MMM-yy HH:mm:ss 'GMT'",   // obsolete RFC 850
        "MMM d HH:mm:ss yyyy",        // asctime (simplified() folded its double space)
    };
    for (const char *format : formats) {
        QDateTime t = c.toDateTime(text, QString::fromLatin1(format));
        if (t.isValid()) {
            // RFC 850 two-digit years: QLocale reads them as 19xx; HTTP says within 50 years of now.
            if (t.date().year() < 1970)
                t = t.addYears(100);
            t.setTimeSpec(Qt::UTC);
            return t;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> HttpResponse::retryAfterSecs(const QDateTime &nowUtc) const
{
    const QByteArray raw = header("Retry-After").trimmed();
    if (raw.isEmpty())
        return std::nullopt;

    bool allDigits = true;
    for (char ch : raw)
        allDigits = allDigits && ch >= '0' && ch <= '9';
    if (allDigits) {
        // More than ten digits is nonsense (centuries); ignore rather than overflow later.
        if (raw.size() > 10)
            return std::nullopt;
        return raw.toLongLong();
    }

    const auto when = parseHttpDate(raw);
    if (!when)
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.secsTo(*when));
}

} // namespace ysb
