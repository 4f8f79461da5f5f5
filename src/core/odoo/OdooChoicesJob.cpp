#include "odoo/OdooChoicesJob.h"

#include "odoo/OdooClient.h"
#include "odoo/OdooParse.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ysb {

OdooChoicesJob::OdooChoicesJob(OdooClient *client, QObject *parent)
    : QObject(parent ? parent : client)
    , m_client(client)
{
    QMetaObject::invokeMethod(this, &OdooChoicesJob::readLocations, Qt::QueuedConnection);
}

void OdooChoicesJob::readLocations()
{
    OdooCallJob *job = m_client->call(
        u"stock.location"_s, u"search_read"_s, QJsonArray{QJsonArray{QJsonArray{u"usage"_s, u"="_s, u"internal"_s}}},
        QJsonObject{{u"fields"_s, QJsonArray{u"name"_s, u"complete_name"_s, u"usage"_s, u"warehouse_id"_s}},
                    {u"order"_s, u"complete_name"_s}});
    connect(job, &OdooCallJob::finished, this, [this](const Result<QJsonValue> &r) {
        const Result<QList<LocationRef>> found =
            r ? OdooParse::locations(r.value()) : Result<QList<LocationRef>>(r.error());
        if (!found) {
            finish(found.error());
            return;
        }
        for (const LocationRef &l : found.value()) {
            const QString name = l.completeName.isEmpty() ? l.name : l.completeName;
            if (!name.isEmpty() && !m_choices.locations.contains(name))
                m_choices.locations << name;
        }
        readTypes();
    });
}

void OdooChoicesJob::readTypes()
{
    OdooCallJob *job = m_client->call(
        u"stock.picking.type"_s, u"search_read"_s, QJsonArray{QJsonArray{QJsonArray{u"code"_s, u"="_s, u"outgoing"_s}}},
        QJsonObject{{u"fields"_s, QJsonArray{u"name"_s, u"code"_s, u"warehouse_id"_s}}, {u"order"_s, u"sequence,id"_s}});
    connect(job, &OdooCallJob::finished, this, [this](const Result<QJsonValue> &r) {
        const Result<QList<PickingTypeRef>> types =
            r ? OdooParse::pickingTypes(r.value()) : Result<QList<PickingTypeRef>>(r.error());
        if (!types) {
            finish(types.error());
            return;
        }
        for (const PickingTypeRef &type : types.value()) {
            if (!type.name.isEmpty() && !m_choices.pickingTypes.contains(type.name))
                m_choices.pickingTypes << type.name;
        }
        finish(m_choices);
    });
}

void OdooChoicesJob::finish(const Result<OdooChoices> &result)
{
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace ysb
