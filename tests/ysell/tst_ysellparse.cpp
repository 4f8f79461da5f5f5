#include "ysell/YsellParse.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;

namespace {

const QDateTime Now(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

HttpResponse answer(int status, const QByteArray &body, HeaderList headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

} // namespace

class TestYsellParse final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("statusClass");
        QTest::addColumn<QString>("tracking");
        const int done = int(YsellStatusClass::Done);
        const int progress = int(YsellStatusClass::InProgress);
        const int terminal = int(YsellStatusClass::Terminal);
        const int attention = int(YsellStatusClass::Attention);

        QTest::newRow("contract object, shipped")
            << QByteArray(R"({"id": 98765, "order_num": "S00042", "status": {"code": "7.1", "status_name": "Order shipped", "short_description": "..."}, "tracking_number": "JJD000390007", "updated_at": "2026-11-28T10:00:00Z"})")
            << u"7.1"_s << u"Order shipped"_s << done << u"JJD000390007"_s;
        QTest::newRow("object, FBA shipped") << QByteArray(R"({"id":1,"order_num":"S1","status":{"code":"7.2"}})")
                                             << u"7.2"_s << u"FBA shipped"_s << done << QString();
        QTest::newRow("object, numeric code") << QByteArray(R"({"id":1,"order_num":"S1","status":{"code":5.1}})")
                                              << u"5.1"_s << u"ready on prep centre"_s << progress << QString();
        QTest::newRow("bare string Done") << QByteArray(R"({"id":"98765","order_num":"S1","status":"Done"})")
                                          << u"Done"_s << u"Done"_s << done << QString();
        QTest::newRow("bare string lower-case done") << QByteArray(R"({"id":2,"order_num":"S1","status":"done"})")
                                                     << u"done"_s << u"done"_s << done << QString();
        QTest::newRow("bare code string") << QByteArray(R"({"id":2,"order_num":"S1","status":"3.1"})") << u"3.1"_s
                                          << u"reservation error"_s << attention << QString();
        QTest::newRow("bare string with status_name")
            << QByteArray(R"({"id":2,"order_num":"S1","status":"6","status_name":"Label printed"})") << u"6"_s
            << u"Label printed"_s << progress << QString();
        QTest::newRow("created") << QByteArray(R"({"id":2,"order_num":"S1","status":{"code":"1"}})") << u"1"_s
                                 << u"created"_s << progress << QString();
        QTest::newRow("cancelled") << QByteArray(R"({"id":2,"order_num":"S1","status":{"code":"8"}})") << u"8"_s
                                   << u"cancelled"_s << terminal << QString();
        QTest::newRow("refunded") << QByteArray(R"({"id":2,"order_num":"S1","status":"9"})") << u"9"_s
                                  << u"refunded"_s << terminal << QString();
        QTest::newRow("returned 10.3") << QByteArray(R"({"id":2,"order_num":"S1","status":{"code":"10.3"}})")
                                       << u"10.3"_s << u"returned"_s << terminal << QString();
        QTest::newRow("not in stock") << QByteArray(R"({"id":2,"order_num":"S1","status":{"code":"4"}})") << u"4"_s
                                      << u"not in stock"_s << attention << QString();
        QTest::newRow("label print error") << QByteArray(R"({"id":2,"order_num":"S1","status":{"code":"5.3"}})")
                                           << u"5.3"_s << u"label print error"_s << attention << QString();
        QTest::newRow("unknown code") << QByteArray(R"({"id":2,"order_num":"S1","status":{"code":"42"}})")
                                      << u"42"_s << u"42"_s << progress << QString();
        QTest::newRow("tracking from shipments")
            << QByteArray(R"({"id":2,"order_num":"S1","status":{"code":"7.1"}, "shipments":[{"tracking_number":"OLD1"},{"tracking_number":"NEW2"}]})")
            << u"7.1"_s << u"shipped"_s << done << u"NEW2"_s;
    }

    void statusShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(int, statusClass);
        QFETCH(QString, tracking);
        const auto info = YsellParse::statusAnswer(answer(200, body), YsellStatusRules(), Now);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
        QCOMPARE(info->status.code, code);
        QCOMPARE(info->status.name, name);
        QCOMPARE(int(info->status.statusClass), statusClass);
        QCOMPARE(info->tracking, tracking);
        QCOMPARE(info->orderNum, body.contains("S00042") ? u"S00042"_s : u"S1"_s);
    }

    void contractOrderFields()
    {
        const QByteArray body = R"({"id": 98765, "order_num": "S00042", "status": {"code": "7.1", "status_name": "Order shipped"}, "tracking_number": "JJD000390007", "updated_at": "2026-11-28T10:00:00Z"})";
        const auto info = YsellParse::statusAnswer(answer(200, body), YsellStatusRules(), Now);
        QVERIFY(info.ok());
        QCOMPARE(info->id, u"98765"_s);
        QCOMPARE(info->orderNum, u"S00042"_s);
        QCOMPARE(info->updatedAt, QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
    }

    void doneSetIsASetting()
    {
        const QByteArray body = R"({"id":5,"order_num":"S1","status":{"code":"7"}})";
        QCOMPARE(YsellParse::statusAnswer(answer(200, body), YsellStatusRules(), Now)->status.statusClass,
                 YsellStatusClass::InProgress);
        const YsellStatusRules packedIsDone({u"7"_s, u"7.1"_s});
        QCOMPARE(YsellParse::statusAnswer(answer(200, body), packedIsDone, Now)->status.statusClass,
                 YsellStatusClass::Done);
        // Without "Done" in the set, the bare word is just in progress.
        const QByteArray word = R"({"id":5,"order_num":"S1","status":"Done"})";
        QCOMPARE(YsellParse::statusAnswer(answer(200, word), packedIsDone, Now)->status.statusClass,
                 YsellStatusClass::InProgress);
    }

    void createAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("maybeSent");
        QTest::addColumn<QString>("messagePart");
        const int none = -1;

        QTest::newRow("201 order") << 201 << QByteArray(R"({"id":98001,"order_num":"S00042","status":{"code":"1"}})")
                                   << QByteArray() << true << u"98001"_s << none << false << QString();
        QTest::newRow("200 wrapped in data") << 200 << QByteArray(R"({"data":{"id":"98002","order_num":"S1"}})")
                                             << QByteArray() << true << u"98002"_s << none << false << QString();
        QTest::newRow("409 duplicate with id")
            << 409 << QByteArray(R"({"message":"Order S00042 already exists","id":98001})") << QByteArray() << false
            << u"98001"_s << int(ErrorKind::AlreadyExists) << false << u"98001"_s;
        QTest::newRow("422 duplicate with id")
            << 422 << QByteArray(R"({"message":"Duplicate order_num","id":"98003"})") << QByteArray() << false
            << u"98003"_s << int(ErrorKind::AlreadyExists) << false << u"98003"_s;
        QTest::newRow("409 duplicate, existing_id")
            << 409 << QByteArray(R"({"message":"exists","existing_id":77})") << QByteArray() << false << u"77"_s
            << int(ErrorKind::AlreadyExists) << false << u"77"_s;
        QTest::newRow("409 without id") << 409 << QByteArray(R"({"message":"Conflict"})") << QByteArray() << false
                                        << QString() << int(ErrorKind::AlreadyExists) << false << u"look it up"_s;
        QTest::newRow("422 Yii2 unique validator")
            << 422 << QByteArray("[{\"field\":\"order_num\",\"message\":\"Order Num 'S00042' has already been taken.\"}]")
            << QByteArray() << false << QString() << int(ErrorKind::AlreadyExists) << false << u"look it up"_s;
        QTest::newRow("422 field errors")
            << 422
            << QByteArray(R"([{"field":"recipient.zip","message":"Zip cannot be blank."}, {"field":"items","message":"Product 1201 is unknown."}])")
            << QByteArray() << false << QString() << int(ErrorKind::Validation) << false
            << u"recipient.zip: Zip cannot be blank.; items: Product 1201 is unknown."_s;
        QTest::newRow("422 errors object")
            << 422 << QByteArray(R"({"message":"Invalid","errors":{"qty":["Qty must be positive."]}})") << QByteArray()
            << false << QString() << int(ErrorKind::Validation) << false << u"qty: Qty must be positive."_s;
        QTest::newRow("401 Yii2")
            << 401
            << QByteArray(R"({"name":"Unauthorized","message":"Your request was made with invalid credentials.","code":0,"status":401})")
            << QByteArray() << false << QString() << int(ErrorKind::BadCredentials) << false
            << u"The Ysell token was refused"_s;
        QTest::newRow("400 Yii2")
            << 400 << QByteArray(R"({"name":"Bad Request","message":"Missing required parameters: items","code":0,"status":400})")
            << QByteArray() << false << QString() << int(ErrorKind::BadRequest) << false
            << u"Missing required parameters: items"_s;
        QTest::newRow("403 Yii2")
            << 403 << QByteArray(R"({"name":"Forbidden","message":"You are not allowed to perform this action.","code":0,"status":403})")
            << QByteArray() << false << QString() << int(ErrorKind::AccessRights) << false
            << u"You are not allowed to perform this action."_s;
        QTest::newRow("429 seconds") << 429 << QByteArray(R"({"name":"Too Many Requests"})") << QByteArray("42")
                                     << false << QString() << int(ErrorKind::RateLimited) << false << u"42 seconds"_s;
        QTest::newRow("503 date") << 503 << QByteArray("<html>busy</html>") << QByteArray("Sat, 28 Nov 2026 09:02:00 GMT")
                                  << false << QString() << int(ErrorKind::RateLimited) << false << u"120 seconds"_s;
        QTest::newRow("500 Yii2") << 500
                                  << QByteArray(R"({"name":"Internal Server Error","message":"An internal server error occurred.","code":0,"status":500})")
                                  << QByteArray() << false << QString() << int(ErrorKind::Http) << true
                                  << u"An internal server error occurred."_s;
        QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << QByteArray()
                                  << false << QString() << int(ErrorKind::Http) << true << u"HTTP 502"_s;
        QTest::newRow("404 on create route") << 404 << QByteArray(R"({"name":"Not Found","message":"Page not found."})")
                                             << QByteArray() << false << QString() << int(ErrorKind::Config) << false
                                             << u"route"_s;
        QTest::newRow("201 without id") << 201 << QByteArray(R"({"order_num":"S1"})") << QByteArray() << false
                                        << QString() << int(ErrorKind::Protocol) << true << u"look the order up"_s;
        QTest::newRow("201 junk") << 201 << QByteArray("OK") << QByteArray() << false << QString()
                                  << int(ErrorKind::Protocol) << true << u"look the order up"_s;
        QTest::newRow("201 empty") << 201 << QByteArray() << QByteArray() << false << QString()
                                   << int(ErrorKind::Protocol) << true << QString();
    }

    void createAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, ok);
        QFETCH(QString, id);
        QFETCH(int, kind);
        QFETCH(bool, maybeSent);
        QFETCH(QString, messagePart);
        HeaderList headers;
        if (!retryAfter.isEmpty())
            headers.append({"Retry-After", retryAfter});
        const auto result = YsellParse::createAnswer(answer(status, body, headers), YsellStatusRules(), Now);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(result->id, id);
            return;
        }
        const Error &e = result.error();
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.requestMaybeSent, maybeSent);
        QCOMPARE(e.existingId, id);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.message.isEmpty());
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
        QVERIFY(!e.message.contains(u"<html"_s));
        if (kind == int(ErrorKind::RateLimited))
            QVERIFY(e.retryAfterSecs.has_value());
    }

    void duplicateOnlyForCreate()
    {
        const auto e = YsellParse::httpError(answer(409, R"({"id":5})"), false, Now);
        QVERIFY(e.kind != ErrorKind::AlreadyExists);
    }

    void findAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("pageCount");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("id");

        QTest::newRow("object") << 200 << QByteArray(R"({"id":98001,"order_num":"S00042","status":{"code":"3"}})")
                                << QByteArray() << true << true << u"98001"_s;
        QTest::newRow("404") << 404 << QByteArray(R"({"name":"Not Found","message":"Object not found: S00042"})")
                             << QByteArray() << true << false << QString();
        QTest::newRow("empty array") << 200 << QByteArray("[]") << QByteArray("0") << true << false << QString();
        QTest::newRow("array with match")
            << 200 << QByteArray(R"([{"id":1,"order_num":"S00041"},{"id":2,"order_num":"S00042","status":"Done"}])")
            << QByteArray("1") << true << true << u"2"_s;
        QTest::newRow("array numeric order_num") << 200 << QByteArray(R"([{"id":3,"order_num":42}])") << QByteArray()
                                                 << true << false << QString();
        QTest::newRow("array no match, one page") << 200 << QByteArray(R"([{"id":1,"order_num":"S00041"}])")
                                                  << QByteArray("1") << true << false << QString();
        QTest::newRow("filter ignored, many pages") << 200 << QByteArray(R"([{"id":1,"order_num":"S00001"}])")
                                                    << QByteArray("40") << false << false << QString();
        QTest::newRow("Yii2 envelope") << 200 << QByteArray(R"({"items":[{"id":9,"order_num":"S00042"}],"_meta":{}})")
                                       << QByteArray() << true << true << u"9"_s;
        QTest::newRow("object of another order") << 200 << QByteArray(R"({"id":9,"order_num":"S99999"})")
                                                 << QByteArray() << false << false << QString();
        QTest::newRow("401") << 401 << QByteArray(R"({"name":"Unauthorized"})") << QByteArray() << false << false
                             << QString();
        QTest::newRow("junk") << 200 << QByteArray("<!doctype html>") << QByteArray() << false << false << QString();
        QTest::newRow("array of junk") << 200 << QByteArray("[1,2,3]") << QByteArray() << false << false << QString();
    }

    void findAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, pageCount);
        QFETCH(bool, ok);
        QFETCH(bool, found);
        QFETCH(QString, id);
        HeaderList headers;
        if (!pageCount.isEmpty())
            headers.append({"X-Pagination-Page-Count", pageCount});
        const auto result = YsellParse::findAnswer(answer(status, body, headers), u"S00042"_s, YsellStatusRules(), Now);
        QCOMPARE(result.ok(), ok);
        if (!ok) {
            QVERIFY(!result.error().message.isEmpty());
            return;
        }
        QCOMPARE(result->has_value(), found);
        if (found) {
            QCOMPARE(result.value()->id, id);
            QCOMPARE(result.value()->orderNum, u"S00042"_s);
        }
    }

    void junkNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \n ");
        QTest::newRow("html") << QByteArray("<html><body>502</body></html>");
        QTest::newRow("truncated") << QByteArray("{\"id\": 98765, \"status\": {\"code\": \"7.");
        QTest::newRow("string") << QByteArray(R"("Done")");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("array of arrays") << QByteArray("[[[]]]");
        QTest::newRow("id is object") << QByteArray(R"({"id":{"x":1},"status":"Done"})");
        QTest::newRow("status is array") << QByteArray(R"({"id":1,"status":["7.1"]})");
        QTest::newRow("status object without code") << QByteArray(R"({"id":1,"status":{"status_name":"x"}})");
        QTest::newRow("status null") << QByteArray(R"({"id":1,"status":null})");
        QTest::newRow("deep arrays") << QByteArray(100'000, '[');
        QTest::newRow("deep objects") << QByteArray(R"({"a":)").repeated(5000) + "1" + QByteArray(5000, '}');
        QTest::newRow("nul bytes") << QByteArray("{\"id\":\0\0}", 9);
        QTest::newRow("invalid utf8") << QByteArray("{\"id\":\"\xff\xfe\",\"status\":\"Done\"}");
        QTest::newRow("huge number") << QByteArray(R"({"id":1e400,"status":"Done"})");
    }

    void junkNeverCrashes()
    {
        QFETCH(QByteArray, body);
        const YsellStatusRules rules;
        const auto status = YsellParse::statusAnswer(answer(200, body), rules, Now);
        const auto created = YsellParse::createAnswer(answer(201, body), rules, Now);
        const auto found = YsellParse::findAnswer(answer(200, body), u"S1"_s, rules, Now);
        const auto error = YsellParse::httpError(answer(422, body), true, Now);
        // Whatever was accepted has an id; whatever was refused says why in plain words.
        for (const Result<YsellOrderInfo> *r : {&status, &created}) {
            if (r->ok())
                QVERIFY(!r->value().id.isEmpty());
            else
                QVERIFY(!r->error().message.isEmpty());
        }
        if (!found.ok())
            QVERIFY(!found.error().message.isEmpty());
        if (!created.ok())
            QVERIFY(created.error().requestMaybeSent); // a 201 means it may exist
        QVERIFY(!error.message.isEmpty());
    }

    void deepNestingIsAProtocolError()
    {
        const auto r = YsellParse::json(QByteArray(200, '[') + QByteArray(200, ']'));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Protocol);
        QVERIFY(r.error().message.contains(u"nested"_s));
        // Brackets inside strings do not count.
        QVERIFY(YsellParse::json(R"({"id":1,"note":")" + QByteArray(200, '[') + R"("})").ok());
    }

    void serverMessageShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("Yii2") << QByteArray(R"({"name":"Not Found","message":"Page not found.","code":0,"status":404})")
                              << u"Page not found."_s;
        QTest::newRow("Yii2 name only") << QByteArray(R"({"name":"Conflict"})") << u"Conflict"_s;
        QTest::newRow("422 list") << QByteArray(R"([{"field":"a","message":"A bad."},{"field":"b","message":"B bad."}])")
                                  << u"a: A bad.; b: B bad."_s;
        QTest::newRow("errors map") << QByteArray(R"({"errors":{"a":["x","y"]}})") << u"a: x y"_s;
        QTest::newRow("plain string") << QByteArray(R"("Oops")") << u"Oops"_s;
    }

    void serverMessageShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto v = YsellParse::json(body);
        if (body.startsWith('"')) {
            QCOMPARE(YsellParse::serverMessage(QJsonValue(u"Oops"_s)), message);
            return;
        }
        QVERIFY(v.ok());
        QCOMPARE(YsellParse::serverMessage(v.value()), message);
    }

    // Where the status is read (the mapping's answer.status / answer.status_name), and the code/name
    // split of the contract's table: a name read from the answer is matched to its code.
    void statusAtAPath_data()
    {
        QTest::addColumn<QString>("statusPath");
        QTest::addColumn<QString>("namePath");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("statusClass");
        const int done = int(YsellStatusClass::Done);
        const int progress = int(YsellStatusClass::InProgress);
        const QByteArray contract = R"({"id":1,"order_num":"S1","status":{"code":"7.1","status_name":"Order shipped"}})";
        QTest::newRow("status (object)") << u"status"_s << QString() << contract << u"7.1"_s << u"Order shipped"_s << done;
        QTest::newRow("status.code") << u"status.code"_s << QString() << contract << u"7.1"_s << u"Order shipped"_s << done;
        QTest::newRow("status.code + name path") << u"status.code"_s << u"status.status_name"_s << contract << u"7.1"_s
                                                 << u"Order shipped"_s << done;
        QTest::newRow("status.status_name") << u"status.status_name"_s << QString() << contract << u"7.1"_s
                                            << u"Order shipped"_s << done;
        QTest::newRow("name without Order") << u"state"_s << QString()
                                            << QByteArray(R"({"id":1,"order_num":"S1","state":"Packed"})") << u"7"_s
                                            << u"Packed"_s << progress;
        QTest::newRow("name of 3.2") << u"status.status_name"_s << QString()
                                     << QByteArray(R"({"id":1,"status":{"code":"3.2","status_name":"Order without product_id"}})")
                                     << u"3.2"_s << u"Order without product_id"_s << int(YsellStatusClass::Attention);
        QTest::newRow("deeper path") << u"data.state.id"_s << u"data.state.title"_s
                                     << QByteArray(R"({"id":1,"data":{"state":{"id":"8","title":"Cancelled by seller"}}})")
                                     << u"8"_s << u"Cancelled by seller"_s << int(YsellStatusClass::Terminal);
        QTest::newRow("unknown name stands for itself") << u"status.status_name"_s << QString()
                                                        << QByteArray(R"({"id":1,"status":{"code":"7.1","status_name":"Verschickt"}})")
                                                        << u"Verschickt"_s << u"Verschickt"_s << progress;
    }

    void statusAtAPath()
    {
        QFETCH(QString, statusPath);
        QFETCH(QString, namePath);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(int, statusClass);
        YsellAnswerPaths paths;
        paths.status = statusPath;
        paths.statusName = namePath;
        const auto info = YsellParse::statusAnswer(answer(200, body), YsellStatusRules(), Now, paths);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
        QCOMPARE(info->status.code, code);
        QCOMPARE(info->status.name, name);
        QCOMPARE(int(info->status.statusClass), statusClass);
        QCOMPARE(info->id, u"1"_s);
    }

    void statusMissingAtItsPathSaysWhere()
    {
        YsellAnswerPaths paths;
        paths.status = u"status.code"_s;
        const auto info = YsellParse::statusAnswer(answer(200, R"({"id":1,"status":"7.1"})"), YsellStatusRules(), Now, paths);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, ErrorKind::Protocol);
        QVERIFY2(info.error().message.contains(u"status.code"_s), qPrintable(info.error().message));
    }

    void idAtAPathInTheCreateAnswer()
    {
        YsellAnswerPaths paths;
        paths.id = u"data.order_id"_s;
        auto info = YsellParse::createAnswer(answer(201, R"({"success":true,"data":{"order_id":98001}})"),
                                             YsellStatusRules(), Now, paths);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
        QCOMPARE(info->id, u"98001"_s);
        info = YsellParse::createAnswer(answer(201, R"({"success":true,"data":{"id":5}})"), YsellStatusRules(), Now, paths);
        QVERIFY(!info.ok());
        QVERIFY(info.error().requestMaybeSent); // Ysell said yes: look the order up before sending again
        QVERIFY2(info.error().message.contains(u"data.order_id"_s), qPrintable(info.error().message));
        // The default path still finds the id in the order or its wrapper.
        info = YsellParse::createAnswer(answer(201, R"({"data":{"id":7,"order_num":"S1"}})"), YsellStatusRules(), Now);
        QVERIFY(info.ok());
        QCOMPARE(info->id, u"7"_s);
    }
};

QTEST_GUILESS_MAIN(TestYsellParse)
#include "tst_ysellparse.moc"
