#pragma once

#include "Clock.h"
#include "OneShotJob.h"
#include "Result.h"
#include "odoo/SetupCheck.h"
#include "settings/Config.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ysb {

class Journal;
class OdooClient;

/// Which part of the journal goes into a support bundle: named orders, orders confirmed in a
/// period (inclusive, local dates), or both (an order must match both); nothing chosen = everything.
struct SupportSelection {
    QStringList orders;
    QDate from;
    QDate to;
};

/// What a support bundle holds, for the message shown afterwards.
struct SupportBundleSummary {
    QString path;
    QStringList files;      // names inside the zip
    int orders = 0;
    int events = 0;
    int exchanges = 0;
    bool checkRan = false;  // the Odoo setup check could run (secrets and server available)
    QString odooVersion;    // "17.0-…", empty when Odoo was not reachable
};

/// Writes the support bundle: one zip with README.txt, versions.json (app, Qt, OS, Odoo server),
/// config.ini (settings only: secrets are never settings), check.json (the Odoo setup check, run
/// now when Odoo can be reached) and journal.json (orders, events and exchanges of the selection,
/// as stored: already redacted). Every file is redacted again with the current secrets and then
/// searched for every form of them; a bundle that would still hold one is not written.
/// Starts on the next event-loop turn; emits finished() once, then deletes itself.
class SupportBundleJob final : public OneShotJob {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportBundleJob)
public:
    /// `journal` may be null when there is none yet (journal.json then says so). `odoo` may be null (no secrets, or the clerk's Odoo is not set up): the bundle then says why
    /// no check ran. `unavailableReason` is that reason in plain words.
    SupportBundleJob(const Config &config, const Journal *journal, OdooClient *odoo, QStringList secrets,
                     SupportSelection selection, QString path, QString unavailableReason = {},
                     Clock *clock = Clock::system(), QObject *parent = nullptr);

    /// Problems with a selection (unknown orders, a period that ends before it starts), one
    /// sentence each; empty when it is fine.
    static QList<Text> validate(const Journal &journal, const SupportSelection &selection);

Q_SIGNALS:
    /// Where the bundle went and what it holds, or why it was not written (nothing is left behind).
    void finished(const ysb::Result<ysb::SupportBundleSummary> &result);

private:
    void start();
    void onCheckFinished(const SetupReport &report);
    void write();
    void finish(const Result<SupportBundleSummary> &result);

    Config m_config;
    const Journal *m_journal = nullptr;
    QPointer<OdooClient> m_odoo;
    QStringList m_secrets;
    SupportSelection m_selection;
    QString m_path;
    QString m_unavailableReason;
    Clock *m_clock = nullptr;
    std::optional<SetupReport> m_report;
};

} // namespace ysb
