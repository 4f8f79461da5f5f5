// The main window's "Reconciliation" tab against ysell-bridge-sim over real HTTPS: each kind of
// disagreement is made where it happens (a create whose answer was lost, a create Ysell refused, Ysell
// shipping, a delivery made by hand, an order cancelled in Odoo), the tab must list it with what to do,
// change nothing by itself, and its Retry must get an order through exactly once.
#include "MainWindow.h"
#include "ReconcileView.h"
#include "SimBridge.h"
#include "SimProcess.h"
#include "journal/Journal.h"
#include "sync/Bridge.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::SimProcess;

namespace {

int firstId(SimProcess &sim, const QString &model, const QJsonArray &domain)
{
    const QJsonArray found = sim.odooAsAdmin(model, u"search"_s, QJsonArray{domain}).toArray();
    return found.isEmpty() ? 0 : found.first().toInt();
}

// What the journal holds of every order: its state and when it last changed, its exchanges and events.
QStringList journalSnapshot(const Journal &journal)
{
    QStringList out;
    for (const QList<OrderRecord> orders = journal.orders().value(); const OrderRecord &r : orders) {
        out << u"%1 %2 %3 %4 exchanges %5 events"_s.arg(r.name, orderStateName(r.state),
                                                         r.updatedAt.toString(Qt::ISODateWithMs))
                   .arg(journal.exchanges(OrderKey::of(r)).value().size())
                   .arg(journal.events(OrderKey::of(r)).value().size());
    }
    out.sort();
    return out;
}

} // namespace

class TestReconcileView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shortcutAndTooltip();
    void rowsSayWhatToDoAndNothingIsWritten();
    void openInOdooOpensTheOrderOrTheDelivery();
    void retryIsOfferedOnlyWhereSafe();
    void retryGetsEachOrderThroughOnce();
    void aRefusedConnectionIsSaidPlainly();
    void theNextTryIsShownInLocalTime();

private:
    bool runReconciliation();
    int rowOf(const QString &order, ReconcileRow::Kind kind) const;
    QString cell(int row, int column) const;
    void selectRow(int row);
    int inYsell(const QString &orderNum);

    SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Bridge> m_bridge;
    std::unique_ptr<MainWindow> m_window;
    ReconcileView *m_view = nullptr;
    QList<QUrl> m_opened;
    QString m_lost;      // its create reached Ysell, its answer did not
    QString m_refused;   // Ysell answered its create with a server error (and kept nothing)
    QString m_shipped;   // done in Ysell, no delivery in Odoo yet
    QString m_handmade;  // a delivery from ShemaxGlobal made by hand
    QString m_cancelled; // cancelled in Odoo after it was sent
    int m_handmadePicking = 0;
    int m_cancelledId = 0;
};

bool TestReconcileView::runReconciliation()
{
    QSignalSpy done(m_view, &ReconcileView::reconciliationFinished);
    QAction *run = m_window->findChild<QAction *>(u"reconcileAction"_s);
    if (!run || !run->isEnabled())
        return false;
    run->trigger();
    return done.wait(60'000) || done.size() == 1;
}

int TestReconcileView::rowOf(const QString &order, ReconcileRow::Kind kind) const
{
    QTableWidget *t = m_view->table();
    for (int row = 0; row < t->rowCount(); ++row) {
        const QTableWidgetItem *i = t->item(row, ReconcileView::OrderColumn);
        if (i->text() == order && i->data(ReconcileView::KindRole).toInt() == int(kind))
            return row;
    }
    return -1;
}

QString TestReconcileView::cell(int row, int column) const
{
    const QTableWidgetItem *i = m_view->table()->item(row, column);
    return i ? i->text() : QString();
}

void TestReconcileView::selectRow(int row)
{
    m_view->table()->clearSelection();
    m_view->table()->selectRow(row);
}

int TestReconcileView::inYsell(const QString &orderNum)
{
    int n = 0;
    for (const QJsonValue &o : m_sim.ysellOrders())
        n += o.toObject().value(u"order_num"_s).toString() == orderNum ? 1 : 0;
    return n;
}

void TestReconcileView::initTestCase()
{
    QVERIFY2(m_sim.start({u"--orders"_s, u"5"_s}), qPrintable(m_sim.errorString()));
    const Config c = ysb::test::configFor(m_sim, m_dir.filePath(u"journal.sqlite"_s), 60);
    auto bridge = Bridge::create(c, {m_sim.odooPassword(), m_sim.ysellToken()});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    m_bridge = std::move(bridge).value();
    m_window = std::make_unique<MainWindow>(m_bridge.get());
    m_view = m_window->reconcileView();
    QVERIFY(m_view);
    m_view->setUrlOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    SyncEngine *engine = m_bridge->engine();
    Journal *journal = m_bridge->journal();

    // The first create reaches Ysell but its answer is lost: the order waits, its outcome unknown.
    QVERIFY(m_sim.fault({{u"route"_s, u"create"_s}, {u"kind"_s, u"commit_drop"_s}, {u"count"_s, 1}}));
    engine->sendNow();
    QVERIFY(ysb::test::runUntilIdle(engine));
    QVERIFY(m_sim.clearFaults());
    QStringList sent;
    for (const QList<OrderRecord> rows = journal->orders().value(); const OrderRecord &r : rows) {
        if (r.state == OrderState::Sending)
            m_lost = r.name;
        else if (r.state == OrderState::Sent)
            sent << r.name;
    }
    sent.sort();
    QVERIFY2(!m_lost.isEmpty() && sent.size() == 4, qPrintable(m_lost + u" / "_s + sent.join(u' ')));
    QCOMPARE(inYsell(m_lost), 1);
    // A new order whose create Ysell answers with a server error, keeping nothing.
    const QStringList added = m_sim.addOrders(1);
    QCOMPARE(added.size(), 1);
    m_refused = added.first();
    QVERIFY(m_sim.fault({{u"route"_s, u"create"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 500}, {u"count"_s, 1}}));
    engine->sendNow();
    QVERIFY(ysb::test::runUntilIdle(engine));
    QVERIFY(m_sim.clearFaults());
    // A server error says nothing of whether Ysell kept it: the engine will look it up before a create.
    QCOMPARE(journal->order(m_refused).value()->state, OrderState::Sending);
    QCOMPARE(inYsell(m_refused), 0);

    // Ysell ships one; no status check has made its delivery yet.
    m_shipped = sent.at(0);
    QVERIFY(m_sim.advance(u"7.1"_s, {m_shipped}));
    // A delivery from ShemaxGlobal made by hand for an order Ysell has not shipped.
    m_handmade = sent.at(1);
    const int shemax = firstId(m_sim, u"stock.location"_s, QJsonArray{QJsonArray{u"name"_s, u"="_s, u"ShemaxGlobal"_s}});
    const int type = firstId(m_sim, u"stock.picking.type"_s, QJsonArray{QJsonArray{u"code"_s, u"="_s, u"outgoing"_s}});
    QVERIFY(shemax > 0 && type > 0);
    m_handmadePicking = m_sim
                            .odooAsAdmin(u"stock.picking"_s, u"create"_s,
                                         QJsonArray{QJsonObject{{u"name"_s, u"WH/OUT/HAND1"_s},
                                                                {u"origin"_s, m_handmade},
                                                                {u"location_id"_s, shemax},
                                                                {u"picking_type_id"_s, type}}})
                            .toInt();
    QVERIFY(m_handmadePicking > 0);
    // Cancelled in Odoo after it went to Ysell.
    m_cancelled = sent.at(2);
    m_cancelledId = firstId(m_sim, u"sale.order"_s, QJsonArray{QJsonArray{u"name"_s, u"="_s, m_cancelled}});
    QVERIFY(m_cancelledId > 0);
    m_sim.odooAsAdmin(u"sale.order"_s, u"action_cancel"_s, QJsonArray{QJsonArray{m_cancelledId}});
}

void TestReconcileView::cleanupTestCase()
{
    m_window.reset();
    m_bridge.reset();
}

void TestReconcileView::shortcutAndTooltip()
{
    QAction *run = m_window->findChild<QAction *>(u"reconcileAction"_s);
    QVERIFY(run);
    QCOMPARE(run->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY2(run->toolTip().contains(run->shortcut().toString(QKeySequence::NativeText)), qPrintable(run->toolTip()));
    auto *toolbar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolbar && toolbar->widgetForAction(run));
    auto *button = m_view->findChild<QToolButton *>(u"reconcileRunButton"_s);
    QVERIFY(button && button->defaultAction() == run);
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->tabText(tabs->indexOf(m_view)), u"Reconciliation"_s);
    QCOMPARE(tabs->currentWidget()->objectName(), u"ordersTab"_s);
    // Before the first run the tab says what it does, and that it changes nothing.
    QVERIFY(m_view->findChild<QLabel *>(u"reconcileSummary"_s)->text().contains(u"It changes nothing"_s));
}

void TestReconcileView::rowsSayWhatToDoAndNothingIsWritten()
{
    const QStringList before = journalSnapshot(*m_bridge->journal());
    const int ysellOrders = int(m_sim.ysellOrders().size());
    QVERIFY(m_sim.resetStats());

    // The shortcut's action shows the tab and runs; the window stays live and shows it works.
    QSignalSpy done(m_view, &ReconcileView::reconciliationFinished);
    m_window->findChild<QAction *>(u"reconcileAction"_s)->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), m_view);
    QVERIFY(m_view->isRunning());
    QVERIFY(m_view->findChild<QProgressBar *>(u"reconcileBusy"_s)->isVisible());
    QVERIFY(m_view->findChild<QPushButton *>(u"reconcileCancelButton"_s)->isVisible());
    QVERIFY(!m_window->findChild<QAction *>(u"reconcileAction"_s)->isEnabled()); // one at a time
    QVERIFY(done.wait(60'000));
    QVERIFY(!m_view->isRunning());
    QVERIFY(!m_view->findChild<QProgressBar *>(u"reconcileBusy"_s)->isVisible());

    QTableWidget *t = m_view->table();
    QCOMPARE(t->rowCount(), 5);
    QCOMPARE(t->horizontalHeaderItem(ReconcileView::AdviceColumn)->text(), u"What to do"_s);
    struct Expected {
        QString order;
        ReconcileRow::Kind kind;
        QString label;
        OrderState journal;
        QString found, advice;
    };
    const QList<Expected> expected{
        {m_lost, ReconcileRow::Kind::NeverSent, u"Confirmed in Odoo, not sent"_s, OrderState::Sending,
         u"Its create request had no clear answer."_s,
         u"Retry: Ysell Bridge looks the order up in Ysell before sending anything."_s},
        {m_refused, ReconcileRow::Kind::NeverSent, u"Confirmed in Odoo, not sent"_s, OrderState::Sending,
         u"Its create request had no clear answer."_s, u"Retry: Ysell Bridge looks the order up"_s},
        {m_shipped, ReconcileRow::Kind::DoneWithoutPicking, u"Done in Ysell, no delivery"_s, OrderState::Sent,
         u"Ysell reports it done"_s, u"Run a status check"_s},
        {m_handmade, ReconcileRow::Kind::PickingWithoutDone, u"Delivery, not done in Ysell"_s, OrderState::Sent,
         u"Odoo has the delivery WH/OUT/HAND1 from WH/ShemaxGlobal"_s, u"cancel the delivery WH/OUT/HAND1 in Odoo"_s},
        {m_cancelled, ReconcileRow::Kind::CancelledAfterSent, u"Cancelled in Odoo after sending"_s, OrderState::Sent,
         u"Cancelled in Odoo; Ysell has it as order"_s, u"Cancel it in Ysell by hand"_s},
    };
    for (const Expected &e : expected) {
        const int row = rowOf(e.order, e.kind);
        QVERIFY2(row >= 0, qPrintable(e.order + u' ' + e.label));
        QCOMPARE(cell(row, ReconcileView::KindColumn), e.label);
        QCOMPARE(cell(row, ReconcileView::JournalColumn), orderStateLabel(e.journal));
        QVERIFY2(cell(row, ReconcileView::FoundColumn).contains(e.found), qPrintable(cell(row, ReconcileView::FoundColumn)));
        QVERIFY2(cell(row, ReconcileView::AdviceColumn).contains(e.advice),
                 qPrintable(cell(row, ReconcileView::AdviceColumn)));
    }
    const QString counts = m_view->findChild<QLabel *>(u"reconcileCounts"_s)->text();
    QVERIFY2(counts.contains(u"Confirmed in Odoo, not sent: 2"_s) && counts.contains(u"Sent, unknown to Ysell: 0"_s)
                 && counts.contains(u"Done in Ysell, no delivery: 1"_s)
                 && counts.contains(u"Delivery, not done in Ysell: 1"_s)
                 && counts.contains(u"Cancelled in Odoo after sending: 1"_s),
             qPrintable(counts));
    const QString summary = m_view->findChild<QLabel *>(u"reconcileSummary"_s)->text();
    QVERIFY2(summary.contains(u"5 disagreement(s) among 6 Odoo order(s)"_s), qPrintable(summary));

    // It only read: the journal is as it was, Ysell got no create, Odoo no write.
    QCOMPARE(journalSnapshot(*m_bridge->journal()), before);
    const QJsonObject stats = m_sim.stats();
    QCOMPARE(stats.value(u"ysell"_s).toObject().value(u"creates"_s).toInt(), 0);
    QCOMPARE(int(m_sim.ysellOrders().size()), ysellOrders);
    const QJsonObject calls = stats.value(u"odoo"_s).toObject().value(u"calls"_s).toObject();
    QVERIFY2(calls.value(u"sale.order.search_read"_s).toInt() == 1, qPrintable(QStringList(calls.keys()).join(u' ')));
    for (const QString &key : calls.keys()) {
        const QString method = key.section(u'.', -1);
        QVERIFY2(method == u"search_read"_s || method == u"search"_s || method == u"read"_s
                     || method == u"authenticate"_s || method == u"version"_s || method == u"fields_get"_s
                     || method == u"search_count"_s || method == u"check_object_reference"_s,
                 qPrintable(key));
    }
}

void TestReconcileView::openInOdooOpensTheOrderOrTheDelivery()
{
    auto *open = m_view->findChild<QPushButton *>(u"reconcileOpenButton"_s);
    QVERIFY(open);
    const QString odoo = m_sim.odooUrl();
    m_opened.clear();
    selectRow(rowOf(m_cancelled, ReconcileRow::Kind::CancelledAfterSent));
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(m_opened, QList<QUrl>{QUrl(u"%1/web#id=%2&model=sale.order&view_type=form"_s.arg(odoo).arg(m_cancelledId))});
    // A delivery row opens the delivery; a double-click does what the button does.
    m_opened.clear();
    const int row = rowOf(m_handmade, ReconcileRow::Kind::PickingWithoutDone);
    QTableWidget *t = m_view->table();
    const QRect r = t->visualRect(t->model()->index(row, ReconcileView::OrderColumn));
    QVERIFY(t->viewport()->rect().contains(r.center()));
    QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, r.center()); // the press a double-click follows
    QVERIFY(m_opened.isEmpty());
    QTest::mouseDClick(t->viewport(), Qt::LeftButton, {}, r.center());
    QCOMPARE(m_opened,
             QList<QUrl>{QUrl(u"%1/web#id=%2&model=stock.picking&view_type=form"_s.arg(odoo).arg(m_handmadePicking))});
}

void TestReconcileView::retryIsOfferedOnlyWhereSafe()
{
    auto *retry = m_view->findChild<QPushButton *>(u"reconcileRetryButton"_s);
    QVERIFY(retry);
    const QList<QPair<int, bool>> rows{
        {rowOf(m_lost, ReconcileRow::Kind::NeverSent), true},
        {rowOf(m_refused, ReconcileRow::Kind::NeverSent), true},
        {rowOf(m_shipped, ReconcileRow::Kind::DoneWithoutPicking), true}, // a status check only reads Ysell
        {rowOf(m_handmade, ReconcileRow::Kind::PickingWithoutDone), false},
        {rowOf(m_cancelled, ReconcileRow::Kind::CancelledAfterSent), false},
    };
    for (const auto &[row, offered] : rows) {
        selectRow(row);
        QVERIFY2(retry->isEnabled() == offered, qPrintable(cell(row, ReconcileView::OrderColumn)));
    }
    QVERIFY(ReconcileView::isRetryable(ReconcileRow::Kind::NeverSent, OrderState::NeedsAttention));
    QVERIFY(!ReconcileView::isRetryable(ReconcileRow::Kind::NeverSent, OrderState::Closed));
    QVERIFY(!ReconcileView::isRetryable(ReconcileRow::Kind::UnknownToYsell, OrderState::Sent));
}

void TestReconcileView::retryGetsEachOrderThroughOnce()
{
    auto *retry = m_view->findChild<QPushButton *>(u"reconcileRetryButton"_s);
    QTableWidget *t = m_view->table();
    // The order whose answer was lost and the one Ysell refused, together, as the clerk selects them.
    t->clearSelection();
    for (int row : {rowOf(m_lost, ReconcileRow::Kind::NeverSent), rowOf(m_refused, ReconcileRow::Kind::NeverSent)})
        t->selectionModel()->select(t->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(retry->isEnabled());
    QVERIFY(m_sim.resetStats());
    QTest::mouseClick(retry, Qt::LeftButton);
    // Two orders: the window asks once, as its own Retry does.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"retryConfirmation"_s)) != nullptr);
    QVERIFY(box->informativeText().contains(m_lost) && box->informativeText().contains(m_refused));
    box->button(QMessageBox::Yes)->click();
    QVERIFY(ysb::test::runUntilIdle(m_bridge->engine()));
    QTRY_VERIFY(!m_bridge->engine()->isBusy());
    // The lost one was found in Ysell and adopted; the refused one created now: one each in Ysell.
    QCOMPARE(inYsell(m_lost), 1);
    QCOMPARE(inYsell(m_refused), 1);
    QCOMPARE(m_sim.stats().value(u"ysell"_s).toObject().value(u"creates"_s).toInt(), 1);
    QCOMPARE(m_bridge->journal()->order(m_lost).value()->state, OrderState::Sent);
    QCOMPARE(m_bridge->journal()->order(m_refused).value()->state, OrderState::Sent);
    // The rows say so without another run, and Retry is no longer offered for them.
    QTRY_COMPARE(cell(rowOf(m_lost, ReconcileRow::Kind::NeverSent), ReconcileView::JournalColumn),
                 orderStateLabel(OrderState::Sent));
    QVERIFY(!retry->isEnabled());
    // The next send cycle sends neither again; the next reconciliation no longer lists them.
    m_bridge->engine()->sendNow();
    QVERIFY(ysb::test::runUntilIdle(m_bridge->engine()));
    QCOMPARE(m_sim.stats().value(u"ysell"_s).toObject().value(u"creates"_s).toInt(), 1);
    QVERIFY(runReconciliation());
    QCOMPARE(rowOf(m_lost, ReconcileRow::Kind::NeverSent), -1);
    QCOMPARE(rowOf(m_refused, ReconcileRow::Kind::NeverSent), -1);
    QCOMPARE(t->rowCount(), 3);
}

void TestReconcileView::aRefusedConnectionIsSaidPlainly()
{
    QVERIFY(m_sim.fault({{u"route"_s, u"odoo:sale.order.search_read"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 500}}));
    QVERIFY(runReconciliation());
    QVERIFY(m_sim.clearFaults());
    const QString summary = m_view->findChild<QLabel *>(u"reconcileSummary"_s)->text();
    QVERIFY2(summary.startsWith(u"The reconciliation could not be made: "_s), qPrintable(summary));
    // The rows of the last run that worked stay, to be read while the connection is down.
    QCOMPARE(m_view->table()->rowCount(), 3);
    // A cancel stops waiting at once and says so.
    QSignalSpy done(m_view, &ReconcileView::reconciliationFinished);
    m_window->findChild<QAction *>(u"reconcileAction"_s)->trigger();
    QTest::mouseClick(m_view->findChild<QPushButton *>(u"reconcileCancelButton"_s), Qt::LeftButton);
    QVERIFY(done.wait(5'000) || done.size() == 1);
    QVERIFY2(m_view->findChild<QLabel *>(u"reconcileSummary"_s)->text().contains(u"cancelled"_s),
             qPrintable(m_view->findChild<QLabel *>(u"reconcileSummary"_s)->text()));
    QVERIFY(m_window->findChild<QAction *>(u"reconcileAction"_s)->isEnabled());
}

// Times are the clerk's, as in the orders table: an order waiting for its next try says when in the
// computer's time zone.
void TestReconcileView::theNextTryIsShownInLocalTime()
{
    // Novosibirsk is UTC+7 all year: 09:00 UTC is 16:00 there.
    qputenv("TZ", "Asia/Novosibirsk");
    tzset();
    const QStringList added = m_sim.addOrders(1);
    QCOMPARE(added.size(), 1);
    OrderRecord waiting;
    waiting.name = added.first();
    waiting.odooId = firstId(m_sim, u"sale.order"_s, QJsonArray{QJsonArray{u"name"_s, u"="_s, waiting.name}});
    QVERIFY(waiting.odooId > 0);
    waiting.state = OrderState::New;
    waiting.lastError = Text::data(u"Ysell did not answer."_s);
    waiting.nextAttemptAt = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    QVERIFY(m_bridge->journal()->upsertOrder(waiting).ok());

    QVERIFY(runReconciliation());
    const int row = rowOf(waiting.name, ReconcileRow::Kind::NeverSent);
    QVERIFY2(row >= 0, qPrintable(waiting.name));
    QCOMPARE(cell(row, ReconcileView::FoundColumn), u"Waiting for its next try at 2026-11-29 16:00: Ysell did not answer."_s);
    QCOMPARE(m_view->table()->item(row, ReconcileView::FoundColumn)->toolTip(), cell(row, ReconcileView::FoundColumn));
    qunsetenv("TZ");
    tzset();
}

QTEST_MAIN(TestReconcileView)
#include "tst_reconcileview.moc"
