#include "ysell/YsellParse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ysb::YsellParse {

namespace {

constexpr qsizetype MaxMessageChars = 600;

Error protocol(const Text &message, const QString &detail, bool maybeSent = false)
{
    Error e = Error::make(ErrorKind::Protocol, message, detail);
    e.requestMaybeSent = maybeSent;
    return e;
}

// Ids and codes arrive as strings or numbers depending on the Ysell version.
QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    return {};
}

QDateTime parseTime(const QJsonValue &v)
{
    if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() > 0 && v.toDouble() < 1e11)
        return QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC);
    if (!v.isString())
        return {};
    const QString text = v.toString().trimmed();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        // Yii2's default DB format, without a zone: Ysell runs on UTC.
        t = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
        if (t.isValid())
            t.setTimeSpec(Qt::UTC);
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString clip(QString text)
{
    text = text.simplified();
    if (text.size() > MaxMessageChars)
        text = text.left(MaxMessageChars - 1) + u'…';
    return text;
}

QString fieldMessages(const QJsonValue &errors)
{
    QStringList parts;
    auto add = [&parts](const QString &field, const QJsonValue &msg) {
        QStringList texts;
        if (msg.isArray()) {
            for (const QJsonValue &m : msg.toArray())
                if (m.isString())
                    texts << m.toString().trimmed();
        } else if (msg.isString()) {
            texts << msg.toString().trimmed();
        }
        texts.removeAll(QString());
        if (texts.isEmpty())
            return;
        parts << (field.isEmpty() ? texts.join(u' ') : field + u": "_s + texts.join(u' '));
    };
    if (errors.isArray()) {
        for (const QJsonValue &item : errors.toArray()) {
            if (item.isObject())
                add(scalarText(item[u"field"_s]), item[u"message"_s]);
            else
                add({}, item);
        }
    } else if (errors.isObject()) {
        const QJsonObject obj = errors.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            add(it.key(), it.value());
    }
    return parts.join(u"; "_s);
}

QString existingIdIn(const QJsonValue &body)
{
    if (!body.isObject())
        return {};
    const QJsonObject obj = body.toObject();
    for (const QString &key : {u"existing_id"_s, u"id"_s, u"order_id"_s}) {
        const QString id = scalarText(obj.value(key));
        if (!id.isEmpty())
            return id;
    }
    for (const QString &key : {u"order"_s, u"existing"_s, u"data"_s}) {
        const QJsonValue nested = obj.value(key);
        if (nested.isObject()) {
            const QString id = scalarText(nested[u"id"_s]);
            if (!id.isEmpty())
                return id;
        }
    }
    return {};
}

const QRegularExpression &duplicateWords()
{
    static const QRegularExpression re(u"already|taken|exist|duplicate|unique"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A Yii2 unique validator answers 422 [{"field":"order_num","message":"… has already been taken."}].
bool namesDuplicateOrderNum(const QJsonValue &body)
{
    QJsonArray items;
    if (body.isArray())
        items = body.toArray();
    else if (body.isObject() && body[u"errors"_s].isArray())
        items = body[u"errors"_s].toArray();
    for (const QJsonValue &item : std::as_const(items)) {
        if (item.isObject() && item[u"field"_s].toString() == u"order_num"_s
            && duplicateWords().match(item[u"message"_s].toString()).hasMatch())
            return true;
    }
    if (body.isObject() && body[u"errors"_s].isObject()) {
        const QJsonValue msgs = body[u"errors"_s][u"order_num"_s];
        const QString text = msgs.isArray() ? msgs.toArray().toVariantList().value(0).toString() : msgs.toString();
        if (duplicateWords().match(text).hasMatch())
            return true;
    }
    return false;
}

Result<QJsonValue> jsonOrProtocol(const HttpResponse &response, bool maybeSent)
{
    Result<QJsonValue> parsed = json(response.body);
    if (!parsed.ok()) {
        Error e = parsed.error();
        e.requestMaybeSent = maybeSent;
        e.httpStatus = response.status;
        return e;
    }
    return parsed;
}

// Some installations wrap the order: {"data": {...}} or {"order": {...}}, or answer a one-element list.
QJsonValue unwrapOrder(const QJsonValue &v)
{
    if (v.isArray() && v.toArray().size() == 1)
        return v.toArray().first();
    if (v.isObject() && !v.toObject().contains(u"id"_s)) {
        for (const QString &key : {u"data"_s, u"order"_s}) {
            if (v[key].isObject())
                return v[key];
        }
    }
    return v;
}

} // namespace

Result<QJsonValue> json(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return protocol(Text(TextKind::YsellSentEmptyAnswerWhere), u"empty body"_s);

    // Qt's parser has its own limit, but nothing here needs more than a handful of levels;
    // refusing early keeps hostile answers cheap.
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char ch : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (ch == '\\')
                escaped = true;
            else if (ch == '"')
                inString = false;
            continue;
        }
        if (ch == '"') {
            inString = true;
        } else if (ch == '[' || ch == '{') {
            if (++depth > MaxDepth) {
                return protocol(Text(TextKind::YsellsAnswerNestedToo),
                                u"json nesting > %1"_s.arg(MaxDepth));
            }
        } else if (ch == ']' || ch == '}') {
            --depth;
        }
    }

    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || doc.isNull()) {
        return protocol(Text(TextKind::YsellsAnswerNotValid),
                        u"invalid json at %1: %2"_s.arg(err.offset).arg(err.errorString()));
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

Result<YsellStatus> status(const QJsonValue &value, const YsellStatusRules &rules)
{
    if (value.isObject()) {
        const QJsonObject obj = value.toObject();
        QString code = scalarText(obj.value(u"code"_s));
        if (code.isEmpty())
            code = scalarText(obj.value(u"id"_s));
        if (code.isEmpty()) {
            return protocol(Text(TextKind::YsellSentOrderStatusWithout), u"status object without code"_s);
        }
        QString name;
        for (const QString &key : {u"status_name"_s, u"name"_s, u"title"_s}) {
            if (obj.value(key).isString() && !obj.value(key).toString().trimmed().isEmpty()) {
                name = obj.value(key).toString();
                break;
            }
        }
        return rules.make(code, name);
    }
    const QString code = scalarText(value);
    if (code.isEmpty())
        return protocol(Text(TextKind::YsellSentOrderStatusBridge2), u"status of unexpected type"_s);
    return rules.make(code);
}

QJsonValue valueAt(const QJsonValue &value, const QString &path)
{
    QJsonValue v = value;
    for (const QString &key : path.split(u'.')) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(key);
    }
    return v;
}

namespace {

// A scalar status is a code ("7.1", or a word in the done set such as "Done") or a name the
// contract's table knows ("Order shipped" → 7.1); anything else stands for itself.
YsellStatus scalarStatus(const QString &text, const YsellStatusRules &rules)
{
    static const QRegularExpression codeLike(u"^\\d+(\\.\\d+)?$"_s);
    if (codeLike.match(text).hasMatch() || rules.doneSet().contains(text, Qt::CaseInsensitive))
        return rules.make(text);
    const QString code = YsellStatusRules::codeForName(text);
    return code.isEmpty() ? rules.make(text) : rules.make(code, text);
}

QString nameBeside(const QJsonValue &parent, bool orderLevel)
{
    if (!parent.isObject())
        return {};
    // On the order itself "name" could be anything; only inside a status object it is the status's.
    const QStringList keys = orderLevel ? QStringList{u"status_name"_s}
                                        : QStringList{u"status_name"_s, u"name"_s, u"title"_s};
    for (const QString &key : keys) {
        const QJsonValue v = parent.toObject().value(key);
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
    }
    return {};
}

} // namespace

Result<YsellOrderInfo> order(const QJsonValue &value, const YsellStatusRules &rules, const YsellAnswerPaths &paths)
{
    if (!value.isObject())
        return protocol(Text(TextKind::YsellsAnswerNotOrder), u"order is not an object"_s);
    const QJsonObject obj = value.toObject();
    YsellOrderInfo info;
    info.id = scalarText(obj.value(u"id"_s));
    if (info.id.isEmpty())
        return protocol(Text(TextKind::YsellsAnswerHasNo2), u"order without id"_s);
    info.orderNum = scalarText(obj.value(u"order_num"_s));
    info.extOrderId = scalarText(obj.value(u"ext_order_id"_s));

    const QString statusPath = paths.status.isEmpty() ? u"status"_s : paths.status;
    const QJsonValue statusValue = valueAt(obj, statusPath);
    if (!statusValue.isUndefined() && !statusValue.isNull()) {
        if (statusValue.isObject()) {
            const Result<YsellStatus> st = status(statusValue, rules);
            if (!st.ok())
                return st.error();
            info.status = st.value();
        } else {
            const QString text = scalarText(statusValue);
            if (text.isEmpty()) {
                return protocol(Text(TextKind::YsellSentOrderStatusBridge).arg(statusPath),
                                u"status of unexpected type at "_s + statusPath);
            }
            info.status = scalarStatus(text, rules);
            const qsizetype dot = statusPath.lastIndexOf(u'.');
            const QString besideName = dot < 0 ? nameBeside(obj, true)
                                               : nameBeside(valueAt(obj, statusPath.left(dot)), false);
            if (!besideName.isEmpty() && besideName != statusValue.toString().trimmed())
                info.status.name = besideName;
        }
        if (!paths.statusName.isEmpty()) {
            const QString named = scalarText(valueAt(obj, paths.statusName));
            if (!named.isEmpty())
                info.status.name = named;
        }
    }

    for (const QString &key : {u"tracking_number"_s, u"track_number"_s, u"tracking"_s}) {
        info.tracking = scalarText(obj.value(key));
        if (!info.tracking.isEmpty())
            break;
    }
    if (info.tracking.isEmpty() && obj.value(u"shipments"_s).isArray()) {
        // The latest shipment carries the number the customer can follow.
        const QJsonArray shipments = obj.value(u"shipments"_s).toArray();
        for (qsizetype i = shipments.size() - 1; i >= 0 && info.tracking.isEmpty(); --i) {
            if (shipments.at(i).isObject())
                info.tracking = scalarText(shipments.at(i)[u"tracking_number"_s]);
        }
    }
    info.updatedAt = parseTime(obj.value(u"updated_at"_s));
    return info;
}

QString serverMessage(const QJsonValue &value)
{
    if (value.isString())
        return clip(value.toString());
    if (value.isArray())
        return clip(fieldMessages(value));
    if (!value.isObject())
        return {};
    const QJsonObject obj = value.toObject();
    QString message = obj.value(u"message"_s).isString() ? obj.value(u"message"_s).toString().trimmed() : QString();
    if (message.isEmpty() && obj.value(u"error"_s).isString())
        message = obj.value(u"error"_s).toString().trimmed();
    if (message.isEmpty() && obj.value(u"name"_s).isString())
        message = obj.value(u"name"_s).toString().trimmed();
    const QString fields = fieldMessages(obj.value(u"errors"_s));
    if (!fields.isEmpty())
        message = message.isEmpty() ? fields : message + u" ("_s + fields + u')';
    return clip(message);
}

Error httpError(const HttpResponse &response, bool isCreate, const QDateTime &nowUtc)
{
    const int s = response.status;
    const Result<QJsonValue> parsed = json(response.body);
    const QJsonValue body = parsed.ok() ? parsed.value() : QJsonValue();
    const QString said = serverMessage(body);
    const QString remoteName = body.isObject() && body[u"name"_s].isString() ? body[u"name"_s].toString() : QString();
    auto withSaid = [&said](const Text &text) {
        return said.isEmpty() ? text : Text(TextKind::WithYsellSaid).arg(text).arg(said);
    };

    Error e;
    if (s == 401) {
        e = Error::make(ErrorKind::BadCredentials, Text(TextKind::YsellTokenRefused));
    } else if (s == 403) {
        e = Error::make(ErrorKind::AccessRights,
                        withSaid(Text(TextKind::YsellAccessRefused)));
    } else if (s == 404) {
        e = isCreate ? Error::make(ErrorKind::Config, Text(TextKind::YsellCreateRouteUnknown))
                     : Error::make(ErrorKind::MissingRecord, withSaid(Text(TextKind::YsellOrderUnknown)));
    } else if (isCreate && (s == 409 || (s == 422 && (!existingIdIn(body).isEmpty() || namesDuplicateOrderNum(body)
                                                        || duplicateWords().match(said).hasMatch())))) {
        const QString existing = existingIdIn(body);
        e = Error::make(ErrorKind::AlreadyExists, existing.isEmpty() ? Text(TextKind::YsellHasNumber)
                                                                      : Text(TextKind::YsellHasOrder).arg(existing));
        e.existingId = existing;
    } else if (s == 422) {
        e = Error::make(ErrorKind::Validation,
                        said.isEmpty() ? Text(TextKind::YsellRejectedData)
                                       : Text(TextKind::YsellRejectedDataSaid).arg(said));
    } else if (s == 400) {
        e = Error::make(ErrorKind::BadRequest, withSaid(Text(TextKind::YsellBadRequest)));
    } else if (s == 429 || s == 503) {
        const std::optional<qint64> wait = response.retryAfterSecs(nowUtc);
        e = Error::make(ErrorKind::RateLimited, wait ? Text(TextKind::YsellBusyWait).arg(s).arg(*wait)
                                                     : Text(TextKind::YsellBusy).arg(s));
        e.retryAfterSecs = wait;
    } else if (s >= 500) {
        e = Error::make(ErrorKind::Http,
                        withSaid(Text(isCreate ? TextKind::YsellServerProblemCreate : TextKind::YsellServerProblem).arg(s)));
        // The server had the request and failed somewhere: it may have stored the order.
        e.requestMaybeSent = true;
    } else if (s >= 300 && s < 400) {
        const QUrl target = QUrl::fromEncoded(response.header("Location"));
        e = Error::make(ErrorKind::Http,
                        Text(TextKind::YsellRedirected).arg(s).arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    } else {
        e = Error::make(ErrorKind::Http, withSaid(Text(TextKind::YsellHttp).arg(s)));
    }
    e.httpStatus = s;
    e.remoteClass = remoteName;
    e.detail = u"HTTP %1"_s.arg(s) + (remoteName.isEmpty() ? QString() : u' ' + remoteName);
    return e;
}

Result<YsellOrderInfo> createAnswer(const HttpResponse &response, const YsellStatusRules &rules,
                                    const QDateTime &nowUtc, const YsellAnswerPaths &paths)
{
    if (response.status < 200 || response.status >= 300)
        return httpError(response, true, nowUtc);
    // Ysell said yes: whatever goes wrong below, the order may exist now.
    const Result<QJsonValue> parsed = jsonOrProtocol(response, true);
    auto read = [&]() -> Result<YsellOrderInfo> {
        if (!parsed.ok())
            return parsed.error();
        if (paths.id.isEmpty() || paths.id == u"id"_s)
            return order(unwrapOrder(parsed.value()), rules, paths);
        // The id sits elsewhere ({"success": true, "data": {"order_id": 98001}}): the rest of the
        // order, if the answer carries it, is read as usual.
        const QString id = scalarText(valueAt(parsed.value(), paths.id));
        if (id.isEmpty()) {
            return protocol(Text(TextKind::YsellsAnswerHasNo).arg(paths.id),
                            u"no id at "_s + paths.id);
        }
        const QJsonValue unwrapped = unwrapOrder(parsed.value());
        QJsonObject obj = unwrapped.isObject() ? unwrapped.toObject() : QJsonObject();
        obj.insert(u"id"_s, id);
        return order(obj, rules, paths);
    };
    Result<YsellOrderInfo> info = read();
    if (!info.ok()) {
        Error e = info.error();
        e.requestMaybeSent = true;
        e.httpStatus = response.status;
        e.text = Text(TextKind::YsellAnswerUnreadable).arg(e.asText());
        e.message = e.text.render();
        return e;
    }
    return info;
}

Result<YsellOrderInfo> statusAnswer(const HttpResponse &response, const YsellStatusRules &rules,
                                    const QDateTime &nowUtc, const YsellAnswerPaths &paths)
{
    if (response.status < 200 || response.status >= 300)
        return httpError(response, false, nowUtc);
    const Result<QJsonValue> parsed = jsonOrProtocol(response, false);
    if (!parsed.ok())
        return parsed.error();
    Result<YsellOrderInfo> info = order(unwrapOrder(parsed.value()), rules, paths);
    if (info.ok() && info->status.code.isEmpty()) {
        return protocol(Text(TextKind::YsellsAnswerAboutOrder).arg(paths.status),
                        u"order without status"_s);
    }
    return info;
}

Result<std::optional<YsellOrderInfo>> findAnswer(const HttpResponse &response, const QString &orderNum,
                                                 const YsellStatusRules &rules, const QDateTime &nowUtc,
                                                 const YsellAnswerPaths &paths)
{
    using Found = std::optional<YsellOrderInfo>;
    if (response.status == 404 || response.status == 204)
        return Found();
    if (response.status < 200 || response.status >= 300)
        return httpError(response, false, nowUtc);
    const Result<QJsonValue> parsed = jsonOrProtocol(response, false);
    if (!parsed.ok())
        return parsed.error();
    QJsonValue v = parsed.value();
    if (v.isObject() && !v.toObject().contains(u"id"_s)) {
        for (const QString &key : {u"items"_s, u"data"_s}) {
            if (v[key].isArray() || v[key].isObject()) {
                v = v[key];
                break;
            }
        }
    }

    if (v.isArray()) {
        const QJsonArray list = v.toArray();
        for (const QJsonValue &item : list) {
            if (!item.isObject())
                return protocol(Text(TextKind::YsellsListOrdersHolds),
                                u"list item is not an object"_s);
            if (scalarText(item[u"order_num"_s]) != orderNum)
                continue;
            Result<YsellOrderInfo> info = order(item, rules, paths);
            if (!info.ok())
                return info.error();
            return Found(info.value());
        }
        bool ok = false;
        const int pages = response.header("X-Pagination-Page-Count").trimmed().toInt(&ok);
        if (!list.isEmpty() && ok && pages > 1) {
            // A filter Ysell does not know is ignored: the list is then all orders, page by page,
            // and "not on page 1" proves nothing.
            return protocol(Text(TextKind::YsellAnsweredSearchOrderWith2).arg(orderNum),
                            u"find filter ignored (%1 pages)"_s.arg(pages));
        }
        return Found();
    }

    Result<YsellOrderInfo> info = order(v, rules, paths);
    if (!info.ok())
        return info.error();
    if (info->orderNum.isEmpty()) {
        info->orderNum = orderNum;
    } else if (info->orderNum != orderNum) {
        return protocol(Text(TextKind::YsellAnsweredSearchOrderWith).arg(orderNum).arg(info->orderNum),
                        u"find answered another order"_s);
    }
    return Found(info.value());
}

} // namespace ysb::YsellParse
