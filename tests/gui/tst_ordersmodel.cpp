// The orders table over a real journal file: what the clerk sees in each row, the filters, the
// search (serial numbers included), sorting, paging over 10,000 orders, and refreshes that keep
// the selected order selected.
#include "FakeClock.h"
#include "OrdersModel.h"
#include "Translations.h"
#include "journal/Journal.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QIcon>
#include <QImage>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;

namespace {

QDateTime confirmedAt(int i)
{
    return QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC).addSecs(qint64(i) * 60);
}

// Order i: name S<5 digits>, a state cycling through the lifecycle, a customer, Ysell data when sent.
OrderRecord order(int i, OrderState state)
{
    OrderRecord o;
    o.name = u"S%1"_s.arg(i, 5, 10, QLatin1Char('0'));
    o.odooId = 1000 + i;
    o.customer = (i % 2 ? u"Acme GmbH %1"_s : u"Борис Иванов %1"_s).arg(i);
    o.confirmedAt = confirmedAt(i);
    o.state = state;
    if (state != OrderState::New && state != OrderState::NeedsAttention) {
        o.ysellId = QString::number(98000 + i);
        o.ysellStatusCode = state == OrderState::Sent ? u"3"_s : u"7.1"_s;
        o.ysellStatusName = state == OrderState::Sent ? u"In progress"_s : u"Shipped"_s;
    }
    if (state == OrderState::NeedsAttention)
        o.lastError = u"Ysell refused the order: the street is missing."_s;
    if (state == OrderState::PickingCreated) {
        o.pickingId = 500 + i;
        o.pickingName = u"WH/OUT/%1"_s.arg(i, 5, 10, QLatin1Char('0'));
    }
    return o;
}

const QList<OrderState> kCycle{OrderState::New,  OrderState::NeedsAttention, OrderState::Sent,
                                OrderState::Done, OrderState::PickingCreated};

} // namespace

class TestOrdersModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rowsShowWhatTheJournalHolds();
    void controlCharactersAreShownVisibly();
    void stateColumnHasAnIconAndAColourPerState();
    void otherDeliveryHasItsOwnColumn();
    void modelTesterThroughChanges();
    void filters_data();
    void filters();
    void search_data();
    void search();
    void sorting_data();
    void sorting();
    void tenThousandRowsArePaged();
    void refreshKeepsTheSelectedOrder();
    void journalChangesRefreshWithoutReset();

private:
    // Seeds `count` orders 1..count in the cycling states; returns how many of each.
    QHash<OrderState, int> seed(int count, int first = 1);

    std::unique_ptr<QTemporaryDir> m_dir;
    test::FakeClock m_clock;
    std::unique_ptr<Journal> m_journal;
};

void TestOrdersModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto j = Journal::open(m_dir->filePath(u"journal.sqlite"_s), &m_clock);
    QVERIFY2(j.ok(), qPrintable(j.ok() ? QString() : j.error().message));
    m_journal = std::move(j).value();
}

void TestOrdersModel::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

QHash<OrderState, int> TestOrdersModel::seed(int count, int first)
{
    QList<OrderRecord> orders;
    QHash<OrderState, int> counts;
    for (int i = first; i < first + count; ++i) {
        const OrderState s = kCycle.at(i % kCycle.size());
        orders << order(i, s);
        ++counts[s];
    }
    const Status st = m_journal->upsertOrders(orders);
    if (!st.ok())
        qWarning() << st.error().message;
    return counts;
}

void TestOrdersModel::rowsShowWhatTheJournalHolds()
{
    OrderRecord o = order(7, OrderState::Sent);
    o.ysellStatusCode = u"12.5"_s; // a code the contract does not know: Ysell's own text
    o.ysellStatusName = u"Packed twice"_s;
    QVERIFY(m_journal->upsertOrders({o, order(8, OrderState::NeedsAttention), order(9, OrderState::PickingCreated)}).ok());
    OrdersModel model(m_journal.get());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(OrdersModel::ColumnCount));
    // Newest confirmation first by default.
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, OrdersModel::OrderColumn), u"S00009"_s);
    QCOMPARE(cell(2, OrdersModel::OrderColumn), u"S00007"_s);
    QCOMPARE(cell(2, OrdersModel::CustomerColumn), u"Acme GmbH 7"_s);
    QCOMPARE(cell(2, OrdersModel::YsellIdColumn), u"98007"_s);
    QCOMPARE(cell(2, OrdersModel::YsellStatusColumn), u"12.5 Packed twice"_s);
    QCOMPARE(cell(0, OrdersModel::YsellStatusColumn), u"7.1 Shipped"_s);
    QCOMPARE(cell(2, OrdersModel::StateColumn), orderStateLabel(OrderState::Sent));
    QVERIFY(!cell(2, OrdersModel::ConfirmedColumn).isEmpty());
    QCOMPARE(cell(1, OrdersModel::ProblemColumn), u"Ysell refused the order: the street is missing."_s);
    QCOMPARE(cell(0, OrdersModel::PickingColumn), u"WH/OUT/00009"_s);
    QCOMPARE(model.index(0, 3).data(OrdersModel::OrderNameRole).toString(), u"S00009"_s);
    QCOMPARE(model.index(0, 0).data(OrdersModel::PickingIdRole).toLongLong(), 509);
    QCOMPARE(model.headerData(OrdersModel::OrderColumn, Qt::Horizontal).toString(), u"Odoo order"_s);

    // In Russian the known codes are named in Russian, whatever Ysell wrote; unknown ones keep Ysell's text.
    QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
    const QString shipped = cell(0, OrdersModel::YsellStatusColumn);
    const QString unknown = cell(2, OrdersModel::YsellStatusColumn);
    const QString header = model.headerData(OrdersModel::OrderColumn, Qt::Horizontal).toString();
    installTranslations(u"en"_s);
    QCOMPARE(shipped, u"7.1 Отправлен"_s);
    QCOMPARE(unknown, u"12.5 Packed twice"_s);
    QCOMPARE(header, u"Заказ Odoo"_s);
}

void TestOrdersModel::stateColumnHasAnIconAndAColourPerState()
{
    const QList<OrderState> states = allOrderStates();
    QList<OrderRecord> orders;
    for (int i = 0; i < states.size(); ++i)
        orders << order(i + 1, states.at(i));
    QVERIFY(m_journal->upsertOrders(orders).ok());
    OrdersModel model(m_journal.get());
    QCOMPARE(model.rowCount(), states.size());
    QHash<OrderState, QImage> drawings;
    QSet<QRgb> colours;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex state = model.index(row, OrdersModel::StateColumn);
        const auto s = OrderState(state.data(OrdersModel::OrderStateRole).toInt());
        const QString name = orderStateName(s);
        const QVariant decoration = state.data(Qt::DecorationRole);
        QVERIFY2(decoration.canConvert<QIcon>(), qPrintable(name));
        const QImage image = decoration.value<QIcon>().pixmap(16).toImage();
        QVERIFY2(!image.isNull(), qPrintable(name));
        // Drawn, not blank.
        bool painted = false;
        for (int y = 0; y < image.height() && !painted; ++y)
            for (int x = 0; x < image.width() && !painted; ++x)
                painted = qAlpha(image.pixel(x, y)) > 0;
        QVERIFY2(painted, qPrintable(name));
        drawings.insert(s, image);
        const QColor colour = state.data(Qt::ForegroundRole).value<QBrush>().color();
        QCOMPARE(colour, OrdersModel::stateColour(s));
        colours.insert(colour.rgb());
        // Only the state column carries the icon.
        QVERIFY(!model.index(row, OrdersModel::OrderColumn).data(Qt::DecorationRole).isValid());
    }
    // Every state looks different from every other one, by its drawing and its colour.
    QCOMPARE(drawings.size(), states.size());
    QCOMPARE(colours.size(), states.size());
    for (auto a = drawings.cbegin(); a != drawings.cend(); ++a)
        for (auto b = std::next(a); b != drawings.cend(); ++b)
            QVERIFY2(a.value() != b.value(), qPrintable(orderStateName(a.key()) + u" and "_s + orderStateName(b.key())));
    // What needs the clerk stands out in red, its problem too.
    const QColor attention = OrdersModel::stateColour(OrderState::NeedsAttention);
    QVERIFY(attention.red() > 2 * attention.green() && attention.red() > 2 * attention.blue());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex problem = model.index(row, OrdersModel::ProblemColumn);
        const bool needsAttention = problem.data(OrdersModel::OrderStateRole).toInt() == int(OrderState::NeedsAttention);
        QCOMPARE(problem.data(Qt::ForegroundRole).isValid(), needsAttention);
    }
}

// Odoo's other open delivery of a shipped order: a mark with the delivery's name and what to do, in
// its own column; the Problem column stays for what blocks an order.
void TestOrdersModel::otherDeliveryHasItsOwnColumn()
{
    OrderRecord shipped = order(1, OrderState::PickingCreated);
    shipped.otherDeliveries = u"WH/OUT/00003"_s;
    OrderRecord blocked = order(2, OrderState::NeedsAttention);
    OrderRecord old = order(3, OrderState::PickingCreated); // a journal of before: the sentence kept as a warning
    old.warning = u"Odoo still has the open delivery WH/OUT/00001 for this order; cancel it in Odoo if Ysell "
                  "shipped everything."_s;
    QVERIFY(m_journal->upsertOrders({shipped, blocked, old}).ok());
    OrdersModel model(m_journal.get());
    QCOMPARE(model.rowCount(), 3);
    const int rowOld = 0, rowBlocked = 1, rowShipped = 2; // newest first
    QCOMPARE(model.index(rowShipped, 0).data().toString(), shipped.name);
    QCOMPARE(model.headerData(OrdersModel::OtherDeliveryColumn, Qt::Horizontal).toString(), u"Other delivery"_s);
    const QModelIndex other = model.index(rowShipped, OrdersModel::OtherDeliveryColumn);
    QCOMPARE(other.data().toString(), u"WH/OUT/00003"_s);
    QVERIFY(other.data(Qt::DecorationRole).canConvert<QIcon>());
    QVERIFY(!other.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage().isNull());
    const QString tip = other.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"WH/OUT/00003"_s) && tip.contains(u"cancel it in Odoo"_s), qPrintable(tip));
    QCOMPARE(model.index(rowShipped, OrdersModel::ProblemColumn).data().toString(), QString());
    QVERIFY(!model.index(rowShipped, OrdersModel::ProblemColumn).data(Qt::ToolTipRole).isValid());
    // Orders without one have no mark.
    for (int row : {rowBlocked, rowOld}) {
        QCOMPARE(model.index(row, OrdersModel::OtherDeliveryColumn).data().toString(), QString());
        QVERIFY(!model.index(row, OrdersModel::OtherDeliveryColumn).data(Qt::DecorationRole).isValid());
        QVERIFY(!model.index(row, OrdersModel::OtherDeliveryColumn).data(Qt::ToolTipRole).isValid());
    }
    QCOMPARE(model.index(rowBlocked, OrdersModel::ProblemColumn).data().toString(), blocked.lastError);
    QCOMPARE(model.index(rowOld, OrdersModel::ProblemColumn).data().toString(), old.warning); // still shown

    QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
    const QString header = model.headerData(OrdersModel::OtherDeliveryColumn, Qt::Horizontal).toString();
    const QString tipRu = other.data(Qt::ToolTipRole).toString();
    installTranslations(u"en"_s);
    QCOMPARE(header, u"Другая доставка"_s);
    QVERIFY2(tipRu.contains(u"WH/OUT/00003"_s) && tipRu.contains(u"Odoo"_s) && tipRu.contains(u"отмените"_s),
             qPrintable(tipRu));
}

void TestOrdersModel::modelTesterThroughChanges()
{
    seed(450);
    OrdersModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 450);
    for (int f = 0; f <= int(OrdersModel::Filter::PickingCreated); ++f)
        model.setFilter(OrdersModel::Filter(f));
    model.setFilter(OrdersModel::Filter::All);
    for (int c = 0; c < OrdersModel::ColumnCount; ++c) {
        model.sort(c, Qt::AscendingOrder);
        model.sort(c, Qt::DescendingOrder);
    }
    model.setSearchText(u"Acme"_s);
    QCOMPARE(model.rowCount(), 225);
    model.setSearchText(QString());

    // Rows come and go between refreshes, with a selection held in a selection model.
    QItemSelectionModel selection(&model);
    selection.select(model.index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    seed(30, 1000);
    model.refresh();
    QCOMPARE(model.rowCount(), 480);
    QList<OrderRecord> fewer;
    for (int i = 1; i <= 40; ++i) {
        OrderRecord o = order(i, OrderState::Closed);
        fewer << o;
    }
    QVERIFY(m_journal->upsertOrders(fewer).ok());
    model.setFilter(OrdersModel::Filter::Sent);
    const int sentBefore = model.rowCount();
    QVERIFY(m_journal->upsertOrders({order(2, OrderState::Sent), order(3, OrderState::Sent)}).ok());
    model.refresh();
    QCOMPARE(model.rowCount(), sentBefore + 2);
}

void TestOrdersModel::filters_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QList<OrderState>>("states");
    QTest::newRow("all") << int(OrdersModel::Filter::All) << kCycle;
    QTest::newRow("needs attention") << int(OrdersModel::Filter::NeedsAttention) << QList<OrderState>{OrderState::NeedsAttention};
    QTest::newRow("sent") << int(OrdersModel::Filter::Sent) << QList<OrderState>{OrderState::Sent};
    QTest::newRow("done") << int(OrdersModel::Filter::Done) << QList<OrderState>{OrderState::Done};
    QTest::newRow("picking created") << int(OrdersModel::Filter::PickingCreated)
                                     << QList<OrderState>{OrderState::PickingCreated};
}

void TestOrdersModel::filters()
{
    QFETCH(int, filter);
    QFETCH(QList<OrderState>, states);
    const QHash<OrderState, int> counts = seed(263);
    OrdersModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(OrdersModel::Filter(filter));
    int expected = 0;
    for (OrderState s : std::as_const(states))
        expected += counts.value(s);
    QCOMPARE(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto st = OrderState(model.index(row, 0).data(OrdersModel::OrderStateRole).toInt());
        QVERIFY2(states.contains(st), qPrintable(model.index(row, 0).data().toString()));
    }
}

void TestOrdersModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("order name") << u"S00042"_s << QStringList{u"S00042"_s};
    QTest::newRow("customer, any case") << u"acme gmbh 41"_s << QStringList{u"S00041"_s};
    QTest::newRow("customer, Cyrillic") << u"Иванов 44"_s << QStringList{u"S00044"_s};
    QTest::newRow("Ysell id") << u"98043"_s << QStringList{u"S00043"_s};
    QTest::newRow("serial, part of it") << u"XQ-77"_s << QStringList{u"S00040"_s};
    QTest::newRow("serial, short") << u"Q-"_s << QStringList{u"S00040"_s};
    QTest::newRow("nothing") << u"no-such-thing"_s << QStringList{};
}

void TestOrdersModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    seed(60);
    OrderRecord withSerials = order(40, OrderState::Sent);
    withSerials.serials = u"SN-XQ-7781 SN-XQ-7782"_s;
    QVERIFY(m_journal->upsertOrder(withSerials).ok());
    OrdersModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(text);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, OrdersModel::OrderColumn).data().toString();
    QCOMPARE(names, expected);
    // Search and filter combine.
    model.setFilter(OrdersModel::Filter::NeedsAttention);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(OrderState(model.index(row, 0).data(OrdersModel::OrderStateRole).toInt()), OrderState::NeedsAttention);
}

void TestOrdersModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int c : {int(OrdersModel::OrderColumn), int(OrdersModel::CustomerColumn), int(OrdersModel::ConfirmedColumn),
                  int(OrdersModel::StateColumn)}) {
        for (int o : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)})
            QTest::addRow("column %d %s", c, o == Qt::AscendingOrder ? "ascending" : "descending") << c << o;
    }
}

void TestOrdersModel::sorting()
{
    QFETCH(int, column);
    QFETCH(int, order);
    seed(420);
    OrdersModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(column, Qt::SortOrder(order));
    // Keys as the clerk would compare them; the check spans page boundaries.
    auto key = [&](int row) -> QVariant {
        const auto rec = model.orderAt(row);
        if (!rec)
            return {};
        switch (column) {
        case OrdersModel::OrderColumn: return rec->name;
        case OrdersModel::CustomerColumn: return rec->customer.toLower();
        case OrdersModel::ConfirmedColumn: return rec->confirmedAt;
        case OrdersModel::StateColumn: return int(rec->state);
        }
        return {};
    };
    QCOMPARE(model.rowCount(), 420);
    for (int row = 1; row < model.rowCount(); ++row) {
        const QVariant a = key(row - 1), b = key(row);
        QVERIFY(a.isValid() && b.isValid());
        const auto cmp = QVariant::compare(a, b);
        if (order == Qt::AscendingOrder)
            QVERIFY2(cmp != QPartialOrdering::Greater, qPrintable(u"row %1"_s.arg(row)));
        else
            QVERIFY2(cmp != QPartialOrdering::Less, qPrintable(u"row %1"_s.arg(row)));
    }
    if (!(column == OrdersModel::ConfirmedColumn && order == Qt::DescendingOrder))
        QCOMPARE(reset.size(), 1);
}

void TestOrdersModel::tenThousandRowsArePaged()
{
    seed(10'000);
    OrdersModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 10'000);
    model.sort(OrdersModel::OrderColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, 0).data().toString(), u"S00001"_s);
    QCOMPARE(model.index(5'000, 0).data().toString(), u"S05001"_s);
    QCOMPARE(model.index(9'999, 0).data().toString(), u"S10000"_s);
    QCOMPARE(model.index(9'999, OrdersModel::CustomerColumn).data().toString(), u"Борис Иванов 10000"_s);
    // Only the pages looked at are in memory, not the 10,000 rows.
    QVERIFY2(model.cachedRowCount() <= 3 * OrdersModel::PageSize, qPrintable(QString::number(model.cachedRowCount())));
    QVERIFY(model.cachedRowOf(u"S05001"_s) == 5'000);
    QCOMPARE(model.cachedRowOf(u"S02500"_s), -1);
    // Walking the whole table keeps memory bounded.
    for (int row = 0; row < model.rowCount(); row += 97)
        QVERIFY(model.orderAt(row).has_value());
    QVERIFY(model.cachedRowCount() < 10'000 / 2);
    model.setFilter(OrdersModel::Filter::NeedsAttention);
    QCOMPARE(model.rowCount(), 2'000);
}

void TestOrdersModel::refreshKeepsTheSelectedOrder()
{
    seed(500);
    OrdersModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&model);
    // Row 250 sits on the second page; newest first, so new orders push it down.
    const QModelIndex picked = model.index(250, OrdersModel::CustomerColumn);
    const QString name = picked.siblingAtColumn(0).data().toString();
    selection.setCurrentIndex(picked, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    seed(7, 2000);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 507);
    QCOMPARE(selection.currentIndex().row(), 257);
    QCOMPARE(selection.currentIndex().column(), int(OrdersModel::CustomerColumn));
    QCOMPARE(selection.currentIndex().siblingAtColumn(0).data().toString(), name);
    QVERIFY(selection.isRowSelected(257, {}));
}

void TestOrdersModel::journalChangesRefreshWithoutReset()
{
    seed(20);
    OrdersModel model(m_journal.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(&model, &OrdersModel::refreshed);
    model.setFilter(OrdersModel::Filter::NeedsAttention);
    QCOMPARE(reset.size(), 1); // a new filter is a new table
    const int before = model.rowCount();
    // The engine changes one order after another; the table catches up once, without a reset.
    for (int i : {2, 3, 4})
        QVERIFY(m_journal->upsertOrder(order(i, OrderState::NeedsAttention)).ok());
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), before + 3);
    OrderRecord fixed = order(2, OrderState::Sent);
    QVERIFY(m_journal->upsertOrder(fixed).ok());
    QTRY_COMPARE(refreshed.size(), 2);
    QCOMPARE(model.rowCount(), before + 2);
    QCOMPARE(reset.size(), 1);
}

// A partner name or an error with ESC, CR or a bidi override from Odoo is shown with the control
// made visible, never passed to the view as is.
void TestOrdersModel::controlCharactersAreShownVisibly()
{
    OrderRecord o = order(1, OrderState::NeedsAttention);
    o.customer = u"Evil\x1b[2J\rGmbH\u202e"_s;
    o.lastError = u"bad\x07 text"_s;
    QVERIFY(m_journal->upsertOrders({o}).ok());
    OrdersModel model(m_journal.get());
    QTRY_COMPARE(model.rowCount(), 1);
    const QString customer = model.index(0, OrdersModel::CustomerColumn).data().toString();
    QCOMPARE(customer, u"Evil\u241b[2J\u240dGmbH\ufffd"_s);
    const QString problem = model.index(0, OrdersModel::ProblemColumn).data().toString();
    QCOMPARE(problem, u"bad\u2407 text"_s);
    QVERIFY(!model.index(0, OrdersModel::ProblemColumn).data(Qt::ToolTipRole).toString().contains(u'\x07'));
}

QTEST_MAIN(TestOrdersModel)
#include "tst_ordersmodel.moc"
