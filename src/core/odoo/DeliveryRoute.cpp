#include "odoo/DeliveryRoute.h"

#include "Logging.h"
#include "odoo/OdooClient.h"
#include "odoo/OdooParse.h"
#include "odoo/OdooQueries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

DeliveryStep okStep(const Text &message)
{
    return DeliveryStep{true, true, false, message, {}, std::nullopt};
}

DeliveryStep problem(const Text &message, const Text &nextStep)
{
    return DeliveryStep{true, false, false, message, nextStep, std::nullopt};
}

DeliveryStep requestFailed(const Error &error, TextKind what)
{
    return DeliveryStep{true, false, false, Text(TextKind::Words).arg(Text(what)).arg(error.asText()), {}, error};
}

DeliveryStep notChecked(const Text &because)
{
    return DeliveryStep{false, false, false, because, {}, std::nullopt};
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// “Delivery Orders”, “Shemax Dispatch”: Odoo's names, quoted in the reader's language.
Text quotedNames(const QList<PickingTypeRef> &types)
{
    Text names(TextKind::List);
    for (const PickingTypeRef &t : types)
        names = names.arg(Text(TextKind::Quoted).arg(t.name));
    return names;
}

Text sentenceAndNextStep(const DeliveryStep &step)
{
    return step.nextStep.isEmpty() ? step.message : Text(TextKind::Words).arg(step.message).arg(step.nextStep);
}

} // namespace

Error DeliveryOutcome::error() const
{
    for (const DeliveryStep *step : {&location, &customers, &type}) {
        if (step->ok || !step->checked)
            continue;
        if (step->requestError)
            return *step->requestError;
        return Error::make(ErrorKind::Config, sentenceAndNextStep(*step));
    }
    return Error::make(ErrorKind::Config, type.message);
}

Text DeliveryOutcome::warningText() const
{
    return type.warning ? sentenceAndNextStep(type) : Text();
}

namespace DeliveryRules {

DeliveryStep shemaxLocation(const QList<LocationRef> &found, const QString &wanted, DeliveryRoute &route)
{
    // ilike matches parts of names too; an exact name or full name wins over a partial match.
    QList<LocationRef> exact;
    for (const LocationRef &l : found) {
        if (sameName(l.name, wanted) || sameName(l.completeName, wanted))
            exact << l;
    }
    const QList<LocationRef> candidates = exact.isEmpty() ? found : exact;
    if (candidates.isEmpty()) {
        return problem(Text(TextKind::DeliveryNoLocationNamed).arg(wanted), Text(TextKind::DeliveryCreateLocation));
    }
    if (candidates.size() > 1) {
        QStringList names;
        for (const LocationRef &l : candidates)
            names << l.completeName;
        return problem(Text(TextKind::DeliverySeveralLocations).arg(wanted).argList(names),
                       Text(TextKind::DeliveryEnterFullName).arg(names.first()));
    }
    const LocationRef &l = candidates.first();
    const QString name = l.completeName.isEmpty() ? l.name : l.completeName;
    if (l.warehouseId == 0) {
        return problem(Text(TextKind::DeliveryLocationNoWarehouse).arg(name), Text(TextKind::DeliveryMoveLocation));
    }
    route.shemaxId = l.id;
    route.shemaxName = name;
    route.warehouseId = l.warehouseId;
    route.warehouseName = l.warehouseName;
    return okStep(Text(TextKind::DeliveryLocationFound).arg(name).arg(l.warehouseName));
}

DeliveryStep deliveryType(const QList<PickingTypeRef> &types, const QString &wanted, DeliveryRoute &route)
{
    if (types.isEmpty()) {
        return problem(Text(TextKind::DeliveryNoType).arg(route.shemaxName), Text(TextKind::DeliveryCreateType));
    }
    const QString name = wanted.trimmed();
    QList<PickingTypeRef> matching;
    for (const PickingTypeRef &t : types) {
        // The settings offer the name; Odoo shows "Warehouse: Name" on screen.
        if (name.isEmpty() || sameName(t.name, name) || sameName(t.warehouseName + u": "_s + t.name, name))
            matching << t;
    }
    if (matching.isEmpty()) {
        return problem(Text(TextKind::DeliveryNoTypeNamed).arg(route.shemaxName).arg(name).arg(quotedNames(types)),
                       Text(TextKind::DeliveryChooseType));
    }
    route.type = matching.first();
    route.otherTypes.clear();
    for (const PickingTypeRef &t : types) {
        if (t.id != route.type.id)
            route.otherTypes << t.name;
    }
    const Text uses = Text(TextKind::DeliveryTypeUsed).arg(route.type.name).arg(route.type.warehouseName);
    if (matching.size() == 1)
        return okStep(uses);
    const Text several = name.isEmpty()
                             ? Text::counted(TextKind::DeliveryTypesFirstOfMany, types.size()).arg(quotedNames(matching.mid(1)))
                             : Text::counted(TextKind::DeliveryTypesSameName, matching.size()).arg(name);
    DeliveryStep step = okStep(Text(TextKind::Words).arg(uses).arg(several));
    step.warning = true;
    step.nextStep = Text(name.isEmpty() ? TextKind::DeliveryChooseOther : TextKind::DeliveryRenameOthers);
    return step;
}

} // namespace DeliveryRules

DeliveryRouteJob::DeliveryRouteJob(OdooClient *client, QString shemaxLocation, QString pickingType, QObject *parent)
    : QObject(parent ? parent : client)
    , m_client(client)
    , m_shemax(shemaxLocation.trimmed())
    , m_pickingType(pickingType.trimmed())
{
    QMetaObject::invokeMethod(this, &DeliveryRouteJob::findShemax, Qt::QueuedConnection);
}

void DeliveryRouteJob::findShemax()
{
    OdooCallJob *job = m_client->call(
        u"stock.location"_s, u"search_read"_s, QJsonArray{OdooQueries::locationByNameDomain(m_shemax)},
        QJsonObject{{u"fields"_s, QJsonArray{u"name"_s, u"complete_name"_s, u"usage"_s, u"warehouse_id"_s}}});
    connect(job, &OdooCallJob::finished, this, [this](const Result<QJsonValue> &r) {
        const Result<QList<LocationRef>> found =
            r ? OdooParse::locations(r.value()) : Result<QList<LocationRef>>(r.error());
        m_outcome.location = found ? DeliveryRules::shemaxLocation(found.value(), m_shemax, m_outcome.route)
                                   : requestFailed(found.error(), TextKind::DeliveryLocationsUnread);
        findCustomers();
    });
}

void DeliveryRouteJob::findCustomers()
{
    OdooCallJob *job = m_client->call(u"ir.model.data"_s, u"check_object_reference"_s,
                                      QJsonArray{u"stock"_s, u"stock_location_customers"_s});
    connect(job, &OdooCallJob::finished, this, [this](const Result<QJsonValue> &r) {
        const Result<int> id = r ? OdooParse::objectReference(r.value(), u"stock.location"_s) : Result<int>(r.error());
        if (id) {
            m_outcome.route.customersId = id.value();
            m_outcome.customers = okStep(Text(TextKind::DeliveryCustomersFound));
        } else if (id.error().kind == ErrorKind::BadRequest || id.error().kind == ErrorKind::MissingRecord) {
            m_outcome.customers = problem(Text(TextKind::DeliveryNoCustomers).arg(id.error().asText()),
                                          Text(TextKind::DeliveryCheckInventory));
        } else {
            m_outcome.customers = requestFailed(id.error(), TextKind::DeliveryCustomersUnread);
        }
        findType();
    });
}

void DeliveryRouteJob::findType()
{
    if (m_outcome.route.warehouseId == 0) {
        m_outcome.type = notChecked(Text(TextKind::DeliveryWarehouseUnknown));
        done();
        return;
    }
    OdooCallJob *job = m_client->call(
        u"stock.picking.type"_s, u"search_read"_s,
        QJsonArray{OdooQueries::outgoingPickingTypeDomain(m_outcome.route.warehouseId)},
        QJsonObject{{u"fields"_s, QJsonArray{u"name"_s, u"code"_s, u"warehouse_id"_s}}, {u"order"_s, u"sequence,id"_s}});
    connect(job, &OdooCallJob::finished, this, [this](const Result<QJsonValue> &r) {
        const Result<QList<PickingTypeRef>> types =
            r ? OdooParse::pickingTypes(r.value()) : Result<QList<PickingTypeRef>>(r.error());
        m_outcome.type = types ? DeliveryRules::deliveryType(types.value(), m_pickingType, m_outcome.route)
                               : requestFailed(types.error(), TextKind::DeliveryTypesUnread);
        done();
    });
}

void DeliveryRouteJob::done()
{
    qCInfo(lcOdoo) << "delivery route:" << (m_outcome.ok() ? "resolved" : "not resolved") << "type"
                   << m_outcome.route.type.id;
    Q_EMIT finished(m_outcome);
    deleteLater();
}

} // namespace ysb
