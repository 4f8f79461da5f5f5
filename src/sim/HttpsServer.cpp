#include "HttpsServer.h"

#include "Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <vector>

using namespace Qt::StringLiterals;

namespace ysb::sim {

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
} // namespace

QByteArray HttpServerRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpServerReply HttpServerReply::json(int status, const QJsonDocument &document, SimHeaders headers)
{
    HttpServerReply reply;
    reply.status = status;
    reply.body = document.toJson(QJsonDocument::Compact);
    reply.headers = std::move(headers);
    return reply;
}

HttpServerReply HttpServerReply::json(int status, const QJsonObject &object, SimHeaders headers)
{
    return json(status, QJsonDocument(object), std::move(headers));
}

HttpServerReply HttpServerReply::json(int status, const QJsonArray &array, SimHeaders headers)
{
    return json(status, QJsonDocument(array), std::move(headers));
}

HttpServerReply HttpServerReply::yiiError(int status, const QString &message)
{
    return json(status, QJsonObject{{"name"_L1, QString::fromLatin1(reasonPhrase(status))},
                                    {"message"_L1, message},
                                    {"code"_L1, 0},
                                    {"status"_L1, status}});
}

QByteArray HttpServerReply::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}

struct HttpExchange::State {
    HttpServerRequest request;
    QPointer<HttpConnection> connection;
    bool keepAlive = true;
    bool finished = false;
    std::vector<std::function<void()>> callbacks;

    void finish()
    {
        if (finished)
            return;
        finished = true;
        auto pending = std::move(callbacks);
        callbacks.clear();
        for (auto &callback : pending)
            callback();
    }
};

/// One client connection: parses requests one at a time and writes the answers in order.
class HttpConnection final : public QObject {
public:
    HttpConnection(HttpsServer *server, QSslSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        socket->setParent(this);
        server->m_connections.insert(this);
        connect(socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
        connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                onDisconnected();
        });
        // A client refusing our certificate ends the handshake; nothing to answer then.
        connect(socket, &QSslSocket::sslErrors, this, [](const QList<QSslError> &) {});
    }

    ~HttpConnection() override
    {
        m_server->m_connections.remove(this);
        finishCurrent();
    }

    void answer(HttpExchange::State *state, const HttpServerReply &reply)
    {
        if (state != m_current.get() || state->finished || m_gone)
            return;
        QByteArray out;
        out.reserve(reply.body.size() + 256);
        out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + HttpServerReply::reasonPhrase(reply.status)
            + "\r\nServer: ysell-bridge-sim\r\n";
        if (!reply.contentType.isEmpty())
            out += "Content-Type: " + reply.contentType + "\r\n";
        for (const auto &[name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        out += state->keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        out += reply.body;
        m_socket->write(out);
        const bool keepAlive = state->keepAlive;
        finishCurrent();
        if (!keepAlive) {
            m_socket->disconnectFromHost();
            return;
        }
        // The next pipelined request, if any, is handled from the event loop, not from inside
        // the handler that just answered.
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
    }

    void reset(HttpExchange::State *state)
    {
        if (state != m_current.get() || state->finished || m_gone)
            return;
        m_socket->abort();
        onDisconnected();
    }

    void drop(HttpExchange::State *state)
    {
        if (state != m_current.get() || state->finished || m_gone)
            return;
        finishCurrent();
        m_gone = true;
        m_socket->disconnectFromHost();
    }

    void close()
    {
        finishCurrent();
        m_gone = true;
        m_socket->disconnectFromHost();
    }

private:
    void onReadyRead()
    {
        if (m_gone)
            return;
        m_buffer += m_socket->readAll();
        processBuffer();
    }

    void onDisconnected()
    {
        if (m_disconnected)
            return;
        m_disconnected = true;
        m_gone = true;
        finishCurrent();
        deleteLater();
    }

    void finishCurrent()
    {
        if (auto current = std::move(m_current)) {
            m_current.reset();
            current->finish();
        }
    }

    void failAndClose(int status, const QString &message)
    {
        const HttpServerReply reply = HttpServerReply::yiiError(status, message);
        auto state = std::make_shared<HttpExchange::State>();
        state->keepAlive = false;
        state->connection = this;
        m_current = state;
        answer(state.get(), reply);
        m_gone = true;
    }

    void processBuffer()
    {
        if (m_current || m_gone)
            return;
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > kMaxHeaderBytes)
                failAndClose(431, u"Request header too large."_s);
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") || !requestLine.at(1).startsWith('/')) {
            failAndClose(400, u"Malformed request line."_s);
            return;
        }
        HttpServerRequest request;
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        request.peer = m_socket->peerAddress();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.emplaceBack(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
        if (!request.header("Transfer-Encoding").isEmpty()) {
            failAndClose(501, u"Chunked request bodies are not supported; send Content-Length."_s);
            return;
        }
        qsizetype length = 0;
        const QByteArray lengthHeader = request.header("Content-Length");
        if (!lengthHeader.isEmpty()) {
            bool ok = false;
            length = lengthHeader.toLongLong(&ok);
            if (!ok || length < 0) {
                failAndClose(400, u"Invalid Content-Length."_s);
                return;
            }
            if (length > kMaxBodyBytes) {
                failAndClose(413, u"Request body too large."_s);
                return;
            }
        }
        const qsizetype bodyStart = headerEnd + 4;
        if (m_buffer.size() < bodyStart + length)
            return; // wait for the rest of the body
        request.body = m_buffer.mid(bodyStart, length);
        m_buffer.remove(0, bodyStart + length);

        const qsizetype question = request.target.indexOf('?');
        request.path = QUrl::fromPercentEncoding(question < 0 ? request.target : request.target.left(question));
        if (question >= 0)
            request.query = QUrlQuery(QString::fromUtf8(request.target.mid(question + 1)));

        const QByteArray connectionHeader = request.header("Connection").toLower();
        const bool http10 = requestLine.at(2) == "HTTP/1.0";
        auto state = std::make_shared<HttpExchange::State>();
        state->keepAlive = http10 ? connectionHeader.contains("keep-alive") : !connectionHeader.contains("close");
        state->request = std::move(request);
        state->connection = this;
        m_current = state;
        m_server->dispatch(HttpExchange(state));
    }

    HttpsServer *m_server = nullptr;
    QSslSocket *m_socket = nullptr;
    QByteArray m_buffer;
    std::shared_ptr<HttpExchange::State> m_current;
    bool m_gone = false;         // no further request is read or answered
    bool m_disconnected = false;
};

const HttpServerRequest &HttpExchange::request() const
{
    static const HttpServerRequest empty;
    return d ? d->request : empty;
}

bool HttpExchange::isOpen() const
{
    return d && !d->finished && d->connection;
}

void HttpExchange::reply(const HttpServerReply &reply)
{
    if (isOpen())
        d->connection->answer(d.get(), reply);
}

void HttpExchange::reset()
{
    if (isOpen())
        d->connection->reset(d.get());
}

void HttpExchange::drop()
{
    if (isOpen())
        d->connection->drop(d.get());
}

void HttpExchange::after(int ms, std::function<void()> action)
{
    if (!isOpen())
        return;
    std::weak_ptr<State> weak = d;
    QTimer::singleShot(ms, d->connection.data(), [weak, action = std::move(action)] {
        if (auto state = weak.lock(); state && !state->finished)
            action();
    });
}

void HttpExchange::onFinished(std::function<void()> callback)
{
    if (!d)
        return;
    if (d->finished) {
        callback();
        return;
    }
    d->callbacks.push_back(std::move(callback));
}

HttpsServer::HttpsServer(QSslConfiguration tls, QObject *parent)
    : QTcpServer(parent)
    , m_tls(std::move(tls))
{
}

HttpsServer::~HttpsServer()
{
    // Connections end their exchanges (and run the finish callbacks) while the server still exists.
    const auto connections = m_connections;
    for (HttpConnection *connection : connections)
        delete connection;
}

Status HttpsServer::start(quint16 port)
{
    if (!listen(QHostAddress::LocalHost, port))
        return Error::plain(ErrorKind::Network, u"Cannot listen on 127.0.0.1:%1"_s.arg(port), errorString());
    m_port = serverPort();
    m_down = false;
    return Ok{};
}

QString HttpsServer::url() const
{
    return u"https://127.0.0.1:%1"_s.arg(m_port);
}

void HttpsServer::goDown()
{
    m_down = true;
    close();
    const auto connections = m_connections;
    for (HttpConnection *connection : connections)
        connection->close();
}

Status HttpsServer::comeBack()
{
    if (!m_down)
        return Ok{};
    return start(m_port);
}

int HttpsServer::openConnections() const
{
    return int(m_connections.size());
}

Result<QSslConfiguration> HttpsServer::tlsConfiguration(const QString &variant)
{
    QString base;
    if (variant == "good"_L1)
        base = u"server"_s;
    else if (variant == "wronghost"_L1 || variant == "expired"_L1)
        base = variant;
    else
        return Error::plain(ErrorKind::Config, u"Unknown --tls-cert %1 (good, wronghost, expired)"_s.arg(variant));

    QFile certFile(u":/sim/%1.pem"_s.arg(base));
    QFile keyFile(u":/sim/%1.key"_s.arg(base));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return Error::plain(ErrorKind::Config, u"Simulator certificate %1 missing from the resources"_s.arg(base));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return Error::plain(ErrorKind::Config, u"Simulator certificate %1 unreadable"_s.arg(base));

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

void HttpsServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcSim) << "cannot adopt connection:" << socket->errorString();
        delete socket;
        return;
    }
    if (m_down) {
        socket->abort();
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    new HttpConnection(this, socket);
    socket->startServerEncryption();
}

void HttpsServer::dispatch(HttpExchange exchange)
{
    if (m_handler)
        m_handler(std::move(exchange));
    else
        exchange.reply(HttpServerReply::yiiError(404, u"Page not found."_s));
}

} // namespace ysb::sim
