#pragma once

#include "odoo/OdooModels.h"
#include "sync/SyncContext.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace ysb {

/// The picking step of a status sweep, for a page of orders Ysell reports done: claim them in Odoo, adopt
/// a delivery from ShemaxGlobal that already exists, create the missing draft deliveries ShemaxGlobal →
/// Customers (one create call per chunk of 100, the chunks at once, one by one when Odoo refuses a chunk),
/// reserve the serials when the setting says so, deal with the delivery Odoo made itself, then record the
/// pickings in the journal and in Odoo. Counts go into the sweep's summary. Emits finished() once, then
/// deletes itself.
class PickingJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PickingJob)
public:
    /// `records`: the sweep's journal rows by key (see YsellNumber::known()); `done`: the keys of the orders
    /// needing a picking. `summary` must outlive the job.
    PickingJob(SyncContext &ctx, CycleSummary &summary, QHash<QString, OrderRecord> records, QStringList done,
               QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    /// Odoo's x_ysell_* fields and the route ShemaxGlobal → Customers are known (and cached in the context):
    /// another PickingJob started now does not look them up again.
    void resourcesResolved();
    /// Done; an error when Odoo refused the credentials or the journal could not be read (the pickings
    /// made before are still recorded when the journal allows).
    void finished(const ysb::Status &status);

private:
    void resolveResources();
    void readDoneOrders();
    void claim();
    void findExisting();
    void createPickings();
    void createChunk(const QStringList &chunk, const QJsonArray &vals);
    void createSingles(QStringList singles);
    void createSettled();
    void onCreated(const QStringList &names, const QList<int> &ids);
    void reserveSerials(const QStringList &names);
    void handleOtherDeliveries();
    void finalizeOrders();
    void pickingFailed(const QString &name, const Error &error);
    void failAllPickings(const Error &error);
    QJsonObject pickingValues(const SaleOrder &order, const OrderRecord &rec) const;
    /// The journal row now, found by Odoo id (the sweep's copy when it has none), or the read's error.
    Result<OrderRecord> record(const QString &number) const;
    OrderKey ref(const QString &number) const;       // the order (its name, Odoo id), for events and messages
    void settle();
    void finish();

    SyncContext &m_ctx;
    CycleSummary &m_summary;
    // Keyed by the order's number in Ysell (unique, where Odoo names are not).
    QHash<QString, OrderRecord> m_records;   // the orders of this sweep as the journal had them
    QStringList m_doneNames;                 // orders needing a picking
    QHash<QString, SaleOrder> m_orders;
    QHash<QString, int> m_pickingIds;        // created or adopted, by Ysell number
    QHash<QString, QString> m_pickingNames;
    QStringList m_toCreate;
    QStringList m_created;                   // created by this job (for reservation and notes)
    QHash<QString, QStringList> m_otherOpen; // Odoo's other open deliveries left, by order, once looked at
    int m_creating = 0;                      // create calls (or chains of single creates) still out
    std::optional<Error> m_createStopped;    // a create was refused the credentials, or the journal failed
    int m_pending = 0;                       // Odoo write-backs still out
    std::optional<Error> m_aborted;          // Odoo refused the credentials, or the journal failed: the sweep reports it
    bool m_finished = false;
};

} // namespace ysb
