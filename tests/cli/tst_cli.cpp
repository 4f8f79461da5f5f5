// ysell-bridge-cli as a clerk or an administrator uses it, against ysell-bridge-sim over HTTPS.
#include "CliRunner.h"
#include "ContractPayload.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ysb::test;

namespace {

QJsonObject byName(const QJsonArray &orders, const QString &name)
{
    for (const QJsonValue &v : orders) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    }
    return {};
}

int ysellRequests(SimProcess &sim)
{
    int n = 0;
    const QJsonObject requests = sim.stats().value(u"ysell"_s).toObject().value(u"requests"_s).toObject();
    for (auto it = requests.constBegin(); it != requests.constEnd(); ++it)
        n += it.value().toInt();
    return n;
}

// The simulator's sale orders (id, name), lowest id first.
QJsonArray odooOrders(SimProcess &sim)
{
    return odooRpc(sim, u"sale.order"_s, u"search_read"_s, QJsonArray{QJsonArray{}},
                   QJsonObject{{u"fields"_s, QJsonArray{u"name"_s}}, {u"order"_s, u"id"_s}})
        .toArray();
}

// Two confirmed orders of one name: the second of the first two is renamed like the first.
struct Twins {
    QString name;
    int firstId = 0;
    int twinId = 0;
    QJsonArray all; // every order, lowest id first
};

Twins makeTwins(SimProcess &sim)
{
    Twins t;
    t.all = odooOrders(sim);
    if (t.all.size() < 2)
        return t;
    t.name = t.all.at(0).toObject().value(u"name"_s).toString();
    t.firstId = t.all.at(0).toObject().value(u"id"_s).toInt();
    t.twinId = t.all.at(1).toObject().value(u"id"_s).toInt();
    if (!odooRpc(sim, u"sale.order"_s, u"write"_s, QJsonArray{QJsonArray{t.twinId}, QJsonObject{{u"name"_s, t.name}}})
             .toBool())
        t.name.clear();
    return t;
}

// Runs the same CLI command for two workstations at once; what went wrong, or empty.
QString runBoth(const CliRunner &cli, const QString &a, const QString &b, const QStringList &args)
{
    QProcess pa, pb;
    pa.start(QString::fromLocal8Bit(qgetenv("YSB_CLI")), cli.baseArgs(a) + args);
    pb.start(QString::fromLocal8Bit(qgetenv("YSB_CLI")), cli.baseArgs(b) + args);
    const bool doneA = pa.waitForFinished(300'000);
    const bool doneB = pb.waitForFinished(300'000);
    if (!doneA || !doneB)
        return u"timed out"_s;
    for (QProcess *p : {&pa, &pb}) {
        if (p->exitCode() != 0)
            return QString::fromUtf8(p->readAllStandardError());
    }
    return {};
}

// How many different order numbers Ysell holds.
qsizetype distinctYsellNumbers(SimProcess &sim)
{
    QSet<QString> nums;
    for (const QJsonValue &v : sim.ysellOrders())
        nums.insert(v.toObject().value(u"order_num"_s).toString());
    return nums.size();
}

QString journalOf(const QString &config)
{
    return QSettings(config, QSettings::IniFormat).value(u"journal/path"_s).toString();
}

// The journal's exchanges in the order they were recorded: "claim" for a send claim written to
// Odoo (x_ysell_state "sending:…"), "create" for an order created in Ysell; others are left out.
QStringList claimsAndCreates(const QString &journalPath)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"exchanges"_s);
        db.setDatabaseName(journalPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SELECT system, route, request_body FROM exchanges ORDER BY id"_s);
            while (q.next()) {
                const QString route = q.value(1).toString();
                if (route == u"sale.order.write"_s && q.value(2).toString().contains(u"\"sending:"_s))
                    out << u"claim"_s;
                else if (q.value(0).toString() == u"ysell"_s && route == u"create"_s)
                    out << u"create"_s;
            }
        }
    }
    QSqlDatabase::removeDatabase(u"exchanges"_s);
    return out;
}

// Runs `steps` (shell lines, CLI invocations written as "$CLI ...") in a private mount namespace
// where DIR is a tmpfs of `size`; each step's output and exit code are returned in order.
// Empty when mount namespaces are not available here (unshare -rm).
struct Step {
    int exitCode = -1;
    QString output;
};

QList<Step> inTmpfs(const QString &dir, const QString &size, const QStringList &steps)
{
    QString script = u"set -u\nmount -t tmpfs -o size=%1 tmpfs '%2' || exit 99\n"_s.arg(size, dir);
    for (const QString &step : steps)
        script += u"echo '@@step'\n"_s + step + u" 2>&1\necho \"@@rc=$?\"\n"_s;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLI"_s, QString::fromLocal8Bit(qgetenv("YSB_CLI")));
    p.setProcessEnvironment(env);
    p.start(u"unshare"_s, {u"-rm"_s, u"sh"_s, u"-c"_s, script});
    if (!p.waitForFinished(300'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() == 99)
        return {};
    QList<Step> out;
    const QString all = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &chunk : all.split(u"@@step\n"_s, Qt::SkipEmptyParts)) {
        Step st;
        const qsizetype at = chunk.lastIndexOf(u"@@rc="_s);
        st.output = chunk.left(at);
        st.exitCode = chunk.mid(at + 5).trimmed().toInt();
        out << st;
    }
    return out;
}

bool canMountTmpfs()
{
    QProcess p;
    p.start(u"unshare"_s, {u"-rm"_s, u"sh"_s, u"-c"_s, u"mount -t tmpfs tmpfs /mnt"_s});
    return p.waitForFinished(30'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp()
    {
        CliRunner cli;
        CliResult r = cli.run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"ysell-bridge-cli 0."_s));
        r = cli.run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString &cmd : {u"check"_s, u"sync"_s, u"send"_s, u"sweep"_s, u"orders"_s, u"log"_s, u"retry"_s,
                                   u"serials set"_s, u"secret set"_s, u"run"_s, u"preview NAME"_s, u"mapping show"_s,
                                   u"Exit codes"_s})
            QVERIFY2(r.out.contains(cmd), qPrintable(cmd));
        r = cli.run({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"unknown command"_s));
    }

    // Bad input on the command line: exit 2 and a message that names the bad argument, before any
    // settings are read (there are none here).
    void badArgumentsAreNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, u"sync"_s}
                                        << u"ysell-bridge-cli: unknown option --frobnicate (see --help)."_s;
        QTest::newRow("unknown option after the command") << QStringList{u"sync"_s, u"--frob=3"_s}
                                                          << u"ysell-bridge-cli: unknown option --frob (see --help)."_s;
        QTest::newRow("missing value") << QStringList{u"sync"_s, u"--config"_s}
                                       << u"ysell-bridge-cli: --config needs a value."_s;
        QTest::newRow("missing value of a command's option") << QStringList{u"log"_s, u"--order"_s}
                                                             << u"ysell-bridge-cli: --order needs a value."_s;
        QTest::newRow("another command's option") << QStringList{u"log"_s, u"--state"_s, u"sent"_s}
                                                  << u"ysell-bridge-cli: log: unexpected argument “--state”."_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, u"--json"_s}
                                         << u"ysell-bridge-cli: unknown command “frobnicate” (see --help)."_s;
        QTest::newRow("extra argument") << QStringList{u"check"_s, u"now"_s}
                                        << u"ysell-bridge-cli: check: unexpected argument “now”."_s;
        QTest::newRow("second file") << QStringList{u"export-support"_s, u"a.zip"_s, u"b.zip"_s}
                                     << u"ysell-bridge-cli: export-support: unexpected argument “b.zip”."_s;
        QTest::newRow("bad date") << QStringList{u"export-support"_s, u"a.zip"_s, u"--from=29.11.2026"_s}
                                  << u"ysell-bridge-cli: --from needs a date like 2026-11-29, not “29.11.2026”."_s;
        QTest::newRow("serial twice") << QStringList{u"serials"_s, u"set"_s, u"S1"_s, u"7"_s, u"A"_s, u"A"_s}
                                      << u"ysell-bridge-cli: serial number A is given twice."_s;
        QTest::newRow("no command") << QStringList{u"--json"_s} << u"Usage: ysell-bridge-cli"_s;
    }

    void badArgumentsAreNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        CliRunner cli;
        const CliResult r = cli.run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    // Options stand before or after the command, and -h after one still shows the help.
    void optionsAnywhere()
    {
        CliRunner cli;
        for (const QStringList &args : {QStringList{u"-h"_s}, QStringList{u"sync"_s, u"--help"_s},
                                        QStringList{u"--json"_s, u"orders"_s, u"-h"_s}}) {
            const CliResult r = cli.run(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(u"Usage: ysell-bridge-cli"_s), qPrintable(r.out + r.err));
        }
        const CliResult v = cli.run({u"log"_s, u"-v"_s});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(u"ysell-bridge-cli 0."_s));
    }

    // The README's synopsis and --help name the same commands with the same arguments.
    void helpAgreesWithTheReadme()
    {
        QFile readme(QString::fromLocal8Bit(qgetenv("YSB_SOURCE_DIR")) + u"/README.md"_s);
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype at = text.indexOf(u"## ysell-bridge-cli\n\n```\n"_s);
        QVERIFY(at >= 0);
        const QString block = text.mid(at).section(u"```"_s, 1, 1);
        QStringList fromReadme;
        const QStringList lines = block.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (!line.startsWith(u"  "_s) || line.at(2).isSpace())
                continue; // a description continued
            for (const QString &form : line.trimmed().section(u"   "_s, 0, 0).trimmed().split(u" | "_s))
                fromReadme << form.trimmed();
        }
        CliRunner cli;
        const CliResult r = cli.run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"Usage: "_s + lines.first().trimmed() + u'\n'), qPrintable(lines.first()));
        const QString commands = r.out.section(u"\nCommands:\n"_s, 1).section(u"\n\n"_s, 0, 0);
        QStringList fromHelp;
        for (const QString &line : commands.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.at(2).isSpace())
                fromHelp << line.trimmed().section(u"   "_s, 0, 0).trimmed();
        }
        fromReadme.sort();
        fromHelp.sort();
        QCOMPARE(fromReadme, fromHelp);
    }

    void badConfigIsRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << QByteArray("\x00\x01\x02\xff\xfe garbage \x00", 16) << u"config"_s;
        QTest::newRow("http url") << QByteArray("[odoo]\nurl=http://odoo.example\ndatabase=x\nlogin=y\n[ysell]\nbase_url=https://y.example\n")
                                  << u"https://"_s;
        QTest::newRow("bad number") << QByteArray("[odoo]\nurl=https://odoo.example\ndatabase=x\nlogin=y\n[ysell]\nbase_url=https://y.example\n[sync]\nsend_interval_min=often\n")
                                    << u"send_interval_min"_s;
    }

    void badConfigIsRefusedClearly()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        CliRunner cli;
        QFile f(cli.configPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const CliResult r = cli.run({u"sync"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected, Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(QFile(cli.configPath()).size(), qint64(content.size())); // nothing lost or rewritten
    }

    void demoCycleWithAttentionSerialsAndRetry()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--demo"_s}, &error), qPrintable(error));

        CliResult r = cli.run({u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"ShemaxGlobal"_s));
        QVERIFY2(r.out.contains(u"[info] Ysell request: the built-in shape (preset task-statement), body JSON, "
                                "status read from “status”, Ysell id from “id”"_s),
                 qPrintable(r.out));

        r = cli.run({u"sync"_s});
        QCOMPARE(r.exitCode, 4); // done, but some orders need attention
        QVERIFY2(r.out.contains(u"send:"_s), qPrintable(r.out));
        const QJsonArray orders = cli.orders();
        QVERIFY(orders.size() >= 25);
        int sent = 0;
        QString noStock;
        qint64 noStockLine = 0;
        for (const QJsonValue &v : orders) {
            const QJsonObject o = v.toObject();
            if (o.value(u"state"_s).toString() == u"sent"_s)
                ++sent;
            const QString err = o.value(u"last_error"_s).toString();
            if (err.contains(u"has none yet"_s)) {
                noStock = o.value(u"name"_s).toString();
                const qsizetype at = err.indexOf(u"order line "_s);
                noStockLine = err.mid(at + 11).section(u')', 0, 0).toLongLong();
            }
        }
        QCOMPARE(sim.stats().value(u"ysell"_s).toObject().value(u"creates"_s).toInt(), sent);
        QVERIFY2(!noStock.isEmpty() && noStockLine > 0, "the demo's order without stock needs serials");

        // The clerk reads why, in the table and the log; no secret shows anywhere.
        r = cli.run({u"orders"_s, u"--state"_s, u"needs_attention"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(noStock));
        r = cli.run({u"log"_s, u"--order"_s, noStock});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"preflight"_s));
        const CliResult all = cli.run({u"log"_s});
        QVERIFY(!all.out.contains(sim.ysellToken()));
        QVERIFY(!all.out.contains(sim.odooPassword()));
        QVERIFY(all.out.contains(u"ysell POST /api/orders/create"_s));

        // The clerk enters the serials; a duplicate is refused; retry sends the order.
        const QString line = QString::number(noStockLine);
        r = cli.run({u"serials"_s, u"set"_s, noStock, line, u"SN-X-1"_s, u"SN-X-1"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"twice"_s));
        const QJsonObject before = byName(cli.orders(), noStock);
        QCOMPARE(before.value(u"state"_s).toString(), u"needs_attention"_s);
        const int qty = before.value(u"last_error"_s).toString().section(u"needs "_s, 1).section(u' ', 0, 0).toInt();
        QStringList sns;
        for (int i = 1; i <= qty; ++i)
            sns << u"SN-CLERK-%1"_s.arg(i);
        r = cli.run(QStringList{u"serials"_s, u"set"_s, noStock, line} + sns);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli.run({u"retry"_s, noStock});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.out + r.err));
        QCOMPARE(byName(cli.orders(), noStock).value(u"state"_s).toString(), u"sent"_s);
        bool found = false;
        for (const QJsonValue &v : sim.ysellOrders()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"order_num"_s).toString() != noStock)
                continue;
            found = true;
            QStringList got;
            for (const QJsonValue &item : o.value(u"payload"_s).toObject().value(u"items"_s).toArray())
                for (const QJsonValue &sn : item.toObject().value(u"serial_numbers"_s).toArray())
                    got << sn.toString();
            QCOMPARE(got, sns);
        }
        QVERIFY(found);

        // Ysell ships: one sweep makes the draft pickings; a second one makes none.
        QVERIFY(sim.advance(u"7.1"_s));
        r = cli.run({u"sweep"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.out + r.err));
        const int pickings = int(sim.pickings().size());
        QCOMPARE(pickings, sent + 1);
        r = cli.run({u"sync"_s});
        QCOMPARE(int(sim.pickings().size()), pickings);
        const QJsonObject after = byName(cli.orders(), noStock);
        QCOMPARE(after.value(u"state"_s).toString(), u"picking_created"_s);
        QVERIFY(!after.value(u"picking_name"_s).toString().isEmpty());
        // Odoo made its own delivery at confirmation: the order names it in a field of its own, in the
        // JSON and in the table; it is no problem of the order.
        const QString other = after.value(u"other_deliveries"_s).toString();
        QVERIFY(!other.isEmpty());
        QCOMPARE(after.value(u"warning"_s).toString(), QString());
        QCOMPARE(after.value(u"last_error"_s).toString(), QString());
        r = cli.run({u"orders"_s, u"--state"_s, u"picking_created"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.section(u'\n', 0, 0).contains(u"Other delivery"_s), qPrintable(r.out));
        const QStringList rows = r.out.split(u'\n').filter(QRegularExpression(u"^"_s + noStock + u" "_s));
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().contains(other), qPrintable(rows.first()));
    }

    // `check` and the sweep resolve ShemaxGlobal → Customers → delivery type with one resolver: with two
    // delivery types in the warehouse both take the first by sequence (and say there are two), with
    // [sync] picking_type both take the one named, and a type of another warehouse is refused by both.
    void checkAndSweepUseOneDeliveryType()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"2"_s}, &error), qPrintable(error));
        const int standard = odooRpc(sim, u"ir.model.data"_s, u"check_object_reference"_s,
                                     QJsonArray{u"stock"_s, u"picking_type_out"_s}).toArray().at(1).toInt();
        QVERIFY(standard > 0);
        const QJsonObject dispatchValues{{u"name"_s, u"Shemax Dispatch"_s}, {u"code"_s, u"outgoing"_s},
                                         {u"sequence_code"_s, u"SHX"_s}, {u"warehouse_id"_s, 1}, {u"sequence"_s, 1},
                                         {u"company_id"_s, 1}};
        const int dispatch = odooRpc(sim, u"stock.picking.type"_s, u"create"_s, QJsonArray{dispatchValues}).toInt();
        QVERIFY(dispatch > 0);
        QJsonObject elsewhereValues = dispatchValues;
        elsewhereValues.insert(u"name"_s, u"Elsewhere"_s);
        elsewhereValues.insert(u"warehouse_id"_s, false);
        elsewhereValues.insert(u"sequence"_s, 0);
        QVERIFY(odooRpc(sim, u"stock.picking.type"_s, u"create"_s, QJsonArray{elsewhereValues}).toInt() > 0);
        auto sweepTypes = [&](const QStringList &names) {
            QSet<int> types;
            for (const QJsonValue &v : sim.pickings()) {
                if (names.contains(v.toObject().value(u"origin"_s).toString()))
                    types.insert(v.toObject().value(u"picking_type_id"_s).toInt());
            }
            return types;
        };
        auto setPickingType = [&](const QString &name) {
            QSettings s(cli.configPath(), QSettings::IniFormat);
            s.setValue(u"sync/picking_type"_s, name);
            s.sync();
        };

        // Ambiguous: the first by sequence, named by check with the other one.
        CliResult r = cli.run({u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"[warn] Odoo — Delivery operation type: Deliveries will use “Shemax Dispatch” "
                                "(YourCompany). The warehouse has 2 delivery types; this is the first by sequence, "
                                "the others are “Delivery Orders”."_s),
                 qPrintable(r.out));
        QStringList first;
        for (const QJsonValue &v : odooOrders(sim))
            first << v.toObject().value(u"name"_s).toString();
        r = cli.run({u"send"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(sim.advance(u"7.1"_s));
        r = cli.run({u"sweep"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.out + r.err));
        QCOMPARE(sweepTypes(first), QSet<int>{dispatch});
        QVERIFY2(r.err.contains(u"[setup] Deliveries will use “Shemax Dispatch” (YourCompany). The warehouse has 2 "
                                "delivery types"_s),
                 qPrintable(r.err)); // the setup notice, as check says it

        // Named in the settings: both take it, check without a warning.
        setPickingType(u"Delivery Orders"_s);
        r = cli.run({u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"[ ok ] Odoo — Delivery operation type: Deliveries will use “Delivery Orders” "
                                "(YourCompany).\n"_s),
                 qPrintable(r.out));
        const QStringList second = sim.addOrders(2);
        QCOMPARE(second.size(), 2);
        r = cli.run({u"send"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(sim.advance(u"7.1"_s, second));
        r = cli.run({u"sweep"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.out + r.err));
        QCOMPARE(sweepTypes(second), QSet<int>{standard});

        // A delivery type of no warehouse of ShemaxGlobal: check fails, and the sweep makes no delivery.
        setPickingType(u"Elsewhere"_s);
        r = cli.run({u"check"_s});
        QCOMPARE(r.exitCode, 2);
        const QString refused = u"The warehouse of WH/ShemaxGlobal has no delivery operation type named “Elsewhere”; "
                                "it has “Shemax Dispatch”, “Delivery Orders”."_s;
        QVERIFY2(r.out.contains(u"[FAIL] Odoo — Delivery operation type: "_s + refused), qPrintable(r.out));
        const QStringList third = sim.addOrders(1);
        r = cli.run({u"send"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(sim.advance(u"7.1"_s, third));
        r = cli.run({u"sweep"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY(sweepTypes(third).isEmpty());
        QVERIFY2(byName(cli.orders(), third.first()).value(u"last_error"_s).toString().contains(refused),
                 QJsonDocument(byName(cli.orders(), third.first())).toJson().constData());
    }

    // [odoo] max_inflight bounds the Odoo calls the engine has out at once: with 1 the simulator never
    // sees two side by side; with 4 it sees more than one and never more than 4. Every order is sent.
    void odooCallsStayWithinMaxInflight()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"10"_s, u"--odoo-latency-ms"_s, u"150"_s}, &error), qPrintable(error));
        auto setMaxInflight = [&](int n) {
            QSettings s(cli.configPath(), QSettings::IniFormat);
            s.setValue(u"odoo/max_inflight"_s, n);
            s.sync();
        };
        auto sendAll = [&](int expectedSent) {
            QVERIFY(sim.resetStats());
            const CliResult r = cli.run({u"send"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            QCOMPARE(sim.ysellOrders().size(), expectedSent);
        };

        setMaxInflight(1);
        sendAll(10);
        QCOMPARE(sim.stats()[u"odoo"_s][u"max_inflight_seen"_s].toInt(), 1);

        QCOMPARE(sim.addOrders(10).size(), 10);
        setMaxInflight(4);
        sendAll(20);
        const int seen = sim.stats()[u"odoo"_s][u"max_inflight_seen"_s].toInt();
        QVERIFY2(seen > 1 && seen <= 4, qPrintable(QString::number(seen)));
    }

    void secretSetStoresWithMode0600()
    {
        CliRunner cli;
        QTemporaryDir secrets;
        QVERIFY(QFile::setPermissions(secrets.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QProcess p;
        p.start(QString::fromLocal8Bit(qgetenv("YSB_CLI")),
                {u"--config"_s, cli.configPath(), u"--secrets-dir"_s, secrets.path(), u"secret"_s, u"set"_s, u"ysell"_s});
        QVERIFY(p.waitForStarted());
        p.write("canary-token-7f3a\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60'000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile f(secrets.filePath(u"ysell-token"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("canary-token-7f3a"));
        QCOMPARE(QFileInfo(f).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(!p.readAllStandardOutput().contains("canary"));
    }

    // The send streams in pages of 200: the first orders are created in Ysell while later pages are
    // still being claimed (so the claim's settle time overlaps the creates), and two workstations
    // streaming at once still send every order exactly once.
    void sendStreamsPagesWhileClaiming()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"250"_s, u"--odoo-latency-ms"_s, u"10"_s}, &error), qPrintable(error));
        CliResult r = cli.run({u"send"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(sim.ysellOrders().size(), 250);
        const QStringList seen = claimsAndCreates(journalOf(cli.configPath()));
        QCOMPARE(seen.count(u"create"_s), 250);
        QCOMPARE(seen.count(u"claim"_s), 2); // one claim per page
        QVERIFY2(seen.indexOf(u"create"_s) < seen.lastIndexOf(u"claim"_s), qPrintable(seen.mid(0, 12).join(u' ')));

        QCOMPARE(sim.addOrders(250).size(), 250);
        const QString a = cli.cloneConfig(u"a"_s);
        const QString b = cli.cloneConfig(u"b"_s);
        const QString failed = runBoth(cli, a, b, {u"send"_s});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(sim.ysellOrders().size(), 500);
        QCOMPARE(distinctYsellNumbers(sim), 500);
        // Together the two workstations created each new order exactly once.
        const int byA = int(claimsAndCreates(journalOf(a)).count(u"create"_s));
        const int byB = int(claimsAndCreates(journalOf(b)).count(u"create"_s));
        QCOMPARE(byA + byB, 250);
    }

    void twoWorkstationsSendAndPickExactlyOnce()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"40"_s, u"--ysell-latency-ms"_s, u"20"_s}, &error), qPrintable(error));
        const QString a = cli.cloneConfig(u"a"_s);
        const QString b = cli.cloneConfig(u"b"_s);
        auto both = [&](const QStringList &args) {
            const QString failed = runBoth(cli, a, b, args);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
        };
        both({u"send"_s});
        QCOMPARE(sim.ysellOrders().size(), 40);
        QCOMPARE(distinctYsellNumbers(sim), 40);
        // Each journal knows every order as sent: by its own create or by adoption.
        both({u"send"_s});
        for (const QString &cfg : {a, b}) {
            for (const QJsonValue &v : cli.orders(cfg))
                QCOMPARE(v.toObject().value(u"state"_s).toString(), u"sent"_s);
        }
        QVERIFY(sim.advance(u"7.1"_s));
        both({u"sweep"_s});
        QHash<QString, int> perOrigin;
        for (const QJsonValue &v : sim.pickings())
            perOrigin[v.toObject().value(u"origin"_s).toString()] += 1;
        QCOMPARE(perOrigin.size(), 40);
        for (auto it = perOrigin.cbegin(); it != perOrigin.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    // A wrong Odoo password or Ysell token is one problem, not one per order: the cycle stops at the
    // first refusal with one message and exit 3, nothing is marked, the claims are given back so that
    // another workstation sends at once, and the fixed credentials need no retry.
    void credentialsRefusedStopTheCycleAndResume()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"5"_s}, &error), qPrintable(error));
        const QString a = cli.cloneConfig(u"a"_s);
        const QString b = cli.cloneConfig(u"b"_s);

        const QString badOdoo = cli.cloneSecrets(u"bad-odoo"_s, {}, "not-the-password");
        CliResult r = cli.run({u"sync"_s}, a, 180'000, {}, badOdoo);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.count(u"Odoo refused the login"_s) == 1, qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"ysb."_s), qPrintable(r.err)); // no developer log lines by default
        QCOMPARE(ysellRequests(sim), 0);

        const QString badYsell = cli.cloneSecrets(u"bad-ysell"_s, "not-the-token");
        r = cli.run({u"sync"_s}, a, 180'000, {}, badYsell);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.count(u"The Ysell token was refused"_s) == 1, qPrintable(r.out + r.err));
        QVERIFY2(!r.err.contains(u"ysb."_s), qPrintable(r.err));
        QCOMPARE(ysellRequests(sim), 1); // one request carried the refused token, not one per order
        const QJsonArray orders = cli.orders(a);
        QCOMPARE(orders.size(), 5);
        for (const QJsonValue &v : orders) {
            QCOMPARE(v.toObject().value(u"state"_s).toString(), u"new"_s);
            QCOMPARE(v.toObject().value(u"last_error"_s).toString(), QString());
        }
        r = cli.run({u"orders"_s, u"--state"_s, u"needs_attention"_s}, a);
        QVERIFY2(r.out.contains(u"0 order(s)"_s), qPrintable(r.out));

        // The other workstation is not held up by claims of the refused cycle.
        r = cli.run({u"send"_s}, b);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"5 sent"_s) && r.out.contains(u"0 skipped"_s), qPrintable(r.out));
        QCOMPARE(sim.ysellOrders().size(), 5);

        // The token is fixed: the next cycle goes on by itself, nothing sent twice.
        r = cli.run({u"send"_s}, a);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const QJsonValue &v : cli.orders(a))
            QCOMPARE(v.toObject().value(u"state"_s).toString(), u"sent"_s);
        QCOMPARE(sim.ysellOrders().size(), 5);
        QCOMPARE(sim.stats().value(u"ysell"_s).toObject().value(u"creates"_s).toInt(), 5);
    }

    // Exit codes tell cron and systemd what happened; a workstation that leaves orders to another
    // says to whom and until when.
    void exitCodesAndForeignClaims()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"3"_s}, &error), qPrintable(error));
        const QString a = cli.cloneConfig(u"a"_s);
        const QString b = cli.cloneConfig(u"b"_s);

        // Ysell takes the orders but the replies are lost: they wait for a retry (exit 6), and A
        // keeps its claims, since the outcome is unknown.
        QVERIFY(sim.fault(QJsonObject{{u"route"_s, u"create"_s}, {u"kind"_s, u"commit_drop"_s}}));
        CliResult r = cli.run({u"send"_s}, a);
        QVERIFY2(r.exitCode == 6, qPrintable(u"%1\n%2%3"_s.arg(r.exitCode).arg(r.out, r.err)));
        QVERIFY2(r.out.contains(u"3 to retry"_s), qPrintable(r.out));
        QVERIFY(sim.clearFaults());

        const QDateTime before = QDateTime::currentDateTimeUtc();
        r = cli.run({u"send"_s}, b);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        static const QRegularExpression said(
            u"3 order\\(s\\) left alone: workstation ([0-9a-f]{8}) is handling them \\(its claim runs until "
            "(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d) UTC\\)"_s);
        const QRegularExpressionMatch m = said.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        const QDateTime until = QDateTime::fromString(m.captured(2), u"yyyy-MM-dd HH:mm"_s);
        QVERIFY(until.isValid());
        const QDateTime untilUtc(until.date(), until.time(), Qt::UTC);
        QVERIFY2(untilUtc >= before.addSecs(13 * 60) && untilUtc <= before.addSecs(16 * 60),
                 qPrintable(untilUtc.toString(Qt::ISODate)));
        r = cli.run({u"send"_s, u"--json"_s}, b);
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray claims = summary.value(u"foreign_claims"_s).toArray();
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims.first().toObject().value(u"workstation"_s).toString(), m.captured(1));
        QCOMPARE(claims.first().toObject().value(u"orders"_s).toInt(), 3);
        QCOMPARE(summary.value(u"skipped"_s).toInt(), 3);

        // A looks its orders up (retry) and adopts them: nothing created twice, exit 0.
        QStringList names;
        for (const QJsonValue &v : cli.orders(a))
            names << v.toObject().value(u"name"_s).toString();
        r = cli.run(QStringList{u"retry"_s} + names, a);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(sim.ysellOrders().size(), 3);

        // A sweep whose status reads fail does not end with 0 either.
        QVERIFY(sim.fault(QJsonObject{{u"route"_s, u"status"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 500}}));
        r = cli.run({u"sweep"_s}, a);
        QVERIFY2(r.exitCode == 6, qPrintable(u"%1\n%2%3"_s.arg(r.exitCode).arg(r.out, r.err)));
        QVERIFY2(r.out.contains(u"3 failed"_s), qPrintable(r.out));
        QVERIFY(sim.clearFaults());
        r = cli.run({u"sweep"_s}, a);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        r = cli.run({u"--help"_s});
        QVERIFY(r.out.contains(u"  6  "_s) && r.out.contains(u"  7  "_s));
    }

    // A damaged journal (a valid header, garbage after it) is refused by every command alike, with
    // its own exit code, instead of being read as an empty journal.
    void damagedJournalIsRefusedByEveryCommand()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"2"_s}, &error), qPrintable(error));
        CliResult r = cli.run({u"sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString name = cli.orders().first().toObject().value(u"name"_s).toString();
        const QString path = journalOf(cli.configPath());
        // Pages in a WAL file would stand in for the damaged ones: there is none once it is checkpointed.
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 4096);
        QByteArray garbage(size - 100, '\0');
        for (char &c : garbage)
            c = char(QRandomGenerator::global()->bounded(256));
        QVERIFY(f.seek(100));
        QCOMPARE(f.write(garbage), garbage.size());
        f.close();

        const QList<QStringList> commands{{u"orders"_s},
                                          {u"orders"_s, u"--json"_s},
                                          {u"log"_s},
                                          {u"log"_s, u"--order"_s, name},
                                          {u"sync"_s},
                                          {u"send"_s},
                                          {u"sweep"_s},
                                          {u"retry"_s, name},
                                          {u"serials"_s, u"set"_s, name, u"1"_s, u"SN-1"_s}};
        for (const QStringList &command : commands) {
            r = cli.run(command);
            const QString context = command.join(u' ') + u": "_s + r.out + r.err;
            QVERIFY2(r.exitCode == 7, qPrintable(context));
            QVERIFY2(r.err.contains(u"is damaged"_s), qPrintable(context));
            QVERIFY2(r.err.count(path) == 1, qPrintable(context));
            QVERIFY2(!r.out.contains(u"order(s)"_s), qPrintable(context));
        }
        QCOMPARE(QFileInfo(path).size(), size); // nothing written into it
    }

    // The journal's disk fills up during a sync, or is full before it starts, or the file system is
    // read-only: each is named as what it is, exits 7 (never 0), the summary counts only what the
    // journal stored, and nothing is lost or sent twice once there is room again.
    void storageFailuresAreNamedAndNeverSuccess()
    {
        if (!canMountTmpfs())
            QSKIP("needs a private mount namespace (unshare -rm) for a small tmpfs");
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"10"_s}, &error), qPrintable(error));
        const QString mnt = cli.dir() + u"/mnt"_s;
        QVERIFY(QDir().mkpath(mnt));
        const QString config = cli.cloneConfig(u"tmpfs"_s);
        QSettings(config, QSettings::IniFormat).setValue(u"journal/path"_s, QString(mnt + u"/journal.sqlite"_s));
        const QString cmd = u"\"$CLI\" "_s + cli.baseArgs(config).join(u' ') + u' ';

        // Full before the start.
        QList<Step> steps = inTmpfs(mnt, u"256k"_s, {u"dd if=/dev/zero of=%1/filler bs=4k count=64"_s.arg(mnt),
                                                     cmd + u"sync"_s});
        QCOMPARE(steps.size(), 2);
        QVERIFY2(steps.at(1).exitCode == 7, qPrintable(steps.at(1).output));
        QVERIFY2(steps.at(1).output.contains(u"is full"_s), qPrintable(steps.at(1).output));
        QCOMPARE(sim.ysellOrders().size(), 0);

        // Full during the send: room for the journal's start, not for the whole cycle. Then room again.
        steps = inTmpfs(mnt, u"400k"_s,
                        {cmd + u"send --json"_s, u"mount -o remount,size=8m "_s + mnt, cmd + u"orders --json"_s,
                         cmd + u"send"_s, cmd + u"orders --json"_s});
        QCOMPARE(steps.size(), 5);
        const Step &full = steps.at(0);
        QVERIFY2(full.exitCode == 7, qPrintable(full.output));
        QVERIFY2(full.output.count(u"is full"_s) == 1, qPrintable(full.output)); // said once
        const QString summaryLine = full.output.section(u'\n', -2, -2);
        const QJsonObject summary = QJsonDocument::fromJson(summaryLine.toUtf8()).object();
        QVERIFY2(summary.value(u"storage_failed"_s).toBool(), qPrintable(full.output));
        int storedSent = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(steps.at(2).output.toUtf8()).array())
            storedSent += v.toObject().value(u"state"_s).toString() == u"sent"_s ? 1 : 0;
        QCOMPARE(summary.value(u"sent"_s).toInt(), storedSent); // counts only what was stored
        QVERIFY2(steps.at(3).exitCode == 0, qPrintable(steps.at(3).output));
        const QJsonArray finalOrders = QJsonDocument::fromJson(steps.at(4).output.toUtf8()).array();
        QCOMPARE(finalOrders.size(), 10);
        for (const QJsonValue &v : finalOrders)
            QCOMPARE(v.toObject().value(u"state"_s).toString(), u"sent"_s);
        QSet<QString> nums;
        for (const QJsonValue &v : sim.ysellOrders())
            nums.insert(v.toObject().value(u"order_num"_s).toString());
        QCOMPARE(nums.size(), 10);
        QCOMPARE(sim.ysellOrders().size(), 10);

        // A healthy journal on a read-only file system: orders and log read it, sync says why not.
        steps = inTmpfs(mnt, u"8m"_s,
                        {cmd + u"sync"_s, u"mount -o remount,ro "_s + mnt, cmd + u"orders"_s, cmd + u"log"_s,
                         cmd + u"sync"_s});
        QCOMPARE(steps.size(), 5);
        QVERIFY2(steps.at(2).exitCode == 0 && steps.at(2).output.contains(u"10 order(s)"_s),
                 qPrintable(steps.at(2).output));
        QVERIFY2(steps.at(3).exitCode == 0 && steps.at(3).output.contains(u"ysell GET"_s),
                 qPrintable(steps.at(3).output));
        QVERIFY2(steps.at(4).exitCode == 7 && steps.at(4).output.contains(u"read-only"_s),
                 qPrintable(steps.at(4).output));
        QVERIFY2(!steps.at(4).output.contains(u"damaged"_s), qPrintable(steps.at(4).output));
    }

    // `check` passes only when the address answers as Ysell's API with the token and refuses a
    // request without it: not for the Odoo server, not for a server that answers 404 to anything,
    // not for a wrong token.
    void checkProvesItTalksToYsell()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"1"_s}, &error), qPrintable(error));
        CliResult r = cli.run({u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"[ ok ] Ysell"_s), qPrintable(r.out));

        const QList<QPair<QString, QString>> notYsell{
            {u"the Odoo server (HTML 404)"_s, sim.odooUrl()},
            {u"a JSON server that ignores the token"_s, sim.ysellUrl() + u"/_sim"_s},
        };
        for (const auto &[what, url] : notYsell) {
            const QString config = cli.cloneConfig(u"elsewhere"_s);
            QSettings(config, QSettings::IniFormat).setValue(u"ysell/base_url"_s, url);
            r = cli.run({u"check"_s}, config);
            const QString context = what + u": "_s + r.out + r.err;
            QVERIFY2(r.exitCode == 3, qPrintable(context));
            QVERIFY2(r.out.contains(u"[FAIL] Ysell"_s) && r.out.contains(u"does not answer like Ysell"_s),
                     qPrintable(context));
            QVERIFY2(!r.out.contains(u"[ ok ] Ysell"_s), qPrintable(context));
            // A bogus token changes nothing there either.
            r = cli.run({u"check"_s}, config, 180'000, {}, cli.cloneSecrets(u"bogus"_s, "bogus-token"));
            QVERIFY2(r.exitCode == 3 && r.out.contains(u"[FAIL] Ysell"_s), qPrintable(what + r.out + r.err));
        }
        r = cli.run({u"check"_s}, {}, 180'000, {}, cli.cloneSecrets(u"bogus"_s, "bogus-token"));
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"[FAIL] Ysell"_s) && r.out.contains(u"token was refused"_s), qPrintable(r.out));
    }

    // Hostile text: control characters from Odoo never reach the terminal raw; a secret with a line
    // break is refused before it could become an HTTP header; a FIFO as --config does not hang;
    // the developer log only with --debug.
    void hostileTextIsShownHarmlessly()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"2"_s}, &error), qPrintable(error));
        auto rpc = [&](const QString &model, const QString &method, const QJsonArray &args) {
            return odooRpc(sim, model, method, args);
        };
        const QJsonArray partners = rpc(u"res.partner"_s, u"search"_s, QJsonArray{QJsonArray{}}).toArray();
        QVERIFY(!partners.isEmpty());
        const QString hostile = u"Evil\x1b[2J\rGmbH\x07\u202eX"_s;
        QVERIFY(rpc(u"res.partner"_s, u"write"_s, QJsonArray{partners, QJsonObject{{u"name"_s, hostile}}}).toBool());

        CliResult r = cli.run({u"sync"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = cli.run({u"orders"_s});
        QCOMPARE(r.exitCode, 0);
        for (const QString &raw : {u"\x1b"_s, u"\r"_s, u"\x07"_s, u"\u202e"_s})
            QVERIFY2(!r.out.contains(raw), r.out.toUtf8().toPercentEncoding(" \n").constData());
        QVERIFY2(r.out.contains(u"Evil\u241b[2J\u240dGmbH\u2407"_s), qPrintable(r.out));
        r = cli.run({u"log"_s, u"--order"_s, cli.orders().first().toObject().value(u"name"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(u"\x1b"_s) && !r.out.contains(u"\r"_s), qPrintable(r.out));
        // The JSON keeps the value exactly (escaped by JSON itself).
        QCOMPARE(cli.orders().first().toObject().value(u"customer"_s).toString(), hostile);

        // A token file with a line break inside: refused, and nothing reaches Ysell.
        const QJsonObject before = sim.stats().value(u"ysell"_s).toObject();
        const QString injected = cli.cloneSecrets(u"injected"_s, sim.ysellToken().toUtf8() + "\r\nX-Injected: 1");
        r = cli.run({u"send"_s}, {}, 180'000, {}, injected);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"control character"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(sim.ysellToken()), qPrintable(r.err));
        QCOMPARE(sim.stats().value(u"ysell"_s).toObject().value(u"requests"_s), before.value(u"requests"_s));
        r = cli.run({u"secret"_s, u"set"_s, u"ysell"_s}, {}, 60'000, "tok\ten\n", cli.cloneSecrets(u"store"_s));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"control character"_s), qPrintable(r.err));

        // A FIFO as the settings file: refused at once, no hang.
        const QString fifo = cli.dir() + u"/config.fifo"_s;
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        r = cli.run({u"check"_s}, fifo, 30'000);
        QVERIFY2(!r.crashed, "ysell-bridge-cli hung on a FIFO");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));

        // The developer log only with --debug; each message once.
        r = cli.run({u"--debug"_s, u"sync"_s});
        QVERIFY2(r.err.contains(u"ysb."_s), qPrintable(r.err));
        r = cli.run({u"sync"_s});
        QVERIFY2(!r.err.contains(u"ysb."_s), qPrintable(r.err));
    }

    // A workstation dies after its create reached Ysell; its claim runs out. Whoever takes the order
    // over looks it up by number first and adopts it: no blind second create (no 409 needed).
    void expiredClaimIsLookedUpBeforeAnyCreate()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"3"_s}, &error), qPrintable(error));
        const QString a = cli.cloneConfig(u"a"_s);
        const QString b = cli.cloneConfig(u"b"_s);
        QVERIFY(sim.fault(QJsonObject{{u"route"_s, u"create"_s}, {u"kind"_s, u"commit_drop"_s}}));
        CliResult r = cli.run({u"send"_s}, a);
        QCOMPARE(r.exitCode, 6);
        QVERIFY(sim.clearFaults());
        QCOMPARE(sim.ysellOrders().size(), 3);

        // A's claims, as if their 15 minutes had passed.
        const QJsonArray orders = odooRpc(sim, u"sale.order"_s, u"search_read"_s, QJsonArray{QJsonArray{}},
                                          QJsonObject{{u"fields"_s, QJsonArray{u"x_ysell_state"_s}}})
                                      .toArray();
        QCOMPARE(orders.size(), 3);
        QJsonArray ids;
        QString lease;
        for (const QJsonValue &v : orders) {
            ids.append(v.toObject().value(u"id"_s));
            lease = v.toObject().value(u"x_ysell_state"_s).toString();
        }
        QVERIFY2(lease.startsWith(u"sending:"_s), qPrintable(lease));
        const QString expired = lease.section(u':', 0, 1) + u":2000-01-01T00:00:00Z"_s;
        QVERIFY(odooRpc(sim, u"sale.order"_s, u"write"_s, QJsonArray{ids, QJsonObject{{u"x_ysell_state"_s, expired}}})
                    .toBool());

        QVERIFY(sim.resetStats());
        r = cli.run({u"send"_s}, b);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"3 adopted"_s), qPrintable(r.out));
        const QJsonObject stats = sim.stats().value(u"ysell"_s).toObject();
        QCOMPARE(stats.value(u"creates"_s).toInt(), 0);
        QCOMPARE(stats.value(u"duplicates_rejected"_s).toInt(), 0);
        QCOMPARE(stats.value(u"requests"_s).toObject().value(u"create"_s).toInt(), 0);
        QCOMPARE(stats.value(u"requests"_s).toObject().value(u"find"_s).toInt(), 3);
        QCOMPARE(sim.ysellOrders().size(), 3);
    }

    // Two confirmed Odoo orders with one name are two orders (their Odoo ids): both get a journal row
    // and are sent, the second under NAME-<id> since Ysell needs a unique order_num; the numbers
    // stay what they were on later cycles and after a rename, and the summary's counts add up.
    void sameNamedOrdersAreBothSent()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"3"_s}, &error), qPrintable(error));
        const auto [name, firstId, twinId, all] = makeTwins(sim);
        QCOMPARE(all.size(), 3);
        QVERIFY(!name.isEmpty() && firstId < twinId);
        const QString twinNumber = u"%1-%2"_s.arg(name).arg(twinId);
        const QSet<QString> expected{name, twinNumber, all.at(2).toObject().value(u"name"_s).toString()};
        const auto ysellNumbers = [&sim] {
            QSet<QString> nums;
            for (const QJsonValue &v : sim.ysellOrders())
                nums.insert(v.toObject().value(u"order_num"_s).toString());
            return nums;
        };

        CliResult r = cli.run({u"send"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(u"%1 %2 %3"_s.arg(r.exitCode).arg(r.out, r.err)));
        QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(u"discovered"_s).toInt(), 3);
        QCOMPARE(summary.value(u"sent"_s).toInt(), 3);
        QCOMPARE(summary.value(u"needs_attention"_s).toInt(), 0);
        QVERIFY2(summary.value(u"errors"_s).toArray().isEmpty(), qPrintable(r.out));
        QJsonArray orders = cli.orders();
        QCOMPARE(orders.size(), 3);
        QSet<qint64> ids;
        QSet<QString> numbers;
        for (const QJsonValue &v : std::as_const(orders)) {
            QCOMPARE(v.toObject().value(u"state"_s).toString(), u"sent"_s);
            ids.insert(v.toObject().value(u"odoo_id"_s).toInteger());
            numbers.insert(v.toObject().value(u"ysell_num"_s).toString());
        }
        QVERIFY(ids.contains(firstId) && ids.contains(twinId));
        QCOMPARE(numbers, expected);
        QCOMPARE(sim.ysellOrders().size(), 3);
        QCOMPARE(ysellNumbers(), expected);

        // Nothing more on the next cycle.
        r = cli.run({u"send"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(u"discovered"_s).toInt() + summary.value(u"sent"_s).toInt(), 0);

        // The shared name alone does not say which order is meant: the message lists both; #ID does.
        const QString firstRef = u"#%1"_s.arg(firstId);
        const QString twinRef = u"#%1"_s.arg(twinId);
        for (const QStringList &args : {QStringList{u"retry"_s, name}, QStringList{u"serials"_s, u"set"_s, name, u"1"_s, u"SN-T"_s}}) {
            r = cli.run(args);
            QVERIFY2(r.exitCode == 2, qPrintable(u"%1 %2 %3"_s.arg(r.exitCode).arg(r.out, r.err)));
            QVERIFY2(r.err.contains(u"2 orders are named “%1”"_s.arg(name)) && r.err.contains(firstRef)
                         && r.err.contains(twinRef),
                     qPrintable(r.err));
        }
        r = cli.run({u"preview"_s, name});
        QVERIFY2(r.exitCode == 2 && r.err.contains(firstRef) && r.err.contains(twinRef),
                 qPrintable(u"%1 %2 %3"_s.arg(r.exitCode).arg(r.out, r.err)));
        r = cli.run({u"preview"_s, twinRef}); // already sent: shown with its number, exit 4
        QVERIFY2(r.exitCode == 4 && r.out.contains(twinNumber), qPrintable(u"%1 %2 %3"_s.arg(r.exitCode).arg(r.out, r.err)));
        r = cli.run({u"log"_s, u"--order"_s, twinRef});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"sent"_s), qPrintable(r.out + r.err));
        r = cli.run({u"retry"_s, twinRef});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = cli.run({u"serials"_s, u"set"_s, twinRef, u"1"_s, u"SN-T"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(name), qPrintable(r.out));

        // Ysell ships all three: each order gets its own draft delivery, found by its number.
        QVERIFY(sim.advance(u"7.1"_s));
        r = cli.run({u"sweep"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(u"checked"_s).toInt(), 3);
        QCOMPARE(summary.value(u"became_done"_s).toInt(), 3);
        QCOMPARE(summary.value(u"pickings_created"_s).toInt(), 3);
        QSet<QString> origins;
        for (const QJsonValue &v : sim.pickings())
            origins.insert(v.toObject().value(u"origin"_s).toString());
        QCOMPARE(sim.pickings().size(), 3);
        QCOMPARE(origins, expected);
        orders = cli.orders();
        QSet<qint64> pickingIds;
        for (const QJsonValue &v : std::as_const(orders)) {
            QCOMPARE(v.toObject().value(u"state"_s).toString(), u"picking_created"_s);
            pickingIds.insert(v.toObject().value(u"picking_id"_s).toInteger());
        }
        QCOMPARE(pickingIds.size(), 3);
        r = cli.run({u"sweep"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(sim.pickings().size(), 3);

        // Renamed in Odoo afterwards, the twin stays the same order under the same number.
        QVERIFY(odooRpc(sim, u"sale.order"_s, u"write"_s,
                        QJsonArray{QJsonArray{twinId}, QJsonObject{{u"name"_s, QString(name + u"-B"_s)}}})
                    .toBool());
        r = cli.run({u"send"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(cli.orders().size(), 3);
        QCOMPARE(sim.ysellOrders().size(), 3);
        QCOMPARE(ysellNumbers(), expected);
        QCOMPARE(sim.stats().value(u"ysell"_s).toObject().value(u"creates"_s).toInt(), 3);
    }

    // Two orders of one name keep their own history: `log --order #ID` shows that order's events,
    // exchanges and clerk-entered serials, never its twin's; the bare name is refused with the list.
    void sameNamedOrdersKeepTheirOwnHistory()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"2"_s}, &error), qPrintable(error));
        const auto [name, firstId, twinId, all] = makeTwins(sim);
        QVERIFY(!name.isEmpty() && all.size() == 2);
        const QString twinNumber = u"%1-%2"_s.arg(name).arg(twinId);
        CliResult r = cli.run({u"send"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(u"%1 %2 %3"_s.arg(r.exitCode).arg(r.out, r.err)));
        QString firstYsellId, twinYsellId;
        for (const QJsonValue &v : cli.orders()) {
            const QJsonObject o = v.toObject();
            (o.value(u"odoo_id"_s).toInteger() == firstId ? firstYsellId : twinYsellId) = o.value(u"ysell_id"_s).toString();
        }
        QVERIFY(!firstYsellId.isEmpty() && !twinYsellId.isEmpty() && firstYsellId != twinYsellId);

        const QString firstRef = u"#%1"_s.arg(firstId);
        const QString twinRef = u"#%1"_s.arg(twinId);
        r = cli.run({u"serials"_s, u"set"_s, twinRef, u"7"_s, u"SN-TWIN-ONLY"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        r = cli.run({u"log"_s, u"--order"_s, firstRef});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"Created in Ysell as order %1."_s.arg(firstYsellId)), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"Created in Ysell as order %1."_s.arg(twinYsellId)), qPrintable(r.out));
        QVERIFY2(!r.out.contains(twinNumber) && !r.out.contains(u"SN-TWIN-ONLY"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"/api/orders/create"_s), qPrintable(r.out)); // its own exchange with Ysell

        r = cli.run({u"log"_s, u"--order"_s, twinRef});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"Created in Ysell as order %1."_s.arg(twinYsellId)), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"Created in Ysell as order %1."_s.arg(firstYsellId)), qPrintable(r.out));
        QVERIFY2(r.out.contains(twinNumber) && r.out.contains(u"SN-TWIN-ONLY"_s), qPrintable(r.out));

        // The serials went to the twin only (as the JSON log shows them).
        const auto lineSerials = [&cli](const QString &ref) {
            const CliResult j = cli.run({u"log"_s, u"--order"_s, ref, u"--json"_s});
            return QJsonDocument::fromJson(j.out.toUtf8()).object().value(u"lineSerials"_s).toArray();
        };
        const QJsonArray twinSerials = lineSerials(twinRef);
        QCOMPARE(twinSerials.size(), 1);
        QCOMPARE(twinSerials.at(0).toObject().value(u"serials"_s).toArray(), QJsonArray{u"SN-TWIN-ONLY"_s});
        QCOMPARE(lineSerials(firstRef).size(), 0);

        r = cli.run({u"log"_s, u"--order"_s, name});
        QVERIFY2(r.exitCode == 2 && r.err.contains(firstRef) && r.err.contains(twinRef),
                 qPrintable(u"%1 %2 %3"_s.arg(r.exitCode).arg(r.out, r.err)));
    }

    // Ysell already has an order under this order's number, sent for another Odoo order (by a
    // workstation that did not know of this one). Whether the bridge learns it from a duplicate
    // answer or looks the number up first (a claim that ran out), it never adopts that order: the
    // order waits with the reason, and a retry sends it under its own number NAME-<odoo id>.
    void foreignOrderUnderTheNumberIsNeverAdopted_data()
    {
        QTest::addColumn<bool>("expiredClaim");
        QTest::newRow("duplicate answer to the create") << false;
        QTest::newRow("lookup after another workstation's claim ran out") << true;
    }

    void foreignOrderUnderTheNumberIsNeverAdopted()
    {
        QFETCH(bool, expiredClaim);
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"1"_s}, &error), qPrintable(error));
        const QJsonArray all = odooOrders(sim);
        QCOMPARE(all.size(), 1);
        const QString name = all.at(0).toObject().value(u"name"_s).toString();
        const int odooId = all.at(0).toObject().value(u"id"_s).toInt();
        const int otherId = odooId + 1000;
        QJsonObject foreign = contractPayload(name);
        foreign.insert(u"ext_order_id"_s, otherId);
        const SimProcess::Answer created =
            sim.ysell("POST", u"/api/orders/create"_s, QJsonDocument(foreign).toJson(QJsonDocument::Compact));
        QVERIFY2(created.status == 200 || created.status == 201, created.body.constData());
        const QString foreignId = QJsonDocument::fromJson(created.body).object().value(u"id"_s).toVariant().toString();
        QVERIFY(!foreignId.isEmpty());
        if (expiredClaim) {
            QVERIFY(odooRpc(sim, u"sale.order"_s, u"write"_s,
                            QJsonArray{QJsonArray{odooId},
                                       QJsonObject{{u"x_ysell_state"_s, u"sending:other-ws:2000-01-01T00:00:00Z"_s}}})
                        .toBool());
        }
        QVERIFY(sim.resetStats());

        CliResult r = cli.run({u"send"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 4, qPrintable(u"%1 %2 %3"_s.arg(r.exitCode).arg(r.out, r.err)));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(u"adopted"_s).toInt(), 0);
        QCOMPARE(summary.value(u"sent"_s).toInt(), 0);
        QCOMPARE(summary.value(u"needs_attention"_s).toInt(), 1);
        QJsonObject order = cli.orders().at(0).toObject();
        QCOMPARE(order.value(u"state"_s).toString(), u"needs_attention"_s);
        QCOMPARE(order.value(u"ysell_id"_s).toString(), QString()); // the other order's id is not taken
        const QString ownNumber = u"%1-%2"_s.arg(name).arg(odooId);
        const QString reason = order.value(u"last_error"_s).toString();
        QVERIFY2(reason.contains(u"for another Odoo order (#%1)"_s.arg(otherId)) && reason.contains(ownNumber),
                 qPrintable(reason));
        const QJsonObject stats = sim.stats().value(u"ysell"_s).toObject();
        QCOMPARE(stats.value(u"creates"_s).toInt(), 0);
        QCOMPARE(stats.value(u"requests"_s).toObject().value(u"create"_s).toInt(), expiredClaim ? 0 : 1);
        r = cli.run({u"log"_s, u"--order"_s, name});
        QVERIFY2(r.out.contains(u"number_taken"_s), qPrintable(r.out));

        // The clerk retries: it goes to Ysell under its own number, next to the other order.
        r = cli.run({u"retry"_s, name});
        QVERIFY2(r.exitCode == 0, qPrintable(u"%1 %2 %3"_s.arg(r.exitCode).arg(r.out, r.err)));
        order = cli.orders().at(0).toObject();
        QCOMPARE(order.value(u"state"_s).toString(), u"sent"_s);
        QCOMPARE(order.value(u"ysell_num"_s).toString(), ownNumber);
        QVERIFY(!order.value(u"ysell_id"_s).toString().isEmpty());
        QVERIFY(order.value(u"ysell_id"_s).toString() != foreignId);
        QSet<QString> nums;
        for (const QJsonValue &v : sim.ysellOrders())
            nums.insert(v.toObject().value(u"order_num"_s).toString());
        QCOMPARE(nums, (QSet<QString>{name, ownNumber}));
    }

    // An order that takes the name of one already sent is never given that order's number, even
    // with the lower Odoo id: Ysell would answer "duplicate" and the bridge would adopt the other's order.
    void sharedNameNeverTakesANumberAlreadySent()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"2"_s}, &error), qPrintable(error));
        const QJsonArray all = odooOrders(sim);
        QCOMPARE(all.size(), 2);
        const int lowId = all.at(0).toObject().value(u"id"_s).toInt();
        const QString sentName = all.at(1).toObject().value(u"name"_s).toString();
        QVERIFY(lowId < all.at(1).toObject().value(u"id"_s).toInt());
        // The lower one is not confirmed yet when the other is sent.
        odooRpc(sim, u"sale.order"_s, u"action_cancel"_s, QJsonArray{QJsonArray{lowId}});
        CliResult r = cli.run({u"send"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(sim.ysellOrders().size(), 1);

        // Then it is renamed like the sent one and confirmed again.
        QVERIFY(odooRpc(sim, u"sale.order"_s, u"write"_s,
                        QJsonArray{QJsonArray{lowId}, QJsonObject{{u"name"_s, sentName}, {u"state"_s, u"draft"_s}}})
                    .toBool());
        odooRpc(sim, u"sale.order"_s, u"action_confirm"_s, QJsonArray{QJsonArray{lowId}});
        r = cli.run({u"send"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(u"%1 %2 %3"_s.arg(r.exitCode).arg(r.out, r.err)));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(u"sent"_s).toInt(), 1);
        QCOMPARE(summary.value(u"adopted"_s).toInt(), 0);
        QSet<QString> nums;
        for (const QJsonValue &v : sim.ysellOrders())
            nums.insert(v.toObject().value(u"order_num"_s).toString());
        QCOMPARE(nums, (QSet<QString>{sentName, u"%1-%2"_s.arg(sentName).arg(lowId)}));
        QSet<QString> ysellIds;
        for (const QJsonValue &v : cli.orders()) {
            if (v.toObject().value(u"state"_s).toString() == u"sent"_s)
                ysellIds.insert(v.toObject().value(u"ysell_id"_s).toString());
        }
        QCOMPARE(ysellIds.size(), 2); // two orders in Ysell, not one adopted twice
    }

    // An order renamed in Odoo after it was sent is still the same order (its Odoo id): the journal
    // row takes the new name, nothing is discovered, adopted or sent again, and Ysell keeps one order.
    void renamedOrderStaysTheSameOrder()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"2"_s}, &error), qPrintable(error));
        CliResult r = cli.run({u"send"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(sim.ysellOrders().size(), 2);
        const QJsonObject first = odooRpc(sim, u"sale.order"_s, u"search_read"_s, QJsonArray{QJsonArray{}},
                                          QJsonObject{{u"fields"_s, QJsonArray{u"name"_s}}, {u"order"_s, u"id"_s}})
                                      .toArray()
                                      .at(0)
                                      .toObject();
        const QString name = first.value(u"name"_s).toString();
        const QString renamed = name + u"-R"_s;
        QVERIFY(odooRpc(sim, u"sale.order"_s, u"write"_s,
                        QJsonArray{QJsonArray{first.value(u"id"_s).toInt()}, QJsonObject{{u"name"_s, renamed}}})
                    .toBool());

        r = cli.run({u"send"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(u"discovered"_s).toInt(), 0);
        QCOMPARE(summary.value(u"adopted"_s).toInt(), 0);
        QCOMPARE(summary.value(u"sent"_s).toInt(), 0);
        const QJsonArray orders = cli.orders();
        QCOMPARE(orders.size(), 2);
        QVERIFY(byName(orders, name).isEmpty());
        QCOMPARE(byName(orders, renamed).value(u"state"_s).toString(), u"sent"_s);
        QCOMPARE(sim.ysellOrders().size(), 2);
        QCOMPARE(sim.stats().value(u"ysell"_s).toObject().value(u"creates"_s).toInt(), 2);
    }

    void secondCliOnTheSameJournalIsRefused()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"2"_s}, &error), qPrintable(error));
        QProcess run;
        run.start(QString::fromLocal8Bit(qgetenv("YSB_CLI")), cli.baseArgs() + QStringList{u"run"_s});
        QVERIFY(run.waitForStarted());
        QString errText;
        QTRY_VERIFY_WITH_TIMEOUT((errText += QString::fromUtf8(run.readAllStandardError())).contains(u"Running"_s)
                                     || run.state() != QProcess::Running, 60'000);
        QVERIFY2(run.state() == QProcess::Running, qPrintable(errText));
        const CliResult second = cli.run({u"sync"_s});
        QCOMPARE(second.exitCode, 5);
        QVERIFY2(second.err.contains(u"already using the journal"_s), qPrintable(second.err));
        run.terminate(); // SIGTERM: a clean stop
        QVERIFY(run.waitForFinished(30'000));
        QCOMPARE(run.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.exitCode(), 0);
    }

    // `preview NAME` prints the create request exactly as it would go, and changes nothing:
    // no journal, no claim or other write in Odoo, no request to Ysell.
    void previewShowsTheRequestAndChangesNothing()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--demo"_s}, &error), qPrintable(error));
        const QString journalPath = QSettings(cli.configPath(), QSettings::IniFormat).value(u"journal/path"_s).toString();
        QVERIFY(!journalPath.isEmpty());
        QVERIFY(sim.resetStats());

        CliResult r = cli.run({u"preview"_s, u"S00001"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(u"POST "_s + sim.ysellUrl() + u"/api/orders/create\n"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Authorization: Bearer ***\n"_s));
        QVERIFY(r.out.contains(u"Content-Type: application/json; charset=utf-8\n"_s));
        QVERIFY(r.out.contains(u"\"order_num\":\"S00001\""_s));
        QVERIFY(r.out.contains(u"\"serial_numbers\":[\"SN-"_s));
        // Canary: neither secret, anywhere in what preview prints.
        for (const QString &secret : {sim.ysellToken(), sim.odooPassword()}) {
            QVERIFY(!r.out.contains(secret));
            QVERIFY(!r.err.contains(secret));
        }
        QVERIFY(!QFileInfo::exists(journalPath)); // no journal was created
        QJsonObject stats = sim.stats();
        QVERIFY2(stats[u"ysell"_s][u"requests"_s].toObject().isEmpty(),
                 QJsonDocument(stats).toJson().constData()); // nothing reached Ysell
        for (const QString &call : stats[u"odoo"_s][u"calls"_s].toObject().keys())
            QVERIFY2(!call.endsWith(u".write"_s) && !call.endsWith(u".create"_s), qPrintable(call)); // no claim
        QVERIFY(sim.ysellOrders().isEmpty());

        // --json carries the same request.
        const CliResult json = cli.run({u"--json"_s, u"preview"_s, u"S00001"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())[u"request"_s].toString(), r.out);

        // An order Odoo does not have is said so.
        r = cli.run({u"preview"_s, u"S99999"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"Odoo has no order “S99999”"_s), qPrintable(r.err));

        // After a sync, preview leaves the journal as it was and says the order will not go again.
        r = cli.run({u"sync"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.out + r.err));
        // The whole journal, as exported, but for the moment of the export.
        auto journalDump = [&cli] {
            static const QRegularExpression exportedAt(u"\"exportedAt\":\"[^\"]*\""_s);
            return cli.run({u"--json"_s, u"log"_s}).out.remove(exportedAt);
        };
        const QString logBefore = journalDump();
        QVERIFY(logBefore.contains(u"S00001"_s));
        QVERIFY(sim.resetStats());
        r = cli.run({u"preview"_s, u"S00001"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"not sent again"_s), qPrintable(r.err));
        QVERIFY(r.out.contains(u"\"order_num\":\"S00001\""_s));
        QCOMPARE(journalDump(), logBefore);
        QVERIFY(sim.stats()[u"ysell"_s][u"requests"_s].toObject().isEmpty());
    }

    // The administrator adapts the request on site: a preset from `mapping show`, named in
    // config.ini, seen with `preview`, and the order arrives in Ysell in that shape.
    void mappingFileShapesWhatIsSent()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--demo"_s}, &error), qPrintable(error));
        // This account takes form fields named after Ysell's v1 order.
        QVERIFY(sim.config(QJsonObject{{u"request_shape"_s, u"ysell-v1"_s}, {u"request_encoding"_s, u"multipart"_s}}));

        CliResult r = cli.run({u"mapping"_s, u"show"_s, u"ysell-v1"_s});
        QCOMPARE(r.exitCode, 0);
        const QString mappingPath = cli.dir() + u"/ysell-mapping.ini"_s;
        {
            QFile f(mappingPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(r.out.toUtf8());
        }
        {
            QSettings s(cli.configPath(), QSettings::IniFormat);
            s.setValue(u"ysell/mapping_file"_s, u"ysell-mapping.ini"_s); // relative to config.ini
        }

        r = cli.run({u"preview"_s, u"S00001"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"Content-Type: multipart/form-data; boundary=YsellBridge-"_s));
        const QString marker = u"name=\"items[0][serial_num]\"\r\n\r\n"_s;
        const qsizetype at = r.out.indexOf(marker);
        QVERIFY2(at > 0, qPrintable(r.out));
        const QString previewedSerials = r.out.mid(at + marker.size()).section(u"\r\n"_s, 0, 0);
        QVERIFY(previewedSerials.contains(u','));
        QVERIFY(!r.out.contains(sim.ysellToken()));

        // `check` names the request shape in effect.
        r = cli.run({u"check"_s});
        QVERIFY2(r.out.contains(u"[info] Ysell request: mapping file "_s + mappingPath
                                + u", body multipart/form-data, status read from “status.code"_s),
                 qPrintable(r.out + r.err));

        r = cli.run({u"send"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.out + r.err));
        QJsonObject stored;
        for (const QJsonValue &o : sim.ysellOrders()) {
            if (o[u"order_num"_s].toString() == u"S00001"_s)
                stored = o.toObject();
        }
        QCOMPARE(stored[u"encoding"_s].toString(), u"multipart"_s);
        QCOMPARE(stored[u"payload"_s][u"items"_s][0][u"serial_num"_s].toString(), previewedSerials);
        QCOMPARE(byName(cli.orders(), u"S00001"_s)[u"state"_s].toString(), u"sent"_s);

        // The status is read where the mapping says (status.code): shipped orders get their picking.
        QVERIFY(sim.advance(u"7.1"_s, {u"S00001"_s}));
        r = cli.run({u"sweep"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.out + r.err));
        const QJsonObject after = byName(cli.orders(), u"S00001"_s);
        QCOMPARE(after[u"ysell_status_code"_s].toString(), u"7.1"_s);
        QCOMPARE(after[u"state"_s].toString(), u"picking_created"_s);

        // A wrong line stops every command with the line named; the file is left as it was.
        const QByteArray broken = "preset = ysell-v1\nitem.qty =\n";
        {
            QFile f(mappingPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(broken);
        }
        for (const QString &command : {u"preview"_s, u"sync"_s}) {
            r = cli.run(command == u"preview"_s ? QStringList{command, u"S00002"_s} : QStringList{command});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(u"mapping_file"_s) && r.err.contains(u"line 2: item.qty cannot be left out"_s),
                     qPrintable(r.err));
            QVERIFY(r.err.contains(mappingPath));
        }
        QFile f(mappingPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), broken);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
