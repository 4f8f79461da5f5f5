#include "ysell/YsellClient.h"

#include "journal/Redactor.h"
#include "net/HttpClient.h"


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
                           Text(TextKind::NoYsellApiTokenSet),
                           u"empty token"_s);
    }
    return Ok{};
}

Result<HttpRequest> YsellClient::buildRequest(const YsellRoute &route, const QString &routeName,
                                              const QHash<QString, QString> &values, const YsellMapping::Body &body,
                                              const QString &orderRef) const
{
    // The URL itself is checked by HttpClient, so that a refused http:// address is journalled too.
    if (const Status routes = m_routes.validate(); !routes.ok())
        return routes.error();
    if (m_token.trimmed().isEmpty()) {
        return Error::make(ErrorKind::Config,
                           Text(TextKind::NoYsellApiTokenSet),
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
    if (!body.bytes.isEmpty()) {
        req.headers.append({QByteArrayLiteral("Content-Type"), body.contentType});
        req.body = body.bytes;
    }
    return req;
}

Result<HttpRequest> YsellClient::createRequest(const QJsonObject &order) const
{
    const QString orderNum = order.value(u"order_num"_s).toString();
    return buildRequest(m_routes.create, u"create"_s, {}, m_mapping.encode(order), orderNum);
}

CreateOrderJob *YsellClient::createOrder(const QJsonObject &order)
{
    auto *job = new CreateOrderJob(this, order.value(u"order_num"_s).toString());
    job->start(createRequest(order));
    return job;
}

QString YsellClient::describe(const HttpRequest &request) const
{
    const QStringList secrets{m_token, m_token.trimmed()};
    HeaderList headers = request.headers;
    headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(request.body.size())});
    QString text = QString::fromLatin1(request.method) + u' ' + request.url.toString(QUrl::FullyEncoded) + u'\n';
    for (const auto &[name, value] : std::as_const(headers)) {
        // The scheme stays readable: an administrator compares it with the account's API page.
        const bool bearer = value.startsWith("Bearer ");
        const QString shown = !Redactor::isSecretHeader(name) ? Redactor::redactText(QString::fromUtf8(value), secrets)
                              : bearer                         ? u"Bearer "_s + Redactor::mask()
                                                               : Redactor::mask();
        text += QString::fromLatin1(name) + u": "_s + shown + u'\n';
    }
    text += tr("X-Request-ID: (a new id for every attempt)") + u'\n';
    text += u'\n';
    text += QString::fromUtf8(request.body);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    // The body is the order's own text, but a token pasted into an order note must not show either.
    return Redactor::redactText(text, secrets);
}

OrderStatusJob *YsellClient::orderStatus(const QString &id, const QString &orderRef)
{
    auto *job = new OrderStatusJob(this, orderRef);
    job->start(buildRequest(m_routes.status, u"status"_s, {{u"id"_s, id}}, YsellMapping::Body{}, orderRef));
    return job;
}

FindOrderJob *YsellClient::findOrder(const QString &orderNum)
{
    auto *job = new FindOrderJob(this, orderNum);
    job->start(buildRequest(m_routes.find, u"find"_s, {{u"order_num"_s, orderNum}}, YsellMapping::Body{}, orderNum));
    return job;
}

} // namespace ysb
