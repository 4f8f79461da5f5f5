#include "YsellSim.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return HttpServerReply::yiiError(400, u"Invalid JSON data in request body: Syntax error."_s);
    const QJsonObject payload = document.object();

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
        const QJsonValue qtyValue = item.value("qty"_L1);
        const double qty = qtyValue.toDouble(0.0);
        if (!qtyValue.isDouble() || qty <= 0.0) {
            errors.append(fieldError(prefix + u".qty"_s, u"Qty must be greater than 0."_s));
            continue;
        }
        const QJsonValue serialsValue = item.value("serial_numbers"_L1);
        if (serialsValue.isUndefined() || serialsValue.isNull())
            continue;
        if (!serialsValue.isArray()) {
            errors.append(fieldError(prefix + u".serial_numbers"_s, u"Serial numbers must be a list."_s));
            continue;
        }
        const QJsonArray serials = serialsValue.toArray();
        if (double(serials.size()) != qty) {
            errors.append(fieldError(prefix + u".serial_numbers"_s,
                                     u"Serial numbers count (%1) must equal qty (%2)."_s.arg(serials.size()).arg(qty)));
            continue;
        }
        QSet<QString> distinct;
        for (const QJsonValue &serial : serials) {
            if (serial.isString() && !serial.toString().isEmpty())
                distinct.insert(serial.toString());
        }
        if (distinct.size() != serials.size())
            errors.append(fieldError(prefix + u".serial_numbers"_s, u"Serial numbers must be distinct, non-empty strings."_s));
    }
    if (!errors.isEmpty())
        return HttpServerReply::json(422, errors);

    Order order;
    order.id = m_nextId++;
    order.orderNum = orderNum;
    order.payload = payload;
    order.createdAt = QDateTime::currentDateTimeUtc();
    setStatus(order, statusChain().first());
    m_byId.insert(order.id, m_orders.size());
    m_byNumber.insert(orderNum, m_orders.size());
    m_orders.push_back(std::move(order));
    ++m_creates;
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
        item.insert("product"_L1, item.value("title"_L1));
        QStringList serials;
        for (const QJsonValue &serial : item.value("serial_numbers"_L1).toArray())
            serials.append(serial.toString());
        item.insert("serial_num"_L1, serials.isEmpty() ? QJsonValue() : QJsonValue(serials.join(u',')));
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
        return Error::make(ErrorKind::BadRequest, u"Unknown status code \"%1\""_s.arg(status));
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
            return Error::make(ErrorKind::MissingRecord, u"Unknown order_num: %1"_s.arg(unknown.join(u", ")));
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
        return Error::make(ErrorKind::BadRequest, u"status_shape must be \"object\" or \"string\""_s);
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
                                 {"payload"_L1, order.payload}});
    }
    return array;
}

void YsellSim::onAutoAdvance()
{
    (void)advance({}, {});
}

} // namespace ysb::sim
