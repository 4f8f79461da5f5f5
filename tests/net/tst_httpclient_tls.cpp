#include "SimProcess.h"
#include "net/HttpClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;
using namespace ysb::test;

namespace {

Result<HttpResponse> get(HttpClient &client, const QString &url)
{
    HttpRequest req;
    req.url = QUrl(url);
    req.system = u"ysell"_s;
    req.route = u"status"_s;
    HttpJob *job = client.send(req);
    QSignalSpy spy(job, &HttpJob::finished);
    if (!spy.wait(30'000))
        return Error::plain(ErrorKind::Unknown, u"test: no answer within 30 s"_s);
    const QVariant &v = spy.first().first();
    return *static_cast<const Result<HttpResponse> *>(v.constData());
}

QString messageOf(const Result<HttpResponse> &r)
{
    return r.ok() ? u"HTTP %1"_s.arg(r->status) : r.error().message;
}

} // namespace

/// The HTTPS policy against a real TLS server (the simulator): what a clerk sees when the
/// certificate or the address is wrong.
class TestHttpClientTls final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void trustedWithTheExtraCa()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        HttpSettings s;
        s.extraCaFile = sim.caFile();
        HttpClient client(s);
        // No token: the answer is a 401, which proves the TLS session was accepted.
        const auto r = get(client, sim.ysellUrl() + u"/api/orders/status?id=1"_s);
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        QCOMPARE(r->status, 401);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("certKind");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<bool>("plainHttp");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("untrusted certificate") << u"good"_s << false << false << int(ErrorKind::Tls)
                                               << QStringList{u"is not trusted on this computer"_s, u"CA file"_s};
        QTest::newRow("wrong host name") << u"wronghost"_s << true << false << int(ErrorKind::Tls)
                                         << QStringList{u"issued for a different server name"_s, u"wrong.example"_s};
        QTest::newRow("expired certificate") << u"expired"_s << true << false << int(ErrorKind::Tls)
                                             << QStringList{u"has expired"_s, u"renew"_s};
        QTest::newRow("http url") << u"good"_s << true << true << int(ErrorKind::InsecureUrl)
                                  << QStringList{u"Only https:// addresses are allowed"_s};
    }

    void refusals()
    {
        QFETCH(QString, certKind);
        QFETCH(bool, withCa);
        QFETCH(bool, plainHttp);
        QFETCH(int, kind);
        QFETCH(QStringList, phrases);

        SimProcess sim;
        QVERIFY2(sim.start({u"--tls-cert"_s, certKind}), qPrintable(sim.errorString()));
        // The control API checks the certificate too, so it only answers with the good one.
        const bool canAskSim = certKind == u"good"_s;
        if (canAskSim)
            QVERIFY(sim.resetStats());
        HttpSettings s;
        if (withCa)
            s.extraCaFile = sim.caFile();
        HttpClient client(s);
        QString url = sim.ysellUrl() + u"/api/orders/status?id=1"_s;
        if (plainHttp)
            url.replace(u"https://"_s, u"http://"_s);

        const auto r = get(client, url);
        QVERIFY2(!r.ok(), qPrintable(messageOf(r)));
        QCOMPARE(int(r.error().kind), kind);
        QVERIFY(!r.error().requestMaybeSent);
        for (const QString &phrase : std::as_const(phrases))
            QVERIFY2(r.error().message.contains(phrase), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"127.0.0.1"_s), qPrintable(r.error().message));
        // The server never saw the request.
        if (canAskSim)
            QCOMPARE(sim.stats()[u"ysell"_s][u"requests"_s].toObject().value(u"status"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpClientTls)
#include "tst_httpclient_tls.moc"
