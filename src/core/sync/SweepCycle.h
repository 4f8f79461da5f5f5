#pragma once

#include "odoo/OdooModels.h"
#include "sync/Cycle.h"
#include "sync/SyncContext.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace ysb {

struct YsellOrderInfo;

/// One status sweep: read the Ysell status of every sent order (bounded concurrency comes from the
/// HTTP client's per-host limit), then for the orders Ysell reports done create the draft pickings
/// ShemaxGlobal → Customers in Odoo, in one create call per page. Odoo is only asked about orders
/// that became done, so a quiet sweep costs no Odoo call at all. Emits finished() once, then deletes itself.
class SweepCycle final : public Cycle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepCycle)
public:
    /// With `names` empty the sweep reads every sent order; otherwise only those orders.
    SweepCycle(SyncContext &ctx, QStringList names, QObject *parent = nullptr);
    void start() override;

private:
    void checkOne(const OrderRecord &record);
    void onStatus(const QString &name, const Result<YsellOrderInfo> &result);
    void stopRefused(const Error &error);
    void statusesDone();
    void pickingPhase();
    void resolveResources();
    void readDoneOrders();
    void findExisting();
    void claim();
    void createPickings(const QStringList &names);
    void createSingles(QStringList singles, QStringList rest);
    void onCreated(const QStringList &names, const QList<int> &ids);
    void reserveSerials(const QStringList &names);
    void handleOtherDeliveries();
    void finalizeOrders();
    void pickingFailed(const QString &name, const Error &error);
    void failAllPickings(const Error &error);
    QJsonObject pickingValues(const SaleOrder &order, const OrderRecord &rec) const;
    static QString keyOf(const OrderRecord &record); // its number in Ysell (its name before it had one)
    OrderRecord record(const QString &number) const; // the journal row now, found by Odoo id
    OrderKey ref(const QString &number) const;       // the order (its name, Odoo id), for events and messages

    // Keyed by the order's number in Ysell (unique, where Odoo names are not).
    QHash<QString, OrderRecord> m_records;   // the orders of this sweep as the journal had them
    QHash<QString, OrderRecord> m_dirty;     // changed by the status phase, written in one transaction
    QStringList m_doneNames;                 // orders needing a picking
    QHash<QString, SaleOrder> m_orders;
    QHash<QString, int> m_pickingIds;        // created or adopted, by Ysell number
    QHash<QString, QString> m_pickingNames;
    QStringList m_toCreate;
    QStringList m_created;                   // created by this cycle (for reservation and notes)
    QList<OrderRecord> m_gated;              // status reads waiting until the first one proves the token works
    bool m_gateOpen = false;
    std::optional<Error> m_refused;          // Ysell refused the credentials: no more requests, no pickings
};

} // namespace ysb
