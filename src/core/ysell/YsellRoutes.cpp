#include "ysell/YsellRoutes.h"

#include "ysell/YsellPresets.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

const QRegularExpression &placeholderRe()
{
    static const QRegularExpression re(u"\\{([^{}]*)\\}"_s);
    return re;
}

bool knownPlaceholder(const QString &name)
{
    return name == u"id"_s || name == u"order_num"_s;
}

} // namespace

QString YsellRoute::toString() const
{
    return QString::fromLatin1(method) + u' ' + path;
}

Result<YsellRoute> YsellRoute::fromString(const QString &text)
{
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    YsellRoute route;
    if (parts.size() == 1) {
        route.path = parts[0];
    } else if (parts.size() == 2) {
        route.method = parts[0].toUpper().toLatin1();
        route.path = parts[1];
    } else {
        return Error::make(ErrorKind::Config,
                           Text(TextKind::YsellRouteNotValidWrite).arg(text),
                           u"route syntax"_s);
    }
    static const QList<QByteArray> methods = {"GET", "POST", "PUT", "PATCH"};
    if (!methods.contains(route.method) || !route.path.startsWith(u'/') || route.path.startsWith(u"//"_s)) {
        return Error::make(ErrorKind::Config,
                           Text(TextKind::YsellRouteNotValidWrite).arg(text),
                           u"route syntax"_s);
    }
    return route;
}

YsellRoutes YsellRoutes::taskStatement()
{
    return {{"POST", u"/api/orders/create"_s},
            {"GET", u"/api/orders/status?id={id}"_s},
            {"GET", u"/api/orders/status?order_num={order_num}"_s}};
}

YsellRoutes YsellRoutes::ysellV1()
{
    return {{"POST", u"/api/v1/order"_s},
            {"GET", u"/api/v1/order/{id}"_s},
            {"GET", u"/api/v1/order?order_num={order_num}"_s}};
}

QStringList YsellRoutes::presetNames()
{
    return ysellPresetNames();
}

std::optional<YsellRoutes> YsellRoutes::preset(const QString &name)
{
    if (const YsellPreset *p = ysellPreset(name))
        return p->routes();
    return std::nullopt;
}

Status YsellRoutes::validate() const
{
    for (const YsellRoute *route : {&create, &status, &find}) {
        const Result<YsellRoute> parsed = YsellRoute::fromString(route->toString());
        if (!parsed.ok())
            return parsed.error();
        auto it = placeholderRe().globalMatch(route->path);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!knownPlaceholder(name)) {
                return Error::make(ErrorKind::Config,
                                   Text(TextKind::YsellRouteUsesOnlyId).arg(route->toString()).arg(name),
                                   u"unknown placeholder"_s);
            }
        }
    }
    return Ok{};
}

Result<QUrl> YsellRoutes::resolve(const QUrl &base, const YsellRoute &route, const QHash<QString, QString> &values)
{
    if (!route.path.startsWith(u'/') || route.path.startsWith(u"//"_s)) {
        return Error::make(ErrorKind::Config,
                           Text(TextKind::YsellRouteMustStartWith).arg(route.toString()),
                           u"route path"_s);
    }
    QString path;
    qsizetype last = 0;
    auto it = placeholderRe().globalMatch(route.path);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        if (!knownPlaceholder(name) || !values.contains(name)) {
            return Error::make(ErrorKind::Config,
                               Text(TextKind::YsellRouteUsesWhichCannot).arg(route.toString()).arg(name),
                               u"unfilled placeholder"_s);
        }
        path += route.path.mid(last, m.capturedStart() - last);
        // Everything but unreserved characters is encoded, so a value can never add a path
        // segment or a query parameter ("S/1&x=2" stays one value).
        path += QString::fromLatin1(QUrl::toPercentEncoding(values.value(name)));
        last = m.capturedEnd();
    }
    path += route.path.mid(last);

    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    const QString text = base.scheme() + u"://"_s + base.authority(QUrl::FullyEncoded) + basePath + path;
    QUrl url = QUrl::fromEncoded(text.toUtf8(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return Error::make(ErrorKind::Config,
                           Text(TextKind::YsellAddressWithRouteDoes).arg(base.toDisplayString(QUrl::RemoveUserInfo)).arg(route.toString()),
                           url.errorString());
    }
    return url;
}

} // namespace ysb
