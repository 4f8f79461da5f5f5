#include <QTimeZone>

#include "FakeClock.h"
#include "journal/Journal.h"
#include "journal/Redactor.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace ysb;

namespace {

// Canaries: distinctive values that must never survive redaction.
const QString kToken = u"CanaryTok-7f3a9c2e51"_s;
const QString kPassword = u"Canary/Pass\"wörd\\ü-пароль 42"_s; // slash, quote, backslash, non-ASCII, space
const QString kUnregistered = u"UnregCanary-0b8d"_s;        // removed by name only

QByteArray json(const QJsonValue &v)
{
    return v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
}

bool isValidUtf8(const QByteArray &b)
{
    return QString::fromUtf8(b).toUtf8() == b;
}

QList<QByteArray> allForms()
{
    QList<QByteArray> forms = Redactor::secretForms(kToken) + Redactor::secretForms(kPassword);
    forms << kUnregistered.toUtf8();
    return forms;
}

} // namespace

class TestRedactor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secretKeys_data();
    void secretKeys();
    void jsonRpcPassword_data();
    void jsonRpcPassword();
    void secretValues_data();
    void secretValues();
    void shortSecretsIgnored();
    void headers_data();
    void headers();
    void urls_data();
    void urls();
    void caps_data();
    void caps();
    void invalidUtf8_data();
    void invalidUtf8();
    void deeplyNestedJson();
    void malformedJson();
    void credentialsInText_data();
    void credentialsInText();
    void canaryNeverInStoredFile();
};

void TestRedactor::secretKeys_data()
{
    QTest::addColumn<QByteArray>("body");
    // A value that must stay: redaction must not eat neighbours.
    const QString keep = u"keep-me-visible"_s;
    const QStringList keys = {u"password"_s, u"passwd"_s,        u"token"_s,         u"api_key"_s,
                              u"apikey"_s,   u"secret"_s,        u"authorization"_s, u"access_token"_s,
                              u"PassWord"_s, u"API_KEY"_s,       u"Authorization"_s, u"odoo_password"_s,
                              u"x_api_key"_s, u"refresh_token"_s, u"client_secret"_s};
    for (const QString &key : keys) {
        QTest::addRow("flat %s", qPrintable(key))
            << json(QJsonObject{{key, kUnregistered}, {u"note"_s, keep}});
        QTest::addRow("nested %s", qPrintable(key))
            << json(QJsonObject{{u"a"_s, QJsonArray{1, QJsonObject{{u"b"_s, QJsonObject{{key, kUnregistered}}}}}},
                                {u"note"_s, keep}});
        QTest::addRow("object value %s", qPrintable(key))
            << json(QJsonObject{{key, QJsonObject{{u"inner"_s, kUnregistered}}}, {u"note"_s, keep}});
    }
    QTest::newRow("escaped key") << QByteArray(R"({"pass\u0077ord": "UnregCanary-0b8d", "note": "keep-me-visible"})");
    QTest::newRow("spaces and newlines") << QByteArray("{ \"token\"\n :\n \"UnregCanary-0b8d\" ,\n \"note\" : \"keep-me-visible\" }");
    QTest::newRow("number value") << QByteArray(R"({"api_key": 12345678901234567890, "secret": "UnregCanary-0b8d", "note": "keep-me-visible"})");
    QTest::newRow("array of secrets") << QByteArray(R"({"token": ["UnregCanary-0b8d", "UnregCanary-0b8d"], "note": "keep-me-visible"})");
}

void TestRedactor::secretKeys()
{
    QFETCH(QByteArray, body);
    const QByteArray out = Redactor::redactBody(body, {});
    QVERIFY2(!out.contains(kUnregistered.toUtf8()), out.constData());
    QVERIFY2(out.contains("keep-me-visible"), out.constData());
    QVERIFY2(out.contains("\"***\""), out.constData());
    QJsonParseError err;
    QJsonDocument::fromJson(out, &err);
    QCOMPARE(err.error, QJsonParseError::NoError); // still JSON a person can read
}

void TestRedactor::jsonRpcPassword_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("secretIndex"); // -1: nothing to mask
    auto rpc = [](const QString &service, const QString &method, const QJsonArray &args) {
        return json(QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                                {u"method"_s, u"call"_s},
                                {u"params"_s, QJsonObject{{u"service"_s, service}, {u"method"_s, method}, {u"args"_s, args}}},
                                {u"id"_s, 7}});
    };
    QTest::newRow("execute_kw") << rpc(u"object"_s, u"execute_kw"_s,
                                       {u"ysell_lab"_s, 2, kUnregistered, u"sale.order"_s, u"web_search_read"_s,
                                        QJsonArray{}, QJsonObject{{u"limit"_s, 80}}})
                                << 2;
    QTest::newRow("execute") << rpc(u"object"_s, u"execute"_s, {u"ysell_lab"_s, 2, kUnregistered, u"res.partner"_s, u"read"_s})
                             << 2;
    QTest::newRow("authenticate") << rpc(u"common"_s, u"authenticate"_s,
                                         {u"ysell_lab"_s, u"admin"_s, kUnregistered, QJsonObject{}})
                                  << 2;
    QTest::newRow("login") << rpc(u"common"_s, u"login"_s, {u"ysell_lab"_s, u"admin"_s, kUnregistered}) << 2;
    QTest::newRow("db master password") << rpc(u"db"_s, u"drop"_s, {kUnregistered, u"ysell_lab"_s}) << 0;
    // Keys written in another order (args before method), as some serializers do.
    QTest::newRow("args first") << QByteArray(R"({"id":1,"params":{"args":["db",2,"UnregCanary-0b8d","sale.order","read",[[1]]],)"
                                              R"("method":"execute_kw","service":"object"},"method":"call","jsonrpc":"2.0"})")
                                << 2;
    QTest::newRow("version untouched") << rpc(u"common"_s, u"version"_s, {}) << -1;
}

void TestRedactor::jsonRpcPassword()
{
    QFETCH(QByteArray, body);
    QFETCH(int, secretIndex);
    const QByteArray out = Redactor::redactBody(body, {});
    if (secretIndex < 0) {
        QCOMPARE(out, body);
        return;
    }
    QVERIFY2(!out.contains(kUnregistered.toUtf8()), out.constData());
    const QJsonArray in = QJsonDocument::fromJson(body).object()[u"params"_s].toObject()[u"args"_s].toArray();
    const QJsonArray args = QJsonDocument::fromJson(out).object()[u"params"_s].toObject()[u"args"_s].toArray();
    QCOMPARE(args.size(), in.size());
    for (int i = 0; i < args.size(); ++i) {
        if (i == secretIndex)
            QCOMPARE(args[i].toString(), u"***"_s);
        else
            QCOMPARE(args[i], in[i]); // database, uid, model, method stay readable
    }
}

void TestRedactor::secretValues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("isJson");

    QTest::newRow("raw token in text") << (u"upstream said: bad token "_s + kToken + u" (expired)"_s).toUtf8() << false;
    QTest::newRow("token deep in JSON")
        << json(QJsonObject{{u"a"_s, QJsonArray{QJsonObject{{u"b"_s, QJsonArray{QJsonArray{QString(u"x "_s + kToken + u" y"_s)}}}}}}})
        << true;
    QTest::newRow("password as JSON string (escaped)")
        << json(QJsonObject{{u"note"_s, QString(u"pw="_s + kPassword)}}) << true;
    QTest::newRow("password PHP-escaped (\\/ and \\u)")
        << QByteArray(R"({"debug":"login failed for Canary\/Pass\"w\u00f6rd\\\u00fc-\u043f\u0430\u0440\u043e\u043b\u044c 42"})")
        << true;
    QTest::newRow("password URL-encoded") << (u"/api/orders/status?x="_s).toUtf8() + QUrl::toPercentEncoding(kPassword)
                                          << false;
    QTest::newRow("password form-encoded")
        << QByteArray("user=a&pw=") + QUrl::toPercentEncoding(kPassword, " ").replace(' ', '+') << false;
    QTest::newRow("token in HTML error page") << (u"<html><body>Token "_s + kToken + u" rejected</body></html>"_s).toUtf8()
                                              << false;
    QTest::newRow("Odoo traceback") << json(QJsonObject{
        {u"error"_s, QJsonObject{{u"data"_s, QJsonObject{{u"name"_s, u"odoo.exceptions.AccessDenied"_s},
                                                         {u"debug"_s, QString(u"Traceback...\n  File x, password='"_s + kPassword + u"'"_s)}}}}}})
                                    << true;
}

void TestRedactor::secretValues()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, isJson);
    const QStringList secrets = {kToken, kPassword};
    const QByteArray out = Redactor::redactBody(input, secrets);
    for (const QByteArray &form : allForms())
        QVERIFY2(!out.contains(form), QByteArray(form + " survived in " + out).constData());
    QVERIFY2(out.contains("***"), out.constData());
    if (isJson)
        QVERIFY(!QJsonDocument::fromJson(out).isNull());
    // The text helper agrees with the body helper on plain strings.
    const QString text = Redactor::redactText(QString::fromUtf8(input), secrets);
    QVERIFY(!text.contains(kToken));
    QVERIFY(!text.contains(kPassword));
}

void TestRedactor::shortSecretsIgnored()
{
    // "abc" would turn every "abc" in every body into ***: too short to be a credential.
    QCOMPARE(Redactor::redactText(u"abc abcd"_s, {u"abc"_s, u""_s}), u"abc abcd"_s);
    QCOMPARE(Redactor::usableSecrets({u"abc"_s, u""_s, u"    "_s, u"abcd"_s, u"abcd"_s, u"abcdef"_s}),
             (QStringList{u"abcdef"_s, u"abcd"_s}));
    QCOMPARE(Redactor::redactText(u"abc abcd"_s, {u"abcd"_s}), u"abc ***"_s);
}

void TestRedactor::headers_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("masked");
    QTest::newRow("Authorization") << QByteArray("Authorization") << QByteArray("Bearer UnregCanary-0b8d") << true;
    QTest::newRow("authorization lower") << QByteArray("authorization") << QByteArray("Basic VW5yZWdDYW5hcnk=") << true;
    QTest::newRow("Cookie") << QByteArray("Cookie") << QByteArray("session_id=UnregCanary-0b8d") << true;
    QTest::newRow("Set-Cookie") << QByteArray("Set-Cookie") << QByteArray("session_id=UnregCanary-0b8d; HttpOnly") << true;
    QTest::newRow("X-Api-Key") << QByteArray("X-Api-Key") << QByteArray("UnregCanary-0b8d") << true;
    QTest::newRow("X-API-KEY") << QByteArray("X-API-KEY") << QByteArray("UnregCanary-0b8d") << true;
    QTest::newRow("Content-Type kept") << QByteArray("Content-Type") << QByteArray("application/json") << false;
    QTest::newRow("X-Request-ID kept") << QByteArray("X-Request-ID") << QByteArray("c0ffee-42") << false;
}

void TestRedactor::headers()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(bool, masked);
    const HeaderList headers = {{name, value}, {"X-Echo", kToken.toUtf8()}};
    const QString out = Redactor::redactHeaders(headers, {kToken});
    if (masked) {
        QVERIFY2(out.startsWith(QString::fromLatin1(name) + u": ***\n"_s), qPrintable(out));
        QVERIFY(!out.contains(kUnregistered));
    } else {
        QVERIFY2(out.startsWith(QString::fromLatin1(name + ": " + value) + u'\n'), qPrintable(out));
    }
    QVERIFY(!out.contains(kToken)); // a registered value in any header
    QVERIFY(out.contains(u"X-Echo: ***"_s));
}

void TestRedactor::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host dropped") << u"https://719.eu6.ysell.pro/api/orders/status?id=98765"_s
                                  << u"/api/orders/status?id=98765"_s;
    QTest::newRow("user info dropped") << u"https://admin:UnregCanary-0b8d@odoo.example.com/jsonrpc"_s << u"/jsonrpc"_s;
    QTest::newRow("token query item") << u"https://h.example/api/v1/order?access_token=UnregCanary-0b8d&page=2"_s
                                      << u"/api/v1/order?access_token=***&page=2"_s;
    QTest::newRow("api_key query item") << u"https://h.example/x?API_KEY=UnregCanary-0b8d"_s << u"/x?API_KEY=***"_s;
    QTest::newRow("registered secret in path") << u"https://h.example/api/"_s + kToken + u"/order"_s
                                               << u"/api/***/order"_s;
    QTest::newRow("registered secret encoded in query")
        << u"https://h.example/find?order_num="_s + QString::fromLatin1(QUrl::toPercentEncoding(kPassword))
        << u"/find?order_num=***"_s;
    QTest::newRow("fragment dropped") << u"https://h.example/a?b=c#frag"_s << u"/a?b=c"_s;
    QTest::newRow("Cyrillic order number") << u"https://h.example/find?order_num=%D0%97-42"_s
                                           << u"/find?order_num=%D0%97-42"_s;
}

void TestRedactor::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(Redactor::redactUrl(url, {kToken, kPassword}), expected);
}

void TestRedactor::caps_data()
{
    QTest::addColumn<QByteArray>("body");
    const qsizetype cap = Redactor::kMaxBodyBytes;
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("just under") << QByteArray(cap - 1, 'a');
    QTest::newRow("exactly") << QByteArray(cap, 'a');
    QTest::newRow("just over") << QByteArray(cap + 1, 'a');
    QTest::newRow("huge") << QByteArray(5 * 1024 * 1024, 'x');
    // Multi-byte characters straddling the cap at every offset.
    for (int shift = 0; shift < 4; ++shift) {
        QTest::addRow("2-byte at boundary +%d", shift) << QByteArray(cap - 1 + shift, 'a') + QString(100, QChar(0x0416)).toUtf8();
        QTest::addRow("4-byte at boundary +%d", shift) << QByteArray(cap - 2 + shift, 'a') + u"😀😀😀😀"_s.toUtf8();
    }
}

void TestRedactor::caps()
{
    QFETCH(QByteArray, body);
    const Redactor::Capped c = Redactor::capUtf8(body);
    const QByteArray stored = c.text.toUtf8();
    QVERIFY(stored.size() <= Redactor::kMaxBodyBytes);
    QCOMPARE(c.truncated, body.size() > Redactor::kMaxBodyBytes);
    QVERIFY(isValidUtf8(stored));
    QVERIFY(!c.text.contains(QChar::ReplacementCharacter)); // cut between characters, never inside one
    QVERIFY(body.startsWith(stored));
    if (c.truncated)
        QVERIFY(stored.size() > Redactor::kMaxBodyBytes - 4); // lost at most one character
}

void TestRedactor::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("lone continuation") << QByteArray("ok \x80\x80 then ") + kToken.toUtf8();
    QTest::newRow("truncated sequence") << QByteArray("\xd0") + kToken.toUtf8() + QByteArray("\xe2\x82");
    QTest::newRow("overlong slash") << QByteArray("{\"a\":\"\xc0\xaf\",\"password\":\"") + kUnregistered.toUtf8() + "\"}";
    QTest::newRow("0xFF bytes in JSON") << QByteArray("{\"note\":\"\xff\xfe\",\"t\":\"") + kToken.toUtf8() + "\"}";
    QTest::newRow("surrogate encoded") << QByteArray("\xed\xa0\x80 ") + kToken.toUtf8();
    QTest::newRow("NUL and controls") << QByteArray("a\0b\x01\x1f ", 6) + kToken.toUtf8();
    QTest::newRow("bearer after invalid") << QByteArray("\xff Authorization: Bearer ") + kUnregistered.toUtf8();
}

void TestRedactor::invalidUtf8()
{
    QFETCH(QByteArray, body);
    const Redactor::Capped c = Redactor::storableBody(body, {kToken});
    const QByteArray stored = c.text.toUtf8();
    QVERIFY(isValidUtf8(stored));
    QVERIFY(!stored.contains(kToken.toUtf8()));
    QVERIFY(!stored.contains(kUnregistered.toUtf8()));
    QVERIFY(stored.contains("***"));
    QVERIFY(!c.truncated);
}

void TestRedactor::deeplyNestedJson()
{
    // Far beyond QJsonDocument's nesting limit, and deep enough to overflow a recursive walker.
    const int depth = 200000;
    QByteArray body = QByteArray(depth, '[') + "{\"password\":\"" + kUnregistered.toUtf8() + "\",\"n\":1}"
        + QByteArray(depth, ']');
    const QByteArray out = Redactor::redactBody(body, {});
    QVERIFY(!out.contains(kUnregistered.toUtf8()));
    QCOMPARE(out.size(), body.size() - kUnregistered.size() + 3);
}

void TestRedactor::malformedJson()
{
    // A body cut off by the cap or a broken server still loses its secrets.
    const QByteArray cut = "{\"user\":\"a\",\"password\":\"" + kUnregistered.toUtf8();
    QVERIFY(!Redactor::redactBody(cut, {}).contains(kUnregistered.toUtf8()));
    const QByteArray broken = "{\"token\" \"" + kUnregistered.toUtf8() + "\", ]]]} }}";
    // No colon: we cannot know it is a value; it must not crash, and a registered value still goes.
    QVERIFY(!Redactor::redactBody(broken, {kUnregistered}).contains(kUnregistered.toUtf8()));
    const QByteArray garbage = "}}]]{[\"\\";
    QCOMPARE(Redactor::redactBody(garbage, {}), garbage);
}

void TestRedactor::credentialsInText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString basic = QString::fromLatin1(QByteArray("admin:" + kUnregistered.toUtf8()).toBase64());
    QTest::newRow("bearer in an error") << u"header Authorization: Bearer "_s + kUnregistered + u" was refused"_s
                                        << u"header Authorization: Bearer *** was refused"_s;
    QTest::newRow("basic in a log line") << u"sent Basic "_s + basic + u" to proxy"_s << u"sent Basic *** to proxy"_s;
    QTest::newRow("lower case bearer") << u"bearer "_s + kUnregistered << u"bearer ***"_s;
    // Ordinary words after "Basic" are product names, not credentials.
    QTest::newRow("product name kept") << u"Basic T-shirt, Basic Hoodie"_s << u"Basic T-shirt, Basic Hoodie"_s;
    QTest::newRow("short word after Bearer kept") << u"Bearer of news"_s << u"Bearer of news"_s;
}

void TestRedactor::credentialsInText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Redactor::redactText(input, {}), expected);
    QCOMPARE(QString::fromUtf8(Redactor::redactBody(input.toUtf8(), {})), expected);
}

void TestRedactor::canaryNeverInStoredFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"journal.sqlite"_s);
    test::FakeClock clock;
    {
        auto opened = Journal::open(path, &clock);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        Journal &j = *opened.value();
        j.setSecretValues({kToken, kPassword});

        Exchange odoo;
        odoo.startedUtc = clock.nowUtc();
        odoo.system = u"odoo"_s;
        odoo.route = u"common.authenticate"_s;
        odoo.method = u"POST"_s;
        odoo.url = u"https://admin:"_s + kPassword + u"@odoo.example.com/jsonrpc"_s;
        odoo.requestHeaders = {{"Content-Type", "application/json"}, {"Cookie", "session_id=" + kUnregistered.toUtf8()}};
        odoo.requestBody = json(QJsonObject{
            {u"params"_s, QJsonObject{{u"service"_s, u"object"_s},
                                      {u"method"_s, u"execute_kw"_s},
                                      {u"args"_s, QJsonArray{u"db"_s, 2, kPassword, u"sale.order"_s, u"read"_s}}}}});
        odoo.responseBody = json(QJsonObject{
            {u"error"_s, QJsonObject{{u"data"_s, QJsonObject{{u"debug"_s, QString(u"password was "_s + kPassword)}}}}}});
        odoo.errorDetail = u"server rejected "_s + kPassword;
        j.recordExchange(odoo);

        Exchange ysell;
        ysell.startedUtc = clock.nowUtc();
        ysell.system = u"ysell"_s;
        ysell.route = u"create_order"_s;
        ysell.method = u"POST"_s;
        ysell.url = u"https://h.example/api/orders/create?token="_s + kUnregistered;
        ysell.requestHeaders = {{"Authorization", "Bearer " + kToken.toUtf8()}, {"X-Api-Key", kUnregistered.toUtf8()}};
        ysell.requestBody = json(QJsonObject{{u"order_num"_s, u"S00042"_s}, {u"api_key"_s, kUnregistered}});
        ysell.responseBody = QByteArray(R"({"message":"bad token )") + kToken.toUtf8() + R"(","echo":")"
            + Redactor::secretForms(kPassword).constLast() + "\"}";
        j.recordExchange(ysell);

        OrderRecord o;
        o.name = u"S00042"_s;
        o.lastError = Text::data(u"Ysell refused token "_s + kToken);
        QVERIFY(j.upsertOrder(o).ok());
        QVERIFY(j.addEvent(u"S00042"_s, u"error"_s, Text::data(u"login with "_s + kPassword + u" failed"_s)).ok());

        QBuffer exported;
        exported.open(QIODevice::WriteOnly);
        QVERIFY(j.exportJson(&exported).ok());
        for (const QByteArray &form : allForms())
            QVERIFY2(!exported.data().contains(form), "canary in export");
        QVERIFY(exported.data().contains("S00042"));

        // While open, recent writes live in the -wal file: grep it too.
        const QStringList files = {path, path + u"-wal"_s};
        QByteArray bytes;
        for (const QString &f : files) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.contains("S00042")); // the grep really sees the data
        for (const QByteArray &form : allForms())
            QVERIFY2(!bytes.contains(form), "canary in open journal files");
    }
    // Closed: the WAL has been checkpointed into the main file.
    const QDir d(dir.path());
    const QStringList files = d.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files) {
        QFile file(d.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray &form : allForms())
            QVERIFY2(!bytes.contains(form), qPrintable(u"canary in "_s + f));
    }
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
