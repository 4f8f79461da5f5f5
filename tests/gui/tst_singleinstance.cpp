// One Ysell Bridge per user: a second start asks the first to come forward and leaves with 0 —
// in-process between two guards, and with the real ysell-bridge executable as the second start.
#include "SingleInstance.h"

#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ysb;

class TestSingleInstance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void secondAsksFirstToRaise();
    void staleSocketIsTakenOver();
    void perUserName();
    void secondStartOfTheAppExitsZero();
};

void TestSingleInstance::secondAsksFirstToRaise()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(u"guard.socket"_s);
    SingleInstance first(name);
    QSignalSpy primary(&first, &SingleInstance::becamePrimary);
    QSignalSpy raise(&first, &SingleInstance::raiseRequested);
    first.start();
    QVERIFY(primary.wait(10'000));
    QVERIFY(first.isPrimary());

    SingleInstance second(name);
    QSignalSpy secondPrimary(&second, &SingleInstance::becamePrimary);
    QSignalSpy already(&second, &SingleInstance::alreadyRunning);
    second.start();
    QVERIFY(already.wait(10'000));
    QTRY_COMPARE(raise.size(), 1);
    QCOMPARE(secondPrimary.size(), 0);
    QVERIFY(!second.isPrimary());
}

void TestSingleInstance::staleSocketIsTakenOver()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(u"guard.socket"_s);
    {
        // A crashed instance leaves its socket file behind, with nobody listening on it.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(name);
        QVERIFY(size_t(path.size()) < sizeof(addr.sun_path));
        std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(name));
    }
    SingleInstance next(name);
    QSignalSpy primary(&next, &SingleInstance::becamePrimary);
    next.start();
    QVERIFY(primary.wait(10'000));
    QVERIFY(next.isPrimary());
}

void TestSingleInstance::perUserName()
{
    const QString name = SingleInstance::defaultServerName();
    QVERIFY(!name.isEmpty());
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        QVERIFY2(name.startsWith(runtime), qPrintable(name));
}

void TestSingleInstance::secondStartOfTheAppExitsZero()
{
    const QString app = qEnvironmentVariable("YSB_APP");
    if (app.isEmpty())
        QSKIP("YSB_APP is not set (the ysell-bridge executable)");
    QTemporaryDir runtime;
    QVERIFY(QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    // This test plays the first instance, with the name the app computes for this user.
    SingleInstance first(SingleInstance::defaultServerName());
    QSignalSpy primary(&first, &SingleInstance::becamePrimary);
    QSignalSpy raise(&first, &SingleInstance::raiseRequested);
    first.start();
    QVERIFY(primary.wait(10'000));

    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    second.setProcessEnvironment(env);
    // A config that does not exist: had the guard let it through, it would open the first-start settings.
    second.start(app, {u"--config"_s, runtime.filePath(u"none.ini"_s)});
    QVERIFY(second.waitForStarted(30'000));
    QTRY_COMPARE_WITH_TIMEOUT(raise.size(), 1, 30'000);
    QVERIFY(second.state() == QProcess::NotRunning || second.waitForFinished(30'000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
