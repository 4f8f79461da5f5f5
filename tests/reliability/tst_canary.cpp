// The simulator makes up a fresh Odoo password and Ysell token for every run; here they are the
// canaries. The CLI gets them the way a user gives them — once from files in --secrets-dir, once
// set through the OS keychain with `secret set` (the private gnome-keyring of scripts/with-session),
// never on a command line — syncs with debug logging on and a few failing requests, and then the
// canaries must appear nowhere a person or another process could read them: the journal and its
// WAL, the settings, the CLI's output and log export, the support bundle (unpacked), the command
// line and environment of the running CLI, and what it prints when it crashes.
#include "../cli/CliRunner.h"
#include "SimProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using ysb::test::CliResult;
using ysb::test::CliRunner;
using ysb::test::SimProcess;

namespace {

// The forms a secret could leak in: as is, in a Basic header, in base64 on its own.
QList<QByteArray> leakForms(const QString &login, const QString &password, const QString &token)
{
    return {password.toUtf8(),
            token.toUtf8(),
            (login + u':' + password).toUtf8().toBase64(),
            password.toUtf8().toBase64(),
            token.toUtf8().toBase64(),
            password.toUtf8().toHex(),
            token.toUtf8().toHex()};
}

QString leakIn(const QByteArray &haystack, const QList<QByteArray> &forms)
{
    for (const QByteArray &form : forms) {
        // base64 of a 24-character value may end in padding that breaks a substring match.
        QByteArray needle = form;
        while (needle.endsWith('='))
            needle.chop(1);
        if (needle.size() >= 12 && haystack.contains(needle))
            return QString::fromLatin1(form);
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QProcessEnvironment debugEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"ysb.*.debug=true"_s);
    return env;
}

CliResult runCli(const QStringList &base, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(debugEnvironment());
    p.start(QString::fromLocal8Bit(qgetenv("YSB_CLI")), base + args);
    CliResult r;
    if (!p.waitForStarted(10'000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(180'000)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QList<qint64> processTree(qint64 pid)
{
    QList<qint64> out{pid};
    QDirIterator tasks(u"/proc/%1/task"_s.arg(pid), QDir::Dirs | QDir::NoDotAndDotDot);
    while (tasks.hasNext()) {
        const QByteArray children = readAll(tasks.next() + u"/children"_s);
        for (const QByteArray &child : children.split(' ')) {
            bool ok = false;
            const qint64 c = child.trimmed().toLongLong(&ok);
            if (ok)
                out << processTree(c);
        }
    }
    return out;
}

} // namespace

class TestCanary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void secretsStayOutOfEverything();
    void keychainSecretsStayOutOfEverything();

private:
    // Everything after the secrets are in place; `base` is how the CLI is told where they are.
    void syncAndLookEverywhere(SimProcess &sim, const CliRunner &cli, const QStringList &base);
};

void TestCanary::secretsStayOutOfEverything()
{
    SimProcess sim;
    CliRunner cli;
    QString error;
    QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"6"_s}, &error), qPrintable(error));
    // The secrets are where the user put them, and only there.
    QVERIFY(readAll(cli.secretsDir() + u"/odoo-password"_s).contains(sim.odooPassword().toUtf8()));
    QVERIFY(readAll(cli.secretsDir() + u"/ysell-token"_s).contains(sim.ysellToken().toUtf8()));
    syncAndLookEverywhere(sim, cli, cli.baseArgs());
}

void TestCanary::keychainSecretsStayOutOfEverything()
{
    // `secret set` writes the real service name: only ever inside the throw-away keyring of
    // scripts/with-session, never in a person's own session.
    if (!qEnvironmentVariableIsSet("YSB_IN_SESSION"))
        QSKIP("needs the private keyring of scripts/with-session: "
              "scripts/with-session ctest --test-dir <build> -R tst_canary");
    SimProcess sim;
    CliRunner cli;
    QString error;
    QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"6"_s}, &error), qPrintable(error));
    // Only the keychain holds them: the files the simulator wrote are gone.
    QVERIFY(QDir(cli.secretsDir()).removeRecursively());
    const QStringList base{u"--config"_s, cli.configPath()};
    const CliResult setOdoo = runCli(base, {u"secret"_s, u"set"_s, u"odoo"_s}, sim.odooPassword().toUtf8() + '\n');
    QVERIFY2(setOdoo.exitCode == 0, qPrintable(setOdoo.out + setOdoo.err));
    const CliResult setYsell = runCli(base, {u"secret"_s, u"set"_s, u"ysell"_s}, sim.ysellToken().toUtf8() + '\n');
    QVERIFY2(setYsell.exitCode == 0, qPrintable(setYsell.out + setYsell.err));
    QVERIFY2(setOdoo.out.contains(u"keychain"_s) && setYsell.out.contains(u"keychain"_s),
             qPrintable(setOdoo.out + setYsell.out)); // "… stored in the system keychain."

    QVERIFY(!QFileInfo::exists(cli.secretsDir()));
    syncAndLookEverywhere(sim, cli, base);
    // The orders really went out with the keychain's token (not a refusal that logged nothing).
    QVERIFY(sim.stats().value(u"ysell"_s).toObject().value(u"requests"_s).toObject().value(u"create"_s).toInt() >= 6);
}

void TestCanary::syncAndLookEverywhere(SimProcess &sim, const CliRunner &cli, const QStringList &base)
{
    const QString password = sim.odooPassword();
    const QString token = sim.ysellToken();
    QVERIFY(password.size() >= 12 && token.size() >= 12);
    const QList<QByteArray> forms = leakForms(sim.odooLogin(), password, token);

    // Error paths log the most: a rejected token, an answer lost after the commit, an Odoo refusal.
    QVERIFY(sim.fault({{u"route"_s, u"create"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 401}, {u"count"_s, 1}}));
    QVERIFY(sim.fault({{u"route"_s, u"create"_s}, {u"kind"_s, u"commit_drop"_s}, {u"count"_s, 1}}));
    QVERIFY(sim.fault({{u"route"_s, u"create"_s}, {u"kind"_s, u"malformed"_s}, {u"count"_s, 1}}));
    // The rejected token stops the first cycle at that request (exit 3); the next one meets the others.
    const CliResult refused = runCli(base, {u"sync"_s});
    QVERIFY2(!refused.crashed, qPrintable(refused.err));
    QVERIFY2(refused.exitCode == 3, qPrintable(refused.out + refused.err));
    const CliResult sync = runCli(base, {u"sync"_s});
    QVERIFY2(!sync.crashed, qPrintable(sync.err));
    QVERIFY2(sync.err.contains(u"ysb."_s), "debug logging was not switched on; the check would prove nothing");
    // 4: orders need attention; 6: the answers lost after the commit wait for a retry.
    QVERIFY2(sync.exitCode == 0 || sync.exitCode == 4 || sync.exitCode == 6, qPrintable(sync.out + sync.err));
    QString leak = leakIn(refused.out.toUtf8() + refused.err.toUtf8() + sync.out.toUtf8() + sync.err.toUtf8(), forms);
    QVERIFY2(leak.isEmpty(), qPrintable(u"sync output shows a secret (%1)"_s.arg(leak)));

    QVERIFY(sim.clearFaults());
    QVERIFY(sim.advance(u"7.1"_s));
    QVERIFY(sim.fault({{u"route"_s, u"odoo:stock.picking.create"_s}, {u"kind"_s, u"access_denied"_s}, {u"count"_s, 1}}));
    for (const QStringList &args : {QStringList{u"sync"_s}, QStringList{u"send"_s}, QStringList{u"sweep"_s},
                                    QStringList{u"log"_s, u"--json"_s}, QStringList{u"log"_s},
                                    QStringList{u"orders"_s, u"--json"_s}, QStringList{u"check"_s},
                                    QStringList{u"preview"_s, u"S00001"_s},
                                    QStringList{u"--json"_s, u"preview"_s, u"S00002"_s}}) {
        const CliResult r = runCli(base, args);
        QVERIFY2(!r.crashed, qPrintable(args.join(u' ') + u": "_s + r.err));
        leak = leakIn(r.out.toUtf8() + r.err.toUtf8(), forms);
        QVERIFY2(leak.isEmpty(), qPrintable(u"`%1` shows a secret (%2)"_s.arg(args.join(u' '), leak)));
        // The preview printed a whole request (with its Authorization line), or the check proves nothing.
        if (args.contains(u"preview"_s))
            QVERIFY2(r.out.contains(u"Authorization: Bearer ***"_s), qPrintable(r.out + r.err));
    }
    const CliResult exported = runCli(base, {u"log"_s, u"--json"_s});
    QVERIFY2(exported.exitCode == 0 && exported.out.size() > 100, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(u"create"_s), "the export holds no exchange; the check would prove nothing");

    // The support bundle, as support unpacks it: the zip is deflated, so its members are searched
    // after unzip has inflated them (and verified their CRCs), every member, every form.
    const QString bundle = cli.dir() + u"/support-%1.zip"_s.arg(base.contains(u"--secrets-dir"_s) ? u"dir"_s : u"keychain"_s);
    const CliResult supportRun = runCli(base, {u"export-support"_s, bundle});
    QVERIFY2(supportRun.exitCode == 0, qPrintable(supportRun.out + supportRun.err));
    leak = leakIn(supportRun.out.toUtf8() + supportRun.err.toUtf8(), forms);
    QVERIFY2(leak.isEmpty(), qPrintable(u"`export-support` output shows a secret (%1)"_s.arg(leak)));
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, bundle});
    QVERIFY2(unzip.waitForFinished(60'000) && unzip.exitCode() == 0, "unzip could not read the support bundle");
    const QByteArray unpacked = unzip.readAllStandardOutput();
    for (const char *part : {"\"orders\"", "\"exchanges\"", "[odoo]", "odoo_server", "\"items\"", "create"})
        QVERIFY2(unpacked.contains(part), part); // the bundle really holds journal, config and check
    leak = leakIn(unpacked, forms);
    QVERIFY2(leak.isEmpty(), qPrintable(u"the support bundle holds a secret (%1)"_s.arg(leak)));

    // While `run` is running: its command line and environment, and those of anything it starts.
    QProcess run;
    run.setProcessEnvironment(debugEnvironment());
    run.start(QString::fromLocal8Bit(qgetenv("YSB_CLI")), base + QStringList{u"run"_s});
    QVERIFY(run.waitForStarted(10'000));
    // Until the first cycle has talked to both systems.
    QTRY_VERIFY_WITH_TIMEOUT(sim.stats().value(u"ysell"_s).toObject().value(u"requests"_s).toObject().value(u"status"_s).toInt() > 0
                                 || run.state() != QProcess::Running,
                             60'000);
    QCOMPARE(run.state(), QProcess::Running);
    int inspected = 0;
    for (const qint64 pid : processTree(run.processId())) {
        const QByteArray cmdline = readAll(u"/proc/%1/cmdline"_s.arg(pid));
        const QByteArray environ = readAll(u"/proc/%1/environ"_s.arg(pid));
        if (cmdline.isEmpty())
            continue; // gone meanwhile
        ++inspected;
        QVERIFY2(leakIn(cmdline, forms).isEmpty(), qPrintable(u"pid %1 command line"_s.arg(pid)));
        QVERIFY2(leakIn(environ, forms).isEmpty(), qPrintable(u"pid %1 environment"_s.arg(pid)));
    }
    QVERIFY(inspected >= 1);
    run.terminate();
    QVERIFY(run.waitForFinished(30'000));
    leak = leakIn(run.readAllStandardOutput() + run.readAllStandardError(), forms);
    QVERIFY2(leak.isEmpty(), qPrintable(u"`run` output shows a secret (%1)"_s.arg(leak)));

    // Crash output: a `run` that dies of a segmentation fault and one that aborts, with the
    // secrets in its memory (under the sanitizers of the test build, SEGV prints a full report).
    for (const int sig : {SIGSEGV, SIGABRT}) {
        QProcess crashing;
        crashing.setProcessEnvironment(debugEnvironment());
        crashing.start(QString::fromLocal8Bit(qgetenv("YSB_CLI")), base + QStringList{u"run"_s});
        QVERIFY(crashing.waitForStarted(10'000));
        // Until it has read the secrets and talked to Odoo (its debug log names the calls).
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += crashing.readAllStandardError()).contains("ysb.net")
                                     || crashing.state() != QProcess::Running,
                                 60'000);
        QCOMPARE(crashing.state(), QProcess::Running);
        ::kill(pid_t(crashing.processId()), sig);
        QVERIFY(crashing.waitForFinished(60'000));
        // Killed by the signal, or (AddressSanitizer's SEGV handler without abort_on_error) exit code 1.
        QVERIFY2(crashing.exitStatus() == QProcess::CrashExit || crashing.exitCode() != 0,
                 qPrintable(u"signal %1 did not end `run`"_s.arg(sig)));
        seen += crashing.readAllStandardOutput() + crashing.readAllStandardError();
        leak = leakIn(seen, forms);
        QVERIFY2(leak.isEmpty(), qPrintable(u"output of a crash (signal %1) shows a secret (%2)"_s.arg(sig).arg(leak)));
    }

    // Every file the bridge wrote: journal, -wal, -shm, config.ini, anything else beside them.
    QSettings ini(cli.configPath(), QSettings::IniFormat);
    const QString journal = ini.value(u"journal/path"_s).toString();
    QVERIFY(QFile::exists(journal));
    QVERIFY(readAll(journal).size() > 0);
    QStringList files{journal, journal + u"-wal"_s, journal + u"-shm"_s, cli.configPath()};
    QDirIterator it(cli.dir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.startsWith(cli.secretsDir()) && !files.contains(path))
            files << path;
    }
    for (const QString &path : std::as_const(files)) {
        leak = leakIn(readAll(path), forms);
        QVERIFY2(leak.isEmpty(), qPrintable(u"%1 holds a secret (%2)"_s.arg(path, leak)));
    }
}

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
