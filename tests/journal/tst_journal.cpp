#include <QTimeZone>

#include "FakeClock.h"
#include "OrderFixture.h"
#include "RawSql.h"
#include "journal/Journal.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::fullRecord;
using ysb::test::rawExec;
using ysb::test::utc;

namespace {

// The mode bits as `ls -l` shows them.
int unixMode(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

std::unique_ptr<Journal> openOrFail(const QString &path, Clock *clock, Journal::OpenMode mode = Journal::OpenMode::Exclusive)
{
    auto r = Journal::open(path, clock, mode);
    if (!r.ok()) {
        qWarning().noquote() << "open failed:" << r.error().message << r.error().detail;
        return nullptr;
    }
    return std::move(r).value();
}

// The layout the first release wrote (schema 1), created by hand as an old file would be.
const char *const kSchemaV1[] = {
    R"(CREATE TABLE orders (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, odoo_id INTEGER NOT NULL DEFAULT 0,
        customer TEXT NOT NULL DEFAULT '', confirmed_at INTEGER, ysell_id TEXT NOT NULL DEFAULT '',
        ysell_status_code TEXT NOT NULL DEFAULT '', ysell_status_name TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'new', last_error TEXT NOT NULL DEFAULT '', last_error_kind TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER, picking_id INTEGER NOT NULL DEFAULT 0,
        picking_name TEXT NOT NULL DEFAULT '', serials TEXT NOT NULL DEFAULT '', sent_at INTEGER, done_at INTEGER,
        updated_at INTEGER NOT NULL))",
    "CREATE INDEX orders_state_confirmed ON orders(state, confirmed_at)",
    "CREATE INDEX orders_confirmed ON orders(confirmed_at)",
    "CREATE INDEX orders_ysell_id ON orders(ysell_id)",
    R"(CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, order_ref TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL, message TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX events_order ON events(order_ref, id)",
    R"(CREATE TABLE exchanges (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, system TEXT NOT NULL DEFAULT '',
        route TEXT NOT NULL DEFAULT '', method TEXT NOT NULL DEFAULT '', path TEXT NOT NULL DEFAULT '',
        http_status INTEGER NOT NULL DEFAULT 0, duration_ms INTEGER NOT NULL DEFAULT 0,
        correlation_id TEXT NOT NULL DEFAULT '', order_ref TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '',
        request_headers TEXT NOT NULL DEFAULT '', request_body TEXT NOT NULL DEFAULT '',
        response_body TEXT NOT NULL DEFAULT '', truncated INTEGER NOT NULL DEFAULT 0,
        error_detail TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX exchanges_order ON exchanges(order_ref, id)",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
};

QVariant rawValue(const QString &path, const QString &sql)
{
    const QString name = u"raw-"_s + QString::number(QRandomGenerator::global()->generate64());
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

// Child mode: hold the journal like a running engine that is about to be killed.
int holdJournal(const QString &path)
{
    auto r = Journal::open(path, Clock::system());
    if (!r.ok()) {
        std::fprintf(stdout, "error %s\n", qPrintable(r.error().message));
        return 1;
    }
    OrderRecord o;
    o.name = u"S-CHILD"_s;
    o.state = OrderState::Sending; // the intent written before a send, which must survive kill -9
    if (!r.value()->upsertOrder(o).ok())
        return 2;
    std::fprintf(stdout, "ready\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

class TestJournal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stateNames();
    void defaultPath();
    void createsPrivateFilesAndFolders();
    void tightensExistingFileModes();
    void pragmas();
    void orderRoundTrip_data();
    void orderRoundTrip();
    void minimalOrder();
    void upsertReplaces();
    void upsertOrdersIsOneTransaction();
    void filtersCountsAndPaging();
    void sorting_data();
    void sorting();
    void search_data();
    void search();
    void pagesUseIndexes_data();
    void pagesUseIndexes();
    void events();
    void exchanges();
    void exchangeBatches();
    void serials();
    void meta();
    void migratesFromSchema1();
    void migratesFromSchema4();
    void migratesFromSchema7();
    void migratesFromSchema8();
    void migratesFromSchema9();
    void migratesFromSchema10();
    void sameNamedOrdersAreKeptApart();
    void renameInOdooRenamesTheRow();
    void recordWithoutIdFindsItsRowByName();
    void refusesNewerSchema();
    void refusesGarbageFile();
    void secondExclusiveOpenIsBusy();
    void lockOfKilledProcessIsTakenOver();
    void sharedOpenReadsWithoutLock();
    void integrityAfterWork();
    void exportIsRedacted();
    void failedReadsAreErrorsNotEmpty();
    void updateReadsAndWritesOneOrder();
    void filterAlternatives_data();
    void filterAlternatives();

private:
    QString freshPath();
    void addOrders(Journal &j);

    std::unique_ptr<QTemporaryDir> m_dir;
    test::FakeClock m_clock;
    QList<OrderRecord> m_orders; // what addOrders() wrote, for expected results
};

QString TestJournal::freshPath()
{
    return m_dir->filePath(u"journal.sqlite"_s);
}

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.set(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    m_orders.clear();
}

void TestJournal::stateNames()
{
    const QStringList expected = {u"new"_s,  u"needs_attention"_s, u"sending"_s, u"sent"_s,
                                  u"done"_s, u"picking_created"_s, u"closed"_s};
    const QList<OrderState> states = allOrderStates();
    QCOMPARE(states.size(), expected.size());
    for (int i = 0; i < states.size(); ++i) {
        QCOMPARE(orderStateName(states[i]), expected[i]);
        QCOMPARE(orderStateFromName(expected[i]), std::optional<OrderState>(states[i]));
        QVERIFY(!orderStateLabel(states[i]).isEmpty());
    }
    QCOMPARE(orderStateFromName(u"Sent"_s), std::nullopt);
    QCOMPARE(orderStateFromName(QString()), std::nullopt);
}

void TestJournal::defaultPath()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString p = Journal::defaultPath();
    QVERIFY(p.endsWith(u"/journal.sqlite"_s));
    QVERIFY(p.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QStandardPaths::setTestModeEnabled(false);
}

void TestJournal::createsPrivateFilesAndFolders()
{
    const QString path = m_dir->filePath(u"a/b/journal.sqlite"_s);
    auto j = openOrFail(path, &m_clock);
    QVERIFY(j);
    QCOMPARE(j->path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(j->upsertOrder(fullRecord(u"S1"_s)).ok()); // makes sure -wal and -shm exist
    QCOMPARE(unixMode(m_dir->filePath(u"a"_s)), 0700);
    QCOMPARE(unixMode(m_dir->filePath(u"a/b"_s)), 0700);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s}) {
        QVERIFY2(QFileInfo::exists(path + suffix), qPrintable(suffix));
        QCOMPARE(unixMode(path + suffix), 0600);
    }
}

void TestJournal::tightensExistingFileModes()
{
    const QString path = freshPath();
    {
        auto j = openOrFail(path, &m_clock);
        QVERIFY(j);
    }
    // As an older version or a careless copy may have left it.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QCOMPARE(unixMode(path), 0644);
    auto j = openOrFail(path, &m_clock);
    QVERIFY(j);
    QVERIFY(j->upsertOrder(fullRecord(u"S1"_s)).ok());
    QCOMPARE(unixMode(path), 0600);
    QCOMPARE(unixMode(path + u"-wal"_s), 0600);
}

void TestJournal::pragmas()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    QCOMPARE(j->pragma(u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(j->pragma(u"synchronous"_s).toInt(), 1); // NORMAL (WAL): durable against kill -9
    QCOMPARE(j->pragma(u"foreign_keys"_s).toInt(), 1);
    QVERIFY(j->pragma(u"busy_timeout"_s).toInt() >= 1000);
    QCOMPARE(j->pragma(u"user_version"_s).toInt(), Journal::kSchemaVersion);
    QCOMPARE(j->schemaVersion(), Journal::kSchemaVersion);
    QVERIFY(!j->pragma(u"user_version = 0; --"_s).isValid()); // not a way to run SQL
}

void TestJournal::orderRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << u"S00042"_s;
    QTest::newRow("Cyrillic") << u"Заказ №42 «Иванов»"_s;
    QTest::newRow("quotes") << u"O'Brien \"quoted\" `back`"_s;
    QTest::newRow("SQL injection") << u"x'); DROP TABLE orders; --"_s;
    QTest::newRow("LIKE metacharacters") << u"100%_off\\"_s;
    QTest::newRow("control chars") << u"tab\there\nnewline\x01\x1f"_s;
    QTest::newRow("emoji") << u"S-😀-42"_s;
    QTest::newRow("NUL inside") << QString(u"a\0b"_s);
}

void TestJournal::orderRoundTrip()
{
    QFETCH(QString, name);
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    QSignalSpy changed(j.get(), &Journal::orderChanged);
    OrderRecord o = fullRecord(name);
    o.customer += name; // the same awkward text in a second column
    QVERIFY(j->upsertOrder(o).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), name);

    const std::optional<OrderRecord> back = j->order(name).value();
    QVERIFY(back.has_value());
    QCOMPARE(back->updatedAt, m_clock.nowUtc());
    o.updatedAt = back->updatedAt;
    QCOMPARE(back->name, o.name);
    QCOMPARE(back->customer, o.customer);
    QCOMPARE(back->lastError.toStored(), o.lastError.toStored());
    QVERIFY(*back == o);
    QCOMPARE(back->confirmedAt.timeSpec(), Qt::UTC);
    QVERIFY(!j->order(name + u"x"_s).value().has_value());

    // The table is still there (the name was data, not SQL) and holds exactly one row.
    QCOMPARE(j->countOrders().value(), 1);
    QCOMPARE(j->orders().value().size(), 1);
    QCOMPARE(j->orders().value().first().name, name);
}

void TestJournal::minimalOrder()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    OrderRecord o; // every string null, every time invalid
    o.name = u"S1"_s;
    QVERIFY(j->upsertOrder(o).ok());
    const auto back = j->order(u"S1"_s).value();
    QVERIFY(back);
    QCOMPARE(back->state, OrderState::New);
    QVERIFY(!back->confirmedAt.isValid());
    QVERIFY(!back->nextAttemptAt.isValid());
    QVERIFY(back->customer.isEmpty());

    OrderRecord nameless;
    const Status s = j->upsertOrder(nameless);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::Storage);
    QVERIFY(!s.error().message.isEmpty());
}

void TestJournal::upsertReplaces()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    OrderRecord o = fullRecord(u"S7"_s);
    o.state = OrderState::New;
    QVERIFY(j->upsertOrder(o).ok());
    const QDateTime first = j->order(u"S7"_s).value()->updatedAt;
    m_clock.advanceSecs(90);
    o.state = OrderState::Sending;
    o.attempts = 1;
    o.customer = u"Петров"_s;
    QVERIFY(j->upsertOrder(o).ok());
    const auto back = j->order(u"S7"_s).value();
    QCOMPARE(back->state, OrderState::Sending);
    QCOMPARE(back->attempts, 1);
    QCOMPARE(back->customer, u"Петров"_s);
    QCOMPARE(back->updatedAt, first.addSecs(90));
    QCOMPARE(j->countOrders().value(), 1);
    // The search index follows the update.
    OrderFilter f;
    f.search = u"петров"_s;
    QCOMPARE(j->countOrders(f).value(), 1);
    f.search = u"Иванов"_s;
    QCOMPARE(j->countOrders(f).value(), 0);
    // A rewrite that changes no searched column keeps the order findable.
    o.state = OrderState::Sent;
    QVERIFY(j->upsertOrder(o).ok());
    f.search = u"петров"_s;
    QCOMPARE(j->orders(f).value().value(0).state, OrderState::Sent);
    QVERIFY(j->checkIntegrity().ok());
}

void TestJournal::upsertOrdersIsOneTransaction()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    QSignalSpy changed(j.get(), &Journal::orderChanged);
    QList<OrderRecord> batch = {fullRecord(u"S1"_s), OrderRecord{}, fullRecord(u"S3"_s)};
    const Status bad = j->upsertOrders(batch);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, ErrorKind::Storage);
    QCOMPARE(j->countOrders().value(), 0); // nothing of the failed batch remains
    QCOMPARE(changed.count(), 0);

    batch[1].name = u"S2"_s;
    QVERIFY(j->upsertOrders(batch).ok());
    QCOMPARE(j->countOrders().value(), 3);
    QCOMPARE(changed.count(), 3);
    QVERIFY(j->upsertOrders({}).ok());
}

void TestJournal::addOrders(Journal &j)
{
    const QList<OrderState> states = allOrderStates();
    const QStringList customers = {u"Иванов Иван"_s, u"Petrov & Sons"_s, u"O'Neil GmbH"_s, u"ООО «Вектор»"_s,
                                   u"100% Cotton Ltd"_s, u"Smile 😀5 Shop"_s};
    for (int i = 0; i < 60; ++i) {
        OrderRecord o;
        o.name = u"S%1"_s.arg(i + 1, 5, 10, QChar(u'0'));
        o.odooId = i + 1;
        o.customer = customers[i % customers.size()];
        // Several orders share a confirmation time, so paging needs a stable tie-breaker.
        o.confirmedAt = utc(1 + i / 3, 8);
        o.state = states[(i * 5) % states.size()];
        o.ysellId = i % 4 == 0 ? QString() : u"YS-%1"_s.arg(1000 + i);
        o.serials = i % 6 == 0 ? u"SN-%1 SN-%2"_s.arg(i).arg(i + 100) : QString();
        o.attempts = i % 9;
        m_orders.append(o);
    }
    QVERIFY(j.upsertOrders(m_orders).ok());
}

void TestJournal::filtersCountsAndPaging()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    addOrders(*j);

    QCOMPARE(j->countOrders().value(), m_orders.size());
    const QHash<OrderState, int> counts = j->countsByState().value();
    QCOMPARE(counts.size(), allOrderStates().size());
    for (OrderState s : allOrderStates()) {
        const auto expected = std::count_if(m_orders.cbegin(), m_orders.cend(), [&](const OrderRecord &o) { return o.state == s; });
        QCOMPARE(counts.value(s, -1), int(expected));
        OrderFilter f;
        f.states = {s};
        QCOMPARE(j->countOrders(f).value(), int(expected));
        const QList<OrderRecord> got = j->orders(f).value();
        QCOMPARE(got.size(), int(expected));
        QVERIFY(std::all_of(got.cbegin(), got.cend(), [&](const OrderRecord &o) { return o.state == s; }));
    }

    OrderFilter two;
    two.states = {OrderState::NeedsAttention, OrderState::Sending};
    const auto expectedTwo = std::count_if(m_orders.cbegin(), m_orders.cend(), [&](const OrderRecord &o) {
        return two.states.contains(o.state);
    });
    QCOMPARE(j->countOrders(two).value(), int(expectedTwo));

    // Default order: newest confirmation first. Pages of 7 put together give the whole list once.
    const QList<OrderRecord> all = j->orders().value();
    QCOMPARE(all.size(), m_orders.size());
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1].confirmedAt >= all[i].confirmedAt);
    QList<OrderRecord> paged;
    for (int offset = 0; offset < all.size() + 7; offset += 7) {
        OrderFilter page;
        page.offset = offset;
        page.limit = 7;
        const QList<OrderRecord> chunk = j->orders(page).value();
        QVERIFY(chunk.size() <= 7);
        paged += chunk;
    }
    QCOMPARE(paged.size(), all.size());
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(paged[i].name, all[i].name);

    OrderFilter offsetOnly;
    offsetOnly.offset = 55;
    QCOMPARE(j->orders(offsetOnly).value().size(), 5);
    OrderFilter none;
    none.limit = 0;
    QVERIFY(j->orders(none).value().isEmpty());
}

void TestJournal::sorting_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("order");
    QTest::newRow("name asc") << u"name"_s << int(Qt::AscendingOrder);
    QTest::newRow("name desc") << u"name"_s << int(Qt::DescendingOrder);
    QTest::newRow("state (lifecycle) asc") << u"state"_s << int(Qt::AscendingOrder);
    QTest::newRow("attempts desc") << u"attempts"_s << int(Qt::DescendingOrder);
    QTest::newRow("camelCase odooId asc") << u"odooId"_s << int(Qt::AscendingOrder);
    QTest::newRow("unknown column falls back") << u"name; DROP TABLE orders"_s << int(Qt::AscendingOrder);
}

void TestJournal::sorting()
{
    QFETCH(QString, column);
    QFETCH(int, order);
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    addOrders(*j);
    OrderFilter f;
    f.sortColumn = column;
    f.sortOrder = Qt::SortOrder(order);
    const QList<OrderRecord> got = j->orders(f).value();
    QCOMPARE(got.size(), m_orders.size());
    auto key = [&](const OrderRecord &o) -> QVariant {
        if (column == u"name")
            return o.name;
        if (column == u"state")
            return int(o.state);
        if (column == u"attempts")
            return o.attempts;
        if (column == u"odooId")
            return o.odooId;
        return o.confirmedAt.toMSecsSinceEpoch();
    };
    for (int i = 1; i < got.size(); ++i) {
        const QPartialOrdering c = QVariant::compare(key(got[i - 1]), key(got[i]));
        if (order == Qt::AscendingOrder)
            QVERIFY(c == QPartialOrdering::Less || c == QPartialOrdering::Equivalent);
        else
            QVERIFY(c == QPartialOrdering::Greater || c == QPartialOrdering::Equivalent);
    }
    QCOMPARE(j->countOrders().value(), m_orders.size()); // the "column" was never SQL
}

void TestJournal::search_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("name prefix") << u"S0001"_s;
    QTest::newRow("name exact") << u"S00042"_s;
    QTest::newRow("Cyrillic, other case") << u"иванов"_s;
    QTest::newRow("Cyrillic with guillemets") << u"«Вектор»"_s;
    QTest::newRow("ysell id") << u"YS-1017"_s;
    QTest::newRow("serial") << u"SN-106"_s;
    QTest::newRow("serial lower case") << u"sn-12"_s;
    QTest::newRow("apostrophe") << u"O'Neil"_s;
    QTest::newRow("percent") << u"100%"_s;
    QTest::newRow("lone percent (short)") << u"%"_s;
    QTest::newRow("underscore (short)") << u"_"_s;
    QTest::newRow("double quote") << u"\""_s;
    QTest::newRow("two words") << u"petrov S0000"_s;
    QTest::newRow("short ASCII") << u"42"_s;
    QTest::newRow("nothing") << u"zzzz-nothing"_s;
    QTest::newRow("emoji and one letter") << u"😀5"_s;
    QTest::newRow("FTS syntax is literal") << u"S0001 OR NEAR(x) *"_s;
}

void TestJournal::search()
{
    QFETCH(QString, search);
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    addOrders(*j);
    // Expected: every word found, case-insensitively, in one of the searched columns.
    const QStringList words = search.split(u' ', Qt::SkipEmptyParts);
    QStringList expected;
    for (const OrderRecord &o : std::as_const(m_orders)) {
        const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return o.name.contains(w, Qt::CaseInsensitive) || o.customer.contains(w, Qt::CaseInsensitive)
                || o.ysellId.contains(w, Qt::CaseInsensitive) || o.serials.contains(w, Qt::CaseInsensitive);
        });
        if (all)
            expected << o.name;
    }
    OrderFilter f;
    f.search = search;
    f.sortColumn = u"name"_s;
    f.sortOrder = Qt::AscendingOrder;
    QStringList got;
    for (const QList<OrderRecord> rows = j->orders(f).value(); const OrderRecord &o : rows)
        got << o.name;
    expected.sort();
    QCOMPARE(got, expected);
    QCOMPARE(j->countOrders(f).value(), expected.size());

    // Combined with a state filter.
    f.states = {OrderState::New};
    const int withState = int(std::count_if(m_orders.cbegin(), m_orders.cend(), [&](const OrderRecord &o) {
        return o.state == OrderState::New && expected.contains(o.name);
    }));
    QCOMPARE(j->countOrders(f).value(), withState);
}

void TestJournal::pagesUseIndexes_data()
{
    QTest::addColumn<QList<OrderState>>("states");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("sortColumn");
    QTest::addColumn<QString>("mustUse");
    QTest::newRow("newest first") << QList<OrderState>{} << QString() << u"confirmed_at"_s << u"orders_confirmed"_s;
    QTest::newRow("one state, newest first") << QList<OrderState>{OrderState::NeedsAttention} << QString()
                                             << u"confirmed_at"_s << u"orders_state_confirmed"_s;
    QTest::newRow("by name") << QList<OrderState>{} << QString() << u"name"_s << u"orders_name"_s;
    QTest::newRow("search") << QList<OrderState>{} << u"Иванов"_s << u"confirmed_at"_s << u"VIRTUAL TABLE INDEX"_s;
}

void TestJournal::pagesUseIndexes()
{
    QFETCH(QList<OrderState>, states);
    QFETCH(QString, search);
    QFETCH(QString, sortColumn);
    QFETCH(QString, mustUse);
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    addOrders(*j);
    OrderFilter page;
    page.states = states;
    page.search = search;
    page.sortColumn = sortColumn;
    page.offset = 200;
    page.limit = 100;
    // A page of 100,000 orders must come from an index, not from sorting the whole table.
    const Result<QStringList> planned = j->queryPlan(page);
    QVERIFY2(planned.ok(), qPrintable(planned.ok() ? QString() : planned.error().message));
    const QStringList steps = planned.value();
    const QString plan = steps.join(u" | "_s);
    QVERIFY2(plan.contains(mustUse), qPrintable(plan));
    QVERIFY2(!steps.contains(u"SCAN orders"_s), qPrintable(plan)); // a full table scan
    if (search.isEmpty())
        QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan)); // sorting every row
}

void TestJournal::events()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    QSignalSpy added(j.get(), &Journal::eventAdded);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(j->addEvent(u"S1"_s, u"retry_scheduled"_s, Text::data(u"попытка %1 ; '--"_s.arg(i))).ok());
        m_clock.advanceSecs(60);
    }
    QVERIFY(j->addEvent(u"S2"_s, u"sent"_s, Text::data(u"sent to Ysell"_s)).ok());
    QVERIFY(j->addEvent(QString(), u"sweep_finished"_s, Text::data(u"3 orders"_s)).ok());
    QCOMPARE(added.count(), 7);
    QCOMPARE(added.at(5).at(0).toString(), u"S2"_s);

    const QList<EventRecord> s1 = j->events(u"S1"_s).value();
    QCOMPARE(s1.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(s1[i].orderRef, u"S1"_s);
        QCOMPARE(s1[i].kind, u"retry_scheduled"_s);
        QCOMPARE(s1[i].message.render(), u"попытка %1 ; '--"_s.arg(i));
        QCOMPARE(s1[i].atUtc, QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC).addSecs(60 * i));
        if (i > 0)
            QVERIFY(s1[i].id > s1[i - 1].id);
    }
    const QList<EventRecord> latest = j->events(u"S1"_s, 2).value(); // the newest two, oldest first
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest[0].message.render(), s1[3].message.render());
    QCOMPARE(latest[1].message.render(), s1[4].message.render());
    QCOMPARE(j->events(QString()).value().size(), 7);
    QVERIFY(j->events(u"nope"_s).value().isEmpty());
}

void TestJournal::exchanges()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    QSignalSpy recorded(j.get(), &Journal::exchangeRecorded);
    Exchange e;
    e.startedUtc = utc(28, 9, 15);
    e.system = u"ysell"_s;
    e.route = u"create_order"_s;
    e.method = u"POST"_s;
    e.url = u"https://719.eu6.ysell.pro/api/orders/create?lang=ru"_s;
    e.httpStatus = 201;
    e.durationMs = 321;
    e.correlationId = u"corr-1"_s;
    e.orderRef = u"S00042"_s;
    e.outcome = u"ok"_s;
    e.requestHeaders = {{"Content-Type", "application/json"}};
    e.requestBody = R"({"order_num":"S00042","comment":"Звонить дважды"})";
    e.responseBody = R"({"id":98765})";
    j->recordExchange(e);
    Exchange failed = e;
    failed.orderRef = u"S00043"_s;
    failed.httpStatus = 0;
    failed.outcome = u"timeout"_s;
    failed.responseBody.clear();
    failed.errorDetail = u"no answer within 30 s"_s;
    failed.responseBody = QByteArray(100 * 1024, 'x');
    j->recordExchange(failed);

    QCOMPARE(recorded.count(), 0); // batched: stored when read back, written with an order, or soon after
    const QList<ExchangeRecord> mine = j->exchanges(u"S00042"_s).value();
    QCOMPARE(recorded.count(), 2);
    QCOMPARE(mine.size(), 1);
    const ExchangeRecord &r = mine.first();
    QCOMPARE(r.id, recorded.at(0).at(0).toLongLong());
    QCOMPARE(recorded.at(0).at(1).toString(), u"S00042"_s);
    QCOMPARE(r.atUtc, e.startedUtc);
    QCOMPARE(r.system, u"ysell"_s);
    QCOMPARE(r.route, u"create_order"_s);
    QCOMPARE(r.method, u"POST"_s);
    QCOMPARE(r.path, u"/api/orders/create?lang=ru"_s);
    QCOMPARE(r.httpStatus, 201);
    QCOMPARE(r.durationMs, 321);
    QCOMPARE(r.correlationId, u"corr-1"_s);
    QCOMPARE(r.outcome, u"ok"_s);
    QCOMPARE(r.requestHeaders, u"Content-Type: application/json\n"_s);
    QCOMPARE(r.requestBody, QString::fromUtf8(e.requestBody));
    QCOMPARE(r.responseBody, u"{\"id\":98765}"_s);
    QVERIFY(!r.truncated);

    const QList<ExchangeRecord> all = j->exchanges().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[1].errorDetail, u"no answer within 30 s"_s);
    QVERIFY(all[1].truncated);
    QCOMPARE(all[1].responseBody.size(), 64 * 1024);
    QCOMPARE(j->exchanges(QString(), 1).value().size(), 1);
    QCOMPARE(j->exchanges(QString(), 1).value().first().orderRef, u"S00043"_s);
}

// Exchanges are stored in batches, but never later than the order state they led to, never lost
// when the journal closes, and at the latest kExchangeFlushMs after they happened.
void TestJournal::exchangeBatches()
{
    const QString path = freshPath();
    auto j = openOrFail(path, &m_clock);
    QVERIFY(j);
    auto viewer = openOrFail(path, &m_clock, Journal::OpenMode::Shared);
    QVERIFY(viewer);
    QSignalSpy recorded(j.get(), &Journal::exchangeRecorded);
    Exchange e;
    e.system = u"ysell"_s;
    e.route = u"create_order"_s;
    e.orderRef = u"S1"_s;
    j->recordExchange(e);
    QCOMPARE(viewer->exchanges(u"S1"_s).value().size(), 0);
    // The order's new state and the exchange arrive together.
    OrderRecord o;
    o.name = u"S1"_s;
    o.state = OrderState::Sent;
    QVERIFY(j->upsertOrder(o).ok());
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(viewer->exchanges(u"S1"_s).value().size(), 1);
    QCOMPARE(viewer->order(u"S1"_s).value()->state, OrderState::Sent);
    // Events and settings take pending exchanges along too.
    e.orderRef = u"S2"_s;
    j->recordExchange(e);
    QVERIFY(j->addEvent(u"S2"_s, u"sent"_s, Text::data(u"ok"_s)).ok());
    QCOMPARE(viewer->exchanges(u"S2"_s).value().size(), 1);
    e.orderRef = u"S3"_s;
    j->recordExchange(e);
    QVERIFY(j->setMeta(u"k"_s, u"v"_s).ok());
    QCOMPARE(viewer->exchanges(u"S3"_s).value().size(), 1);
    // Alone, an exchange is stored by the event loop shortly after.
    e.orderRef = u"S4"_s;
    j->recordExchange(e);
    QCOMPARE(viewer->exchanges(u"S4"_s).value().size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 4, 5000);
    QCOMPARE(viewer->exchanges(u"S4"_s).value().size(), 1);
    // A full batch is written at once, without waiting for the event loop.
    for (int i = 0; i < Journal::kMaxPendingExchanges; ++i) {
        e.orderRef = u"B%1"_s.arg(i);
        j->recordExchange(e);
    }
    QCOMPARE(recorded.count(), 4 + Journal::kMaxPendingExchanges);
    // What is pending when the journal closes is stored, not lost.
    e.orderRef = u"S5"_s;
    j->recordExchange(e);
    j.reset();
    QCOMPARE(viewer->exchanges(u"S5"_s).value().size(), 1);
    QCOMPARE(viewer->exchanges(QString(), -1).value().size(), 5 + Journal::kMaxPendingExchanges);
}

void TestJournal::serials()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    // Serials belong to an order the journal knows.
    QVERIFY(!j->setSerials(u"S1"_s, 10, {u"A"_s}).ok());
    QVERIFY(j->upsertOrders({fullRecord(u"S1"_s), fullRecord(u"S2"_s)}).ok());
    QSignalSpy changed(j.get(), &Journal::orderChanged);
    const QStringList line10 = {u"SN 1"_s, u"SN,2"_s, u"Ш-3'\""_s};
    QVERIFY(j->setSerials(u"S1"_s, 10, line10).ok());
    QVERIFY(j->setSerials(u"S1"_s, 11, {u"X"_s}).ok());
    QVERIFY(j->setSerials(u"S2"_s, 10, {u"Other"_s}).ok());
    QCOMPARE(changed.count(), 3);
    QHash<qint64, QStringList> got = j->serials(u"S1"_s).value();
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.value(10), line10);
    QCOMPARE(got.value(11), QStringList{u"X"_s});
    QVERIFY(j->setSerials(u"S1"_s, 11, {u"Y"_s, u"Z"_s}).ok());
    QCOMPARE(j->serials(u"S1"_s).value().value(11), (QStringList{u"Y"_s, u"Z"_s}));
    QVERIFY(j->setSerials(u"S1"_s, 10, {}).ok());
    got = j->serials(u"S1"_s).value();
    QCOMPARE(got.size(), 1);
    QVERIFY(!got.contains(10));
    QCOMPARE(j->serials(u"S2"_s).value().value(10), QStringList{u"Other"_s});
    QVERIFY(j->serials(u"S3"_s).value().isEmpty());
}

void TestJournal::meta()
{
    const QString path = freshPath();
    {
        auto j = openOrFail(path, &m_clock);
        QVERIFY(j);
        QVERIFY(j->meta(u"odoo_cursor"_s).value().isEmpty());
        QVERIFY(j->setMeta(u"odoo_cursor"_s, u"2026-11-28 09:00:00"_s).ok());
        QVERIFY(j->setMeta(u"odoo_cursor"_s, u"2026-11-28 10:00:00"_s).ok());
        QVERIFY(j->setMeta(u"ключ'"_s, u"значение\n"_s).ok());
    }
    auto j = openOrFail(path, &m_clock); // persisted across a reopen
    QVERIFY(j);
    QCOMPARE(j->meta(u"odoo_cursor"_s).value(), u"2026-11-28 10:00:00"_s);
    QCOMPARE(j->meta(u"ключ'"_s).value(), u"значение\n"_s);
}

void TestJournal::migratesFromSchema1()
{
    const QString path = freshPath();
    QStringList statements;
    for (const char *s : kSchemaV1)
        statements << QString::fromUtf8(s);
    statements << u"INSERT INTO orders (name, customer, state, ysell_id, serials, confirmed_at, updated_at) "
                  "VALUES ('S-OLD', 'Сидоров Old', 'sent', 'YS-OLD-1', 'SN-OLD-9', 1764320400000, 1764320400000)"_s
               << u"INSERT INTO events (at, order_ref, kind, message) VALUES (1764320400000, 'S-OLD', 'sent', 'old event')"_s
               << u"INSERT INTO meta (key, value) VALUES ('odoo_cursor', 'old-cursor')"_s
               << u"PRAGMA user_version = 1"_s;
    QVERIFY(rawExec(path, statements));

    auto j = openOrFail(path, &m_clock);
    QVERIFY(j);
    QCOMPARE(j->schemaVersion(), Journal::kSchemaVersion);
    const auto old = j->order(u"S-OLD"_s).value();
    QVERIFY(old);
    QCOMPARE(old->state, OrderState::Sent);
    QCOMPARE(old->customer, u"Сидоров Old"_s);
    QCOMPARE(old->confirmedAt, QDateTime::fromMSecsSinceEpoch(1764320400000, Qt::UTC));
    QVERIFY(old->warning.isEmpty()); // column added by the upgrade
    QCOMPARE(j->events(u"S-OLD"_s).value().size(), 1);
    QCOMPARE(j->meta(u"odoo_cursor"_s).value(), u"old-cursor"_s);

    // The rows written before the upgrade are searchable through the new index.
    OrderFilter f;
    f.search = u"сидоров"_s;
    QCOMPARE(j->countOrders(f).value(), 1);
    f.search = u"SN-OLD"_s;
    QCOMPARE(j->countOrders(f).value(), 1);

    // New columns and tables work.
    OrderRecord o = *old;
    o.warning = Text::data(u"migrated"_s);
    o.payloadHash = u"h"_s;
    QVERIFY(j->upsertOrder(o).ok());
    QCOMPARE(j->order(u"S-OLD"_s).value()->warning.render(), u"migrated"_s);
    QVERIFY(j->setSerials(u"S-OLD"_s, 1, {u"A"_s}).ok());
    QVERIFY(j->checkIntegrity().ok());
}

// The layout of schema 4 (before orders were known by their Odoo id), built from schema 1 and its
// released steps as an old file would be.
void TestJournal::migratesFromSchema4()
{
    const QString path = freshPath();
    QStringList statements;
    for (const char *s : kSchemaV1)
        statements << QString::fromUtf8(s);
    statements << u"ALTER TABLE orders ADD COLUMN warning TEXT NOT NULL DEFAULT ''"_s
               << u"ALTER TABLE orders ADD COLUMN payload_hash TEXT NOT NULL DEFAULT ''"_s
               << u"ALTER TABLE orders ADD COLUMN last_checked_at INTEGER"_s
               << u"CREATE INDEX orders_updated ON orders(updated_at)"_s
               << u"CREATE TABLE line_serials (order_ref TEXT NOT NULL, line_id INTEGER NOT NULL, serials TEXT NOT "
                  "NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (order_ref, line_id)) WITHOUT ROWID"_s
               << u"CREATE VIRTUAL TABLE orders_fts USING fts5(name, customer, ysell_id, serials, content='orders', "
                  "content_rowid='id', tokenize='trigram')"_s
               << u"CREATE TRIGGER orders_fts_insert AFTER INSERT ON orders BEGIN INSERT INTO orders_fts(rowid, name, "
                  "customer, ysell_id, serials) VALUES (new.id, new.name, new.customer, new.ysell_id, new.serials); END"_s
               << u"ALTER TABLE orders ADD COLUMN items TEXT NOT NULL DEFAULT ''"_s
               << u"INSERT INTO orders (name, odoo_id, customer, state, ysell_id, items, updated_at) VALUES ('S00042', 42, "
                  "'Сидорова', 'sent', 'YS-42', '[1]', 1764320400000)"_s
               // A renamed order that an old version registered twice (same Odoo id, two names).
               << u"INSERT INTO orders (name, odoo_id, state, updated_at) VALUES ('S00043', 43, 'sent', 1764320400000)"_s
               << u"INSERT INTO orders (name, odoo_id, state, updated_at) VALUES ('S00043-B', 43, 'new', 1764320500000)"_s
               << u"INSERT INTO orders (name, state, updated_at) VALUES ('S-NOID', 'new', 1764320400000)"_s
               // History kept by name: one order's own, and one that two orders of one name shared.
               << u"INSERT INTO events (at, order_ref, kind, message) VALUES (1764320400000, 'S00042', 'sent', 'own event')"_s
               << u"INSERT INTO exchanges (at, system, order_ref) VALUES (1764320400000, 'ysell', 'S00042')"_s
               << u"INSERT INTO line_serials VALUES ('S00042', 7, '[\"SN-OLD\"]', 1764320400000)"_s
               << u"PRAGMA user_version = 4"_s;
    QVERIFY(rawExec(path, statements));

    auto j = openOrFail(path, &m_clock);
    QVERIFY(j);
    QCOMPARE(j->schemaVersion(), Journal::kSchemaVersion);
    QCOMPARE(j->countOrders().value(), 4);
    // History kept by name is linked to its order (schema 8), and still shown after a rename.
    QCOMPARE(j->events(OrderKey(u"S00042"_s, 42)).value().size(), 1);
    QCOMPARE(j->exchanges(OrderKey(u"S00042"_s, 42)).value().size(), 1);
    QCOMPARE(j->serials(OrderKey(u"S00042"_s, 42)).value().value(7), QStringList{u"SN-OLD"_s});
    // The old rows keep their Odoo id and are found by it, in whatever database is configured now.
    const auto old = j->orderById(u"odoo-prod"_s, 42).value();
    QVERIFY(old);
    QCOMPARE(old->name, u"S00042"_s);
    QCOMPARE(old->state, OrderState::Sent);
    QCOMPARE(old->items, u"[1]"_s);
    QVERIFY(old->odooDb.isEmpty());
    QCOMPARE(old->ysellNumber, u"S00042"_s); // sent under its name before schema 7
    QCOMPARE(j->orderById(u"odoo-prod"_s, 43).value()->name, u"S00043-B"_s); // the row updated last
    // Searchable through the rebuilt index, before and after a write.
    OrderFilter f;
    f.search = u"сидорова"_s;
    QCOMPARE(j->countOrders(f).value(), 1);
    OrderRecord o = *old;
    o.odooDb = u"odoo-prod"_s;
    o.customer = u"Петрова"_s;
    o.name = u"S00042-R"_s; // renamed in Odoo: its history follows
    QVERIFY(j->upsertOrder(o).ok());
    QCOMPARE(j->countOrders().value(), 4);
    QCOMPARE(j->events(OrderKey(u"S00042-R"_s, 42)).value().size(), 1);
    QCOMPARE(j->events(OrderKey(u"S00042-R"_s, 42)).value().first().orderRef, u"S00042-R"_s);
    QCOMPARE(j->serials(OrderKey(u"S00042-R"_s, 42)).value().value(7), QStringList{u"SN-OLD"_s});
    QCOMPARE(j->orderById({}, 42).value()->odooDb, u"odoo-prod"_s);
    QCOMPARE(j->countOrders(f).value(), 0);
    f.search = u"петрова"_s;
    QCOMPARE(j->countOrders(f).value(), 1);
    // A row without an Odoo id gets it from the first write that knows it.
    OrderRecord noId = *j->order(u"S-NOID"_s).value();
    noId.odooId = 44;
    noId.odooDb = u"odoo-prod"_s;
    QVERIFY(j->upsertOrder(noId).ok());
    QCOMPARE(j->orderById(u"odoo-prod"_s, 44).value()->name, u"S-NOID"_s);
    QCOMPARE(j->countOrders().value(), 4);
    QVERIFY(j->checkIntegrity().ok());
}

// A schema 7 file, where two orders of one name shared one log and one set of serials.
void TestJournal::migratesFromSchema7()
{
    const QString path = freshPath();
    {
        auto j = openOrFail(path, &m_clock);
        QVERIFY(j);
        OrderRecord a = fullRecord(u"S-TWIN"_s);
        a.odooId = 50;
        OrderRecord b = fullRecord(u"S-TWIN"_s);
        b.odooId = 51;
        QVERIFY(j->upsertOrders({a, b, fullRecord(u"S-ALONE"_s)}).ok());
    }
    QVERIFY(rawExec(path, {u"DROP INDEX orders_odoo_activity"_s, u"ALTER TABLE orders DROP COLUMN odoo_activity_id"_s, // schema 11
                           u"DROP INDEX orders_stale"_s, u"ALTER TABLE orders DROP COLUMN stale_reason"_s,
                           u"ALTER TABLE orders DROP COLUMN status_changed_at"_s, // schema 10
                           u"ALTER TABLE orders DROP COLUMN other_deliveries"_s, // schema 9
                           u"DROP INDEX events_order_row"_s, u"ALTER TABLE events DROP COLUMN order_row"_s,
                           u"DROP INDEX exchanges_order_row"_s, u"ALTER TABLE exchanges DROP COLUMN order_row"_s,
                           u"DROP TABLE line_serials"_s,
                           u"CREATE TABLE line_serials (order_ref TEXT NOT NULL, line_id INTEGER NOT NULL, serials TEXT "
                           "NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (order_ref, line_id)) WITHOUT ROWID"_s,
                           u"INSERT INTO events (at, order_ref, kind, message) VALUES (1, 'S-TWIN', 'note', 'shared')"_s,
                           u"INSERT INTO events (at, order_ref, kind, message) VALUES (2, 'S-ALONE', 'note', 'alone')"_s,
                           u"INSERT INTO exchanges (at, system, order_ref) VALUES (3, 'ysell', 'S-TWIN-51')"_s,
                           u"UPDATE orders SET ysell_num = 'S-TWIN-51' WHERE odoo_id = 51"_s,
                           u"INSERT INTO line_serials VALUES ('S-TWIN', 7, '[\"SN-SHARED\"]', 4)"_s,
                           u"INSERT INTO line_serials VALUES ('S-ALONE', 7, '[\"SN-ALONE\"]', 4)"_s,
                           u"PRAGMA user_version = 7"_s}));
    auto j = openOrFail(path, &m_clock);
    QVERIFY(j);
    QCOMPARE(j->schemaVersion(), Journal::kSchemaVersion);
    const OrderKey a(u"S-TWIN"_s, 50), b(u"S-TWIN"_s, 51), alone = OrderKey::of(fullRecord(u"S-ALONE"_s));
    QCOMPARE(j->events(alone).value().size(), 1);
    QCOMPARE(j->serials(alone).value().value(7), QStringList{u"SN-ALONE"_s});
    // The twins' shared history cannot be told apart: both still show it; what follows is each one's own.
    QCOMPARE(j->events(a).value().size(), 1);
    QCOMPARE(j->events(b).value().size(), 1);
    QCOMPARE(j->serials(a).value().value(7), QStringList{u"SN-SHARED"_s});
    QCOMPARE(j->exchanges(a).value().size(), 0);
    QCOMPARE(j->exchanges(b).value().size(), 1); // by its own Ysell number
    QVERIFY(j->addEvent(b, u"note"_s, Text::data(u"only 51"_s)).ok());
    QVERIFY(j->setSerials(b, 7, {u"SN-51"_s}).ok());
    QCOMPARE(j->events(a).value().size(), 1);
    QCOMPARE(j->events(b).value().size(), 2);
    QCOMPARE(j->serials(a).value().value(7), QStringList{u"SN-SHARED"_s});
    QCOMPARE(j->serials(b).value().value(7), QStringList{u"SN-51"_s}); // its own entry wins over the shared one
    QVERIFY(j->checkIntegrity().ok());
}

// A schema 8 file, where Odoo's other open delivery was a sentence in the warning: the sentence stays
// (it is shown as it was); the new field starts empty and is kept from then on.
void TestJournal::migratesFromSchema8()
{
    const QString path = freshPath();
    const QString sentence = u"Odoo still has the open delivery WH/OUT/00003 for this order; cancel it in Odoo if "
                             "Ysell shipped everything."_s;
    OrderRecord o = fullRecord(u"S-OLD-WARNING"_s);
    o.warning = Text::data(sentence);
    o.otherDeliveries.clear();
    {
        auto j = openOrFail(path, &m_clock);
        QVERIFY(j);
        QVERIFY(j->upsertOrder(o).ok());
    }
    QVERIFY(rawExec(path, {u"DROP INDEX orders_odoo_activity"_s, u"ALTER TABLE orders DROP COLUMN odoo_activity_id"_s, // schema 11
                           u"DROP INDEX orders_stale"_s, u"ALTER TABLE orders DROP COLUMN stale_reason"_s,
                           u"ALTER TABLE orders DROP COLUMN status_changed_at"_s, // schema 10
                           u"ALTER TABLE orders DROP COLUMN other_deliveries"_s, u"PRAGMA user_version = 8"_s}));
    auto j = openOrFail(path, &m_clock);
    QVERIFY(j);
    QCOMPARE(j->schemaVersion(), Journal::kSchemaVersion);
    OrderRecord back = *j->orderByKey(OrderKey::of(o)).value();
    QCOMPARE(back.warning.render(), sentence);
    QCOMPARE(back.otherDeliveries, QString());
    QCOMPARE(back.state, OrderState::PickingCreated);
    OrderFilter naming; // the sweep's re-check asks for these
    naming.withOtherDeliveries = true;
    QCOMPARE(j->countOrders(naming).value(), 0);
    back.otherDeliveries = u"WH/OUT/00005"_s;
    QVERIFY(j->upsertOrder(back).ok());
    QCOMPARE(j->orderByKey(OrderKey::of(o)).value()->otherDeliveries, u"WH/OUT/00005"_s);
    QCOMPARE(j->countOrders(naming).value(), 1);
    QCOMPARE(j->orders(naming).value().first().otherDeliveries, u"WH/OUT/00005"_s);
    QCOMPARE(j->orderByKey(OrderKey::of(o)).value()->warning.render(), sentence);
    QVERIFY(j->checkIntegrity().ok());
}

// A schema 9 file knows no time of the last Ysell status change: a sent row counts from its sending,
// one never sent from its last check; none is stale until the sweep says so.
void TestJournal::migratesFromSchema9()
{
    const QString path = freshPath();
    {
        auto j = openOrFail(path, &m_clock);
        QVERIFY(j);
        OrderRecord neverSent = fullRecord(u"S-CHECKED"_s);
        neverSent.sentAt = {};
        QVERIFY(j->upsertOrders({fullRecord(u"S-SENT"_s), neverSent, fullRecord(u"S-NEW"_s)}).ok());
    }
    QVERIFY(rawExec(path, {u"DROP INDEX orders_odoo_activity"_s, u"ALTER TABLE orders DROP COLUMN odoo_activity_id"_s, // schema 11
                           u"DROP INDEX orders_stale"_s, u"ALTER TABLE orders DROP COLUMN stale_reason"_s,
                           u"ALTER TABLE orders DROP COLUMN status_changed_at"_s,
                           u"UPDATE orders SET sent_at = NULL, last_checked_at = NULL WHERE name = 'S-NEW'"_s,
                           u"PRAGMA user_version = 9"_s}));
    auto j = openOrFail(path, &m_clock);
    QVERIFY(j);
    QCOMPARE(j->schemaVersion(), Journal::kSchemaVersion);
    const OrderRecord sent = *j->order(u"S-SENT"_s).value();
    QCOMPARE(sent.statusChangedAt, sent.sentAt);
    QVERIFY(sent.staleReason.isEmpty());
    const OrderRecord checked = *j->order(u"S-CHECKED"_s).value();
    QCOMPARE(checked.statusChangedAt, checked.lastCheckedAt);
    QVERIFY(checked.statusChangedAt.isValid());
    QCOMPARE(j->order(u"S-NEW"_s).value()->statusChangedAt, QDateTime());
    OrderFilter stale;
    stale.orStale = true;
    QCOMPARE(j->countOrders(stale).value(), 0);
    OrderRecord nowStale = sent;
    nowStale.staleReason = Text::data(u"stale"_s);
    QVERIFY(j->upsertOrder(nowStale).ok());
    QCOMPARE(j->countOrders(stale).value(), 1);
    stale.states = {OrderState::NeedsAttention}; // none in that state: the stale one alone
    QCOMPARE(j->countOrders(stale).value(), 1);
    stale.orStale = false;
    QCOMPARE(j->countOrders(stale).value(), 0);
    QVERIFY(j->checkIntegrity().ok());
}

// A schema 10 file knows no Odoo activity: its rows have none open, and the column takes one.
void TestJournal::migratesFromSchema10()
{
    const QString path = freshPath();
    {
        auto j = openOrFail(path, &m_clock);
        QVERIFY(j);
        OrderRecord o = fullRecord(u"S-ATTENTION"_s);
        o.state = OrderState::NeedsAttention;
        QVERIFY(j->upsertOrders({o, fullRecord(u"S-SENT"_s)}).ok());
    }
    QVERIFY(rawExec(path, {u"DROP INDEX orders_odoo_activity"_s, u"ALTER TABLE orders DROP COLUMN odoo_activity_id"_s,
                           u"PRAGMA user_version = 10"_s}));
    auto j = openOrFail(path, &m_clock);
    QVERIFY(j);
    QCOMPARE(j->schemaVersion(), Journal::kSchemaVersion);
    OrderRecord back = *j->order(u"S-ATTENTION"_s).value();
    QCOMPARE(back.odooActivityId, qint64(0));
    QCOMPARE(back.state, OrderState::NeedsAttention);
    QCOMPARE(back.lastError, fullRecord(u"S-ATTENTION"_s).lastError);
    OrderFilter open;
    open.withOdooActivity = true;
    QCOMPARE(j->countOrders(open).value(), 0);
    back.odooActivityId = 731;
    QVERIFY(j->upsertOrder(back).ok());
    QCOMPARE(j->order(u"S-ATTENTION"_s).value()->odooActivityId, qint64(731));
    QCOMPARE(j->countOrders(open).value(), 1);
    QCOMPARE(j->orders(open).value().first().name, u"S-ATTENTION"_s);
    // Cleared once the bridge closed it.
    const Result<OrderRecord> closed = j->update(OrderKey::of(back), [](OrderRecord &r) { r.odooActivityId = 0; });
    QVERIFY(closed.ok());
    QCOMPARE(j->countOrders(open).value(), 0);
    QVERIFY(j->checkIntegrity().ok());
}

void TestJournal::sameNamedOrdersAreKeptApart()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    OrderRecord a = fullRecord(u"S00042"_s);
    a.odooId = 42;
    a.state = OrderState::Sent;
    OrderRecord b = fullRecord(u"S00042"_s);
    b.odooId = 4711;
    b.state = OrderState::New;
    OrderRecord other = fullRecord(u"S00042"_s); // the same id in another Odoo database
    other.odooId = 42;
    other.odooDb = u"odoo-second-company"_s;
    other.state = OrderState::NeedsAttention;
    QVERIFY(j->upsertOrders({a, b, other}).ok());
    QCOMPARE(j->countOrders().value(), 3);
    QCOMPARE(j->ordersNamed(u"S00042"_s).value().size(), 3);
    QCOMPARE(j->orderById(u"odoo-prod"_s, 42).value()->state, OrderState::Sent);
    QCOMPARE(j->orderById(u"odoo-prod"_s, 4711).value()->state, OrderState::New);
    QCOMPARE(j->orderById(u"odoo-second-company"_s, 42).value()->state, OrderState::NeedsAttention);
    QVERIFY(!j->orderById(u"odoo-prod"_s, 43).value());
    // Each is updated on its own.
    m_clock.advanceSecs(5);
    b.state = OrderState::Sending;
    QVERIFY(j->upsertOrder(b).ok());
    QCOMPARE(j->orderById(u"odoo-prod"_s, 42).value()->state, OrderState::Sent);
    QCOMPARE(j->orderById(u"odoo-prod"_s, 4711).value()->state, OrderState::Sending);
    QCOMPARE(j->order(u"S00042"_s).value()->odooId, 4711); // by name alone: the one updated last
    // Each has its own history and serials, though they share a name.
    const OrderKey keyA(u"S00042"_s, 42, u"odoo-prod"_s);
    const OrderKey keyB(u"S00042"_s, 4711, u"odoo-prod"_s);
    QVERIFY(j->addEvent(keyA, u"sent"_s, Text::data(u"A sent"_s)).ok());
    QVERIFY(j->addEvent(keyB, u"preflight"_s, Text::data(u"B held"_s)).ok());
    QVERIFY(j->setSerials(keyB, 7, {u"SN-B"_s}).ok());
    QVERIFY(!j->setSerials(u"S00042"_s, 7, {u"SN-?"_s}).ok()); // a shared name says not which
    Exchange x;
    x.system = u"odoo"_s;
    x.orderRef = u"S00042"_s;
    x.orderId = 4711;
    j->recordExchange(x);
    QCOMPARE(j->events(keyA).value().size(), 1);
    QCOMPARE(j->events(keyA).value().first().message.render(), u"A sent"_s);
    QCOMPARE(j->events(keyB).value().size(), 1);
    QCOMPARE(j->events(keyB).value().first().message.render(), u"B held"_s);
    QVERIFY(j->serials(keyA).value().isEmpty());
    QCOMPARE(j->serials(keyB).value().value(7), QStringList{u"SN-B"_s});
    QCOMPARE(j->exchanges(keyA).value().size(), 0);
    QCOMPARE(j->exchanges(keyB).value().size(), 1);
    QBuffer buf;
    QVERIFY(buf.open(QIODevice::WriteOnly));
    QVERIFY(j->exportJson(&buf, keyB).ok());
    const QJsonObject exported = QJsonDocument::fromJson(buf.data()).object();
    QCOMPARE(exported.value(u"orders"_s).toArray().size(), 1);
    QCOMPARE(exported.value(u"orders"_s).toArray().at(0).toObject().value(u"odoo_id"_s).toInteger(), 4711);
    QCOMPARE(exported.value(u"events"_s).toArray().size(), 1);
    QCOMPARE(exported.value(u"lineSerials"_s).toArray().size(), 1);
    QVERIFY(j->checkIntegrity().ok());
}

void TestJournal::renameInOdooRenamesTheRow()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    OrderRecord o = fullRecord(u"S00042"_s);
    QVERIFY(j->upsertOrder(o).ok());
    QVERIFY(j->addEvent(u"S00042"_s, u"sent"_s, Text::data(u"before the rename"_s)).ok());
    QVERIFY(j->setSerials(u"S00042"_s, 5, {u"SN-1"_s}).ok());
    Exchange e;
    e.orderRef = u"S00042"_s;
    e.system = u"ysell"_s;
    j->recordExchange(e); // still waiting for its batch when the order is renamed
    o.name = u"S00042-RENAMED"_s;
    QVERIFY(j->upsertOrder(o).ok());
    QCOMPARE(j->countOrders().value(), 1);
    QVERIFY(!j->order(u"S00042"_s).value());
    QCOMPARE(j->order(u"S00042-RENAMED"_s).value()->odooId, o.odooId);
    // Its history follows the order.
    QCOMPARE(j->events(u"S00042-RENAMED"_s).value().size(), 1);
    QCOMPARE(j->exchanges(u"S00042-RENAMED"_s).value().size(), 1);
    QCOMPARE(j->serials(u"S00042-RENAMED"_s).value().value(5), QStringList{u"SN-1"_s});
    QVERIFY(j->events(u"S00042"_s).value().isEmpty());
    OrderFilter f;
    f.search = u"RENAMED"_s;
    QCOMPARE(j->countOrders(f).value(), 1);
}

void TestJournal::recordWithoutIdFindsItsRowByName()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    const OrderRecord full = fullRecord(u"S00042"_s);
    QVERIFY(j->upsertOrder(full).ok());
    OrderRecord bare;
    bare.name = u"S00042"_s;
    bare.state = OrderState::Done;
    QVERIFY(j->upsertOrder(bare).ok());
    QCOMPARE(j->countOrders().value(), 1);
    const auto back = j->order(u"S00042"_s).value();
    QCOMPARE(back->state, OrderState::Done);
    QCOMPARE(back->odooId, full.odooId); // the identity is never overwritten with "unknown"
    QCOMPARE(back->odooDb, full.odooDb);
    QCOMPARE(back->ysellNumber, full.ysellNumber); // so is the number it was sent under
}

void TestJournal::refusesNewerSchema()
{
    const QString path = freshPath();
    QVERIFY(rawExec(path, {u"CREATE TABLE future(x)"_s, u"PRAGMA user_version = 99"_s}));
    for (auto mode : {Journal::OpenMode::Exclusive, Journal::OpenMode::Shared}) {
        auto r = Journal::open(path, &m_clock, mode);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Storage);
        QVERIFY2(r.error().message.contains(u"newer"_s), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(u"99"_s));
    }
    // Untouched: still the newer version's file.
    QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), 99);
    QCOMPARE(rawValue(path, u"SELECT count(*) FROM sqlite_master WHERE name = 'orders'"_s).toInt(), 0);
    // The lock was released with the failed open.
    QVERIFY(!QFileInfo::exists(path + u".lock"_s));
}

void TestJournal::refusesGarbageFile()
{
    const QString path = freshPath();
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, '\x5a') + "not a database at all");
    f.close();
    auto r = Journal::open(path, &m_clock);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Storage);
    QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
}

void TestJournal::secondExclusiveOpenIsBusy()
{
    const QString path = freshPath();
    auto first = openOrFail(path, &m_clock);
    QVERIFY(first);
    auto second = Journal::open(path, &m_clock);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().kind, ErrorKind::Busy);
    QCOMPARE(second.error().message,
             u"Another Ysell Bridge (process %1) is already using the journal %2. Stop it first."_s.arg(
                 QCoreApplication::applicationPid())
                 .arg(QFileInfo(path).absoluteFilePath()));
    first.reset();
    auto third = openOrFail(path, &m_clock); // released on destruction
    QVERIFY(third);
}

void TestJournal::lockOfKilledProcessIsTakenOver()
{
    const QString path = freshPath();
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({u"--hold-journal"_s, path});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning, 60000);
    QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));

    // A live holder in another process: refused, naming that process.
    auto busy = Journal::open(path, &m_clock);
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().kind, ErrorKind::Busy);
    QVERIFY2(busy.error().message.contains(u"(process %1)"_s.arg(child.processId())), qPrintable(busy.error().message));
    // A viewer may still look.
    {
        auto viewer = openOrFail(path, &m_clock, Journal::OpenMode::Shared);
        QVERIFY(viewer);
        QCOMPARE(viewer->order(u"S-CHILD"_s).value()->state, OrderState::Sending);
    }

    child.kill(); // SIGKILL: no destructor, the lock file stays behind
    QVERIFY(child.waitForFinished());
    QVERIFY(QFileInfo::exists(path + u".lock"_s));

    auto taken = openOrFail(path, &m_clock);
    QVERIFY2(taken, "stale lock was not taken over");
    const auto intent = taken->order(u"S-CHILD"_s).value();
    QVERIFY(intent.has_value()); // the committed intent survived kill -9
    QCOMPARE(intent->state, OrderState::Sending);
    QVERIFY(taken->checkIntegrity().ok());
}

void TestJournal::sharedOpenReadsWithoutLock()
{
    const QString path = freshPath();
    auto missing = Journal::open(path, &m_clock, Journal::OpenMode::Shared);
    QVERIFY(!missing.ok()); // a viewer never creates a journal
    QCOMPARE(missing.error().kind, ErrorKind::Storage);
    QVERIFY(!QFileInfo::exists(path));

    auto writer = openOrFail(path, &m_clock);
    QVERIFY(writer);
    QVERIFY(writer->upsertOrder(fullRecord(u"S1"_s)).ok());
    auto viewer = openOrFail(path, &m_clock, Journal::OpenMode::Shared);
    QVERIFY(viewer);
    auto viewer2 = openOrFail(path, &m_clock, Journal::OpenMode::Shared);
    QVERIFY(viewer2);
    QCOMPARE(viewer->mode(), Journal::OpenMode::Shared);
    QVERIFY(viewer->order(u"S1"_s).value().has_value());
    QVERIFY(writer->upsertOrder(fullRecord(u"S2"_s)).ok());
    QCOMPARE(viewer->countOrders().value(), 2); // sees what the writer commits later

    const Status w = viewer->upsertOrder(fullRecord(u"S3"_s));
    QVERIFY(!w.ok());
    QCOMPARE(w.error().kind, ErrorKind::Storage);
    QVERIFY(!viewer->addEvent(u"S1"_s, u"x"_s, Text::data(u"y"_s)).ok());
    QVERIFY(!viewer->setMeta(u"k"_s, u"v"_s).ok());
    QCOMPARE(writer->countOrders().value(), 2);

    // With nobody writing, a viewer still opens (and leaves the file as it was).
    viewer.reset();
    viewer2.reset();
    writer.reset();
    auto late = openOrFail(path, &m_clock, Journal::OpenMode::Shared);
    QVERIFY(late);
    QCOMPARE(late->countOrders().value(), 2);
    QVERIFY(late->checkIntegrity().ok());
    QVERIFY(!QFileInfo::exists(path + u".lock"_s));
}

void TestJournal::integrityAfterWork()
{
    const QString path = freshPath();
    {
        auto j = openOrFail(path, &m_clock);
        QVERIFY(j);
        addOrders(*j);
        for (int i = 0; i < 50; ++i) {
            Exchange e;
            e.orderRef = m_orders[i].name;
            e.requestBody = QByteArray(1000 + i * 37, 'r');
            j->recordExchange(e);
            QVERIFY(j->addEvent(e.orderRef, u"k"_s, Text::data(u"m"_s)).ok());
        }
        QVERIFY(j->checkIntegrity().ok());
    }
    QCOMPARE(rawValue(path, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void TestJournal::exportIsRedacted()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    const QString late = u"LateSecret-5e1f"_s;
    QVERIFY(j->upsertOrder(fullRecord(u"S1"_s)).ok());
    QVERIFY(j->upsertOrder(fullRecord(u"S2"_s)).ok());
    QVERIFY(j->addEvent(u"S1"_s, u"error"_s, Text::data(u"key "_s + late + u" refused"_s)).ok());
    QVERIFY(j->addEvent(u"S2"_s, u"sent"_s, Text::data(u"ok"_s)).ok());
    QVERIFY(j->setSerials(u"S1"_s, 5, {u"SN-1"_s}).ok());
    QVERIFY(j->setMeta(u"odoo_password"_s, u"should-not-be-here"_s).ok());
    Exchange e;
    e.orderRef = u"S1"_s;
    e.system = u"odoo"_s;
    e.responseBody = "{\"debug\":\"" + late.toUtf8() + "\"}";
    j->recordExchange(e);
    j->setSecretValues({late}); // known only after recording: the export still masks it

    QBuffer all;
    all.open(QIODevice::WriteOnly);
    QVERIFY(j->exportJson(&all).ok());
    QVERIFY(!all.data().contains(late.toUtf8()));
    QVERIFY(!all.data().contains("should-not-be-here"));
    QJsonParseError err;
    const QJsonObject doc = QJsonDocument::fromJson(all.data(), &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(doc[u"format"_s].toString(), u"ysell-bridge-journal-export"_s);
    QCOMPARE(doc[u"orders"_s].toArray().size(), 2);
    QCOMPARE(doc[u"events"_s].toArray().size(), 2);
    QCOMPARE(doc[u"exchanges"_s].toArray().size(), 1);
    QCOMPARE(doc[u"orders"_s].toArray()[0].toObject()[u"customer"_s].toString(), fullRecord(u"S1"_s).customer);

    QBuffer one;
    one.open(QIODevice::WriteOnly);
    QVERIFY(j->exportJson(&one, u"S2"_s).ok());
    const QJsonObject only = QJsonDocument::fromJson(one.data()).object();
    QCOMPARE(only[u"orders"_s].toArray().size(), 1);
    QCOMPARE(only[u"orders"_s].toArray()[0].toObject()[u"name"_s].toString(), u"S2"_s);
    QCOMPARE(only[u"events"_s].toArray().size(), 1);
    QCOMPARE(only[u"exchanges"_s].toArray().size(), 0);
    QVERIFY(!only.contains(u"meta"_s));

    QBuffer closed;
    QVERIFY(!j->exportJson(&closed).ok()); // not open for writing: an error, not a crash
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold-journal") == 0)
        return holdJournal(QString::fromLocal8Bit(argv[2]));
    TestJournal tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

// A read the journal cannot answer (here another tool took the tables away, so every statement fails
// in SQLite) is an error naming the journal, never "no such order", an empty list or zero counts.
void TestJournal::failedReadsAreErrorsNotEmpty()
{
    const QString path = freshPath();
    auto j = openOrFail(path, &m_clock);
    QVERIFY(j);
    const OrderRecord o = fullRecord(u"S1"_s);
    QVERIFY(j->upsertOrder(o).ok());
    QVERIFY(j->addEvent(OrderKey::of(o), u"sent"_s, Text::data(u"Sent."_s)).ok());
    QVERIFY(j->setSerials(OrderKey::of(o), 7, {u"SN-1"_s}).ok());
    Exchange e;
    e.startedUtc = utc(28, 9);
    e.system = u"ysell"_s;
    e.orderRef = o.name;
    j->recordExchange(e);
    j->flushExchanges();
    const QStringList tables{u"orders"_s, u"events"_s, u"exchanges"_s, u"line_serials"_s};
    QStringList hide, show;
    for (const QString &t : tables) {
        hide << u"ALTER TABLE %1 RENAME TO %1_hidden"_s.arg(t);
        show << u"ALTER TABLE %1_hidden RENAME TO %1"_s.arg(t);
    }
    QVERIFY(rawExec(path, hide));

    const OrderKey key = OrderKey::of(o);
    const QList<std::pair<const char *, Status>> reads{
        {"order", statusOf(j->order(o.name))},
        {"ordersNamed", statusOf(j->ordersNamed(o.name))},
        {"orderById", statusOf(j->orderById(o.odooDb, o.odooId))},
        {"orderByKey", statusOf(j->orderByKey(key))},
        {"orderByYsellNumber", statusOf(j->orderByYsellNumber(o.ysellNumber))},
        {"findOrder", statusOf(j->findOrder(o.name, {}))},
        {"findOrder #id", statusOf(j->findOrder(u"#%1"_s.arg(o.odooId), {}))},
        {"orders", statusOf(j->orders())},
        {"orders filtered", statusOf(j->orders(OrderFilter{{OrderState::Sent}, u"S1"_s}))},
        {"countOrders", statusOf(j->countOrders())},
        {"countsByState", statusOf(j->countsByState())},
        {"queryPlan", statusOf(j->queryPlan({}))},
        {"queryPlan searched", statusOf(j->queryPlan(OrderFilter{{OrderState::Sent}, u"S1"_s}))},
        {"events", statusOf(j->events(key))},
        {"events all", statusOf(j->events({}))},
        {"exchanges", statusOf(j->exchanges(key))},
        {"exchanges all", statusOf(j->exchanges())},
        {"serials", statusOf(j->serials(key))},
        {"update", statusOf(j->update(key, [](OrderRecord &r) { r.warning = Text::data(u"changed"_s); }))},
    };
    for (const auto &[what, status] : reads) {
        QVERIFY2(!status.ok(), what);
        QCOMPARE(status.error().kind, ErrorKind::Storage);
        QVERIFY2(status.error().message.contains(path), qPrintable(u"%1: %2"_s.arg(QLatin1String(what), status.error().message)));
    }

    // Once the tables are back, everything reads as it was stored; the failed update wrote nothing.
    QVERIFY(rawExec(path, show));
    const Result<std::optional<OrderRecord>> back = j->order(o.name);
    QVERIFY(back.ok() && back.value());
    QCOMPARE(back.value()->warning.render(), o.warning.render());
    QCOMPARE(back.value()->state, o.state);
    QCOMPARE(j->countOrders().value(), 1);
    QCOMPARE(j->events(key).value().size(), 1);
    QCOMPARE(j->exchanges(key).value().size(), 1);
    QCOMPARE(j->serials(key).value().value(7), QStringList{u"SN-1"_s});
}

void TestJournal::updateReadsAndWritesOneOrder()
{
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    OrderRecord a = fullRecord(u"S1"_s);
    OrderRecord twin = fullRecord(u"S1"_s); // another Odoo order of the same name
    twin.odooId = a.odooId + 1;
    twin.ysellNumber = u"S1-twin"_s;
    QVERIFY(j->upsertOrders({a, twin}).ok());
    QSignalSpy changed(j.get(), &Journal::orderChanged);
    m_clock.advanceSecs(60);

    // By Odoo id: this order, not its namesake; the change is stored and returned with its time.
    const Result<OrderRecord> updated = j->update(OrderKey::of(a), [](OrderRecord &r) {
        r.attempts += 1;
        r.state = OrderState::Sent;
    });
    QVERIFY(updated.ok());
    QCOMPARE(updated.value().attempts, a.attempts + 1);
    QCOMPARE(updated.value().updatedAt, m_clock.nowUtc());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(j->orderById({}, a.odooId).value()->state, OrderState::Sent);
    QCOMPARE(j->orderById({}, a.odooId).value()->attempts, a.attempts + 1);
    QCOMPARE(j->orderById({}, twin.odooId).value()->state, twin.state);
    QCOMPARE(j->orderById({}, twin.odooId).value()->attempts, twin.attempts);

    // Not known: a clear error, and nothing is written.
    bool called = false;
    const Result<OrderRecord> missing = j->update(OrderKey(u"S9"_s, 999), [&](OrderRecord &) { called = true; });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::MissingRecord);
    QVERIFY2(missing.error().message.contains(u"999"_s), qPrintable(missing.error().message));
    QVERIFY(!called);
    QCOMPARE(j->countOrders().value(), 2);
    QCOMPARE(changed.count(), 1);
}

// The states of a filter and its "also" sets (stale, an open Odoo activity) are alternatives; an
// "only" set (withOdooActivity) narrows whatever the others select.
void TestJournal::filterAlternatives_data()
{
    QTest::addColumn<QList<OrderState>>("states");
    QTest::addColumn<bool>("orStale");
    QTest::addColumn<bool>("orOdooActivity");
    QTest::addColumn<bool>("withOdooActivity");
    QTest::addColumn<QStringList>("names");
    const QList<OrderState> attention{OrderState::NeedsAttention};
    QTest::newRow("all") << QList<OrderState>{} << false << false << false
                         << QStringList{u"S-ACTIVITY"_s, u"S-ATTENTION"_s, u"S-PLAIN"_s, u"S-STALE"_s};
    QTest::newRow("attention") << attention << false << false << false << QStringList{u"S-ATTENTION"_s};
    QTest::newRow("attention or stale") << attention << true << false << false
                                        << QStringList{u"S-ATTENTION"_s, u"S-STALE"_s};
    QTest::newRow("needs a person or has a To-Do")
        << attention << true << true << false << QStringList{u"S-ACTIVITY"_s, u"S-ATTENTION"_s, u"S-STALE"_s};
    QTest::newRow("a To-Do alone") << QList<OrderState>{} << false << true << false << QStringList{u"S-ACTIVITY"_s};
    QTest::newRow("stale or a To-Do") << QList<OrderState>{} << true << true << false
                                      << QStringList{u"S-ACTIVITY"_s, u"S-STALE"_s};
    QTest::newRow("only with a To-Do") << QList<OrderState>{} << false << false << true
                                       << QStringList{u"S-ACTIVITY"_s};
    QTest::newRow("attention, only with a To-Do") << attention << false << false << true << QStringList{};
}

void TestJournal::filterAlternatives()
{
    QFETCH(QList<OrderState>, states);
    QFETCH(bool, orStale);
    QFETCH(bool, orOdooActivity);
    QFETCH(bool, withOdooActivity);
    QFETCH(QStringList, names);
    auto j = openOrFail(freshPath(), &m_clock);
    QVERIFY(j);
    QList<OrderRecord> rows;
    for (const QString &name : {u"S-ATTENTION"_s, u"S-STALE"_s, u"S-ACTIVITY"_s, u"S-PLAIN"_s}) {
        OrderRecord o = fullRecord(name);
        o.state = name == u"S-ATTENTION"_s ? OrderState::NeedsAttention : OrderState::Sent;
        o.staleReason = name == u"S-STALE"_s ? Text::data(u"stale"_s) : Text();
        o.odooActivityId = name == u"S-ACTIVITY"_s ? 31 : 0;
        rows << o;
    }
    QVERIFY(j->upsertOrders(rows).ok());
    OrderFilter f;
    f.states = states;
    f.orStale = orStale;
    f.orOdooActivity = orOdooActivity;
    f.withOdooActivity = withOdooActivity;
    f.sortColumn = u"name"_s;
    f.sortOrder = Qt::AscendingOrder;
    const Result<QList<OrderRecord>> read = j->orders(f);
    QVERIFY(read.ok());
    QStringList found;
    for (const OrderRecord &r : read.value())
        found << r.name;
    QCOMPARE(found, names);
    QCOMPARE(j->countOrders(f).value(), int(names.size()));
}

#include "tst_journal.moc"
