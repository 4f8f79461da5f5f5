#include "odoo/OdooQueries.h"

#include "odoo/OdooParse.h"

using namespace Qt::StringLiterals;

namespace ysb::OdooQueries {

namespace {

QJsonObject fields(std::initializer_list<QString> names)
{
    QJsonObject o;
    for (const QString &n : names)
        o.insert(n, QJsonObject());
    return o;
}

QJsonObject sub(const QJsonObject &fieldSpec)
{
    return QJsonObject{{u"fields"_s, fieldSpec}};
}

QJsonArray leaf(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonArray{field, op, value};
}

} // namespace

QList<CustomField> ysellFields()
{
    return {
        {u"product.product"_s, u"x_ysell_product_id"_s, u"YSELL Product ID"_s, true},
        {u"sale.order"_s, u"x_ysell_order_id"_s, u"YSELL Order ID"_s, true},
        {u"sale.order"_s, u"x_ysell_state"_s, u"YSELL State"_s, false},
    };
}

QJsonObject orderSpecification(bool withYsellFields)
{
    QJsonObject spec = fields({u"name"_s, u"state"_s, u"date_order"_s, u"write_date"_s, u"client_order_ref"_s,
                               u"note"_s, u"procurement_group_id"_s});
    if (withYsellFields) {
        spec.insert(u"x_ysell_order_id"_s, QJsonObject());
        spec.insert(u"x_ysell_state"_s, QJsonObject());
    }
    spec.insert(u"warehouse_id"_s, sub(fields({u"name"_s, u"lot_stock_id"_s})));

    QJsonObject address = fields({u"name"_s, u"street"_s, u"street2"_s, u"city"_s, u"zip"_s, u"country_code"_s,
                                  u"phone"_s, u"mobile"_s, u"email"_s});
    address.insert(u"state_id"_s, sub(fields({u"code"_s, u"name"_s})));
    spec.insert(u"partner_shipping_id"_s, sub(address));

    // Both units with their factors and categories: the line may be sold in another unit than the
    // product's own (contracts/odoo17.md, "Units of measure").
    const QJsonObject unit = fields({u"name"_s, u"factor"_s, u"category_id"_s, u"rounding"_s});
    QJsonObject product = fields({u"default_code"_s, u"tracking"_s, u"display_name"_s});
    if (withYsellFields)
        product.insert(u"x_ysell_product_id"_s, QJsonObject());
    product.insert(u"uom_id"_s, sub(unit));
    QJsonObject line = fields({u"display_type"_s, u"name"_s, u"product_uom_qty"_s});
    line.insert(u"product_uom"_s, sub(unit));
    line.insert(u"product_id"_s, sub(product));
    spec.insert(u"order_line"_s, sub(line));

    spec.insert(u"picking_ids"_s,
                sub(fields({u"name"_s, u"state"_s, u"picking_type_code"_s, u"location_id"_s})));
    return spec;
}

QJsonArray confirmedOrdersDomain(const QDateTime &cursorUtc, qint64 overlapSecs, const QDate &startDate,
                                 const QString &warehouseName)
{
    QJsonArray domain{leaf(u"state"_s, u"="_s, u"sale"_s)};
    // write_date has second resolution and commits land late: re-read an overlap window, the caller
    // de-duplicates.
    if (cursorUtc.isValid())
        domain.append(leaf(u"write_date"_s, u">="_s,
                           OdooParse::formatOdooDateTime(cursorUtc.toUTC().addSecs(-overlapSecs))));
    if (startDate.isValid())
        domain.append(leaf(u"date_order"_s, u">="_s,
                           OdooParse::formatOdooDateTime(QDateTime(startDate, QTime(0, 0), Qt::UTC))));
    if (!warehouseName.isEmpty())
        domain.append(leaf(u"warehouse_id.name"_s, u"="_s, warehouseName));
    return domain;
}

QJsonObject orderPageKwargs(const QJsonArray &domain, const QJsonObject &specification, int offset, int limit)
{
    return QJsonObject{{u"domain"_s, domain},
                       {u"specification"_s, specification},
                       {u"limit"_s, limit},
                       {u"offset"_s, offset},
                       {u"order"_s, u"id"_s}};
}

QJsonObject orderByIdKwargs(qint64 orderId)
{
    return orderPageKwargs(QJsonArray{QJsonArray{u"id"_s, u"="_s, orderId}}, orderSpecification(false), 0, 1);
}

QJsonArray serialsDomain(const QList<int> &orderIds)
{
    QJsonArray ids;
    for (int id : orderIds)
        ids.append(id);
    return QJsonArray{leaf(u"picking_id.sale_id"_s, u"in"_s, ids), leaf(u"lot_id"_s, u"!="_s, false)};
}

QJsonArray serialsFields()
{
    return QJsonArray{u"picking_id"_s, u"move_id"_s, u"product_id"_s, u"lot_id"_s, u"quantity"_s};
}

QJsonObject serialsKwargs()
{
    return QJsonObject{{u"fields"_s, serialsFields()}};
}

QJsonArray openPickingsOfOrdersDomain(const QList<qint64> &orderIds)
{
    QJsonArray ids;
    for (qint64 id : orderIds)
        ids.append(id);
    return QJsonArray{leaf(u"sale_id"_s, u"in"_s, ids),
                      leaf(u"state"_s, u"not in"_s, QJsonArray{u"done"_s, u"cancel"_s})};
}

QJsonObject openPickingsOfOrdersKwargs()
{
    return QJsonObject{{u"fields"_s, QJsonArray{u"name"_s, u"state"_s, u"picking_type_code"_s, u"location_id"_s,
                                                 u"sale_id"_s}},
                       {u"order"_s, u"id"_s}};
}

QJsonArray locationByNameDomain(const QString &name)
{
    return QJsonArray{leaf(u"usage"_s, u"="_s, u"internal"_s), u"|"_s, leaf(u"name"_s, u"ilike"_s, name),
                      leaf(u"complete_name"_s, u"ilike"_s, name)};
}

QJsonArray outgoingPickingTypeDomain(int warehouseId)
{
    return QJsonArray{leaf(u"code"_s, u"="_s, u"outgoing"_s), leaf(u"warehouse_id"_s, u"="_s, warehouseId)};
}

QJsonObject customFieldValues(const CustomField &field, int modelId)
{
    QJsonObject v{{u"model_id"_s, modelId},
                  {u"name"_s, field.name},
                  {u"field_description"_s, field.description},
                  {u"ttype"_s, u"char"_s},
                  {u"state"_s, u"manual"_s},
                  {u"copied"_s, false}};
    if (field.indexed)
        v.insert(u"index"_s, true);
    return v;
}

} // namespace ysb::OdooQueries
