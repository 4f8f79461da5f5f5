// What the engine records for people is data (issue 14): a run through the simulators leaves only
// Text JSON in the journal's problems, warnings and events, and the CLI shows them in the language of
// the locale (LANG=ru_RU.UTF-8 in Russian), with --json naming the kinds and arguments.
#include "CliRunner.h"
#include "Text.h"
#include "Translations.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ysb;
using namespace ysb::test;

namespace {

struct Stored {
    QString where; // "orders.last_error S00001", "events picking_created"…
    QString value;
};

// Every non-empty problem, warning and event message the journal holds, as stored.
QList<Stored> storedTexts(const QString &journalPath)
{
    QList<Stored> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(journalPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open())
            return out;
        QSqlQuery q(db);
        q.exec(u"SELECT name, last_error, warning FROM orders"_s);
        while (q.next()) {
            for (int c : {1, 2}) {
                if (!q.value(c).toString().isEmpty())
                    out << Stored{u"orders.%1 %2"_s.arg(c == 1 ? u"last_error"_s : u"warning"_s, q.value(0).toString()),
                                  q.value(c).toString()};
            }
        }
        q.exec(u"SELECT kind, message FROM events"_s);
        while (q.next())
            out << Stored{u"events %1"_s.arg(q.value(0).toString()), q.value(1).toString()};
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return out;
}

QProcessEnvironment russian()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LANG"_s, u"ru_RU.UTF-8"_s);
    return env;
}

// The send cycle's summary line of `sync --json` (one compact object a line: send, then sweep).
QJsonObject summaryOf(const QString &out)
{
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (doc.isObject() && doc.object().value(u"kind"_s).toString() == u"send"_s)
            return doc.object();
    }
    return {};
}

// The problem of an order the journal stores that names `kind`, read back; empty when none does.
Text storedProblem(const CliRunner &cli, const QString &kind)
{
    const QString journal = QSettings(cli.configPath(), QSettings::IniFormat).value(u"journal/path"_s).toString();
    for (const Stored &s : storedTexts(journal)) {
        if (s.where.startsWith(u"orders.last_error"_s) && s.value.contains(u"\"%1\""_s.arg(kind)))
            return Text::fromStored(s.value);
    }
    return {};
}

// What `orders --json` shows as the orders' problems.
QStringList shownProblems(const QJsonArray &orders)
{
    QStringList shown;
    for (const QJsonValue &v : orders)
        shown << v.toObject().value(u"last_error"_s).toString();
    return shown;
}

QString russianOf(const Text &text)
{
    installTranslations(u"ru"_s);
    const QString ru = text.render();
    installTranslations(u"en"_s);
    return ru;
}

const QRegularExpression &cyrillicWord()
{
    static const QRegularExpression re(u"[а-яА-Я]{4}"_s);
    return re;
}

} // namespace

class TestEngineText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void journalHoldsDataAndTheCliSpeaksTheLocale()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--demo"_s}, &error), qPrintable(error));
        CliResult r = cli.run({u"sync"_s});
        QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err)); // some orders need attention
        QVERIFY(sim.advance(u"7.1"_s));
        r = cli.run({u"sweep"_s});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 4, qPrintable(r.out + r.err));

        // Problems, warnings and events: every one a Text of a known kind, none free text.
        const QString journal = QSettings(cli.configPath(), QSettings::IniFormat).value(u"journal/path"_s).toString();
        const QList<Stored> stored = storedTexts(journal);
        QSet<QString> kinds;
        QStringList free;
        int problems = 0, warnings = 0, events = 0;
        for (const Stored &s : stored) {
            const Text t = Text::fromStored(s.value);
            if (!s.value.startsWith(u'{') || t.kind() == TextKind::Data)
                free << s.where + u": "_s + s.value;
            kinds << t.kindName();
            problems += s.where.startsWith(u"orders.last_error"_s);
            warnings += s.where.startsWith(u"orders.warning"_s);
            events += s.where.startsWith(u"events"_s);
        }
        QVERIFY2(free.isEmpty(), qPrintable(free.join(u'\n')));
        // Warnings are rare now (Odoo's other delivery is data of its own): any there must be Text too.
        QVERIFY2(problems > 0 && events > 0,
                 qPrintable(u"%1 problems, %2 warnings, %3 events"_s.arg(problems).arg(warnings).arg(events)));
        for (const QString &k : {u"created_in_ysell"_s, u"ysell_done"_s, u"picking_created"_s, u"other_delivery_open"_s})
            QVERIFY2(kinds.contains(k), qPrintable(k + u" not among "_s + QStringList(kinds.values()).join(u", "_s)));

        // An order held by a problem and one with a picking and Odoo's other open delivery.
        const QJsonArray english = cli.orders();
        QJsonObject held, picked;
        for (const QJsonValue &v : english) {
            const QJsonObject o = v.toObject();
            if (held.isEmpty() && o.value(u"state"_s).toString() == u"needs_attention"_s)
                held = o;
            if (picked.isEmpty() && o.value(u"state"_s).toString() == u"picking_created"_s
                && !o.value(u"other_deliveries"_s).toString().isEmpty())
                picked = o;
        }
        QVERIFY(!held.isEmpty() && !picked.isEmpty());
        const QJsonObject heldText = held.value(u"last_error_text"_s).toObject();
        QVERIFY2(!heldText.value(u"kind"_s).toString().isEmpty() && heldText.value(u"args"_s).isArray(),
                 QJsonDocument(held).toJson().constData());
        QCOMPARE(held.value(u"last_error"_s).toString(), heldText.value(u"text"_s).toString());
        const Text heldProblem = Text::fromJson(heldText);
        installTranslations(u"en"_s);
        QCOMPARE(held.value(u"last_error"_s).toString(), heldProblem.render());

        // The same journal through LANG=ru_RU.UTF-8: the same kinds and arguments, Russian words.
        cli.setEnvironment(russian());
        installTranslations(u"ru"_s);
        const QJsonArray inRussian = cli.orders();
        QCOMPARE(inRussian.size(), english.size());
        for (const QJsonValue &v : inRussian) {
            const QJsonObject o = v.toObject();
            if (o.value(u"odoo_id"_s) != held.value(u"odoo_id"_s))
                continue;
            QCOMPARE(o.value(u"last_error_text"_s).toObject().value(u"kind"_s), heldText.value(u"kind"_s));
            QCOMPARE(o.value(u"last_error_text"_s).toObject().value(u"args"_s), heldText.value(u"args"_s));
            const QString ru = o.value(u"last_error"_s).toString();
            QCOMPARE(ru, heldProblem.render());
            QVERIFY2(ru != held.value(u"last_error"_s).toString() && ru.contains(QRegularExpression(u"[а-яА-Я]{4}"_s)),
                     qPrintable(ru));
        }
        const QString pickedName = picked.value(u"name"_s).toString();
        r = cli.run({u"log"_s, u"--order"_s, pickedName});
        QCOMPARE(r.exitCode, 0);
        QString created;
        for (const Stored &s : stored) {
            if (s.where == u"events picking_created"_s && s.value.contains(picked.value(u"picking_name"_s).toString()))
                created = Text::fromStored(s.value).render();
        }
        QVERIFY2(!created.isEmpty() && r.out.contains(created), qPrintable(created + u"\n---\n"_s + r.out));
        r = cli.run({u"orders"_s, u"--state"_s, u"picking_created"_s});
        QVERIFY2(r.out.contains(picked.value(u"other_deliveries"_s).toString()), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"Odoo still has"_s) && r.out.contains(QRegularExpression(u"[а-яА-Я]{4}"_s)),
                 qPrintable(r.out));
        installTranslations(u"en"_s);
    }

    // Errors that stop a whole cycle (Odoo refuses the login, has no such database) are data too: the
    // summary names their kinds and the CLI words them in the reader's language.
    void cycleErrorsSpeakTheLocale_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("kind");
        QTest::newRow("bad credentials") << u"secret"_s << u"odoo_refused_login_password_api"_s;
        QTest::newRow("database not found") << u"database"_s << u"odoo_has_no_database_named"_s;
    }
    void cycleErrorsSpeakTheLocale()
    {
        QFETCH(QString, setting);
        QFETCH(QString, kind);
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--demo"_s}, &error), qPrintable(error));
        QString config, secrets;
        if (setting == u"secret"_s) {
            secrets = cli.cloneSecrets(u"wrong"_s, {}, "not-the-password");
        } else {
            config = cli.cloneConfig(u"nodb"_s);
            QSettings s(config, QSettings::IniFormat);
            s.setValue(u"odoo/database"_s, u"nosuchdb"_s);
        }
        cli.setEnvironment(russian());
        const CliResult r = cli.run({u"sync"_s, u"--json"_s}, config, 180'000, {}, secrets);
        const QJsonObject summary = summaryOf(r.out);
        QVERIFY2(summary.value(u"aborted"_s).toBool(),
                 qPrintable(u"%1 lines: "_s.arg(r.out.count(u'\n')) + r.out + u"\n--- stderr:\n"_s + r.err));
        const QJsonArray texts = summary.value(u"error_texts"_s).toArray();
        QVERIFY2(!texts.isEmpty(), qPrintable(r.out));
        const QJsonObject first = texts.first().toObject();
        QCOMPARE(first.value(u"kind"_s).toString(), kind);
        const QString shown = summary.value(u"errors"_s).toArray().first().toString();
        installTranslations(u"ru"_s);
        const QString ru = Text::fromJson(first).render();
        installTranslations(u"en"_s);
        const QString en = Text::fromJson(first).render();
        QCOMPARE(shown, ru);
        QVERIFY2(shown != en && shown.contains(cyrillicWord()), qPrintable(shown));
        if (setting == u"database"_s)
            QVERIFY2(shown.contains(u"nosuchdb"_s), qPrintable(shown)); // the name given is data, as it is
    }

    // A protocol error from Ysell (an answer that is not JSON) stored as an order's problem is Text of a
    // known kind, nested in the problem's own kind, and shows in Russian under LANG=ru_RU.UTF-8.
    void ysellProtocolErrorInTheJournalSpeaksTheLocale()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--demo"_s}, &error), qPrintable(error));
        QVERIFY(sim.fault(QJsonObject{{u"route"_s, u"create"_s}, {u"kind"_s, u"malformed"_s}}));
        CliResult r = cli.run({u"sync"_s});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));
        const Text problem = storedProblem(cli, u"ysells_answer_not_valid"_s);
        QVERIFY2(!problem.isEmpty() && problem.kind() != TextKind::Data, "no stored problem names the unreadable answer");
        cli.setEnvironment(russian());
        const QStringList shown = shownProblems(cli.orders());
        const QString ru = russianOf(problem);
        QVERIFY2(ru != problem.render() && ru.contains(cyrillicWord()), qPrintable(ru));
        QVERIFY2(shown.contains(ru), qPrintable(ru + u"\n---\n"_s + shown.join(u'\n')));
        QVERIFY2(!shown.join(u'\n').contains(u"not valid JSON"_s), qPrintable(shown.join(u'\n')));
    }

    // The delivery route is data too: the sweep's problem with a delivery type the warehouse does not have
    // is stored as kinds with Odoo's names as arguments and reads in Russian under LANG=ru_RU.UTF-8;
    // `check` counts five delivery types in the Russian plural form.
    void deliveryRouteSpeaksTheLocale()
    {
        SimProcess sim;
        CliRunner cli;
        QString error;
        QVERIFY2(cli.setUp(sim, {u"--orders"_s, u"1"_s}, &error), qPrintable(error));
        auto addType = [&](const QString &name, int sequence) {
            const QJsonObject values{{u"name"_s, name}, {u"code"_s, u"outgoing"_s},
                                     {u"sequence_code"_s, u"SHX%1"_s.arg(sequence)}, {u"warehouse_id"_s, 1},
                                     {u"sequence"_s, sequence}, {u"company_id"_s, 1}};
            return odooRpc(sim, u"stock.picking.type"_s, u"create"_s, QJsonArray{values}).toInt() > 0;
        };
        auto setPickingType = [&](const QString &name) {
            QSettings s(cli.configPath(), QSettings::IniFormat);
            s.setValue(u"sync/picking_type"_s, name);
            s.sync();
        };
        QVERIFY(addType(u"Shemax Dispatch"_s, 1));
        setPickingType(u"Elsewhere"_s);
        CliResult r = cli.run({u"send"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(sim.advance(u"7.1"_s));
        r = cli.run({u"sweep"_s});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out + r.err));

        const Text problem = storedProblem(cli, u"delivery_no_type_named"_s);
        QVERIFY2(!problem.isEmpty(), "no stored problem names the delivery type");
        QVERIFY2(!problem.toStored().contains(u"delivery operation type"_s), qPrintable(problem.toStored()));
        cli.setEnvironment(russian());
        const QStringList shown = shownProblems(cli.orders());
        const QString ru = russianOf(problem);
        QVERIFY2(ru.contains(u"«Elsewhere»"_s) && ru.contains(u"«Shemax Dispatch», «Delivery Orders»"_s)
                     && ru.contains(cyrillicWord()),
                 qPrintable(ru));
        QVERIFY2(shown.contains(ru), qPrintable(ru + u"\n---\n"_s + shown.join(u'\n')));
        QVERIFY2(!shown.join(u'\n').contains(u"delivery operation type"_s), qPrintable(shown.join(u'\n')));

        // Five delivery types and none chosen: check takes the first and counts them the Russian way.
        for (int i = 2; i <= 4; ++i)
            QVERIFY(addType(u"Shemax Dispatch %1"_s.arg(i), i));
        setPickingType(QString());
        r = cli.run({u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"У склада 5 типов доставки; это первый по порядку, остальные: «"_s)
                     && r.out.contains(u"«Shemax Dispatch 4»"_s),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestEngineText)
#include "tst_enginetext.moc"
