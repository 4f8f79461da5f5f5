// `ysell-bridge-cli export-support FILE` as support asks a clerk to run it, against the simulator:
// the zip opens with the usual tools and holds what support needs, for the orders or the period
// chosen; bad input is refused clearly and nothing is overwritten.
#include "CliRunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace ysb::test;

namespace {

QByteArray runTool(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10'000) || !p.waitForFinished(60'000)) {
        *exitCode = -1;
        return {};
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput() + p.readAllStandardError();
}

// One member of the zip as unzip prints it (-p), after `unzip -t` has verified every CRC.
QByteArray member(const QString &zip, const QString &name)
{
    int rc = -1;
    const QByteArray out = runTool(u"unzip"_s, {u"-p"_s, zip, name}, &rc);
    return rc == 0 ? out : QByteArray();
}

QStringList orderNames(const QJsonObject &journal)
{
    QStringList names;
    for (const QJsonValue &v : journal.value(u"orders"_s).toArray())
        names << v.toObject().value(u"name"_s).toString();
    names.sort();
    return names;
}

} // namespace

class TestExportSupport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
            QSKIP("unzip is needed to open the bundle as support would");
    }

    void helpNamesTheCommand()
    {
        CliRunner cli;
        const CliResult r = cli.run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        // The order by its name or, when another order shares it, by its Odoo id.
        QVERIFY2(r.out.contains(u"export-support FILE [--order NAME|#ID]... [--from DATE] [--to DATE]"_s), qPrintable(r.out));
    }

    void bundleHoldsWhatSupportNeeds()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"4"_s}, &error), qPrintable(error));
        CliResult r = cli.run({u"sync"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.out + r.err));
        const QJsonArray orders = cli.orders();
        QCOMPARE(orders.size(), 4);

        // Everything.
        const QString all = cli.dir() + u"/support-all.zip"_s;
        r = cli.run({u"export-support"_s, all});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"Support bundle written to %1: 4 order(s)"_s.arg(all)), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Odoo server 17.0"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Passwords, API keys and tokens are removed."_s), qPrintable(r.out));
        int rc = -1;
        const QByteArray test = runTool(u"unzip"_s, {u"-t"_s, all}, &rc);
        QVERIFY2(rc == 0 && test.contains("No errors detected"), test.constData());
        for (const char *name : {"README.txt", "versions.json", "config.ini", "check.json", "journal.json"})
            QVERIFY2(test.contains(name), name);

        const QJsonObject versions = QJsonDocument::fromJson(member(all, u"versions.json"_s)).object();
        QVERIFY(versions.value(u"app"_s).toString().startsWith(u"0."_s));
        QCOMPARE(versions.value(u"qt_runtime"_s).toString(), QString::fromLatin1(qVersion()));
        QVERIFY(!versions.value(u"os"_s).toString().isEmpty());
        QVERIFY2(versions.value(u"odoo_server"_s).toString().startsWith(u"17.0"_s),
                 qPrintable(versions.value(u"odoo_server"_s).toString()));

        const QJsonObject check = QJsonDocument::fromJson(member(all, u"check.json"_s)).object();
        QVERIFY(check.value(u"ran"_s).toBool());
        QVERIFY(check.value(u"all_ok"_s).toBool());
        QVERIFY(check.value(u"items"_s).toArray().size() >= 5);

        const QByteArray ini = member(all, u"config.ini"_s);
        QVERIFY2(ini.contains("[odoo]") && ini.contains("ShemaxGlobal"), ini.constData());
        QVERIFY(!ini.contains(sim.odooPassword().toUtf8()));
        QVERIFY(!ini.contains(sim.ysellToken().toUtf8()));

        const QJsonObject journal = QJsonDocument::fromJson(member(all, u"journal.json"_s)).object();
        QCOMPARE(journal.value(u"orders"_s).toArray().size(), 4);
        QVERIFY(journal.value(u"exchanges"_s).toArray().size() > 4);
        QVERIFY(journal.value(u"events"_s).toArray().size() >= 4);
        QVERIFY(member(all, u"README.txt"_s).contains("4 order(s)"));

        // One order: only its records.
        const QString one = orders.at(1).toObject().value(u"name"_s).toString();
        const QString oneZip = cli.dir() + u"/support-one.zip"_s;
        r = cli.run({u"export-support"_s, oneZip, u"--order"_s, one});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject oneJournal = QJsonDocument::fromJson(member(oneZip, u"journal.json"_s)).object();
        QCOMPARE(orderNames(oneJournal), QStringList{one});
        for (const QJsonValue &v : oneJournal.value(u"exchanges"_s).toArray())
            QCOMPARE(v.toObject().value(u"orderRef"_s).toString(), one);
        QVERIFY(!oneJournal.value(u"exchanges"_s).toArray().isEmpty());

        // A period long ago: no order.
        const QString periodZip = cli.dir() + u"/support-period.zip"_s;
        r = cli.run({u"export-support"_s, periodZip, u"--from"_s, u"2000-01-01"_s, u"--to"_s, u"2000-12-31"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u": 0 order(s)"_s), qPrintable(r.out));
        QCOMPARE(QJsonDocument::fromJson(member(periodZip, u"journal.json"_s)).object().value(u"orders"_s).toArray().size(), 0);
    }

    // Two Odoo orders of one name: `--order #ID` bundles that order alone, with its own history;
    // the bare name is refused with the list of both (exit 2) and no file is written.
    void oneOfTwoSameNamedOrders()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"2"_s}, &error), qPrintable(error));
        const QJsonArray all = sim.odooAsAdmin(u"sale.order"_s, u"search_read"_s, QJsonArray{QJsonArray{}},
                                               QJsonObject{{u"fields"_s, QJsonArray{u"name"_s}}, {u"order"_s, u"id"_s}})
                                   .toArray();
        QCOMPARE(all.size(), 2);
        const QString name = all.at(0).toObject().value(u"name"_s).toString();
        const qint64 firstId = all.at(0).toObject().value(u"id"_s).toInteger();
        const qint64 twinId = all.at(1).toObject().value(u"id"_s).toInteger();
        QVERIFY(sim.odooAsAdmin(u"sale.order"_s, u"write"_s, QJsonArray{QJsonArray{twinId}, QJsonObject{{u"name"_s, name}}})
                    .toBool());
        CliResult r = cli.run({u"send"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString firstRef = u"#%1"_s.arg(firstId);
        const QString twinRef = u"#%1"_s.arg(twinId);

        const QString zip = cli.dir() + u"/support-twin.zip"_s;
        r = cli.run({u"export-support"_s, zip, u"--order"_s, name});
        QVERIFY2(r.exitCode == 2 && r.err.contains(firstRef) && r.err.contains(twinRef),
                 qPrintable(u"%1 %2 %3"_s.arg(r.exitCode).arg(r.out, r.err)));
        QVERIFY(!QFileInfo::exists(zip));

        r = cli.run({u"export-support"_s, zip, u"--order"_s, twinRef});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u": 1 order(s)"_s), qPrintable(r.out + r.err));
        const QJsonObject journal = QJsonDocument::fromJson(member(zip, u"journal.json"_s)).object();
        const QJsonArray orders = journal.value(u"orders"_s).toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.at(0).toObject().value(u"odoo_id"_s).toInteger(), twinId);
        const QString twinNumber = u"%1-%2"_s.arg(name).arg(twinId);
        QCOMPARE(orders.at(0).toObject().value(u"ysell_num"_s).toString(), twinNumber);
        const QString twinYsellId = orders.at(0).toObject().value(u"ysell_id"_s).toString();
        QVERIFY(!twinYsellId.isEmpty());
        bool sentEvent = false;
        for (const QJsonValue &v : journal.value(u"events"_s).toArray()) {
            const QString message = v.toObject().value(u"message"_s).toString();
            QVERIFY2(!message.startsWith(u"Created in Ysell"_s) || message.contains(twinYsellId), qPrintable(message));
            sentEvent = sentEvent || message.contains(twinYsellId);
        }
        QVERIFY(sentEvent);
        bool created = false;
        for (const QJsonValue &v : journal.value(u"exchanges"_s).toArray()) {
            const QJsonObject x = v.toObject();
            if (x.value(u"path"_s).toString().contains(u"/api/orders/create"_s)) {
                created = true;
                QCOMPARE(x.value(u"orderRef"_s).toString(), twinNumber); // not the other order's create
            }
        }
        QVERIFY(created);
    }

    void badInputIsRefusedAndNothingIsOverwritten_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{} << u"usage: export-support FILE"_s;
        QTest::newRow("unknown order") << QStringList{u"NEW.zip"_s, u"--order"_s, u"S99999"_s}
                                       << u"The journal has no order “S99999”."_s;
        QTest::newRow("bad date") << QStringList{u"NEW.zip"_s, u"--from"_s, u"29.11.2026"_s}
                                  << u"--from needs a date like 2026-11-29, not “29.11.2026”."_s;
        QTest::newRow("period backwards") << QStringList{u"NEW.zip"_s, u"--from"_s, u"2026-11-29"_s, u"--to"_s, u"2026-11-01"_s}
                                          << u"The period ends (2026-11-01) before it starts (2026-11-29)."_s;
        QTest::newRow("existing file") << QStringList{u"EXISTING.zip"_s} << u"already exists; choose another file name."_s;
    }

    void badInputIsRefusedAndNothingIsOverwritten()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"1"_s}, &error), qPrintable(error));
        QVERIFY(cli.run({u"send"_s}).exitCode == 0);
        const QString existing = cli.dir() + u"/EXISTING.zip"_s;
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the clerk's own file");
        f.close();
        for (QString &a : args) {
            if (a.endsWith(u".zip"_s))
                a = cli.dir() + u'/' + a;
        }
        const CliResult r = cli.run(QStringList{u"export-support"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(cli.dir() + u"/NEW.zip"_s));
        QFile again(existing);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("the clerk's own file"));
    }

    void withoutSecretsTheBundleSaysWhyOdooWasNotChecked()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"1"_s}, &error), qPrintable(error));
        QVERIFY(cli.run({u"send"_s}).exitCode == 0);
        QVERIFY(QFile::remove(cli.secretsDir() + u"/odoo-password"_s));
        const QString zip = cli.dir() + u"/nosecret.zip"_s;
        const CliResult r = cli.run({u"export-support"_s, zip});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"Odoo was not checked; the bundle says why."_s), qPrintable(r.out));
        const QJsonObject check = QJsonDocument::fromJson(member(zip, u"check.json"_s)).object();
        QCOMPARE(check.value(u"ran"_s).toBool(true), false);
        QVERIFY2(check.value(u"reason"_s).toString().startsWith(u"Odoo was not checked: "_s),
                 qPrintable(check.value(u"reason"_s).toString()));
        QCOMPARE(QJsonDocument::fromJson(member(zip, u"journal.json"_s)).object().value(u"orders"_s).toArray().size(), 1);
    }

    void beforeTheFirstSyncThereIsStillABundle()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"1"_s}, &error), qPrintable(error));
        CliResult r = cli.run({u"export-support"_s, cli.dir() + u"/one.zip"_s, u"--order"_s, u"S00001"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"There is no journal yet, so it has no order “S00001”."_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(cli.dir() + u"/one.zip"_s));

        const QString zip = cli.dir() + u"/first.zip"_s;
        r = cli.run({u"export-support"_s, zip});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u": 0 order(s)"_s) && r.out.contains(u"Odoo server 17.0"_s), qPrintable(r.out));
        const QJsonObject journal = QJsonDocument::fromJson(member(zip, u"journal.json"_s)).object();
        QCOMPARE(journal.value(u"note"_s).toString(), u"There is no journal yet: Ysell Bridge has not synchronised."_s);
        QVERIFY(QJsonDocument::fromJson(member(zip, u"check.json"_s)).object().value(u"all_ok"_s).toBool());
    }
};

QTEST_GUILESS_MAIN(TestExportSupport)
#include "tst_exportsupport.moc"
