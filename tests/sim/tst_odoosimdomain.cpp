// Domain evaluation of the Odoo simulator: every operator, prefix operators, false comparisons,
// dotted paths through many2one and one2many fields, and the errors Odoo gives for bad domains.
#include "OdooModel.h"
#include "OdooModelSchema.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using ysb::sim::OdooStore;

class TstOdooSimDomain final : public QObject {
    Q_OBJECT

private:
    OdooStore m_store;
    QHash<QString, int> m_ids;

    QStringList names(const QByteArray &domainJson)
    {
        const QJsonValue domain = QJsonDocument::fromJson("{\"d\":" + domainJson + "}").object().value(u"d"_s);
        auto ids = m_store.search(u"res.partner"_s, domain, u"id"_s);
        if (!ids)
            return {u"error: "_s + ids.error().remoteClass + u": "_s + ids.error().message};
        QStringList out;
        for (int id : ids.value()) {
            const QString ref = m_store.str(u"res.partner"_s, id, u"ref"_s);
            if (ref.startsWith(u"T-"_s))
                out.append(m_store.str(u"res.partner"_s, id, u"name"_s));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        ysb::sim::defineOdooSchema(m_store, true);
        const int de = m_store.search(u"res.country"_s, QJsonArray{QJsonValue(QJsonArray{u"code"_s, u"="_s, u"DE"_s})}).value().first();
        const int ru = m_store.search(u"res.country"_s, QJsonArray{QJsonValue(QJsonArray{u"code"_s, u"="_s, u"RU"_s})}).value().first();
        const auto add = [&](const QJsonObject &vals) {
            QJsonObject v = vals;
            v.insert(u"ref"_s, QString(u"T-"_s + vals.value(u"name"_s).toString()));
            const int id = m_store.create(u"res.partner"_s, v).value();
            m_ids.insert(vals.value(u"name"_s).toString(), id);
            return id;
        };
        const int acme = add({{u"name"_s, u"Acme GmbH"_s}, {u"is_company"_s, true}, {u"city"_s, u"Berlin"_s}, {u"country_id"_s, de}});
        add({{u"name"_s, u"Anna"_s}, {u"parent_id"_s, acme}, {u"city"_s, u"Berlin"_s}, {u"country_id"_s, de},
             {u"email"_s, u"anna@example.de"_s}, {u"type"_s, u"delivery"_s}});
        add({{u"name"_s, u"Иван"_s}, {u"city"_s, u"Москва"_s}, {u"country_id"_s, ru}, {u"email"_s, u"ivan@example.ru"_s}});
        add({{u"name"_s, u"Nobody"_s}});
    }

    void operators_data()
    {
        QTest::addColumn<QByteArray>("domain");
        QTest::addColumn<QStringList>("expected");
        const QStringList all = {u"Acme GmbH"_s, u"Anna"_s, u"Иван"_s, u"Nobody"_s};
        QTest::newRow("empty") << QByteArray("[]") << all;
        QTest::newRow("=") << QByteArray(R"([["city","=","Berlin"]])") << QStringList{u"Acme GmbH"_s, u"Anna"_s};
        QTest::newRow("!= includes empty") << QByteArray(R"([["city","!=","Berlin"]])") << QStringList{u"Иван"_s, u"Nobody"_s};
        QTest::newRow("= false") << QByteArray(R"([["email","=",false]])") << QStringList{u"Acme GmbH"_s, u"Nobody"_s};
        QTest::newRow("!= false") << QByteArray(R"([["email","!=",false]])") << QStringList{u"Anna"_s, u"Иван"_s};
        QTest::newRow("m2o = false") << QByteArray(R"([["parent_id","=",false]])") << QStringList{u"Acme GmbH"_s, u"Иван"_s, u"Nobody"_s};
        QTest::newRow("in") << QByteArray(R"([["city","in",["Москва","Paris"]]])") << QStringList{u"Иван"_s};
        QTest::newRow("in with false") << QByteArray(R"([["city","in",["Москва",false]]])") << QStringList{u"Иван"_s, u"Nobody"_s};
        QTest::newRow("not in") << QByteArray(R"([["city","not in",["Berlin"]]])") << QStringList{u"Иван"_s, u"Nobody"_s};
        QTest::newRow("= list means in") << QByteArray(R"([["city","=",["Berlin"]]])") << QStringList{u"Acme GmbH"_s, u"Anna"_s};
        QTest::newRow("ilike") << QByteArray(R"([["email","ilike","EXAMPLE.DE"]])") << QStringList{u"Anna"_s};
        QTest::newRow("ilike cyrillic") << QByteArray(R"([["name","ilike","иВА"]])") << QStringList{u"Иван"_s};
        QTest::newRow("like is case sensitive") << QByteArray(R"([["name","like","acme"]])") << QStringList();
        QTest::newRow("like wildcard") << QByteArray(R"([["email","like","%@example.__"]])") << QStringList{u"Anna"_s, u"Иван"_s};
        QTest::newRow("not ilike") << QByteArray(R"([["name","not ilike","a"]])") << QStringList{u"Иван"_s, u"Nobody"_s};
        QTest::newRow("=like anchored") << QByteArray(R"([["name","=like","A%"]])") << QStringList{u"Acme GmbH"_s, u"Anna"_s};
        QTest::newRow("=? with false is true") << QByteArray(R"([["city","=?",false]])") << all;
        QTest::newRow("=? with value") << QByteArray(R"([["city","=?","Москва"]])") << QStringList{u"Иван"_s};
        QTest::newRow("<") << QByteArray(R"([["name","<","B"]])") << QStringList{u"Acme GmbH"_s, u"Anna"_s};
        QTest::newRow(">=") << QByteArray(R"([["name",">=","Nobody"]])") << QStringList{u"Иван"_s, u"Nobody"_s};
        QTest::newRow("|") << QByteArray(R"(["|",["city","=","Москва"],["name","=","Nobody"]])") << QStringList{u"Иван"_s, u"Nobody"_s};
        QTest::newRow("implicit &") << QByteArray(R"([["city","=","Berlin"],["is_company","=",true]])") << QStringList{u"Acme GmbH"_s};
        QTest::newRow("!") << QByteArray(R"(["!",["city","=","Berlin"]])") << QStringList{u"Иван"_s, u"Nobody"_s};
        QTest::newRow("nested") << QByteArray(R"(["&","|",["city","=","Berlin"],["city","=","Москва"],"!",["is_company","=",true]])")
                                << QStringList{u"Anna"_s, u"Иван"_s};
        QTest::newRow("dotted m2o") << QByteArray(R"([["parent_id.name","=","Acme GmbH"]])") << QStringList{u"Anna"_s};
        QTest::newRow("dotted country code") << QByteArray(R"([["country_id.code","=","RU"]])") << QStringList{u"Иван"_s};
        QTest::newRow("dotted null is no match") << QByteArray(R"([["parent_id.name","!=","x"]])") << QStringList{u"Anna"_s};
        QTest::newRow("one2many path") << QByteArray(R"([["child_ids.type","=","delivery"]])") << QStringList{u"Acme GmbH"_s};
        QTest::newRow("one2many != false") << QByteArray(R"([["child_ids","!=",false]])") << QStringList{u"Acme GmbH"_s};
        QTest::newRow("m2o by name") << QByteArray(R"([["country_id","ilike","germ"]])") << QStringList{u"Acme GmbH"_s, u"Anna"_s};
        QTest::newRow("true leaf") << QByteArray(R"([[1,"=",1]])") << all;
        QTest::newRow("false leaf") << QByteArray(R"([[0,"=",1]])") << QStringList();
        QTest::newRow("invalid field")
            << QByteArray(R"([["nope","=",1]])")
            << QStringList{u"error: builtins.ValueError: Invalid field res.partner.nope in leaf ('nope', '=', 1)"_s};
        QTest::newRow("invalid dotted field")
            << QByteArray(R"([["parent_id.nope","=",1]])")
            << QStringList{u"error: builtins.ValueError: Invalid field res.partner.nope in leaf ('parent_id.nope', '=', 1)"_s};
        QTest::newRow("invalid operator")
            << QByteArray(R"([["name","~","x"]])")
            << QStringList{u"error: builtins.ValueError: Invalid leaf ('name', '~', 'x')"_s};
        QTest::newRow("unbalanced") << QByteArray(R"(["|",["name","=","x"]])")
                                    << QStringList{u"error: builtins.ValueError: Domain ['|', ['name', '=', 'x']] is syntactically not correct."_s};
        QTest::newRow("not a list") << QByteArray(R"("name")")
                                    << QStringList{u"error: builtins.ValueError: Domains to normalize must have a 'domain' form: a list or tuple of domain components"_s};
    }
    void operators()
    {
        QFETCH(QByteArray, domain);
        QFETCH(QStringList, expected);
        QStringList got = names(domain);
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(got, expected);
    }

    void stockPaths()
    {
        // The bridge's own dotted paths: serials of orders and moves of order lines.
        OdooStore s;
        ysb::sim::defineOdooSchema(s, true);
        const int product = s.create(u"product.product"_s, {{u"name"_s, u"Serial"_s}, {u"tracking"_s, u"serial"_s},
                                                            {u"detailed_type"_s, u"product"_s}}).value();
        const int partner = s.create(u"res.partner"_s, {{u"name"_s, u"Kunde"_s}}).value();
        const int lot = s.create(u"stock.lot"_s, {{u"name"_s, u"SN-1"_s}, {u"product_id"_s, product}}).value();
        QVERIFY(s.create(u"stock.quant"_s, {{u"product_id"_s, product}, {u"location_id"_s, 8}, {u"lot_id"_s, lot},
                                            {u"quantity"_s, 1.0}}).ok());
        const int order = s.create(u"sale.order"_s, {{u"partner_id"_s, partner},
                                                     {u"order_line"_s, QJsonArray{QJsonValue(QJsonArray{0, 0, QJsonObject{{u"product_id"_s, product}, {u"product_uom_qty"_s, 1}}})}}})
                              .value();
        QVERIFY(ysb::sim::confirmSaleOrder(s, order).ok());
        const auto count = [&](const QString &model, const QByteArray &json) {
            const QJsonValue d = QJsonDocument::fromJson("{\"d\":" + json + "}").object().value(u"d"_s);
            return s.search(model, d).value().size();
        };
        const QByteArray id = QByteArray::number(order);
        QCOMPARE(count(u"stock.move.line"_s, R"([["picking_id.sale_id","=",)" + id + R"(],["lot_id","!=",false]])"), 1);
        QCOMPARE(count(u"stock.move.line"_s, R"([["picking_id.sale_id","in",[)" + id + R"(,99999]],["product_id.tracking","=","serial"]])"), 1);
        QCOMPARE(count(u"stock.move"_s, R"([["sale_line_id.order_id","=",)" + id + "]]"), 1);
        QCOMPARE(count(u"stock.move.line"_s, R"([["move_id.sale_line_id.order_id","=",)" + id + "]]"), 1);
        QCOMPARE(count(u"stock.move.line"_s, R"([["picking_id.sale_id","=",99999]])"), 0);
        QCOMPARE(count(u"sale.order"_s, R"([["picking_ids.state","=","assigned"]])"), 1);
    }
};

QTEST_GUILESS_MAIN(TstOdooSimDomain)
#include "tst_odoosimdomain.moc"
