#include "FakeClock.h"
#include "FakeNetwork.h"
#include "net/HttpClient.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ysb;
using namespace ysb::test;

namespace {

class RecordingSink final : public ExchangeSink {
public:
    void recordExchange(const Exchange &exchange) override { exchanges.append(exchange); }
    QList<Exchange> exchanges;
};

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    g_log << msg;
}

// Result<T> has no default constructor, which QVariant::value() needs; the type is known here.
Result<HttpResponse> resultOf(QSignalSpy &spy)
{
    const QVariant &v = spy.first().first();
    Q_ASSERT(v.metaType() == QMetaType::fromType<Result<HttpResponse>>());
    return *static_cast<const Result<HttpResponse> *>(v.constData());
}

} // namespace

class TestHttpClient final : public QObject {
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<FakeNetwork> m_net;
    std::unique_ptr<HttpClient> m_client;
    RecordingSink m_sink;

    void makeClient(HttpSettings settings = {})
    {
        m_client.reset();
        m_net = std::make_unique<FakeNetwork>();
        m_client = std::make_unique<HttpClient>(settings, &m_clock);
        m_client->setNetworkAccessManager(m_net.get());
        m_sink.exchanges.clear();
        m_client->setExchangeSink(&m_sink);
    }

    HttpRequest request(const QString &url, const QString &route = u"status"_s)
    {
        HttpRequest r;
        r.url = QUrl(url);
        r.system = u"ysell"_s;
        r.route = route;
        r.orderRef = u"S00042"_s;
        return r;
    }

    Result<HttpResponse> sendAndWait(const HttpRequest &req)
    {
        HttpJob *job = m_client->send(req);
        QSignalSpy spy(job, &HttpJob::finished);
        if (!spy.wait(10'000))
            return Error::plain(ErrorKind::Unknown, u"test: no finished() within 10 s"_s);
        return resultOf(spy);
    }

private Q_SLOTS:
    void init() { makeClient(); }
    void cleanup()
    {
        m_client.reset();
        m_net.reset();
    }

    void validateUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("https") << u"https://719.eu6.ysell.pro"_s << true << 0 << QString();
        QTest::newRow("https loopback port") << u"https://127.0.0.1:8443/api"_s << true << 0 << QString();
        QTest::newRow("http remote") << u"http://shop.example.com"_s << false << int(ErrorKind::InsecureUrl)
                                     << u"Only https:// addresses are allowed"_s;
        QTest::newRow("http loopback") << u"http://127.0.0.1:8069"_s << false << int(ErrorKind::InsecureUrl)
                                       << u"Only https:// addresses are allowed"_s;
        QTest::newRow("http localhost") << u"http://localhost/"_s << false << int(ErrorKind::InsecureUrl)
                                        << u"Only https:// addresses are allowed"_s;
        QTest::newRow("HTTP upper") << u"HTTP://localhost/"_s << false << int(ErrorKind::InsecureUrl)
                                    << u"Only https:// addresses are allowed"_s;
        QTest::newRow("ftp") << u"ftp://example.com"_s << false << int(ErrorKind::InsecureUrl)
                             << u"Only https:// addresses are allowed"_s;
        QTest::newRow("no scheme") << u"example.com"_s << false << int(ErrorKind::Config) << QString();
        QTest::newRow("empty") << QString() << false << int(ErrorKind::Config) << QString();
        QTest::newRow("https no host") << u"https:///path"_s << false << int(ErrorKind::Config) << QString();
    }

    void validateUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(QString, messageStart);
        const Status s = HttpClient::validateUrl(QUrl(url));
        QCOMPARE(s.ok(), ok);
        if (ok)
            return;
        QCOMPARE(int(s.error().kind), kind);
        QVERIFY(!s.error().message.isEmpty());
        if (!messageStart.isEmpty())
            QVERIFY2(s.error().message.startsWith(messageStart), qPrintable(s.error().message));
    }

    void httpUrlIsRefusedWithoutTouchingTheNetwork()
    {
        const auto result = sendAndWait(request(u"http://127.0.0.1:8069/jsonrpc"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::InsecureUrl);
        QVERIFY(result.error().message.contains(u"https://127.0.0.1:8069"_s));
        QVERIFY(!result.error().requestMaybeSent);
        QVERIFY(m_net->requests().isEmpty());
        QCOMPARE(m_sink.exchanges.size(), 1);
        QCOMPARE(m_sink.exchanges[0].outcome, u"insecure_url"_s);
        QCOMPARE(m_sink.exchanges[0].httpStatus, 0);
    }

    void answerIsDeliveredWithCorrelationId()
    {
        m_net->enqueue(FakeAnswer::json(200, R"({"id":98765})", {{"X-Pagination-Page-Count", "3"}}));
        HttpRequest req = request(u"https://ysell.example/api/orders/status?id=98765"_s);
        req.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer test-token")});
        HttpJob *job = m_client->send(req);
        const QString cid = job->correlationId();
        QSignalSpy spy(job, &HttpJob::finished);
        QVERIFY(spy.wait());
        const auto result = resultOf(spy);
        QVERIFY(result.ok());
        QCOMPARE(result->status, 200);
        QCOMPARE(result->body, QByteArray(R"({"id":98765})"));
        QCOMPARE(result->header("x-pagination-page-count"), QByteArray("3"));
        QCOMPARE(result->correlationId, cid);

        QVERIFY(!QUuid::fromString(cid).isNull());
        QCOMPARE(m_net->requests().size(), 1);
        const auto &sent = m_net->requests().first();
        QCOMPARE(sent.header("X-Request-ID"), cid.toLatin1());
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer test-token"));
        QCOMPARE(sent.method, QByteArray("GET"));

        QCOMPARE(m_sink.exchanges.size(), 1);
        const Exchange &ex = m_sink.exchanges.first();
        QCOMPARE(ex.outcome, u"ok"_s);
        QCOMPARE(ex.httpStatus, 200);
        QCOMPARE(ex.correlationId, cid);
        QCOMPARE(ex.system, u"ysell"_s);
        QCOMPARE(ex.route, u"status"_s);
        QCOMPARE(ex.orderRef, u"S00042"_s);
        QCOMPARE(ex.method, u"GET"_s);
        QCOMPARE(ex.startedUtc, m_clock.nowUtc());
        QCOMPARE(ex.responseBody, result->body);
    }

    void correlationIdsDiffer()
    {
        m_net->setDefaultAnswer(FakeAnswer::json(200, "{}"));
        QSet<QString> ids;
        for (int i = 0; i < 5; ++i) {
            QVERIFY(sendAndWait(request(u"https://ysell.example/a"_s)).ok());
        }
        for (const auto &r : m_net->requests())
            ids.insert(QString::fromLatin1(r.header("X-Request-ID")));
        QCOMPARE(ids.size(), 5);
    }

    void durationComesFromTheClock()
    {
        FakeAnswer slow = FakeAnswer::of(FakeAnswer::Kind::Hold);
        m_net->enqueue(slow);
        HttpJob *job = m_client->send(request(u"https://ysell.example/a"_s));
        QSignalSpy spy(job, &HttpJob::finished);
        QTRY_COMPARE(m_net->openReplies().size(), 1);
        m_clock.advanceSecs(7);
        m_net->openReplies().first()->respond(200, "{}");
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(resultOf(spy)->durationMs, 7000);
        QCOMPARE(m_sink.exchanges.first().durationMs, 7000);
    }

    void httpErrorsAreResponses_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401") << 401;
        QTest::newRow("404") << 404;
        QTest::newRow("422") << 422;
        QTest::newRow("429") << 429;
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
        QTest::newRow("302") << 302;
    }

    void httpErrorsAreResponses()
    {
        QFETCH(int, status);
        m_net->enqueue(FakeAnswer::json(status, R"({"name":"x","message":"y"})"));
        const auto result = sendAndWait(request(u"https://ysell.example/api/orders/create"_s, u"create"_s));
        QVERIFY(result.ok());
        QCOMPARE(result->status, status);
        QCOMPARE(m_sink.exchanges.first().outcome, u"http_"_s + QString::number(status));
        QCOMPARE(m_sink.exchanges.first().httpStatus, status);
        QCOMPARE(m_net->requests().size(), 1); // no retry inside HttpClient
    }

    void transportErrors_data()
    {
        QTest::addColumn<int>("netError");
        QTest::addColumn<bool>("afterSent");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("maybeSent");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << false << int(ErrorKind::Dns) << false
                             << u"dns"_s;
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << int(ErrorKind::Refused)
                                 << false << u"refused"_s;
        QTest::newRow("reset before sending") << int(QNetworkReply::RemoteHostClosedError) << false
                                              << int(ErrorKind::Network) << false << u"network"_s;
        QTest::newRow("reset after sending") << int(QNetworkReply::RemoteHostClosedError) << true
                                             << int(ErrorKind::Network) << true << u"network"_s;
        QTest::newRow("socket timeout after sending") << int(QNetworkReply::TimeoutError) << true
                                                      << int(ErrorKind::Timeout) << true << u"timeout"_s;
        QTest::newRow("temporary failure") << int(QNetworkReply::TemporaryNetworkFailureError) << false
                                           << int(ErrorKind::Network) << false << u"network"_s;
    }

    void transportErrors()
    {
        QFETCH(int, netError);
        QFETCH(bool, afterSent);
        QFETCH(int, kind);
        QFETCH(bool, maybeSent);
        QFETCH(QString, outcome);
        m_net->enqueue(FakeAnswer::failure(QNetworkReply::NetworkError(netError), afterSent));
        const auto result = sendAndWait(request(u"https://ysell.example/api/orders/create"_s, u"create"_s));
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QCOMPARE(result.error().requestMaybeSent, maybeSent);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(m_sink.exchanges.size(), 1);
        QCOMPARE(m_sink.exchanges.first().outcome, outcome);
        QCOMPARE(m_sink.exchanges.first().httpStatus, 0);
        QVERIFY(!m_sink.exchanges.first().errorDetail.isEmpty());
        QCOMPARE(m_net->requests().size(), 1); // no retry inside HttpClient
    }

    void tlsFailuresHaveDistinctMessages_data()
    {
        QTest::addColumn<int>("sslError");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("untrusted") << int(QSslError::SelfSignedCertificateInChain) << u"not trusted"_s;
        QTest::newRow("unknown issuer") << int(QSslError::UnableToGetLocalIssuerCertificate) << u"not trusted"_s;
        QTest::newRow("host name") << int(QSslError::HostNameMismatch) << u"different server name"_s;
        QTest::newRow("expired") << int(QSslError::CertificateExpired) << u"has expired"_s;
        QTest::newRow("not yet valid") << int(QSslError::CertificateNotYetValid) << u"date and time"_s;
    }

    void tlsFailuresHaveDistinctMessages()
    {
        QFETCH(int, sslError);
        QFETCH(QString, phrase);
        m_net->enqueue(FakeAnswer::tls({QSslError(QSslError::SslError(sslError))}));
        const auto result = sendAndWait(request(u"https://ysell.example/x"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Tls);
        QVERIFY2(result.error().message.contains(phrase), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(u"ysell.example"_s));
        QVERIFY(!result.error().requestMaybeSent);
        QCOMPARE(m_sink.exchanges.first().outcome, u"tls"_s);
    }

    void connectTimeout()
    {
        HttpSettings s;
        s.connectTimeoutMs = 200;
        s.requestTimeoutMs = 60'000;
        makeClient(s);
        m_net->enqueue(FakeAnswer::of(FakeAnswer::Kind::NeverConnect));
        const auto result = sendAndWait(request(u"https://ysell.example/api/orders/create"_s, u"create"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Timeout);
        QVERIFY(!result.error().requestMaybeSent); // never connected: provably not sent
        QCOMPARE(m_net->abortedCount(), 1);
        QCOMPARE(m_sink.exchanges.first().outcome, u"timeout"_s);
    }

    void connectTimeoutDoesNotCutAConnectedExchange()
    {
        HttpSettings s;
        s.connectTimeoutMs = 100;
        s.requestTimeoutMs = 60'000;
        makeClient(s);
        FakeAnswer a = FakeAnswer::json(200, "{}");
        a.delayMs = 400; // connected at once, answers after the connect timeout would have fired
        m_net->enqueue(a);
        const auto result = sendAndWait(request(u"https://ysell.example/a"_s));
        QVERIFY(result.ok());
        QCOMPARE(m_net->abortedCount(), 0);
    }

    void requestTimeoutAfterSending()
    {
        HttpSettings s;
        s.connectTimeoutMs = 100;
        s.requestTimeoutMs = 300;
        makeClient(s);
        m_net->enqueue(FakeAnswer::of(FakeAnswer::Kind::StallAfterSent));
        const auto result = sendAndWait(request(u"https://ysell.example/api/orders/create"_s, u"create"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Timeout);
        QVERIFY(result.error().requestMaybeSent); // the server has it: outcome unknown
        QCOMPARE(m_net->abortedCount(), 1);
    }

    void oversizedAnswerIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentLength");
        QTest::newRow("body") << QByteArray(5000, 'x') << QByteArray();
        QTest::newRow("announced length") << QByteArray("{}") << QByteArray("999999999");
    }

    void oversizedAnswerIsRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentLength);
        HttpSettings s;
        s.maxResponseBytes = 1000;
        makeClient(s);
        FakeAnswer a = FakeAnswer::json(200, body);
        if (!contentLength.isEmpty())
            a.headers.append({"Content-Length", contentLength});
        m_net->enqueue(a);
        const auto result = sendAndWait(request(u"https://ysell.example/a"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Protocol);
        QCOMPARE(m_net->abortedCount(), 1);
        QCOMPARE(m_sink.exchanges.first().outcome, u"protocol"_s);
    }

    void answerAtTheLimitIsAccepted()
    {
        HttpSettings s;
        s.maxResponseBytes = 1000;
        makeClient(s);
        m_net->enqueue(FakeAnswer::json(200, QByteArray(1000, 'x')));
        const auto result = sendAndWait(request(u"https://ysell.example/a"_s));
        QVERIFY(result.ok());
        QCOMPARE(result->body.size(), 1000);
    }

    void inflightLimitQueuesFifo()
    {
        HttpSettings s;
        s.maxInflightPerHost = 2;
        makeClient(s);
        m_net->setDefaultAnswer(FakeAnswer::of(FakeAnswer::Kind::Hold));
        QList<int> finishedOrder;
        for (int i = 0; i < 5; ++i) {
            HttpJob *job = m_client->send(request(u"https://ysell.example/r/%1"_s.arg(i)));
            connect(job, &HttpJob::finished, this, [&finishedOrder, i] { finishedOrder << i; });
        }
        // Another host is not held up by the first one's queue.
        HttpJob *other = m_client->send(request(u"https://odoo.example/jsonrpc"_s));
        QSignalSpy otherSpy(other, &HttpJob::finished);

        QTRY_COMPARE(m_net->openReplies().size(), 3);
        QCOMPARE(m_client->inflight(u"ysell.example"_s), 2);
        QCOMPARE(m_client->inflight(u"ysell.example:443"_s), 2);
        QCOMPARE(m_client->inflight(u"odoo.example"_s), 1);
        QCOMPARE(m_net->requests().size(), 3);

        for (int round = 0; round < 5; ++round) {
            // Answer the oldest open ysell reply; the next queued one takes its slot.
            FakeReply *oldest = nullptr;
            for (FakeReply *r : m_net->openReplies()) {
                if (r->url().host() == u"ysell.example"_s) {
                    oldest = r;
                    break;
                }
            }
            QVERIFY(oldest);
            oldest->respond(200, "{}");
            QTRY_COMPARE(finishedOrder.size(), round + 1);
            QTRY_COMPARE(m_client->inflight(u"ysell.example"_s), std::min(2, 5 - round - 1));
        }
        QCOMPARE(finishedOrder, QList<int>({0, 1, 2, 3, 4}));
        QStringList paths;
        for (const auto &r : m_net->requests())
            if (r.url.host() == u"ysell.example"_s)
                paths << r.url.path();
        QCOMPARE(paths, QStringList({u"/r/0"_s, u"/r/1"_s, u"/r/2"_s, u"/r/3"_s, u"/r/4"_s}));

        QCOMPARE(otherSpy.size(), 0);
        m_net->openReplies().first()->respond(200, "{}");
        QTRY_COMPARE(otherSpy.size(), 1);
        QCOMPARE(m_client->inflight(u"odoo.example"_s), 0);
    }

    void secretsNeverReachTheLog()
    {
        QLoggingCategory::setFilterRules(u"ysb.*=true"_s);
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        m_net->enqueue(FakeAnswer::json(200, R"({"token":"canary-a1b2c3"})"));
        m_net->enqueue(FakeAnswer::failure(QNetworkReply::RemoteHostClosedError, true));
        HttpRequest req = request(u"https://ysell.example/api/orders/create"_s, u"create"_s);
        req.method = "POST";
        req.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer canary-a1b2c3")});
        req.body = R"({"password":"canary-a1b2c3"})";
        const auto ok = sendAndWait(req);
        const auto failed = sendAndWait(req);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(ok.ok());
        QVERIFY(!failed.ok());
        QVERIFY(!g_log.isEmpty()); // the exchanges were logged…
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(u"canary"_s), qPrintable(line)); // …without the secret
    }

    void badExtraCaFileIsAConfigError()
    {
        QTemporaryFile junk;
        QVERIFY(junk.open());
        junk.write("this is not a certificate");
        junk.close();
        HttpSettings s;
        s.extraCaFile = junk.fileName();
        makeClient(s);
        const Status loaded = m_client->loadExtraCa();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, ErrorKind::Config);
        QVERIFY(loaded.error().message.contains(junk.fileName()));
        const auto result = sendAndWait(request(u"https://ysell.example/a"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Config);
        QVERIFY(m_net->requests().isEmpty());
    }

    void goodExtraCaFileLoads()
    {
        HttpSettings s;
        s.extraCaFile = qEnvironmentVariable("YSB_SOURCE_DIR") + u"/src/sim/certs/ca.pem"_s;
        makeClient(s);
        const Status loaded = m_client->loadExtraCa();
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    }

    void destroyingTheClientWithPendingJobsIsSafe()
    {
        HttpSettings s;
        s.maxInflightPerHost = 1;
        makeClient(s);
        m_net->setDefaultAnswer(FakeAnswer::of(FakeAnswer::Kind::Hold));
        QPointer<HttpJob> a = m_client->send(request(u"https://ysell.example/a"_s));
        QPointer<HttpJob> b = m_client->send(request(u"https://ysell.example/b"_s));
        QTRY_COMPARE(m_net->openReplies().size(), 1);
        m_client.reset();
        QVERIFY(!a);
        QVERIFY(!b);
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
