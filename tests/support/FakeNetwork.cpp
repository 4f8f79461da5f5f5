#include "FakeNetwork.h"

#include <QTimer>

#include <cstring>

namespace ysb::test {

FakeAnswer FakeAnswer::json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers)
{
    FakeAnswer a;
    a.status = status;
    a.body = body;
    a.headers = std::move(headers);
    a.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return a;
}

FakeAnswer FakeAnswer::of(Kind kind)
{
    FakeAnswer a;
    a.kind = kind;
    return a;
}

FakeAnswer FakeAnswer::failure(QNetworkReply::NetworkError error, bool afterSent)
{
    FakeAnswer a;
    a.kind = Kind::Fail;
    a.error = error;
    a.failAfterSent = afterSent;
    return a;
}

FakeAnswer FakeAnswer::tls(QList<QSslError> errors)
{
    FakeAnswer a;
    a.kind = Kind::TlsFailure;
    a.sslErrors = std::move(errors);
    return a;
}

// ---------------------------------------------------------------------------------------------

FakeReply::FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const QByteArray &verb,
                     FakeAnswer answer, QObject *parent)
    : QNetworkReply(parent)
    , m_answer(std::move(answer))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    if (op == QNetworkAccessManager::CustomOperation)
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // Like the real thing, nothing happens before the caller is back in the event loop.
    QTimer::singleShot(0, this, &FakeReply::play);
}

void FakeReply::connectAndSend()
{
    Q_EMIT encrypted();
    if (!isFinished())
        Q_EMIT requestSent();
}

void FakeReply::play()
{
    if (isFinished())
        return;
    switch (m_answer.kind) {
    case FakeAnswer::Kind::NeverConnect:
        return;
    case FakeAnswer::Kind::StallAfterSent:
    case FakeAnswer::Kind::Hold:
        connectAndSend();
        return;
    case FakeAnswer::Kind::Fail:
        if (m_answer.failAfterSent)
            connectAndSend();
        QTimer::singleShot(m_answer.delayMs, this, [this] {
            fail(m_answer.error, QStringLiteral("scripted transport error %1").arg(int(m_answer.error)));
        });
        return;
    case FakeAnswer::Kind::TlsFailure:
        Q_EMIT sslErrors(m_answer.sslErrors);
        if (!isFinished())
            fail(QNetworkReply::SslHandshakeFailedError, QStringLiteral("SSL handshake failed"));
        return;
    case FakeAnswer::Kind::Respond:
        connectAndSend();
        QTimer::singleShot(m_answer.delayMs, this,
                           [this] { respond(m_answer.status, m_answer.body, m_answer.headers); });
        return;
    }
}

void FakeReply::respond(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (isFinished())
        return;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    for (const auto &[name, value] : headers)
        setRawHeader(name, value);
    // Qt reports HTTP errors as reply errors >= 200 while still delivering the answer.
    if (status == 401)
        setError(QNetworkReply::AuthenticationRequiredError, QStringLiteral("auth required"));
    else if (status == 404)
        setError(QNetworkReply::ContentNotFoundError, QStringLiteral("not found"));
    else if (status >= 500)
        setError(QNetworkReply::InternalServerError, QStringLiteral("server error"));
    else if (status >= 400)
        setError(QNetworkReply::UnknownContentError, QStringLiteral("client error"));
    Q_EMIT metaDataChanged();
    if (isFinished())
        return;
    m_data = body;
    m_pos = 0;
    if (!m_data.isEmpty()) {
        Q_EMIT readyRead();
        if (isFinished())
            return;
        Q_EMIT downloadProgress(m_data.size(), m_data.size());
        if (isFinished())
            return;
    }
    setFinished(true);
    if (error() != QNetworkReply::NoError)
        Q_EMIT errorOccurred(error());
    Q_EMIT finished();
}

void FakeReply::fail(QNetworkReply::NetworkError code, const QString &text)
{
    if (isFinished())
        return;
    setError(code, text);
    setFinished(true);
    Q_EMIT errorOccurred(code);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    m_aborted = true;
    Q_EMIT aborted();
    m_data.clear();
    m_pos = 0;
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_data.size() - m_pos + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
    if (n <= 0)
        return m_pos >= m_data.size() && isFinished() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

// ---------------------------------------------------------------------------------------------

QByteArray FakeNetwork::Recorded::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeNetwork::FakeNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

QNetworkReply *FakeNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QByteArray verb;
    switch (op) {
    case GetOperation: verb = "GET"; break;
    case PostOperation: verb = "POST"; break;
    case PutOperation: verb = "PUT"; break;
    case DeleteOperation: verb = "DELETE"; break;
    case HeadOperation: verb = "HEAD"; break;
    default: verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(); break;
    }
    Recorded rec;
    rec.method = verb;
    rec.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        rec.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        rec.body = outgoingData->readAll();
    m_requests.append(rec);

    const FakeAnswer answer = m_answers.isEmpty() ? m_default : m_answers.takeFirst();
    auto *reply = new FakeReply(request, op, verb, answer, this);
    m_replies.append(reply);
    connect(reply, &FakeReply::aborted, this, [this] { ++m_aborted; });
    return reply;
}

QList<FakeReply *> FakeNetwork::openReplies() const
{
    QList<FakeReply *> open;
    for (const QPointer<FakeReply> &r : m_replies) {
        if (r && !r->isFinished())
            open.append(r.data());
    }
    return open;
}

int FakeNetwork::abortedCount() const
{
    return m_aborted;
}

} // namespace ysb::test
