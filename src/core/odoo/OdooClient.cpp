#include "odoo/OdooClient.h"

#include "Logging.h"
#include "net/HttpClient.h"
#include "odoo/OdooParse.h"
#include "odoo/OdooRpc.h"

using namespace Qt::StringLiterals;

namespace ysb {

// ---------------------------------------------------------------------------------------------
// OdooCallJob

OdooCallJob::OdooCallJob(OdooClient *client, Kind kind, QString model, QString method, QJsonArray args,
                         QJsonObject kwargs, QString orderRef)
    : QObject(client)
    , m_client(client)
    , m_kind(kind)
    , m_model(std::move(model))
    , m_method(std::move(method))
    , m_args(std::move(args))
    , m_kwargs(std::move(kwargs))
    , m_orderRef(std::move(orderRef))
{
    switch (m_kind) {
    case Kind::Version:
        m_route = u"common.version"_s;
        break;
    case Kind::Authenticate:
        m_route = u"common.authenticate"_s;
        break;
    case Kind::Execute:
        m_route = m_model + u'.' + m_method;
        break;
    }
    // Callers connect to finished() after the job is returned, so nothing happens before the next turn.
    QMetaObject::invokeMethod(this, &OdooCallJob::start, Qt::QueuedConnection);
}

void OdooCallJob::start()
{
    switch (m_kind) {
    case Kind::Version:
        send(u"common"_s, u"version"_s, {});
        return;
    case Kind::Authenticate:
        send(u"common"_s, u"authenticate"_s,
             QJsonArray{m_client->m_database, m_client->m_login, m_client->m_secret, QJsonObject()});
        return;
    case Kind::Execute:
        if (const auto uid = m_client->uid())
            onUidReady(*uid);
        else
            m_client->requestUid(this);
        return;
    }
}

void OdooCallJob::onUidReady(const Result<int> &uid)
{
    if (!uid) {
        finish(uid.error());
        return;
    }
    send(u"object"_s, u"execute_kw"_s,
         OdooRpc::executeKwArgs(m_client->m_database, uid.value(), m_client->m_secret, m_model, m_method, m_args,
                                m_kwargs));
}

void OdooCallJob::send(const QString &service, const QString &method, const QJsonArray &args)
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_client->m_endpoint;
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    request.body = OdooRpc::envelope(service, method, args, m_client->nextRequestId());
    request.system = u"odoo"_s;
    request.route = m_route;
    request.orderRef = m_orderRef;
    request.orderId = m_orderId;

    HttpJob *job = m_client->m_http->send(std::move(request));
    m_http = job;
    connect(job, &HttpJob::finished, this, &OdooCallJob::onHttpFinished);
    // The HTTP client drops its jobs silently when it is torn down; answer anyway.
    connect(job, &QObject::destroyed, this, [this] {
        if (!m_done)
            finish(Error::make(ErrorKind::Cancelled, Text(TextKind::OdooRequestCancelled), u"http job destroyed"_s));
    });
}

void OdooCallJob::onHttpFinished(const Result<HttpResponse> &response)
{
    if (!response) {
        finish(response.error());
        return;
    }
    Result<QJsonValue> result = OdooRpc::parseResponse(response->status, response->body, m_client->m_database);
    if (!result) {
        Error e = result.error();
        if (e.kind == ErrorKind::RateLimited)
            e.retryAfterSecs = response->retryAfterSecs(m_client->m_clock->nowUtc());
        if (e.kind == ErrorKind::BadCredentials) {
            // AccessDenied on execute_kw: the password or key changed since the uid was cached.
            m_client->forgetSession();
            e.setText(OdooClient::badCredentialsMessage(m_client->m_login));
        }
        finish(e);
        return;
    }
    if (m_kind == Kind::Authenticate) {
        const Result<int> uid = OdooParse::uid(result.value());
        if (!uid) {
            finish(uid.error());
            return;
        }
        if (uid.value() == 0) {
            m_client->forgetSession();
            Error e = Error::make(ErrorKind::BadCredentials, OdooClient::badCredentialsMessage(m_client->m_login),
                                  u"common.authenticate returned false"_s);
            e.httpStatus = response->status;
            finish(e);
            return;
        }
        m_client->m_uid = uid.value();
    }
    finish(result);
}

void OdooCallJob::finish(const Result<QJsonValue> &result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_http)
        m_http->disconnect(this);
    if (result)
        qCDebug(lcOdoo) << m_route << "ok";
    else
        qCInfo(lcOdoo).noquote() << m_route << "failed:" << result.error().kindName()
                                 << result.error().detail.simplified();
    Q_EMIT finished(result);
    deleteLater();
}

// ---------------------------------------------------------------------------------------------
// OdooClient

OdooClient::OdooClient(HttpClient *http, const QUrl &url, QString database, QString login, QString secret,
                       QObject *parent, Clock *clock)
    : QObject(parent)
    , m_http(http)
    , m_clock(clock ? clock : Clock::system())
    , m_endpoint(endpointFor(url))
    , m_database(std::move(database))
    , m_login(std::move(login))
    , m_secret(std::move(secret))
{
}

OdooClient::~OdooClient() = default;

QUrl OdooClient::endpointFor(const QUrl &baseUrl)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(u"/jsonrpc"_s))
        path += u"/jsonrpc"_s;
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

Text OdooClient::badCredentialsMessage(const QString &login)
{
    return Text(TextKind::OdooRefusedLoginPasswordApi).arg(login);
}

void OdooClient::setCredentials(const QString &login, const QString &secret)
{
    m_login = login;
    m_secret = secret;
    m_uid.reset();
}

OdooCallJob *OdooClient::version()
{
    return new OdooCallJob(this, OdooCallJob::Kind::Version, {}, {}, {}, {}, {});
}

OdooCallJob *OdooClient::authenticate()
{
    return new OdooCallJob(this, OdooCallJob::Kind::Authenticate, {}, {}, {}, {}, {});
}

OdooCallJob *OdooClient::call(const QString &model, const QString &method, const QJsonArray &args,
                              const QJsonObject &kwargs, const QString &orderRef, qint64 orderId)
{
    auto *job = new OdooCallJob(this, OdooCallJob::Kind::Execute, model, method, args, kwargs, orderRef);
    job->m_orderId = orderId; // read when the request is built, a turn of the event loop later
    return job;
}

void OdooClient::requestUid(OdooCallJob *waiter)
{
    // Calls queued before the first sign-in share one authenticate request.
    m_waiters << waiter;
    if (m_signingIn)
        return;
    m_signingIn = true;
    OdooCallJob *signIn = authenticate();
    connect(signIn, &OdooCallJob::finished, this, &OdooClient::onSignInFinished);
}

void OdooClient::onSignInFinished(const Result<QJsonValue> &result)
{
    m_signingIn = false;
    const QList<QPointer<OdooCallJob>> waiters = std::exchange(m_waiters, {});
    const Result<int> uid = result ? Result<int>(result->toInt()) : Result<int>(result.error());
    for (const QPointer<OdooCallJob> &job : waiters) {
        if (job)
            job->onUidReady(uid);
    }
}

} // namespace ysb
