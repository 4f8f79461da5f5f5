#pragma once

#include "Clock.h"
#include "journal/Journal.h"
#include "odoo/OdooClient.h"
#include "odoo/OdooModels.h"
#include "settings/Config.h"
#include "sync/NotificationCategory.h"
#include "sync/SyncTypes.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace ysb {

class YsellClient;

/// Odoo records the picking step needs, resolved once per engine and cached.
struct OdooResources {
    bool resolved = false;
    int shemaxId = 0;
    QString shemaxName;      // complete name, e.g. "WH/ShemaxGlobal"
    int warehouseId = 0;
    int customersId = 0;
    int pickingTypeId = 0;
};

/// What the cycles share: settings, the journal, both clients, the clock and a few cached facts.
struct SyncContext {
    Config config;
    Journal *journal = nullptr;
    OdooClient *odoo = nullptr;
    YsellClient *ysell = nullptr;
    Clock *clock = nullptr;
    QString instanceId;
    OdooResources resources;
    std::optional<bool> odooHasYsellFields; // learnt from the first order read
    std::optional<int> noteSubtypeId;       // mail.mt_note, for chatter notes posted in groups
    std::optional<int> todoActivityTypeId;  // mail.mail_activity_data_todo, for To-Dos (ActivityJob)
    std::optional<int> saleOrderModelId;    // ir.model of sale.order, an activity's res_model_id
    int claimSettleMs = 1'500;               // see ClaimJob
    std::function<void(const Notification &)> notify;

    QDateTime now() const { return clock->nowUtc(); }
    /// One page of sale.order web_search_read with the bridge's specification (x_ysell_* only when they exist).
    OdooCallJob *readOrders(const QJsonArray &domain, int offset = 0) const;
    /// Reads these orders by name, one web_search_read per page of names, the pages at once (within
    /// [odoo] max_inflight), then calls `done` once in the context of `receiver` with all of them in the
    /// order of `names`' pages (orders Odoo no longer lists are simply absent), or with the first failure.
    void readOrdersByName(const QStringList &names, QObject *receiver,
                          std::function<void(const Result<QList<SaleOrder>> &)> done) const;
    /// Reads the orders `keys` stand for (by a key of the caller's, e.g. the Ysell number) by name, and keeps
    /// each by its Odoo id: another order of the same name is not this one; a key without an Odoo id takes
    /// the order of its name. Calls `done` in the context of `receiver` with the orders found, by key.
    void readOrdersByKey(const QHash<QString, OrderKey> &keys, QObject *receiver,
                         std::function<void(const Result<QHash<QString, SaleOrder>> &)> done) const;
    OdooCallJob *odooCall(const QString &model, const QString &method, const QJsonArray &args,
                          const QJsonObject &kwargs = {}, const OrderKey &order = {}) const;
    /// Learns once whether Odoo has the x_ysell_* fields (they decide the order specification, the
    /// claim and the write-back), then calls `then` in the context of `receiver`.
    void ensureFieldsKnown(QObject *receiver, std::function<void(const Status &)> then);
    /// Resolves the picking step's Odoo records (ShemaxGlobal, Customers, the delivery type) once per
    /// engine, with the setup check's resolver, then calls `then` in the context of `receiver`.
    void ensureResources(QObject *receiver, std::function<void(const Status &)> then);
    /// Tells the clerk now: the notification carries `message` rendered in the current language.
    void note(NotificationCategory category, const OrderKey &order, const Text &message,
              Notification::Severity severity = Notification::Severity::Warning) const;
    /// Records an event on the order, once per distinct message in a row (no floods on retries). The
    /// message is a Text, never free text: it is shown in the language of whoever reads it.
    void event(const OrderKey &order, const QString &kind, const Text &message) const;
    /// True when the journal stored it; otherwise the summary is marked as a storage failure (it counts
    /// only what was stored) and the clerk is told once per cycle.
    bool stored(CycleSummary &summary, const Status &status) const;
    /// The order is left alone because another workstation's claim `claim` (x_ysell_state) holds it:
    /// counted in the summary by workstation, with the claim's expiry, and noted on the order.
    void skippedForOther(CycleSummary &summary, const OrderKey &order, const QString &claim) const;
    /// Gives back this instance's claims on these Odoo orders (x_ysell_state emptied) so that another
    /// workstation can take them at once; `done` runs in the context of `receiver` either way.
    void releaseClaims(const QList<int> &odooIds, QObject *receiver, std::function<void()> done) const;
};

/// Runs `fn(const Result<QJsonValue> &)` when the Odoo job finishes, in the context of `ctx`.
template <typename Fn>
void onOdoo(OdooCallJob *job, QObject *ctx, Fn &&fn)
{
    QObject::connect(job, &OdooCallJob::finished, ctx, std::forward<Fn>(fn));
}

} // namespace ysb
