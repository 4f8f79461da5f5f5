#pragma once

#include "Clock.h"
#include "OneShotJob.h"
#include "Result.h"
#include "journal/OrderRecord.h"
#include "settings/Config.h"
#include "sync/Bridge.h"
#include "ysell/YsellOrderInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace ysb {

class HttpClient;
class Journal;
class OdooClient;
class YsellClient;

/// One disagreement between Odoo, the journal and Ysell, with what the clerk should do about it.
struct ReconcileRow {
    enum class Kind {
        NeverSent,          ///< confirmed in Odoo, not in Ysell
        UnknownToYsell,     ///< sent, but Ysell does not know the order
        DoneWithoutPicking, ///< done in Ysell, no ShemaxGlobal delivery in Odoo
        PickingWithoutDone, ///< a ShemaxGlobal delivery for an order Ysell has not reported done
        CancelledAfterSent, ///< cancelled in Odoo after it went to Ysell
    };
    Kind kind = Kind::NeverSent;
    QString order;  ///< the Odoo order's name (or the delivery's origin)
    qint64 odooId = 0;
    qint64 pickingId = 0; ///< the ShemaxGlobal delivery the row is about, if any
    QString detail; ///< what was found, in plain words (waiting for its next try: the problem it had)
    QString advice; ///< what to do
    QDateTime nextAttemptAt; ///< when a row waiting for its next try gets it (else invalid)

    /// Stable machine name: "never_sent", "unknown_to_ysell", "done_without_picking",
    /// "picking_without_done", "cancelled_after_sent".
    static QString kindName(Kind kind);
    /// What people call the kind, translated.
    static QString kindLabel(Kind kind);
    /// What was found, as people read it: `detail`, after the time of the next try where there is one,
    /// in local time (as the orders table shows times) or in UTC, which then says so.
    QString found(Qt::TimeSpec spec = Qt::LocalTime) const;
    /// The row for --json: times in UTC, the next try also as ISO 8601 ("next_attempt_at").
    QJsonObject toJson() const;
};

/// What a reconciliation found, and what it cost.
struct ReconcileReport {
    QList<ReconcileRow> rows;
    int odooOrders = 0;    ///< orders confirmed (or cancelled) in Odoo since the start date
    int odooPickings = 0;  ///< open or done deliveries from ShemaxGlobal
    int odooCalls = 0;
    int ysellLookups = 0;

    /// "5 disagreement(s) among 6 Odoo order(s) and 1 delivery(ies) from the stock location", translated.
    QString summary() const;
};

/// Compares the Odoo orders confirmed since the start date with the journal and with Ysell, over a
/// connection of its own that records nothing and changes nothing: Odoo is read in pages
/// (search_read of sale.order and of the ShemaxGlobal deliveries), Ysell is asked the status of each
/// order the journal has as sent and not yet picked (the sweep's set; concurrency bounded by the
/// HTTP client). Emits finished() once, then deletes itself.
class ReconcileJob final : public OneShotJob {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcileJob)
public:
    /// `journal` is only read. Settings or secrets that would stop the bridge stop this too.
    static ReconcileJob *start(const Config &config, const BridgeSecrets &secrets, const Journal *journal,
                               Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~ReconcileJob() override;

    static constexpr int kPageSize = 500;

    /// Stops reading: finished() says Cancelled (once, as any outcome) and no answer is waited for.
    void cancel();

Q_SIGNALS:
    /// The rows, or why the comparison could not be made (settings, connection, journal).
    void finished(const ysb::Result<ysb::ReconcileReport> &result);

private:
    struct OdooOrder {
        qint64 id = 0;
        QString name;
        QString state;
    };
    struct Picking {
        qint64 id = 0;
        QString name;
        QString origin;
        QString state;
    };

    ReconcileJob(const Journal *journal, QObject *parent);
    Status setUp(const Config &config, const BridgeSecrets &secrets, Clock *clock);
    void readOrders(int offset);
    void readRoute();
    void readPickings(int offset);
    void lookUpInYsell();
    void onStatus(qint64 odooId, const Result<YsellOrderInfo> &result);
    void compare();
    void done(const Result<ReconcileReport> &result);
    /// search_read of `model` with `domain`, one page from `offset`; `then` gets the records.
    void page(const QString &model, const QJsonArray &domain, const QStringList &fields, int offset,
              std::function<void(const QJsonArray &)> then);

    Config m_config;
    QPointer<const Journal> m_journal;
    HttpClient *m_http = nullptr;
    OdooClient *m_odoo = nullptr;
    YsellClient *m_ysell = nullptr;
    QList<OdooOrder> m_orders;
    QList<OrderRecord> m_records;
    QList<Picking> m_pickings;
    int m_shemaxId = 0;
    QString m_shemaxName;
    // What Ysell said of the orders looked up, by Odoo id: their status, or that it does not know them.
    QHash<qint64, YsellStatus> m_ysellStatus;
    QSet<qint64> m_unknownToYsell;
    int m_pendingLookups = 0;
    ReconcileReport m_report;
};

} // namespace ysb
