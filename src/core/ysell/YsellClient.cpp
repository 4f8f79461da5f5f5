#include "ysell/YsellClient.h"

#include "net/HttpClient.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ysb {

YsellClient::YsellClient(HttpClient *http, QUrl baseUrl, YsellRoutes routes, QStringList doneSet, QString token,
                         QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_routes(std::move(routes))
    , m_rules(std::move(doneSet))
    , m_token(std::move(token))
{
}

Status YsellClient::checkConfig() const
{
    if (const Status url = HttpClient::validateUrl(m_baseUrl); !url.ok())
        return url;
    if (const Status routes = m_routes.validate(); !routes.ok())
        return routes;
    if (m_token.trimmed().isEmpty()) {
        return Error::make(ErrorKind::Config,
                           tr("No Ysell API token is set. Enter the token of the Ysell user in the settings."),
                           u"empty token"_s);
    }
    return Ok{};
}

Result<HttpRequest> YsellClient::buildRequest(const YsellRoute &route, const QString &routeName,
                                              const QHash<QString, QString> &values, const QByteArray &body,
                                              const QString &orderRef) const
{
    // The URL itself is checked by HttpClient, so that a refused http:// address is journalled too.
    if (const Status routes = m_routes.validate(); !routes.ok())
        return routes.error();
    if (m_token.trimmed().isEmpty()) {
        return Error::make(ErrorKind::Config,
                           tr("No Ysell API token is set. Enter the token of the Ysell user in the settings."),
                           u"empty token"_s);
    }
    const Result<QUrl> url = YsellRoutes::resolve(m_baseUrl, route, values);
    if (!url.ok())
        return url.error();

    HttpRequest req;
    req.method = route.method;
    req.url = url.value();
    req.system = u"ysell"_s;
    req.route = routeName;
    req.orderRef = orderRef;
    req.headers.append({QByteArrayLiteral("Authorization"), QByteArray("Bearer " + m_token.trimmed().toUtf8())});
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    req.headers.append({QByteArrayLiteral("User-Agent"), QByteArrayLiteral("YsellBridge/" YSB_VERSION)});
    if (!body.isEmpty()) {
        req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
        req.body = body;
    }
    return req;
}

CreateOrderJob *YsellClient::createOrder(const QJsonObject &order)
{
    const QString orderNum = order.value(u"order_num"_s).toString();
    auto *job = new CreateOrderJob(this, orderNum);
    job->start(buildRequest(m_routes.create, u"create"_s, {}, QJsonDocument(order).toJson(QJsonDocument::Compact),
                            orderNum));
    return job;
}

OrderStatusJob *YsellClient::orderStatus(const QString &id, const QString &orderRef)
{
    auto *job = new OrderStatusJob(this, orderRef);
    job->start(buildRequest(m_routes.status, u"status"_s, {{u"id"_s, id}}, {}, orderRef));
    return job;
}

FindOrderJob *YsellClient::findOrder(const QString &orderNum)
{
    auto *job = new FindOrderJob(this, orderNum);
    job->start(buildRequest(m_routes.find, u"find"_s, {{u"order_num"_s, orderNum}}, {}, orderNum));
    return job;
}

} // namespace ysb
