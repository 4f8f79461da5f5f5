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

DeliveryStep okStep(const QString &message)
{
    return DeliveryStep{true, true, false, message, {}, std::nullopt};
}

DeliveryStep problem(const QString &message, const QString &nextStep)
{
    return DeliveryStep{true, false, false, message, nextStep, std::nullopt};
}

DeliveryStep requestFailed(const Error &error, const QString &what)
{
    return DeliveryStep{true, false, false, what + u' ' + error.message, {}, error};
}

DeliveryStep notChecked(const QString &because)
{
    return DeliveryStep{false, false, false, because, {}, std::nullopt};
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString quotedNames(const QList<PickingTypeRef> &types)
{
    QStringList names;
    for (const PickingTypeRef &t : types)
        names << u"“"_s + t.name + u"”"_s;
    return names.join(u", "_s);
}

} // namespace

Error DeliveryOutcome::error() const
{
    for (const DeliveryStep *step : {&location, &customers, &type}) {
        if (step->ok || !step->checked)
            continue;
        if (step->requestError)
            return *step->requestError;
        // The steps are worded for the setup check when they are found (plural forms included), so the
        // picking's problem keeps those words as they are: not yet Text kinds.
        return Error::make(ErrorKind::Config, Text::data(step->nextStep.isEmpty() ? step->message
                                                                                   : step->message + u' ' + step->nextStep));
    }
    return Error::make(ErrorKind::Config, Text::data(type.message));
}

QString DeliveryOutcome::warningText() const
{
    return type.warning ? type.message + u' ' + type.nextStep : QString();
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
        return problem(DeliveryRouteJob::tr("Odoo has no internal location named “%1”.").arg(wanted),
                       DeliveryRouteJob::tr("Create the location in Odoo (Inventory → Configuration → Locations), or enter its exact "
                          "name in the settings."));
    }
    if (candidates.size() > 1) {
        QStringList names;
        for (const LocationRef &l : candidates)
            names << l.completeName;
        return problem(DeliveryRouteJob::tr("Several locations match “%1”: %2.").arg(wanted, names.join(u", "_s)),
                       DeliveryRouteJob::tr("Enter the full name of the right one (for example %1) in the settings.").arg(names.first()));
    }
    const LocationRef &l = candidates.first();
    const QString name = l.completeName.isEmpty() ? l.name : l.completeName;
    if (l.warehouseId == 0) {
        return problem(DeliveryRouteJob::tr("The location %1 belongs to no warehouse.").arg(name),
                       DeliveryRouteJob::tr("Move the location under a warehouse in Odoo, so that deliveries can start from it."));
    }
    route.shemaxId = l.id;
    route.shemaxName = name;
    route.warehouseId = l.warehouseId;
    route.warehouseName = l.warehouseName;
    return DeliveryStep{true, true, false, DeliveryRouteJob::tr("Found %1 (warehouse %2).").arg(name, l.warehouseName), {}, std::nullopt};
}

DeliveryStep deliveryType(const QList<PickingTypeRef> &types, const QString &wanted, DeliveryRoute &route)
{
    if (types.isEmpty()) {
        return problem(DeliveryRouteJob::tr("The warehouse of %1 has no delivery operation type.").arg(route.shemaxName),
                       DeliveryRouteJob::tr("Create a Delivery operation type for that warehouse in Odoo (Inventory → Configuration → "
                          "Operation Types)."));
    }
    const QString name = wanted.trimmed();
    QList<PickingTypeRef> matching;
    for (const PickingTypeRef &t : types) {
        // The settings offer the name; Odoo shows "Warehouse: Name" on screen.
        if (name.isEmpty() || sameName(t.name, name) || sameName(t.warehouseName + u": "_s + t.name, name))
            matching << t;
    }
    if (matching.isEmpty()) {
        return problem(DeliveryRouteJob::tr("The warehouse of %1 has no delivery operation type named “%2”; it has %3.")
                           .arg(route.shemaxName, name, quotedNames(types)),
                       DeliveryRouteJob::tr("Choose one of them as the delivery type in the settings, or leave the field empty to "
                          "use the first one."));
    }
    route.type = matching.first();
    route.otherTypes.clear();
    for (const PickingTypeRef &t : types) {
        if (t.id != route.type.id)
            route.otherTypes << t.name;
    }
    const QString uses = DeliveryRouteJob::tr("Deliveries will use “%1” (%2).").arg(route.type.name, route.type.warehouseName);
    if (matching.size() == 1)
        return okStep(uses);
    DeliveryStep step = okStep(
        name.isEmpty()
            ? uses + u' '
                  + DeliveryRouteJob::tr("The warehouse has %n delivery types; this is the first by sequence, the others are %1.",
                       nullptr, int(types.size()))
                        .arg(quotedNames(matching.mid(1)))
            : uses + u' '
                  + DeliveryRouteJob::tr("%n delivery types of the warehouse are named “%1”; this is the first by sequence.", nullptr,
                       int(matching.size()))
                        .arg(name));
    step.warning = true;
    step.nextStep = name.isEmpty()
                        ? DeliveryRouteJob::tr("If deliveries should use another one, choose it as the delivery type in the settings.")
                        : DeliveryRouteJob::tr("Rename the others in Odoo (Inventory → Configuration → Operation Types).");
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
                                   : requestFailed(found.error(), tr("The locations could not be read."));
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
            m_outcome.customers = okStep(tr("Found the Customers location."));
        } else if (id.error().kind == ErrorKind::BadRequest || id.error().kind == ErrorKind::MissingRecord) {
            m_outcome.customers = problem(tr("Odoo has no standard Customers location: %1").arg(id.error().message),
                                          tr("Check that the Inventory app is installed in Odoo."));
        } else {
            m_outcome.customers = requestFailed(id.error(), tr("The Customers location could not be looked up."));
        }
        findType();
    });
}

void DeliveryRouteJob::findType()
{
    if (m_outcome.route.warehouseId == 0) {
        m_outcome.type = notChecked(tr("the warehouse of the ShemaxGlobal location is not known."));
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
                               : requestFailed(types.error(), tr("The operation types could not be read."));
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
