#pragma once

#include "OneShotJob.h"
#include "Result.h"
#include "journal/OrderRecord.h"
#include "odoo/OdooModels.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace ysb {

class Journal;
class OdooClient;

/// One serial-tracked line of an order: the pieces it needs and the serials the clerk entered.
struct SerialLine {
    qint64 lineId = 0;
    QString product;
    int pieces = 0;      ///< in the product's own unit: 1 Dozens needs 12 serials
    QStringList serials; ///< already entered, may be fewer than pieces
};

/// The serial-tracked lines of one order the journal knows (empty when none is tracked).
struct OrderSerialLines {
    OrderRecord order;
    QList<SerialLine> lines;
};

/// What saving the clerk's serials did.
struct SavedSerials {
    OrderRecord order;      ///< the order as the journal has it after the save
    bool sendAgain = false; ///< the order waits (new or needs attention): send it with them now
};

/// Serial numbers entered by the clerk (GUI dialog, `serials set`): checked and kept in the
/// journal, with a "serials" event per changed line, by one set of rules.
class SerialEntry final {
    Q_DECLARE_TR_FUNCTIONS(ysb::SerialEntry)
public:
    /// The serial-tracked product lines of `order` (sections, notes and untracked products dropped),
    /// with the serials already entered for them from `entered` (by line id).
    static QList<SerialLine> trackedLines(const SaleOrder &order, const QHash<qint64, QStringList> &entered);

    /// The name of another order than `order` whose entered serials include `serial`; empty when none.
    static QString usedElsewhere(const Journal &journal, const OrderKey &order, const QString &serial);

    /// Why `serials` cannot be saved for `line`: a serial twice, or not as many as the line's pieces
    /// (none at all is fine: the serials reserved in Odoo are used). OK when they can.
    static Status checkLine(const SerialLine &line, const QStringList &serials);

    /// Checks and saves the serials of `order` by line id (an empty list removes a line's entries):
    /// no serial twice, none already used by another order, and for the lines in `known` (read from
    /// Odoo) as many as the line's pieces. Writes every line and records a "serials" event for each
    /// line that changed, in one journal transaction: nothing is written when a check or a write fails.
    static Result<SavedSerials> save(Journal &journal, const OrderKey &order,
                                     const QHash<qint64, QStringList> &serialsByLine,
                                     const QList<SerialLine> &known = {});
};

/// Reads the lines of one order from Odoo (one web_search_read by its Odoo id) and gives its
/// serial-tracked lines with the serials already entered. The order is named as elsewhere: its
/// name, or "#ID" when several orders share it. Emits finished() once, then deletes itself.
class SerialLinesJob final : public OneShotJob {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialLinesJob)
public:
    static SerialLinesJob *start(OdooClient *odoo, const Journal *journal, const QString &orderRef,
                                 const QString &odooDb, QObject *parent = nullptr);
    ~SerialLinesJob() override;

Q_SIGNALS:
    /// The order and its tracked lines, or why they could not be read (not in the journal, no Odoo
    /// id yet, Odoo no longer has it, a connection error).
    void finished(const ysb::Result<ysb::OrderSerialLines> &result);

private:
    SerialLinesJob(OdooClient *odoo, const Journal *journal, QObject *parent);
    void read(const QString &orderRef, const QString &odooDb);
    void onOrderRead(const Result<QJsonValue> &result);
    void done(const Result<OrderSerialLines> &result);

    QPointer<OdooClient> m_odoo;
    QPointer<const Journal> m_journal; // the app's journal may close while Odoo answers
    OrderRecord m_order;
};

} // namespace ysb
