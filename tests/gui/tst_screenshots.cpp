// The main window shown for real on the Xvfb display of scripts/with-session with the simulator's
// demo data after a send, a retry and a status sweep, saved as PNGs in the build tree
// (YSB_SCREENSHOT_DIR) for a person to look at, in English and in Russian; the settings dialog is in
// tst_screenshots_settings.
// Run with: scripts/with-session ctest --test-dir <build> -R tst_screenshots
#include "MainWindow.h"
#include "OrderDetailsView.h"
#include "OrdersModel.h"
#include "SimBridge.h"
#include "SimProcess.h"
#include "Translations.h"
#include "journal/Journal.h"
#include "sync/Bridge.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ysb;

class TestScreenshots final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindow_data();
    void mainWindow();
    void mainWindowInRussian();

private:
    bool runUntilIdle();

    ysb::test::SimProcess m_sim;
    QTemporaryDir m_dir;
    QDir m_out;
    std::unique_ptr<Bridge> m_bridge;
    std::unique_ptr<MainWindow> m_window;
};

bool TestScreenshots::runUntilIdle()
{
    return ysb::test::runUntilIdle(m_bridge->engine());
}

void TestScreenshots::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("YSB_XVFB_DISPLAY")) {
        QVERIFY2(!qEnvironmentVariableIsSet("YSB_IN_SESSION"), "scripts/with-session started no Xvfb");
        QSKIP("needs the Xvfb display of scripts/with-session");
    }
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    installTranslations(u"en"_s);
    const QString dir = qEnvironmentVariable("YSB_SCREENSHOT_DIR", QDir::currentPath() + u"/screenshots"_s);
    QVERIFY(QDir().mkpath(dir));
    m_out.setPath(dir);
    QVERIFY2(m_sim.start({u"--demo"_s}), qPrintable(m_sim.errorString()));
    const Config c = ysb::test::configFor(m_sim, m_dir.filePath(u"journal.sqlite"_s), 60);
    auto bridge = Bridge::create(c, {m_sim.odooPassword(), m_sim.ysellToken()});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    m_bridge = std::move(bridge).value();

    // A working day: a few creates fail and wait for a retry, Ysell moves some orders along,
    // pickings get created for the shipped ones.
    QVERIFY(m_sim.fault(QJsonObject{{u"route"_s, u"create"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 503},
                                    {u"count"_s, 2}}));
    m_bridge->engine()->sendNow();
    QVERIFY(runUntilIdle());
    QVERIFY(m_sim.clearFaults());
    QStringList sent;
    for (const QList<OrderRecord> rows = m_bridge->journal()->orders().value(); const OrderRecord &r : rows) {
        if (r.state == OrderState::Sent)
            sent << r.name;
    }
    QVERIFY2(sent.size() >= 10, qPrintable(sent.join(u' ')));
    QVERIFY(m_sim.advance(u"7.1"_s, sent.mid(0, 6)));
    QVERIFY(m_sim.advance(u"5.1"_s, sent.mid(6, 3)));
    m_bridge->engine()->checkNow();
    QVERIFY(runUntilIdle());

    m_window = std::make_unique<MainWindow>(m_bridge.get());
    m_window->resize(1360, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestScreenshots::cleanupTestCase()
{
    m_window.reset();
    m_bridge.reset();
}

void TestScreenshots::mainWindow_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("selectState");
    QTest::newRow("all, order with a picking") << u"main-window-en.png"_s << int(OrdersModel::Filter::All)
                                               << int(OrderState::PickingCreated);
    QTest::newRow("needs attention") << u"main-window-attention-en.png"_s << int(OrdersModel::Filter::NeedsAttention)
                                     << int(OrderState::NeedsAttention);
}

void TestScreenshots::mainWindow()
{
    QFETCH(QString, file);
    QFETCH(int, filter);
    QFETCH(int, selectState);
    const QMap<int, QString> buttons{{int(OrdersModel::Filter::All), u"filterAll"_s},
                                     {int(OrdersModel::Filter::NeedsAttention), u"filterNeedsAttention"_s}};
    auto *button = m_window->findChild<QToolButton *>(buttons.value(filter));
    QVERIFY(button);
    button->click();
    OrdersModel *model = m_window->ordersModel();
    QVERIFY(model->rowCount() > 0);
    QTableView *view = m_window->ordersView();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->index(r, 0).data(OrdersModel::OrderStateRole).toInt() == selectState)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(orderStateLabel(OrderState(selectState))));
    view->selectionModel()->setCurrentIndex(model->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString name = model->index(row, 0).data().toString();
    QTRY_COMPARE(m_window->detailsView()->orderName(), name);
    // What the clerk must be able to read in the picture.
    const QString details = m_window->detailsView()->text();
    QVERIFY2(details.contains(name), qPrintable(details));
    if (selectState == int(OrderState::PickingCreated))
        QVERIFY2(details.contains(u"Ysell"_s) && details.contains(u"HTTP"_s), qPrintable(details));
    const auto *counts = m_window->findChild<QLabel *>(u"countsLabel"_s);
    QVERIFY(counts->text().contains(u"Picking created"_s));
    QVERIFY(!m_window->findChild<QLabel *>(u"nextCheckLabel"_s)->text().isEmpty());
    QTest::qWait(300); // let the pane's deferred render and the repaint land
    const QPixmap shot = m_window->screen()->grabWindow(m_window->winId());
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 1000);
    const QString path = m_out.filePath(file);
    QVERIFY2(shot.save(path), qPrintable(path));
    qInfo().noquote() << "screenshot:" << path;
}

void TestScreenshots::mainWindowInRussian()
{
    // A clerk with a Russian desktop: the window as it opens after the language is switched.
    QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
    auto window = std::make_unique<MainWindow>(m_bridge.get());
    window->resize(1360, 860);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    OrdersModel *model = window->ordersModel();
    QTRY_VERIFY(model->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->index(r, 0).data(OrdersModel::OrderStateRole).toInt() == int(OrderState::PickingCreated))
            row = r;
    }
    QVERIFY(row >= 0);
    window->ordersView()->selectionModel()->setCurrentIndex(
        model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(window->detailsView()->orderName(), model->index(row, 0).data().toString());
    const auto *counts = window->findChild<QLabel *>(u"countsLabel"_s);
    QVERIFY2(counts->text().contains(u"Доставка создана"_s), qPrintable(counts->text()));
    QVERIFY2(model->headerData(0, Qt::Horizontal).toString() != u"Odoo order"_s,
             qPrintable(model->headerData(0, Qt::Horizontal).toString()));
    QTest::qWait(300);
    const QPixmap shot = window->screen()->grabWindow(window->winId());
    QVERIFY(!shot.isNull());
    const QString path = m_out.filePath(u"main-window-ru.png"_s);
    QVERIFY2(shot.save(path), qPrintable(path));
    qInfo().noquote() << "screenshot:" << path;
    window.reset();
    installTranslations(u"en"_s);
}

int main(int argc, char **argv)
{
    // A real X display when scripts/with-session provides one; offscreen (and a skip) otherwise.
    const QByteArray display = qgetenv("YSB_XVFB_DISPLAY");
    if (!display.isEmpty()) {
        qputenv("DISPLAY", display);
        qputenv("QT_QPA_PLATFORM", "xcb");
    }
    QApplication app(argc, argv);
    TestScreenshots test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots.moc"
