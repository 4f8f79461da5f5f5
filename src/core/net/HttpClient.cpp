#include "net/HttpClient.h"

#include "Logging.h"

#include <algorithm>
#include <cstring>

#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

QString hostLabel(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

QString hostKeyOf(const QUrl &url)
{
    return url.host().toLower() + u':' + QString::number(url.port(443));
}

QString outcomeOf(const Result<HttpResponse> &result)
{
    if (!result.ok())
        return result.error().kindName();
    const int status = result->status;
    return status >= 200 && status < 300 ? u"ok"_s : u"http_"_s + QString::number(status);
}

bool isUntrusted(QSslError::SslError e)
{
    switch (e) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::CertificateSignatureFailed:
        return true;
    default:
        return false;
    }
}

// Upload data that can be read once only. Qt's HTTP layer resends a request whose connection
// closed before the answer, also a POST; with a body it cannot rewind, Qt reports
// ContentReSendError instead, so a create is never sent twice behind the caller's back.
class OneShotBody final : public QIODevice {
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::atEnd(); }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";
}

} // namespace

// ---------------------------------------------------------------------------------------------
// HttpJob

HttpJob::HttpJob(HttpClient *client, HttpRequest request, QString correlationId)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_correlationId(std::move(correlationId))
    , m_hostKey(hostKeyOf(m_request.url))
{
}

HttpJob::~HttpJob()
{
    // Only reached without finish() when the client is torn down: drop the reply quietly.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpJob::start()
{
    m_started = true;
    m_startedUtc = m_client->m_clock->nowUtc();
    m_startedMs = m_startedUtc.toMSecsSinceEpoch();

    if (const Status ca = m_client->loadExtraCa(); !ca.ok()) {
        finishLater(ca.error());
        return;
    }

    QNetworkRequest req(m_request.url);
    for (const auto &[name, value] : std::as_const(m_request.headers))
        req.setRawHeader(name, value);
    req.setRawHeader("X-Request-ID", m_correlationId.toLatin1());
    req.setSslConfiguration(m_client->sslConfiguration());
    // A redirect is an answer to show, never something to follow: it could lead to http:// or
    // to another host that would then receive the Authorization header.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only: its requestSent() is what tells "never sent" from "outcome unknown", and that
    // distinction decides whether a create may be retried.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = nullptr;
    QNetworkAccessManager *nam = m_client->acquireNam(&m_namSlot);
    if (isIdempotent(m_request.method)) {
        reply = nam->sendCustomRequest(req, m_request.method, m_request.body);
    } else {
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body, this);
        reply = nam->sendCustomRequest(req, m_request.method, body);
        body->setParent(reply); // Qt reads it until the reply ends, which may be after this job
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, &HttpJob::onSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, &HttpJob::onProgress);
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        // Qt's HTTP layer silently resends a request (even a POST) whose connection closed
        // before any answer; it cannot be switched off, so it is at least made visible.
        if (m_requestSent)
            qCInfo(lcNet).noquote() << m_request.system << m_request.route << "was resent by Qt after a dropped connection"
                                    << m_correlationId;
        m_requestSent = true;
        m_connected = true;
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        onProgress();
        if (!m_reply)
            return;
        bool ok = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok)
            checkSize(length);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            onProgress();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        onProgress();
        checkSize(received);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        onProgress();
        if (m_reply)
            checkSize(m_reply->bytesAvailable());
    });

    m_connectTimer = new QTimer(this);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, &HttpJob::onConnectTimeout);
    m_connectTimer->start(m_client->m_settings.connectTimeoutMs);

    m_requestTimer = new QTimer(this);
    m_requestTimer->setSingleShot(true);
    connect(m_requestTimer, &QTimer::timeout, this, &HttpJob::onRequestTimeout);
    m_requestTimer->start(m_client->m_settings.requestTimeoutMs);
}

void HttpJob::onProgress()
{
    m_connected = true;
    if (m_connectTimer)
        m_connectTimer->stop();
}

void HttpJob::onConnectTimeout()
{
    if (m_connected || m_requestSent || !m_reply || m_done)
        return;
    m_timedOut = true;
    m_connectTimedOut = true;
    m_reply->abort();
}

void HttpJob::onRequestTimeout()
{
    if (!m_reply || m_done)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void HttpJob::checkSize(qint64 bytes)
{
    if (bytes <= m_client->m_settings.maxResponseBytes || m_tooLarge || !m_reply || m_done)
        return;
    m_tooLarge = true;
    m_reply->abort();
}

void HttpJob::onSslErrors(const QList<QSslError> &errors)
{
    // Verification stays on: the errors are only kept to explain the refusal, never ignored.
    m_sslErrors += errors;
}

Error HttpJob::tlsError() const
{
    const QString host = hostLabel(m_request.url);
    QStringList details;
    for (const QSslError &e : m_sslErrors)
        details << e.errorString();
    const QString detail = details.isEmpty() && m_reply ? m_reply->errorString() : details.join(u"; "_s);

    auto has = [this](auto pred) {
        return std::any_of(m_sslErrors.cbegin(), m_sslErrors.cend(), [&](const QSslError &e) { return pred(e.error()); });
    };
    auto certOf = [this](QSslError::SslError which) {
        for (const QSslError &e : m_sslErrors)
            if (e.error() == which)
                return e.certificate();
        return QSslCertificate();
    };

    Text message;
    if (has([](QSslError::SslError e) { return e == QSslError::HostNameMismatch; })) {
        const QSslCertificate cert = certOf(QSslError::HostNameMismatch);
        QStringList names = cert.subjectAlternativeNames().values();
        if (names.isEmpty())
            names = cert.subjectInfo(QSslCertificate::CommonName);
        message = Text(TextKind::TlsNameMismatch)
                      .arg(host)
                      .arg(names.isEmpty() ? Text(TextKind::TlsUnknownName) : Text::data(names.join(u", "_s)));
    } else if (has([](QSslError::SslError e) { return e == QSslError::CertificateExpired; })) {
        const QSslCertificate cert = certOf(QSslError::CertificateExpired);
        message = Text(TextKind::TlsExpired).arg(host).arg(cert.expiryDate().date().toString(Qt::ISODate));
    } else if (has([](QSslError::SslError e) { return e == QSslError::CertificateNotYetValid; })) {
        message = Text(TextKind::TlsNotYetValid).arg(host);
    } else if (has([](QSslError::SslError e) { return e == QSslError::CertificateRevoked; })) {
        message = Text(TextKind::TlsRevoked).arg(host);
    } else if (has(isUntrusted)) {
        message = Text(TextKind::TlsUntrusted).arg(host);
    } else {
        message = Text(TextKind::TlsFailed).arg(host);
    }
    return Error::make(ErrorKind::Tls, message, detail);
}

Error HttpJob::transportError() const
{
    const QString host = hostLabel(m_request.url);
    // Once the TLS session is up or the request has been written, the server may have acted on it.
    // requestSent alone is not enough: it is queued from Qt's network thread and may lag behind.
    const bool maybeSent = m_requestSent || m_connected;
    const QString detail = m_reply ? m_reply->errorString() : QString();

    if (m_tooLarge) {
        Error e = Error::make(ErrorKind::Protocol,
                              Text(TextKind::AnswerTooLarge)
                                  .arg(host)
                                  .arg(QString::number(m_client->m_settings.maxResponseBytes / (1024.0 * 1024.0), 'g', 3)),
                              u"response exceeds maxResponseBytes"_s);
        e.requestMaybeSent = true;
        return e;
    }
    if (m_timedOut) {
        Error e;
        if (m_connectTimedOut) {
            e = Error::make(ErrorKind::Timeout,
                            Text(TextKind::ConnectTimeout)
                                .arg(host)
                                .arg(QString::number(m_client->m_settings.connectTimeoutMs / 1000.0, 'g', 3)),
                            u"connect timeout"_s);
        } else {
            e = Error::make(ErrorKind::Timeout,
                            Text(TextKind::RequestTimeout)
                                .arg(host)
                                .arg(QString::number(m_client->m_settings.requestTimeoutMs / 1000.0, 'g', 3)),
                            u"request timeout"_s);
            e.requestMaybeSent = maybeSent;
        }
        return e;
    }

    const QNetworkReply::NetworkError code = m_reply ? m_reply->error() : QNetworkReply::UnknownNetworkError;
    Error e;
    switch (code) {
    case QNetworkReply::HostNotFoundError:
        return Error::make(ErrorKind::Dns,
                           Text(TextKind::HostNotFound).arg(m_request.url.host()),
                           detail);
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(ErrorKind::Refused,
                           Text(TextKind::ConnectionRefused).arg(host),
                           detail);
    case QNetworkReply::SslHandshakeFailedError:
        return tlsError();
    case QNetworkReply::TimeoutError:
        e = Error::make(ErrorKind::Timeout,
                        Text(TextKind::ConnectionTimedOut).arg(host), detail);
        break;
    case QNetworkReply::ContentReSendError:
        // The connection closed after the request went out and Qt could not resend it (see
        // OneShotBody): the server may have acted on it.
        e = Error::make(ErrorKind::Network,
                        Text(TextKind::ConnectionLost).arg(host),
                        detail);
        e.requestMaybeSent = true;
        return e;
    case QNetworkReply::OperationCanceledError:
        e = Error::make(ErrorKind::Cancelled, Text(TextKind::RequestCancelled).arg(host), detail);
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        e = Error::make(ErrorKind::Protocol,
                        Text(TextKind::NotHttp).arg(host),
                        detail);
        break;
    default:
        e = Error::make(ErrorKind::Network,
                        Text(TextKind::ConnectionFailed).arg(host).arg(detail),
                        detail);
        break;
    }
    e.requestMaybeSent = maybeSent;
    return e;
}

void HttpJob::onReplyFinished()
{
    if (m_done || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError code = reply->error();
    // Qt reports HTTP 4xx/5xx as errors >= 200; below that (connection, proxy, cancel) there is no
    // complete answer even when a status line arrived.
    const bool transportFailure = m_tooLarge || m_timedOut || (code != QNetworkReply::NoError && code < 200)
        || !statusAttr.isValid();
    if (transportFailure) {
        finish(transportError());
        return;
    }
    HttpResponse response;
    response.status = statusAttr.toInt();
    response.body = reply->readAll();
    if (response.body.size() > m_client->m_settings.maxResponseBytes) {
        m_tooLarge = true;
        finish(transportError());
        return;
    }
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    response.correlationId = m_correlationId;
    response.durationMs = m_client->m_clock->nowMsecs() - m_startedMs;
    finish(response);
}

void HttpJob::finishLater(const Error &error)
{
    // Callers connect to finished() after send() returns, so even an immediate failure is queued.
    QMetaObject::invokeMethod(this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void HttpJob::finish(const Result<HttpResponse> &result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_connectTimer)
        m_connectTimer->stop();
    if (m_requestTimer)
        m_requestTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (!m_started) {
        m_startedUtc = m_client->m_clock->nowUtc();
        m_startedMs = m_startedUtc.toMSecsSinceEpoch();
    }
    m_client->record(this, result);
    m_client->onJobDone(this);
    Q_EMIT finished(result);
    deleteLater();
}

// ---------------------------------------------------------------------------------------------
// HttpClient

HttpClient::HttpClient(HttpSettings settings, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(clock ? clock : Clock::system())
{
    m_settings.maxInflightPerHost = std::max(1, m_settings.maxInflightPerHost);
}

HttpClient::~HttpClient()
{
    // Pending jobs die with the client without finished(): nobody is left to receive it.
    const QList<HttpJob *> jobs = findChildren<HttpJob *>(Qt::FindDirectChildrenOnly);
    for (HttpJob *job : jobs)
        delete job;
    if (m_ownsNam)
        delete m_nam;
    qDeleteAll(m_extraNams);
}

QNetworkAccessManager *HttpClient::acquireNam(int *slot)
{
    constexpr int kConnectionsPerManager = 6;
    if (m_namLoad.isEmpty()) {
        nam();
        m_namLoad.append(0);
        if (m_ownsNam) {
            const int extra = (m_settings.maxInflightPerHost - 1) / kConnectionsPerManager;
            for (int i = 0; i < extra; ++i) {
                m_extraNams.append(new QNetworkAccessManager());
                m_namLoad.append(0);
            }
        }
    }
    int best = 0;
    for (int i = 1; i < m_namLoad.size(); ++i) {
        if (m_namLoad.at(i) < m_namLoad.at(best))
            best = i;
    }
    ++m_namLoad[best];
    *slot = best;
    return best == 0 ? m_nam : m_extraNams.at(best - 1);
}

void HttpClient::releaseNam(int slot)
{
    if (slot >= 0 && slot < m_namLoad.size())
        m_namLoad[slot] = std::max(0, m_namLoad.at(slot) - 1);
}

void HttpClient::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    if (m_ownsNam)
        delete m_nam;
    qDeleteAll(m_extraNams);
    m_extraNams.clear();
    m_namLoad.clear();
    m_nam = nam;
    m_ownsNam = false;
}

QNetworkAccessManager *HttpClient::nam()
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager();
        m_ownsNam = true;
    }
    return m_nam;
}

Status HttpClient::loadExtraCa()
{
    if (m_extraCaLoaded)
        return m_extraCaError ? Status(*m_extraCaError) : Status(Ok{});
    m_extraCaLoaded = true;
    m_sslConfig.reset();
    if (m_settings.extraCaFile.isEmpty())
        return Ok{};

    QFile file(m_settings.extraCaFile);
    QList<QSslCertificate> certs;
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray data = file.readAll();
        certs = QSslCertificate::fromData(data, QSsl::Pem);
        if (certs.isEmpty())
            certs = QSslCertificate::fromData(data, QSsl::Der);
    }
    if (certs.isEmpty()) {
        m_extraCaError = Error::make(
            ErrorKind::Config,
            Text(TextKind::CaFileCouldNotRead).arg(m_settings.extraCaFile),
            file.errorString());
        return *m_extraCaError;
    }
    m_extraCa = certs;
    return Ok{};
}

const QSslConfiguration &HttpClient::sslConfiguration()
{
    if (!m_sslConfig) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(QSslConfiguration::defaultConfiguration().caCertificates() + m_extraCa);
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        m_sslConfig = conf;
    }
    return *m_sslConfig;
}

Status HttpClient::validateUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                              | QUrl::RemoveFragment);
    if (!url.isValid() || url.isRelative() || (scheme == u"https"_s && url.host().isEmpty())) {
        return Error::make(ErrorKind::Config,
                           Text(TextKind::NotCompleteWebAddressEnter).arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                           u"invalid url"_s);
    }
    if (scheme == u"http"_s) {
        return Error::make(ErrorKind::InsecureUrl,
                           Text(TextKind::OnlyHttpsAddressesAreAllowed2).arg(shown).arg(hostLabel(url)),
                           u"http scheme refused"_s);
    }
    if (scheme != u"https"_s) {
        return Error::make(ErrorKind::InsecureUrl,
                           Text(TextKind::OnlyHttpsAddressesAreAllowed).arg(shown),
                           u"scheme refused: "_s + scheme);
    }
    return Ok{};
}

HttpJob *HttpClient::send(HttpRequest request)
{
    auto *job = new HttpJob(this, std::move(request), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (const Status valid = validateUrl(job->m_request.url); !valid.ok()) {
        job->finishLater(valid.error());
        return job;
    }
    m_queue[job->m_hostKey].append(job);
    pump(job->m_hostKey);
    return job;
}

void HttpClient::pump(const QString &hostKey)
{
    auto it = m_queue.find(hostKey);
    if (it == m_queue.end())
        return;
    while (!it->isEmpty() && m_inflight.value(hostKey) < m_settings.maxInflightPerHost) {
        QPointer<HttpJob> job = it->takeFirst();
        if (!job || job->m_done)
            continue;
        ++m_inflight[hostKey];
        job->start();
        it = m_queue.find(hostKey); // start() never re-enters pump, but stay safe against rehash
        if (it == m_queue.end())
            return;
    }
    if (it->isEmpty())
        m_queue.erase(it);
}

void HttpClient::onJobDone(HttpJob *job)
{
    if (!job->m_started)
        return;
    job->m_started = false;
    releaseNam(job->m_namSlot);
    job->m_namSlot = -1;
    int &n = m_inflight[job->m_hostKey];
    n = std::max(0, n - 1);
    if (n == 0)
        m_inflight.remove(job->m_hostKey);
    // The next queued job starts from the event loop so that finished() receivers of this one
    // see a consistent client first.
    const QString key = job->m_hostKey;
    QMetaObject::invokeMethod(this, [this, key] { pump(key); }, Qt::QueuedConnection);
}

int HttpClient::inflight(const QString &host) const
{
    // Accepts "host" (all ports) or "host:port".
    const QString wanted = host.toLower();
    int total = 0;
    for (auto it = m_inflight.cbegin(); it != m_inflight.cend(); ++it) {
        const QString &key = it.key();
        if (key == wanted || key.section(u':', 0, -2) == wanted)
            total += it.value();
    }
    return total;
}

void HttpClient::record(const HttpJob *job, const Result<HttpResponse> &result)
{
    const HttpRequest &req = job->m_request;
    const qint64 durationMs = result.ok() ? result->durationMs : m_clock->nowMsecs() - job->m_startedMs;
    const int status = result.ok() ? result->status : result.error().httpStatus;
    const QString outcome = outcomeOf(result);

    // Route, status and time only: bodies and headers may carry secrets.
    if (result.ok()) {
        qCDebug(lcNet).noquote() << req.system << req.route << QString::fromLatin1(req.method) << status << durationMs
                                 << "ms" << job->m_correlationId;
    } else {
        qCInfo(lcNet).noquote() << req.system << req.route << QString::fromLatin1(req.method) << outcome
                                << durationMs << "ms" << job->m_correlationId << result.error().detail;
    }

    if (!m_sink)
        return;
    Exchange ex;
    ex.startedUtc = job->m_startedUtc;
    ex.system = req.system;
    ex.route = req.route;
    ex.method = QString::fromLatin1(req.method);
    ex.url = req.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    ex.httpStatus = status;
    ex.durationMs = durationMs;
    ex.correlationId = job->m_correlationId;
    ex.orderRef = req.orderRef;
    ex.orderId = req.orderId;
    ex.outcome = outcome;
    ex.requestHeaders = req.headers;
    ex.requestHeaders.append({QByteArrayLiteral("X-Request-ID"), job->m_correlationId.toLatin1()});
    ex.requestBody = req.body;
    if (result.ok())
        ex.responseBody = result->body;
    else
        ex.errorDetail = result.error().detail.isEmpty() ? result.error().message : result.error().detail;
    m_sink->recordExchange(ex);
}

} // namespace ysb
