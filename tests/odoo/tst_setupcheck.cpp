#include "net/HttpClient.h"
#include "odoo/OdooClient.h"
#include "odoo/SetupCheck.h"

#include "OdooTestUtil.h"
#include "SimProcess.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using ysb::SetupItem;
using ysb::test::whyNot;

namespace {

QString dump(const ysb::SetupReport &report)
{
    QStringList lines;
    for (const SetupItem &i : report.items)
        lines << (i.ok ? u"ok   "_s : u"FAIL "_s) + i.title + u": "_s + i.message + u" → "_s + i.nextStep;
    return lines.join(u'\n');
}

} // namespace

class TestSetupCheck final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void allGreenOnDemoData();
    void wrongPassword();
    void wrongDatabase();
    void unknownLocation();
    void createsMissingFields();
    void clerkChecksWithoutTheFieldList();
    void rightsInPlainWords_data();
    void rightsInPlainWords();
    void clerkMayNotCreateFields();

private:
    ysb::SetupReport runCheck(ysb::test::SimProcess &sim, const QString &login, const QString &secret,
                              const QString &db = {}, const ysb::SetupCheckOptions &options = {});
    ysb::Result<QStringList> createFields(ysb::test::SimProcess &sim, const QString &login,
                                          const QList<ysb::OdooQueries::CustomField> &fields);
    std::unique_ptr<ysb::OdooClient> client(ysb::test::SimProcess &sim, const QString &login, const QString &secret,
                                            const QString &db = {});

    ysb::test::SimProcess m_demo;
    ysb::test::SimProcess m_bare; // --no-custom-fields
    std::unique_ptr<ysb::HttpClient> m_httpDemo;
    std::unique_ptr<ysb::HttpClient> m_httpBare;
};

void TestSetupCheck::initTestCase()
{
    QVERIFY2(m_demo.start({u"--demo"_s}), qPrintable(m_demo.errorString()));
    QVERIFY2(m_bare.start({u"--demo"_s, u"--no-custom-fields"_s}), qPrintable(m_bare.errorString()));
    ysb::HttpSettings a;
    a.extraCaFile = m_demo.caFile();
    m_httpDemo = std::make_unique<ysb::HttpClient>(a);
    ysb::HttpSettings b;
    b.extraCaFile = m_bare.caFile();
    m_httpBare = std::make_unique<ysb::HttpClient>(b);
}

void TestSetupCheck::cleanupTestCase()
{
    m_httpDemo.reset();
    m_httpBare.reset();
}

std::unique_ptr<ysb::OdooClient> TestSetupCheck::client(ysb::test::SimProcess &sim, const QString &login,
                                                        const QString &secret, const QString &db)
{
    ysb::HttpClient *http = &sim == &m_demo ? m_httpDemo.get() : m_httpBare.get();
    return std::make_unique<ysb::OdooClient>(http, QUrl(sim.odooUrl()), db.isEmpty() ? sim.odooDb() : db, login,
                                             secret);
}

ysb::SetupReport TestSetupCheck::runCheck(ysb::test::SimProcess &sim, const QString &login, const QString &secret,
                                          const QString &db, const ysb::SetupCheckOptions &options)
{
    auto c = client(sim, login, secret, db);
    std::optional<ysb::SetupReport> report;
    auto *job = new ysb::SetupCheckJob(c.get(), options);
    connect(job, &ysb::SetupCheckJob::finished, this, [&report](const ysb::SetupReport &r) { report = r; });
    QElapsedTimer t;
    t.start();
    while (!report && t.elapsed() < 120'000)
        QTest::qWait(10);
    return report.value_or(ysb::SetupReport{});
}

ysb::Result<QStringList> TestSetupCheck::createFields(ysb::test::SimProcess &sim, const QString &login,
                                                      const QList<ysb::OdooQueries::CustomField> &fields)
{
    auto c = client(sim, login, sim.odooPassword());
    std::optional<ysb::Result<QStringList>> result;
    auto *job = new ysb::CreateFieldsJob(c.get(), fields);
    connect(job, &ysb::CreateFieldsJob::finished, this,
            [&result](const ysb::Result<QStringList> &r) { result = r; });
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < 120'000)
        QTest::qWait(10);
    if (!result)
        return ysb::Error::plain(ysb::ErrorKind::Timeout, u"test: CreateFieldsJob never finished"_s);
    return *result;
}

void TestSetupCheck::allGreenOnDemoData()
{
    const ysb::SetupReport report = runCheck(m_demo, m_demo.odooLogin(), m_demo.odooPassword());
    QCOMPARE(report.items.size(), 7);
    QVERIFY2(report.allOk(), qPrintable(dump(report)));
    QCOMPARE(report.version.major, 17);
    QVERIFY(report.uid > 0);
    QVERIFY(report.ysellFieldsPresent());
    QVERIFY(report.shemaxLocationId > 0);
    QVERIFY2(report.shemaxLocationName.contains(u"ShemaxGlobal"_s), qPrintable(report.shemaxLocationName));
    QVERIFY(report.warehouseId > 0);
    QVERIFY(report.customersLocationId > 0);
    QVERIFY(report.customersLocationId != report.shemaxLocationId);
    QVERIFY(report.outgoingPickingTypeId > 0);
    for (const SetupItem &i : report.items) {
        QVERIFY(!i.title.isEmpty());
        QVERIFY(!i.message.isEmpty());
        QVERIFY(i.nextStep.isEmpty());
    }
}

void TestSetupCheck::wrongPassword()
{
    const ysb::SetupReport report = runCheck(m_demo, m_demo.odooLogin(), u"wrong-password"_s);
    QCOMPARE(report.items.size(), 7);
    QVERIFY(!report.allOk());
    const SetupItem *version = report.item(SetupItem::Check::ServerVersion);
    QVERIFY(version && version->ok);
    const SetupItem *signIn = report.item(SetupItem::Check::SignIn);
    QVERIFY(signIn && !signIn->ok);
    QVERIFY2(signIn->message.contains(m_demo.odooLogin()), qPrintable(signIn->message));
    QVERIFY(!signIn->message.contains(u"wrong-password"_s));
    QVERIFY(!signIn->nextStep.isEmpty());
    // Nothing behind the sign-in could be checked.
    for (auto c : {SetupItem::Check::Rights, SetupItem::Check::CustomFields, SetupItem::Check::ShemaxLocation,
                   SetupItem::Check::CustomersLocation, SetupItem::Check::OutgoingType}) {
        const SetupItem *i = report.item(c);
        QVERIFY(i && !i->ok);
        QVERIFY(!i->nextStep.isEmpty());
    }
}

void TestSetupCheck::wrongDatabase()
{
    const ysb::SetupReport report = runCheck(m_demo, m_demo.odooLogin(), m_demo.odooPassword(), u"no_such_db"_s);
    const SetupItem *signIn = report.item(SetupItem::Check::SignIn);
    QVERIFY(signIn && !signIn->ok);
    QVERIFY2(signIn->message.contains(u"no_such_db"_s), qPrintable(signIn->message));
    QVERIFY2(signIn->nextStep.contains(u"database"_s), qPrintable(signIn->nextStep));
}

void TestSetupCheck::unknownLocation()
{
    ysb::SetupCheckOptions options;
    options.shemaxLocationName = u"NoSuchWarehouseSpot"_s;
    const ysb::SetupReport report = runCheck(m_demo, m_demo.odooLogin(), m_demo.odooPassword(), {}, options);
    QCOMPARE(report.items.size(), 7);
    const SetupItem *loc = report.item(SetupItem::Check::ShemaxLocation);
    QVERIFY(loc && !loc->ok);
    QVERIFY2(loc->message.contains(u"NoSuchWarehouseSpot"_s), qPrintable(loc->message));
    QVERIFY(!loc->nextStep.isEmpty());
    QVERIFY(report.item(SetupItem::Check::CustomersLocation)->ok);
    QVERIFY(!report.item(SetupItem::Check::OutgoingType)->ok);
    QCOMPARE(report.shemaxLocationId, 0);

    // The full name works as well as the short one.
    options.shemaxLocationName = u"WH/ShemaxGlobal"_s;
    const ysb::SetupReport full = runCheck(m_demo, m_demo.odooLogin(), m_demo.odooPassword(), {}, options);
    QVERIFY2(full.allOk(), qPrintable(dump(full)));
}

void TestSetupCheck::createsMissingFields()
{
    const ysb::SetupReport before = runCheck(m_bare, m_bare.odooLogin(), m_bare.odooPassword());
    const SetupItem *fields = before.item(SetupItem::Check::CustomFields);
    QVERIFY(fields && !fields->ok);
    QVERIFY2(fields->message.contains(u"x_ysell_product_id"_s), qPrintable(fields->message));
    QVERIFY(!fields->nextStep.isEmpty());
    QVERIFY(!before.ysellFieldsPresent());
    QCOMPARE(before.missingFields.size(), 3);
    // Everything else is fine: only the fields are missing.
    for (const SetupItem &i : before.items)
        QVERIFY2(i.ok || i.check == SetupItem::Check::CustomFields, qPrintable(dump(before)));

    const auto created = createFields(m_bare, m_bare.odooLogin(), before.missingFields);
    QVERIFY2(created.ok(), qPrintable(whyNot(created)));
    QCOMPARE(created.value(), (QStringList{u"product.product/x_ysell_product_id"_s, u"sale.order/x_ysell_order_id"_s,
                                           u"sale.order/x_ysell_state"_s}));

    const ysb::SetupReport after = runCheck(m_bare, m_bare.odooLogin(), m_bare.odooPassword());
    QVERIFY2(after.allOk(), qPrintable(dump(after)));
    QVERIFY(after.ysellFieldsPresent());

    // The new fields are usable at once.
    auto c = client(m_bare, m_bare.odooLogin(), m_bare.odooPassword());
    const auto read = ysb::test::await(
        c->call(u"sale.order"_s, u"search_read"_s, QJsonArray{QJsonArray{}},
                QJsonObject{{u"fields"_s, QJsonArray{u"x_ysell_order_id"_s, u"x_ysell_state"_s}}, {u"limit"_s, 1}}));
    QVERIFY2(read.ok(), qPrintable(whyNot(read)));
}

void TestSetupCheck::clerkChecksWithoutTheFieldList()
{
    // The clerk (Sales All Documents + Inventory User) may not read ir.model.fields; the check still
    // finds the fields (fields_get) and passes.
    const ysb::SetupReport report = runCheck(m_demo, u"clerk"_s, m_demo.odooPassword());
    QVERIFY2(report.allOk(), qPrintable(dump(report)));
    QVERIFY(report.ysellFieldsPresent());
    const SetupItem *rights = report.item(SetupItem::Check::Rights);
    QVERIFY(rights && rights->ok && !rights->warning);
}

void TestSetupCheck::rightsInPlainWords_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("nextStep");
    QTest::newRow("all documents + inventory") << u"clerk"_s << true << false
                                               << u"may read and update sales orders and create deliveries"_s << QString();
    QTest::newRow("own documents only") << u"clerk_own"_s << true << true << u"Sales “User: Own Documents Only”"_s
                                        << u"give the user clerk_own the rights Sales “User: All Documents”"_s;
    QTest::newRow("no inventory rights") << u"sales"_s << false << false
                                         << u"may not create deliveries, confirm and cancel deliveries"_s
                                         << u"give the user sales the rights Inventory “User”"_s;
}

void TestSetupCheck::rightsInPlainWords()
{
    QFETCH(QString, login);
    QFETCH(bool, ok);
    QFETCH(bool, warning);
    QFETCH(QString, message);
    QFETCH(QString, nextStep);
    const ysb::SetupReport report = runCheck(m_demo, login, m_demo.odooPassword());
    const SetupItem *rights = report.item(SetupItem::Check::Rights);
    QVERIFY(rights);
    QCOMPARE(rights->ok, ok);
    QCOMPARE(rights->warning, warning);
    QVERIFY2(rights->message.contains(message), qPrintable(rights->message));
    if (nextStep.isEmpty())
        QVERIFY(rights->nextStep.isEmpty());
    else
        QVERIFY2(rights->nextStep.contains(nextStep), qPrintable(rights->nextStep));
    QCOMPARE(report.allOk(), ok);
}

void TestSetupCheck::clerkMayNotCreateFields()
{
    QList<ysb::OdooQueries::CustomField> fields{
        {u"sale.order"_s, u"x_ysell_clerk_probe"_s, u"Probe"_s, false}};
    const auto r = createFields(m_bare, u"clerk"_s, fields);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ysb::ErrorKind::AccessRights);
    QVERIFY2(r.error().message.contains(u"administrator"_s), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestSetupCheck)
#include "tst_setupcheck.moc"
