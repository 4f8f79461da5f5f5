// The tray icon's states and menu. Offscreen has no system tray to show it in, so this checks what
// the clerk gets from it — the entries, what they trigger, the icon per state — without showing it.
#include "Translations.h"
#include "Tray.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;

namespace {

QAction *entry(QMenu *menu, const QString &name)
{
    for (QAction *a : menu->actions()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

} // namespace

class TestTray : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void menuOffersOpenCheckPauseQuit()
    {
        Tray tray;
        QVERIFY(tray.menu());
        QSignalSpy open(&tray, &Tray::openRequested);
        QSignalSpy check(&tray, &Tray::checkNowRequested);
        QSignalSpy pause(&tray, &Tray::pauseToggled);
        QSignalSpy quit(&tray, &Tray::quitRequested);
        const QStringList names{u"trayOpenAction"_s, u"trayCheckNowAction"_s, u"trayPauseAction"_s, u"trayQuitAction"_s};
        const QStringList texts{u"Open Ysell Bridge"_s, u"Check now"_s, u"Pause"_s, u"Quit"_s};
        for (qsizetype i = 0; i < names.size(); ++i) {
            QVERIFY2(entry(tray.menu(), names.at(i)), qPrintable(names.at(i)));
            QCOMPARE(entry(tray.menu(), names.at(i))->text(), texts.at(i));
        }
        for (const QString &n : names)
            entry(tray.menu(), n)->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(check.size(), 1);
        QCOMPARE(pause.size(), 1);
        QCOMPARE(pause.first().first().toBool(), true);
        QCOMPARE(quit.size(), 1);
        // Pausing from the window shows in the menu too, without a second toggle signal.
        tray.setPaused(false);
        QVERIFY(!entry(tray.menu(), u"trayPauseAction"_s)->isChecked());
        QCOMPARE(pause.size(), 1);
    }

    void statesHaveTheirOwnIcons()
    {
        const QIcon well = Tray::iconFor(Tray::State::AllWell);
        const QIcon working = Tray::iconFor(Tray::State::Working);
        const QIcon attention = Tray::iconFor(Tray::State::NeedsAttention);
        QVERIFY(!well.isNull() && !working.isNull() && !attention.isNull());
        const QImage a = well.pixmap(32).toImage();
        QVERIFY(a != working.pixmap(32).toImage());
        QVERIFY(a != attention.pixmap(32).toImage());
        Tray tray;
        tray.setState(Tray::State::NeedsAttention, u"2 orders need attention"_s);
        QCOMPARE(tray.state(), Tray::State::NeedsAttention);
        if (tray.systemTrayIcon())
            QVERIFY(tray.systemTrayIcon()->toolTip().contains(u"2 orders need attention"_s));
    }

    // A Russian clerk reads the menu in Russian: made in Russian, and after the language is switched
    // while it exists (the settings apply the language without a restart).
    void menuInRussian()
    {
        const QStringList names{u"trayOpenAction"_s, u"trayCheckNowAction"_s, u"trayPauseAction"_s, u"trayQuitAction"_s};
        const QStringList russian{u"Открыть Ysell Bridge"_s, u"Проверить сейчас"_s, u"Пауза"_s, u"Выход"_s};
        Tray english;
        QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
        Tray made;
        for (qsizetype i = 0; i < names.size(); ++i) {
            QCOMPARE(entry(made.menu(), names.at(i))->text(), russian.at(i));
            QTRY_COMPARE(entry(english.menu(), names.at(i))->text(), russian.at(i));
        }
        installTranslations(u"en"_s);
        QTRY_COMPARE(entry(made.menu(), u"trayQuitAction"_s)->text(), u"Quit"_s);
        QCOMPARE(entry(made.menu(), u"trayOpenAction"_s)->text(), u"Open Ysell Bridge"_s);
    }

    void guardedWithoutATray()
    {
        // Offscreen there is no tray: the icon must not claim to be shown (closing then quits).
        Tray tray;
        QCOMPARE(tray.isAvailable(), QSystemTrayIcon::isSystemTrayAvailable());
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
