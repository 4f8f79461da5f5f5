// "Export for support…" as the clerk uses it, in English and in Russian: the main window against
// ysell-bridge-sim over HTTPS, the dialog driven by its widgets (found by object name), the zip
// opened with unzip as support would, and the message the clerk reads afterwards.
#include "MainWindow.h"
#include "OrdersModel.h"
#include "SimBridge.h"
#include "SimProcess.h"
#include "SupportExportDialog.h"
#include "Translations.h"
#include "journal/Journal.h"
#include "sync/Bridge.h"
#include "sync/SyncEngine.h"

#include <QApplication>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::SimProcess;

namespace {

QJsonObject journalIn(const QString &zip)
{
    QProcess p;
    p.start(u"unzip"_s, {u"-p"_s, zip, u"journal.json"_s});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TestSupportExportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup() { installTranslations(u"en"_s); }
    void selectedOrderInEnglish();
    void periodInRussian();
    void existingFileIsRefusedInPlace_data();
    void existingFileIsRefusedInPlace();

private:
    SupportExportDialog *openDialog();
    QMessageBox *waitForResult();

    std::unique_ptr<SimProcess> m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Bridge> m_bridge;
    std::unique_ptr<MainWindow> m_window;
};

void TestSupportExportDialog::initTestCase()
{
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
        QSKIP("unzip is needed to open the bundle as support would");
    m_sim = std::make_unique<SimProcess>();
    QVERIFY2(m_sim->start({u"--orders"_s, u"3"_s}), qPrintable(m_sim->errorString()));
    const Config c = ysb::test::configFor(*m_sim, m_dir.filePath(u"journal.sqlite"_s), 60);
    auto bridge = Bridge::create(c, {m_sim->odooPassword(), m_sim->ysellToken()});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    m_bridge = std::move(bridge).value();
    m_window = std::make_unique<MainWindow>(m_bridge.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_bridge->engine()->syncNow();
    QVERIFY(ysb::test::runUntilIdle(m_bridge->engine()));
    QTRY_COMPARE(m_window->ordersView()->model()->rowCount(), 3);
}

void TestSupportExportDialog::cleanupTestCase()
{
    m_window.reset();
    m_bridge.reset();
    m_sim.reset();
}

SupportExportDialog *TestSupportExportDialog::openDialog()
{
    auto *action = m_window->findChild<QAction *>(u"exportSupportAction"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    SupportExportDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] {
        dialog = m_window->findChild<SupportExportDialog *>(u"supportExportDialog"_s);
        return dialog && dialog->isVisible();
    }, 5'000);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QMessageBox *TestSupportExportDialog::waitForResult()
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor([&] {
        box = m_window->findChild<QMessageBox *>(u"supportBundleResult"_s);
        return box && box->isVisible();
    }, 60'000);
    return box && box->isVisible() ? box : nullptr;
}

void TestSupportExportDialog::selectedOrderInEnglish()
{
    QTableView *view = m_window->ordersView();
    const QModelIndex first = view->model()->index(0, 0);
    const QString name = first.data(OrdersModel::OrderNameRole).toString();
    QVERIFY(!name.isEmpty());
    view->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    SupportExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *selected = dialog->findChild<QRadioButton *>(u"selectedOrdersRadio"_s);
    QCOMPARE(selected->text(), u"The selected orders (1)"_s);
    QVERIFY(selected->isChecked());
    const QString zip = m_dir.filePath(u"one.zip"_s);
    dialog->findChild<QLineEdit *>(u"pathEdit"_s)->setText(zip);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);

    QMessageBox *box = waitForResult();
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(u"The support bundle was saved to %1."_s.arg(zip)), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"It holds 1 order(s)"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"Odoo server 17.0"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"Passwords, API keys and tokens are removed."_s), qPrintable(box->text()));
    box->accept();
    const QJsonObject journal = journalIn(zip);
    const QJsonArray orders = journal.value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().toObject().value(u"name"_s).toString(), name);
    QVERIFY(!journal.value(u"exchanges"_s).toArray().isEmpty());
}

void TestSupportExportDialog::periodInRussian()
{
    QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
    QTRY_COMPARE(m_window->findChild<QAction *>(u"exportSupportAction"_s)->text(), u"Экспорт для поддержки…"_s);
    m_window->ordersView()->clearSelection();
    SupportExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Экспорт для поддержки"_s);
    QVERIFY(!dialog->findChild<QRadioButton *>(u"selectedOrdersRadio"_s)->isEnabled());
    auto *period = dialog->findChild<QRadioButton *>(u"periodRadio"_s);
    QVERIFY(period->isChecked()); // nothing selected: the last week by default
    const QString zip = m_dir.filePath(u"week.zip"_s);
    dialog->findChild<QLineEdit *>(u"pathEdit"_s)->setText(zip);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);

    QMessageBox *box = waitForResult();
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), u"Экспорт для поддержки"_s);
    QVERIFY2(box->text().startsWith(u"Пакет для поддержки сохранён в %1."_s.arg(zip)), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"В нём 3 заказа"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"Пароли, ключи API и токены удалены."_s), qPrintable(box->text()));
    box->accept();
    QCOMPARE(journalIn(zip).value(u"orders"_s).toArray().size(), 3);
}

void TestSupportExportDialog::existingFileIsRefusedInPlace_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("message");
    QTest::newRow("en") << u"en"_s << u"already exists; choose another file name."_s;
    QTest::newRow("ru") << u"ru"_s << u"уже существует; выберите другое имя файла."_s;
}

void TestSupportExportDialog::existingFileIsRefusedInPlace()
{
    QFETCH(QString, language);
    QFETCH(QString, message);
    QCOMPARE(installTranslations(language), language);
    const QString existing = m_dir.filePath(u"mine-%1.zip"_s.arg(language));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("the clerk's own file");
    f.close();
    SupportExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"pathEdit"_s)->setText(existing);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    auto *problem = dialog->findChild<QLabel *>(u"problemLabel"_s);
    QVERIFY(dialog->isVisible());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().endsWith(message), qPrintable(problem->text()));
    dialog->reject();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("the clerk's own file"));
    f.close();
    QTRY_VERIFY(!m_window->findChild<SupportExportDialog *>(u"supportExportDialog"_s));
}

QTEST_MAIN(TestSupportExportDialog)
#include "tst_supportexportdialog.moc"
