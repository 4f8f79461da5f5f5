// SupportBundleJob on its own, with a journal written before the secrets were known (so they sit
// in it unmasked) and a fake clock: the bundle must still hold no form of them, say why Odoo was
// not checked, and pick the orders of the selection or the period.
#include "FakeClock.h"
#include "Translations.h"
#include "journal/Journal.h"
#include "ops/SupportBundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;

namespace {

const QString kPassword = u"Pw-canary-7Hq2xZ9vLm4"_s;
const QString kToken = u"tok_canary_Jr8sWq3NbY6"_s;

QByteArray unzipAll(const QString &zip, const QString &member = {})
{
    QProcess p;
    p.start(u"unzip"_s, member.isEmpty() ? QStringList{u"-p"_s, zip} : QStringList{u"-p"_s, zip, member});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

} // namespace

class TestSupportBundle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
            QSKIP("unzip is needed to read the bundle back");
        QVERIFY(m_dir.isValid());
        auto j = Journal::open(m_dir.filePath(u"journal.sqlite"_s), &m_clock);
        QVERIFY2(j.ok(), qPrintable(j.ok() ? QString() : j.error().message));
        m_journal = std::move(j).value();
        const QList<QPair<QString, QDate>> orders{{u"S00001"_s, QDate(2026, 11, 2)},
                                                  {u"S00002"_s, QDate(2026, 11, 15)},
                                                  {u"S00003"_s, QDate(2026, 11, 27)}};
        for (const auto &[name, date] : orders) {
            OrderRecord o;
            o.name = name;
            o.odooId = name.right(1).toInt();
            o.customer = u"Customer "_s + name;
            o.confirmedAt = QDateTime(date, QTime(12, 0)).toUTC(); // noon of that local day
            // A clerk pasted the secrets into a note before they were ever registered.
            o.lastError = Text::data(u"token %1 / password %2 / base64 %3 / hex %4"_s.arg(
                kToken, kPassword, QString::fromLatin1(kPassword.toUtf8().toBase64()),
                QString::fromLatin1(kToken.toUtf8().toHex())));
            QVERIFY(m_journal->upsertOrder(o).ok());
            QVERIFY(m_journal->addEvent(name, u"note"_s, Text::data(u"Authorization: Bearer "_s + kToken)).ok());
        }
    }

    void bundleHoldsNoFormOfTheSecrets()
    {
        const QString zip = m_dir.filePath(u"all.zip"_s);
        const Result<SupportBundleSummary> r = run({}, zip, u"Odoo was not checked: no password"_s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().orders, 3);
        QCOMPARE(r.value().files, (QStringList{u"README.txt"_s, u"versions.json"_s, u"config.ini"_s, u"check.json"_s,
                                               u"journal.json"_s}));
        QVERIFY(!r.value().checkRan);
        const QByteArray all = unzipAll(zip);
        QVERIFY(all.contains("Customer S00002"));
        for (const QByteArray &form : {kPassword.toUtf8(), kToken.toUtf8(), kPassword.toUtf8().toBase64(),
                                       kToken.toUtf8().toBase64(), kPassword.toUtf8().toHex(), kToken.toUtf8().toHex()})
            QVERIFY2(!all.contains(form), form.constData());
        QVERIFY(all.contains("***"));
        const QJsonObject check = QJsonDocument::fromJson(unzipAll(zip, u"check.json"_s)).object();
        QCOMPARE(check.value(u"reason"_s).toString(), u"Odoo was not checked: no password"_s);
        QCOMPARE(check.value(u"checked_at"_s).toString(), u"2026-11-28T09:00:00Z"_s); // the injected clock
        const QJsonObject versions = QJsonDocument::fromJson(unzipAll(zip, u"versions.json"_s)).object();
        QCOMPARE(versions.value(u"odoo_server"_s).toString(), u"Odoo was not checked: no password"_s);
    }

    void selectionPicksOrders_data()
    {
        QTest::addColumn<QStringList>("orders");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("named") << QStringList{u"S00003"_s, u"S00001"_s} << QDate() << QDate()
                               << QStringList{u"S00001"_s, u"S00003"_s};
        QTest::newRow("period inclusive") << QStringList{} << QDate(2026, 11, 2) << QDate(2026, 11, 15)
                                          << QStringList{u"S00001"_s, u"S00002"_s};
        QTest::newRow("from only") << QStringList{} << QDate(2026, 11, 16) << QDate() << QStringList{u"S00003"_s};
        QTest::newRow("both") << QStringList{u"S00001"_s, u"S00003"_s} << QDate(2026, 11, 20) << QDate()
                              << QStringList{u"S00003"_s};
    }

    void selectionPicksOrders()
    {
        QFETCH(QStringList, orders);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);
        const QString zip = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".zip"_s);
        const Result<SupportBundleSummary> r = run({orders, from, to}, zip, {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QStringList names;
        const QJsonObject journal = QJsonDocument::fromJson(unzipAll(zip, u"journal.json"_s)).object();
        for (const QJsonValue &v : journal.value(u"orders"_s).toArray())
            names << v.toObject().value(u"name"_s).toString();
        QCOMPARE(names, expected);
        for (const QJsonValue &v : journal.value(u"events"_s).toArray())
            QVERIFY(expected.contains(v.toObject().value(u"orderRef"_s).toString()));
    }

    void unknownOrderIsRefusedAndNoFileIsWritten()
    {
        const QString zip = m_dir.filePath(u"unknown.zip"_s);
        const Result<SupportBundleSummary> r = run({{u"S00001"_s, u"S09999"_s}, {}, {}}, zip, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, u"The journal has no order “S09999”."_s);
        QVERIFY(!QFile::exists(zip));
    }

    // What the selection's check finds is data: worded when shown, in the reader's language.
    void selectionProblemsReadInTheReadersLanguage()
    {
        SupportSelection backwards{{u"S09998"_s}, QDate(2026, 11, 29), QDate(2026, 11, 1)};
        const QList<Text> problems = SupportBundleJob::validate(*m_journal, backwards);
        QCOMPARE(problems.size(), 2);
        const Text stored = Text::fromStored(Text::lines(problems).toStored());
        QCOMPARE(stored.render(), u"The period ends (2026-11-01) before it starts (2026-11-29).\n"
                                  "The journal has no order “S09998”."_s);
        QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
        const QString ru = stored.render();
        installTranslations(u"en"_s);
        QVERIFY2(ru.contains(u"2026-11-01"_s) && ru.contains(u"2026-11-29"_s) && ru.contains(u"S09998"_s)
                     && !ru.contains(u"The period"_s) && !ru.contains(u"The journal"_s)
                     && ru.contains(QRegularExpression(u"[а-яА-Я]{4}"_s)),
                 qPrintable(ru));
    }

private:
    Result<SupportBundleSummary> run(const SupportSelection &selection, const QString &zip, const QString &reason)
    {
        Config config;
        config.odooUrl = u"https://odoo.example.com"_s;
        auto *job = new SupportBundleJob(config, m_journal.get(), nullptr, {kPassword, kToken}, selection, zip, reason,
                                         &m_clock);
        std::optional<Result<SupportBundleSummary>> result;
        int emitted = 0;
        connect(job, &SupportBundleJob::finished, this, [&](const Result<SupportBundleSummary> &r) {
            result = r;
            ++emitted;
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30'000))
            return Error::plain(ErrorKind::Unknown, u"no answer"_s);
        QTest::qWait(0);
        if (emitted != 1)
            return Error::plain(ErrorKind::Unknown, u"finished() emitted %1 times"_s.arg(emitted));
        return *result;
    }

    test::FakeClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
};

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "tst_supportbundle.moc"
