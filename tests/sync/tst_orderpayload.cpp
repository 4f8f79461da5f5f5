#include "sync/OrderPayload.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;

Q_DECLARE_METATYPE(ysb::UnitOfMeasure)

namespace {

// An order shaped like the transcript's S00031 (extra.sale.web_search_read.bridge_spec).
SaleOrder sampleOrder()
{
    SaleOrder o;
    o.id = 31;
    o.name = u"S00031"_s;
    o.state = u"sale"_s;
    o.dateOrder = QDateTime(QDate(2026, 11, 28), QTime(12, 44, 48), Qt::UTC);
    o.notePlain = u"Позвонить за час до доставки"_s;
    o.procurementGroupId = 10;
    o.shipping = Address{47, u"Иван Петров"_s, u"ул. Ленина, д. 5"_s, u"кв. 12"_s, u"Москва"_s, u"101000"_s,
                         u"RU"_s, {}, {}, u"+7 495 123-45-67"_s, {}, u"ivan@example.ru"_s};
    OrderLine serial;
    serial.id = 64;
    serial.name = u"[ACC-SER-124444] Сканер"_s;
    serial.productUomQty = 2.0;
    serial.productUomId = 1;
    serial.product = Product{45, u"[ACC-SER-124444] Сканер"_s, u"ACC-SER-124444"_s, u"serial"_s, u"91244441"_s};
    OrderLine note;
    note.id = 65;
    note.displayType = u"line_note"_s;
    note.name = u"Упаковать в плёнку"_s;
    OrderLine plain;
    plain.id = 66;
    plain.name = u"[ACC-PLN-124444] Кабель"_s;
    plain.productUomQty = 3.0;
    plain.productUomId = 1;
    plain.product = Product{46, u"[ACC-PLN-124444] Кабель"_s, u"ACC-PLN-124444"_s, u"none"_s, u"91244442"_s};
    o.lines = {serial, note, plain};
    return o;
}

QList<MoveLineSerial> reservedSerials()
{
    QList<MoveLineSerial> list;
    for (const QString &sn : {u"SN-124444-004"_s, u"SN-124444-005"_s}) {
        MoveLineSerial m;
        m.orderId = 31;
        m.productId = 45;
        m.lotName = sn;
        m.quantity = 1;
        list << m;
    }
    return list;
}

} // namespace

class TestOrderPayload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void payloadCarriesEverythingToShip()
    {
        const PreparedOrder p = OrderPayload::prepare(sampleOrder(), reservedSerials(), {});
        QVERIFY2(p.ok(), qPrintable(Text::join(p.problems, u"\n"_s)));
        QCOMPARE(p.payload.value(u"order_num"_s).toString(), u"S00031"_s);
        QCOMPARE(p.payload.value(u"ext_order_id"_s).toInt(), 31);
        QCOMPARE(p.payload.value(u"purchase_date"_s).toString(), u"2026-11-28T12:44:48Z"_s);
        QCOMPARE(p.payload.value(u"comment"_s).toString(), u"Позвонить за час до доставки"_s);
        const QJsonObject r = p.payload.value(u"recipient"_s).toObject();
        QCOMPARE(r.value(u"name"_s).toString(), u"Иван Петров"_s);
        QCOMPARE(r.value(u"street2"_s).toString(), u"кв. 12"_s);
        QCOMPARE(r.value(u"country_code"_s).toString(), u"RU"_s);
        QCOMPARE(r.value(u"email"_s).toString(), u"ivan@example.ru"_s);
        QVERIFY(!r.contains(u"state"_s)); // Odoo's false is left out, never sent as ""
        const QJsonArray items = p.payload.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2); // the note line is skipped
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(u"odoo_product_id"_s).toInt(), 45);
        QCOMPARE(first.value(u"p_id"_s).toString(), u"91244441"_s);
        QCOMPARE(first.value(u"ext_id"_s).toString(), u"ACC-SER-124444"_s);
        QCOMPARE(first.value(u"qty"_s).toInt(), 2);
        QCOMPARE(first.value(u"serial_numbers"_s).toArray(),
                 QJsonArray({u"SN-124444-004"_s, u"SN-124444-005"_s}));
        const QJsonObject second = items.at(1).toObject();
        QCOMPARE(second.value(u"qty"_s).toInt(), 3);
        QVERIFY(!second.contains(u"serial_numbers"_s));
        QCOMPARE(p.serialsText, u"SN-124444-004 SN-124444-005"_s);
        QCOMPARE(p.payloadHash.size(), 64);
    }

    void clerkSerialsWinOverReserved()
    {
        const PreparedOrder p =
            OrderPayload::prepare(sampleOrder(), reservedSerials(), {{64, {u"A-1"_s, u"A-2"_s}}});
        QVERIFY(p.ok());
        QCOMPARE(p.payload.value(u"items"_s).toArray().at(0).toObject().value(u"serial_numbers"_s).toArray(),
                 QJsonArray({u"A-1"_s, u"A-2"_s}));
    }

    void preflight_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing ysell id") << 0 << u"has no Ysell product id"_s;
        QTest::newRow("no serials yet") << 1 << u"(order line 64) needs 2 serial numbers and has none yet"_s;
        QTest::newRow("too few serials") << 2 << u"(order line 64) needs 2 serial numbers but has 1"_s;
        QTest::newRow("duplicate serials") << 3 << u"Serial number X-1 appears more than once"_s;
        QTest::newRow("missing street and zip") << 4 << u"The shipping address lacks: street, zip code."_s;
        QTest::newRow("missing name, city, country") << 5 << u"lacks: name, city, country."_s;
        QTest::newRow("zero quantity") << 6 << u"has quantity 0"_s;
        QTest::newRow("negative quantity") << 7 << u"has quantity -1"_s;
        QTest::newRow("fractional quantity") << 8 << u"Ysell takes whole units only"_s;
        QTest::newRow("no product lines") << 9 << u"no product lines"_s;
        // The real reason, with the number as Odoo sent it ("2147483648", never "2.14748e+09").
        QTest::newRow("huge quantity") << 10 << u"has quantity 2147483648; more than 1000000 units"_s;
        QTest::newRow("huge fractional quantity") << 11 << u"has quantity 2147483648.5; more than 1000000 units"_s;
    }

    void preflight()
    {
        QFETCH(int, variant);
        QFETCH(QString, expected);
        SaleOrder o = sampleOrder();
        QList<MoveLineSerial> reserved = reservedSerials();
        QHash<qint64, QStringList> clerk;
        switch (variant) {
        case 0: o.lines[2].product.ysellProductId.clear(); break;
        case 1: reserved.clear(); break;
        case 2: reserved.removeLast(); break;
        case 3: clerk.insert(64, {u"X-1"_s, u"X-1"_s}); break;
        case 4: o.shipping.street.clear(); o.shipping.zip.clear(); break;
        case 5: o.shipping.name.clear(); o.shipping.city.clear(); o.shipping.countryCode.clear(); break;
        case 6: o.lines[2].productUomQty = 0; break;
        case 7: o.lines[2].productUomQty = -1; break;
        case 8: o.lines[2].productUomQty = 1.5; break;
        case 9: o.lines = {o.lines[1]}; break;
        case 10: o.lines[2].productUomQty = 2147483648.0; break;
        case 11: o.lines[2].productUomQty = 2147483648.5; break;
        }
        const PreparedOrder p = OrderPayload::prepare(o, reserved, clerk);
        QVERIFY(!p.ok());
        QVERIFY2(Text::join(p.problems, u"\n"_s).contains(expected), qPrintable(Text::join(p.problems, u"\n"_s)));
        QVERIFY2(!Text::join(p.problems, u"\n"_s).contains(u"e+"_s), qPrintable(Text::join(p.problems, u"\n"_s)));
    }

    // The line's unit becomes the product's own, as Odoo converts (tag 4k.sale.web_search_read.uom).
    void unitsOfMeasure_data()
    {
        const UnitOfMeasure units{1, u"Units"_s, 1.0, 1, 0.01};
        const UnitOfMeasure dozens{2, u"Dozens"_s, 0.08333333333333333, 1, 0.01};
        const UnitOfMeasure kg{3, u"kg"_s, 1.0, 2, 0.001};
        QTest::addColumn<UnitOfMeasure>("lineUnit");
        QTest::addColumn<UnitOfMeasure>("productUnit");
        QTest::addColumn<double>("qty");
        QTest::addColumn<int>("sent");        // qty that goes to Ysell; 0 when held
        QTest::addColumn<QString>("problem"); // what the clerk reads when held
        QTest::newRow("1 Dozens is 12 Units") << dozens << units << 1.0 << 12 << QString();
        QTest::newRow("2.5 Dozens is 30 Units") << dozens << units << 2.5 << 30 << QString();
        QTest::newRow("same unit") << units << units << 3.0 << 3 << QString();
        QTest::newRow("no unit details") << UnitOfMeasure{} << UnitOfMeasure{} << 3.0 << 3 << QString();
        QTest::newRow("1.1 Dozens is not whole")
            << dozens << units << 1.1 << 0
            << u"Line “[ACC-PLN-124444] Кабель” is 1.1 Dozens, which is 13.2 Units; Ysell takes whole units of the "
               u"product only."_s;
        QTest::newRow("1 Unit of a product kept in Dozens")
            << units << dozens << 1.0 << 0 << u"which is 0.08 Dozens; Ysell takes whole units"_s;
        QTest::newRow("kg cannot become Units")
            << kg << units << 1.0 << 0
            << u"Line “[ACC-PLN-124444] Кабель” is sold in “kg”, which cannot be converted to the product's unit "
               u"“Units”: correct the unit on the order line in Odoo."_s;
    }

    void unitsOfMeasure()
    {
        QFETCH(UnitOfMeasure, lineUnit);
        QFETCH(UnitOfMeasure, productUnit);
        QFETCH(double, qty);
        QFETCH(int, sent);
        QFETCH(QString, problem);
        SaleOrder o = sampleOrder();
        o.lines[2].uom = lineUnit;
        o.lines[2].productUomId = lineUnit.id;
        o.lines[2].productUnit = productUnit;
        o.lines[2].productUomQty = qty;
        const PreparedOrder p = OrderPayload::prepare(o, reservedSerials(), {});
        if (problem.isEmpty()) {
            QVERIFY2(p.ok(), qPrintable(Text::join(p.problems, u"\n"_s)));
            QCOMPARE(p.payload.value(u"items"_s).toArray().at(1).toObject().value(u"qty"_s).toInt(), sent);
        } else {
            QVERIFY(!p.ok());
            QVERIFY2(Text::join(p.problems, u"\n"_s).contains(problem), qPrintable(Text::join(p.problems, u"\n"_s)));
        }
    }

    void serialCountComparedInProductUnits()
    {
        SaleOrder o = sampleOrder();
        o.lines[0].productUomQty = 1.0; // one dozen scanners: twelve serial numbers
        o.lines[0].uom = UnitOfMeasure{2, u"Dozens"_s, 1.0 / 12, 1, 0.01};
        o.lines[0].productUnit = UnitOfMeasure{1, u"Units"_s, 1.0, 1, 0.01};
        PreparedOrder p = OrderPayload::prepare(o, reservedSerials(), {});
        QVERIFY2(Text::join(p.problems, u"\n"_s).contains(u"(order line 64) needs 12 serial numbers but has 2"_s),
                 qPrintable(Text::join(p.problems, u"\n"_s)));
        QStringList twelve;
        for (int i = 1; i <= 12; ++i)
            twelve << u"D-%1"_s.arg(i);
        p = OrderPayload::prepare(o, {}, {{64, twelve}});
        QVERIFY2(p.ok(), qPrintable(Text::join(p.problems, u"\n"_s)));
        QCOMPARE(p.payload.value(u"items"_s).toArray().at(0).toObject().value(u"qty"_s).toInt(), 12);
        QCOMPARE(p.payload.value(u"items"_s).toArray().at(0).toObject().value(u"serial_numbers"_s).toArray().size(), 12);
    }

    void serialNoteListsShippedSerials()
    {
        QCOMPARE(OrderPayload::serialNote(u"SN-1 SN-2"_s), u"Serial numbers shipped by Ysell: SN-1, SN-2"_s);
        QVERIFY(OrderPayload::serialNote(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderPayload)
#include "tst_orderpayload.moc"
