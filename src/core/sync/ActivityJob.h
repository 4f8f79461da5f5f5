#pragma once

#include "odoo/OdooBatchJob.h"
#include "sync/SyncContext.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace ysb {

/// Keeps Odoo's To-Do activities (mail.activity) in step with the orders that need a person
/// ([odoo] activities): one To-Do per problem on the sale.order, for its salesperson (the signed-in
/// user when it has none), with the reason; marked done with feedback once the order goes through.
/// The activity's id is kept in the journal (odoo_activity_id). To-Dos are created and closed in
/// groups (OdooBatchJob); before creating, Odoo is asked for a To-Do of the bridge already on those
/// orders (a create whose answer was lost, another workstation), so none is ever made twice.
/// What Odoo refuses is an event on the order and one notification; it never stops a cycle.
/// Emits finished() once, then deletes itself.
class ActivityJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityJob)
public:
    static constexpr int GroupSize = 100;
    static constexpr int ReadPageSize = 500;
    /// Every To-Do of the bridge begins so, in any language: how the bridge finds its own again.
    static QString summaryPrefix();

    explicit ActivityJob(SyncContext &ctx, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    /// To-Dos created (or found already made), closed (or found gone), and orders Odoo refused.
    void finished(int opened, int closed, int failed);

private:
    void closeDone();
    void openNeeded();
    void resolveTodoType();
    void resolveModelId();
    /// Calls `next` once `cached` holds an id, asking Odoo for it (`call`, read with `idOf`) the
    /// first time; without one every order still to open fails (`detail` for the log).
    void resolve(std::optional<int> &cached, const std::function<OdooCallJob *()> &call,
                 const std::function<int(const QJsonValue &)> &idOf, const QString &detail,
                 void (ActivityJob::*next)());
    void readSalespeople();
    void findExisting();
    void create();
    /// Every order still to open fails with the error of `answer` (or, when it came without the value
    /// wanted, a protocol error with `detail`), and the job ends.
    void failAllToOpen(const Result<QJsonValue> &answer, const QString &detail);
    void fail(const OrderRecord &order, const Error &error);
    void setActivity(const OrderRecord &order, qint64 activityId);
    void finish();

    SyncContext &m_ctx;
    QList<OrderRecord> m_toClose;
    QList<OrderRecord> m_toOpen;
    QHash<qint64, int> m_salesperson; // Odoo order id → user id (absent: none, the signed-in user)
    QList<int> m_created;             // activity id per item of m_toOpen, once Odoo answered
    int m_opened = 0;
    int m_closed = 0;
    int m_failed = 0;
    int m_newFailures = 0;             // failures not already in the order's history: the clerk is told
    std::optional<Error> m_firstError; // the first of those

};

} // namespace ysb
