// The Ysell simulator through the real ysell-bridge-sim process: both route presets, token,
// duplicates, validation, statuses, advance (manual and timed), max-inflight, stats.

#include "SimProcess.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ysb::test::SimProcess;

namespace {

QByteArray orderBody(const QString &orderNum, const QJsonArray &items = {})
{
    QJsonArray lines = items;
    if (lines.isEmpty()) {
        lines.append(QJsonObject{{"odoo_product_id"_L1, 41}, {"p_id"_L1, u"1201"_s}, {"ext_id"_L1, u"YS-SER-001"_s},
                                 {"title"_L1, u"Scanner"_s}, {"qty"_L1, 2},
                                 {"serial_numbers"_L1, QJsonArray{u"SN-1"_s, u"SN-2"_s}}});
        lines.append(QJsonObject{{"odoo_product_id"_L1, 42}, {"p_id"_L1, u"1202"_s}, {"ext_id"_L1, u"YS-CAB"_s},
                                 {"title"_L1, u"Kabel Größe 2"_s}, {"qty"_L1, 3}});
    }
    return QJsonDocument(QJsonObject{{"order_num"_L1, orderNum},
                                     {"ext_order_id"_L1, 42},
                                     {"purchase_date"_L1, u"2026-11-28T09:15:00Z"_s},
                                     {"comment"_L1, u"Please ring twice."_s},
                                     {"recipient"_L1, QJsonObject{{"name"_L1, u"Иван Петров"_s}, {"country_code"_L1, u"DE"_s}}},
                                     {"items"_L1, lines}})
        .toJson(QJsonDocument::Compact);
}

struct Preset {
    QString create;
    QString status;  // %1 = id
    QString find;    // %1 = order_num
};

Preset preset(const QString &name)
{
    if (name == "v1"_L1)
        return {u"/api/v1/order"_s, u"/api/v1/order/%1"_s, u"/api/v1/order?order_num=%1"_s};
    return {u"/api/orders/create"_s, u"/api/orders/status?id=%1"_s, u"/api/orders/status?order_num=%1"_s};
}

QString statusCode(const QJsonObject &order)
{
    return order.value("status"_L1).toObject().value("code"_L1).toString();
}

} // namespace

class TestYsellSim : public QObject {
    Q_OBJECT

private:
    SimProcess m_sim;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    }

    void init()
    {
        QVERIFY(m_sim.config(QJsonObject{{"status_shape"_L1, u"object"_s}}));
        QVERIFY(m_sim.clearFaults());
    }

    void presets_data()
    {
        QTest::addColumn<QString>("presetName");
        QTest::newRow("task statement") << u"task"_s;
        QTest::newRow("Ysell API v1") << u"v1"_s;
    }

    void presets()
    {
        QFETCH(QString, presetName);
        const Preset routes = preset(presetName);
        const QString number = u"P-%1/7"_s.arg(presetName); // '/' must survive URL encoding
        const int createsBefore = m_sim.stats()["ysell"_L1]["creates"_L1].toInt();

        const auto created = m_sim.ysell("POST", routes.create, orderBody(number));
        QCOMPARE(created.status, 201);
        const QJsonObject order = created.object();
        QVERIFY(order.value("id"_L1).isDouble());
        const qint64 id = order.value("id"_L1).toInteger();
        QVERIFY(id >= 98001);
        QCOMPARE(order.value("order_num"_L1).toString(), number);
        QCOMPARE(statusCode(order), u"1"_s);
        QCOMPARE(order.value("items"_L1).toArray().size(), 2);
        QCOMPARE(order.value("items"_L1)[0]["serial_num"_L1].toString(), u"SN-1,SN-2"_s);

        const auto byId = m_sim.ysell("GET", routes.status.arg(id));
        QCOMPARE(byId.status, 200);
        QCOMPARE(byId.object().value("order_num"_L1).toString(), number);
        QCOMPARE(byId.object()["status"_L1]["status_name"_L1].toString(), u"Order created"_s);

        const auto byNumber = m_sim.ysell("GET", routes.find.arg(QString::fromLatin1(QUrl::toPercentEncoding(number))));
        QCOMPARE(byNumber.status, 200);
        QCOMPARE(byNumber.object().value("id"_L1).toInteger(), id);

        const auto missing = m_sim.ysell("GET", routes.find.arg(u"NOPE-%1"_s.arg(presetName)));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value("status"_L1).toInt(), 404);
        QCOMPARE(m_sim.ysell("GET", routes.status.arg(12345)).status, 404);

        QCOMPARE(m_sim.stats()["ysell"_L1]["creates"_L1].toInt(), createsBefore + 1);
    }

    void idsAreConsecutiveIntegersFrom98001()
    {
        SimProcess fresh;
        QVERIFY2(fresh.start(), qPrintable(fresh.errorString()));
        for (int i = 0; i < 3; ++i) {
            const auto created = fresh.ysell("POST", u"/api/orders/create"_s, orderBody(u"ID-%1"_s.arg(i)));
            QCOMPARE(created.status, 201);
            QCOMPARE(created.object().value("id"_L1).toInteger(), 98001 + i);
        }
    }

    void tokenIsRequired_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong token") << QByteArray("Bearer not-the-token");
        QTest::newRow("basic") << QByteArray("Basic YWRtaW46YWRtaW4=");
    }

    void tokenIsRequired()
    {
        QFETCH(QByteArray, authorization);
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const int ordersBefore = m_sim.ysellOrders().size();
        const auto answer = m_sim.request("POST", m_sim.ysellUrl() + u"/api/orders/create"_s,
                                          orderBody(u"AUTH-1"_s), headers);
        QCOMPARE(answer.status, 401);
        const QJsonObject error = answer.object();
        QCOMPARE(error.value("name"_L1).toString(), u"Unauthorized"_s);
        QCOMPARE(error.value("status"_L1).toInt(), 401);
        QVERIFY(error.contains("message"_L1));
        QVERIFY(error.contains("code"_L1));
        QCOMPARE(m_sim.ysellOrders().size(), ordersBefore);
        QCOMPARE(m_sim.ysell("GET", u"/api/orders/status?id=98001"_s, {}, false).status, 401);
    }

    void duplicateNamesTheExistingOrder()
    {
        const auto first = m_sim.ysell("POST", u"/api/orders/create"_s, orderBody(u"DUP-1"_s));
        QCOMPARE(first.status, 201);
        const int rejectedBefore = m_sim.stats()["ysell"_L1]["duplicates_rejected"_L1].toInt();
        const auto again = m_sim.ysell("POST", u"/api/v1/order"_s, orderBody(u"DUP-1"_s));
        QCOMPARE(again.status, 409);
        const QJsonObject body = again.object();
        for (const auto key : {"name"_L1, "message"_L1, "code"_L1, "status"_L1, "id"_L1})
            QVERIFY2(body.contains(key), qPrintable(QString(key)));
        QCOMPARE(body.value("id"_L1).toInteger(), first.object().value("id"_L1).toInteger());
        QCOMPARE(body.value("status"_L1).toInt(), 409);
        QCOMPARE(m_sim.stats()["ysell"_L1]["duplicates_rejected"_L1].toInt(), rejectedBefore + 1);
        int copies = 0;
        for (const auto &order : m_sim.ysellOrders())
            copies += order["order_num"_L1].toString() == "DUP-1"_L1;
        QCOMPARE(copies, 1);
    }

    void invalidPayloads_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject item{{"p_id"_L1, u"1"_s}, {"qty"_L1, 1}};
        auto doc = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        QTest::newRow("no order_num") << doc({{"items"_L1, QJsonArray{item}}}) << u"order_num"_s;
        QTest::newRow("empty order_num") << doc({{"order_num"_L1, u""_s}, {"items"_L1, QJsonArray{item}}}) << u"order_num"_s;
        QTest::newRow("no items") << doc({{"order_num"_L1, u"V-1"_s}}) << u"items"_s;
        QTest::newRow("empty items") << doc({{"order_num"_L1, u"V-2"_s}, {"items"_L1, QJsonArray{}}}) << u"items"_s;
        QTest::newRow("qty 0") << doc({{"order_num"_L1, u"V-3"_s}, {"items"_L1, QJsonArray{QJsonObject{{"qty"_L1, 0}}}}})
                               << u"items[0].qty"_s;
        QTest::newRow("qty negative")
            << doc({{"order_num"_L1, u"V-4"_s}, {"items"_L1, QJsonArray{item, QJsonObject{{"qty"_L1, -2}}}}})
            << u"items[1].qty"_s;
        QTest::newRow("serials fewer than qty")
            << doc({{"order_num"_L1, u"V-5"_s},
                    {"items"_L1, QJsonArray{QJsonObject{{"qty"_L1, 3}, {"serial_numbers"_L1, QJsonArray{u"A"_s, u"B"_s}}}}}})
            << u"items[0].serial_numbers"_s;
        QTest::newRow("serials more than qty")
            << doc({{"order_num"_L1, u"V-6"_s},
                    {"items"_L1, QJsonArray{QJsonObject{{"qty"_L1, 1}, {"serial_numbers"_L1, QJsonArray{u"A"_s, u"B"_s}}}}}})
            << u"items[0].serial_numbers"_s;
        QTest::newRow("serials repeated")
            << doc({{"order_num"_L1, u"V-7"_s},
                    {"items"_L1, QJsonArray{QJsonObject{{"qty"_L1, 2}, {"serial_numbers"_L1, QJsonArray{u"A"_s, u"A"_s}}}}}})
            << u"items[0].serial_numbers"_s;
    }

    void invalidPayloads()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const int ordersBefore = m_sim.ysellOrders().size();
        const auto answer = m_sim.ysell("POST", u"/api/orders/create"_s, body);
        QCOMPARE(answer.status, 422);
        const QJsonArray errors = answer.array();
        QVERIFY(!errors.isEmpty());
        bool named = false;
        for (const auto &error : errors) {
            QVERIFY(!error["message"_L1].toString().isEmpty());
            named = named || error["field"_L1].toString() == field;
        }
        QVERIFY2(named, answer.body.constData());
        QCOMPARE(m_sim.ysellOrders().size(), ordersBefore);
    }

    void invalidJsonIs400()
    {
        const auto answer = m_sim.ysell("POST", u"/api/orders/create"_s, "{\"order_num\": ");
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.object().value("status"_L1).toInt(), 400);
    }

    void unknownRouteIs404()
    {
        const auto answer = m_sim.ysell("GET", u"/api/v1/product"_s);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.object().value("name"_L1).toString(), u"Not Found"_s);
    }

    void advanceWalksTheChain()
    {
        const auto created = m_sim.ysell("POST", u"/api/orders/create"_s, orderBody(u"ADV-1"_s));
        QCOMPARE(created.status, 201);
        const QString path = u"/api/orders/status?id=%1"_s.arg(created.object().value("id"_L1).toInteger());
        const QStringList expected{u"3"_s, u"5.1"_s, u"6"_s, u"7"_s, u"7.1"_s, u"7.1"_s};
        for (const QString &code : expected) {
            QVERIFY(m_sim.advance({}, {u"ADV-1"_s}));
            QCOMPARE(statusCode(m_sim.ysell("GET", path).object()), code);
        }
        const QJsonObject shipped = m_sim.ysell("GET", path).object();
        QCOMPARE(shipped["status"_L1]["status_name"_L1].toString(), u"Order shipped"_s);
        QVERIFY(!shipped.value("tracking_number"_L1).toString().isEmpty());
    }

    void advanceToAStatusAndOnlyTheNamedOrders()
    {
        QCOMPARE(m_sim.ysell("POST", u"/api/orders/create"_s, orderBody(u"SET-1"_s)).status, 201);
        QCOMPARE(m_sim.ysell("POST", u"/api/orders/create"_s, orderBody(u"SET-2"_s)).status, 201);
        QVERIFY(m_sim.advance(u"3.2"_s, {u"SET-1"_s}));
        const auto one = m_sim.ysell("GET", u"/api/orders/status?order_num=SET-1"_s).object();
        const auto two = m_sim.ysell("GET", u"/api/orders/status?order_num=SET-2"_s).object();
        QCOMPARE(statusCode(one), u"3.2"_s);
        QCOMPARE(one["status"_L1]["status_name"_L1].toString(), u"Order without product_id"_s);
        QCOMPARE(statusCode(two), u"1"_s);
        QVERIFY(!m_sim.advance(u"99"_s, {u"SET-1"_s}));       // unknown code
        QVERIFY(!m_sim.advance(u"3"_s, {u"NO-SUCH-ORDER"_s})); // unknown order
        QVERIFY(m_sim.advance(u"8"_s));                       // all orders
        for (const auto &order : m_sim.ysellOrders())
            QCOMPARE(order["status"_L1].toString(), u"8"_s);
    }

    void bareStringStatus()
    {
        QCOMPARE(m_sim.ysell("POST", u"/api/orders/create"_s, orderBody(u"STR-1"_s)).status, 201);
        QVERIFY(m_sim.config(QJsonObject{{"status_shape"_L1, u"string"_s}}));
        QVERIFY(m_sim.advance(u"7.1"_s, {u"STR-1"_s}));
        const auto answer = m_sim.ysell("GET", u"/api/v1/order?order_num=STR-1"_s).object();
        QVERIFY(answer.value("status"_L1).isString());
        QCOMPARE(answer.value("status"_L1).toString(), u"Done"_s);
        QVERIFY(!m_sim.config(QJsonObject{{"status_shape"_L1, u"xml"_s}}));
    }

    void autoAdvance()
    {
        SimProcess timed;
        QVERIFY2(timed.start({u"--auto-advance-s"_s, u"1"_s}), qPrintable(timed.errorString()));
        QCOMPARE(timed.ysell("POST", u"/api/orders/create"_s, orderBody(u"AUTO-1"_s)).status, 201);
        auto code = [&timed] { return timed.ysellOrders().at(0)["status"_L1].toString(); };
        QTRY_COMPARE_WITH_TIMEOUT(code(), u"3"_s, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(code(), u"7.1"_s, 60'000);
    }

    void maxInflightAnswers429()
    {
        SimProcess limited;
        QVERIFY2(limited.start({u"--ysell-max-inflight"_s, u"2"_s, u"--ysell-latency-ms"_s, u"3000"_s}),
                 qPrintable(limited.errorString()));
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 5; ++i) {
            QNetworkRequest request{QUrl(limited.ysellUrl() + u"/api/orders/status?id=98001"_s)};
            request.setSslConfiguration(limited.sslConfiguration());
            request.setRawHeader("Authorization", "Bearer " + limited.ysellToken().toUtf8());
            replies.append(nam.get(request));
        }
        int tooMany = 0;
        int answered = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(30'000));
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 429) {
                ++tooMany;
                QVERIFY(!reply->rawHeader("Retry-After").isEmpty());
            } else {
                QCOMPARE(status, 404); // no such order, but the request was served
                ++answered;
            }
        }
        qDeleteAll(replies);
        QCOMPARE(tooMany + answered, 5);
        QVERIFY(tooMany >= 1);
        QVERIFY(answered >= 2);
        const QJsonObject ysell = limited.stats()["ysell"_L1].toObject();
        QVERIFY(ysell["max_inflight_seen"_L1].toInt() >= 3);
        QCOMPARE(ysell["requests"_L1]["status"_L1].toInt(), 5);
    }

    void statsCountRoutesAndOrders()
    {
        SimProcess fresh;
        QVERIFY2(fresh.start(), qPrintable(fresh.errorString()));
        QCOMPARE(fresh.ysell("POST", u"/api/orders/create"_s, orderBody(u"ST-1"_s)).status, 201);
        QCOMPARE(fresh.ysell("POST", u"/api/orders/create"_s, orderBody(u"ST-1"_s)).status, 409);
        QCOMPARE(fresh.ysell("GET", u"/api/orders/status?id=98001"_s).status, 200);
        QCOMPARE(fresh.ysell("GET", u"/api/v1/order/98001"_s).status, 200);
        QCOMPARE(fresh.ysell("GET", u"/api/v1/order?order_num=ST-1"_s).status, 200);
        QJsonObject ysell = fresh.stats()["ysell"_L1].toObject();
        QCOMPARE(ysell["creates"_L1].toInt(), 1);
        QCOMPARE(ysell["duplicates_rejected"_L1].toInt(), 1);
        QCOMPARE(ysell["orders"_L1].toInt(), 1);
        QCOMPARE(ysell["requests"_L1]["create"_L1].toInt(), 2);
        QCOMPARE(ysell["requests"_L1]["status"_L1].toInt(), 2);
        QCOMPARE(ysell["requests"_L1]["find"_L1].toInt(), 1);
        QCOMPARE(ysell["max_inflight_seen"_L1].toInt(), 1);

        const QJsonArray orders = fresh.ysellOrders();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders[0]["payload"_L1]["recipient"_L1]["name"_L1].toString(), u"Иван Петров"_s);
        QCOMPARE(orders[0]["payload"_L1]["items"_L1][1]["title"_L1].toString(), u"Kabel Größe 2"_s);

        QVERIFY(fresh.resetStats());
        ysell = fresh.stats()["ysell"_L1].toObject();
        QCOMPARE(ysell["creates"_L1].toInt(), 0);
        QCOMPARE(ysell["requests"_L1].toObject().size(), 0);
        QCOMPARE(ysell["orders"_L1].toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestYsellSim)
#include "tst_ysellsim.moc"
