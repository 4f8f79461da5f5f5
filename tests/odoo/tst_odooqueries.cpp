#include "odoo/OdooQueries.h"

#include "Transcript.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using ysb::test::Transcript;
namespace OdooQueries = ysb::OdooQueries;

namespace {

QJsonObject bridgeKwargs()
{
    return Transcript::instance().requestArgs(u"extra.sale.web_search_read.bridge_spec"_s).at(6).toObject();
}

// Removes every x_ysell_* key at any depth of a specification.
QJsonObject withoutYsellKeys(QJsonObject spec)
{
    for (const QString &key : spec.keys()) {
        if (key.startsWith(u"x_ysell_"_s))
            spec.remove(key);
        else if (spec.value(key).isObject())
            spec.insert(key, withoutYsellKeys(spec.value(key).toObject()));
    }
    return spec;
}

// The transcript's bridge specification predates units of measure: both units come with their
// factors and categories as in tag 4k.sale.web_search_read.uom.
QJsonObject withUnits(QJsonObject spec)
{
    const QJsonObject unit{{u"fields"_s, QJsonObject{{u"name"_s, QJsonObject()}, {u"factor"_s, QJsonObject()},
                                                      {u"category_id"_s, QJsonObject()}, {u"rounding"_s, QJsonObject()}}}};
    QJsonObject lines = spec.value(u"order_line"_s).toObject();
    QJsonObject lineFields = lines.value(u"fields"_s).toObject();
    lineFields.insert(u"product_uom"_s, unit);
    QJsonObject product = lineFields.value(u"product_id"_s).toObject();
    QJsonObject productFields = product.value(u"fields"_s).toObject();
    productFields.insert(u"uom_id"_s, unit);
    product.insert(u"fields"_s, productFields);
    lineFields.insert(u"product_id"_s, product);
    lines.insert(u"fields"_s, lineFields);
    spec.insert(u"order_line"_s, lines);
    return spec;
}

bool mentionsYsell(const QJsonObject &spec)
{
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (it.key().startsWith(u"x_ysell_"_s) || (it.value().isObject() && mentionsYsell(it.value().toObject())))
            return true;
    }
    return false;
}

QJsonArray leaf(const QString &f, const QString &op, const QJsonValue &v)
{
    return QJsonArray{f, op, v};
}

} // namespace

class TestOdooQueries final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void specificationMatchesTranscript();
    void specificationWithoutCustomFields();
    void pageKwargs_data();
    void pageKwargs();
    void confirmedOrdersDomain_data();
    void confirmedOrdersDomain();
    void orderById();
    void serialsForManyOrders();
    void openPickingsOfManyOrders();
    void customFields_data();
    void customFields();
    void setupDomains();
};

void TestOdooQueries::initTestCase()
{
    QVERIFY2(Transcript::instance().loaded(), qPrintable(u"cannot read "_s + Transcript::instance().path()));
}

void TestOdooQueries::specificationMatchesTranscript()
{
    const QJsonObject expected = bridgeKwargs().value(u"specification"_s).toObject();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(OdooQueries::orderSpecification(true), withUnits(expected));
}

void TestOdooQueries::specificationWithoutCustomFields()
{
    const QJsonObject spec = OdooQueries::orderSpecification(false);
    QVERIFY(!mentionsYsell(spec));
    QCOMPARE(spec, withUnits(withoutYsellKeys(bridgeKwargs().value(u"specification"_s).toObject())));
}

void TestOdooQueries::pageKwargs_data()
{
    QTest::addColumn<int>("offset");
    QTest::newRow("first page") << 0;
    QTest::newRow("third page") << 400;
}

void TestOdooQueries::pageKwargs()
{
    QFETCH(int, offset);
    const QJsonObject transcript = bridgeKwargs();
    const QJsonArray domain = transcript.value(u"domain"_s).toArray();
    const QJsonObject kwargs = OdooQueries::orderPageKwargs(domain, OdooQueries::orderSpecification(true), offset);
    QJsonObject expected = transcript;
    expected.insert(u"offset"_s, offset);
    expected.insert(u"specification"_s, withUnits(transcript.value(u"specification"_s).toObject()));
    QCOMPARE(kwargs, expected);
    QCOMPARE(kwargs.value(u"limit"_s).toInt(), 200);
    QCOMPARE(kwargs.value(u"order"_s).toString(), u"id"_s);
}

void TestOdooQueries::confirmedOrdersDomain_data()
{
    QTest::addColumn<QDateTime>("cursor");
    QTest::addColumn<qint64>("overlap");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QString>("warehouse");
    QTest::addColumn<QJsonArray>("expected");

    const QJsonArray sale = leaf(u"state"_s, u"="_s, u"sale"_s);
    QTest::newRow("first run: everything confirmed") << QDateTime() << qint64(300) << QDate() << QString()
                                                     << QJsonArray{sale};
    QTest::newRow("cursor minus overlap")
        << QDateTime(QDate(2026, 11, 28), QTime(12, 45, 0), Qt::UTC) << qint64(300) << QDate() << QString()
        << QJsonArray{sale, leaf(u"write_date"_s, u">="_s, u"2026-11-28 12:40:00"_s)};
    QTest::newRow("cursor across midnight")
        << QDateTime(QDate(2026, 12, 1), QTime(0, 2, 0), Qt::UTC) << qint64(600) << QDate() << QString()
        << QJsonArray{sale, leaf(u"write_date"_s, u">="_s, u"2026-11-30 23:52:00"_s)};
    QTest::newRow("cursor in another zone is sent as UTC")
        << QDateTime(QDate(2026, 11, 28), QTime(15, 45, 0), QTimeZone(3 * 3600)) << qint64(0) << QDate() << QString()
        << QJsonArray{sale, leaf(u"write_date"_s, u">="_s, u"2026-11-28 12:45:00"_s)};
    QTest::newRow("start date and warehouse")
        << QDateTime(QDate(2026, 11, 28), QTime(12, 45, 0), Qt::UTC) << qint64(300) << QDate(2026, 11, 1)
        << u"YourCompany"_s
        << QJsonArray{sale, leaf(u"write_date"_s, u">="_s, u"2026-11-28 12:40:00"_s),
                      leaf(u"date_order"_s, u">="_s, u"2026-11-01 00:00:00"_s),
                      leaf(u"warehouse_id.name"_s, u"="_s, u"YourCompany"_s)};
}

void TestOdooQueries::confirmedOrdersDomain()
{
    QFETCH(QDateTime, cursor);
    QFETCH(qint64, overlap);
    QFETCH(QDate, start);
    QFETCH(QString, warehouse);
    QFETCH(QJsonArray, expected);
    QCOMPARE(OdooQueries::confirmedOrdersDomain(cursor, overlap, start, warehouse), expected);
}

// Serial entry reads one order by its Odoo id: never another order of the same name.
void TestOdooQueries::orderById()
{
    const QJsonObject kwargs = OdooQueries::orderByIdKwargs(42);
    QCOMPARE(kwargs.value(u"domain"_s).toArray(), (QJsonArray{QJsonArray{u"id"_s, u"="_s, 42}}));
    QCOMPARE(kwargs.value(u"specification"_s).toObject(), OdooQueries::orderSpecification(false));
    QCOMPARE(kwargs.value(u"limit"_s).toInt(), 1);
    QCOMPARE(kwargs.value(u"offset"_s).toInt(), 0);
}

void TestOdooQueries::serialsForManyOrders()
{
    const QJsonArray args = Transcript::instance().requestArgs(u"extra.move_line.serials_many_orders"_s);
    QCOMPARE(args.at(3).toString(), u"stock.move.line"_s);
    QCOMPARE(args.at(4).toString(), u"search_read"_s);
    QCOMPARE(OdooQueries::serialsDomain({31, 32}), args.at(5).toArray().at(0).toArray());
    QCOMPARE(OdooQueries::serialsKwargs(), args.at(6).toObject());
    QCOMPARE(OdooQueries::serialsFields(), args.at(6).toObject().value(u"fields"_s).toArray());
}

// The sweep's re-check asks only for fields whose shapes the transcript records (tag 4e.picking.read).
void TestOdooQueries::openPickingsOfManyOrders()
{
    QCOMPARE(OdooQueries::openPickingsOfOrdersDomain({25, 26}),
             (QJsonArray{leaf(u"sale_id"_s, u"in"_s, QJsonArray{25, 26}),
                         leaf(u"state"_s, u"not in"_s, QJsonArray{u"done"_s, u"cancel"_s})}));
    const QJsonObject kwargs = OdooQueries::openPickingsOfOrdersKwargs();
    const QJsonArray recorded = Transcript::instance().requestArgs(u"4e.picking.read"_s).at(5).toArray().at(1).toArray();
    for (const QJsonValue &f : kwargs.value(u"fields"_s).toArray())
        QVERIFY2(recorded.contains(f), qPrintable(f.toString()));
    QCOMPARE(kwargs.value(u"order"_s).toString(), u"id"_s);
}

void TestOdooQueries::customFields_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("product id") << u"4d.field.create.product"_s;
    QTest::newRow("order id") << u"4d.field.create.order"_s;
    QTest::newRow("state") << u"4d.field.create.state"_s;
}

void TestOdooQueries::customFields()
{
    QFETCH(QString, tag);
    const QJsonObject transcript = Transcript::instance().requestArgs(tag).at(5).toArray().at(0).toObject();
    const QString name = transcript.value(u"name"_s).toString();
    const QList<OdooQueries::CustomField> fields = OdooQueries::ysellFields();
    const auto it = std::find_if(fields.cbegin(), fields.cend(),
                                 [&](const OdooQueries::CustomField &f) { return f.name == name; });
    QVERIFY2(it != fields.cend(), qPrintable(name));
    const QJsonObject values = OdooQueries::customFieldValues(*it, transcript.value(u"model_id"_s).toInt());
    // The lab also set tracking 0 on one field; that is Odoo's default anyway.
    QJsonObject expected = transcript;
    expected.remove(u"tracking"_s);
    QCOMPARE(values, expected);
}

void TestOdooQueries::setupDomains()
{
    QCOMPARE(OdooQueries::locationByNameDomain(u"ShemaxGlobal"_s),
             (QJsonArray{leaf(u"usage"_s, u"="_s, u"internal"_s), u"|"_s,
                         leaf(u"name"_s, u"ilike"_s, u"ShemaxGlobal"_s),
                         leaf(u"complete_name"_s, u"ilike"_s, u"ShemaxGlobal"_s)}));

    const QJsonArray typeArgs = Transcript::instance().requestArgs(u"extra.picking_type.of_warehouse"_s);
    QCOMPARE(OdooQueries::outgoingPickingTypeDomain(1), typeArgs.at(5).toArray().at(0).toArray());
}

QTEST_GUILESS_MAIN(TestOdooQueries)
#include "tst_odooqueries.moc"
