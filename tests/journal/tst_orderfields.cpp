// The one table of OrderRecord's fields: every field once, found by its column and its member name,
// and the one order JSON (as `orders --json` prints it and the journal export writes it) built
// from it, key by key.
#include "OrderFixture.h"
#include "journal/OrderFields.h"

#include <QJsonObject>
#include <QSet>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::fullRecord;
using ysb::test::utc;

namespace {

// fullRecord() with the fields the journal sets itself set too.
OrderRecord record()
{
    OrderRecord o = fullRecord(u"S00042"_s);
    o.odooId = 42;
    o.lastError = Text::data(u"refused with token tok-SECRET"_s);
    o.items = u"[{\"qty\":1}]"_s;
    o.updatedAt = utc(28, 9, 2);
    return o;
}

} // namespace

class TestOrderFields : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyFieldOnce();
    void json_data();
    void json();
    void jsonMasksSecrets();
    void readBackFromStoredValues();
};

void TestOrderFields::everyFieldOnce()
{
    QSet<QString> columns, names;
    for (const OrderField &f : orderFields()) {
        QVERIFY2(!columns.contains(f.column), qPrintable(QString(f.column)));
        QVERIFY2(!names.contains(f.name), qPrintable(QString(f.name)));
        columns.insert(f.column);
        names.insert(f.name);
        QCOMPARE(orderField(QString(f.column)), &f);
        QCOMPARE(orderField(QString(f.name)), &f);
    }
    // Setting each field of a blank record from the full one gives the full one back: no member of
    // OrderRecord is missing from the table (operator== compares them all).
    const OrderRecord full = record();
    OrderRecord copy;
    for (const OrderField &f : orderFields())
        std::visit([&](auto member) { copy.*member = full.*member; }, f.member);
    QCOMPARE(copy, full);
    QCOMPARE(orderColumns().split(u", "_s).size(), qsizetype(orderFields().size()));
    QVERIFY(!orderField(u"no_such_column"));
}

void TestOrderFields::json_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("name") << u"name"_s << QJsonValue(u"S00042"_s);
    QTest::newRow("odoo_id") << u"odoo_id"_s << QJsonValue(42);
    QTest::newRow("odoo_db") << u"odoo_db"_s << QJsonValue(u"odoo-prod"_s);
    QTest::newRow("ysell_num") << u"ysell_num"_s << QJsonValue(u"S00042-42"_s);
    QTest::newRow("customer") << u"customer"_s << QJsonValue(u"Иванов Пётр «ООО Ромашка»"_s);
    QTest::newRow("confirmed_at") << u"confirmed_at"_s << QJsonValue(u"2026-11-27T14:05:00Z"_s);
    QTest::newRow("state") << u"state"_s << QJsonValue(u"picking_created"_s);
    QTest::newRow("attempts") << u"attempts"_s << QJsonValue(3);
    QTest::newRow("next_attempt_at") << u"next_attempt_at"_s << QJsonValue(u"2026-11-28T10:30:00Z"_s);
    QTest::newRow("picking_id") << u"picking_id"_s << QJsonValue(77);
    QTest::newRow("picking_name") << u"picking_name"_s << QJsonValue(u"WH/OUT/00077"_s);
    QTest::newRow("serials") << u"serials"_s << QJsonValue(u"SN-YS-0001 SN-YS-0002"_s);
    QTest::newRow("payload_hash") << u"payload_hash"_s << QJsonValue(u"sha256:abc123"_s);
    QTest::newRow("last_checked_at") << u"last_checked_at"_s << QJsonValue(u"2026-11-28T09:01:00Z"_s);
    QTest::newRow("odoo_activity_id") << u"odoo_activity_id"_s << QJsonValue(31);
    QTest::newRow("updated_at") << u"updated_at"_s << QJsonValue(u"2026-11-28T09:02:00Z"_s);
    QTest::newRow("items is the journal's own") << u"items"_s << QJsonValue(QJsonValue::Undefined);
}

void TestOrderFields::json()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const QJsonObject o = orderJson(record());
    QCOMPARE(o.value(key), value);
    // All but items, and the language-neutral form of the three Text fields.
    QCOMPARE(o.size(), qsizetype(orderFields().size()) - 1 + 3);
    QVERIFY(o.value(u"last_error_text"_s).isObject() && o.value(u"warning_text"_s).isObject()
            && o.value(u"stale_reason_text"_s).isObject());

    OrderRecord blank;
    blank.name = u"S1"_s;
    const QJsonObject b = orderJson(blank);
    if (key.endsWith(u"_at"))
        QCOMPARE(b.value(key), QJsonValue(QString())); // no time: an empty text
}

void TestOrderFields::jsonMasksSecrets()
{
    const QJsonObject o = redactedOrderJson(record(), {u"tok-SECRET"_s});
    const QString error = o.value(u"last_error"_s).toString();
    QVERIFY2(!error.contains(u"tok-SECRET"_s) && error.startsWith(u"refused with token"_s), qPrintable(error));
    QCOMPARE(o.value(u"customer"_s), orderJson(record()).value(u"customer"_s));
    QVERIFY(orderJson(record()).value(u"last_error"_s).toString().contains(u"tok-SECRET"_s));
    const QJsonObject text = o.value(u"last_error_text"_s).toObject();
    QCOMPARE(text.value(u"text"_s).toString(), error);
    QVERIFY2(!QJsonDocument(text).toJson().contains("tok-SECRET"), QJsonDocument(text).toJson().constData());
}

void TestOrderFields::readBackFromStoredValues()
{
    OrderRecord o;
    setOrderField(&o, *orderField(u"state"), u"sent"_s);
    setOrderField(&o, *orderField(u"odoo_id"), 9'000'000'000LL);
    setOrderField(&o, *orderField(u"attempts"), 4);
    setOrderField(&o, *orderField(u"sent_at"), utc(27, 15).toMSecsSinceEpoch());
    setOrderField(&o, *orderField(u"done_at"), QVariant());
    setOrderField(&o, *orderField(u"customer"), u"ACME"_s);
    QCOMPARE(o.state, OrderState::Sent);
    QCOMPARE(o.odooId, 9'000'000'000LL);
    QCOMPARE(o.attempts, 4);
    QCOMPARE(o.sentAt, utc(27, 15));
    QVERIFY(!o.doneAt.isValid());
    QCOMPARE(o.customer, u"ACME"_s);
    // A state the journal does not know (a newer version wrote it) needs the clerk.
    setOrderField(&o, *orderField(u"state"), u"teleported"_s);
    QCOMPARE(o.state, OrderState::NeedsAttention);
}

QTEST_GUILESS_MAIN(TestOrderFields)
#include "tst_orderfields.moc"
