#pragma once

#include "odoo/OdooModels.h"
#include "sync/ChatterNotesJob.h"
#include "sync/ClaimJob.h"
#include "sync/Cycle.h"
#include "sync/OrderPayload.h"
#include "sync/SyncContext.h"

#include <QHash>
#include <QMultiHash>
#include <QObject>
#include <QSet>

#include <optional>
#include <utility>

namespace ysb {

struct YsellOrderInfo;

/// One send cycle: find new confirmed orders in Odoo (write_date cursor with overlap), pre-flight
/// them, claim them in Odoo, record the intent, create them in Ysell (or adopt what Ysell already
/// has), and write the Ysell id back to Odoo. Emits finished() once, then deletes itself.
class SendCycle final : public Cycle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendCycle)
public:
    /// With `names` empty the cycle polls Odoo and sends whatever is due; otherwise only those orders.
    SendCycle(SyncContext &ctx, QStringList names, QObject *parent = nullptr);
    void start() override;

private:
    void poll(int offset);
    void onPolled(const SaleOrderPage &page, int offset);
    void storeCursor();
    Result<QString> numberFor(const OrderRecord &record) const;
    /// The journal row of the order with this number now (empty when it has none), or the read's error.
    Result<OrderRecord> record(const QString &number) const;
    OrderKey ref(const QString &number) const;       // the order (its name, Odoo id), for events and messages
    /// New orders enter the journal; orders another workstation already sent are adopted as sent.
    /// The rows of `orders` as the journal now has them, in the same order.
    std::optional<QList<OrderRecord>> register_(const QList<SaleOrder> &orders);
    bool isCandidate(const OrderRecord &r, const QDateTime &now) const;
    bool enqueue(const OrderRecord &r, const SaleOrder *read);
    void collect();
    // The pipeline: one page of orders at a time is read, pre-flighted and claimed while the pages
    // before it are being sent.
    void pump();
    void schedulePump();
    void stage();
    void stageFailed(const Error &error);
    bool stageHalted();
    void endPipeline();
    void fetchMissing();
    void readSerials();
    void prepare();
    void claim();
    void onClaimed(const Result<ClaimOutcome> &result);
    void sendBatch();
    void releaseAndAbort(const Error &error);
    void dispatch(const QString &name);
    void openGate();
    bool stopIfRefused(const QString &name, const Error &error);
    void createOne(const QString &name);
    void findOne(const QString &name);
    void onCreateResult(const QString &name, const Result<YsellOrderInfo> &result);
    void onFindResult(const QString &name, const Result<std::optional<YsellOrderInfo>> &result);
    bool isThisOrder(const QString &number, const YsellOrderInfo &found) const;
    void holdForeign(const QString &number, const YsellOrderInfo &found);
    static Text adoptedFromOdoo(const QString &ysellId);
    OrderRecord adopt(const OrderRecord &rec, const OrderKey &shown, const QString &ysellId, const Text &how);
    void markSent(const QString &name, const QString &ysellId, bool adopted, const Text &how);
    void markFailed(const QString &name, const Error &error);
    void orderSettled(const QString &name);
    void writeBack(const QString &number, const QString &ysellId);
    void postNotes();
    void abort(const Error &error);
    void allSettled() override;

    // Orders are known by their Odoo id; within the cycle each is keyed by its number in Ysell
    // (order_num), which is unique where names are not. Only the slim maps live for the whole cycle:
    // an order's Odoo record, payload and pre-intent row are dropped once it is through, so the
    // memory stays flat however many orders are due.
    QMultiHash<QString, int> m_readIds;          // Odoo name → ids this cycle's poll read
    QHash<QString, SaleOrder> m_orders;          // by Ysell number, the orders queued or staged
    QHash<QString, qint64> m_idOf;               // Ysell number → Odoo id
    QHash<QString, QString> m_nameOf;            // Ysell number → Odoo name
    QHash<int, QList<MoveLineSerial>> m_serials; // by order id, for the page being staged
    QStringList m_queue;                         // Ysell numbers due, not staged yet
    QStringList m_batch;                         // the page being staged
    QStringList m_toClaim;                       // of the page being staged: pre-flighted, to claim
    QHash<QString, PreparedOrder> m_prepared;
    QSet<QString> m_lookUpFirst;                 // outcome of an earlier create unknown
    QSet<QString> m_conflicted;                  // Ysell answered "duplicate" to our create
    QHash<QString, OrderRecord> m_beforeIntent;  // journal rows as they were before this cycle's intents
    QStringList m_gated;                         // waiting until the first request proves the token works
    bool m_gateOpen = false;
    bool m_firstSent = false;                    // the first request (which opens the gate) is out
    std::optional<Error> m_refused;              // Ysell refused the credentials: the cycle stops
    QList<ChatterNote> m_notes;                  // chatter notes not posted yet (postNotes)
    QStringList m_notSent;                       // claimed by this cycle but not sent (claims given back)
    QDateTime m_maxWriteDate;
    int m_nextOffset = 0;                        // the poll's next page
    bool m_polling = false;                      // pages of the poll are still to read
    bool m_pollInFlight = false;
    bool m_staging = false;
    bool m_halted = false;                       // aborted or refused: nothing more is staged
    bool m_pipelineEnded = false;
    int m_backlog = 0;                           // orders handed to Ysell requests and not through yet
};

} // namespace ysb
