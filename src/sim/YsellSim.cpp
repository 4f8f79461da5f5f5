#include "YsellSim.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <optional>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ysb::sim {

namespace {

const QHash<QString, QString> &statusNames()
{
    // Names from the contract's status list (contracts/ysell-api.md).
    static const QHash<QString, QString> names{
        {u"1"_s, u"Order created"_s},        {u"2"_s, u"To be paid"_s},
        {u"3"_s, u"Order paid"_s},           {u"3.1"_s, u"Reservation error"_s},
        {u"3.2"_s, u"Order without product_id"_s}, {u"3.3"_s, u"Supplier not found"_s},
        {u"3.5"_s, u"Fulfilment error"_s},   {u"4"_s, u"Not in stock"_s},
        {u"4.1"_s, u"Reordered"_s},          {u"5"_s, u"In stock"_s},
        {u"5.1"_s, u"Ready on prep centre"_s}, {u"5.3"_s, u"Label print error"_s},
        {u"6"_s, u"Label printed"_s},        {u"6.3"_s, u"Collecting"_s},
        {u"6.4"_s, u"Collecting"_s},         {u"7"_s, u"Packed"_s},
        {u"7.1"_s, u"Order shipped"_s},      {u"7.2"_s, u"FBA shipped"_s},
        {u"8"_s, u"Cancelled"_s},            {u"9"_s, u"Refunded"_s},
        {u"10"_s, u"Returned"_s},
    };
    return names;
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject fieldError(const QString &field, const QString &message)
{
    return QJsonObject{{"field"_L1, field}, {"message"_L1, message}};
}

// Turns objects whose keys are exactly 0..n-1 into arrays (form fields "items[0][qty]").
QJsonValue arraysFromIndexes(const QJsonValue &value)
{
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = arraysFromIndexes(it.value());
    QMap<int, QJsonValue> indexed;
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        const int i = it.key().toInt(&ok);
        if (!ok || i < 0 || QString::number(i) != it.key())
            return o;
        indexed.insert(i, it.value());
    }
    if (o.isEmpty() || indexed.lastKey() != int(indexed.size()) - 1)
        return o;
    QJsonArray a;
    for (const QJsonValue &v : std::as_const(indexed))
        a.append(v);
    return a;
}

void insertSegments(QJsonObject &object, const QStringList &segments, qsizetype at, const QString &value)
{
    if (at + 1 == segments.size()) {
        object.insert(segments.at(at), value);
        return;
    }
    QJsonObject child = object.value(segments.at(at)).toObject();
    insertSegments(child, segments, at + 1, value);
    object.insert(segments.at(at), child);
}

// multipart/form-data as PHP reads it: "a[b][0]" names nest; every value is text.
std::optional<QJsonObject> parseForm(const QByteArray &contentType, const QByteArray &body)
{
    static const QRegularExpression boundaryRe(u"boundary=\"?([^\";]+)\"?"_s);
    const QRegularExpressionMatch m = boundaryRe.match(QString::fromLatin1(contentType));
    if (!m.hasMatch())
        return std::nullopt;
    const QByteArray delimiter = "--" + m.captured(1).toLatin1();
    static const QRegularExpression nameRe(u"name=\"([^\"]*)\""_s);
    QJsonObject form;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return std::nullopt;
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return QJsonObject(arraysFromIndexes(form).toObject());
        if (body.mid(at, 2) != "\r\n")
            return std::nullopt;
        at += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", at);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), at);
        if (headersEnd < 0 || next < 0 || headersEnd > next)
            return std::nullopt;
        const QString headers = QString::fromUtf8(body.mid(at, headersEnd - at));
        const QString name = nameRe.match(headers).captured(1);
        if (name.isEmpty())
            return std::nullopt;
        const QString value = QString::fromUtf8(body.mid(headersEnd + 4, next - headersEnd - 4));
        QStringList segments{name.section(u'[', 0, 0)};
        static const QRegularExpression indexRe(u"\\[([^\\]]*)\\]"_s);
        auto it = indexRe.globalMatch(name);
        while (it.hasNext())
            segments << it.next().captured(1);
        insertSegments(form, segments, 0, value);
        at = next + 2;
    }
}

// A quantity as JSON sends it (a number) or as a form field sends it (text).
double quantity(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    return ok ? d : 0.0;
}

} // namespace

YsellSim::YsellSim(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.autoAdvanceSecs > 0) {
        connect(&m_autoAdvance, &QTimer::timeout, this, &YsellSim::onAutoAdvance);
        m_autoAdvance.start(m_options.autoAdvanceSecs * 1000);
    }
}

const QStringList &YsellSim::statusChain()
{
    static const QStringList chain{u"1"_s, u"3"_s, u"5.1"_s, u"6"_s, u"7"_s, u"7.1"_s};
    return chain;
}

QString YsellSim::statusName(const QString &code)
{
    const QString name = statusNames().value(code);
    if (!name.isEmpty())
        return name;
    static const QRegularExpression returned(u"^10\\.\\d+$"_s);
    return returned.match(code).hasMatch() ? u"Returned"_s : QString();
}

QString YsellSim::nextStatus(const QString &code)
{
    const QStringList &chain = statusChain();
    const qsizetype at = chain.indexOf(code);
    if (at >= 0)
        return chain.at(std::min(at + 1, chain.size() - 1));
    // Off-chain states before "shipped" (errors, stock states) rejoin the chain at the next step;
    // shipped, cancelled, refunded and returned orders stay where they are.
    const double value = code.toDouble();
    if (value >= 7.1)
        return code;
    for (const QString &step : chain) {
        if (step.toDouble() > value)
            return step;
    }
    return code;
}

QString YsellSim::routeOf(const HttpServerRequest &request)
{
    const QString &path = request.path;
    if (path == "/api/orders/create"_L1)
        return u"create"_s;
    if (path == "/api/orders/status"_L1)
        return request.query.hasQueryItem(u"order_num"_s) && !request.query.hasQueryItem(u"id"_s) ? u"find"_s
                                                                                               : u"status"_s;
    if (path == "/api/v1/order"_L1)
        return request.method == "POST" ? u"create"_s : u"find"_s;
    if (path.startsWith("/api/v1/order/"_L1) && path.size() > 14)
        return u"status"_s;
    return {};
}

void YsellSim::noteRequest(const QString &route)
{
    ++m_requests[route.isEmpty() ? u"other"_s : route];
}

bool YsellSim::admit()
{
    ++m_inflight;
    m_maxInflightSeen = std::max(m_maxInflightSeen, m_inflight);
    return m_options.maxInflight <= 0 || m_inflight <= m_options.maxInflight;
}

void YsellSim::release()
{
    --m_inflight;
}

HttpServerReply YsellSim::handle(const HttpServerRequest &request)
{
    const QByteArray auth = request.header("Authorization");
    const bool bearer = auth.size() > 7 && auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    if (!bearer || m_options.token.isEmpty() || auth.mid(7).trimmed() != m_options.token.toUtf8()) {
        HttpServerReply reply = HttpServerReply::yiiError(401, u"Your request was made with invalid credentials."_s);
        reply.headers.emplaceBack("WWW-Authenticate", "Bearer realm=\"api\"");
        return reply;
    }

    const QString route = routeOf(request);
    if (route.isEmpty())
        return HttpServerReply::yiiError(404, u"Page not found."_s);

    if (route == "create"_L1) {
        if (request.method != "POST") {
            HttpServerReply reply = HttpServerReply::yiiError(405, u"Method Not Allowed. This URL can only handle the following request methods: POST."_s);
            reply.headers.emplaceBack("Allow", "POST");
            return reply;
        }
        return create(request);
    }
    if (request.method != "GET") {
        HttpServerReply reply = HttpServerReply::yiiError(405, u"Method Not Allowed. This URL can only handle the following request methods: GET."_s);
        reply.headers.emplaceBack("Allow", "GET");
        return reply;
    }
    if (route == "find"_L1) {
        const QString number = request.query.queryItemValue(u"order_num"_s, QUrl::FullyDecoded);
        if (number.isEmpty())
            return HttpServerReply::yiiError(400, u"Missing required parameters: order_num"_s);
        return findByNumber(number);
    }
    if (request.path == "/api/orders/status"_L1) {
        const QString id = request.query.queryItemValue(u"id"_s, QUrl::FullyDecoded);
        if (id.isEmpty())
            return HttpServerReply::yiiError(400, u"Missing required parameters: id"_s);
        return statusById(id);
    }
    return statusById(request.path.mid(14)); // "/api/v1/order/{id}"
}

HttpServerReply YsellSim::create(const HttpServerRequest &request)
{
    const QByteArray contentType = request.header("Content-Type");
    const bool multipart = contentType.toLower().startsWith("multipart/form-data");
    if ((m_acceptEncoding == "json"_L1 && multipart) || (m_acceptEncoding == "multipart"_L1 && !multipart)) {
        return HttpServerReply::yiiError(415, u"Unsupported Media Type: this account takes %1 bodies."_s
                                                  .arg(m_acceptEncoding == "json"_L1 ? u"application/json"_s
                                                                                     : u"multipart/form-data"_s));
    }
    QJsonObject payload;
    if (multipart) {
        const std::optional<QJsonObject> form = parseForm(contentType, request.body);
        if (!form)
            return HttpServerReply::yiiError(400, u"Invalid multipart/form-data request body."_s);
        payload = *form;
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return HttpServerReply::yiiError(400, u"Invalid JSON data in request body: Syntax error."_s);
        payload = document.object();
    }
    const QString serialsKey = m_v1Shape ? u"serial_num"_s : u"serial_numbers"_s;

    QJsonArray errors;
    const QJsonValue orderNumValue = payload.value("order_num"_L1);
    const QString orderNum = orderNumValue.isString() ? orderNumValue.toString().trimmed() : QString();
    if (orderNum.isEmpty()) {
        errors.append(fieldError(u"order_num"_s, u"Order Num cannot be blank."_s));
    } else if (const auto it = m_byNumber.constFind(orderNum); it != m_byNumber.cend()) {
        // A repeated create (a retry after a lost answer) names the order it would duplicate.
        ++m_duplicatesRejected;
        const Order &existing = m_orders.at(*it);
        return HttpServerReply::json(
            409, QJsonObject{{"name"_L1, u"Conflict"_s},
                             {"message"_L1, u"Order with order_num \"%1\" already exists (id %2)."_s.arg(orderNum).arg(existing.id)},
                             {"code"_L1, 0},
                             {"status"_L1, 409},
                             {"id"_L1, existing.id}});
    }

    const QJsonValue itemsValue = payload.value("items"_L1);
    const QJsonArray items = itemsValue.toArray();
    if (!itemsValue.isArray() || items.isEmpty())
        errors.append(fieldError(u"items"_s, u"Items cannot be blank."_s));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = u"items[%1]"_s.arg(i);
        if (!items.at(i).isObject()) {
            errors.append(fieldError(prefix, u"Item must be an object."_s));
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        const double qty = quantity(item.value("qty"_L1));
        if (qty <= 0.0) {
            errors.append(fieldError(prefix + u".qty"_s, u"Qty must be greater than 0."_s));
            continue;
        }
        if (m_v1Shape && item.contains("serial_numbers"_L1)) {
            errors.append(fieldError(prefix + u".serial_numbers"_s, u"Unknown field; this account takes serial_num."_s));
            continue;
        }
        QJsonValue serialsValue = item.value(serialsKey);
        if (serialsValue.isUndefined() || serialsValue.isNull())
            continue;
        // Ysell's v1 order keeps the serial numbers of a line as one comma-separated text.
        if (m_v1Shape && serialsValue.isString())
            serialsValue = QJsonArray::fromStringList(serialsValue.toString().split(u',', Qt::SkipEmptyParts));
        if (!serialsValue.isArray()) {
            errors.append(fieldError(prefix + u"."_s + serialsKey, u"Serial numbers must be a list."_s));
            continue;
        }
        const QJsonArray serials = serialsValue.toArray();
        if (double(serials.size()) != qty) {
            errors.append(fieldError(prefix + u"."_s + serialsKey,
                                     u"Serial numbers count (%1) must equal qty (%2)."_s.arg(serials.size()).arg(qty)));
            continue;
        }
        QSet<QString> distinct;
        for (const QJsonValue &serial : serials) {
            if (serial.isString() && !serial.toString().isEmpty())
                distinct.insert(serial.toString());
        }
        if (distinct.size() != serials.size())
            errors.append(fieldError(prefix + u"."_s + serialsKey, u"Serial numbers must be distinct, non-empty strings."_s));
    }
    if (!errors.isEmpty())
        return HttpServerReply::json(422, errors);

    Order order;
    order.id = m_nextId++;
    order.orderNum = orderNum;
    order.payload = payload;
    order.encoding = multipart ? u"multipart"_s : u"json"_s;
    order.createdAt = QDateTime::currentDateTimeUtc();
    setStatus(order, statusChain().first());
    m_byId.insert(order.id, m_orders.size());
    m_byNumber.insert(orderNum, m_orders.size());
    m_orders.push_back(std::move(order));
    ++m_creates;
    if (m_wrappedAnswer) {
        return HttpServerReply::json(
            201, QJsonObject{{"success"_L1, true}, {"data"_L1, QJsonObject{{"order_id"_L1, m_orders.back().id}}}});
    }
    return HttpServerReply::json(201, orderJson(m_orders.back()));
}

HttpServerReply YsellSim::statusById(const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    const auto it = ok ? m_byId.constFind(id) : m_byId.cend();
    if (it == m_byId.cend())
        return HttpServerReply::yiiError(404, u"Object not found: %1"_s.arg(idText));
    return HttpServerReply::json(200, orderJson(m_orders.at(*it)));
}

HttpServerReply YsellSim::findByNumber(const QString &orderNum)
{
    const auto it = m_byNumber.constFind(orderNum);
    if (it == m_byNumber.cend())
        return HttpServerReply::yiiError(404, u"Object not found: %1"_s.arg(orderNum));
    return HttpServerReply::json(200, orderJson(m_orders.at(*it)));
}

QJsonValue YsellSim::statusJson(const QString &code) const
{
    if (m_stringStatus)
        return code == "7.1"_L1 || code == "7.2"_L1 ? u"Done"_s : statusName(code);
    const QString name = statusName(code);
    return QJsonObject{{"code"_L1, code},
                       {"status_name"_L1, name},
                       {"short_description"_L1, u"Status %1: %2"_s.arg(code, name)}};
}

QJsonObject YsellSim::orderJson(const Order &order) const
{
    QJsonArray items;
    const QJsonArray sent = order.payload.value("items"_L1).toArray();
    for (const QJsonValue &value : sent) {
        QJsonObject item = value.toObject();
        if (item.contains("title"_L1))
            item.insert("product"_L1, item.value("title"_L1));
        if (!item.value("serial_num"_L1).isString()) {
            QStringList serials;
            for (const QJsonValue &serial : item.value("serial_numbers"_L1).toArray())
                serials.append(serial.toString());
            item.insert("serial_num"_L1, serials.isEmpty() ? QJsonValue() : QJsonValue(serials.join(u',')));
        }
        items.append(item);
    }
    QJsonArray shipments;
    if (!order.trackingNumber.isEmpty())
        shipments.append(QJsonObject{{"tracking_number"_L1, order.trackingNumber}});
    return QJsonObject{
        {"id"_L1, order.id},
        {"order_num"_L1, order.orderNum},
        {"platform_order_id"_L1, order.orderNum},
        {"ext_order_id"_L1, order.payload.value("ext_order_id"_L1)},
        {"status"_L1, statusJson(order.status)},
        {"items"_L1, items},
        {"shipments"_L1, shipments},
        {"tracking_number"_L1, order.trackingNumber.isEmpty() ? QJsonValue() : QJsonValue(order.trackingNumber)},
        {"created_at"_L1, isoUtc(order.createdAt)},
        {"updated_at"_L1, isoUtc(order.updatedAt)},
    };
}

void YsellSim::setStatus(Order &order, const QString &code)
{
    order.status = code;
    order.updatedAt = QDateTime::currentDateTimeUtc();
    const double value = code.toDouble();
    if (value >= 6.0 && value < 8.0 && order.trackingNumber.isEmpty())
        order.trackingNumber = u"JJD%1"_s.arg(order.id, 12, 10, QLatin1Char('0'));
}

Result<int> YsellSim::advance(const QString &status, const QStringList &orderNums)
{
    if (!status.isEmpty() && statusName(status).isEmpty())
        return Error::plain(ErrorKind::BadRequest, u"Unknown status code \"%1\""_s.arg(status));
    std::vector<size_t> targets;
    if (orderNums.isEmpty()) {
        targets.reserve(m_orders.size());
        for (size_t i = 0; i < m_orders.size(); ++i)
            targets.push_back(i);
    } else {
        QStringList unknown;
        for (const QString &number : orderNums) {
            const auto it = m_byNumber.constFind(number);
            if (it == m_byNumber.cend())
                unknown.append(number);
            else
                targets.push_back(*it);
        }
        if (!unknown.isEmpty())
            return Error::plain(ErrorKind::MissingRecord, u"Unknown order_num: %1"_s.arg(unknown.join(u", ")));
    }
    int changed = 0;
    for (size_t index : targets) {
        Order &order = m_orders[index];
        const QString next = status.isEmpty() ? nextStatus(order.status) : status;
        if (next != order.status) {
            setStatus(order, next);
            ++changed;
        }
    }
    return changed;
}

Status YsellSim::setStatusShape(const QString &shape)
{
    if (shape == "object"_L1)
        m_stringStatus = false;
    else if (shape == "string"_L1)
        m_stringStatus = true;
    else
        return Error::plain(ErrorKind::BadRequest, u"status_shape must be \"object\" or \"string\""_s);
    return Ok{};
}

Status YsellSim::configure(const QJsonObject &settings)
{
    // Checked first, applied after: a wrong value changes nothing.
    auto oneOf = [&settings](const char *key, const QStringList &allowed) -> Status {
        const QJsonValue v = settings.value(QLatin1String(key));
        if (!v.isUndefined() && !allowed.contains(v.toString())) {
            return Error::plain(ErrorKind::BadRequest,
                               u"%1 must be %2"_s.arg(QLatin1String(key), allowed.join(u" or "_s)));
        }
        return Ok{};
    };
    for (const Status &s : {oneOf("status_shape", {u"object"_s, u"string"_s}),
                            oneOf("request_shape", {u"task-statement"_s, u"ysell-v1"_s}),
                            oneOf("request_encoding", {u"any"_s, u"json"_s, u"multipart"_s}),
                            oneOf("create_answer", {u"order"_s, u"wrapped"_s})}) {
        if (!s.ok())
            return s;
    }
    if (settings.contains("status_shape"_L1))
        (void)setStatusShape(settings.value("status_shape"_L1).toString());
    if (settings.contains("request_shape"_L1))
        m_v1Shape = settings.value("request_shape"_L1).toString() == "ysell-v1"_L1;
    if (settings.contains("request_encoding"_L1))
        m_acceptEncoding = settings.value("request_encoding"_L1).toString();
    if (settings.contains("create_answer"_L1))
        m_wrappedAnswer = settings.value("create_answer"_L1).toString() == "wrapped"_L1;
    return Ok{};
}

QJsonObject YsellSim::stats() const
{
    QJsonObject requests;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        requests.insert(it.key(), it.value());
    return QJsonObject{{"creates"_L1, m_creates},
                       {"duplicates_rejected"_L1, m_duplicatesRejected},
                       {"requests"_L1, requests},
                       {"max_inflight_seen"_L1, m_maxInflightSeen},
                       {"inflight"_L1, m_inflight},
                       {"orders"_L1, int(m_orders.size())}};
}

void YsellSim::resetStats()
{
    m_creates = 0;
    m_duplicatesRejected = 0;
    m_requests.clear();
    m_maxInflightSeen = m_inflight;
}

QJsonArray YsellSim::orders() const
{
    QJsonArray array;
    for (const Order &order : m_orders) {
        array.append(QJsonObject{{"id"_L1, order.id},
                                 {"order_num"_L1, order.orderNum},
                                 {"status"_L1, order.status},
                                 {"status_name"_L1, statusName(order.status)},
                                 {"tracking_number"_L1, order.trackingNumber.isEmpty() ? QJsonValue() : QJsonValue(order.trackingNumber)},
                                 {"created_at"_L1, isoUtc(order.createdAt)},
                                 {"updated_at"_L1, isoUtc(order.updatedAt)},
                                 {"encoding"_L1, order.encoding},
                                 {"payload"_L1, order.payload}});
    }
    return array;
}

void YsellSim::onAutoAdvance()
{
    (void)advance({}, {});
}

} // namespace ysb::sim
