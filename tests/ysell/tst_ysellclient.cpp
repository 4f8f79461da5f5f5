#include "ContractPayload.h"
#include "SimProcess.h"
#include "net/HttpClient.h"
#include "net/RetryPolicy.h"
#include "ysell/YsellClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ysb;
using namespace ysb::test;

namespace {

class RecordingSink final : public ExchangeSink {
public:
    void recordExchange(const Exchange &exchange) override { exchanges.append(exchange); }
    QList<Exchange> exchanges;
};

// Result<T> has no default constructor, which QVariant::value() needs; the type is known here.
template <typename T>
T take(QSignalSpy &spy, int index = 0)
{
    const QVariant &v = spy.at(index).first();
    Q_ASSERT(v.metaType() == QMetaType::fromType<T>());
    return *static_cast<const T *>(v.constData());
}

using OrderResult = Result<YsellOrderInfo>;
using FindResult = Result<std::optional<YsellOrderInfo>>;

QJsonObject orderPayload(const QString &orderNum)
{
    return contractPayload(orderNum);
}

} // namespace

class TestYsellClient final : public QObject {
    Q_OBJECT

private:
    SimProcess m_sim;
    RecordingSink m_sink;
    std::unique_ptr<HttpClient> m_http;

    std::unique_ptr<HttpClient> makeHttp(SimProcess &sim, HttpSettings settings = {})
    {
        settings.extraCaFile = sim.caFile();
        auto http = std::make_unique<HttpClient>(settings);
        http->setExchangeSink(&m_sink);
        return http;
    }

    std::unique_ptr<YsellClient> makeYsell(HttpClient *http, const SimProcess &sim, const QString &preset,
                                           const QString &token = {})
    {
        return std::make_unique<YsellClient>(http, QUrl(sim.ysellUrl()), *YsellRoutes::preset(preset),
                                             YsellStatusRules::defaultDoneSet(),
                                             token.isNull() ? sim.ysellToken() : token);
    }

    OrderResult create(YsellClient &ysell, const QString &orderNum)
    {
        CreateOrderJob *job = ysell.createOrder(orderPayload(orderNum));
        QSignalSpy spy(job, &CreateOrderJob::finished);
        if (!spy.wait(30'000))
            return Error::plain(ErrorKind::Unknown, u"test: no answer"_s);
        return take<OrderResult>(spy);
    }

    OrderResult status(YsellClient &ysell, const QString &id)
    {
        OrderStatusJob *job = ysell.orderStatus(id, u"ref"_s);
        QSignalSpy spy(job, &OrderStatusJob::finished);
        if (!spy.wait(30'000))
            return Error::plain(ErrorKind::Unknown, u"test: no answer"_s);
        return take<OrderResult>(spy);
    }

    FindResult find(YsellClient &ysell, const QString &orderNum)
    {
        FindOrderJob *job = ysell.findOrder(orderNum);
        QSignalSpy spy(job, &FindOrderJob::finished);
        if (!spy.wait(30'000))
            return Error::plain(ErrorKind::Unknown, u"test: no answer"_s);
        return take<FindResult>(spy);
    }

    QStringList simOrderNums()
    {
        QStringList nums;
        for (const QJsonValue &o : m_sim.ysellOrders())
            nums << o[u"order_num"_s].toString();
        return nums;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        m_http = makeHttp(m_sim);
    }

    void init() { m_sink.exchanges.clear(); }

    void createStatusFind_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("task-statement") << u"task-statement"_s;
        QTest::newRow("ysell-v1") << u"ysell-v1"_s;
    }

    void createStatusFind()
    {
        QFETCH(QString, preset);
        auto ysell = makeYsell(m_http.get(), m_sim, preset);
        const QString num = u"S-%1-1"_s.arg(preset);

        const OrderResult created = create(*ysell, num);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(!created->id.isEmpty());
        QCOMPARE(created->orderNum, num);
        QCOMPARE(created->status.statusClass, YsellStatusClass::InProgress);
        QVERIFY(simOrderNums().contains(num)); // the order is really in Ysell

        const OrderResult st = status(*ysell, created->id);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        QCOMPARE(st->id, created->id);
        QCOMPARE(st->orderNum, num);
        QVERIFY(!st->status.code.isEmpty());

        const FindResult found = find(*ysell, num);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
        QVERIFY(found->has_value());
        QCOMPARE(found.value()->id, created->id);

        const FindResult missing = find(*ysell, u"S-NOT-THERE"_s);
        QVERIFY(missing.ok());
        QVERIFY(!missing->has_value());

        // Every exchange went to the journal sink, tagged with system, route and order.
        QCOMPARE(m_sink.exchanges.size(), 4);
        QCOMPARE(m_sink.exchanges[0].route, u"create"_s);
        QCOMPARE(m_sink.exchanges[0].outcome, u"ok"_s);
        QCOMPARE(m_sink.exchanges[0].orderRef, num);
        QCOMPARE(m_sink.exchanges[1].route, u"status"_s);
        QCOMPARE(m_sink.exchanges[2].route, u"find"_s);
        QCOMPARE(m_sink.exchanges[3].outcome, u"http_404"_s);
        for (const Exchange &ex : std::as_const(m_sink.exchanges)) {
            QCOMPARE(ex.system, u"ysell"_s);
            QVERIFY(!ex.correlationId.isEmpty());
        }
    }

    void duplicateNamesTheExistingOrder()
    {
        auto ysell = makeYsell(m_http.get(), m_sim, u"task-statement"_s);
        const OrderResult first = create(*ysell, u"S-DUP-1"_s);
        QVERIFY(first.ok());
        const OrderResult again = create(*ysell, u"S-DUP-1"_s);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::AlreadyExists);
        QCOMPARE(again.error().existingId, first->id);
        QVERIFY(again.error().message.contains(first->id));
        QCOMPARE(simOrderNums().count(u"S-DUP-1"_s), 1);
    }

    void statusFollowsYsell_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("simStatus");
        QTest::addColumn<int>("statusClass");
        QTest::newRow("object shipped") << u"object"_s << u"7.1"_s << int(YsellStatusClass::Done);
        QTest::newRow("object FBA") << u"object"_s << u"7.2"_s << int(YsellStatusClass::Done);
        QTest::newRow("object cancelled") << u"object"_s << u"8"_s << int(YsellStatusClass::Terminal);
        QTest::newRow("object not in stock") << u"object"_s << u"4"_s << int(YsellStatusClass::Attention);
        QTest::newRow("object packed") << u"object"_s << u"7"_s << int(YsellStatusClass::InProgress);
        QTest::newRow("string shipped") << u"string"_s << u"7.1"_s << int(YsellStatusClass::Done);
        QTest::newRow("string packed") << u"string"_s << u"7"_s << int(YsellStatusClass::InProgress);
    }

    void statusFollowsYsell()
    {
        QFETCH(QString, shape);
        QFETCH(QString, simStatus);
        QFETCH(int, statusClass);
        auto ysell = makeYsell(m_http.get(), m_sim, u"ysell-v1"_s);
        const QString num = u"S-ST-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        const OrderResult created = create(*ysell, num);
        QVERIFY(created.ok());
        QVERIFY(m_sim.config(QJsonObject{{u"status_shape"_s, shape}}));
        QVERIFY(m_sim.advance(simStatus, {num}));
        const OrderResult st = status(*ysell, created->id);
        QVERIFY(m_sim.config(QJsonObject{{u"status_shape"_s, u"object"_s}}));
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        QCOMPARE(int(st->status.statusClass), statusClass);
        QVERIFY(!st->status.name.isEmpty());
        if (shape == u"object"_s)
            QCOMPARE(st->status.code, simStatus);
    }

    void unknownIdIsMissing()
    {
        auto ysell = makeYsell(m_http.get(), m_sim, u"task-statement"_s);
        const OrderResult st = status(*ysell, u"99999999"_s);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().kind, ErrorKind::MissingRecord);
        QCOMPARE(st.error().httpStatus, 404);
    }

    void invalidOrderIsRefusedReadably()
    {
        auto ysell = makeYsell(m_http.get(), m_sim, u"task-statement"_s);
        QJsonObject payload = orderPayload(u"S-INVALID-1"_s);
        payload.insert(u"items"_s, QJsonArray());
        CreateOrderJob *job = ysell->createOrder(payload);
        QSignalSpy spy(job, &CreateOrderJob::finished);
        QVERIFY(spy.wait(30'000));
        const OrderResult r = take<OrderResult>(spy);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Validation);
        QVERIFY2(r.error().message.contains(u"items: Items cannot be blank."_s), qPrintable(r.error().message));
        QVERIFY(!simOrderNums().contains(u"S-INVALID-1"_s));
    }

    void wrongTokenIsRefused_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("task-statement") << u"task-statement"_s;
        QTest::newRow("ysell-v1") << u"ysell-v1"_s;
    }

    void wrongTokenIsRefused()
    {
        QFETCH(QString, preset);
        auto ysell = makeYsell(m_http.get(), m_sim, preset, u"not-the-token"_s);
        const OrderResult r = create(*ysell, u"S-TOKEN-1"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadCredentials);
        QVERIFY2(r.error().message.startsWith(u"The Ysell token was refused"_s), qPrintable(r.error().message));
        QVERIFY(!simOrderNums().contains(u"S-TOKEN-1"_s));
        const FindResult f = find(*ysell, u"S-TOKEN-1"_s);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().kind, ErrorKind::BadCredentials);
    }

    void lostAnswerIsSettledByLookingUp_data()
    {
        QTest::addColumn<int>("drops");
        QTest::newRow("dropped once") << 1;
        QTest::newRow("dropped every time") << 5;
    }

    void lostAnswerIsSettledByLookingUp()
    {
        QFETCH(int, drops);
        // Ysell stores the order, then the connection drops before the answer: outcome unknown.
        // Qt's HTTP layer would resend such a request by itself; a create must go out once only.
        auto ysell = makeYsell(m_http.get(), m_sim, u"task-statement"_s);
        const QString num = u"S-LOST-%1"_s.arg(drops);
        const int createsBefore = m_sim.stats()[u"ysell"_s][u"requests"_s][u"create"_s].toInt();
        QVERIFY(m_sim.fault(QJsonObject{{u"route"_s, u"create"_s}, {u"kind"_s, u"commit_drop"_s}, {u"count"_s, drops}}));
        const OrderResult r = create(*ysell, num);
        QVERIFY(m_sim.clearFaults());
        QVERIFY(!r.ok());
        QCOMPARE(m_sim.stats()[u"ysell"_s][u"requests"_s][u"create"_s].toInt() - createsBefore, 1);
        QCOMPARE(simOrderNums().count(num), 1);

        QCOMPARE(r.error().kind, ErrorKind::Network);
        QVERIFY(r.error().requestMaybeSent);
        QVERIFY(!RetryPolicy::mayRetry(r.error(), true));
        QCOMPARE(RetryPolicy().decide(r.error(), true, 1), RetryPolicy::Decision::LookUpFirst);
        const FindResult f = find(*ysell, num);
        QVERIFY(f.ok());
        QVERIFY(f->has_value());
        QCOMPARE(f.value()->orderNum, num);
    }

    void rateLimitIsReported()
    {
        SimProcess sim;
        QVERIFY2(sim.start({u"--ysell-max-inflight"_s, u"1"_s, u"--ysell-latency-ms"_s, u"300"_s}),
                 qPrintable(sim.errorString()));
        auto http = makeHttp(sim); // 4 in flight per host: more than this server takes
        auto ysell = makeYsell(http.get(), sim, u"task-statement"_s);
        QList<QSharedPointer<QSignalSpy>> spies;
        for (int i = 0; i < 4; ++i)
            spies << QSharedPointer<QSignalSpy>::create(ysell->findOrder(u"S-RL-%1"_s.arg(i)), &FindOrderJob::finished);
        for (const auto &spy : std::as_const(spies))
            QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, 30'000);
        int limited = 0;
        int answered = 0;
        for (const auto &spy : std::as_const(spies)) {
            const FindResult r = take<FindResult>(*spy);
            if (r.ok()) {
                ++answered;
                continue;
            }
            QCOMPARE(r.error().kind, ErrorKind::RateLimited);
            QCOMPARE(r.error().httpStatus, 429);
            QCOMPARE(r.error().retryAfterSecs.value_or(-1), 1);
            QVERIFY(RetryPolicy::mayRetry(r.error(), true));
            ++limited;
        }
        QVERIFY(answered >= 1);
        QVERIFY(limited >= 1);
    }

    void inflightLimitKeepsUsPolite()
    {
        SimProcess sim;
        QVERIFY2(sim.start({u"--ysell-max-inflight"_s, u"2"_s, u"--ysell-latency-ms"_s, u"200"_s}),
                 qPrintable(sim.errorString()));
        HttpSettings settings;
        settings.maxInflightPerHost = 2;
        auto http = makeHttp(sim, settings);
        auto ysell = makeYsell(http.get(), sim, u"ysell-v1"_s);
        QList<QSharedPointer<QSignalSpy>> spies;
        for (int i = 0; i < 6; ++i)
            spies << QSharedPointer<QSignalSpy>::create(ysell->findOrder(u"S-POLITE-%1"_s.arg(i)), &FindOrderJob::finished);
        for (const auto &spy : std::as_const(spies))
            QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, 30'000);
        for (const auto &spy : std::as_const(spies)) {
            const FindResult r = take<FindResult>(*spy);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QVERIFY(!r->has_value());
        }
        QVERIFY(sim.stats()[u"ysell"_s][u"max_inflight_seen"_s].toInt() <= 2);
    }

    void stalledServerTimesOutAsUnknownOutcome()
    {
        HttpSettings settings;
        settings.requestTimeoutMs = 500;
        auto http = makeHttp(m_sim, settings);
        auto ysell = makeYsell(http.get(), m_sim, u"task-statement"_s);
        QVERIFY(m_sim.fault(QJsonObject{{u"route"_s, u"create"_s}, {u"kind"_s, u"hang"_s}, {u"count"_s, 1}}));
        const OrderResult r = create(*ysell, u"S-HANG-1"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Timeout);
        QVERIFY(r.error().requestMaybeSent);
        QVERIFY(!RetryPolicy::mayRetry(r.error(), true));
        QVERIFY(RetryPolicy::mayRetry(r.error(), false));
    }

    // Every combination of body encoding, field names, status location and id location, end to end
    // over HTTPS: the simulator is told what the account takes, the client what the mapping says.
    void mappedShapesEndToEnd_data()
    {
        QTest::addColumn<QByteArray>("mapping");
        QTest::addColumn<QJsonObject>("simConfig");
        QTest::addColumn<QString>("encoding");     // how the simulator received the body
        QTest::addColumn<QString>("serialsKey");   // where the line's serial numbers arrived
        QTest::addColumn<bool>("serialsAsText");   // "SN1,SN2" rather than a list
        QTest::addColumn<QString>("shippedCode");  // the code the client reads for 7.1
        const QJsonObject v1{{u"request_shape"_s, u"ysell-v1"_s}};
        auto with = [](QJsonObject o, const QJsonObject &more) {
            for (auto it = more.begin(); it != more.end(); ++it)
                o.insert(it.key(), it.value());
            return o;
        };
        const QJsonObject json{{u"request_encoding"_s, u"json"_s}};
        const QJsonObject form{{u"request_encoding"_s, u"multipart"_s}};
        const QJsonObject wrapped{{u"create_answer"_s, u"wrapped"_s}};
        const QJsonObject bare{{u"status_shape"_s, u"string"_s}};
        QTest::newRow("json, status") << QByteArray() << json << u"json"_s << u"serial_numbers"_s << false << u"7.1"_s;
        QTest::newRow("json, status.code") << QByteArray("answer.status = status.code\n") << json << u"json"_s
                                           << u"serial_numbers"_s << false << u"7.1"_s;
        QTest::newRow("json, status.status_name") << QByteArray("answer.status = status.status_name\n") << json
                                                  << u"json"_s << u"serial_numbers"_s << false << u"7.1"_s;
        QTest::newRow("json, bare status") << QByteArray() << with(json, bare) << u"json"_s << u"serial_numbers"_s
                                           << false << u"Done"_s;
        QTest::newRow("json, id in data.order_id") << QByteArray("answer.id = data.order_id\n") << with(json, wrapped)
                                                   << u"json"_s << u"serial_numbers"_s << false << u"7.1"_s;
        QTest::newRow("multipart, today's names") << QByteArray("encoding = multipart\n") << form << u"multipart"_s
                                                  << u"serial_numbers"_s << false << u"7.1"_s;
        QTest::newRow("multipart, bare status") << QByteArray("encoding = multipart\n") << with(form, bare)
                                                << u"multipart"_s << u"serial_numbers"_s << false << u"Done"_s;
        QTest::newRow("ysell-v1 preset") << QByteArray("preset = ysell-v1\n") << with(v1, form) << u"multipart"_s
                                         << u"serial_num"_s << true << u"7.1"_s;
        QTest::newRow("ysell-v1 names as json") << QByteArray("preset = ysell-v1\nencoding = json\n") << with(v1, json)
                                                << u"json"_s << u"serial_num"_s << true << u"7.1"_s;
        QTest::newRow("ysell-v1, wrapped id, status name")
            << QByteArray("preset = ysell-v1\nanswer.id = data.order_id\nanswer.status = status.status_name\n"
                          "answer.status_name =\n")
            << with(with(v1, form), wrapped) << u"multipart"_s << u"serial_num"_s << true << u"7.1"_s;
    }

    void mappedShapesEndToEnd()
    {
        QFETCH(QByteArray, mapping);
        QFETCH(QJsonObject, simConfig);
        QFETCH(QString, encoding);
        QFETCH(QString, serialsKey);
        QFETCH(bool, serialsAsText);
        QFETCH(QString, shippedCode);
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QVERIFY(sim.config(simConfig));
        auto http = makeHttp(sim);
        const Result<YsellMapping> parsed = YsellMapping::parse(mapping);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        for (const QString &preset : YsellRoutes::presetNames()) {
            auto ysell = makeYsell(http.get(), sim, preset);
            ysell->setMapping(parsed.value());
            const QString num = u"S-MAP-"_s + preset;

            const OrderResult created = create(*ysell, num);
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));

            // The order as Ysell stored it.
            QJsonObject stored;
            for (const QJsonValue &o : sim.ysellOrders()) {
                if (o[u"order_num"_s].toString() == num)
                    stored = o.toObject();
            }
            QCOMPARE(stored[u"id"_s].toVariant().toString(), created->id);
            QCOMPARE(stored[u"encoding"_s].toString(), encoding);
            const QJsonObject item = stored[u"payload"_s][u"items"_s][0].toObject();
            QCOMPARE(item[u"p_id"_s].toString(), u"1201"_s);
            QCOMPARE(item[u"qty"_s].toVariant().toInt(), 2);
            if (serialsAsText) {
                QCOMPARE(item[serialsKey].toString(), u"SN-YS-0001,SN-YS-0002"_s);
            } else {
                QCOMPARE(item[serialsKey].toArray(), (QJsonArray{u"SN-YS-0001"_s, u"SN-YS-0002"_s}));
            }
            QCOMPARE(stored[u"payload"_s][u"recipient"_s][u"city"_s].toString(), u"Berlin"_s);

            QVERIFY(sim.advance(u"7.1"_s, {num}));
            const OrderResult st = status(*ysell, created->id);
            QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
            QCOMPARE(st->status.code, shippedCode);
            QCOMPARE(st->status.statusClass, YsellStatusClass::Done);
            QVERIFY(!st->status.name.isEmpty());

            const FindResult found = find(*ysell, num);
            QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
            QVERIFY(found->has_value());
            QCOMPARE(found.value()->id, created->id);
        }
        QCOMPARE(sim.stats()[u"ysell"_s][u"creates"_s].toInt(), 2);
    }

    void wrongShapeIsVisibleAndCreatesNothing()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        auto http = makeHttp(sim);
        auto ysell = makeYsell(http.get(), sim, u"ysell-v1"_s);

        // The account takes form fields; the default mapping sends JSON.
        QVERIFY(sim.config(QJsonObject{{u"request_encoding"_s, u"multipart"_s}}));
        OrderResult r = create(*ysell, u"S-WRONG-1"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 415);
        QVERIFY2(r.error().message.contains(u"multipart/form-data"_s), qPrintable(r.error().message));

        // The account names serials serial_num; today's names send serial_numbers.
        QVERIFY(sim.config(QJsonObject{{u"request_encoding"_s, u"any"_s}, {u"request_shape"_s, u"ysell-v1"_s}}));
        r = create(*ysell, u"S-WRONG-2"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Validation);
        QVERIFY2(r.error().message.contains(u"serial_num"_s), qPrintable(r.error().message));
        QCOMPARE(sim.ysellOrders().size(), 0);

        // The id is elsewhere than the mapping says: the outcome is unknown, so the bridge looks the
        // order up instead of sending it again.
        QVERIFY(sim.config(QJsonObject{{u"request_shape"_s, u"task-statement"_s}, {u"create_answer"_s, u"wrapped"_s}}));
        r = create(*ysell, u"S-WRONG-3"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.error().requestMaybeSent);
        const FindResult found = find(*ysell, u"S-WRONG-3"_s);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE(sim.ysellOrders().size(), 1);

        // A bad value for the simulator changes nothing.
        QVERIFY(!sim.config(QJsonObject{{u"request_encoding"_s, u"xml"_s}, {u"create_answer"_s, u"order"_s}}));
    }

    void previewIsWhatIsSent()
    {
        auto ysell = makeYsell(m_http.get(), m_sim, u"task-statement"_s);
        ysell->setMapping(YsellMapping::ysellV1());
        const Result<HttpRequest> request = ysell->createRequest(orderPayload(u"S-PREVIEW-1"_s));
        QVERIFY(request.ok());
        const QString text = ysell->describe(request.value());
        QVERIFY2(text.startsWith(u"POST "_s + m_sim.ysellUrl() + u"/api/orders/create\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"Authorization: Bearer ***\n"_s));
        QVERIFY(text.contains(u"Content-Type: "_s + QString::fromLatin1(request->headers.last().second)));
        QVERIFY(text.endsWith(QString::fromUtf8(request->body)));
        QVERIFY(!text.contains(m_sim.ysellToken())); // canary
        QCOMPARE(m_sink.exchanges.size(), 0);       // nothing was sent
        QVERIFY(!simOrderNums().contains(u"S-PREVIEW-1"_s));
    }
};

QTEST_GUILESS_MAIN(TestYsellClient)
#include "tst_ysellclient.moc"
