// Fault injection through POST /_sim/faults on the real ysell-bridge-sim: every transport kind on
// Ysell and Odoo routes, count/rate/clear, "down", and semantic Odoo faults.

#include "SimProcess.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using ysb::test::SimProcess;

namespace {

QByteArray orderBody(const QString &orderNum)
{
    return QJsonDocument(QJsonObject{{"order_num"_L1, orderNum},
                                     {"items"_L1, QJsonArray{QJsonObject{{"p_id"_L1, u"1"_s}, {"qty"_L1, 1}}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray versionCall()
{
    return R"({"jsonrpc":"2.0","method":"call","params":{"service":"common","method":"version","args":[]},"id":7})";
}

bool isJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

class TestSimFaults : public QObject {
    Q_OBJECT

private:
    SimProcess m_sim;
    int m_serial = 0;

    bool orderExists(const QString &orderNum)
    {
        return m_sim.ysell("GET", u"/api/orders/status?order_num="_s + orderNum).status == 200;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    }

    void init()
    {
        QVERIFY(m_sim.clearFaults(u"*"_s));
    }

    void ysellCreateFaults_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        QTest::addColumn<int>("expectedStatus");      // 0 = no HTTP answer
        QTest::addColumn<bool>("expectJsonBody");
        QTest::addColumn<bool>("expectCreated");       // did the server act on the request?
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("clientTimeoutMs");

        auto spec = [](const char *kind, QJsonObject extra = {}) {
            extra.insert("route"_L1, u"create"_s);
            extra.insert("kind"_L1, QString::fromLatin1(kind));
            return extra;
        };
        QTest::newRow("status 500") << spec("status", {{"status"_L1, 500}}) << 500 << true << false << QByteArray() << 20'000;
        QTest::newRow("status 502") << spec("status", {{"status"_L1, 502}}) << 502 << true << false << QByteArray() << 20'000;
        QTest::newRow("429 retry-after") << spec("retry_after", {{"ms"_L1, 3000}}) << 429 << true << false << QByteArray("3") << 20'000;
        QTest::newRow("503 retry-after") << spec("retry_after", {{"status"_L1, 503}, {"ms"_L1, 1500}}) << 503 << true << false
                                         << QByteArray("2") << 20'000;
        QTest::newRow("hang") << spec("hang") << 0 << false << false << QByteArray() << 1500;
        QTest::newRow("reset") << spec("reset") << 0 << false << false << QByteArray() << 20'000;
        QTest::newRow("commit_drop") << spec("commit_drop") << 0 << false << true << QByteArray() << 20'000;
        QTest::newRow("malformed") << spec("malformed") << 200 << false << true << QByteArray() << 20'000;
        QTest::newRow("wrong_shape") << spec("wrong_shape") << 200 << true << true << QByteArray() << 20'000;
        // Latency longer than the client waits: the client times out; without it, it would not.
        QTest::newRow("latency") << spec("latency", {{"ms"_L1, 8000}}) << 0 << false << false << QByteArray() << 1500;
    }

    void ysellCreateFaults()
    {
        QFETCH(QJsonObject, spec);
        QFETCH(int, expectedStatus);
        QFETCH(bool, expectJsonBody);
        QFETCH(bool, expectCreated);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, clientTimeoutMs);

        const QString number = u"F-%1"_s.arg(++m_serial);
        QVERIFY(m_sim.fault(spec));
        const auto answer = m_sim.ysell("POST", u"/api/orders/create"_s, orderBody(number), true, clientTimeoutMs);
        QCOMPARE(answer.status, expectedStatus);
        if (expectedStatus == 0)
            QVERIFY(answer.error != QNetworkReply::NoError);
        QCOMPARE(isJson(answer.body), expectJsonBody);
        if (expectedStatus >= 400) {
            const QJsonObject error = answer.object();
            QCOMPARE(error.value("status"_L1).toInt(), expectedStatus);
            QVERIFY(error.contains("name"_L1) && error.contains("message"_L1) && error.contains("code"_L1));
        }
        if (spec.value("kind"_L1).toString() == "wrong_shape"_L1)
            QVERIFY(!answer.object().contains("id"_L1));
        QCOMPARE(answer.header("Retry-After"), retryAfter);

        QVERIFY(m_sim.clearFaults(u"create"_s));
        // A client that gave up during the latency took its request with it: nothing was created.
        QCOMPARE(orderExists(number), expectCreated);
        // Without the fault the same route works again.
        QCOMPARE(m_sim.ysell("POST", u"/api/orders/create"_s, orderBody(number + u"-ok"_s)).status, 201);
    }

    void faultsApplyToTheirRouteOnly()
    {
        QVERIFY(m_sim.fault(QJsonObject{{"route"_L1, u"status"_s}, {"kind"_L1, u"status"_s}, {"status"_L1, 503}}));
        QCOMPARE(m_sim.ysell("POST", u"/api/orders/create"_s, orderBody(u"R-1"_s)).status, 201);
        QCOMPARE(m_sim.ysell("GET", u"/api/orders/status?order_num=R-1"_s).status, 200); // "find"
        QCOMPARE(m_sim.ysell("GET", u"/api/orders/status?id=98001"_s).status, 503);
        QCOMPARE(m_sim.ysell("GET", u"/api/v1/order/98001"_s).status, 503);
    }

    void starMatchesEveryYsellRoute()
    {
        QVERIFY(m_sim.fault(QJsonObject{{"route"_L1, u"*"_s}, {"kind"_L1, u"status"_s}, {"status"_L1, 500}}));
        QCOMPARE(m_sim.ysell("POST", u"/api/v1/order"_s, orderBody(u"S-1"_s)).status, 500);
        QCOMPARE(m_sim.ysell("GET", u"/api/v1/order?order_num=S-1"_s).status, 500);
        QCOMPARE(m_sim.odoo(versionCall()).status, 200); // Odoo is "odoo", not "*"
        QCOMPARE(m_sim.stats()["ysell"_L1].toObject().isEmpty(), false); // control API is never faulted
    }

    void countLimitsTheFault()
    {
        QVERIFY(m_sim.fault(QJsonObject{{"route"_L1, u"find"_s}, {"kind"_L1, u"status"_s}, {"status"_L1, 500}, {"count"_L1, 2}}));
        QCOMPARE(m_sim.ysell("GET", u"/api/orders/status?order_num=X"_s).status, 500);
        QCOMPARE(m_sim.ysell("GET", u"/api/orders/status?order_num=X"_s).status, 500);
        QCOMPARE(m_sim.ysell("GET", u"/api/orders/status?order_num=X"_s).status, 404);
    }

    void rateZeroNeverFires()
    {
        QVERIFY(m_sim.fault(QJsonObject{{"route"_L1, u"find"_s}, {"kind"_L1, u"reset"_s}, {"rate"_L1, 0.0}}));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_sim.ysell("GET", u"/api/orders/status?order_num=X"_s).status, 404);
    }

    void clearRemovesFaults()
    {
        QVERIFY(m_sim.fault(QJsonObject{{"route"_L1, u"find"_s}, {"kind"_L1, u"status"_s}}));
        QCOMPARE(m_sim.ysell("GET", u"/api/orders/status?order_num=X"_s).status, 500);
        QVERIFY(m_sim.clearFaults(u"find"_s));
        QCOMPARE(m_sim.ysell("GET", u"/api/orders/status?order_num=X"_s).status, 404);
    }

    void invalidSpecsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        QTest::newRow("unknown kind") << QJsonObject{{"route"_L1, u"create"_s}, {"kind"_L1, u"explode"_s}};
        QTest::newRow("rate above 1") << QJsonObject{{"route"_L1, u"create"_s}, {"kind"_L1, u"reset"_s}, {"rate"_L1, 2}};
        QTest::newRow("status 200") << QJsonObject{{"route"_L1, u"create"_s}, {"kind"_L1, u"status"_s}, {"status"_L1, 200}};
        QTest::newRow("ysell down forever") << QJsonObject{{"route"_L1, u"create"_s}, {"kind"_L1, u"down"_s}};
        QTest::newRow("odoo kind on ysell") << QJsonObject{{"route"_L1, u"create"_s}, {"kind"_L1, u"access_denied"_s}};
    }

    void invalidSpecsAreRefused()
    {
        QFETCH(QJsonObject, spec);
        QVERIFY(!m_sim.fault(spec));
        QCOMPARE(m_sim.ysell("GET", u"/api/orders/status?order_num=X"_s).status, 404);
    }

    void odooTransportFaults_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expectedStatus");
        QTest::addColumn<bool>("expectJsonBody");
        QTest::newRow("all calls status") << u"odoo"_s << u"status"_s << 500 << true;
        QTest::newRow("one method reset") << u"odoo:common.version"_s << u"reset"_s << 0 << false;
        QTest::newRow("malformed") << u"odoo"_s << u"malformed"_s << 200 << false;
        QTest::newRow("wrong_shape") << u"odoo"_s << u"wrong_shape"_s << 200 << true;
        QTest::newRow("commit_drop") << u"odoo"_s << u"commit_drop"_s << 0 << false;
        QTest::newRow("retry_after") << u"odoo"_s << u"retry_after"_s << 429 << true;
        QTest::newRow("other method untouched") << u"odoo:sale.order.search_read"_s << u"reset"_s << 200 << true;
    }

    void odooTransportFaults()
    {
        QFETCH(QString, route);
        QFETCH(QString, kind);
        QFETCH(int, expectedStatus);
        QFETCH(bool, expectJsonBody);
        QVERIFY(m_sim.fault(QJsonObject{{"route"_L1, route}, {"kind"_L1, kind}}));
        const auto answer = m_sim.odoo(versionCall());
        QCOMPARE(answer.status, expectedStatus);
        QCOMPARE(isJson(answer.body), expectJsonBody);
        if (kind == "wrong_shape"_L1)
            QVERIFY(!answer.object().value("result"_L1).isObject());
        QVERIFY(m_sim.clearFaults(u"odoo"_s));
        const auto healthy = m_sim.odoo(versionCall());
        QCOMPARE(healthy.status, 200);
        QCOMPARE(healthy.object()["result"_L1]["server_serie"_L1].toString(), u"17.0"_s);
    }

    void odooLatencyFault()
    {
        QVERIFY(m_sim.fault(QJsonObject{{"route"_L1, u"odoo"_s}, {"kind"_L1, u"latency"_s}, {"ms"_L1, 8000}}));
        QCOMPARE(m_sim.odoo(versionCall(), 1500).status, 0);
        QVERIFY(m_sim.clearFaults(u"odoo"_s));
        QCOMPARE(m_sim.odoo(versionCall(), 20'000).status, 200);
    }

    void odooSemanticFaultIsForwarded()
    {
        QVERIFY(m_sim.fault(QJsonObject{{"route"_L1, u"odoo"_s}, {"kind"_L1, u"access_error"_s}, {"count"_L1, 1}}));
        const QByteArray call = QJsonDocument(QJsonObject{
            {"jsonrpc"_L1, u"2.0"_s}, {"method"_L1, u"call"_s}, {"id"_L1, 3},
            {"params"_L1, QJsonObject{{"service"_L1, u"object"_s}, {"method"_L1, u"execute_kw"_s},
                                      {"args"_L1, QJsonArray{m_sim.odooDb(), 2, m_sim.odooPassword(), u"res.partner"_s,
                                                             u"search_read"_s, QJsonArray{QJsonArray{}},
                                                             QJsonObject{{"fields"_L1, QJsonArray{u"name"_s}}, {"limit"_L1, 1}}}}}}})
                                   .toJson(QJsonDocument::Compact);
        const auto faulted = m_sim.odoo(call);
        QCOMPARE(faulted.status, 200);
        QCOMPARE(faulted.object()["error"_L1]["data"_L1]["name"_L1].toString(), u"odoo.exceptions.AccessError"_s);
        const auto next = m_sim.odoo(call);
        QCOMPARE(next.status, 200);
        QVERIFY2(next.object().contains("result"_L1), next.body.constData());
    }

    void odooDownUntilCleared()
    {
        QVERIFY(m_sim.fault(QJsonObject{{"route"_L1, u"odoo"_s}, {"kind"_L1, u"down"_s}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.odoo(versionCall()).error, QNetworkReply::ConnectionRefusedError, 10'000);
        QCOMPARE(m_sim.ysell("GET", u"/api/orders/status?order_num=X"_s).status, 404); // Ysell unaffected
        QVERIFY(m_sim.clearFaults(u"odoo"_s));
        QCOMPARE(m_sim.odoo(versionCall()).status, 200);
    }

    void ysellDownForAWhile()
    {
        QVERIFY(m_sim.fault(QJsonObject{{"route"_L1, u"*"_s}, {"kind"_L1, u"down"_s}, {"ms"_L1, 3000}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.ysell("GET", u"/api/orders/status?order_num=X"_s, {}, true, 2000).error,
                                  QNetworkReply::ConnectionRefusedError, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.ysell("GET", u"/api/orders/status?order_num=X"_s, {}, true, 2000).status, 404, 30'000);
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
