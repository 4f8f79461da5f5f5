// The support bundle's ZIP writer, checked the way the support engineer opens the file: with
// Info-ZIP's `unzip` and Python's zipfile module, which verify every CRC and size.
#include "ops/ZipWriter.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ysb::ZipWriter;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10'000) || !p.waitForFinished(60'000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput() + p.readAllStandardError();
    return r;
}

// Reads every member back with Python and prints "name<TAB>size<TAB>sha1", one line each.
const char *kPythonReader = R"(import hashlib, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    if bad is not None:
        print('BAD', bad); sys.exit(3)
    for i in z.infolist():
        d = z.read(i)
        print(i.filename + '\t' + str(len(d)) + '\t' + hashlib.sha1(d).hexdigest() + '\t' + str(i.compress_type) + '\t' + str(i.date_time))
)";

QByteArray sha1(const QByteArray &d)
{
    return QCryptographicHash::hash(d, QCryptographicHash::Sha1).toHex();
}

} // namespace

class TestZipWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crc32KnownValues_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<quint32>("crc");
        QTest::newRow("empty") << QByteArray() << quint32(0);
        QTest::newRow("check value") << QByteArray("123456789") << quint32(0xCBF43926);
        QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog") << quint32(0x414FA339);
    }
    void crc32KnownValues()
    {
        QFETCH(QByteArray, data);
        QFETCH(quint32, crc);
        QCOMPARE(ZipWriter::crc32(data), crc);
    }

    void archiveReadsBackWithUnzipAndPython()
    {
        const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (unzip.isEmpty() && python.isEmpty())
            QSKIP("neither unzip nor python3 is installed to read the archive back");

        QByteArray random(70'000, Qt::Uninitialized);
        QRandomGenerator gen(16);
        for (char &c : random)
            c = char(gen.bounded(256));
        const QByteArray text = QByteArray("Заказ S00042 отправлен в Ysell.\n").repeated(2000);
        const QList<QPair<QString, QByteArray>> files{
            {u"README.txt"_s, "Support bundle\n"},
            {u"journal/journal.json"_s, text},
            {u"random.bin"_s, random},   // incompressible: stored
            {u"empty.txt"_s, QByteArray()},
            {u"отчёт.txt"_s, "UTF-8 name\n"}};
        ZipWriter zip;
        const QDateTime when(QDate(2026, 11, 29), QTime(6, 0, 14));
        for (const auto &[name, data] : files)
            QVERIFY2(zip.addFile(name, data, when).ok(), qPrintable(name));
        QCOMPARE(zip.methodOf(1), ZipWriter::Method::Deflated);
        QCOMPARE(zip.methodOf(2), ZipWriter::Method::Stored);
        const QByteArray archive = zip.finish();
        QVERIFY(archive.size() < text.size()); // the text really was compressed

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"bundle.zip"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(archive), archive.size());
        f.close();

        if (!unzip.isEmpty()) {
            const Run t = run(unzip, {u"-t"_s, path});
            QVERIFY2(t.exitCode == 0, t.out.constData());
            QVERIFY2(t.out.contains("No errors detected"), t.out.constData());
            const Run p = run(unzip, {u"-p"_s, path, u"journal/journal.json"_s});
            QCOMPARE(p.exitCode, 0);
            QCOMPARE(p.out, text);
        }
        if (!python.isEmpty()) {
            const Run t = run(python, {u"-m"_s, u"zipfile"_s, u"-t"_s, path});
            QVERIFY2(t.exitCode == 0, t.out.constData());
            const Run r = run(python, {u"-c"_s, QString::fromUtf8(kPythonReader), path});
            QVERIFY2(r.exitCode == 0, r.out.constData());
            const QList<QByteArray> lines = r.out.trimmed().split('\n');
            QCOMPARE(lines.size(), files.size());
            for (qsizetype i = 0; i < files.size(); ++i) {
                const QList<QByteArray> cols = lines.at(i).split('\t');
                QCOMPARE(cols.size(), 5);
                QCOMPARE(QString::fromUtf8(cols.at(0)), files.at(i).first);
                QCOMPARE(cols.at(1).toLongLong(), qint64(files.at(i).second.size()));
                QCOMPARE(cols.at(2), sha1(files.at(i).second));
                QCOMPARE(cols.at(3).toInt(), int(zip.methodOf(i)));
                QCOMPARE(cols.at(4), QByteArray("(2026, 11, 29, 6, 0, 14)"));
            }
        }
    }

    void badNamesAreRefusedClearly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("absolute") << u"/etc/passwd"_s;
        QTest::newRow("parent") << u"../x.txt"_s;
        QTest::newRow("backslash") << u"a\\b.txt"_s;
        QTest::newRow("empty part") << u"a//b.txt"_s;
    }
    void badNamesAreRefusedClearly()
    {
        QFETCH(QString, name);
        ZipWriter zip;
        const ysb::Status s = zip.addFile(name, "x", QDateTime::currentDateTime());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(u"not a valid name"_s), qPrintable(s.error().message));
        QCOMPARE(zip.entryCount(), 0);
    }

    void duplicateNameIsRefused()
    {
        ZipWriter zip;
        QVERIFY(zip.addFile(u"a.txt"_s, "1", {}).ok());
        const ysb::Status s = zip.addFile(u"a.txt"_s, "2", {});
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(u"already has a file “a.txt”"_s), qPrintable(s.error().message));
        QCOMPARE(zip.entryCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
