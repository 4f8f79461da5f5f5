// ysell-bridge-cli reconcile against ysell-bridge-sim: each kind of disagreement between Odoo, the
// journal and Ysell is set up where it happens (a new order in Odoo, Ysell moving, a delivery made by
// hand, an order cancelled in Odoo, a Ysell id Ysell lost) and must show with what to do.
#include "CliRunner.h"
#include "EnglishWords.h"
#include "SimProcess.h"
#include "Translations.h"
#include "ops/ReconcileJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using ysb::test::CliResult;
using ysb::test::CliRunner;
using ysb::test::SimProcess;

namespace {

bool rawSql(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-reconcile"_s);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(u"raw-reconcile"_s);
    return ok;
}

// Starts the simulator with `orders` confirmed orders and sends them all with one `sync`; what went
// wrong, or nothing.
QString sentOrders(SimProcess &sim, CliRunner &cli, int orders)
{
    QString error;
    if (!cli.setUp(sim, {u"--orders"_s, QString::number(orders)}, &error))
        return u"set-up failed: "_s + error;
    const CliResult r = cli.run({u"sync"_s});
    return r.exitCode == 0 ? QString() : r.out + r.err;
}

QString journalOf(const CliRunner &cli)
{
    return QSettings(cli.configPath(), QSettings::IniFormat).value(u"journal/path"_s).toString();
}

int firstId(SimProcess &sim, const QString &model, const QJsonArray &domain)
{
    const QJsonArray found = sim.odooAsAdmin(model, u"search"_s, QJsonArray{domain}).toArray();
    return found.isEmpty() ? 0 : found.first().toInt();
}

} // namespace

class TestReconcile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyKindOfDisagreementWithWhatToDo();
    void theNextTryIsShownInLocalTime();
};

void TestReconcile::everyKindOfDisagreementWithWhatToDo()
{
    SimProcess sim;
    CliRunner cli;
    const QString problem = sentOrders(sim, cli, 5);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QStringList names;
    for (const QJsonValue &v : cli.orders())
        names << v.toObject().value(u"name"_s).toString();
    names.sort();
    QCOMPARE(names.size(), 5);

    // All agree: nothing to do.
    CliResult r = cli.run({u"reconcile"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"0 disagreement(s) among 5 Odoo order(s)"_s), qPrintable(r.out));

    // Confirmed in Odoo, not sent yet.
    const QStringList added = sim.addOrders(1);
    QCOMPARE(added.size(), 1);
    // Ysell lost one order's id.
    const QString journalPath = journalOf(cli);
    QVERIFY(!journalPath.isEmpty());
    QVERIFY(rawSql(journalPath, u"UPDATE orders SET ysell_id = '999999' WHERE name = '%1'"_s.arg(names.at(0))));
    // Ysell shipped one; no sweep has made its delivery yet.
    QVERIFY(sim.advance(u"7.1"_s, {names.at(1)}));
    // A delivery from ShemaxGlobal made by hand for an order Ysell has not shipped.
    const int shemax = firstId(sim, u"stock.location"_s, QJsonArray{QJsonArray{u"name"_s, u"="_s, u"ShemaxGlobal"_s}});
    const int type = firstId(sim, u"stock.picking.type"_s, QJsonArray{QJsonArray{u"code"_s, u"="_s, u"outgoing"_s}});
    QVERIFY(shemax > 0 && type > 0);
    const QJsonValue picking = sim.odooAsAdmin(
        u"stock.picking"_s, u"create"_s,
        QJsonArray{QJsonObject{{u"name"_s, u"WH/OUT/HAND1"_s}, {u"origin"_s, names.at(2)},
                               {u"location_id"_s, shemax}, {u"picking_type_id"_s, type}}});
    QVERIFY2(picking.toInt() > 0, qPrintable(QString::fromUtf8(QJsonDocument(QJsonArray{picking}).toJson())));
    // Cancelled in Odoo after it went to Ysell.
    const int cancelled = firstId(sim, u"sale.order"_s, QJsonArray{QJsonArray{u"name"_s, u"="_s, names.at(3)}});
    sim.odooAsAdmin(u"sale.order"_s, u"action_cancel"_s, QJsonArray{QJsonArray{cancelled}});
    QCOMPARE(sim.odooAsAdmin(u"sale.order"_s, u"read"_s, QJsonArray{QJsonArray{cancelled}, QJsonArray{u"state"_s}})
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"state"_s)
                 .toString(),
             u"cancel"_s);

    QVERIFY(sim.resetStats());
    r = cli.run({u"reconcile"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 4); // something to do
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QHash<QString, QJsonObject> byKind;
    for (const QJsonValue &v : report.value(u"rows"_s).toArray())
        byKind.insert(v.toObject().value(u"kind"_s).toString(), v.toObject());
    QCOMPARE(report.value(u"rows"_s).toArray().size(), 5);
    QCOMPARE(byKind.value(u"never_sent"_s).value(u"order"_s).toString(), added.first());
    QCOMPARE(byKind.value(u"unknown_to_ysell"_s).value(u"order"_s).toString(), names.at(0));
    QCOMPARE(byKind.value(u"done_without_picking"_s).value(u"order"_s).toString(), names.at(1));
    QCOMPARE(byKind.value(u"picking_without_done"_s).value(u"order"_s).toString(), names.at(2));
    QCOMPARE(byKind.value(u"cancelled_after_sent"_s).value(u"order"_s).toString(), names.at(3));
    QVERIFY(byKind.value(u"never_sent"_s).value(u"advice"_s).toString().startsWith(u"Run a send"_s));
    QVERIFY(byKind.value(u"unknown_to_ysell"_s).value(u"advice"_s).toString().contains(u"Search Ysell for order number"_s));
    QVERIFY(byKind.value(u"done_without_picking"_s).value(u"advice"_s).toString().startsWith(u"Run a status check"_s));
    QVERIFY(byKind.value(u"picking_without_done"_s).value(u"advice"_s).toString().contains(u"cancel the delivery WH/OUT/HAND1"_s));
    QVERIFY(byKind.value(u"cancelled_after_sent"_s).value(u"advice"_s).toString().startsWith(u"Cancel it in Ysell by hand"_s));
    // Bounded: a page of orders, the route, a page of deliveries; one status read per sent order.
    QCOMPARE(report.value(u"ysell_lookups"_s).toInt(), 5);
    QCOMPARE(report.value(u"odoo_orders"_s).toInt(), 6);
    const QJsonObject stats = sim.stats();
    QCOMPARE(stats.value(u"ysell"_s).toObject().value(u"creates"_s).toInt(), 0); // it only reads

    // The same as the clerk reads it.
    r = cli.run({u"reconcile"_s});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.out.contains(added.first() + u"  Confirmed in Odoo, not sent\n  found: Ysell Bridge has not seen it yet.\n"
                                            "  to do: Run a send"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(names.at(3) + u"  Cancelled in Odoo after sending\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"5 disagreement(s) among 6 Odoo order(s)"_s), qPrintable(r.out));
    // Nothing was changed: the journal still has the cancelled order as sent, no delivery was made.
    for (const QJsonValue &v : cli.orders()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"name"_s).toString() == names.at(1))
            QCOMPARE(o.value(u"state"_s).toString(), u"sent"_s);
    }

    // The same in Russian, from the locale alone (LANG, no LANGUAGE): every kind, finding and advice,
    // and the summary, with no English word but names and data.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &v : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
        env.remove(v);
    env.insert(u"LANG"_s, u"ru_RU.UTF-8"_s);
    cli.setEnvironment(env);
    r = cli.run({u"reconcile"_s});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(ysb::installTranslations(u"ru"_s), u"ru"_s);
    for (ysb::ReconcileRow::Kind kind :
         {ysb::ReconcileRow::Kind::NeverSent, ysb::ReconcileRow::Kind::UnknownToYsell,
          ysb::ReconcileRow::Kind::DoneWithoutPicking, ysb::ReconcileRow::Kind::PickingWithoutDone,
          ysb::ReconcileRow::Kind::CancelledAfterSent}) {
        const QString label = ysb::ReconcileRow::kindLabel(kind);
        QVERIFY2(label.contains(QRegularExpression(u"[а-яА-Я]{4}"_s)), qPrintable(label));
        QVERIFY2(r.out.contains(label), qPrintable(label + u"\n"_s + r.out));
    }
    QVERIFY2(r.out.contains(u"найдено: "_s) && r.out.contains(u"что делать: "_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"5 расхождений среди 6 заказов Odoo"_s), qPrintable(r.out));
    // Names and data: the orders, the deliveries, Ysell's ids and statuses as the sent JSON had them.
    QSet<QString> data;
    for (const QJsonValue &v : cli.orders())
        for (const QString &field : {u"name"_s, u"ysell_id"_s, u"ysell_number"_s, u"ysell_status_name"_s})
            ysb::test::addDataWords(&data, v.toObject().value(field).toString());
    QStringList english;
    for (const QString &line : r.out.split(u'\n')) {
        if (const QStringList w = ysb::test::englishWords(line, data); !w.isEmpty())
            english << w.join(u' ') + u"   in “"_s + line + u"”"_s;
    }
    QVERIFY2(english.isEmpty(), qPrintable(u"English in the Russian reconciliation:\n"_s + english.join(u'\n')));

    // --json in Russian: the kinds and the data stay as they were, the words are Russian.
    r = cli.run({u"reconcile"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 4);
    QHash<QString, QJsonObject> ruByKind;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"rows"_s).toArray())
        ruByKind.insert(v.toObject().value(u"kind"_s).toString(), v.toObject());
    QCOMPARE(QSet<QString>(ruByKind.keyBegin(), ruByKind.keyEnd()), QSet<QString>(byKind.keyBegin(), byKind.keyEnd()));
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        const QJsonObject ru = ruByKind.value(it.key());
        QCOMPARE(ru.value(u"order"_s), it.value().value(u"order"_s));
        QCOMPARE(ru.value(u"odoo_id"_s), it.value().value(u"odoo_id"_s));
        QCOMPARE(ru.value(u"picking_id"_s), it.value().value(u"picking_id"_s));
        for (const QString &field : {u"label"_s, u"detail"_s, u"advice"_s}) {
            const QString text = ru.value(field).toString();
            QVERIFY2(text != it.value().value(field).toString() && text.contains(QRegularExpression(u"[а-яА-Я]{4}"_s)),
                     qPrintable(it.key() + u' ' + field + u": "_s + text));
        }
    }
    QCOMPARE(ruByKind.value(u"picking_without_done"_s).value(u"picking_id"_s).toInt(), picking.toInt());
    ysb::installTranslations(u"en"_s);
}

// The clerk reads times in the computer's time zone, as the orders table shows them; --json keeps UTC
// (ISO 8601) for programs.
void TestReconcile::theNextTryIsShownInLocalTime()
{
    // Novosibirsk is UTC+7 all year: 09:00 UTC is 16:00 there. The CLI inherits the zone.
    qputenv("TZ", "Asia/Novosibirsk");
    tzset();
    SimProcess sim;
    CliRunner cli;
    const QString problem = sentOrders(sim, cli, 1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString name = cli.orders().first().toObject().value(u"name"_s).toString();
    QVERIFY(!name.isEmpty());
    // As a send that failed leaves an order: not in Ysell, its problem, the time of its next try.
    const QDateTime next(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    QVERIFY(rawSql(journalOf(cli), u"UPDATE orders SET state = 'new', ysell_id = '', last_error = 'Ysell did not answer.', "
                                "next_attempt_at = %1 WHERE name = '%2'"_s.arg(next.toMSecsSinceEpoch()).arg(name)));

    CliResult r = cli.run({u"reconcile"_s});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.out.contains(name + u"  Confirmed in Odoo, not sent\n"
                                   "  found: Waiting for its next try at 2026-11-29 16:00: Ysell did not answer.\n"_s),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"09:00"_s) && !r.out.contains(u"UTC"_s), qPrintable(r.out));

    r = cli.run({u"reconcile"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 4);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(u"kind"_s).toString(), u"never_sent"_s);
    QCOMPARE(row.value(u"next_attempt_at"_s).toString(), u"2026-11-29T09:00:00Z"_s);
    QCOMPARE(row.value(u"detail"_s).toString(), u"Waiting for its next try at 2026-11-29 09:00 UTC: Ysell did not answer."_s);
    qunsetenv("TZ");
    tzset();
}

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
