#pragma once

#include "sync/SyncContext.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace ysb {

struct YsellOrderInfo;

/// What a status sweep read and stored.
struct StatusSweepOutcome {
    QHash<QString, OrderRecord> changed; // by key (see YsellNumber::known()): the rows whose state, status or error changed
    QStringList becameDone;              // keys of the orders Ysell now reports done, not handed out by donePageStored()
    std::optional<Error> refused;        // Ysell refused the credentials: the reads not started were not made
    bool stored = true;                  // false: the journal could not store the last changes (the summary says so)
};

/// The status step of a sweep: reads the Ysell status of each sent order (bounded concurrency comes
/// from the HTTP client's per-host limit), applies it to the order's row and stores what changed, so a
/// quiet sweep writes nothing. Each time a page of orders has become done, what changed so far is stored
/// in one transaction and the page is handed out (donePageStored()), so that their pickings are made
/// while the other statuses are still read; the rest is stored in one transaction at the end. Counts go
/// into the sweep's summary. Emits finished() once, then deletes itself.
class StatusSweepJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusSweepJob)
public:
    /// `orders`: the journal rows to check, in the order to read them. `summary` must outlive the job.
    StatusSweepJob(SyncContext &ctx, CycleSummary &summary, const QList<OrderRecord> &orders,
                   QObject *parent = nullptr);
    void start();

    static constexpr int DonePageSize = 200; // orders that became done handed out at once

Q_SIGNALS:
    void progressChanged(int done, int total);
    /// The first read was answered without a refusal: Ysell takes the token, the other reads go out.
    void tokenAccepted();
    /// These orders became done and the journal has stored them as done (rows as stored, in the order
    /// Ysell answered): their pickings may be made now.
    void donePageStored(const QList<ysb::OrderRecord> &rows);
    /// The rows changed, the orders that became done, and whether Ysell refused the credentials.
    void finished(const ysb::StatusSweepOutcome &outcome);

private:
    void checkOne(const OrderRecord &record);
    void onStatus(const QString &name, const Result<YsellOrderInfo> &result);
    void noteStaleness(const OrderKey &shown, const OrderRecord &before, const OrderRecord &after);
    bool storeChanges();
    void storeAndFinish();

    SyncContext &m_ctx;
    CycleSummary &m_summary;
    QHash<QString, OrderRecord> m_records;   // by key, as the journal had them
    QList<OrderRecord> m_gated;              // reads waiting until the first one proves the token works
    bool m_gateOpen = false;
    StatusSweepOutcome m_outcome;
    QHash<QString, OrderRecord> m_unstored;  // by key: changed rows the journal does not have yet
    bool m_pagesFailed = false;              // a page could not be stored: the rest waits for the end
    int m_pending = 0;
    int m_total = 0;
    int m_done = 0;
};

} // namespace ysb
