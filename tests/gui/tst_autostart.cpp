// "Start at login": the XDG autostart entry appears when the setting is on and goes when it is off.
#include "Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;

class TestAutostart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        qputenv("XDG_DATA_DIRS", m_home.filePath(u"data"_s).toUtf8());
    }

    void onAndOff()
    {
        QCOMPARE(Autostart::entryPath(), m_home.filePath(u"config/autostart/ysell-bridge.desktop"_s));
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::apply(true).ok());
        QVERIFY(Autostart::isEnabled());
        QFile f(Autostart::entryPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.startsWith("[Desktop Entry]"));
        QVERIFY(content.contains("Exec="));
        f.close();
        QVERIFY(Autostart::apply(true).ok()); // idempotent
        QVERIFY(Autostart::apply(false).ok());
        QVERIFY(!Autostart::isEnabled());
        QVERIFY(Autostart::apply(false).ok());
    }

    void packagedEntryIsUsedWhenInstalled()
    {
        const QString packaged = m_home.filePath(u"data/ysell-bridge/autostart/ysell-bridge.desktop"_s);
        QVERIFY(QDir().mkpath(QFileInfo(packaged).absolutePath()));
        QFile p(packaged);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("[Desktop Entry]\nType=Application\nName=Ysell Bridge\nExec=ysell-bridge\n");
        p.close();
        QVERIFY(Autostart::apply(true).ok());
        QFile f(Autostart::entryPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("Exec=ysell-bridge\n"));
        QVERIFY(Autostart::apply(false).ok());
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
