#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "Text.h"

namespace ysb {

/// OrderRecord::lastErrorKind of an order whose create may have reached Ysell: a retry looks it up first.
inline const QString UnknownOutcomeKind = QStringLiteral("unknown_outcome");

/// Something the clerk should hear about: the GUI digests these into desktop notifications,
/// the CLI prints them.
struct Notification {
    enum class Severity { Info, Warning, Error };
    QString category;   // notificationCategoryName(): "preflight", "send", … (NotificationCategory.h)
    QString orderRef;   // empty for system-wide events
    Text message;       // rendered in the reader's language when shown (a digest may be shown later)
    Severity severity = Severity::Warning;
};

/// Orders this cycle left alone because another workstation holds their claim in Odoo.
struct ForeignClaim {
    QString workstation; // the other instance's id, as it wrote it into x_ysell_state
    int orders = 0;
    QDateTime until;     // the latest expiry among those orders' claims (UTC)
};

/// What one send cycle or sweep did, for the status bar, the CLI summary and exit codes.
struct CycleSummary {
    enum class Kind { Send, Sweep };
    Kind kind = Kind::Send;
    int discovered = 0;      // new confirmed orders found in Odoo
    int sent = 0;            // created in Ysell by this cycle
    int adopted = 0;         // found already in Ysell (duplicate guard or look-up) and adopted
    int checked = 0;         // statuses read
    int becameDone = 0;
    int pickingsCreated = 0;
    int pickingsAdopted = 0;
    int needsAttention = 0;  // orders that need the clerk after this cycle
    int stale = 0;           // sent orders this sweep found stale (no Ysell status change for too long)
    int failed = 0;          // transient failures scheduled for retry
    int skipped = 0;         // e.g. leased by another workstation
    QList<ForeignClaim> foreignClaims; // who holds the skipped orders, and until when
    QList<Text> errors;      // cycle-level problems (connection, credentials), rendered when shown
    bool aborted = false;    // the cycle could not run (no connection, bad credentials)
    bool credentialsRefused = false; // aborted because Odoo or Ysell refused the credentials
    bool storageFailed = false;      // the journal could not store something (disk full, I/O, read-only)
    QString storagePath;             // the journal file, when storageFailed
    QDateTime finishedAt;

    /// The errors in the current language, one a line.
    QStringList errorLines() const
    {
        QStringList lines;
        for (const Text &e : errors)
            lines << e.render();
        return lines;
    }
    /// Adds `error` unless the summary has it already.
    void addError(const Text &error)
    {
        if (!errors.contains(error))
            errors << error;
    }

    /// Counts one more skipped order held by `workstation` until `until`.
    void addForeignClaim(const QString &workstation, const QDateTime &until)
    {
        ++skipped;
        for (ForeignClaim &c : foreignClaims) {
            if (c.workstation == workstation) {
                ++c.orders;
                if (until > c.until)
                    c.until = until;
                return;
            }
        }
        foreignClaims.append(ForeignClaim{workstation, 1, until});
    }
};

} // namespace ysb

Q_DECLARE_METATYPE(ysb::Notification)
Q_DECLARE_METATYPE(ysb::CycleSummary)
