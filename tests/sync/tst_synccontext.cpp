// SyncContext's order reads against the simulator's Odoo over HTTPS: the pages of a read by name go out
// together within the HTTP client's per-host limit ([odoo] max_inflight), the orders come back in the
// order of the names asked, and a page Odoo refuses ends the read with one answer.
#include "net/HttpClient.h"
#include "odoo/OdooClient.h"
#include "odoo/OdooQueries.h"
#include "sync/SyncContext.h"

#include "SimProcess.h"

#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::SimProcess;

class TestSyncContext final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesOfOrdersAreReadTogether();
    void refusedPageEndsTheReadOnce();

private:
    void connect(int maxInflight);
    using Answers = QList<Result<QList<SaleOrder>>>;
    /// readOrdersByName and its answers once the first came (each call of the callback is kept, also later ones).
    std::shared_ptr<Answers> read(const QStringList &names);
    int odooStat(const QString &key) { return m_sim->stats()[u"odoo"_s][key].toInt(); }

    static constexpr int kOrders = 450; // three pages of names: 200, 200, 50
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<OdooClient> m_client;
    std::unique_ptr<SyncContext> m_ctx;
    QObject m_receiver; // outlives the reads, so that a page answered late still reaches the callback
    QStringList m_names; // lowest id first
};

void TestSyncContext::init()
{
    m_sim = std::make_unique<SimProcess>();
    // 300 ms a call: pages out together are seen side by side even when their connections are set up
    // one after another on a loaded machine.
    QVERIFY2(m_sim->start({u"--orders"_s, QString::number(kOrders), u"--odoo-latency-ms"_s, u"300"_s}),
             qPrintable(m_sim->errorString()));
    const QJsonArray confirmed{QJsonArray{u"state"_s, u"="_s, u"sale"_s}};
    m_names.clear();
    for (const QJsonValue &v : m_sim->odooAsAdmin(u"sale.order"_s, u"search_read"_s, QJsonArray{confirmed},
                                                  QJsonObject{{u"fields"_s, QJsonArray{u"name"_s}}, {u"order"_s, u"id"_s}})
                                   .toArray())
        m_names << v[u"name"_s].toString();
    QCOMPARE(m_names.size(), kOrders);
}

void TestSyncContext::cleanup()
{
    m_ctx.reset();
    m_client.reset();
    m_http.reset();
    m_sim.reset();
}

void TestSyncContext::connect(int maxInflight)
{
    HttpSettings settings;
    settings.extraCaFile = m_sim->caFile();
    settings.maxInflightPerHost = maxInflight;
    m_http = std::make_unique<HttpClient>(settings);
    m_client = std::make_unique<OdooClient>(m_http.get(), QUrl(m_sim->odooUrl()), m_sim->odooDb(), m_sim->odooLogin(),
                                            m_sim->odooPassword());
    m_ctx = std::make_unique<SyncContext>();
    m_ctx->odoo = m_client.get();
}

std::shared_ptr<TestSyncContext::Answers> TestSyncContext::read(const QStringList &names)
{
    auto answers = std::make_shared<Answers>();
    m_ctx->readOrdersByName(names, &m_receiver, [answers](const Result<QList<SaleOrder>> &r) { answers->append(r); });
    if (!QTest::qWaitFor([answers] { return !answers->isEmpty(); }, 60'000))
        qWarning("readOrdersByName did not answer");
    return answers;
}

void TestSyncContext::pagesOfOrdersAreReadTogether()
{
    connect(4);
    QVERIFY(m_sim->resetStats());
    const auto answers = read(m_names);
    QCOMPARE(answers->size(), 1);
    QVERIFY2(answers->first().ok(), qPrintable(answers->first().ok() ? QString() : answers->first().error().detail));
    QStringList got;
    for (const SaleOrder &o : answers->first().value())
        got << o.name;
    QCOMPARE(got, m_names);
    QCOMPARE(m_sim->stats()[u"odoo"_s][u"calls"_s][u"sale.order.web_search_read"_s].toInt(), 3);
    // The pages were in Odoo side by side (the sign-in went alone before them); one after another, never
    // more than one would be.
    const int seen = odooStat(u"max_inflight_seen"_s);
    QVERIFY2(seen >= 2 && seen <= 3, qPrintable(QString::number(seen)));
}

void TestSyncContext::refusedPageEndsTheReadOnce()
{
    // One request at a time, in the order asked: once a later read is answered, every page of the
    // first one has been answered too.
    connect(1);
    QVERIFY(m_sim->fault({{u"route"_s, u"odoo:sale.order.web_search_read"_s}, {u"kind"_s, u"access_error"_s}, {u"count"_s, 1}}));
    const auto answers = read(m_names);
    const auto after = read(m_names.mid(0, 5));
    QCOMPARE(answers->size(), 1);
    QVERIFY(!answers->first().ok());
    QCOMPARE(answers->first().error().kind, ErrorKind::AccessRights);
    QCOMPARE(after->size(), 1);
    QVERIFY(after->first().ok());
    QCOMPARE(after->first().value().size(), 5);
}

QTEST_GUILESS_MAIN(TestSyncContext)
#include "tst_synccontext.moc"
