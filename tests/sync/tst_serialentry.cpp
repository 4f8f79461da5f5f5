// Serial entry as the GUI's dialog and `serials set` use it: the serial-tracked lines of an order read
// from ysell-bridge-sim over real HTTPS (pieces in the product's own unit, serials already entered), and
// the one set of rules that checks and keeps the clerk's serials in the journal with a "serials" event.
#include "RawSql.h"
#include "SimBridge.h"
#include "SimProcess.h"
#include "journal/Journal.h"
#include "sync/Bridge.h"
#include "sync/SerialEntry.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::SimProcess;
using ysb::test::configFor;
using ysb::test::rawExec;
using ysb::test::runUntilIdle;

namespace {

// What SerialLinesJob finished with; an Error of kind Unknown when it never finished.
Result<OrderSerialLines> readLines(Bridge *bridge, const QString &ref, const QString &db)
{
    std::optional<Result<OrderSerialLines>> out;
    auto *job = SerialLinesJob::start(bridge->odoo(), bridge->journal(), ref, db);
    QObject::connect(job, &SerialLinesJob::finished, job, [&out](const Result<OrderSerialLines> &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 60'000))
        return Error::plain(ErrorKind::Unknown, u"SerialLinesJob did not finish"_s);
    return *out;
}

QStringList eventsOf(Journal *journal, const OrderKey &key, const QString &kind)
{
    QStringList out;
    const Result<QList<EventRecord>> events = journal->events(key);
    if (!events.ok())
        return {u"events not read: "_s + events.error().message};
    for (const EventRecord &e : events.value()) {
        if (e.kind == kind)
            out << e.message.render();
    }
    return out;
}

} // namespace

class TestSerialEntry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void trackedLinesInPieces_data();
    void trackedLinesInPieces();
    void readsTheTrackedLinesOfAnOrder();
    void readRefusals_data();
    void readRefusals();
    void saveChecksWritesAndRecords();
    void saveRefusesAndWritesNothing_data();
    void saveRefusesAndWritesNothing();
    void aWriteThatFailsHalfWayLeavesNothing();

private:
    std::unique_ptr<SimProcess> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Bridge> m_bridge;
    OrderRecord m_tracked;     // needs attention: a serial-tracked line has no serial in Odoo yet
    qint64 m_trackedLine = 0;  // that line
    OrderRecord m_plain;       // sent, no serial-tracked product
};

void TestSerialEntry::initTestCase()
{
    m_sim = std::make_unique<SimProcess>();
    QVERIFY2(m_sim->start({u"--demo"_s}), qPrintable(m_sim->errorString()));
    auto bridge = Bridge::create(configFor(*m_sim, m_dir.filePath(u"journal.sqlite"_s)),
                                 {m_sim->odooPassword(), m_sim->ysellToken()});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    m_bridge = std::move(bridge).value();
    m_bridge->engine()->sendNow();
    QVERIFY(runUntilIdle(m_bridge->engine()));
    const Result<QList<OrderRecord>> all = m_bridge->journal()->orders();
    QVERIFY(all.ok());
    for (const OrderRecord &r : all.value()) {
        if (!m_trackedLine && r.lastError.render().contains(u"has none yet"_s)) {
            m_tracked = r;
            m_trackedLine = r.lastError.render().section(u"order line "_s, 1).section(u')', 0, 0).toLongLong();
        }
    }
    QVERIFY2(m_trackedLine > 0, "no order of the demo data waits for serial numbers");
    // An order without serial-tracked products: the Odoo answer decides, not the journal.
    for (const OrderRecord &r : all.value()) {
        if (r.state != OrderState::Sent || !r.serials.isEmpty())
            continue;
        const auto read = readLines(m_bridge.get(), u"#%1"_s.arg(r.odooId), r.odooDb);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        if (read->lines.isEmpty()) {
            m_plain = r;
            break;
        }
    }
    QVERIFY2(m_plain.odooId > 0, "no sent order without serial-tracked products in the demo data");
}

void TestSerialEntry::cleanupTestCase()
{
    m_bridge.reset();
    m_sim.reset();
}

void TestSerialEntry::trackedLinesInPieces_data()
{
    QTest::addColumn<QString>("tracking");
    QTest::addColumn<QString>("displayType");
    QTest::addColumn<double>("quantity");
    QTest::addColumn<double>("unitFactor");
    QTest::addColumn<int>("pieces"); // -1: the line is not listed
    QTest::newRow("2 Units") << u"serial"_s << QString() << 2.0 << 1.0 << 2;
    QTest::newRow("1 Dozens is 12 pieces") << u"serial"_s << QString() << 1.0 << 1.0 / 12 << 12;
    QTest::newRow("lot tracked") << u"lot"_s << QString() << 2.0 << 1.0 << -1;
    QTest::newRow("not tracked") << u"none"_s << QString() << 2.0 << 1.0 << -1;
    QTest::newRow("note line") << u"serial"_s << u"line_note"_s << 1.0 << 1.0 << -1;
}

void TestSerialEntry::trackedLinesInPieces()
{
    QFETCH(QString, tracking);
    QFETCH(QString, displayType);
    QFETCH(double, quantity);
    QFETCH(double, unitFactor);
    QFETCH(int, pieces);
    SaleOrder order;
    OrderLine line;
    line.id = 64;
    line.name = u"[ACC-SER-001] Scanner"_s;
    line.displayType = displayType;
    line.productUomQty = quantity;
    line.uom = UnitOfMeasure{2, u"Line unit"_s, unitFactor, 1, 0.01};
    line.productUnit = UnitOfMeasure{1, u"Units"_s, 1.0, 1, 0.01};
    line.product.id = 7;
    line.product.displayName = u"Scanner"_s;
    line.product.tracking = tracking;
    order.lines << line;
    const QList<SerialLine> lines = SerialEntry::trackedLines(order, {{64, {u"SN-1"_s}}, {65, {u"SN-9"_s}}});
    if (pieces < 0) {
        QVERIFY(lines.isEmpty());
        return;
    }
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().lineId, 64);
    QCOMPARE(lines.first().product, u"Scanner"_s);
    QCOMPARE(lines.first().pieces, pieces);
    QCOMPARE(lines.first().serials, QStringList{u"SN-1"_s});
}

void TestSerialEntry::readsTheTrackedLinesOfAnOrder()
{
    const OrderKey key = OrderKey::of(m_tracked);
    QVERIFY(m_bridge->journal()->setSerials(key, m_trackedLine, {u"SN-ALREADY-1"_s}).ok());
    // By name (one order has it) and by "#ID": the same order, its line and what was entered.
    for (const QString &ref : {m_tracked.name, u"#%1"_s.arg(m_tracked.odooId)}) {
        const auto read = readLines(m_bridge.get(), ref, m_tracked.odooDb);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->order.odooId, m_tracked.odooId);
        bool found = false;
        for (const SerialLine &l : read->lines) {
            QVERIFY(l.pieces > 0);
            QVERIFY(!l.product.isEmpty());
            if (l.lineId == m_trackedLine) {
                found = true;
                QCOMPARE(l.serials, QStringList{u"SN-ALREADY-1"_s});
            }
        }
        QVERIFY2(found, qPrintable(ref));
    }
    QVERIFY(m_bridge->journal()->setSerials(key, m_trackedLine, {}).ok());
    // The read went to Odoo by the order's id.
    const QJsonObject calls = m_sim->stats()[u"odoo"_s][u"calls"_s].toObject();
    QVERIFY2(calls.value(u"sale.order.web_search_read"_s).toInt() > 0, qPrintable(calls.keys().join(u' ')));
}

void TestSerialEntry::readRefusals_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("message");
    QTest::newRow("not in the journal") << u"S-NO-SUCH"_s << u"the journal has no order “S-NO-SUCH”."_s;
    QTest::newRow("no Odoo id yet") << u"S-LOCAL"_s
                                    << u"Order S-LOCAL has no Odoo id in the journal yet; wait for the next send cycle."_s;
    QTest::newRow("gone from Odoo") << u"#987654"_s << u"Odoo no longer has order S-GONE."_s;
}

void TestSerialEntry::readRefusals()
{
    QFETCH(QString, ref);
    QFETCH(QString, message);
    OrderRecord local;
    local.name = u"S-LOCAL"_s;
    QVERIFY(m_bridge->journal()->upsertOrder(local).ok());
    OrderRecord gone;
    gone.name = u"S-GONE"_s;
    gone.odooId = 987654;
    gone.odooDb = m_tracked.odooDb;
    QVERIFY(m_bridge->journal()->upsertOrder(gone).ok());
    const auto read = readLines(m_bridge.get(), ref, m_tracked.odooDb);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().message, message);
}

void TestSerialEntry::saveChecksWritesAndRecords()
{
    Journal *journal = m_bridge->journal();
    const OrderKey key = OrderKey::of(m_tracked);
    const QList<SerialLine> known{SerialLine{m_trackedLine, u"Scanner"_s, 1, {}}};
    const int eventsBefore = int(eventsOf(journal, key, u"serials"_s).size());

    auto saved = SerialEntry::save(*journal, key, {{m_trackedLine, {u" SN-SAVE-1 "_s}}}, known);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(journal->serials(key)->value(m_trackedLine), QStringList{u"SN-SAVE-1"_s});
    QCOMPARE(saved->order.odooId, m_tracked.odooId);
    QVERIFY(saved->sendAgain); // it needs attention: the clerk wants it moving
    QStringList events = eventsOf(journal, key, u"serials"_s);
    QCOMPARE(events.size(), eventsBefore + 1);
    QVERIFY2(events.contains(u"Serial numbers entered for line %1: SN-SAVE-1"_s.arg(m_trackedLine)),
             qPrintable(events.join(u'\n')));

    // The same serials again: nothing happened worth an event.
    saved = SerialEntry::save(*journal, key, {{m_trackedLine, {u"SN-SAVE-1"_s}}}, known);
    QVERIFY(saved.ok());
    QCOMPARE(eventsOf(journal, key, u"serials"_s).size(), eventsBefore + 1);

    // A serial that went to Ysell with another order cannot be taken; a sent order is not sent again.
    QString usedSerial, usedBy;
    const Result<QList<OrderRecord>> all = journal->orders();
    QVERIFY(all.ok());
    for (const OrderRecord &r : all.value()) {
        if (r.odooId != m_tracked.odooId && !r.serials.isEmpty()) {
            usedSerial = r.serials.split(u' ', Qt::SkipEmptyParts).first();
            usedBy = r.name;
            break;
        }
    }
    QVERIFY2(!usedSerial.isEmpty(), "no sent order with serial numbers in the demo data");
    saved = SerialEntry::save(*journal, key, {{m_trackedLine, {usedSerial}}}, known);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().message, u"Serial number %1 is already used for order %2."_s.arg(usedSerial, usedBy));
    QCOMPARE(journal->serials(key)->value(m_trackedLine), QStringList{u"SN-SAVE-1"_s});
    const OrderKey plain = OrderKey::of(m_plain);
    saved = SerialEntry::save(*journal, plain, {{1, {u"SN-PLAIN-1"_s}}});
    QVERIFY(saved.ok());
    QVERIFY(!saved->sendAgain);

    // Emptied: removed, and said so.
    saved = SerialEntry::save(*journal, key, {{m_trackedLine, {}}}, known);
    QVERIFY(saved.ok());
    QVERIFY(!journal->serials(key)->contains(m_trackedLine));
    events = eventsOf(journal, key, u"serials"_s);
    QCOMPARE(events.size(), eventsBefore + 2);
    QVERIFY2(events.contains(u"Serial numbers of line %1 removed; the ones reserved in Odoo are used."_s.arg(m_trackedLine)),
             qPrintable(events.join(u'\n')));
    QVERIFY(SerialEntry::save(*journal, plain, {{1, {}}}).ok());
}

void TestSerialEntry::saveRefusesAndWritesNothing_data()
{
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    QTest::addColumn<QString>("message");
    QTest::newRow("twice on one line") << QStringList{u"SN-D"_s, u"SN-D"_s} << QStringList{}
                                       << u"Serial number SN-D is given twice."_s;
    QTest::newRow("twice on two lines") << QStringList{u"SN-D"_s, u"SN-E"_s} << QStringList{u"SN-D"_s}
                                        << u"Serial number SN-D is given twice."_s;
    QTest::newRow("fewer than pieces") << QStringList{u"SN-A"_s} << QStringList{}
                                       << u"Scanner needs 2 serial numbers; 1 are entered. Fill in every unit, or "
                                          u"leave all of them empty to use the serial numbers reserved in Odoo."_s;
    QTest::newRow("more than pieces") << QStringList{u"SN-A"_s, u"SN-B"_s, u"SN-C"_s} << QStringList{}
                                      << u"Scanner needs 2 serial numbers; 3 are entered. Fill in every unit, or "
                                         u"leave all of them empty to use the serial numbers reserved in Odoo."_s;
}

void TestSerialEntry::saveRefusesAndWritesNothing()
{
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    QFETCH(QString, message);
    Journal *journal = m_bridge->journal();
    const OrderKey key = OrderKey::of(m_tracked);
    const int eventsBefore = int(eventsOf(journal, key, u"serials"_s).size());
    const QList<SerialLine> known{SerialLine{m_trackedLine, u"Scanner"_s, 2, {}}};
    const auto saved = SerialEntry::save(*journal, key, {{m_trackedLine, first}, {m_trackedLine + 1, second}}, known);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::Validation);
    QCOMPARE(saved.error().message, message);
    QVERIFY(journal->serials(key)->isEmpty());
    QCOMPARE(eventsOf(journal, key, u"serials"_s).size(), eventsBefore);
}

// The journal refuses the second line's write (a trigger stands in for a disk error that strikes
// half-way): the first line and its event must not stay behind, or the order would go with part of
// the clerk's entry and a history that says it was saved.
void TestSerialEntry::aWriteThatFailsHalfWayLeavesNothing()
{
    const QString path = m_dir.filePath(u"half-way.sqlite"_s);
    auto opened = Journal::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Journal &journal = *opened.value();
    OrderRecord order;
    order.name = u"S-HALF"_s;
    order.odooId = 4242;
    order.odooDb = u"db"_s;
    order.state = OrderState::NeedsAttention;
    QVERIFY(journal.upsertOrder(order).ok());
    const OrderKey key = OrderKey::of(order);
    const QHash<qint64, QStringList> entry{{1, {u"SN-H1"_s}}, {2, {u"SN-H2"_s, u"SN-H3"_s}}};
    QVERIFY(rawExec(path, {u"CREATE TRIGGER refuse_line_2 BEFORE INSERT ON line_serials WHEN NEW.line_id = 2 "
                           "BEGIN SELECT RAISE(ABORT, 'injected write failure'); END"_s}));

    auto saved = SerialEntry::save(journal, key, entry);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::Storage);
    QVERIFY2(saved.error().message.contains(u"injected write failure"_s), qPrintable(saved.error().message));
    QCOMPARE(journal.serials(key).value(), (QHash<qint64, QStringList>{}));
    QCOMPARE(eventsOf(&journal, key, u"serials"_s), QStringList{});

    // Once the journal takes writes again, the same entry goes in whole, with one event a line.
    QVERIFY(rawExec(path, {u"DROP TRIGGER refuse_line_2"_s}));
    saved = SerialEntry::save(journal, key, entry);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(saved->order.odooId, order.odooId);
    QVERIFY(saved->sendAgain);
    QCOMPARE(journal.serials(key).value(), entry);
    QCOMPARE(eventsOf(&journal, key, u"serials"_s).size(), 2);
}

QTEST_GUILESS_MAIN(TestSerialEntry)
#include "tst_serialentry.moc"
