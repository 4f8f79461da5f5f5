// The main window offscreen against ysell-bridge-sim over real HTTPS, driven the way a clerk drives
// it: by its buttons and keys (found by object name), checking the journal, the table and what the
// window says.
#include "MainWindow.h"
#include "OrderDetailsView.h"
#include "OrdersModel.h"
#include "SerialsDialog.h"
#include "SimBridge.h"
#include "SimProcess.h"
#include "Translations.h"
#include "journal/Journal.h"
#include "sync/Bridge.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::SimProcess;

/// Receives the URLs the window asks the desktop to open.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tableShowsTheJournal();
    void retryOneOrderMakesANewExchange();
    void retryManyAsksOnceAndSummarises();
    void serialsDialogRefusesADuplicate();
    void serialsDialogSavesAndRecordsAnEvent();
    void deleteKeyDeletesNothing();
    void ctrlFFocusesSearch();
    void searchFindsBySerial();
    void openInOdooAndCopyYsellId();
    void openOrdersFromANotification();
    void showRequestInTheDetailPane();
    void detailPaneShowsTheSelectedOrderOfASharedName();
    void bannerSaysWhyNothingRuns();
    void titleAndStatusBarSayWhenTheLastCheckRan();
    void toolbarHasIconsAndShortcutsInTooltips();

private:
    QAction *action(const char *name) const;
    void clickAction(const char *name);
    bool runUntilIdle();
    void select(const QStringList &names);
    void selectById(qint64 odooId);

    std::unique_ptr<SimProcess> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Bridge> m_bridge;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_failedOrders; // orders whose create Ysell refused in the first cycle
};

QAction *TestMainWindow::action(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1String(name));
}

void TestMainWindow::clickAction(const char *name)
{
    QAction *a = action(name);
    QVERIFY2(a, name);
    auto *toolbar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolbar);
    QWidget *button = toolbar->widgetForAction(a);
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

bool TestMainWindow::runUntilIdle()
{
    return ysb::test::runUntilIdle(m_bridge->engine());
}

void TestMainWindow::select(const QStringList &names)
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    search->clear();
    m_window->findChild<QToolButton *>(u"filterAll"_s)->click();
    QTableView *view = m_window->ordersView();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex idx = view->model()->index(row, 0);
        if (names.contains(idx.data(OrdersModel::OrderNameRole).toString()))
            view->selectionModel()->select(idx, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        view->selectionModel()->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
}

void TestMainWindow::selectById(qint64 odooId)
{
    select({});
    QTableView *view = m_window->ordersView();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex idx = view->model()->index(row, 0);
        if (idx.data(OrdersModel::OdooIdRole).toLongLong() == odooId) {
            view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void TestMainWindow::initTestCase()
{
    m_sim = std::make_unique<SimProcess>();
    QVERIFY2(m_sim->start({u"--demo"_s}), qPrintable(m_sim->errorString()));
    const Config c = ysb::test::configFor(*m_sim, m_dir.filePath(u"journal.sqlite"_s), 60);
    auto bridge = Bridge::create(c, {m_sim->odooPassword(), m_sim->ysellToken()});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    m_bridge = std::move(bridge).value();
    m_window = std::make_unique<MainWindow>(m_bridge.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Shortcuts (F5, Ctrl+F, Del) reach only the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Ysell refuses the first creates with a server error: those orders wait for a retry.
    QVERIFY(m_sim->fault(QJsonObject{{u"route"_s, u"create"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 500},
                                     {u"count"_s, 3}}));
    clickAction("sendNowAction");
    QVERIFY(runUntilIdle());
    QVERIFY(m_sim->clearFaults());
    const QList<OrderRecord> all = m_bridge->journal()->orders().value();
    QVERIFY2(all.size() >= 20, qPrintable(QString::number(all.size())));
    for (const OrderRecord &r : all) {
        if (r.state != OrderState::Sent && r.state != OrderState::NeedsAttention)
            m_failedOrders << r.name;
        else if (r.state == OrderState::NeedsAttention && r.lastErrorKind != u"preflight"_s)
            m_failedOrders << r.name;
    }
    std::sort(m_failedOrders.begin(), m_failedOrders.end());
    QVERIFY2(m_failedOrders.size() >= 3, qPrintable(m_failedOrders.join(u' ')));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_bridge.reset();
    m_sim.reset();
}

void TestMainWindow::tableShowsTheJournal()
{
    OrdersModel *model = m_window->ordersModel();
    QTRY_COMPARE(model->rowCount(), m_bridge->journal()->countOrders().value());
    auto *counts = m_window->findChild<QLabel *>(u"countsLabel"_s);
    QVERIFY(counts);
    const int sent = m_bridge->journal()->countsByState().value().value(OrderState::Sent);
    QVERIFY2(counts->text().contains(u"Sent %1"_s.arg(sent)), qPrintable(counts->text()));
    // The filter buttons show only what they say.
    m_window->findChild<QToolButton *>(u"filterNeedsAttention"_s)->click();
    QCOMPARE(model->rowCount(), m_bridge->journal()->countsByState().value().value(OrderState::NeedsAttention));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, OrdersModel::StateColumn).data().toString(), orderStateLabel(OrderState::NeedsAttention));
    m_window->findChild<QToolButton *>(u"filterAll"_s)->click();
    QCOMPARE(model->rowCount(), m_bridge->journal()->countOrders().value());
    auto *progress = m_window->findChild<QWidget *>(u"cycleProgress"_s);
    QVERIFY(progress && !progress->isVisible());
}

void TestMainWindow::retryOneOrderMakesANewExchange()
{
    const QString name = m_failedOrders.first();
    const int before = int(m_bridge->journal()->exchanges(name).value().size());
    select({name});
    QCOMPARE(m_window->currentOrder(), name);
    QTRY_COMPARE(m_window->detailsView()->orderName(), name);
    clickAction("retryAction");
    QVERIFY(runUntilIdle());
    const QList<ExchangeRecord> after = m_bridge->journal()->exchanges(name).value();
    QVERIFY2(after.size() > before, qPrintable(u"%1 → %2"_s.arg(before).arg(after.size())));
    bool toYsell = false;
    for (qsizetype i = before; i < after.size(); ++i)
        toYsell = toYsell || after.at(i).system == u"ysell"_s;
    QVERIFY(toYsell);
    QCOMPARE(m_bridge->journal()->order(name).value()->state, OrderState::Sent);
    // In Ysell, once.
    int inYsell = 0;
    for (const QJsonValue &o : m_sim->ysellOrders())
        inYsell += o.toObject().value(u"order_num"_s).toString() == name ? 1 : 0;
    QCOMPARE(inYsell, 1);
    // The detail pane shows the new exchange and the status bar the outcome.
    QTRY_VERIFY2(m_window->detailsView()->text().contains(u"Ysell"_s), qPrintable(m_window->detailsView()->text()));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(name), qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::retryManyAsksOnceAndSummarises()
{
    const QStringList names = m_failedOrders.mid(1, 2);
    QCOMPARE(names.size(), 2);
    QHash<QString, int> before;
    for (const QString &n : names)
        before.insert(n, int(m_bridge->journal()->exchanges(n).value().size()));
    select(names);
    QCOMPARE(m_window->selectedOrders(), names);
    clickAction("retryAction");
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<QMessageBox *>(u"retryConfirmation"_s)) != nullptr);
    QVERIFY(confirm->text().contains(u"2"_s));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(runUntilIdle());
    for (const QString &n : names) {
        QVERIFY2(m_bridge->journal()->exchanges(n).value().size() > before.value(n), qPrintable(n));
        QCOMPARE(m_bridge->journal()->order(n).value()->state, OrderState::Sent);
    }
    QMessageBox *summary = nullptr;
    QTRY_VERIFY((summary = m_window->findChild<QMessageBox *>(u"retrySummary"_s)) != nullptr);
    QVERIFY2(summary->text().contains(u"All 2 orders went through"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(names.first()));
    summary->accept();
}

void TestMainWindow::serialsDialogRefusesADuplicate()
{
    // An order whose scanner (two units) is tracked by serial number.
    QString name;
    for (const QList<OrderRecord> rows = m_bridge->journal()->orders().value(); const OrderRecord &r : rows) {
        if (r.serials.split(u' ', Qt::SkipEmptyParts).size() >= 2 && r.serials.contains(u"ACC-SER-001"_s)) {
            name = r.name;
            break;
        }
    }
    QVERIFY2(!name.isEmpty(), "no order with two serial numbers in the demo data");
    select({name});
    clickAction("serialsAction");
    SerialsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<SerialsDialog *>(u"serialsDialog"_s)) != nullptr, 30'000);
    QTRY_VERIFY(dialog->isVisible());
    QList<QLineEdit *> fields;
    for (QLineEdit *e : dialog->findChildren<QLineEdit *>()) {
        if (e->objectName().startsWith(u"serial_"_s))
            fields << e;
    }
    QVERIFY2(fields.size() >= 2, qPrintable(QString::number(fields.size())));
    for (QLineEdit *e : fields)
        e->clear();
    // Scanner: serial + Enter, focus moves on; the same serial again is refused and stays selected.
    fields.at(0)->setFocus();
    QTest::keyClicks(fields.at(0), u"SN-TEST-0001"_s);
    QTest::keyClick(fields.at(0), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(fields.at(1)->hasFocus());
    QTest::keyClicks(fields.at(1), u"SN-TEST-0001"_s);
    QTest::keyClick(fields.at(1), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(fields.at(1)->hasFocus());
    QVERIFY2(dialog->message().contains(u"already entered"_s), qPrintable(dialog->message()));
    QCOMPARE(fields.at(1)->selectedText(), u"SN-TEST-0001"_s);
    // Save refuses too, and nothing reaches the journal.
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_bridge->journal()->serials(name).value().isEmpty());
    // The next scan replaces the refused one.
    QTest::keyClicks(fields.at(1), u"SN-TEST-0002"_s);
    QTest::keyClick(fields.at(1), Qt::Key_Return);
    QVERIFY(dialog->message().isEmpty() || !dialog->message().contains(u"already"_s));
    dialog->reject();
}

// Saved from the dialog, the serials reach the journal with a "serials" event, as `serials set` records.
void TestMainWindow::serialsDialogSavesAndRecordsAnEvent()
{
    std::optional<OrderRecord> order;
    const Result<QList<OrderRecord>> all = m_bridge->journal()->orders();
    QVERIFY(all.ok());
    for (const OrderRecord &r : all.value()) {
        if (r.state == OrderState::Sent && r.serials.contains(u"ACC-SER-001"_s)) {
            order = r;
            break;
        }
    }
    QVERIFY2(order, "no sent order with serial numbers in the demo data");
    const OrderKey key = OrderKey::of(*order);
    selectById(order->odooId);
    clickAction("serialsAction");
    SerialsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<SerialsDialog *>(u"serialsDialog"_s)) != nullptr, 30'000);
    QTRY_VERIFY(dialog->isVisible());
    QStringList entered;
    for (QLineEdit *e : dialog->findChildren<QLineEdit *>()) {
        if (!e->objectName().startsWith(u"serial_"_s))
            continue;
        entered << u"SN-GUI-%1"_s.arg(entered.size() + 1);
        e->setText(entered.last());
    }
    QVERIFY(!entered.isEmpty());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<SerialsDialog *>(u"serialsDialog"_s) == nullptr);
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(u"Serial numbers of %1 saved."_s.arg(order->name)),
                 qPrintable(m_window->statusBar()->currentMessage()));
    const Result<QHash<qint64, QStringList>> stored = m_bridge->journal()->serials(key);
    QVERIFY(stored.ok());
    QStringList saved;
    for (const QStringList &serials : stored.value())
        saved << serials;
    saved.sort();
    entered.sort();
    QCOMPARE(saved, entered);
    const Result<QList<EventRecord>> history = m_bridge->journal()->events(key);
    QVERIFY(history.ok());
    QStringList events;
    for (const EventRecord &e : history.value()) {
        if (e.kind == u"serials"_s)
            events << e.message.render();
    }
    QVERIFY2(!events.isEmpty() && events.join(u'\n').contains(u"Serial numbers entered for line"_s)
                 && events.join(u'\n').contains(u"SN-GUI-1"_s),
             qPrintable(events.join(u'\n')));
    // The sent order is not sent again; the entries are taken back so the other tests meet the demo data.
    const QHash<qint64, QStringList> &lines = stored.value();
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        QVERIFY(m_bridge->journal()->setSerials(key, it.key(), {}).ok());
}

void TestMainWindow::deleteKeyDeletesNothing()
{
    const int before = m_bridge->journal()->countOrders().value();
    select({m_failedOrders.first()});
    QTableView *view = m_window->ordersView();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QTest::keyClick(m_window.get(), Qt::Key_Delete);
    QCOMPARE(m_bridge->journal()->countOrders().value(), before);
    QVERIFY(m_bridge->journal()->order(m_failedOrders.first()).value().has_value());
    QCOMPARE(m_window->ordersModel()->rowCount(), before);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Nothing is deleted"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::ctrlFFocusesSearch()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->ordersView()->setFocus();
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    QVERIFY(!search->hasFocus());
    QTest::keyClick(m_window->ordersView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
}

void TestMainWindow::searchFindsBySerial()
{
    const QList<OrderRecord> all = m_bridge->journal()->orders().value();
    QString serial, owner;
    for (const OrderRecord &r : all) {
        if (!r.serials.isEmpty()) {
            serial = r.serials.split(u' ', Qt::SkipEmptyParts).first();
            owner = r.name;
            break;
        }
    }
    QVERIFY(!serial.isEmpty());
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    search->setFocus();
    search->clear();
    QTest::keyClicks(search, serial);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->ordersModel()->rowCount(), 1);
    QCOMPARE(m_window->ordersModel()->index(0, 0).data().toString(), owner);
    search->clear();
    QTRY_COMPARE(m_window->ordersModel()->rowCount(), m_bridge->journal()->countOrders().value());
}

void TestMainWindow::openInOdooAndCopyYsellId()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
    const QString name = m_failedOrders.first();
    const OrderRecord rec = *m_bridge->journal()->order(name).value();
    select({name});
    clickAction("openInOdooAction");
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first().toString(),
             u"%1/web#id=%2&model=sale.order&view_type=form"_s.arg(m_sim->odooUrl()).arg(rec.odooId));
    QVERIFY(!rec.ysellId.isEmpty());
    clickAction("copyYsellIdAction");
    QCOMPARE(QGuiApplication::clipboard()->text(), rec.ysellId);
}

void TestMainWindow::openOrdersFromANotification()
{
    m_window->hide();
    const QString name = m_failedOrders.last();
    m_window->openOrders({name});
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->currentOrder(), name);
    QCOMPARE(m_window->detailsView()->orderName(), name);
    QVERIFY(m_window->detailsView()->text().contains(name));
    // Several: the list of orders that need attention.
    m_window->openOrders({u"S00001"_s, u"S00002"_s});
    QCOMPARE(m_window->ordersModel()->filter(), OrdersModel::Filter::NeedsAttention);
    QVERIFY(m_window->findChild<QToolButton *>(u"filterNeedsAttention"_s)->isChecked());
}

void TestMainWindow::showRequestInTheDetailPane()
{
    // An order that waits for the clerk: the pane shows what would go and why it does not yet.
    QString name;
    for (const QList<OrderRecord> rows = m_bridge->journal()->orders().value(); const OrderRecord &r : rows) {
        if (r.state == OrderState::NeedsAttention && r.lastErrorKind == u"preflight"_s)
            name = r.name;
    }
    QVERIFY(!name.isEmpty());
    const OrderRecord before = *m_bridge->journal()->order(name).value();
    const qsizetype exchangesBefore = m_bridge->journal()->exchanges({}, 1000000).value().size();
    const qsizetype inYsellBefore = m_sim->ysellOrders().size();
    select({name});
    QTRY_COMPARE(m_window->detailsView()->orderName(), name);
    auto *button = m_window->detailsView()->findChild<QPushButton *>(u"showRequestButton"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    const QString request = u"POST "_s + m_sim->ysellUrl() + u"/api/orders/create"_s;
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->detailsView()->requestText().contains(request),
                              qPrintable(m_window->detailsView()->requestText()), 30'000);
    const QString text = m_window->detailsView()->requestText();
    QVERIFY(text.contains(u"Authorization: Bearer ***"_s));
    QVERIFY(text.contains(u"\"order_num\":\""_s + name + u'"'));
    QVERIFY2(text.contains(u"It has not been sent."_s) && text.contains(u"Not sent now: "_s), qPrintable(text));
    QVERIFY(!text.contains(m_sim->ysellToken())); // canary
    QVERIFY(!text.contains(m_sim->odooPassword()));
    auto *view = m_window->detailsView()->findChild<QWidget *>(u"requestView"_s);
    QVERIFY(view && view->isVisible());
    // Nothing changed: the order, the journal's exchanges, Ysell.
    QTest::qWait(300);
    const OrderRecord after = *m_bridge->journal()->order(name).value();
    QCOMPARE(after.state, before.state);
    QCOMPARE(after.attempts, before.attempts);
    QCOMPARE(after.lastError.toStored(), before.lastError.toStored());
    QCOMPARE(m_bridge->journal()->exchanges({}, 1000000).value().size(), exchangesBefore);
    QCOMPARE(m_sim->ysellOrders().size(), inYsellBefore);
    // Another order hides it again.
    select({m_failedOrders.first()});
    QTRY_VERIFY(!view->isVisible());
}

// An order renamed in Odoo to the name of one already sent: two rows of one name. Each row's pane
// shows that very order (its state, Ysell id, problem, history), and the request preview of the one
// not sent shows the number it would go under, NAME-<odoo id>.
void TestMainWindow::detailPaneShowsTheSelectedOrderOfASharedName()
{
    std::optional<OrderRecord> held, sent;
    for (const QList<OrderRecord> rows = m_bridge->journal()->orders().value(); const OrderRecord &r : rows) {
        if (!held && r.state == OrderState::NeedsAttention && r.lastErrorKind == u"preflight"_s)
            held = r;
        if (!sent && r.state == OrderState::Sent && !r.ysellId.isEmpty())
            sent = r;
    }
    QVERIFY(held && sent);
    QVERIFY(m_sim->odooAsAdmin(u"sale.order"_s, u"write"_s,
                               QJsonArray{QJsonArray{held->odooId}, QJsonObject{{u"name"_s, sent->name}}})
                .toBool());
    clickAction("sendNowAction");
    QVERIFY(runUntilIdle());
    QCOMPARE(m_bridge->journal()->ordersNamed(sent->name).value().size(), 2);
    // The held one changed last; the pane still shows the row selected.
    selectById(sent->odooId);
    QTRY_COMPARE(m_window->detailsView()->odooId(), sent->odooId);
    // Export for support and Retry name it by its Odoo id: its name alone is refused as ambiguous.
    QCOMPARE(m_window->selectedOrderRefs(), QStringList{u"#%1"_s.arg(sent->odooId)});
    QString text = m_window->detailsView()->text();
    QVERIFY2(text.contains(sent->ysellId) && !text.contains(held->lastError.render().section(u'\n', 0, 0)), qPrintable(text));
    QVERIFY2(!text.contains(u"Renamed in Odoo"_s), qPrintable(text)); // the other's history
    selectById(held->odooId);
    QTRY_COMPARE(m_window->detailsView()->odooId(), held->odooId);
    text = m_window->detailsView()->text();
    QVERIFY2(text.contains(held->lastError.render().section(u'\n', 0, 0)) && text.contains(u"Renamed in Odoo"_s), qPrintable(text));
    QVERIFY2(!text.contains(sent->ysellId), qPrintable(text));
    auto *button = m_window->detailsView()->findChild<QPushButton *>(u"showRequestButton"_s);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    const QString number = u"%1-%2"_s.arg(sent->name).arg(held->odooId);
    QTRY_VERIFY2_WITH_TIMEOUT(m_window->detailsView()->requestText().contains(u"\"order_num\":\""_s + number + u'"'),
                              qPrintable(m_window->detailsView()->requestText()), 30'000);
    QVERIFY2(m_window->detailsView()->requestText().contains(u"would create order %1 in Ysell"_s.arg(number)),
             qPrintable(m_window->detailsView()->requestText()));
}

// Ysell refuses the token: a banner above the table says so once, with a button to the settings;
// no order is marked; once the token is accepted again the banner goes by itself. A journal that
// cannot store is shown the same way, with its path.
void TestMainWindow::bannerSaysWhyNothingRuns()
{
    m_window->show();
    auto *banner = m_window->findChild<QWidget *>(u"blockingBanner"_s);
    auto *text = m_window->findChild<QLabel *>(u"blockingBannerText"_s);
    auto *button = m_window->findChild<QPushButton *>(u"blockingBannerSettings"_s);
    QVERIFY(banner && text && button);
    QVERIFY(!banner->isVisible());
    const QHash<OrderState, int> before = m_bridge->journal()->countsByState().value();
    QVERIFY(before.value(OrderState::Sent) > 0);

    QVERIFY(m_sim->fault(QJsonObject{{u"route"_s, u"status"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 401}}));
    clickAction("checkNowAction");
    QVERIFY(runUntilIdle());
    QVERIFY(banner->isVisible());
    QVERIFY2(text->text().contains(u"Ysell token was refused"_s), qPrintable(text->text()));
    QCOMPARE(m_window->blockingProblem(), text->text());
    QCOMPARE(m_bridge->journal()->countsByState().value(), before);
    QSignalSpy settings(m_window.get(), &MainWindow::settingsRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(settings.count(), 1);

    QVERIFY(m_sim->clearFaults());
    clickAction("checkNowAction");
    QVERIFY(runUntilIdle());
    QVERIFY(!banner->isVisible());
    QVERIFY(m_window->blockingProblem().isEmpty());

    CycleSummary full;
    full.kind = CycleSummary::Kind::Send;
    full.aborted = true;
    full.storageFailed = true;
    full.storagePath = m_bridge->journal()->path();
    full.errors << ysb::Text::data(u"The disk that holds the journal is full."_s);
    Q_EMIT m_bridge->engine()->cycleFinished(full);
    QVERIFY(banner->isVisible());
    QVERIFY2(text->text().contains(QDir::toNativeSeparators(full.storagePath)), qPrintable(text->text()));
    QVERIFY2(text->text().contains(u"disk"_s), qPrintable(text->text()));
    clickAction("checkNowAction");
    QVERIFY(runUntilIdle());
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::titleAndStatusBarSayWhenTheLastCheckRan()
{
    auto hasCyrillic = [](const QString &s) {
        return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x400 && c.unicode() <= 0x4ff; });
    };
    {
        // On a journal no cycle has run with, the window says so.
        const Config c = ysb::test::configFor(*m_sim, m_dir.filePath(u"unused.sqlite"_s), 60);
        auto unused = Bridge::create(c, {m_sim->odooPassword(), m_sim->ysellToken()});
        QVERIFY2(unused.ok(), qPrintable(unused.ok() ? QString() : unused.error().message));
        MainWindow fresh(unused.value().get());
        QCOMPARE(fresh.windowTitle(), u"Ysell Bridge — last check never"_s);
        auto *label = fresh.findChild<QLabel *>(u"lastCheckLabel"_s);
        QVERIFY(label);
        QCOMPARE(label->text(), u"Last successful check: never"_s);
    }
    QSignalSpy finished(m_bridge->engine(), &SyncEngine::cycleFinished);
    clickAction("checkNowAction");
    QVERIFY(runUntilIdle());
    QVERIFY(!finished.isEmpty());
    const auto summary = finished.last().at(0).value<CycleSummary>();
    QVERIFY(!summary.aborted);
    // The engine's clock, in local time.
    const QString at = summary.finishedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    auto *label = m_window->findChild<QLabel *>(u"lastCheckLabel"_s);
    QVERIFY(label && label->isVisible());
    QCOMPARE(m_window->windowTitle(), u"Ysell Bridge — last check %1"_s.arg(at));
    QCOMPARE(label->text(), u"Last successful check: %1"_s.arg(at));
    {
        // The journal keeps it: a window opened later (after a restart) says the same.
        MainWindow later(m_bridge.get());
        QCOMPARE(later.windowTitle(), m_window->windowTitle());
    }

    QCOMPARE(ysb::installTranslations(u"ru"_s), u"ru"_s);
    QTRY_VERIFY2(hasCyrillic(m_window->windowTitle()), qPrintable(m_window->windowTitle()));
    QVERIFY2(m_window->windowTitle().contains(at), qPrintable(m_window->windowTitle()));
    QVERIFY2(hasCyrillic(label->text()) && label->text().contains(at), qPrintable(label->text()));
    QCOMPARE(ysb::installTranslations(u"en"_s), u"en"_s);
    QTRY_COMPARE(label->text(), u"Last successful check: %1"_s.arg(at));
}

void TestMainWindow::toolbarHasIconsAndShortcutsInTooltips()
{
    auto *toolbar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolbar);
    int checked = 0;
    const QList<QAction *> onToolbar = toolbar->actions();
    for (QAction *a : onToolbar) {
        if (a->isSeparator())
            continue;
        ++checked;
        const QString name = a->objectName();
        QVERIFY2(!a->icon().isNull() && !a->icon().pixmap(24).isNull(), qPrintable(name));
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(name));
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(a->toolTip().endsWith(u" (%1)"_s.arg(keys)), qPrintable(name + u": "_s + a->toolTip()));
        QVERIFY2(toolbar->widgetForAction(a)->toolTip().contains(keys), qPrintable(name));
    }
    QCOMPARE(checked, 11); // with Reconcile (Ctrl+Shift+R)
    // No shortcut of the window does two things.
    QHash<QKeySequence, QString> seen;
    const QList<QAction *> all = m_window->findChildren<QAction *>();
    for (QAction *a : all) {
        for (const QKeySequence &k : a->shortcuts()) {
            QVERIFY2(!seen.contains(k) || seen.value(k) == a->objectName(),
                     qPrintable(k.toString() + u": "_s + seen.value(k) + u" and "_s + a->objectName()));
            seen.insert(k, a->objectName());
        }
    }
    QVERIFY(seen.size() >= checked);
    // The bundled drawings (used where the desktop theme has no such icon) load.
    const QStringList bundled = QDir(u":/gui"_s).entryList({u"*.svg"_s});
    QVERIFY(bundled.size() >= 10);
    for (const QString &f : bundled)
        QVERIFY2(!QIcon(u":/gui/"_s + f).pixmap(24).isNull(), qPrintable(f));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
