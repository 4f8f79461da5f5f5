#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ysb {

/// The Odoo 17 domains, specifications and keyword arguments Ysell Bridge sends, as pure functions.
namespace OdooQueries {

/// Orders per web_search_read page.
inline constexpr int kOrderPageSize = 200;

/// The custom fields Ysell Bridge relies on (model, name, label).
struct CustomField {
    QString model;
    QString name;
    QString description;
    bool indexed = false;
    QString key() const { return model + u'/' + name; }
};
QList<CustomField> ysellFields();

/// The nested sale.order specification: order, warehouse, shipping address, lines with products,
/// pickings. The x_ysell_* keys are asked for only when the fields exist (Odoo rejects unknown ones).
QJsonObject orderSpecification(bool withYsellFields);

/// Confirmed orders changed since `cursorUtc` minus `overlapSecs` (no write_date filter when the
/// cursor is invalid), ordered on or after `startDate` (midnight UTC; none when invalid), and in the
/// warehouse named `warehouseName` when not empty.
QJsonArray confirmedOrdersDomain(const QDateTime &cursorUtc, qint64 overlapSecs, const QDate &startDate,
                                 const QString &warehouseName = {});

/// web_search_read keyword arguments for one page, ordered by id so that pages are stable.
QJsonObject orderPageKwargs(const QJsonArray &domain, const QJsonObject &specification, int offset,
                            int limit = kOrderPageSize);
/// web_search_read keyword arguments for the one order with Odoo id `orderId` (its lines included).
QJsonObject orderByIdKwargs(qint64 orderId);

/// Reserved serials of many orders in one stock.move.line search_read.
QJsonArray serialsDomain(const QList<int> &orderIds);
QJsonArray serialsFields();
/// search_read keyword arguments for the serials.
QJsonObject serialsKwargs();

/// Orders per stock.picking search_read of the sweep's re-check of other open deliveries.
inline constexpr int kOpenDeliveriesPageSize = 500;
/// stock.picking search_read domain for the pickings of these sale orders (sale_id, the inverse of the
/// order's picking_ids) that are neither done nor cancelled.
QJsonArray openPickingsOfOrdersDomain(const QList<qint64> &orderIds);
/// search_read keyword arguments for them: the fields PickingRef::isOtherOpenDelivery() decides on and
/// the order they belong to, ordered by id.
QJsonObject openPickingsOfOrdersKwargs();

/// stock.location search_read domain for an internal location whose name or full name contains `name`.
QJsonArray locationByNameDomain(const QString &name);
/// The stock.picking.type of outgoing deliveries of a warehouse.
QJsonArray outgoingPickingTypeDomain(int warehouseId);
/// ir.model.fields.create values for one custom field.
QJsonObject customFieldValues(const CustomField &field, int modelId);

} // namespace OdooQueries
} // namespace ysb
