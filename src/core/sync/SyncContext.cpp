#include "SyncContext.h"

#include "odoo/DeliveryRoute.h"
#include "odoo/OdooParse.h"
#include "odoo/OdooQueries.h"
#include "odoo/SetupCheck.h"
#include "sync/Lease.h"

#include "Logging.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;


namespace ysb {

OdooCallJob *SyncContext::odooCall(const QString &model, const QString &method, const QJsonArray &args,
                                   const QJsonObject &kwargs, const OrderKey &order) const
{
    return odoo->call(model, method, args, kwargs, order.name, order.odooId);
}

OdooCallJob *SyncContext::readOrders(const QJsonArray &domain, int offset) const
{
    const QJsonObject kwargs = OdooQueries::orderPageKwargs(
        domain, OdooQueries::orderSpecification(odooHasYsellFields.value_or(false)), offset);
    return odooCall(u"sale.order"_s, u"web_search_read"_s, QJsonArray{}, kwargs);
}

void SyncContext::readOrdersByName(const QStringList &names, QObject *receiver,
                                   std::function<void(const Result<QList<SaleOrder>> &)> done) const
{
    if (names.isEmpty()) {
        done(QList<SaleOrder>());
        return;
    }
    // Every page at once: the HTTP client's per-host limit ([odoo] max_inflight) bounds how many are
    // out, so a real Odoo reads them on several workers instead of one page after another. The pages
    // are put together in the order of `names`; the first failure ends the read.
    struct Pages {
        QList<QList<SaleOrder>> found;
        qsizetype pending = 0;
        bool ended = false;
    };
    auto pages = std::make_shared<Pages>();
    const qsizetype count = (names.size() + OdooQueries::kOrderPageSize - 1) / OdooQueries::kOrderPageSize;
    pages->found.resize(count);
    pages->pending = count;
    for (qsizetype i = 0; i < count; ++i) {
        const QStringList chunk = names.mid(i * OdooQueries::kOrderPageSize, OdooQueries::kOrderPageSize);
        auto *job = readOrders(QJsonArray{QJsonArray{u"name"_s, u"in"_s, QJsonArray::fromStringList(chunk)}});
        onOdoo(job, receiver, [done, pages, i](const Result<QJsonValue> &r) {
            if (pages->ended)
                return;
            auto page = r.ok() ? OdooParse::orderPage(r.value()) : Result<SaleOrderPage>(r.error());
            if (!page.ok()) {
                pages->ended = true;
                done(page.error());
                return;
            }
            pages->found[i] = std::move(page).value().orders;
            if (--pages->pending > 0)
                return;
            pages->ended = true;
            QList<SaleOrder> all;
            for (const QList<SaleOrder> &p : std::as_const(pages->found))
                all << p;
            done(all);
        });
    }
}

void SyncContext::readOrdersByKey(const QHash<QString, OrderKey> &keys, QObject *receiver,
                                  std::function<void(const Result<QHash<QString, SaleOrder>> &)> done) const
{
    QStringList names;
    for (const OrderKey &k : keys)
        names << k.name;
    names.removeDuplicates();
    readOrdersByName(names, receiver, [keys, done](const Result<QList<SaleOrder>> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        QHash<QString, SaleOrder> found;
        for (const SaleOrder &o : r.value()) {
            for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
                const OrderKey &k = it.value();
                if (!found.contains(it.key()) && (k.odooId == o.id || (k.odooId == 0 && k.name == o.name)))
                    found.insert(it.key(), o);
            }
        }
        done(found);
    });
}

void SyncContext::ensureFieldsKnown(QObject *receiver, std::function<void(const Status &)> then)
{
    if (odooHasYsellFields.has_value()) {
        then(Ok{});
        return;
    }
    // fields_get, not ir.model.fields: the field list is for administrators only (tag 4j.*).
    auto *job = new YsellFieldsJob(odoo);
    QObject::connect(job, &YsellFieldsJob::finished, receiver, [this, then](const Result<QStringList> &r) {
        if (!r.ok()) {
            then(r.error());
            return;
        }
        odooHasYsellFields = r.value().size() >= OdooQueries::ysellFields().size();
        if (!*odooHasYsellFields) {
            note(NotificationCategory::Setup, {}, Text(TextKind::YsellFieldsMissing));
        }
        then(Ok{});
    });
}

// The same resolver as the setup check (DeliveryRouteJob): the sweep uses the delivery type `check` names.
void SyncContext::ensureResources(QObject *receiver, std::function<void(const Status &)> then)
{
    if (resources.resolved) {
        then(Ok{});
        return;
    }
    auto *job = new DeliveryRouteJob(odoo, config.shemaxLocation, config.pickingType, receiver);
    QObject::connect(job, &DeliveryRouteJob::finished, receiver, [this, then](const DeliveryOutcome &outcome) {
        if (!outcome.ok()) {
            then(outcome.error());
            return;
        }
        const DeliveryRoute &route = outcome.route;
        resources.shemaxId = route.shemaxId;
        resources.shemaxName = route.shemaxName;
        resources.warehouseId = route.warehouseId;
        resources.customersId = route.customersId;
        resources.pickingTypeId = route.type.id;
        resources.resolved = true;
        // Several delivery types to choose from: said once per engine, as the setup check says it.
        if (const Text warning = outcome.warningText(); !warning.isEmpty())
            note(NotificationCategory::Setup, {}, warning);
        then(Ok{});
    });
}

void SyncContext::note(NotificationCategory category, const OrderKey &order, const Text &message,
                       Notification::Severity severity) const
{
    if (notify)
        notify(Notification{notificationCategoryName(category), order.name, message, severity});
}

void SyncContext::event(const OrderKey &order, const QString &kind, const Text &message) const
{
    // Events are the clerk's history, not an order's state: one that cannot be read or stored is logged and
    // the cycle goes on (a journal that cannot store fails the state write that comes with it, and that
    // write aborts the cycle).
    const Result<QList<EventRecord>> last = journal->events(order, 1);
    if (!last.ok())
        qCWarning(lcSync) << "last event not read:" << last.error().detail;
    else if (!last->isEmpty() && last->first().kind == kind && last->first().message == message)
        return;
    if (const Status s = journal->addEvent(order, kind, message); !s.ok())
        qCWarning(lcSync) << "event not recorded:" << kind << s.error().detail;
}

bool SyncContext::stored(CycleSummary &summary, const Status &status) const
{
    if (status.ok())
        return true;
    const Error &e = status.error();
    if (!summary.storageFailed)
        note(NotificationCategory::Storage, {}, e.asText(), Notification::Severity::Error);
    summary.storageFailed = true;
    summary.storagePath = journal->path();
    summary.addError(e.asText());
    return false;
}

void SyncContext::skippedForOther(CycleSummary &summary, const OrderKey &order, const QString &claim) const
{
    const auto c = Lease::parse(claim);
    const QString who = c ? c->instanceId : QString();
    const QDateTime until = c ? c->until : QDateTime();
    summary.addForeignClaim(who, until);
    const Text message = c ? Text(TextKind::ClaimedUntil).arg(who).arg(until.toUTC().toString(u"yyyy-MM-dd HH:mm"_s))
                           : Text(TextKind::ClaimedByOther);
    event(order, u"skipped"_s, message);
}

void SyncContext::releaseClaims(const QList<int> &odooIds, QObject *receiver, std::function<void()> done) const
{
    if (odooIds.isEmpty() || !odooHasYsellFields.value_or(false)) {
        done();
        return;
    }
    QJsonArray ids;
    for (int id : odooIds)
        ids.append(id);
    // Only claims that are still ours: a claim another instance took meanwhile stays.
    const QJsonArray domain{QJsonArray{u"id"_s, u"in"_s, ids},
                            QJsonArray{u"x_ysell_state"_s, u"=like"_s, QString(u"%:"_s + instanceId + u":%"_s)}};
    auto *search = odooCall(u"sale.order"_s, u"search"_s, QJsonArray{domain});
    onOdoo(search, receiver, [this, receiver, done](const Result<QJsonValue> &r) {
        if (!r.ok() || r.value().toArray().isEmpty()) {
            if (!r.ok())
                qCWarning(lcSync) << "claims not released:" << r.error().kindName() << r.error().detail;
            done();
            return;
        }
        QJsonArray args;
        args.append(r.value().toArray());
        args.append(QJsonObject{{u"x_ysell_state"_s, false}});
        auto *write = odooCall(u"sale.order"_s, u"write"_s, args);
        onOdoo(write, receiver, [done](const Result<QJsonValue> &w) {
            if (!w.ok())
                qCWarning(lcSync) << "claims not released:" << w.error().kindName() << w.error().detail;
            done();
        });
    });
}

} // namespace ysb
