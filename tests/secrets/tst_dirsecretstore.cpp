// DirSecretStore: the --secrets-dir / systemd LoadCredential= store. Modes, newline handling, round trip.
#include "SecretWait.h"
#include "secrets/DirSecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::waitForSecretJob;

namespace {

bool chmodOctal(const QString &path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write fixture");
}

} // namespace

class TestDirSecretStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_n = 0;

    // A private secrets directory (mode 0700), fresh per call.
    QString freshDir()
    {
        const QString dir = m_tmp.filePath(u"secrets-%1"_s.arg(++m_n));
        if (!QDir().mkpath(dir) || !chmodOctal(dir, 0700))
            qFatal("cannot make secrets dir");
        return dir;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void description()
    {
        DirSecretStore store(m_tmp.filePath(u"x"_s));
        QVERIFY(store.isPersistent());
        QVERIFY(store.description().render().startsWith(u"secrets directory "));
        QVERIFY(store.description().render().contains(m_tmp.filePath(u"x"_s)));
        QCOMPARE(store.description().args().value(0).dataValue(), m_tmp.filePath(u"x"_s)); // the path is data
    }

    void roundTrip()
    {
        const QString dir = m_tmp.filePath(u"created-by-write/secrets"_s);
        DirSecretStore store(dir);
        const QString token = u"tok-Привет-1234567890"_s;

        auto r = waitForSecretJob(store.write(SecretKey::YsellToken, token));
        QVERIFY(r && r->ok());
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(modeOf(dir + u"/ysell-token"_s), 0600);
        QFile f(dir + u"/ysell-token"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), token.toUtf8()); // no newline added
        f.close();

        r = waitForSecretJob(store.read(SecretKey::YsellToken));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value(), token);

        r = waitForSecretJob(store.write(SecretKey::YsellToken, u"second"_s));
        QVERIFY(r && r->ok());
        r = waitForSecretJob(store.read(SecretKey::YsellToken));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value(), u"second"_s);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"ysell-token"_s});

        r = waitForSecretJob(store.remove(SecretKey::YsellToken));
        QVERIFY(r && r->ok());
        QVERIFY(!QFile::exists(dir + u"/ysell-token"_s));
        r = waitForSecretJob(store.read(SecretKey::YsellToken));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Keychain);
        QVERIFY2(r->error().message.startsWith(u"No Ysell token is stored yet"), qPrintable(r->error().message));
        QVERIFY(r->error().message.contains(dir + u"/ysell-token"_s));

        // Removing what is not there is fine.
        r = waitForSecretJob(store.remove(SecretKey::YsellToken));
        QVERIFY(r && r->ok());
    }

    void writeOverOpenFileMakesItPrivate()
    {
        const QString dir = freshDir();
        const QString path = dir + u"/odoo-password"_s;
        writeRaw(path, "old");
        QVERIFY(chmodOctal(path, 0644));
        DirSecretStore store(dir);
        const auto r = waitForSecretJob(store.write(SecretKey::OdooPassword, u"new-pw"_s));
        QVERIFY(r && r->ok());
        QCOMPARE(modeOf(path), 0600);
    }

    void missingOdooPassword()
    {
        DirSecretStore store(freshDir());
        const auto r = waitForSecretJob(store.read(SecretKey::OdooPassword));
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().message.startsWith(u"No Odoo password or API key is stored yet"), qPrintable(r->error().message));
    }

    void modes_data()
    {
        QTest::addColumn<int>("dirMode");
        QTest::addColumn<int>("fileMode");
        QTest::addColumn<QString>("refusal"); // empty: accepted; else the chmod the message must name

        QTest::newRow("0700/0600") << 0700 << 0600 << QString();
        QTest::newRow("0700/0400 systemd") << 0700 << 0400 << QString();
        QTest::newRow("0500/0400 systemd credentials dir") << 0500 << 0400 << QString();
        QTest::newRow("file 0640") << 0700 << 0640 << u"chmod 600"_s;
        QTest::newRow("file 0644") << 0700 << 0644 << u"chmod 600"_s;
        QTest::newRow("file 0604") << 0700 << 0604 << u"chmod 600"_s;
        QTest::newRow("file 0620 group-writable") << 0700 << 0620 << u"chmod 600"_s;
        QTest::newRow("dir 0750") << 0750 << 0600 << u"chmod 700"_s;
        QTest::newRow("dir 0755") << 0755 << 0600 << u"chmod 700"_s;
        QTest::newRow("dir 0777") << 0777 << 0600 << u"chmod 700"_s;
        QTest::newRow("dir 0701") << 0701 << 0600 << u"chmod 700"_s;
    }

    void modes()
    {
        QFETCH(int, dirMode);
        QFETCH(int, fileMode);
        QFETCH(QString, refusal);
        const QString dir = freshDir();
        const QString path = dir + u"/ysell-token"_s;
        const QString secret = u"Mode-Test-Token-778899"_s;
        writeRaw(path, secret.toUtf8());
        QVERIFY(chmodOctal(path, fileMode));
        QVERIFY(chmodOctal(dir, dirMode));

        DirSecretStore store(dir);
        const auto r = waitForSecretJob(store.read(SecretKey::YsellToken));
        const bool dirAccepted = store.checkDirectory().ok();
        QVERIFY(chmodOctal(dir, 0700)); // so the temporary dir can be cleaned up
        QCOMPARE(dirAccepted, refusal != u"chmod 700");
        QVERIFY(r);
        if (refusal.isEmpty()) {
            QVERIFY2(r->ok(), r->ok() ? "" : qPrintable(r->error().message));
            QCOMPARE(r->value(), secret);
            return;
        }
        QVERIFY(!r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Keychain);
        const QString msg = r->error().message;
        const QString target = refusal == u"chmod 700" ? dir : path;
        QVERIFY2(msg.contains(refusal + u' ' + target), qPrintable(msg));
        QVERIFY(msg.contains(u"other users"));
        QVERIFY(!msg.contains(secret));
        QVERIFY(!r->error().detail.contains(secret));
    }

    void writeRefusesOpenDirectory()
    {
        const QString dir = freshDir();
        QVERIFY(chmodOctal(dir, 0755));
        DirSecretStore store(dir);
        const auto r = waitForSecretJob(store.write(SecretKey::YsellToken, u"x-123"_s));
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().message.contains(u"chmod 700 "_s + dir));
        QVERIFY(!QFile::exists(dir + u"/ysell-token"_s));
        QVERIFY(!store.checkDirectory().ok());
    }

    void quotedPathInChmodHint()
    {
        const QString dir = m_tmp.filePath(u"my secrets"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(chmodOctal(dir, 0755));
        DirSecretStore store(dir);
        const auto r = waitForSecretJob(store.read(SecretKey::YsellToken));
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().message.contains(u"chmod 700 '"_s + dir + u"'"_s), qPrintable(r->error().message));
    }

    void trailingNewline_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // null: refused as empty

        QTest::newRow("none") << QByteArray("tok") << u"tok"_s;
        QTest::newRow("one LF") << QByteArray("tok\n") << u"tok"_s;
        QTest::newRow("CRLF") << QByteArray("tok\r\n") << u"tok"_s;
        QTest::newRow("only one of two trimmed") << QByteArray("tok\n\n") << u"tok\n"_s;
        QTest::newRow("spaces kept") << QByteArray(" tok ") << u" tok "_s;
        QTest::newRow("inner newline kept") << QByteArray("a\nb\n") << u"a\nb"_s;
        QTest::newRow("utf-8") << QByteArray("пароль\n") << u"пароль"_s;
        QTest::newRow("only newline") << QByteArray("\n") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void trailingNewline()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString dir = freshDir();
        const QString path = dir + u"/odoo-password"_s;
        writeRaw(path, content);
        QVERIFY(chmodOctal(path, 0600));
        DirSecretStore store(dir);
        const auto r = waitForSecretJob(store.read(SecretKey::OdooPassword));
        QVERIFY(r);
        if (expected.isNull()) {
            QVERIFY(!r->ok());
            QVERIFY2(r->error().message.contains(u"is empty"), qPrintable(r->error().message));
        } else {
            QVERIFY2(r->ok(), r->ok() ? "" : qPrintable(r->error().message));
            QCOMPARE(r->value(), expected);
        }
    }

    void unusableFiles()
    {
        const QString dir = freshDir();
        // Not UTF-8.
        writeRaw(dir + u"/ysell-token"_s, QByteArray("\xff\xfe\x00", 3));
        QVERIFY(chmodOctal(dir + u"/ysell-token"_s, 0600));
        // Too large.
        writeRaw(dir + u"/odoo-password"_s, QByteArray(DirSecretStore::MaxSecretBytes + 10, 'a'));
        QVERIFY(chmodOctal(dir + u"/odoo-password"_s, 0600));
        DirSecretStore store(dir);
        auto r = waitForSecretJob(store.read(SecretKey::YsellToken));
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().message.contains(u"not UTF-8"));
        r = waitForSecretJob(store.read(SecretKey::OdooPassword));
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().message.contains(u"too large"));

        // A directory where a secret file should be.
        QVERIFY(QDir(dir).mkdir(u"x-key"_s));
        r = waitForSecretJob(store.read(u"x-key"_s));
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().message.contains(u"not a regular file"));
    }

    void missingDirectory()
    {
        const QString dir = m_tmp.filePath(u"does-not-exist"_s);
        DirSecretStore store(dir);
        const auto r = waitForSecretJob(store.read(SecretKey::YsellToken));
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().message.contains(u"does not exist"));
        QVERIFY(r->error().message.contains(dir));
        QVERIFY(!store.checkDirectory().ok());
    }

    void invalidKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("parent") << u"../escape"_s;
        QTest::newRow("dotdot") << u".."_s;
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("hidden") << u".hidden"_s;
        QTest::newRow("upper") << u"Ysell-Token"_s;
    }

    void invalidKeys()
    {
        QFETCH(QString, key);
        const QString root = m_tmp.filePath(u"keys-%1"_s.arg(++m_n));
        const QString dir = root + u"/inner"_s;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(chmodOctal(dir, 0700));
        DirSecretStore store(dir);
        auto r = waitForSecretJob(store.write(key, u"v-1"_s));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Keychain);
        QVERIFY(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"inner"_s});
        r = waitForSecretJob(store.read(key));
        QVERIFY(r && !r->ok());
    }

    void emptyValueRefused()
    {
        const QString dir = freshDir();
        DirSecretStore store(dir);
        const auto r = waitForSecretJob(store.write(SecretKey::YsellToken, QString()));
        QVERIFY(r && !r->ok());
        QVERIFY(!QFile::exists(dir + u"/ysell-token"_s));
    }

    void finishedIsAsynchronous()
    {
        // Connecting after read() returned must still get the one result.
        const QString dir = freshDir();
        DirSecretStore store(dir);
        SecretJob *job = store.read(SecretKey::YsellToken);
        QSignalSpy spy(job, &SecretJob::finished);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait());
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDirSecretStore)
#include "tst_dirsecretstore.moc"
