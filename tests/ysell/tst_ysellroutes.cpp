#include "ysell/YsellRoutes.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ysb;

class TestYsellRoutes final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void presets()
    {
        QCOMPARE(YsellRoutes::presetNames(), QStringList({u"task-statement"_s, u"ysell-v1"_s}));
        const YsellRoutes task = *YsellRoutes::preset(u"task-statement"_s);
        QCOMPARE(task.create.toString(), u"POST /api/orders/create"_s);
        QCOMPARE(task.status.toString(), u"GET /api/orders/status?id={id}"_s);
        QCOMPARE(task.find.toString(), u"GET /api/orders/status?order_num={order_num}"_s);
        const YsellRoutes v1 = *YsellRoutes::preset(u"ysell-v1"_s);
        QCOMPARE(v1.create.toString(), u"POST /api/v1/order"_s);
        QCOMPARE(v1.status.toString(), u"GET /api/v1/order/{id}"_s);
        QCOMPARE(v1.find.toString(), u"GET /api/v1/order?order_num={order_num}"_s);
        QVERIFY(!YsellRoutes::preset(u"nonsense"_s));
        QVERIFY(task.validate().ok());
        QVERIFY(v1.validate().ok());
    }

    void routeStringRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("full") << u"POST /api/v1/order"_s << true << u"POST /api/v1/order"_s;
        QTest::newRow("lower-case method") << u"get  /api/v1/order/{id}"_s << true << u"GET /api/v1/order/{id}"_s;
        QTest::newRow("bare path") << u"/api/orders/status?id={id}"_s << true << u"GET /api/orders/status?id={id}"_s;
        QTest::newRow("absolute url") << u"GET https://evil.example/x"_s << false << QString();
        QTest::newRow("protocol-relative") << u"GET //evil.example/x"_s << false << QString();
        QTest::newRow("unknown method") << u"FETCH /x"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("three words") << u"GET /a /b"_s << false << QString();
    }

    void routeStringRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, normalised);
        const auto route = YsellRoute::fromString(text);
        QCOMPARE(route.ok(), ok);
        if (ok)
            QCOMPARE(route->toString(), normalised);
        else
            QCOMPARE(route.error().kind, ErrorKind::Config);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("orderNum");
        QTest::addColumn<QString>("url");
        QTest::newRow("task status") << u"https://719.eu6.ysell.pro"_s << u"GET /api/orders/status?id={id}"_s
                                     << u"98765"_s << QString() << u"https://719.eu6.ysell.pro/api/orders/status?id=98765"_s;
        QTest::newRow("base with slash") << u"https://a.ysell.pro/"_s << u"GET /api/v1/order/{id}"_s << u"5"_s
                                         << QString() << u"https://a.ysell.pro/api/v1/order/5"_s;
        QTest::newRow("base with prefix and port") << u"https://127.0.0.1:8443/ysell/"_s << u"POST /api/v1/order"_s
                                                   << QString() << QString() << u"https://127.0.0.1:8443/ysell/api/v1/order"_s;
        QTest::newRow("order number with specials")
            << u"https://a.ysell.pro"_s << u"GET /api/v1/order?order_num={order_num}"_s << QString()
            << u"S/00 42&x=1+2#"_s << u"https://a.ysell.pro/api/v1/order?order_num=S%2F00%2042%26x%3D1%2B2%23"_s;
        QTest::newRow("id cannot add a segment") << u"https://a.ysell.pro"_s << u"GET /api/v1/order/{id}"_s
                                                 << u"../../admin"_s << QString()
                                                 << u"https://a.ysell.pro/api/v1/order/..%2F..%2Fadmin"_s;
        QTest::newRow("unicode order number") << u"https://a.ysell.pro"_s << u"GET /x?order_num={order_num}"_s
                                              << QString() << u"Заказ-1"_s
                                              << u"https://a.ysell.pro/x?order_num=%D0%97%D0%B0%D0%BA%D0%B0%D0%B7-1"_s;
    }

    void resolve()
    {
        QFETCH(QString, base);
        QFETCH(QString, route);
        QFETCH(QString, id);
        QFETCH(QString, orderNum);
        QFETCH(QString, url);
        QHash<QString, QString> values;
        if (!id.isNull())
            values.insert(u"id"_s, id);
        if (!orderNum.isNull())
            values.insert(u"order_num"_s, orderNum);
        const auto r = YsellRoutes::resolve(QUrl(base), YsellRoute::fromString(route).value(), values);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->toString(QUrl::FullyEncoded), url);
        if (!orderNum.isNull())
            QCOMPARE(QUrlQuery(r.value()).queryItemValue(u"order_num"_s, QUrl::FullyDecoded), orderNum);
    }

    void unknownOrMissingPlaceholderIsAConfigError()
    {
        YsellRoutes routes = YsellRoutes::taskStatement();
        routes.status.path = u"/api/orders/status?uid={uid}"_s;
        const Status s = routes.validate();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Config);
        QVERIFY(s.error().message.contains(u"{uid}"_s));

        const auto r = YsellRoutes::resolve(QUrl(u"https://a.ysell.pro"_s), YsellRoutes::taskStatement().status, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Config);
    }
};

QTEST_GUILESS_MAIN(TestYsellRoutes)
#include "tst_ysellroutes.moc"
