#include "SupportBundle.h"

#include "IsoTime.h"
#include "Logging.h"
#include "journal/Journal.h"
#include "journal/Redactor.h"
#include "odoo/OdooClient.h"
#include "ops/ZipWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ysb {
namespace {

bool inPeriod(const QDateTime &at, const SupportSelection &s)
{
    if (s.from.isNull() && s.to.isNull())
        return true;
    if (!at.isValid())
        return false;
    // The clerk thinks in the dates of the local calendar, as the app's table shows them.
    const QDate d = at.toLocalTime().date();
    return (s.from.isNull() || d >= s.from) && (s.to.isNull() || d <= s.to);
}

// Beyond what the journal's redactor masks (raw, JSON-escaped, URL-encoded, Basic/Bearer): the
// base64 and hex of each secret, which a support engineer's tools would decode without thinking.
QList<QByteArray> extraForms(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    QByteArray b64 = raw.toBase64();
    QList<QByteArray> forms{b64, raw.toHex(), raw.toHex().toUpper()};
    while (b64.endsWith('='))
        b64.chop(1);
    forms << b64 << raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return forms;
}

QByteArray redactAll(QByteArray bytes, const QStringList &secrets)
{
    bytes = Redactor::redactBytes(bytes, secrets);
    for (const QString &s : Redactor::usableSecrets(secrets)) {
        for (const QByteArray &form : extraForms(s))
            bytes.replace(form, Redactor::mask().toUtf8());
    }
    return bytes;
}

bool holdsSecret(const QByteArray &bytes, const QStringList &secrets)
{
    for (const QString &s : Redactor::usableSecrets(secrets)) {
        QList<QByteArray> forms = Redactor::secretForms(s);
        forms << extraForms(s);
        for (const QByteArray &form : std::as_const(forms)) {
            if (!form.isEmpty() && bytes.contains(form))
                return true;
        }
    }
    return false;
}

QJsonObject exchangeJson(const ExchangeRecord &x)
{
    return QJsonObject{{u"id"_s, x.id},
                       {u"at"_s, isoTime(x.atUtc)},
                       {u"system"_s, x.system},
                       {u"route"_s, x.route},
                       {u"method"_s, x.method},
                       {u"path"_s, x.path},
                       {u"httpStatus"_s, x.httpStatus},
                       {u"durationMs"_s, x.durationMs},
                       {u"correlationId"_s, x.correlationId},
                       {u"outcome"_s, x.outcome},
                       {u"errorDetail"_s, x.errorDetail},
                       {u"requestHeaders"_s, x.requestHeaders},
                       {u"requestBody"_s, x.requestBody},
                       {u"responseBody"_s, x.responseBody},
                       {u"truncated"_s, x.truncated}};
}

} // namespace

SupportBundleJob::SupportBundleJob(const Config &config, const Journal *journal, OdooClient *odoo, QStringList secrets,
                                   SupportSelection selection, QString path, QString unavailableReason, Clock *clock,
                                   QObject *parent)
    : OneShotJob(parent)
    , m_config(config)
    , m_journal(journal)
    , m_odoo(odoo)
    , m_secrets(std::move(secrets))
    , m_selection(std::move(selection))
    , m_path(std::move(path))
    , m_unavailableReason(std::move(unavailableReason))
    , m_clock(clock ? clock : Clock::system())
{
    QTimer::singleShot(0, this, &SupportBundleJob::start);
}

QList<Text> SupportBundleJob::validate(const Journal &journal, const SupportSelection &selection)
{
    QList<Text> problems;
    if (!selection.from.isNull() && !selection.to.isNull() && selection.to < selection.from)
        problems << Text(TextKind::SupportPeriodBackwards)
                        .arg(selection.to.toString(Qt::ISODate))
                        .arg(selection.from.toString(Qt::ISODate));
    // "#ID" or a name one order has; a name several orders share is refused with the list of them.
    for (const QString &name : selection.orders) {
        if (const Result<OrderRecord> found = journal.findOrder(name, {}); !found.ok())
            problems << (found.error().kind == ErrorKind::MissingRecord ? Text(TextKind::SupportNoOrder).arg(name)
                                                                        : found.error().asText());
    }
    return problems;
}

void SupportBundleJob::start()
{
    if (!m_journal && !m_selection.orders.isEmpty()) {
        finish(Error::make(ErrorKind::Config, Text(TextKind::ThereNoJournalYetSo).arg(m_selection.orders.first())));
        return;
    }
    if (const QList<Text> problems = m_journal ? validate(*m_journal, m_selection) : QList<Text>(); !problems.isEmpty()) {
        finish(Error::make(ErrorKind::Config, Text::lines(problems)));
        return;
    }
    if (!m_odoo) {
        write();
        return;
    }
    auto *check = new SetupCheckJob(m_odoo, SetupCheckOptions{m_config.shemaxLocation, m_config.pickingType}, this);
    connect(check, &SetupCheckJob::finished, this, &SupportBundleJob::onCheckFinished);
}

void SupportBundleJob::onCheckFinished(const SetupReport &report)
{
    m_report = report;
    write();
}

void SupportBundleJob::write()
{
    const QDateTime now = m_clock->nowUtc();
    SupportBundleSummary summary;
    summary.path = m_path;
    summary.checkRan = m_report.has_value();
    if (m_report && m_report->version.major > 0)
        summary.odooVersion = m_report->version.version.isEmpty() ? m_report->version.serie : m_report->version.version;

    QList<QPair<QString, QByteArray>> files;
    auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Indented); };

    // versions.json
    const QString notReached = m_report ? tr("not reachable") : m_unavailableReason;
    files << qMakePair(u"versions.json"_s,
                       json(QJsonObject{{u"app"_s, QCoreApplication::applicationVersion()},
                                        {u"qt_runtime"_s, QString::fromLatin1(qVersion())},
                                        {u"qt_build"_s, QStringLiteral(QT_VERSION_STR)},
                                        {u"os"_s, QSysInfo::prettyProductName()},
                                        {u"kernel"_s, QString(QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion())},
                                        {u"cpu"_s, QSysInfo::currentCpuArchitecture()},
                                        {u"odoo_server"_s, summary.odooVersion.isEmpty() ? notReached : summary.odooVersion},
                                        {u"created_at"_s, isoTime(now)}}));

    // config.ini, written by the one config writer there is (secrets are not settings).
    {
        QTemporaryDir tmp;
        QByteArray ini;
        if (tmp.isValid()) {
            const QString p = tmp.filePath(u"config.ini"_s);
            if (Status s = ConfigStore::save(p, m_config); s.ok()) {
                QFile f(p);
                if (f.open(QIODevice::ReadOnly))
                    ini = f.readAll();
            } else {
                ini = (u"; "_s + tr("The settings could not be written: %1").arg(s.error().message) + u'\n').toUtf8();
            }
        }
        files << qMakePair(u"config.ini"_s, ini);
    }

    // check.json: the Odoo setup check, run now.
    {
        QJsonObject check{{u"checked_at"_s, isoTime(now)}, {u"ran"_s, m_report.has_value()}};
        if (m_report) {
            QJsonArray items;
            for (const SetupItem &item : m_report->items)
                items.append(QJsonObject{{u"title"_s, item.title}, {u"ok"_s, item.ok},
                                         {u"message"_s, item.message}, {u"next_step"_s, item.nextStep}});
            check.insert(u"items"_s, items);
            check.insert(u"all_ok"_s, m_report->allOk());
        } else {
            check.insert(u"reason"_s, m_unavailableReason);
        }
        files << qMakePair(u"check.json"_s, json(check));
    }

    // journal.json: the selection, as the journal exports it (redacted with the current secrets).
    {
        const bool everything = m_selection.orders.isEmpty() && m_selection.from.isNull() && m_selection.to.isNull();
        QJsonObject out{{u"format"_s, u"ysell-bridge-support-journal"_s},
                        {u"formatVersion"_s, 1},
                        {u"exportedAt"_s, isoTime(now)},
                        {u"selection"_s, QJsonObject{{u"orders"_s, QJsonArray::fromStringList(m_selection.orders)},
                                                     {u"from"_s, m_selection.from.toString(Qt::ISODate)},
                                                     {u"to"_s, m_selection.to.toString(Qt::ISODate)}}}};
        QJsonArray orders, serials, events, exchanges;
        auto exportOne = [&](const OrderKey &ref) -> Status {
            QBuffer buf;
            buf.open(QIODevice::WriteOnly);
            if (Status s = m_journal->exportJson(&buf, ref); !s.ok())
                return s;
            const QJsonObject part = QJsonDocument::fromJson(buf.data()).object();
            for (const QJsonValue &v : part.value(u"orders"_s).toArray())
                orders.append(v);
            for (const QJsonValue &v : part.value(u"lineSerials"_s).toArray())
                serials.append(v);
            for (const QJsonValue &v : part.value(u"events"_s).toArray())
                events.append(v);
            for (const QJsonValue &v : part.value(u"exchanges"_s).toArray())
                exchanges.append(v);
            return Ok{};
        };
        if (!m_journal) {
            // Before the first sync (often when support is needed most) there is no journal.
            out.insert(u"note"_s, tr("There is no journal yet: Ysell Bridge has not synchronised."));
        } else if (everything) {
            if (Status s = exportOne(OrderKey()); !s.ok()) {
                finish(s.error());
                return;
            }
        } else {
            OrderFilter all;
            all.sortColumn = u"name"_s;
            all.sortOrder = Qt::AscendingOrder;
            QSet<qint64> chosenIds; // the selected orders by Odoo id: a twin of the same name is not chosen
            QSet<QString> chosenNames; // …or by name, for rows without an Odoo id
            for (const QString &ref : std::as_const(m_selection.orders)) {
                const Result<OrderRecord> found = m_journal->findOrder(ref, {});
                if (!found.ok() && found.error().kind == ErrorKind::Storage) {
                    finish(found.error());
                    return;
                }
                if (found.ok()) {
                    if (found.value().odooId != 0)
                        chosenIds.insert(found.value().odooId);
                    else
                        chosenNames.insert(found.value().name);
                }
            }
            const Result<QList<OrderRecord>> stored = m_journal->orders(all);
            if (!stored.ok()) {
                finish(stored.error());
                return;
            }
            for (const OrderRecord &r : stored.value()) {
                if (!m_selection.orders.isEmpty()
                    && !(r.odooId != 0 ? chosenIds.contains(r.odooId) : chosenNames.contains(r.name)))
                    continue;
                if (!inPeriod(r.confirmedAt, m_selection))
                    continue;
                if (Status s = exportOne(OrderKey::of(r)); !s.ok()) {
                    finish(s.error());
                    return;
                }
            }
            // Traffic not tied to an order (sign-in, the check, searches) in the period.
            if (m_selection.orders.isEmpty()) {
                const Result<QList<ExchangeRecord>> traffic = m_journal->exchanges(OrderKey(), 5000);
                if (!traffic.ok()) {
                    finish(traffic.error());
                    return;
                }
                for (const ExchangeRecord &x : traffic.value()) {
                    if (x.orderRef.isEmpty() && inPeriod(x.atUtc, m_selection))
                        exchanges.append(exchangeJson(x));
                }
            }
        }
        summary.orders = int(orders.size());
        summary.events = int(events.size());
        summary.exchanges = int(exchanges.size());
        out.insert(u"orders"_s, orders);
        out.insert(u"lineSerials"_s, serials);
        out.insert(u"events"_s, events);
        out.insert(u"exchanges"_s, exchanges);
        files << qMakePair(u"journal.json"_s, json(out));
    }

    const QString readme =
        tr("Ysell Bridge support bundle, created %1 UTC.\n\n"
           "versions.json  versions of Ysell Bridge, Qt, the operating system and the Odoo server\n"
           "config.ini     the settings (passwords, API keys and tokens are never settings)\n"
           "check.json     the Odoo setup check, run when the bundle was made\n"
           "journal.json   orders, events and exchanges with Odoo and Ysell: %2 order(s), %3 event(s), %4 exchange(s)\n\n"
           "Secrets are removed from every file.\n")
            .arg(now.toString(u"yyyy-MM-dd HH:mm"_s))
            .arg(summary.orders)
            .arg(summary.events)
            .arg(summary.exchanges);
    files.prepend(qMakePair(u"README.txt"_s, readme.toUtf8()));

    ZipWriter zip;
    for (auto &[name, data] : files) {
        data = redactAll(data, m_secrets);
        if (holdsSecret(data, m_secrets)) {
            // Fail closed: a bundle with a secret in it must not exist at all.
            finish(Error::make(ErrorKind::Storage, Text(TextKind::SupportBundleNotWrittenWould).arg(name)));
            return;
        }
        if (Status s = zip.addFile(name, data, now); !s.ok()) {
            finish(s.error());
            return;
        }
        summary.files << name;
    }
    const QByteArray archive = zip.finish();
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(archive) != archive.size() || !f.commit()) {
        finish(Error::make(ErrorKind::Storage,
                           Text(TextKind::CannotWriteSupportBundle).arg(QDir::toNativeSeparators(m_path)).arg(f.errorString())));
        return;
    }
    finish(summary);
}

void SupportBundleJob::finish(const Result<SupportBundleSummary> &result)
{
    finishOnce(&SupportBundleJob::finished, result);
}

} // namespace ysb
