// ysell-bridge-cli signed in to Odoo as an ordinary user, as a logistics clerk is (contracts/odoo17.md,
// "Rights of the clerk's Odoo user"), against ysell-bridge-sim over HTTPS: the full cycle as Sales
// "User: All Documents" + Inventory "User" with no administrator anywhere, and the plain words for a
// user with "Own Documents Only" and for a user without Inventory rights.
#include "CliRunner.h"

#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace ysb::test;

namespace {

QJsonObject pickingOf(SimProcess &sim, const QString &origin)
{
    for (const QJsonValue &v : sim.pickings()) {
        if (v[u"origin"_s].toString() == origin)
            return v.toObject();
    }
    return {};
}

QJsonObject ysellOrder(SimProcess &sim, const QString &name)
{
    for (const QJsonValue &v : sim.ysellOrders()) {
        if (v[u"order_num"_s].toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestClerkUser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullCycleAsTheClerk()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--demo"_s, u"--odoo-user"_s, u"clerk"_s}, &error), qPrintable(error));
        {
            QSettings ini(cli.configPath(), QSettings::IniFormat);
            QCOMPARE(ini.value(u"odoo/login"_s).toString(), u"clerk"_s);
            ini.setValue(u"sync/reserve_serials"_s, true);
        }

        CliResult r = cli.run({u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"[ ok ] Odoo — Rights of the Odoo user: Your Odoo user may read and update sales "
                                u"orders and create deliveries."_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"[ ok ] Odoo — Ysell fields in Odoo"_s), qPrintable(r.out));

        r = cli.run({u"sync"_s});
        QCOMPARE(r.exitCode, 4); // sent; the demo's problem orders wait for the clerk
        QVERIFY2(!r.out.contains(u"ir.model.fields"_s) && !r.err.contains(u"ir.model.fields"_s), qPrintable(r.out + r.err));
        QString noStock;
        qint64 noStockLine = 0;
        int sent = 0;
        for (const QJsonValue &v : cli.orders()) {
            if (v[u"state"_s].toString() == u"sent"_s)
                ++sent;
            const QString err = v[u"last_error"_s].toString();
            if (err.contains(u"has none yet"_s)) {
                noStock = v[u"name"_s].toString();
                noStockLine = err.section(u"order line "_s, 1).section(u')', 0, 0).toLongLong();
            }
        }
        QVERIFY(sent >= 20);
        QVERIFY(!noStock.isEmpty() && noStockLine > 0);
        // The clerk scans a serial that lies free in ShemaxGlobal and sends the order again.
        r = cli.run({u"serials"_s, u"set"_s, noStock, QString::number(noStockLine), u"SN-SG-ACC-SER-003-0002"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli.run({u"retry"_s, noStock});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.out + r.err));
        QVERIFY(sim.advance(u"7.1"_s));
        r = cli.run({u"sweep"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.out + r.err));

        // No administrator anywhere in the cycle, and never the admin-only field list.
        const QJsonObject odoo = sim.stats()[u"odoo"_s].toObject();
        QCOMPARE(odoo[u"calls_by_user"_s].toObject().keys(), QStringList{u"clerk"_s});
        for (const QString &call : odoo[u"calls"_s].toObject().keys())
            QVERIFY2(!call.startsWith(u"ir.model.fields"_s), qPrintable(call));
        QVERIFY(odoo[u"pickings"_s].toInt() >= sent);

        // The line sold as 1 Dozens went to Ysell as 12 cables, and its delivery moves 12 Units.
        const QJsonArray dozenIds = sim.odooAsAdmin(u"sale.order"_s, u"search_read"_s,
                                                    QJsonArray{QJsonArray{QJsonArray{u"order_line.product_uom.name"_s,
                                                                                     u"="_s, u"Dozens"_s}}},
                                                    QJsonObject{{u"fields"_s, QJsonArray{u"name"_s}}})
                                        .toArray();
        QCOMPARE(dozenIds.size(), 1);
        const QString dozen = dozenIds.at(0)[u"name"_s].toString();
        const QJsonArray items = ysellOrder(sim, dozen)[u"payload"_s][u"items"_s].toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0)[u"ext_id"_s].toString(), u"ACC-PLN-001"_s);
        QCOMPARE(items.at(0)[u"qty"_s].toInt(), 12);
        const QJsonArray dozenMoves = pickingOf(sim, dozen)[u"moves"_s].toArray();
        QCOMPARE(dozenMoves.size(), 1);
        QCOMPARE(dozenMoves.at(0)[u"product_qty"_s].toDouble(), 12.0);
        QCOMPARE(dozenMoves.at(0)[u"product_uom_qty"_s].toDouble(), 12.0);
        QCOMPARE(dozenMoves.at(0)[u"product_uom"_s].toString(), u"Units"_s);

        // Reserve serials: a Ready picking with the scanned serial reserved in ShemaxGlobal.
        const QJsonObject ready = pickingOf(sim, noStock);
        QCOMPARE(ready[u"state"_s].toString(), u"assigned"_s);
        QCOMPARE(ready[u"location_id"_s][u"complete_name"_s].toString(), u"WH/ShemaxGlobal"_s);
        const QJsonArray lines = ready[u"move_lines"_s].toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0)[u"lot_name"_s].toString(), u"SN-SG-ACC-SER-003-0002"_s);
        for (const QJsonValue &mv : ready[u"moves"_s].toArray())
            QVERIFY2(mv[u"state"_s].toString() != u"draft"_s, "no draft move beside a reserved one");
        const QJsonArray quant =
            sim.odooAsAdmin(u"stock.quant"_s, u"search_read"_s,
                            QJsonArray{QJsonArray{QJsonArray{u"lot_id.name"_s, u"="_s, u"SN-SG-ACC-SER-003-0002"_s},
                                                  QJsonArray{u"location_id.name"_s, u"="_s, u"ShemaxGlobal"_s}}},
                            QJsonObject{{u"fields"_s, QJsonArray{u"reserved_quantity"_s}}})
                .toArray();
        QCOMPARE(quant.size(), 1);
        QCOMPARE(quant.at(0)[u"reserved_quantity"_s].toDouble(), 1.0);
    }

    void ownDocumentsUserIsWarned()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--demo"_s, u"--odoo-user"_s, u"clerk_own"_s}, &error), qPrintable(error));
        const CliResult r = cli.run({u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err)); // a warning, not a failure
        QVERIFY2(r.out.contains(u"[warn] Odoo — Rights of the Odoo user: Your Odoo user has Sales “User: Own "
                                u"Documents Only”: Odoo shows it only the orders where it is the salesperson"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"→ Ask an Odoo administrator to give the user clerk_own the rights Sales “User: All "
                                u"Documents”"_s),
                 qPrintable(r.out));
    }

    void userWithoutInventoryRightsIsTold()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--demo"_s, u"--odoo-user"_s, u"sales"_s}, &error), qPrintable(error));
        const CliResult r = cli.run({u"check"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(u"[FAIL] Odoo — Rights of the Odoo user: Your Odoo user may not create deliveries, "
                                u"confirm and cancel deliveries, reserve serial numbers on deliveries."_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"give the user sales the rights Inventory “User”"_s), qPrintable(r.out));
        // Reading the fields still works without the administrator's field list.
        QVERIFY2(r.out.contains(u"[ ok ] Odoo — Ysell fields in Odoo"_s), qPrintable(r.out));
    }

    void simulatorRefusesAnUnknownUser()
    {
        SimProcess sim;
        QVERIFY(!sim.start({u"--odoo-user"_s, u"nobody"_s}));
        QVERIFY2(sim.standardError().contains("--odoo-user must be one of admin, clerk, clerk_own, sales"),
                 sim.standardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestClerkUser)
#include "tst_clerkuser.moc"
