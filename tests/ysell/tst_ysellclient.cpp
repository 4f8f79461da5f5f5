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
    return QJsonObject{
        {u"order_num"_s, orderNum},
        {u"ext_order_id"_s, 42},
        {u"purchase_date"_s, u"2026-11-28T09:15:00Z"_s},
        {u"comment"_s, u"Please ring twice."_s},
        {u"recipient"_s, QJsonObject{{u"name"_s, u"Erika Mustermann"_s}, {u"street"_s, u"Hauptstr. 1"_s},
                                      {u"city"_s, u"Berlin"_s}, {u"zip"_s, u"10115"_s}, {u"country_code"_s, u"DE"_s}}},
        {u"items"_s, QJsonArray{QJsonObject{{u"odoo_product_id"_s, 41}, {u"p_id"_s, u"1201"_s},
                                            {u"ext_id"_s, u"YS-SER-001"_s}, {u"title"_s, u"Scanner"_s},
                                            {u"qty"_s, 2},
                                            {u"serial_numbers"_s, QJsonArray{u"SN-YS-0001"_s, u"SN-YS-0002"_s}}}}},
    };
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
            return Error::make(ErrorKind::Unknown, u"test: no answer"_s);
        return take<OrderResult>(spy);
    }

    OrderResult status(YsellClient &ysell, const QString &id)
    {
        OrderStatusJob *job = ysell.orderStatus(id, u"ref"_s);
        QSignalSpy spy(job, &OrderStatusJob::finished);
        if (!spy.wait(30'000))
            return Error::make(ErrorKind::Unknown, u"test: no answer"_s);
        return take<OrderResult>(spy);
    }

    FindResult find(YsellClient &ysell, const QString &orderNum)
    {
        FindOrderJob *job = ysell.findOrder(orderNum);
        QSignalSpy spy(job, &FindOrderJob::finished);
        if (!spy.wait(30'000))
            return Error::make(ErrorKind::Unknown, u"test: no answer"_s);
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
};

QTEST_GUILESS_MAIN(TestYsellClient)
#include "tst_ysellclient.moc"
