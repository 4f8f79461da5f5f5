// HttpsServer in-process: TLS variants, keep-alive, concurrent delayed answers, raw socket faults.

#include "HttpsServer.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ysb::sim;

namespace {

QSslConfiguration clientConfig()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QFile ca(u":/sim/ca.pem"_s);
    if (ca.open(QIODevice::ReadOnly)) {
        auto cas = config.caCertificates();
        cas += QSslCertificate::fromData(ca.readAll(), QSsl::Pem);
        config.setCaCertificates(cas);
    }
    return config;
}

struct Answer {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QSslError> sslErrors;
};

Answer fetch(QNetworkAccessManager &nam, const QString &url, const QByteArray &method = "GET",
             const QByteArray &body = {}, int timeoutMs = 20'000)
{
    QNetworkRequest request{QUrl(url)};
    request.setSslConfiguration(clientConfig());
    request.setTransferTimeout(timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    Answer answer;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&answer](const QList<QSslError> &errors) { answer.sslErrors = errors; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 10'000);
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

std::unique_ptr<HttpsServer> makeServer(const QString &variant = u"good"_s)
{
    auto tls = HttpsServer::tlsConfiguration(variant);
    if (!tls)
        return {};
    auto server = std::make_unique<HttpsServer>(tls.value());
    if (!server->start(0))
        return {};
    return server;
}

} // namespace

class TestHttpsServer : public QObject {
    Q_OBJECT

private slots:
    void tlsVariants_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("expectedSslError");
        QTest::newRow("good") << u"good"_s << true << int(QSslError::NoError);
        QTest::newRow("wronghost") << u"wronghost"_s << false << int(QSslError::HostNameMismatch);
        QTest::newRow("expired") << u"expired"_s << false << int(QSslError::CertificateExpired);
    }

    void tlsVariants()
    {
        QFETCH(QString, variant);
        QFETCH(bool, accepted);
        QFETCH(int, expectedSslError);
        auto server = makeServer(variant);
        QVERIFY(server);
        server->setHandler([](HttpExchange exchange) {
            exchange.reply(HttpServerReply::json(200, QJsonObject{{"hello"_L1, u"world"_s}}));
        });
        QNetworkAccessManager nam;
        const Answer answer = fetch(nam, server->url() + u"/x"_s);
        if (accepted) {
            QCOMPARE(answer.error, QNetworkReply::NoError);
            QCOMPARE(answer.status, 200);
            QCOMPARE(QJsonDocument::fromJson(answer.body).object().value("hello"_L1).toString(), u"world"_s);
        } else {
            QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
            QCOMPARE(answer.status, 0);
            bool named = false;
            for (const QSslError &error : answer.sslErrors)
                named = named || int(error.error()) == expectedSslError;
            QVERIFY2(named, "the client names the certificate problem");
        }
    }

    void unknownVariantIsAnError()
    {
        QVERIFY(!HttpsServer::tlsConfiguration(u"selfsigned"_s).ok());
    }

    void plainHttpIsNeverServed()
    {
        auto server = makeServer();
        QVERIFY(server);
        bool handled = false;
        server->setHandler([&handled](HttpExchange exchange) {
            handled = true;
            exchange.reply(HttpServerReply::json(200, QJsonObject{}));
        });
        QTcpSocket plain;
        QSignalSpy connected(&plain, &QTcpSocket::connected);
        QSignalSpy disconnected(&plain, &QTcpSocket::disconnected);
        plain.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(connected.wait(10'000));
        plain.write("GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        // The server takes this for a failed TLS handshake and hangs up.
        QVERIFY(disconnected.wait(10'000));
        QVERIFY(!plain.readAll().startsWith("HTTP/"));
        QVERIFY(!handled);
    }

    void echoesBodiesOfAnySize_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("small") << 17;
        QTest::newRow("1 MiB") << 1024 * 1024;
    }

    void echoesBodiesOfAnySize()
    {
        QFETCH(int, size);
        auto server = makeServer();
        QVERIFY(server);
        server->setHandler([](HttpExchange exchange) {
            HttpServerReply reply;
            reply.contentType = "application/octet-stream";
            reply.body = exchange.request().method + ' ' + exchange.request().body;
            exchange.reply(reply);
        });
        QByteArray body(size, 'x');
        for (int i = 0; i < size; ++i)
            body[i] = char('a' + i % 26);
        QNetworkAccessManager nam;
        const Answer answer = fetch(nam, server->url() + u"/echo"_s, "POST", body);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, QByteArray("POST " + body));
    }

    void parsesPathQueryAndHeaders()
    {
        auto server = makeServer();
        QVERIFY(server);
        HttpServerRequest seen;
        server->setHandler([&seen](HttpExchange exchange) {
            seen = exchange.request();
            exchange.reply(HttpServerReply::json(200, QJsonObject{}));
        });
        QNetworkAccessManager nam;
        QNetworkRequest request{QUrl(server->url() + u"/api/orders/status?order_num=S%2F0042&id=7"_s)};
        request.setSslConfiguration(clientConfig());
        request.setRawHeader("X-Test", "yes");
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.path, u"/api/orders/status"_s);
        QCOMPARE(seen.query.queryItemValue(u"order_num"_s, QUrl::FullyDecoded), u"S/0042"_s);
        QCOMPARE(seen.query.queryItemValue(u"id"_s), u"7"_s);
        QCOMPARE(seen.header("x-test"), QByteArray("yes"));
        QVERIFY(seen.peer.isLoopback());
        delete reply;
    }

    void keepAliveServesSeveralRequestsOnOneConnection()
    {
        auto server = makeServer();
        QVERIFY(server);
        int served = 0;
        server->setHandler([&served](HttpExchange exchange) {
            ++served;
            HttpServerReply reply;
            reply.contentType = "text/plain";
            reply.body = exchange.request().path.toUtf8();
            exchange.reply(reply);
        });
        QSslSocket socket;
        socket.setSslConfiguration(clientConfig());
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, server->port());
        // The server lives on this thread: wait with the event loop running, not blocking.
        QVERIFY2(encrypted.wait(10'000), qPrintable(socket.errorString()));
        // Two pipelined requests, then a third after the answers: all on this one connection.
        socket.write("GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 200") == 2, 10'000);
        QVERIFY(received.indexOf("/one") < received.indexOf("/two"));
        QVERIFY(received.contains("Connection: keep-alive"));
        socket.write("POST /three HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc");
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("/three"), 10'000);
        QVERIFY(received.contains("Connection: close"));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10'000);
        QCOMPARE(served, 3);
    }

    void malformedRequestGets400()
    {
        auto server = makeServer();
        QVERIFY(server);
        server->setHandler([](HttpExchange exchange) { exchange.reply(HttpServerReply::json(200, QJsonObject{})); });
        QSslSocket socket;
        socket.setSslConfiguration(clientConfig());
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, server->port());
        QVERIFY(encrypted.wait(10'000));
        socket.write("NONSENSE\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).startsWith("HTTP/1.1 400"), 10'000);
    }

    void delayedAnswersDoNotBlockOtherConnections()
    {
        auto server = makeServer();
        QVERIFY(server);
        int open = 0;
        int maxOpen = 0;
        server->setHandler([&](HttpExchange exchange) {
            ++open;
            maxOpen = std::max(maxOpen, open);
            exchange.onFinished([&open] { --open; });
            exchange.after(300, [exchange]() mutable {
                exchange.reply(HttpServerReply::json(200, QJsonObject{{"path"_L1, exchange.request().path}}));
            });
        });
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 5; ++i) {
            QNetworkRequest request{QUrl(server->url() + u"/r%1"_s.arg(i))};
            request.setSslConfiguration(clientConfig());
            replies.append(nam.get(request));
        }
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(20'000));
        }
        for (int i = 0; i < replies.size(); ++i) {
            QCOMPARE(replies.at(i)->error(), QNetworkReply::NoError);
            QCOMPARE(QJsonDocument::fromJson(replies.at(i)->readAll()).object().value("path"_L1).toString(), u"/r%1"_s.arg(i));
        }
        qDeleteAll(replies);
        // Had a delayed answer blocked the server, requests would have been served one by one.
        QVERIFY2(maxOpen > 1, "several requests were waiting out their delay at once");
        QCOMPARE(open, 0);
    }

    void faultsOnTheSocket_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("reset") << u"reset"_s;
        QTest::newRow("drop") << u"drop"_s;
        QTest::newRow("hang") << u"hang"_s;
    }

    void faultsOnTheSocket()
    {
        QFETCH(QString, fault);
        auto server = makeServer();
        QVERIFY(server);
        int handled = 0;
        int finished = 0;
        server->setHandler([&](HttpExchange exchange) {
            ++handled;
            exchange.onFinished([&finished] { ++finished; });
            if (fault == "reset"_L1)
                exchange.reset();
            else if (fault == "drop"_L1)
                exchange.drop();
            // hang: never answer
        });
        QNetworkAccessManager nam;
        const Answer answer = fetch(nam, server->url() + u"/x"_s, "POST", "{}", 1500);
        QVERIFY(answer.error != QNetworkReply::NoError);
        QCOMPARE(answer.status, 0);
        QVERIFY(answer.body.isEmpty());
        QVERIFY(handled >= 1);
        // A hung exchange ends when the client gives up and closes the connection.
        QTRY_COMPARE_WITH_TIMEOUT(finished, handled, 10'000);
    }

    void answersAfterTheClientLeftAreIgnored()
    {
        auto server = makeServer();
        QVERIFY(server);
        HttpExchange kept;
        server->setHandler([&kept](HttpExchange exchange) { kept = exchange; });
        QNetworkAccessManager nam;
        const Answer answer = fetch(nam, server->url() + u"/x"_s, "GET", {}, 500);
        QVERIFY(answer.error != QNetworkReply::NoError);
        QTRY_VERIFY_WITH_TIMEOUT(!kept.isOpen(), 10'000);
        kept.reply(HttpServerReply::json(200, QJsonObject{})); // must not crash
        kept.reset();
        kept.drop();
    }

    void downRefusesConnectionsUntilBack()
    {
        auto server = makeServer();
        QVERIFY(server);
        server->setHandler([](HttpExchange exchange) { exchange.reply(HttpServerReply::json(200, QJsonObject{})); });
        QNetworkAccessManager nam;
        QCOMPARE(fetch(nam, server->url() + u"/x"_s).status, 200);
        const quint16 port = server->port();
        server->goDown();
        QVERIFY(server->isDown());
        QNetworkAccessManager fresh;
        const Answer down = fetch(fresh, server->url() + u"/x"_s);
        QCOMPARE(down.error, QNetworkReply::ConnectionRefusedError);
        QVERIFY(server->comeBack().ok());
        QCOMPARE(server->port(), port);
        QCOMPARE(fetch(fresh, server->url() + u"/x"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHttpsServer)
#include "tst_httpsserver.moc"
