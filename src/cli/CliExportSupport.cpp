// ysell-bridge-cli export-support FILE [--order NAME|#ID]... [--from DATE] [--to DATE]
#include "CliApp.h"

#include "journal/Journal.h"
#include "net/HttpClient.h"
#include "odoo/OdooClient.h"
#include "ops/SupportBundle.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ysb::cli {

void CliApp::cmdExportSupport()
{
    SupportSelection selection;
    for (const QString &v : m_options.value(u"order"_s)) {
        for (const QString &n : v.split(u',', Qt::SkipEmptyParts))
            selection.orders << n.trimmed();
    }
    for (const QString &option : {u"from"_s, u"to"_s}) {
        for (const QString &v : m_options.value(option)) {
            const QDate d = QDate::fromString(v, Qt::ISODate);
            if (!d.isValid()) {
                fail(Error::plain(ErrorKind::Config,
                                 tr("%1 needs a date like 2026-11-29, not “%2”.").arg(u"--"_s + option, v)));
                return;
            }
            (option == u"from"_s ? selection.from : selection.to) = d;
        }
    }
    if (m_args.size() > 1) {
        fail(Error::plain(ErrorKind::Config, tr("export-support: unexpected argument “%1”.").arg(m_args.at(1))));
        return;
    }
    const QString file = m_args.value(0);
    if (file.isEmpty()) {
        fail(Error::plain(ErrorKind::Config, tr("usage: export-support FILE [--order NAME|#ID]... [--from DATE] [--to DATE]")));
        return;
    }
    // Nothing the clerk already has is overwritten.
    if (QFileInfo::exists(file)) {
        fail(Error::plain(ErrorKind::Config, tr("%1 already exists; choose another file name.").arg(QDir::toNativeSeparators(file))));
        return;
    }
    if (!loadConfig())
        return;
    // Before the first sync there is no journal; the bundle is still worth making.
    withReadOnlyJournal([this, &selection, &file](const std::shared_ptr<Journal> &journal) {
        if (journal) {
            if (const QList<Text> problems = SupportBundleJob::validate(*journal, selection); !problems.isEmpty()) {
                fail(Error::make(ErrorKind::Config, Text::lines(problems)));
                return;
            }
        }
        writeSupportBundle(journal, selection, file);
    });
}

void CliApp::writeSupportBundle(const std::shared_ptr<Journal> &journal, const SupportSelection &selection,
                                const QString &file)
{
    // The secrets are needed only to check Odoo and to redact once more; a bundle is still made
    // without them (that is often when support is needed).
    withStore([this, journal, selection, file](SecretStore *store) {
        auto *odooJob = store->read(SecretKey::OdooPassword);
        connect(odooJob, &SecretJob::finished, this, [this, journal, selection, file, store](const Result<QString> &odoo) {
            auto *ysellJob = store->read(SecretKey::YsellToken);
            connect(ysellJob, &SecretJob::finished, this, [this, journal, selection, file, odoo](const Result<QString> &ysell) {
                QStringList secrets;
                if (odoo.ok())
                    secrets << odoo.value();
                if (ysell.ok())
                    secrets << ysell.value();
                if (journal)
                    journal->setSecretValues(secrets);

                OdooClient *client = nullptr;
                QString reason;
                const QList<Text> missing = m_config.missingRequired();
                if (!missing.isEmpty()) {
                    reason = tr("Odoo was not checked: %1").arg(Text::join(missing, u" "_s));
                } else if (!odoo.ok()) {
                    reason = tr("Odoo was not checked: %1").arg(odoo.error().message);
                } else {
                    HttpSettings settings;
                    settings.extraCaFile = m_config.extraCaFile;
                    auto *http = new HttpClient(settings, Clock::system(), this);
                    if (Status s = http->loadExtraCa(); !s.ok())
                        reason = tr("Odoo was not checked: %1").arg(s.error().message);
                    else
                        client = new OdooClient(http, QUrl(m_config.odooUrl), m_config.odooDatabase, m_config.odooLogin,
                                                odoo.value(), http);
                }
                auto *job = new SupportBundleJob(m_config, journal.get(), client, secrets, selection, file, reason,
                                                 Clock::system(), this);
                connect(job, &SupportBundleJob::finished, this, [this, journal](const Result<SupportBundleSummary> &r) {
                    if (!r.ok()) {
                        fail(r.error());
                        return;
                    }
                    const SupportBundleSummary &s = r.value();
                    m_out << tr("Support bundle written to %1: %2 order(s), %3 event(s), %4 exchange(s).")
                                 .arg(QDir::toNativeSeparators(s.path))
                                 .arg(s.orders)
                                 .arg(s.events)
                                 .arg(s.exchanges)
                          << u'\n';
                    if (!s.odooVersion.isEmpty())
                        m_out << tr("Odoo server %1; the setup check is included.").arg(s.odooVersion) << u'\n';
                    else if (s.checkRan)
                        m_out << tr("Odoo could not be reached; the failed check is included.") << u'\n';
                    else
                        m_out << tr("Odoo was not checked; the bundle says why.") << u'\n';
                    m_out << tr("Files: %1. Passwords, API keys and tokens are removed.").arg(s.files.join(u", "_s)) << u'\n';
                    quit(ExitOk);
                });
            });
        });
    });
}

} // namespace ysb::cli
