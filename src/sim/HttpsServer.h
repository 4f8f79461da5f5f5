#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QSslConfiguration>
#include <QString>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace ysb::sim {

using SimHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One parsed HTTP/1.1 request.
struct HttpServerRequest {
    QByteArray method;
    QByteArray target;   // as sent: "/api/orders/status?id=98001"
    QString path;        // percent-decoded path without the query
    QUrlQuery query;
    SimHeaders headers;  // as sent, names case preserved
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
};

/// One HTTP answer; Content-Length and Connection are added by the server.
struct HttpServerReply {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    SimHeaders headers;

    static HttpServerReply json(int status, const QJsonDocument &document, SimHeaders headers = {});
    static HttpServerReply json(int status, const QJsonObject &object, SimHeaders headers = {});
    static HttpServerReply json(int status, const QJsonArray &array, SimHeaders headers = {});
    /// Yii2-style error {"name","message","code":0,"status"}.
    static HttpServerReply yiiError(int status, const QString &message);
    static QByteArray reasonPhrase(int status);
};

class HttpConnection;

/// A request waiting for its answer. Copies share the one exchange; every action after the
/// first final one (reply, reset, drop) is ignored, as is any action once the client has gone.
class HttpExchange {
public:
    HttpExchange() = default;

    const HttpServerRequest &request() const;
    /// False once answered, reset, dropped, or the client closed the connection.
    bool isOpen() const;
    void reply(const HttpServerReply &reply);
    /// Aborts the TCP connection (RST) without an answer.
    void reset();
    /// Closes the connection cleanly without an answer (the client sees "remote host closed").
    void drop();
    /// Runs `action` after `ms` without blocking; skipped if the connection is gone by then.
    void after(int ms, std::function<void()> action);
    /// Called exactly once when the exchange ends for any reason (answered, reset, dropped,
    /// client gone). A hung exchange ends only when the client gives up.
    void onFinished(std::function<void()> callback);

private:
    friend class HttpConnection;
    struct State;
    explicit HttpExchange(std::shared_ptr<State> state) : d(std::move(state)) {}
    std::shared_ptr<State> d;
};

/// A small HTTP/1.1 server over TLS on 127.0.0.1: keep-alive, Content-Length bodies, many
/// concurrent connections, answers given whenever the handler chooses (never plain HTTP).
class HttpsServer final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpsServer)
public:
    using Handler = std::function<void(HttpExchange)>;

    explicit HttpsServer(QSslConfiguration tls, QObject *parent = nullptr);
    ~HttpsServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Listens on 127.0.0.1:`port` (0 = a free port).
    Status start(quint16 port);
    quint16 port() const { return m_port; }
    QString url() const; // https://127.0.0.1:PORT

    /// The "down" fault: stop listening and close every connection (clients see "refused").
    void goDown();
    /// Listens again on the same port.
    Status comeBack();
    bool isDown() const { return m_down; }
    int openConnections() const;

    /// TLS configuration from the :/sim/ resources; variant is "good", "wronghost" or "expired".
    static Result<QSslConfiguration> tlsConfiguration(const QString &variant);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class HttpConnection;
    void dispatch(HttpExchange exchange);

    QSslConfiguration m_tls;
    QSet<HttpConnection *> m_connections; // HttpConnection has no meta-object: findChildren cannot tell it apart
    Handler m_handler;
    quint16 m_port = 0;
    bool m_down = false;
};

} // namespace ysb::sim
