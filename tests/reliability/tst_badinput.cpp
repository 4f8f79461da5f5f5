// Hostile or broken input at every door: answers from Ysell and Odoo, names and notes from Odoo,
// quantities, status codes, settings and config files. Each must give a clear message, keep what
// was there, and never crash (this test runs under ASan/UBSan in CI).
#include "journal/Journal.h"
#include "net/HttpTypes.h"
#include "odoo/OdooParse.h"
#include "odoo/OdooRpc.h"
#include "settings/Config.h"
#include "sync/OrderPayload.h"
#include "ysell/YsellParse.h"
#include "ysell/YsellStatus.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;

namespace {

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray bigValidArray(qint64 bytes)
{
    QByteArray out = "[";
    const QByteArray item = R"({"id":98001,"order_num":"S00001","status":{"code":"1"}},)";
    while (out.size() < bytes)
        out += item;
    out.chop(1);
    out += ']';
    return out;
}

QByteArray randomBytes(int n, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray out(n, '\0');
    for (char &c : out)
        c = char(gen.bounded(256));
    return out;
}

HttpResponse response(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

SaleOrder orderWithLine(double qty)
{
    SaleOrder o;
    o.id = 7;
    o.name = u"S00007"_s;
    o.state = u"sale"_s;
    o.dateOrder = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    o.procurementGroupId = 3;
    o.shipping = Address{5, u"Ann Lee"_s, u"1 Main St"_s, {}, u"Berlin"_s, u"10115"_s, u"DE"_s, {}, {}, {}, {}, {}};
    OrderLine line;
    line.id = 70;
    line.name = u"[CBL] Cable"_s;
    line.productUomQty = qty;
    line.productUomId = 1;
    line.product = Product{46, u"[CBL] Cable"_s, u"CBL"_s, u"none"_s, u"91244442"_s};
    o.lines = {line};
    return o;
}

const QString kHostile = u"Robert'); DROP TABLE orders;-- \"\\ %_ \x01\x07\x1b[31m\t\r\n\u202e\U0001F4A9 \uFFFD"_s;

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ysellAnswers_data();
    void ysellAnswers();
    void odooAnswers_data();
    void odooAnswers();
    void hostileTextThroughJournal_data();
    void hostileTextThroughJournal();
    void hostileTextThroughPayload();
    void quantities_data();
    void quantities();
    void unknownStatusCodes_data();
    void unknownStatusCodes();
    void plainHttpRefused_data();
    void plainHttpRefused();
    void garbageConfigFile_data();
    void garbageConfigFile();
};

void TestBadInput::ysellAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << 200 << QByteArray();
    QTest::newRow("truncated") << 200 << QByteArray(R"({"success":true,"data":{"id":98)");
    QTest::newRow("nested 40") << 200 << nested(40);
    QTest::newRow("nested 100000") << 200 << nested(100'000);
    QTest::newRow("unclosed nesting 100000") << 200 << QByteArray(100'000, '{');
    QTest::newRow("invalid UTF-8") << 200 << QByteArray("{\"success\":true,\"data\":{\"id\":\"\xff\xfe\xc0\xaf\"}}");
    static const char controlChars[] = "{\"data\":{\"id\":\"1\x01\x02\",\"order_num\":\"S\x00\x1f\"}}";
    QTest::newRow("control characters") << 200 << QByteArray(controlChars, sizeof(controlChars) - 1);
    QTest::newRow("NUL bytes") << 200 << QByteArray(1024, '\0');
    QTest::newRow("random bytes") << 200 << randomBytes(4096, 8);
    QTest::newRow("wrong shape: string") << 200 << QByteArray(R"({"success":true,"data":"unexpected shape"})");
    QTest::newRow("wrong shape: number") << 200 << QByteArray("42");
    QTest::newRow("wrong shape: null") << 200 << QByteArray("null");
    QTest::newRow("huge id") << 200 << (QByteArray(R"({"id":)") + QByteArray(5000, '9') + "}");
    QTest::newRow("8 MB list") << 200 << bigValidArray(8 * 1024 * 1024);
    QTest::newRow("500 with HTML") << 500 << QByteArray("<html><body>Internal error</body></html>");
    QTest::newRow("422 garbage") << 422 << randomBytes(512, 9);
    QTest::newRow("429 no body") << 429 << QByteArray();
}

// Every parser either yields a value or an Error a person can read; a create whose answer cannot be
// read is treated as possibly done (looked up before it is sent again), never as not sent.
void TestBadInput::ysellAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const YsellStatusRules rules;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const HttpResponse r = response(status, body);

    const auto parsed = YsellParse::json(body);
    if (!parsed.ok())
        QVERIFY(!parsed.error().message.isEmpty());

    const auto created = YsellParse::createAnswer(r, rules, now);
    const auto stat = YsellParse::statusAnswer(r, rules, now);
    const auto found = YsellParse::findAnswer(r, u"S00001"_s, rules, now);
    if (status == 200 && !parsed.ok()) {
        QVERIFY(!created.ok());
        QVERIFY(!stat.ok());
        QVERIFY(!found.ok());
    }
    if (!created.ok()) {
        QVERIFY2(!created.error().message.trimmed().isEmpty(), qPrintable(created.error().detail));
        // An unreadable answer to a create: Ysell may have stored the order.
        if (status == 200 || status == 500)
            QVERIFY2(created.error().requestMaybeSent, qPrintable(created.error().kindName()));
        // Detail goes to the log: capped, never the whole answer.
        QVERIFY(created.error().detail.size() < 64 * 1024);
    } else {
        QVERIFY(!created.value().id.isEmpty());
    }
    if (!stat.ok())
        QVERIFY(!stat.error().message.trimmed().isEmpty());
    if (!found.ok())
        QVERIFY(!found.error().message.trimmed().isEmpty());
}

void TestBadInput::odooAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << 200 << QByteArray();
    QTest::newRow("truncated") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{"length":3,"rec)");
    QTest::newRow("nested 100000") << 200
                                   << (R"({"jsonrpc":"2.0","id":1,"result":)" + nested(100'000) + "}");
    QTest::newRow("invalid UTF-8") << 200 << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"\xc3\x28\xa0\xa1\"}");
    QTest::newRow("random bytes") << 200 << randomBytes(4096, 12);
    QTest::newRow("result of the wrong shape") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":"unexpected shape"})");
    QTest::newRow("records not a list") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{"length":1,"records":{"a":1}}})");
    QTest::newRow("record of garbage") << 200
                                       << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{"length":1,"records":[{"id":"x","name":[1,2],"order_line":"no","partner_shipping_id":7,"date_order":"yesterday"}]}})");
    QTest::newRow("error without data") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":200}})");
    QTest::newRow("error of the wrong shape") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":"boom"})");
    QTest::newRow("huge list") << 200
                               << (R"({"jsonrpc":"2.0","id":1,"result":{"length":1,"records":)" + bigValidArray(6 * 1024 * 1024) + "}}");
    QTest::newRow("502 HTML") << 502 << QByteArray("<html>Bad gateway</html>");
    QTest::newRow("404 garbage") << 404 << randomBytes(300, 13);
}

void TestBadInput::odooAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const auto value = OdooRpc::parseResponse(status, body, u"odoo"_s);
    if (!value.ok()) {
        QVERIFY2(!value.error().message.trimmed().isEmpty(), qPrintable(value.error().kindName()));
        QVERIFY(value.error().detail.size() < 64 * 1024);
        return;
    }
    const auto page = OdooParse::orderPage(value.value());
    if (!page.ok())
        QVERIFY(!page.error().message.trimmed().isEmpty());
    // The other parsers the engine feeds with answers: none may crash on any of these.
    (void)OdooParse::moveLineSerials(value.value());
    (void)OdooParse::pickings(value.value());
    (void)OdooParse::uid(value.value());
    (void)OdooParse::serverVersion(value.value());
}

void TestBadInput::hostileTextThroughJournal_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("SQL and control characters") << kHostile;
    QTest::newRow("invalid UTF-8 decoded") << QString::fromUtf8("caf\xc3\x28 \xff\xfe end");
    QTest::newRow("LIKE wildcards") << u"100% _of_ [it] \\"_s;
    QTest::newRow("NUL inside") << QString(u"a\0b"_s);
    QTest::newRow("1 MB") << QString(1024 * 1024, u'ж');
}

// Names and notes from Odoo are stored, found and exported as they are; nothing is executed,
// nothing is cut off silently, the database stays sound.
void TestBadInput::hostileTextThroughJournal()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    auto opened = Journal::open(dir.filePath(u"journal.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Journal *journal = opened.value().get();
    OrderRecord plain;
    plain.name = u"S00001"_s;
    plain.customer = u"Plain Customer"_s;
    QVERIFY(journal->upsertOrder(plain).ok());

    OrderRecord rec;
    rec.name = u"S00002"_s;
    rec.customer = text;
    rec.lastError = Text::data(text);
    rec.warning = Text::data(text);
    const Status stored = journal->upsertOrder(rec);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    QVERIFY(journal->addEvent(rec.name, u"note"_s, Text::data(text)).ok());

    const auto back = journal->order(rec.name).value();
    QVERIFY(back.has_value());
    QCOMPARE(back->customer, text);
    // Error texts and events are capped by design (the journal stays small); short ones are exact,
    // long ones keep their beginning.
    const QString event = journal->events(rec.name).value().last().message.render();
    if (text.toUtf8().size() <= 16 * 1024) {
        QCOMPARE(back->lastError.render(), text);
        QCOMPARE(event, text);
    } else {
        QVERIFY(!back->lastError.isEmpty() && text.startsWith(back->lastError.render().left(1000)));
        QVERIFY(!event.isEmpty() && text.startsWith(event.left(1000)));
    }
    QCOMPARE(journal->countOrders().value(), 2);
    QVERIFY(journal->order(plain.name).value().has_value());

    // Searching with the hostile text is a search, not a statement.
    OrderFilter filter;
    filter.search = text.left(200);
    const QList<OrderRecord> hits = journal->orders(filter).value();
    for (const OrderRecord &hit : hits)
        QVERIFY(hit.name == rec.name || hit.name == plain.name);
    QCOMPARE(journal->countOrders().value(), 2);

    QBuffer exported;
    QVERIFY(exported.open(QIODevice::WriteOnly));
    QVERIFY(journal->exportJson(&exported).ok());
    QJsonParseError pe;
    QJsonDocument::fromJson(exported.data(), &pe);
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QVERIFY(journal->checkIntegrity().ok());
}

void TestBadInput::hostileTextThroughPayload()
{
    SaleOrder o = orderWithLine(2);
    o.shipping.name = kHostile;
    o.shipping.street = kHostile;
    o.notePlain = kHostile + QString(2 * 1024 * 1024, u'x');
    const PreparedOrder p = OrderPayload::prepare(o, {}, {});
    // Either it goes, with the text intact, or the clerk is told why not.
    if (p.ok()) {
        const QByteArray json = QJsonDocument(p.payload).toJson(QJsonDocument::Compact);
        const QJsonObject round = QJsonDocument::fromJson(json).object();
        QCOMPARE(round, p.payload);
        QVERIFY(json.contains(kHostile.trimmed().toUtf8().left(8)));
        QVERIFY(!p.payloadHash.isEmpty());
    } else {
        QVERIFY(!Text::join(p.problems, QString()).trimmed().isEmpty());
    }
    // The same order gives the same payload (hash): nothing random is sent twice differently.
    QCOMPARE(OrderPayload::prepare(o, {}, {}).payloadHash, p.payloadHash);
}

void TestBadInput::quantities_data()
{
    QTest::addColumn<double>("qty");
    QTest::addColumn<bool>("fit");
    QTest::newRow("2") << 2.0 << true;
    QTest::newRow("negative") << -1.0 << false;
    QTest::newRow("zero") << 0.0 << false;
    QTest::newRow("fractional") << 1.5 << false;
    QTest::newRow("tiny fraction") << 1e-9 << false;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false;
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << false;
    QTest::newRow("absurd") << 1e300 << false;
}

void TestBadInput::quantities()
{
    QFETCH(double, qty);
    QFETCH(bool, fit);
    const PreparedOrder p = OrderPayload::prepare(orderWithLine(qty), {}, {});
    QCOMPARE(p.ok(), fit);
    if (!fit) {
        QVERIFY2(Text::join(p.problems, u" "_s).contains(u"quantity"_s), qPrintable(Text::join(p.problems, u" "_s)));
    } else {
        const QJsonArray items = p.payload.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(u"qty"_s).toInteger(), qint64(qty));
    }
}

void TestBadInput::unknownStatusCodes_data()
{
    QTest::addColumn<QJsonValue>("status");
    QTest::newRow("99") << QJsonValue(u"99"_s);
    QTest::newRow("7.9") << QJsonValue(u"7.9"_s);
    QTest::newRow("empty") << QJsonValue(u""_s);
    QTest::newRow("control chars") << QJsonValue(u"7.1\u0000\u0007"_s);
    QTest::newRow("object without code") << QJsonValue(QJsonObject{{u"name"_s, u"shipped?"_s}});
    QTest::newRow("array") << QJsonValue(QJsonArray{7, 1});
    QTest::newRow("negative number") << QJsonValue(-7.1);
    QTest::newRow("huge string") << QJsonValue(QString(100'000, u'7'));
}

// A status the bridge does not know never counts as shipped: no picking is made from a guess.
void TestBadInput::unknownStatusCodes()
{
    QFETCH(QJsonValue, status);
    const YsellStatusRules rules;
    const auto s = YsellParse::status(status, rules);
    if (!s.ok()) {
        QVERIFY(!s.error().message.isEmpty());
        return;
    }
    QVERIFY2(s.value().statusClass != YsellStatusClass::Done, qPrintable(s.value().code));
    QCOMPARE(rules.classify(s.value().code), s.value().statusClass);
}

void TestBadInput::plainHttpRefused_data()
{
    QTest::addColumn<QString>("odooUrl");
    QTest::addColumn<QString>("ysellUrl");
    QTest::newRow("odoo http") << u"http://odoo.example.com"_s << u"https://api.ysell.pro"_s;
    QTest::newRow("ysell http") << u"https://odoo.example.com"_s << u"http://api.ysell.pro"_s;
    QTest::newRow("ftp") << u"ftp://odoo.example.com"_s << u"https://api.ysell.pro"_s;
    QTest::newRow("garbage") << u"https://odoo.example.com"_s << u"::\x01not a url"_s;
}

void TestBadInput::plainHttpRefused()
{
    QFETCH(QString, odooUrl);
    QFETCH(QString, ysellUrl);
    Config c;
    c.odooUrl = odooUrl;
    c.odooDatabase = u"db"_s;
    c.odooLogin = u"admin"_s;
    c.ysellBaseUrl = ysellUrl;
    const QString problems = ysb::Text::join(c.validate(), u"\n"_s);
    QVERIFY2(problems.contains(u"https://"_s), qPrintable(problems));
    // And it is not saved that way.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.ini"_s);
    QVERIFY(!ConfigStore::save(path, c).ok());
}

void TestBadInput::garbageConfigFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("random bytes") << randomBytes(2048, 21);
    QTest::newRow("NUL bytes") << QByteArray(512, '\0');
    QTest::newRow("unknown keys") << QByteArray("[odoo]\nurl=https://o.example.com\nbogus=1\n[nonsense]\nx=y\n");
    QTest::newRow("http url") << QByteArray("[odoo]\nurl=http://o.example.com\n");
    QTest::newRow("bad numbers") << QByteArray("[sync]\nsend_interval_minutes=-5\nmax_inflight=banana\n");
    QTest::newRow("one huge line") << QByteArray(4 * 1024 * 1024, 'A');
    QTest::newRow("invalid UTF-8") << QByteArray("[odoo]\nurl=https://o.example.com/\xff\xfe\n");
    QTest::newRow("SQL in journal path") << QByteArray("[journal]\npath=/tmp/x'; DROP TABLE orders;--\n");
}

// A broken config file is reported line by line and left as it was: nothing overwrites it.
void TestBadInput::garbageConfigFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.ini"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const auto loaded = ConfigStore::load(path);
    if (!loaded.ok()) {
        QCOMPARE(loaded.error().kind, ErrorKind::Config);
        QVERIFY(!loaded.error().message.trimmed().isEmpty());
    } else {
        // Whatever was accepted must still be a config the bridge can check.
        (void)loaded.value().validate();
    }
    const auto again = ConfigStore::loadOrDefaults(path);
    QCOMPARE(again.ok(), loaded.ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
