#pragma once

#include "odoo/OdooBatchJob.h"
#include "sync/SyncContext.h"

#include <QList>
#include <QObject>
#include <QString>

namespace ysb {

/// A note for an order's chatter in Odoo: plain text, shown as an internal note.
struct ChatterNote {
    OrderKey order;
    int odooId = 0;
    QString text;
};

/// Posts many orders' chatter notes in as few calls as Odoo allows: sale.order.message_post takes one
/// record only (tag 4h.message_post.multi: "Expected singleton"), so the notes go as one mail.message
/// create of up to GroupSize internal notes each, which Odoo allows to whoever may change the orders.
/// A group Odoo refuses is posted again note by note with message_post, the way a single note always
/// went; a group whose answer was lost is not (it may be in Odoo already). Emits finished() once, then
/// deletes itself.
class ChatterNotesJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatterNotesJob)
public:
    static constexpr int GroupSize = 100;

    ChatterNotesJob(SyncContext &ctx, QList<ChatterNote> notes, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    /// The notes Odoo did not take (index into the list given), with why.
    void finished(const ysb::OdooBatchJob::Failures &failures);

private:
    void post();

    SyncContext &m_ctx;
    QList<ChatterNote> m_notes;
};

} // namespace ysb
