#include "ysell/YsellCheckJob.h"

#include "net/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ysb {
namespace {

// A number no Odoo order has: the find answers "not found" without touching a real order.
const QString kProbeNumber = u"YSB-CONNECTION-CHECK"_s;

// Yii2's error object, as Ysell sends it with every non-2xx answer.
bool isYiiError(const QJsonValue &v, int status)
{
    const QJsonObject o = v.toObject();
    return v.isObject() && o.value(u"name"_s).isString() && o.value(u"message"_s).isString()
           && (o.value(u"status"_s).toInt() == status || o.contains(u"code"_s));
}

QJsonValue jsonOf(const HttpResponse &response)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

Error notYsell(const QUrl &baseUrl, const Text &why)
{
    return Error::make(ErrorKind::Protocol,
                       Text(TextKind::ServerDoesNotAnswerLike).arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery)).arg(why),
                       why.render());
}

} // namespace

YsellCheckJob::YsellCheckJob(HttpClient *http, QUrl baseUrl, YsellRoutes routes, QString token, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_routes(std::move(routes))
    , m_token(std::move(token))
{
}

void YsellCheckJob::start()
{
    send(true);
}

Status YsellCheckJob::judgeWithToken(const HttpResponse &response, const QUrl &baseUrl)
{
    const int s = response.status;
    const QJsonValue body = jsonOf(response);
    if (s == 401) {
        Error e = Error::make(ErrorKind::BadCredentials,
                              Text(TextKind::YsellTokenRefused),
                              u"HTTP 401"_s);
        e.httpStatus = s;
        return e;
    }
    if (s == 403) {
        Error e = Error::make(ErrorKind::AccessRights,
                              Text(TextKind::YsellAccessRefused),
                              u"HTTP 403"_s);
        e.httpStatus = s;
        return e;
    }
    if (s == 404)
        return isYiiError(body, 404) ? Status(Ok{}) : Status(notYsell(baseUrl, Text(TextKind::Http404WithoutYsellS)));
    if (s >= 200 && s < 300) {
        if (body.isArray())
            return Ok{};
        const QJsonObject o = body.toObject();
        if (body.isObject() && (o.contains(u"order_num"_s) || o.contains(u"id"_s) || o.value(u"items"_s).isArray()
                                || o.value(u"data"_s).isArray() || o.value(u"data"_s).isObject()))
            return Ok{};
        return notYsell(baseUrl, Text(TextKind::HttpWithAnswerThatNot).arg(s));
    }
    return notYsell(baseUrl, Text(TextKind::HttpStatusOnly).arg(s));
}

Status YsellCheckJob::judgeWithoutToken(const HttpResponse &response, const QUrl &baseUrl)
{
    if (response.status == 401)
        return Ok{};
    return notYsell(baseUrl, Text(TextKind::RequestWithoutTokenNotRefused).arg(response.status));
}

void YsellCheckJob::send(bool withToken)
{
    if (const Status routes = m_routes.validate(); !routes.ok()) {
        finish(routes);
        return;
    }
    const Result<QUrl> url = YsellRoutes::resolve(m_baseUrl, m_routes.find, {{u"order_num"_s, kProbeNumber}});
    if (!url.ok()) {
        finish(url.error());
        return;
    }
    HttpRequest req;
    req.method = m_routes.find.method;
    req.url = url.value();
    req.system = u"ysell"_s;
    req.route = withToken ? u"check"_s : u"check_without_token"_s;
    if (withToken)
        req.headers.append({QByteArrayLiteral("Authorization"), QByteArray("Bearer " + m_token.trimmed().toUtf8())});
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    req.headers.append({QByteArrayLiteral("User-Agent"), QByteArrayLiteral("YsellBridge/" YSB_VERSION)});
    HttpJob *job = m_http->send(req);
    connect(job, &HttpJob::finished, this, [this, withToken](const Result<HttpResponse> &r) {
        if (!r.ok()) {
            finish(r.error());
            return;
        }
        const Status judged = withToken ? judgeWithToken(r.value(), m_baseUrl) : judgeWithoutToken(r.value(), m_baseUrl);
        if (!judged.ok() || !withToken)
            finish(judged);
        else
            send(false);
    });
}

void YsellCheckJob::finish(const Status &result)
{
    if (m_done)
        return;
    m_done = true;
    // Always from the event loop, so that a caller connecting after start() hears it.
    QTimer::singleShot(0, this, [this, result] {
        Q_EMIT finished(result);
        deleteLater();
    });
}

} // namespace ysb
