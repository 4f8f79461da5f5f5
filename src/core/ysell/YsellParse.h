#pragma once

#include "Result.h"
#include "net/HttpTypes.h"
#include "ysell/YsellMapping.h"
#include "ysell/YsellOrderInfo.h"
#include "ysell/YsellStatus.h"

#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace ysb {

/// Pure functions turning Ysell answers into values (no I/O, so they can be fuzzed). Wrong
/// shapes, invalid or too deeply nested JSON become Protocol errors, never a crash.
namespace YsellParse {

/// Deeper JSON than this is refused before Qt's parser sees it.
inline constexpr int MaxDepth = 32;

/// The body as JSON; Protocol error when empty, invalid or nested deeper than MaxDepth.
Result<QJsonValue> json(const QByteArray &body);

/// The value at a dotted path ("status.code") inside `value`; undefined when any step is missing.
QJsonValue valueAt(const QJsonValue &value, const QString &path);

/// An order object ({"id", "order_num", "status", "tracking_number", "updated_at"}); the status is
/// read where `paths` say.
Result<YsellOrderInfo> order(const QJsonValue &value, const YsellStatusRules &rules,
                             const YsellAnswerPaths &paths = {});
/// A status as an object with "code" (and "status_name") or as a bare string / number.
Result<YsellStatus> status(const QJsonValue &value, const YsellStatusRules &rules);

/// A readable text from an error body: Yii2 {"name","message",...}, 422 [{"field","message"}],
/// or {"errors": {...}}; empty when the body says nothing readable.
QString serverMessage(const QJsonValue &value);

/// The error for a non-2xx answer. `isCreate` enables duplicate detection (409/422 →
/// AlreadyExists with existingId) and marks a 5xx as "outcome unknown".
Error httpError(const HttpResponse &response, bool isCreate, const QDateTime &nowUtc);

/// Answer to POST create: the new order, or AlreadyExists / Validation / … errors.
/// The id is read at paths.id (default "id", in the order or a {"data"}/{"order"} wrapper).
Result<YsellOrderInfo> createAnswer(const HttpResponse &response, const YsellStatusRules &rules,
                                    const QDateTime &nowUtc, const YsellAnswerPaths &paths = {});
/// Answer to GET status by id.
Result<YsellOrderInfo> statusAnswer(const HttpResponse &response, const YsellStatusRules &rules,
                                    const QDateTime &nowUtc, const YsellAnswerPaths &paths = {});
/// Answer to GET find by order number: nullopt for 404 or an empty list; a list yields the
/// element whose order_num matches (Ysell may ignore an unknown filter and list everything).
Result<std::optional<YsellOrderInfo>> findAnswer(const HttpResponse &response, const QString &orderNum,
                                                 const YsellStatusRules &rules, const QDateTime &nowUtc,
                                                 const YsellAnswerPaths &paths = {});

} // namespace YsellParse

} // namespace ysb
