#include "PickingJob.h"

#include "odoo/DeliveryRoute.h"
#include "odoo/OdooBatchJob.h"
#include "odoo/OdooParse.h"
#include "odoo/OdooQueries.h"
#include "sync/ChatterNotesJob.h"
#include "sync/ClaimJob.h"
#include "sync/Cycle.h"
#include "sync/OrderPayload.h"
#include "sync/OrderTransitions.h"
#include "sync/YsellNumber.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ysb {
namespace {

constexpr int kCreateChunk = 100;
constexpr int kOdooGroupSize = 200; // orders per grouped write-back

QJsonArray idArray(const QList<int> &ids)
{
    QJsonArray a;
    for (int id : ids)
        a.append(id);
    return a;
}

QString stringField(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

int many2oneId(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray().at(0).toInt();
    if (v.isObject())
        return v.toObject().value(u"id"_s).toInt();
    return v.toInt();
}

} // namespace

PickingJob::PickingJob(SyncContext &ctx, CycleSummary &summary, QHash<QString, OrderRecord> records,
                       QStringList done, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_summary(summary)
    , m_records(std::move(records))
    , m_doneNames(std::move(done))
{
}

Result<OrderRecord> PickingJob::record(const QString &number) const
{
    const Result<std::optional<OrderRecord>> r = m_ctx.journal->orderByKey(ref(number));
    if (!r.ok())
        return r.error();
    return r.value().value_or(m_records.value(number));
}

OrderKey PickingJob::ref(const QString &number) const
{
    const auto it = m_records.constFind(number);
    if (it == m_records.cend() || it->name.isEmpty())
        return OrderKey(number);
    return OrderKey::of(*it);
}

void PickingJob::start()
{
    m_doneNames.removeDuplicates();
    if (m_doneNames.isEmpty()) {
        finish();
        return;
    }
    m_ctx.ensureFieldsKnown(this, [this](const Status &s) {
        if (!s.ok())
            failAllPickings(s.error());
        else
            resolveResources();
    });
}

// The same resolver as the setup check (DeliveryRouteJob): the sweep uses the delivery type `check` names.
void PickingJob::resolveResources()
{
    if (m_ctx.resources.resolved) {
        readDoneOrders();
        return;
    }
    auto *job = new DeliveryRouteJob(m_ctx.odoo, m_ctx.config.shemaxLocation, m_ctx.config.pickingType, this);
    connect(job, &DeliveryRouteJob::finished, this, [this](const DeliveryOutcome &outcome) {
        if (!outcome.ok()) {
            failAllPickings(outcome.error());
            return;
        }
        const DeliveryRoute &route = outcome.route;
        m_ctx.resources.shemaxId = route.shemaxId;
        m_ctx.resources.shemaxName = route.shemaxName;
        m_ctx.resources.warehouseId = route.warehouseId;
        m_ctx.resources.customersId = route.customersId;
        m_ctx.resources.pickingTypeId = route.type.id;
        m_ctx.resources.resolved = true;
        // Several delivery types to choose from: said once per engine, as the setup check says it.
        if (const Text warning = outcome.warningText(); !warning.isEmpty())
            m_ctx.note(NotificationCategory::Setup, {}, warning);
        readDoneOrders();
    });
}

void PickingJob::readDoneOrders()
{
    QHash<QString, OrderKey> keys;
    for (const QString &n : std::as_const(m_doneNames))
        keys.insert(n, ref(n));
    m_ctx.readOrdersByKey(keys, this, [this](const Result<QHash<QString, SaleOrder>> &r) {
        if (!r.ok()) {
            failAllPickings(r.error());
            return;
        }
        m_orders.insert(r.value());
        claim();
    });
}

// Claim first, then look for an existing picking: a rival that created one held the claim before us.
void PickingJob::claim()
{
    QStringList missing;
    for (const QString &n : std::as_const(m_doneNames)) {
        if (!m_orders.contains(n))
            missing << n;
    }
    for (const QString &n : std::as_const(missing)) {
        pickingFailed(n, Error::make(ErrorKind::MissingRecord, Text(TextKind::PickingNotInOdoo)));
        m_doneNames.removeAll(n);
    }
    if (m_doneNames.isEmpty()) {
        finish();
        return;
    }
    if (!m_ctx.odooHasYsellFields.value_or(false)) {
        findExisting();
        return;
    }
    QHash<QString, int> ids;
    for (const QString &n : std::as_const(m_doneNames))
        ids.insert(n, m_orders.value(n).id);
    auto *job = new ClaimJob(m_ctx, u"picking"_s, ids, this);
    connect(job, &ClaimJob::finished, this, [this](const Result<ClaimOutcome> &r) {
        if (!r.ok()) {
            failAllPickings(r.error());
            return;
        }
        for (const QString &n : r.value().takenByOther) {
            m_doneNames.removeAll(n);
            m_ctx.skippedForOther(m_summary, ref(n), r.value().claimOf.value(n));
        }
        if (m_doneNames.isEmpty()) {
            finish();
            return;
        }
        findExisting();
    });
    job->start();
}

// Never twice: a picking of this order from ShemaxGlobal that already exists (made by an earlier,
// interrupted run or by another workstation) is adopted.
void PickingJob::findExisting()
{
    const QJsonArray domain{QJsonArray{u"origin"_s, u"in"_s, QJsonArray::fromStringList(m_doneNames)},
                            QJsonArray{u"location_id"_s, u"="_s, m_ctx.resources.shemaxId},
                            QJsonArray{u"state"_s, u"!="_s, u"cancel"_s}};
    const QJsonObject kw{{u"fields"_s, QJsonArray{u"origin"_s, u"name"_s, u"state"_s}}};
    auto *job = m_ctx.odooCall(u"stock.picking"_s, u"search_read"_s, QJsonArray{domain}, kw);
    onOdoo(job, this, [this](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            failAllPickings(r.error());
            return;
        }
        m_toCreate.clear();
        QHash<QString, QJsonObject> byOrigin;
        for (const QJsonValue &v : r.value().toArray())
            byOrigin.insert(stringField(v.toObject(), u"origin"_s), v.toObject());
        for (const QString &n : std::as_const(m_doneNames)) {
            if (byOrigin.contains(n)) {
                const QJsonObject p = byOrigin.value(n);
                m_pickingIds.insert(n, p.value(u"id"_s).toInt());
                m_pickingNames.insert(n, stringField(p, u"name"_s));
                ++m_summary.pickingsAdopted;
                m_ctx.event(ref(n), u"picking_adopted"_s,
                            Text(TextKind::PickingAdopted).arg(stringField(p, u"name"_s)).arg(m_ctx.resources.shemaxName));
            } else {
                m_toCreate << n;
            }
        }
        createPickings(m_toCreate);
    });
}

// The picking's origin is the order's number in Ysell: its Odoo name, unless another order has that
// name too; it is how an existing picking of the order is found again.
QJsonObject PickingJob::pickingValues(const SaleOrder &o, const OrderRecord &rec) const
{
    const OdooResources &res = m_ctx.resources;
    const QString origin = YsellNumber::known(rec);
    QJsonArray moves;
    for (const OrderLine &l : o.lines) {
        if (!l.isProductLine() || l.productUomQty <= 0)
            continue;
        // The same goods the line sold, counted in the product's unit as they went to Ysell
        // (1 Dozens → 12 Units); a line that could not be converted never went.
        const ProductQuantity qty = l.quantityInProductUnit();
        const bool inProductUnit = qty.ok() && l.productUnit.id != 0;
        QJsonObject m{{u"name"_s, l.name.isEmpty() ? l.product.displayName : l.name},
                      {u"product_id"_s, l.product.id},
                      {u"product_uom_qty"_s, inProductUnit ? qty.quantity : l.productUomQty},
                      {u"location_id"_s, res.shemaxId},
                      {u"location_dest_id"_s, res.customersId},
                      {u"sale_line_id"_s, l.id}};
        if (inProductUnit)
            m.insert(u"product_uom"_s, l.productUnit.id);
        else if (l.productUomId)
            m.insert(u"product_uom"_s, l.productUomId);
        // group_id links the picking to the order (sale_id on the picking is silently dropped in 17).
        if (o.procurementGroupId)
            m.insert(u"group_id"_s, o.procurementGroupId);
        moves.append(QJsonArray{0, 0, m});
    }
    QJsonObject v{{u"picking_type_id"_s, res.pickingTypeId},
                  {u"location_id"_s, res.shemaxId},
                  {u"location_dest_id"_s, res.customersId},
                  {u"origin"_s, origin.isEmpty() ? o.name : origin},
                  {u"move_ids"_s, moves}};
    if (o.shipping.id)
        v.insert(u"partner_id"_s, o.shipping.id);
    const QString note = OrderPayload::serialNote(rec.serials);
    if (!note.isEmpty())
        v.insert(u"note"_s, note);
    return v;
}

void PickingJob::createPickings(const QStringList &names)
{
    if (names.isEmpty()) {
        if (m_ctx.config.reserveSerials && !m_created.isEmpty())
            reserveSerials(m_created);
        else
            handleOtherDeliveries();
        return;
    }
    const QStringList chunk = names.mid(0, kCreateChunk);
    const QStringList rest = names.mid(chunk.size());
    QJsonArray vals;
    for (const QString &n : chunk) {
        const Result<OrderRecord> rec = record(n);
        if (!rec.ok()) {
            failAllPickings(rec.error());
            return;
        }
        vals.append(pickingValues(m_orders.value(n), rec.value()));
    }
    for (const QString &n : chunk)
        m_ctx.event(ref(n), u"picking_creating"_s, Text(TextKind::PickingCreating).arg(m_ctx.resources.shemaxName));
    auto *job = m_ctx.odooCall(u"stock.picking"_s, u"create"_s, QJsonArray{vals}, {},
                               chunk.size() == 1 ? ref(chunk.first()) : OrderKey());
    onOdoo(job, this, [this, chunk, rest](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            if (chunk.size() > 1 && !r.error().requestMaybeSent
                && (r.error().kind == ErrorKind::Validation || r.error().kind == ErrorKind::UserError
                    || r.error().kind == ErrorKind::BadRequest || r.error().kind == ErrorKind::MissingRecord)) {
                // One bad order must not hold back the others: create them one by one.
                QStringList singles;
                for (const QString &n : chunk)
                    singles << n;
                createSingles(singles, rest);
                return;
            }
            if (r.error().credentialsRefused()) {
                failAllPickings(r.error());
                return;
            }
            for (const QString &n : chunk)
                pickingFailed(n, r.error());
            createPickings(rest);
            return;
        }
        QList<int> ids;
        if (r.value().isArray()) {
            for (const QJsonValue &v : r.value().toArray())
                ids << v.toInt();
        } else {
            ids << r.value().toInt();
        }
        if (ids.size() != chunk.size()) {
            for (const QString &n : chunk)
                pickingFailed(n, Error::make(ErrorKind::Protocol, Text(TextKind::PickingUnexpectedAnswer)));
            createPickings(rest);
            return;
        }
        onCreated(chunk, ids);
        createPickings(rest);
    });
}

void PickingJob::createSingles(QStringList singles, QStringList rest)
{
    if (singles.isEmpty()) {
        createPickings(rest);
        return;
    }
    const QString n = singles.takeFirst();
    const Result<OrderRecord> rec = record(n);
    if (!rec.ok()) {
        failAllPickings(rec.error());
        return;
    }
    auto *job = m_ctx.odooCall(u"stock.picking"_s, u"create"_s,
                               QJsonArray{QJsonArray{pickingValues(m_orders.value(n), rec.value())}}, {}, ref(n));
    onOdoo(job, this, [this, n, singles, rest](const Result<QJsonValue> &r) {
        if (!r.ok() && r.error().credentialsRefused()) {
            failAllPickings(r.error());
            return;
        }
        if (!r.ok())
            pickingFailed(n, r.error());
        else if (const QJsonArray a = r.value().toArray(); a.size() == 1)
            onCreated({n}, {a.first().toInt()});
        else
            pickingFailed(n, Error::make(ErrorKind::Protocol, Text(TextKind::PickingUnexpectedAnswer)));
        createSingles(singles, rest);
    });
}

void PickingJob::onCreated(const QStringList &names, const QList<int> &ids)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        m_pickingIds.insert(names.at(i), ids.at(i));
        m_created << names.at(i);
        ++m_summary.pickingsCreated;
    }
}

// Option "reserve serials": attach the shipped serials as move lines, after checking each is free
// in ShemaxGlobal (Odoo does not check). The picking then becomes Ready instead of Draft.
void PickingJob::reserveSerials(const QStringList &names)
{
    QStringList serials;
    QList<int> pickingIds;
    for (const QString &n : names) {
        const Result<OrderRecord> rec = record(n);
        if (!rec.ok()) {
            failAllPickings(rec.error());
            return;
        }
        if (!rec->serials.isEmpty()) {
            serials << rec->serials.split(u' ', Qt::SkipEmptyParts);
            pickingIds << m_pickingIds.value(n);
        }
    }
    if (serials.isEmpty()) {
        handleOtherDeliveries();
        return;
    }
    const QJsonObject moveKw{{u"fields"_s, QJsonArray{u"picking_id"_s, u"product_id"_s, u"product_uom_qty"_s}}};
    auto *moves = m_ctx.odooCall(u"stock.move"_s, u"search_read"_s,
                                 QJsonArray{QJsonArray{QJsonArray{u"picking_id"_s, u"in"_s, idArray(pickingIds)}}}, moveKw);
    onOdoo(moves, this, [this, names, serials](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            for (const QString &n : names)
                m_ctx.event(ref(n), u"reserve_failed"_s, Text(TextKind::SerialsNotReserved).arg(r.error().asText()));
            handleOtherDeliveries();
            return;
        }
        // (picking, product) → move id
        QHash<QPair<int, int>, int> moveOf;
        for (const QJsonValue &v : r.value().toArray()) {
            const QJsonObject m = v.toObject();
            moveOf.insert({many2oneId(m.value(u"picking_id"_s)), many2oneId(m.value(u"product_id"_s))},
                          m.value(u"id"_s).toInt());
        }
        const QJsonArray domain{QJsonArray{u"location_id"_s, u"="_s, m_ctx.resources.shemaxId},
                                QJsonArray{u"lot_id.name"_s, u"in"_s, QJsonArray::fromStringList(serials)}};
        const QJsonObject kw{{u"fields"_s, QJsonArray{u"product_id"_s, u"lot_id"_s, u"quantity"_s, u"reserved_quantity"_s}}};
        auto *quants = m_ctx.odooCall(u"stock.quant"_s, u"search_read"_s, QJsonArray{domain}, kw);
        onOdoo(quants, this, [this, names, moveOf](const Result<QJsonValue> &r2) {
            if (!r2.ok()) {
                for (const QString &n : names)
                    m_ctx.event(ref(n), u"reserve_failed"_s, Text(TextKind::SerialsNotReserved).arg(r2.error().asText()));
                handleOtherDeliveries();
                return;
            }
            struct Free { int productId; int lotId; };
            QHash<QString, Free> free;
            for (const QJsonValue &v : r2.value().toArray()) {
                const QJsonObject q = v.toObject();
                const QJsonArray lot = q.value(u"lot_id"_s).toArray();
                if (lot.size() < 2)
                    continue;
                const double available = q.value(u"quantity"_s).toDouble() - q.value(u"reserved_quantity"_s).toDouble();
                if (available >= 1.0)
                    free.insert(lot.at(1).toString(), {many2oneId(q.value(u"product_id"_s)), lot.at(0).toInt()});
            }
            QJsonArray lines;
            QStringList reserving; // orders whose serials are all free
            for (const QString &n : names) {
                const Result<OrderRecord> rec = record(n);
                if (!rec.ok()) {
                    failAllPickings(rec.error());
                    return;
                }
                const QStringList mine = rec->serials.split(u' ', Qt::SkipEmptyParts);
                if (mine.isEmpty())
                    continue;
                const int pickingId = m_pickingIds.value(n);
                QJsonArray orderLines;
                QStringList notFree;
                for (const QString &sn : mine) {
                    const auto it = free.constFind(sn);
                    const int moveId = it == free.cend() ? 0 : moveOf.value({pickingId, it->productId});
                    if (it == free.cend() || !moveId) {
                        notFree << sn;
                        continue;
                    }
                    orderLines.append(QJsonObject{{u"move_id"_s, moveId},
                                                  {u"picking_id"_s, pickingId},
                                                  {u"product_id"_s, it->productId},
                                                  {u"lot_id"_s, it->lotId},
                                                  {u"quantity"_s, 1},
                                                  {u"location_id"_s, m_ctx.resources.shemaxId},
                                                  {u"location_dest_id"_s, m_ctx.resources.customersId}});
                }
                if (!notFree.isEmpty()) {
                    const QString where = m_ctx.resources.shemaxName;
                    const Text warning = OrderTransitions::serialsNotFree(rec.value(), notFree, where).warning;
                    m_ctx.event(ref(n), u"reserve_failed"_s, warning);
                    m_ctx.note(NotificationCategory::Picking, ref(n), warning);
                    const Result<OrderRecord> warned = m_ctx.journal->update(ref(n), [&](OrderRecord &row) {
                        row = OrderTransitions::serialsNotFree(row, notFree, where);
                    });
                    m_ctx.stored(m_summary, statusOf(warned)); // the warning is told either way; the summary says it was not kept
                    continue;
                }
                for (const QJsonValue &l : std::as_const(orderLines))
                    lines.append(l);
                if (!orderLines.isEmpty())
                    reserving << n;
            }
            if (lines.isEmpty()) {
                handleOtherDeliveries();
                return;
            }
            // Move lines on a draft picking reserve their move but leave the picking Draft beside its
            // other draft moves (tags 4l.*): confirm the pickings first, as Odoo's screens do, so that
            // the serials make them Ready.
            QJsonArray confirm;
            for (const QJsonValue &l : std::as_const(lines)) {
                const QJsonValue p = l.toObject().value(u"picking_id"_s);
                if (!confirm.contains(p))
                    confirm.append(p);
            }
            const auto failed = [this, reserving](const Error &e) {
                for (const QString &n : reserving)
                    m_ctx.event(ref(n), u"reserve_failed"_s, Text(TextKind::SerialsNotReserved).arg(e.asText()));
                handleOtherDeliveries();
            };
            auto *confirmJob = m_ctx.odooCall(u"stock.picking"_s, u"action_confirm"_s, QJsonArray{confirm});
            onOdoo(confirmJob, this, [this, reserving, lines, failed](const Result<QJsonValue> &rc) {
                if (!rc.ok()) {
                    failed(rc.error());
                    return;
                }
                auto *create = m_ctx.odooCall(u"stock.move.line"_s, u"create"_s, QJsonArray{lines});
                onOdoo(create, this, [this, reserving, failed](const Result<QJsonValue> &r3) {
                    if (!r3.ok()) {
                        failed(r3.error());
                        return;
                    }
                    for (const QString &n : reserving)
                        m_ctx.event(ref(n), u"reserved"_s,
                                    Text(TextKind::SerialsReserved).arg(m_ctx.resources.shemaxName));
                    handleOtherDeliveries();
                });
            });
        });
    });
}

// Odoo made its own delivery from WH/Stock at confirmation: two deliveries for one order unless the
// clerk (or the option) cancels it. What stays open is recorded with the picking (finalizeOrders), and
// cancelled only when the option says so.
void PickingJob::handleOtherDeliveries()
{
    QList<int> toCancel;
    QHash<QString, QStringList> othersByOrder;
    for (auto it = m_pickingIds.cbegin(); it != m_pickingIds.cend(); ++it) {
        othersByOrder.insert(it.key(), {});
        const SaleOrder o = m_orders.value(it.key());
        for (const PickingRef &p : o.pickings) {
            if (p.id == it.value() || p.locationId == m_ctx.resources.shemaxId)
                continue;
            if (p.pickingTypeCode != u"outgoing"_s || p.state == u"done"_s || p.state == u"cancel"_s)
                continue;
            othersByOrder[it.key()] << p.name;
            toCancel << p.id;
        }
    }
    if (!m_ctx.config.cancelOtherDelivery || toCancel.isEmpty()) {
        for (auto it = othersByOrder.cbegin(); it != othersByOrder.cend(); ++it) {
            if (!it.value().isEmpty())
                m_ctx.event(ref(it.key()), u"other_delivery"_s, OrderTransitions::otherDeliveriesMessage(it.value(), false));
        }
        m_otherOpen = othersByOrder;
        finalizeOrders();
        return;
    }
    auto *job = m_ctx.odooCall(u"stock.picking"_s, u"action_cancel"_s, QJsonArray{idArray(toCancel)});
    onOdoo(job, this, [this, othersByOrder](const Result<QJsonValue> &r) {
        for (auto it = othersByOrder.cbegin(); it != othersByOrder.cend(); ++it) {
            m_otherOpen.insert(it.key(), r.ok() ? QStringList() : it.value());
            if (it.value().isEmpty())
                continue;
            if (r.ok()) {
                m_ctx.event(ref(it.key()), u"other_delivery"_s, OrderTransitions::otherDeliveriesMessage(it.value(), true));
                continue;
            }
            m_ctx.event(ref(it.key()), u"cancel_failed"_s,
                        Text(TextKind::OtherDeliveryCancelFailed).argList(it.value()).arg(r.error().asText()));
            m_ctx.note(NotificationCategory::Picking, ref(it.key()), r.error().asText());
        }
        finalizeOrders();
    });
}

void PickingJob::finalizeOrders()
{
    const QList<QString> names = m_pickingIds.keys();
    if (names.isEmpty()) {
        finish();
        return;
    }
    QList<int> unnamed;
    for (const QString &n : names) {
        if (m_pickingNames.value(n).isEmpty())
            unnamed << m_pickingIds.value(n);
    }
    auto complete = [this, names] {
        QList<OrderRecord> recs;
        Status read = Ok{};
        for (const QString &n : names) {
            const Result<OrderRecord> now = record(n);
            if (!now.ok() && read.ok())
                read = now.error();
            OrderRecord rec = OrderTransitions::pickingCreated(now.ok() ? now.value() : m_records.value(n),
                                                               m_pickingIds.value(n), m_pickingNames.value(n));
            // Set, or cleared, by this step only when it looked at the order's other deliveries.
            if (const auto others = m_otherOpen.constFind(n); others != m_otherOpen.cend())
                rec = OrderTransitions::otherDeliveries(rec, *others);
            recs << rec;
            if (m_created.contains(n)) {
                m_ctx.event(ref(n), u"picking_created"_s,
                            Text(TextKind::PickingCreated).arg(rec.pickingName).arg(m_ctx.resources.shemaxName));
            }
        }
        // A row that could not be read is not written from the sweep's older copy, which would overwrite what
        // changed since; the Odoo write-backs below still go out.
        if (!m_ctx.stored(m_summary, read.ok() ? m_ctx.journal->upsertOrders(recs) : read)) {
            // The pickings exist in Odoo; the next sweep finds and adopts them.
            m_summary.pickingsCreated = 0;
            m_summary.pickingsAdopted = 0;
        }
        // Write-backs in groups: the same x_ysell_state for every order in one write, the notes as
        // ChatterNotesJob posts them; an order Odoo refuses is tried alone and its event names why.
        QList<std::pair<OrderKey, int>> states;
        QList<ChatterNote> notes;
        for (const OrderRecord &rec : std::as_const(recs)) {
            const QString number = YsellNumber::known(rec);
            const SaleOrder o = m_orders.value(number);
            if (!o.id)
                continue;
            states.append({OrderKey::of(rec), o.id});
            if (m_created.contains(number)) {
                notes.append({OrderKey::of(rec), o.id,
                              tr("Ysell shipped the order (%1). Draft delivery %2 created from %3.")
                                  .arg(rec.ysellStatusCode, rec.pickingName, m_ctx.resources.shemaxName)});
            }
        }
        m_pending = 1;
        if (m_ctx.odooHasYsellFields.value_or(false) && !states.isEmpty()) {
            ++m_pending;
            const QJsonObject done{{u"x_ysell_state"_s, u"done"_s}};
            OdooBatchJob::Calls calls;
            calls.group = [this, states, done](const QList<int> &items) {
                QJsonArray ids;
                for (int i : items)
                    ids.append(states.at(i).second);
                return m_ctx.odooCall(u"sale.order"_s, u"write"_s, QJsonArray{ids, done});
            };
            calls.single = [this, states, done](int i) {
                return m_ctx.odooCall(u"sale.order"_s, u"write"_s, QJsonArray{QJsonArray{states.at(i).second}, done}, {},
                                      states.at(i).first);
            };
            auto *write = new OdooBatchJob(int(states.size()), kOdooGroupSize, std::move(calls), this);
            connect(write, &OdooBatchJob::finished, this, [this, states](const OdooBatchJob::Failures &failures) {
                for (auto it = failures.cbegin(); it != failures.cend(); ++it)
                    m_ctx.event(states.at(it.key()).first, u"odoo_write_failed"_s, it.value().asText());
                settle();
            });
            write->start();
        }
        if (!notes.isEmpty()) {
            ++m_pending;
            auto *post = new ChatterNotesJob(m_ctx, notes, this);
            connect(post, &ChatterNotesJob::finished, this, [this, notes](const OdooBatchJob::Failures &failures) {
                for (auto it = failures.cbegin(); it != failures.cend(); ++it)
                    m_ctx.event(notes.at(it.key()).order, u"odoo_note_failed"_s, it.value().asText());
                settle();
            });
            post->start();
        }
        settle();
    };
    if (unnamed.isEmpty()) {
        complete();
        return;
    }
    auto *job = m_ctx.odooCall(u"stock.picking"_s, u"read"_s,
                               QJsonArray{idArray(unnamed), QJsonArray{u"name"_s, u"state"_s}});
    onOdoo(job, this, [this, complete](const Result<QJsonValue> &r) {
        if (r.ok()) {
            QHash<int, QString> byId;
            for (const QJsonValue &v : r.value().toArray())
                byId.insert(v.toObject().value(u"id"_s).toInt(), stringField(v.toObject(), u"name"_s));
            for (auto it = m_pickingIds.cbegin(); it != m_pickingIds.cend(); ++it) {
                if (m_pickingNames.value(it.key()).isEmpty())
                    m_pickingNames.insert(it.key(), byId.value(it.value()));
            }
        }
        complete();
    });
}

void PickingJob::pickingFailed(const QString &name, const Error &error)
{
    const Result<OrderRecord> marked = m_ctx.journal->update(
        ref(name), [&](OrderRecord &row) { row = OrderTransitions::pickingFailed(row, error); });
    const bool isStored = m_ctx.stored(m_summary, statusOf(marked));
    const Text why = OrderTransitions::pickingFailed(m_records.value(name), error).lastError;
    m_ctx.event(ref(name), u"picking_failed"_s, why);
    m_ctx.note(NotificationCategory::Picking, ref(name), why, Notification::Severity::Error);
    if (isStored)
        ++m_summary.failed;
}

void PickingJob::failAllPickings(const Error &error)
{
    if (error.credentialsRefused() || error.kind == ErrorKind::Storage) {
        m_aborted = error; // no order is to blame: the sweep reports it once
    } else {
        for (const QString &n : std::as_const(m_doneNames)) {
            if (!m_pickingIds.contains(n))
                pickingFailed(n, error);
        }
        m_summary.addError(error.asText());
    }
    // Adopted or created pickings still get recorded.
    if (!m_pickingIds.isEmpty())
        finalizeOrders();
    else
        finish();
}

void PickingJob::settle()
{
    if (--m_pending <= 0)
        finish();
}

void PickingJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_aborted ? Status(*m_aborted) : Status(Ok{}));
    deleteLater();
}

} // namespace ysb
