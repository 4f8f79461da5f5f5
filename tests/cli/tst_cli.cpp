// ysell-bridge-cli as a clerk or an administrator uses it, against ysell-bridge-sim over HTTPS.
#include "CliRunner.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QSet>

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
        // Odoo made its own delivery at confirmation: the clerk is warned about it.
        QVERIFY(!after.value(u"warning"_s).toString().isEmpty());
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

    void twoWorkstationsSendAndPickExactlyOnce()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"40"_s, u"--ysell-latency-ms"_s, u"20"_s}, &error), qPrintable(error));
        const QString a = cli.cloneConfig(u"a"_s);
        const QString b = cli.cloneConfig(u"b"_s);
        auto both = [&](const QStringList &args) {
            QProcess pa, pb;
            pa.start(QString::fromLocal8Bit(qgetenv("YSB_CLI")), cli.baseArgs(a) + args);
            pb.start(QString::fromLocal8Bit(qgetenv("YSB_CLI")), cli.baseArgs(b) + args);
            QVERIFY(pa.waitForFinished(180'000));
            QVERIFY(pb.waitForFinished(180'000));
            QVERIFY2(pa.exitCode() == 0, pa.readAllStandardError().constData());
            QVERIFY2(pb.exitCode() == 0, pb.readAllStandardError().constData());
        };
        both({u"send"_s});
        QSet<QString> nums;
        const QJsonArray ysellOrders = sim.ysellOrders();
        for (const QJsonValue &v : ysellOrders)
            nums.insert(v.toObject().value(u"order_num"_s).toString());
        QCOMPARE(ysellOrders.size(), 40);
        QCOMPARE(nums.size(), 40);
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
