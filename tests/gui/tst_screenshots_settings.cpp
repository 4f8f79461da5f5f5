// The settings dialog shown for real on the Xvfb display of scripts/with-session, in English and in
// Russian, every tab saved as a PNG in the build tree (YSB_SCREENSHOT_DIR) for a person to look at.
// The test also checks what a person would notice first: no label or button cut off, the dialog
// fits a small laptop screen, and the connection test results are readable.
// Run with: scripts/with-session ctest --test-dir <build> -R tst_screenshots_settings
#include "SettingsDialog.h"
#include "Translations.h"
#include "secrets/SecretStore.h"

#include "SimProcess.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

/// Stands in for the keychain (the dialog then shows no "session only" banner); holds nothing.
class QuietStore final : public ysb::SecretStore {
public:
    bool isPersistent() const override { return true; }
    ysb::Text description() const override { return ysb::Text::data(u"test keychain"_s); }

protected:
    void doRead(ysb::SecretJob *job, const QString &key) override { job->finish(missingError(key)); }
    void doWrite(ysb::SecretJob *job, const QString &, const QString &) override { job->finish(QString()); }
    void doRemove(ysb::SecretJob *job, const QString &) override { job->finish(QString()); }
};

} // namespace

class TestScreenshotsSettings final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void settingsDialog_data();
    void settingsDialog();

private:
    void checkNothingCutOff(QWidget *page, const QString &where);

    ysb::test::SimProcess m_sim;
    QDir m_out;
};

void TestScreenshotsSettings::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("YSB_XVFB_DISPLAY")) {
        QVERIFY2(!qEnvironmentVariableIsSet("YSB_IN_SESSION"), "scripts/with-session started no Xvfb");
        QSKIP("needs the Xvfb display of scripts/with-session");
    }
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    const QString dir = qEnvironmentVariable("YSB_SCREENSHOT_DIR", QDir::currentPath() + u"/screenshots"_s);
    QVERIFY(QDir().mkpath(dir));
    m_out.setPath(dir);
    QVERIFY2(m_sim.start({u"--demo"_s, u"--no-custom-fields"_s}), qPrintable(m_sim.errorString()));
}

void TestScreenshotsSettings::settingsDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ru") << u"ru"_s;
}

void TestScreenshotsSettings::checkNothingCutOff(QWidget *page, const QString &where)
{
    const auto labels = page->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (!l->isVisible() || l->wordWrap() || l->text().isEmpty())
            continue;
        QVERIFY2(l->width() >= l->sizeHint().width(),
                 qPrintable(u"%1: label %2 “%3” is cut off (%4 < %5 px)"_s.arg(where, l->objectName(), l->text())
                                .arg(l->width())
                                .arg(l->sizeHint().width())));
    }
    // Text in fields (and editable combo boxes) must be readable without scrolling.
    const auto edits = page->findChildren<QLineEdit *>();
    for (QLineEdit *e : edits) {
        const QString text = e->text().isEmpty() ? e->placeholderText() : e->text();
        if (!e->isVisible() || text.isEmpty() || e->echoMode() != QLineEdit::Normal)
            continue;
        const int needed = e->fontMetrics().horizontalAdvance(text);
        QVERIFY2(e->width() > needed,
                 qPrintable(u"%1: field %2 shows only part of “%3” (%4 < %5 px)"_s
                                .arg(where, e->parentWidget()->objectName() + u'/' + e->objectName(), text)
                                .arg(e->width())
                                .arg(needed)));
    }
    const auto buttons = page->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (!b->isVisible() || b->text().isEmpty() || qobject_cast<QTabBar *>(b->parentWidget()))
            continue;
        QVERIFY2(b->width() >= b->sizeHint().width(),
                 qPrintable(u"%1: %2 “%3” is cut off (%4 < %5 px)"_s.arg(where, b->objectName(), b->text())
                                .arg(b->width())
                                .arg(b->sizeHint().width())));
    }
}

void TestScreenshotsSettings::settingsDialog()
{
    QFETCH(QString, language);
    QCOMPARE(ysb::installTranslations(language), language);

    ysb::Config c;
    c.odooUrl = m_sim.odooUrl();
    c.odooDatabase = m_sim.odooDb();
    c.odooLogin = m_sim.odooLogin();
    c.ysellBaseUrl = m_sim.ysellUrl();
    c.extraCaFile = m_sim.caFile();
    c.startDate = QDate(2024, 1, 15);
    c.language = language;
    c.mutedCategories = {u"status"_s};
    QuietStore store;
    ysb::SettingsDialog dialog(c, QDir::temp().filePath(u"ysb-screenshot-unused.ini"_s), &store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // A real connection test, so that the screenshot shows what a clerk sees after one: here Odoo
    // lacks the x_ysell_* fields, so the result has failures with next steps and the Create button.
    auto *secret = dialog.findChild<QLineEdit *>(u"odooSecretEdit"_s);
    secret->setFocus();
    QTest::keyClicks(secret, m_sim.odooPassword());
    auto *test = dialog.findChild<QPushButton *>(u"testOdooButton"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([test] { return test->isEnabled(); }, 120'000));
    QVERIFY(dialog.findChild<QPushButton *>(u"createFieldsButton"_s)->isVisible());

    // Fits a 1280×800 laptop screen with room for the panel.
    QVERIFY2(dialog.width() <= 1280 && dialog.height() <= 760,
             qPrintable(u"%1×%2"_s.arg(dialog.width()).arg(dialog.height())));
    auto *tabs = dialog.findChild<QTabWidget *>(u"tabs"_s);
    QVERIFY2(tabs->tabBar()->sizeHint().width() <= tabs->width(), "the tab titles do not fit");

    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        QTest::qWait(100); // the X server paints
        const QString name = tabs->widget(i)->objectName();
        checkNothingCutOff(&dialog, language + u'/' + name);
        const QPixmap shot = dialog.screen()->grabWindow(dialog.winId());
        QVERIFY(!shot.isNull());
        const QString file = m_out.filePath(u"settings_%1_%2.png"_s.arg(language, name));
        QVERIFY2(shot.save(file), qPrintable(file));
        qInfo("saved %s", qPrintable(file));
    }
    ysb::installTranslations(u"en"_s);
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
    TestScreenshotsSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots_settings.moc"
