#include "Lease.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ysb::Lease {

QString make(const QString &what, const QString &instanceId, const QDateTime &until)
{
    return u"%1:%2:%3"_s.arg(what, instanceId, until.toUTC().toString(Qt::ISODate));
}

std::optional<Claim> parse(const QString &value)
{
    const qsizetype first = value.indexOf(u':');
    if (first <= 0)
        return std::nullopt;
    const qsizetype second = value.indexOf(u':', first + 1);
    if (second <= first + 1)
        return std::nullopt;
    Claim c;
    c.what = value.left(first);
    c.instanceId = value.mid(first + 1, second - first - 1);
    c.until = QDateTime::fromString(value.mid(second + 1), Qt::ISODate);
    if (!c.until.isValid() || (c.what != u"sending"_s && c.what != u"picking"_s))
        return std::nullopt;
    return c;
}

bool heldByOther(const QString &value, const QString &instanceId, const QDateTime &nowUtc)
{
    const auto c = parse(value);
    return c && c->instanceId != instanceId && c->until > nowUtc;
}

bool heldBy(const QString &value, const QString &instanceId)
{
    const auto c = parse(value);
    return c && c->instanceId == instanceId;
}

} // namespace ysb::Lease
