#include "odoo/OdooRpc.h"

#include "Transcript.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using ysb::ErrorKind;
using ysb::test::Transcript;

Q_DECLARE_METATYPE(ysb::ErrorKind)

class TestOdooRpc final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void envelopeMatchesTranscript_data();
    void envelopeMatchesTranscript();
    void executeKwArgsOmitsEmptyKwargs();
    void remoteErrors_data();
    void remoteErrors();
    void tracebackNeverSurfaces();
    void wrongDatabaseNamesTheDatabase();
    void successResults_data();
    void successResults();
    void missingResultKeyIsNull_data();
    void missingResultKeyIsNull();
    void httpAndProtocolFailures_data();
    void httpAndProtocolFailures();
};

void TestOdooRpc::initTestCase()
{
    QVERIFY2(Transcript::instance().loaded(), qPrintable(u"cannot read "_s + Transcript::instance().path()));
}

void TestOdooRpc::envelopeMatchesTranscript_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("common.version") << u"4a.version"_s;
    QTest::newRow("common.authenticate") << u"4a.authenticate"_s;
    QTest::newRow("execute_kw without kwargs") << u"4i.write.missing"_s;
    QTest::newRow("execute_kw with kwargs") << u"extra.move_line.serials_many_orders"_s;
    QTest::newRow("execute_kw web_search_read") << u"extra.sale.web_search_read.bridge_spec"_s;
}

void TestOdooRpc::envelopeMatchesTranscript()
{
    QFETCH(QString, tag);
    const QJsonObject req = Transcript::instance().request(tag);
    QVERIFY(!req.isEmpty());
    const QJsonObject params = req.value(u"params"_s).toObject();
    const QString service = params.value(u"service"_s).toString();
    const QString method = params.value(u"method"_s).toString();
    QJsonArray args = params.value(u"args"_s).toArray();
    if (service == u"object") {
        // Rebuild execute_kw args from their parts, as the client does.
        QJsonArray rebuilt = ysb::OdooRpc::executeKwArgs(
            args.at(0).toString(), args.at(1).toInt(), args.at(2).toString(), args.at(3).toString(),
            args.at(4).toString(), args.at(5).toArray(), args.size() > 6 ? args.at(6).toObject() : QJsonObject());
        QCOMPARE(rebuilt, args);
        args = rebuilt;
    }
    const QByteArray body = ysb::OdooRpc::envelope(service, method, args, req.value(u"id"_s).toInteger());
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object(), req);
}

void TestOdooRpc::executeKwArgsOmitsEmptyKwargs()
{
    const QJsonArray a = ysb::OdooRpc::executeKwArgs(u"db"_s, 2, u"k"_s, u"sale.order"_s, u"read"_s, QJsonArray{});
    QCOMPARE(a.size(), 6);
    const QJsonArray b = ysb::OdooRpc::executeKwArgs(u"db"_s, 2, u"k"_s, u"sale.order"_s, u"read"_s, QJsonArray{},
                                                     QJsonObject{{u"limit"_s, 1}});
    QCOMPARE(b.size(), 7);
    QCOMPARE(b.at(6).toObject().value(u"limit"_s).toInt(), 1);
}

void TestOdooRpc::remoteErrors_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("remoteClass");
    QTest::addColumn<QString>("message");

    QTest::newRow("AccessDenied (wrong password)")
        << u"4i.execute_kw.wrong_pw"_s << ErrorKind::BadCredentials << u"odoo.exceptions.AccessDenied"_s
        << u"Access Denied"_s;
    QTest::newRow("AccessDenied (uid false)")
        << u"4i.execute_kw.uid_False"_s << ErrorKind::BadCredentials << u"odoo.exceptions.AccessDenied"_s
        << u"Access Denied"_s;
    QTest::newRow("AccessError (private method)")
        << u"4i.private_method"_s << ErrorKind::AccessRights << u"odoo.exceptions.AccessError"_s
        << u"Private methods (such as _generate) cannot be called remotely."_s;
    QTest::newRow("AccessError (ir.model)")
        << u"4i.access.ir_model_fields"_s << ErrorKind::AccessRights << u"odoo.exceptions.AccessError"_s
        << u"You are not allowed to access 'Models' (ir.model) records."_s;
    QTest::newRow("AccessError (record rule)")
        << u"4i.access.record_rule"_s << ErrorKind::AccessRights << u"odoo.exceptions.AccessError"_s
        << u"Uh-oh! Looks like you have stumbled upon some top-secret records."_s;
    QTest::newRow("MissingError")
        << u"4i.write.missing"_s << ErrorKind::MissingRecord << u"odoo.exceptions.MissingError"_s
        << u"Record does not exist or has been deleted."_s;
    QTest::newRow("ValidationError (x_ name)")
        << u"4d.field.create.badname"_s << ErrorKind::Validation << u"odoo.exceptions.ValidationError"_s
        << u"The operation cannot be completed: Custom fields must have a name that starts with 'x_'!"_s;
    QTest::newRow("ValidationError (headline with a list)")
        << u"4i.create.missing_required"_s << ErrorKind::Validation << u"odoo.exceptions.ValidationError"_s
        << u"The operation cannot be completed: - Create/update: a mandatory field is not set. - Delete: another "
           "model requires the record being deleted. If possible, archive it instead."_s;
    QTest::newRow("ValidationError (barcode)")
        << u"4i.create.dup_barcode"_s << ErrorKind::Validation << u"odoo.exceptions.ValidationError"_s
        << u"Barcode(s) already assigned: - Barcode \"4006381333931\" already assigned to product(s): "
           "[YS-SER-001] YSELL Serial Widget, dup"_s;
    QTest::newRow("UserError (HTTP only)")
        << u"4a.apikey.make_key"_s << ErrorKind::UserError << u"odoo.exceptions.UserError"_s
        << u"This method can only be accessed over HTTP"_s;
    QTest::newRow("UserError (unknown model)")
        << u"4i.unknown_model"_s << ErrorKind::UserError << u"odoo.exceptions.UserError"_s
        << u"Object x.nonexistent doesn't exist"_s;
    QTest::newRow("UserError (serial missing)")
        << u"4g.A.button_validate.skip_sms"_s << ErrorKind::UserError << u"odoo.exceptions.UserError"_s
        << u"You need to supply a Lot/Serial Number for product: - [YS-SER-001] YSELL Serial Widget"_s;
    QTest::newRow("ValueError (selection)")
        << u"4d.selection.write_bad"_s << ErrorKind::BadRequest << u"builtins.ValueError"_s
        << u"Wrong value for sale.order.x_ysell_tmp_sel: 'bogus'"_s;
    QTest::newRow("ValueError (field)")
        << u"4i.search_read.invalid_field"_s << ErrorKind::BadRequest << u"builtins.ValueError"_s
        << u"Invalid field 'qty_done' on model 'stock.move.line'"_s;
    QTest::newRow("ValueError (domain)")
        << u"4i.search.invalid_domain"_s << ErrorKind::BadRequest << u"builtins.ValueError"_s
        << u"Invalid field sale.order.nope in leaf ('nope', '=', 1)"_s;
    QTest::newRow("ValueError (singleton)")
        << u"4h.message_post.multi"_s << ErrorKind::BadRequest << u"builtins.ValueError"_s
        << u"Expected singleton: sale.order(25, 26)"_s;
    QTest::newRow("TypeError is unknown")
        << u"4h.message_post.positional"_s << ErrorKind::Unknown << u"builtins.TypeError"_s
        << u"SaleOrder.message_post() takes 1 positional argument but 2 were given"_s;
    QTest::newRow("AttributeError is unknown")
        << u"4i.unknown_method"_s << ErrorKind::Unknown << u"builtins.AttributeError"_s
        << u"The method 'frobnicate' does not exist on the model 'sale.order'"_s;
    QTest::newRow("OperationalError (authenticate)")
        << u"4i.authenticate.wrong_db"_s << ErrorKind::WrongDatabase << u"psycopg2.OperationalError"_s << QString();
    QTest::newRow("OperationalError (execute_kw)")
        << u"4i.execute_kw.wrong_db"_s << ErrorKind::WrongDatabase << u"psycopg2.OperationalError"_s << QString();
}

void TestOdooRpc::remoteErrors()
{
    QFETCH(QString, tag);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, remoteClass);
    QFETCH(QString, message);

    const QJsonObject resp = Transcript::instance().response(tag);
    QVERIFY2(resp.contains(u"error"_s), qPrintable(tag));
    const auto r = ysb::OdooRpc::parseResponse(200, Transcript::instance().responseBody(tag));
    QVERIFY(!r.ok());
    QCOMPARE(ysb::Error::kindName(r.error().kind), ysb::Error::kindName(kind));
    QCOMPARE(r.error().remoteClass, remoteClass);
    if (!message.isEmpty())
        QCOMPARE(r.error().message, message);
    QVERIFY(!r.error().message.contains(u'\n'));
    QCOMPARE(r.error().httpStatus, 200);

    // The detail keeps the full server text for the log, but never the debug traceback.
    const QJsonObject data = resp.value(u"error"_s).toObject().value(u"data"_s).toObject();
    QVERIFY(r.error().detail.startsWith(remoteClass));
    QVERIFY(r.error().detail.contains(data.value(u"message"_s).toString().trimmed()));
    QVERIFY(!r.error().detail.contains(u"<traceback"_s));
    QVERIFY(!r.error().message.contains(u"<traceback"_s));
}

void TestOdooRpc::tracebackNeverSurfaces()
{
    // The transcript cut tracebacks short; a live server sends them whole.
    QJsonObject resp = Transcript::instance().response(u"4i.write.missing"_s);
    QJsonObject error = resp.value(u"error"_s).toObject();
    QJsonObject data = error.value(u"data"_s).toObject();
    data.insert(u"debug"_s, u"Traceback (most recent call last):\n  File \"/opt/odoo/odoo/http.py\", line 1, in "
                            "dispatch\n    secret_token = 'abc'\nodoo.exceptions.MissingError: Record does not exist"_s);
    error.insert(u"data"_s, data);
    resp.insert(u"error"_s, error);
    const auto r = ysb::OdooRpc::parseResponse(200, QJsonDocument(resp).toJson());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::MissingRecord);
    for (const QString &text : {r.error().message, r.error().detail}) {
        QVERIFY2(!text.contains(u"Traceback"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"http.py"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"secret_token"_s), qPrintable(text));
    }
}

void TestOdooRpc::wrongDatabaseNamesTheDatabase()
{
    const auto r = ysb::OdooRpc::parseResponse(200, Transcript::instance().responseBody(u"4i.authenticate.wrong_db"_s),
                                               u"no_such_db"_s);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"\"no_such_db\""_s), qPrintable(r.error().message));
    QVERIFY2(!r.error().message.contains(u"5433"_s), qPrintable(r.error().message)); // no server internals

    // When the server text does not name it, the configured database is named instead.
    QJsonObject error{{u"code"_s, 200},
                      {u"message"_s, u"Odoo Server Error"_s},
                      {u"data"_s, QJsonObject{{u"name"_s, u"psycopg2.OperationalError"_s},
                                              {u"message"_s, u"FATAL: too many connections"_s}}}};
    const QJsonObject root{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, 1}, {u"error"_s, error}};
    const auto r2 = ysb::OdooRpc::parseResponse(200, QJsonDocument(root).toJson(), u"shop_db"_s);
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error().kind, ErrorKind::WrongDatabase);
    QVERIFY2(r2.error().message.contains(u"shop_db"_s), qPrintable(r2.error().message));
}

void TestOdooRpc::successResults_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("version object") << u"4a.version"_s;
    QTest::newRow("uid") << u"4a.authenticate"_s;
    QTest::newRow("authenticate false") << u"4a.authenticate.badpw"_s;
    QTest::newRow("empty list") << u"4i.read.missing"_s;
    QTest::newRow("true") << u"4g.C.action_confirm"_s;
    QTest::newRow("web_search_read") << u"extra.sale.web_search_read.bridge_spec"_s;
    QTest::newRow("wizard action") << u"4g.B.button_validate"_s;
}

void TestOdooRpc::successResults()
{
    QFETCH(QString, tag);
    const QJsonObject resp = Transcript::instance().response(tag);
    QVERIFY(resp.contains(u"result"_s));
    const auto r = ysb::OdooRpc::parseResponse(200, Transcript::instance().responseBody(tag));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value(), resp.value(u"result"_s));
}

void TestOdooRpc::missingResultKeyIsNull_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("setup.quant.apply") << u"setup.quant.apply"_s;
    QTest::newRow("4f.quant.apply") << u"4f.quant.apply"_s;
}

void TestOdooRpc::missingResultKeyIsNull()
{
    QFETCH(QString, tag);
    const QJsonObject resp = Transcript::instance().response(tag);
    QVERIFY(!resp.isEmpty());
    QVERIFY(!resp.contains(u"result"_s));
    QVERIFY(!resp.contains(u"error"_s));
    const auto r = ysb::OdooRpc::parseResponse(200, Transcript::instance().responseBody(tag));
    QVERIFY(r.ok());
    QVERIFY(r.value().isNull());
}

void TestOdooRpc::httpAndProtocolFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<bool>("maybeSent");

    QTest::newRow("400 html") << 400
                              << QByteArray("<!DOCTYPE html><html><title>400 Bad Request</title><p>Invalid JSON data</p>")
                              << ErrorKind::BadRequest << false;
    QTest::newRow("500") << 500 << QByteArray("<html>Internal Server Error</html>") << ErrorKind::Http << true;
    QTest::newRow("502") << 502 << QByteArray("Bad Gateway") << ErrorKind::Http << true;
    QTest::newRow("404") << 404 << QByteArray("Not Found") << ErrorKind::Http << false;
    QTest::newRow("503") << 503 << QByteArray("Service Unavailable") << ErrorKind::RateLimited << false;
    QTest::newRow("429") << 429 << QByteArray("Too Many Requests") << ErrorKind::RateLimited << false;
    QTest::newRow("invalid JSON") << 200 << QByteArray("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": [1,")
                                  << ErrorKind::Protocol << true;
    QTest::newRow("html with 200") << 200 << QByteArray("<html>proxy login</html>") << ErrorKind::Protocol << true;
    QTest::newRow("array") << 200 << QByteArray("[1,2]") << ErrorKind::Protocol << true;
    QTest::newRow("no jsonrpc member") << 200 << QByteArray("{\"id\":1,\"result\":2}") << ErrorKind::Protocol << true;
    QTest::newRow("error not an object") << 200 << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":\"boom\"}")
                                         << ErrorKind::Protocol << true;
    QTest::newRow("empty body") << 200 << QByteArray() << ErrorKind::Protocol << true;
}

void TestOdooRpc::httpAndProtocolFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(bool, maybeSent);
    const auto r = ysb::OdooRpc::parseResponse(status, body);
    QVERIFY(!r.ok());
    QCOMPARE(ysb::Error::kindName(r.error().kind), ysb::Error::kindName(kind));
    QCOMPARE(r.error().httpStatus, status);
    QCOMPARE(r.error().requestMaybeSent, maybeSent);
    QVERIFY(!r.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestOdooRpc)
#include "tst_odoorpc.moc"
