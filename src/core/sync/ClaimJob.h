#pragma once

#include "sync/SyncContext.h"

#include <QHash>
#include <QObject>

namespace ysb {

/// Which orders this instance may work on, after a claim in Odoo.
struct ClaimOutcome {
    QStringList claimed;                 // ours now
    QHash<QString, QString> alreadySent; // name → Ysell id another instance already recorded in Odoo
    QStringList takenByOther;            // another instance holds a live claim
    QHash<QString, QString> claimOf;     // name → that instance's x_ysell_state (see Lease)
};

/// Claims orders for this instance through x_ysell_state. Odoo has no compare-and-set, so: read the
/// fresh values and leave alone what another instance holds; write our lease; give concurrent writers
/// time to land; read again — whoever wrote last keeps the order. A rival could only slip through if
/// its read-then-write took longer than the settle time, and Ysell's duplicate guard and the
/// existing-picking search catch even that. Emits finished() once, then deletes itself.
class ClaimJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimJob)
public:
    /// `idsByName`: Odoo id by the caller's key for the order (its name, or its Ysell number).
    /// `idsByName`: the Odoo id of each order by the caller's key for it (its name, or its Ysell number).
    ClaimJob(SyncContext &ctx, QString what, QHash<QString, int> idsByName, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    /// The orders claimed, already sent, or held by another instance; an error when Odoo failed.
    void finished(const ysb::Result<ysb::ClaimOutcome> &outcome);

private:
    void readStates(bool afterWrite);
    void onStates(const QJsonValue &records, bool afterWrite);
    void finish(const Result<ClaimOutcome> &outcome);

    SyncContext &m_ctx;
    QString m_what;
    QHash<QString, int> m_ids;
    QStringList m_candidates;
    ClaimOutcome m_outcome;
    bool m_done = false;
};

} // namespace ysb
