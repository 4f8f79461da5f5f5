#pragma once

#include "Result.h"
#include "odoo/OdooModels.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace ysb {

/// Turns Odoo 17 answers into the structs of OdooModels.h, as pure functions.
///
/// Odoo writes every empty value as `false`; here it becomes an empty string, 0 or an invalid date.
/// A many2one may come as a bare id (web_search_read without sub-specification), as [id, "name"]
/// (read/search_read) or as a nested object (with a sub-specification): all three are accepted.
/// Any other shape is a Protocol error naming the offending field, never a crash.
namespace OdooParse {

/// The `result` of sale.order web_search_read with OdooQueries::orderSpecification().
Result<SaleOrderPage> orderPage(const QJsonValue &result);

/// The `result` of stock.move.line search_read with OdooQueries::serialsFields().
Result<QList<MoveLineSerial>> moveLineSerials(const QJsonValue &result);
/// Fills MoveLineSerial::orderId from the orders' pickings (the answer only names the picking).
void attachOrderIds(QList<MoveLineSerial> &serials, const QList<SaleOrder> &orders);

/// stock.picking records from read/search_read.
Result<QList<PickingRef>> pickings(const QJsonValue &result);
/// stock.location records from read/search_read.
Result<QList<LocationRef>> locations(const QJsonValue &result);
/// stock.picking.type records from read/search_read.
Result<QList<PickingTypeRef>> pickingTypes(const QJsonValue &result);

/// The `result` of common.version.
Result<ServerVersion> serverVersion(const QJsonValue &result);
/// The `result` of common.authenticate: the uid, or 0 when Odoo refused the login (`false`).
Result<int> uid(const QJsonValue &result);
/// The `result` of ir.model.data.check_object_reference: ["model", id], checked against `model`.
Result<int> objectReference(const QJsonValue &result, const QString &model);
/// <model>.fields_get([names]): "model/name" keys of the fields that exist (unknown names are absent).
Result<QStringList> fieldsGetKeys(const QString &model, const QJsonValue &result);
/// search_read of ir.model with fields model: model name → ir.model id.
Result<QHash<QString, int>> modelIds(const QJsonValue &result);

/// Odoo HTML (notes) to plain text: paragraphs and <br> become newlines, tags are dropped,
/// entities decoded, lines and the whole text trimmed.
QString htmlToText(const QString &html);

/// "YYYY-MM-DD HH:MM:SS" (Odoo stores UTC) to a UTC QDateTime; invalid when empty or malformed.
QDateTime parseOdooDateTime(const QString &text);
/// The reverse, for domains.
QString formatOdooDateTime(const QDateTime &utc);

} // namespace OdooParse
} // namespace ysb
