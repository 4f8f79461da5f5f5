#include "net/HttpClient.h"
#include "odoo/OdooClient.h"
#include "odoo/OdooParse.h"
#include "odoo/OdooQueries.h"

#include "OdooTestUtil.h"
#include "SimProcess.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using ysb::ErrorKind;
using ysb::test::await;
using ysb::test::whyNot;

class TestOdooClient final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void version();
    void authenticateCachesUid();
    void wrongPassword();
    void wrongLogin();
    void wrongDatabase();
    void concurrentCallsShareOneSignIn();
    void readsConfirmedOrdersPageByPage();
    void serialsOfManyOrdersInOneCall();
    void odooErrorsAreTyped_data();
    void odooErrorsAreTyped();
    void clerkHasNoRightsToCreateFields();
    void httpUrlIsRefused();
    void untrustedCertificateIsRefused();

private:
    std::unique_ptr<ysb::OdooClient> makeClient(const QString &login, const QString &secret,
                                                const QString &db = {}, ysb::HttpClient *http = nullptr);
    int odooCalls(const QString &route);

    ysb::test::SimProcess m_sim;
    std::unique_ptr<ysb::HttpClient> m_http;
};

void TestOdooClient::initTestCase()
{
    QVERIFY2(m_sim.start({u"--demo"_s}), qPrintable(m_sim.errorString()));
    ysb::HttpSettings settings;
    settings.extraCaFile = m_sim.caFile();
    m_http = std::make_unique<ysb::HttpClient>(settings);
}

void TestOdooClient::cleanupTestCase()
{
    m_http.reset();
    m_sim.stop();
}

void TestOdooClient::init()
{
    QVERIFY(m_sim.resetStats());
}

std::unique_ptr<ysb::OdooClient> TestOdooClient::makeClient(const QString &login, const QString &secret,
                                                            const QString &db, ysb::HttpClient *http)
{
    return std::make_unique<ysb::OdooClient>(http ? http : m_http.get(), QUrl(m_sim.odooUrl()),
                                             db.isEmpty() ? m_sim.odooDb() : db, login, secret);
}

int TestOdooClient::odooCalls(const QString &route)
{
    return m_sim.stats().value(u"odoo"_s).toObject().value(u"calls"_s).toObject().value(route).toInt();
}

void TestOdooClient::version()
{
    auto client = makeClient(m_sim.odooLogin(), m_sim.odooPassword());
    const auto r = await(client->version());
    QVERIFY2(r.ok(), qPrintable(whyNot(r)));
    const auto v = ysb::OdooParse::serverVersion(r.value());
    QVERIFY(v.ok());
    QCOMPARE(v->serie, u"17.0"_s);
    QCOMPARE(v->major, 17);
    QCOMPARE(odooCalls(u"common.version"_s), 1);
    QVERIFY(!client->uid().has_value()); // version needs no sign-in
}

void TestOdooClient::authenticateCachesUid()
{
    auto client = makeClient(m_sim.odooLogin(), m_sim.odooPassword());
    const auto r = await(client->authenticate());
    QVERIFY2(r.ok(), qPrintable(whyNot(r)));
    QVERIFY(r->toInt() > 0);
    QCOMPARE(client->uid().value_or(0), r->toInt());

    const auto count = await(client->call(u"sale.order"_s, u"search_count"_s,
                                          QJsonArray{QJsonArray{QJsonArray{u"state"_s, u"="_s, u"sale"_s}}}));
    QVERIFY2(count.ok(), qPrintable(whyNot(count)));
    QVERIFY(count->toInt() > 0);
    QCOMPARE(odooCalls(u"common.authenticate"_s), 1); // the cached uid was used
}

void TestOdooClient::wrongPassword()
{
    auto client = makeClient(m_sim.odooLogin(), u"not-the-password"_s);
    const auto r = await(client->authenticate());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadCredentials);
    QCOMPARE(r.error().message, ysb::OdooClient::badCredentialsMessage(m_sim.odooLogin()).render());
    QVERIFY(r.error().message.contains(m_sim.odooLogin()));
    QVERIFY(!r.error().message.contains(u"not-the-password"_s));
    QVERIFY(!r.error().detail.contains(u"not-the-password"_s));

    // A call signs in first and fails the same way, without calling execute_kw.
    const auto call = await(client->call(u"sale.order"_s, u"search_count"_s, QJsonArray{QJsonArray{}}));
    QVERIFY(!call.ok());
    QCOMPARE(call.error().kind, ErrorKind::BadCredentials);
    QCOMPARE(odooCalls(u"sale.order.search_count"_s), 0);
}

void TestOdooClient::wrongLogin()
{
    auto client = makeClient(u"nobody@example.com"_s, m_sim.odooPassword());
    const auto r = await(client->authenticate());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadCredentials);
    QVERIFY(r.error().message.contains(u"nobody@example.com"_s));
}

void TestOdooClient::wrongDatabase()
{
    auto client = makeClient(m_sim.odooLogin(), m_sim.odooPassword(), u"no_such_db"_s);
    const auto r = await(client->authenticate());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::WrongDatabase);
    QVERIFY2(r.error().message.contains(u"no_such_db"_s), qPrintable(r.error().message));
    QCOMPARE(r.error().remoteClass, u"psycopg2.OperationalError"_s);
    QVERIFY(!client->uid().has_value());
}

void TestOdooClient::concurrentCallsShareOneSignIn()
{
    auto client = makeClient(m_sim.odooLogin(), m_sim.odooPassword());
    const QJsonArray domain{QJsonArray{QJsonArray{u"state"_s, u"="_s, u"sale"_s}}};
    // Every job is watched from the start: a job that finishes while the test waits for another one
    // deletes itself, so it must not be looked at afterwards.
    QList<std::optional<ysb::Result<QJsonValue>>> results(3);
    for (int i = 0; i < 3; ++i) {
        auto *job = client->call(u"sale.order"_s, u"search_count"_s, domain);
        QObject::connect(job, &ysb::OdooCallJob::finished, job,
                         [&results, i](const ysb::Result<QJsonValue> &r) { results[i] = r; });
    }
    QTRY_VERIFY_WITH_TIMEOUT(results[0] && results[1] && results[2], 60'000);
    for (const auto &opt : results) {
        const ysb::Result<QJsonValue> &r = *opt;
        QVERIFY2(r.ok(), qPrintable(whyNot(r)));
        QCOMPARE(r->toInt(), (*results.first())->toInt());
    }
    QCOMPARE(odooCalls(u"common.authenticate"_s), 1);
    QCOMPARE(odooCalls(u"sale.order.search_count"_s), 3);
}

void TestOdooClient::readsConfirmedOrdersPageByPage()
{
    auto client = makeClient(m_sim.odooLogin(), m_sim.odooPassword());
    const auto total = await(client->call(u"sale.order"_s, u"search_count"_s,
                                          QJsonArray{ysb::OdooQueries::confirmedOrdersDomain({}, 0, {})}));
    QVERIFY2(total.ok(), qPrintable(whyNot(total)));
    const int expected = total->toInt();
    QVERIFY2(expected > 10, "the demo data set should hold more than one page of confirmed orders");
    QVERIFY(m_sim.resetStats());

    // Small pages so that the demo data needs several; the product uses OdooQueries::kOrderPageSize.
    const int pageSize = 10;
    const QJsonObject spec = ysb::OdooQueries::orderSpecification(true);
    const QJsonArray domain = ysb::OdooQueries::confirmedOrdersDomain({}, 0, {});
    QList<ysb::SaleOrder> orders;
    int pages = 0;
    int length = -1;
    for (int offset = 0; length < 0 || offset < length; offset += pageSize) {
        const auto r = await(client->call(u"sale.order"_s, u"web_search_read"_s, QJsonArray{},
                                          ysb::OdooQueries::orderPageKwargs(domain, spec, offset, pageSize)));
        QVERIFY2(r.ok(), qPrintable(whyNot(r)));
        const auto page = ysb::OdooParse::orderPage(r.value());
        QVERIFY2(page.ok(), qPrintable(whyNot(page)));
        ++pages;
        length = page->length;
        QVERIFY(page->orders.size() <= pageSize);
        orders << page->orders;
        QVERIFY(pages < 100);
    }
    QCOMPARE(length, expected);
    QCOMPARE(orders.size(), expected);
    QCOMPARE(pages, (expected + pageSize - 1) / pageSize);

    QSet<int> ids;
    int productLines = 0;
    for (const ysb::SaleOrder &so : std::as_const(orders)) {
        QVERIFY2(!ids.contains(so.id), "an order came twice across pages");
        ids.insert(so.id);
        QCOMPARE(so.state, u"sale"_s);
        QVERIFY(!so.name.isEmpty());
        QVERIFY(so.writeDate.isValid());
        QVERIFY(so.hasYsellFields);
        QVERIFY(so.shipping.id > 0);
        QVERIFY(!so.shipping.name.isEmpty());
        for (const ysb::OrderLine &l : so.lines) {
            if (l.isProductLine()) {
                ++productLines;
                QVERIFY(l.product.id > 0);
                QVERIFY(!l.product.tracking.isEmpty());
            }
        }
    }
    QVERIFY(productLines >= orders.size());

    // One web_search_read per page, and nothing per order.
    const QJsonObject calls = m_sim.stats().value(u"odoo"_s).toObject().value(u"calls"_s).toObject();
    QCOMPARE(calls.value(u"sale.order.web_search_read"_s).toInt(), pages);
    for (auto it = calls.begin(); it != calls.end(); ++it) {
        if (it.key() == u"sale.order.web_search_read"_s || it.key() == u"common.authenticate"_s)
            continue;
        QFAIL(qPrintable(u"unexpected Odoo call while reading orders: "_s + it.key()));
    }
}

void TestOdooClient::serialsOfManyOrdersInOneCall()
{
    auto client = makeClient(m_sim.odooLogin(), m_sim.odooPassword());
    const auto r = await(client->call(u"sale.order"_s, u"web_search_read"_s, QJsonArray{},
                                      ysb::OdooQueries::orderPageKwargs(ysb::OdooQueries::confirmedOrdersDomain({}, 0, {}),
                                                                        ysb::OdooQueries::orderSpecification(true), 0)));
    QVERIFY2(r.ok(), qPrintable(whyNot(r)));
    const auto page = ysb::OdooParse::orderPage(r.value());
    QVERIFY2(page.ok(), qPrintable(whyNot(page)));
    QList<int> ids;
    for (const ysb::SaleOrder &so : page->orders)
        ids << so.id;

    QVERIFY(m_sim.resetStats());
    const auto sr = await(client->call(u"stock.move.line"_s, u"search_read"_s,
                                       QJsonArray{ysb::OdooQueries::serialsDomain(ids)},
                                       ysb::OdooQueries::serialsKwargs()));
    QVERIFY2(sr.ok(), qPrintable(whyNot(sr)));
    auto serials = ysb::OdooParse::moveLineSerials(sr.value());
    QVERIFY2(serials.ok(), qPrintable(whyNot(serials)));
    QVERIFY2(!serials->isEmpty(), "the demo data reserves serials on some confirmed orders");
    QList<ysb::MoveLineSerial> list = serials.value();
    ysb::OdooParse::attachOrderIds(list, page->orders);
    QSet<int> ordersWithSerials;
    for (const ysb::MoveLineSerial &s : std::as_const(list)) {
        QVERIFY(s.lotId > 0);
        QVERIFY(!s.lotName.isEmpty());
        QVERIFY2(s.orderId.has_value(), qPrintable(u"serial %1 not on any order's picking"_s.arg(s.lotName)));
        QVERIFY(ids.contains(*s.orderId));
        ordersWithSerials.insert(*s.orderId);
    }
    QVERIFY2(ordersWithSerials.size() >= 2, "serials of several orders should come in the one answer");
    QCOMPARE(odooCalls(u"stock.move.line.search_read"_s), 1);
}

void TestOdooClient::odooErrorsAreTyped_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QJsonArray>("args");
    QTest::addColumn<QJsonObject>("kwargs");
    QTest::addColumn<ErrorKind>("kind");

    QTest::newRow("invalid field") << u"stock.move.line"_s << u"search_read"_s << QJsonArray{QJsonArray{}}
                                   << QJsonObject{{u"fields"_s, QJsonArray{u"qty_done"_s}}} << ErrorKind::BadRequest;
    QTest::newRow("invalid domain") << u"sale.order"_s << u"search"_s
                                    << QJsonArray{QJsonArray{QJsonArray{u"nope"_s, u"="_s, 1}}} << QJsonObject()
                                    << ErrorKind::BadRequest;
    QTest::newRow("write to a missing record")
        << u"sale.order"_s << u"write"_s << QJsonArray{QJsonArray{999999}, QJsonObject{{u"client_order_ref"_s, u"x"_s}}}
        << QJsonObject() << ErrorKind::MissingRecord;
}

void TestOdooClient::odooErrorsAreTyped()
{
    QFETCH(QString, model);
    QFETCH(QString, method);
    QFETCH(QJsonArray, args);
    QFETCH(QJsonObject, kwargs);
    QFETCH(ErrorKind, kind);
    auto client = makeClient(m_sim.odooLogin(), m_sim.odooPassword());
    const auto r = await(client->call(model, method, args, kwargs));
    QVERIFY(!r.ok());
    QCOMPARE(ysb::Error::kindName(r.error().kind), ysb::Error::kindName(kind));
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(!r.error().message.contains(u"Traceback"_s));
    QVERIFY(!r.error().detail.contains(u"Traceback"_s));
    QVERIFY(client->uid().has_value()); // an Odoo error is not a sign-in failure
}

void TestOdooClient::clerkHasNoRightsToCreateFields()
{
    auto client = makeClient(u"clerk"_s, m_sim.odooPassword());
    const auto r = await(client->call(u"ir.model.fields"_s, u"create"_s,
                                      QJsonArray{QJsonObject{{u"model_id"_s, 1},
                                                             {u"name"_s, u"x_nope"_s},
                                                             {u"field_description"_s, u"n"_s},
                                                             {u"ttype"_s, u"char"_s},
                                                             {u"state"_s, u"manual"_s}}}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::AccessRights);
    QCOMPARE(r.error().remoteClass, u"odoo.exceptions.AccessError"_s);
}

void TestOdooClient::httpUrlIsRefused()
{
    QUrl url(m_sim.odooUrl());
    url.setScheme(u"http"_s);
    ysb::OdooClient client(m_http.get(), url, m_sim.odooDb(), m_sim.odooLogin(), m_sim.odooPassword());
    const auto r = await(client.version());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::InsecureUrl);
    QVERIFY(r.error().message.contains(u"https://"_s));
    QCOMPARE(odooCalls(u"common.version"_s), 0);
}

void TestOdooClient::untrustedCertificateIsRefused()
{
    ysb::HttpClient plain{ysb::HttpSettings{}}; // system CAs only: the simulator's CA is unknown
    auto client = makeClient(m_sim.odooLogin(), m_sim.odooPassword(), {}, &plain);
    const auto r = await(client->version());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Tls);
    QCOMPARE(odooCalls(u"common.version"_s), 0);
}

QTEST_GUILESS_MAIN(TestOdooClient)
#include "tst_odooclient.moc"
