#include "odoo/OdooParse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ysb::OdooParse {

namespace {

// Collects the first shape problem while the parse goes on; the caller turns it into one
// Protocol error, so a malformed answer never crashes and never yields half-read records.
class Reader {
public:
    bool ok() const { return m_problem.isEmpty(); }
    Error error(const Text &what) const
    {
        Error e = Error::make(ErrorKind::Protocol,
                              Text(TextKind::OdooSentUnexpectedShape).arg(what),
                              m_problem);
        e.httpStatus = 200;
        return e;
    }

    void fail(const QString &path, const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = path + u": "_s + problem;
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, u"not an object"_s);
        return v.toObject();
    }

    QJsonArray array(const QJsonValue &v, const QString &path)
    {
        if (v.isUndefined() || (v.isBool() && !v.toBool()))
            return {}; // not asked for, or `false` where a list was expected: nothing to read
        if (!v.isArray())
            fail(path, u"not a list"_s);
        return v.toArray();
    }

    static bool isFalse(const QJsonValue &v) { return v.isUndefined() || v.isNull() || (v.isBool() && !v.toBool()); }

    static bool isInteger(const QJsonValue &v)
    {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        return std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15;
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (isFalse(v))
            return {};
        if (!v.isString()) {
            fail(path + u'.' + key, u"not a string or false"_s);
            return {};
        }
        return v.toString();
    }

    double number(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (isFalse(v))
            return 0.0;
        if (!v.isDouble()) {
            fail(path + u'.' + key, u"not a number"_s);
            return 0.0;
        }
        return v.toDouble();
    }

    int recordId(const QJsonObject &o, const QString &path)
    {
        const QJsonValue v = o.value(u"id"_s);
        if (!isInteger(v) || v.toDouble() <= 0) {
            fail(path + u".id"_s, u"missing or not a positive integer"_s);
            return 0;
        }
        return v.toInt();
    }

    // A many2one in any of its three shapes; `name` receives the display name when one is given.
    int many2one(const QJsonValue &v, const QString &path, QString *name = nullptr,
                 const QString &nameKey = u"display_name"_s)
    {
        if (isFalse(v))
            return 0;
        if (isInteger(v) && v.toDouble() > 0)
            return v.toInt();
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            if (a.size() == 2 && isInteger(a.at(0)) && (a.at(1).isString() || isFalse(a.at(1)))) {
                if (name)
                    *name = a.at(1).toString();
                return a.at(0).toInt();
            }
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            const int id = recordId(o, path);
            if (name) {
                const QJsonValue n = o.contains(nameKey) ? o.value(nameKey) : o.value(u"display_name"_s);
                *name = n.isString() ? n.toString() : QString();
            }
            return id;
        }
        fail(path, u"not a many2one (false, id, [id, name] or {id, ...})"_s);
        return 0;
    }

    QDateTime dateTime(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QString s = string(o, key, path);
        if (s.isEmpty())
            return {};
        const QDateTime dt = parseOdooDateTime(s);
        if (!dt.isValid())
            fail(path + u'.' + key, u"not a date-time \"YYYY-MM-DD HH:MM:SS\""_s);
        return dt;
    }

private:
    QString m_problem;
};

Address readAddress(Reader &r, const QJsonValue &v, const QString &path)
{
    Address a;
    if (Reader::isFalse(v))
        return a;
    const QJsonObject o = r.object(v, path);
    if (!r.ok())
        return a;
    a.id = r.recordId(o, path);
    a.name = r.string(o, u"name"_s, path);
    a.street = r.string(o, u"street"_s, path);
    a.street2 = r.string(o, u"street2"_s, path);
    a.city = r.string(o, u"city"_s, path);
    a.zip = r.string(o, u"zip"_s, path);
    a.countryCode = r.string(o, u"country_code"_s, path);
    const QJsonValue state = o.value(u"state_id"_s);
    if (state.isObject()) {
        const QJsonObject s = state.toObject();
        a.stateCode = r.string(s, u"code"_s, path + u".state_id"_s);
        a.stateName = r.string(s, u"name"_s, path + u".state_id"_s);
    } else {
        r.many2one(state, path + u".state_id"_s, &a.stateName);
    }
    a.phone = r.string(o, u"phone"_s, path);
    a.mobile = r.string(o, u"mobile"_s, path);
    a.email = r.string(o, u"email"_s, path);
    return a;
}

// A uom.uom as a bare id / [id, name] or with its details (factor, category_id, rounding).
UnitOfMeasure readUnit(Reader &r, const QJsonValue &v, const QString &path)
{
    UnitOfMeasure u;
    if (!v.isObject()) {
        u.id = r.many2one(v, path, &u.name);
        return u;
    }
    const QJsonObject o = v.toObject();
    u.id = r.recordId(o, path);
    u.name = r.string(o, u"name"_s, path);
    if (o.contains(u"factor"_s))
        u.factor = r.number(o, u"factor"_s, path);
    u.categoryId = r.many2one(o.value(u"category_id"_s), path + u".category_id"_s);
    u.rounding = r.number(o, u"rounding"_s, path);
    return u;
}

Product readProduct(Reader &r, const QJsonValue &v, const QString &path)
{
    Product p;
    if (Reader::isFalse(v))
        return p;
    if (!v.isObject()) {
        p.id = r.many2one(v, path, &p.displayName);
        return p;
    }
    const QJsonObject o = v.toObject();
    p.id = r.recordId(o, path);
    p.displayName = r.string(o, u"display_name"_s, path);
    p.defaultCode = r.string(o, u"default_code"_s, path);
    p.tracking = r.string(o, u"tracking"_s, path);
    p.ysellProductId = r.string(o, u"x_ysell_product_id"_s, path);
    return p;
}

OrderLine readLine(Reader &r, const QJsonValue &v, const QString &path)
{
    OrderLine l;
    const QJsonObject o = r.object(v, path);
    if (!r.ok())
        return l;
    l.id = r.recordId(o, path);
    l.displayType = r.string(o, u"display_type"_s, path);
    l.name = r.string(o, u"name"_s, path);
    l.productUomQty = r.number(o, u"product_uom_qty"_s, path);
    l.uom = readUnit(r, o.value(u"product_uom"_s), path + u".product_uom"_s);
    l.productUomId = l.uom.id;
    l.product = readProduct(r, o.value(u"product_id"_s), path + u".product_id"_s);
    if (const QJsonValue product = o.value(u"product_id"_s); product.isObject() && product.toObject().contains(u"uom_id"_s))
        l.productUnit = readUnit(r, product.toObject().value(u"uom_id"_s), path + u".product_id.uom_id"_s);
    return l;
}

PickingRef readPicking(Reader &r, const QJsonValue &v, const QString &path)
{
    PickingRef p;
    if (!v.isObject()) {
        // picking_ids without sub-specification: a bare id
        p.id = r.many2one(v, path, &p.name);
        return p;
    }
    const QJsonObject o = v.toObject();
    p.id = r.recordId(o, path);
    p.name = r.string(o, u"name"_s, path);
    p.state = r.string(o, u"state"_s, path);
    p.pickingTypeCode = r.string(o, u"picking_type_code"_s, path);
    p.locationId = r.many2one(o.value(u"location_id"_s), path + u".location_id"_s);
    if (o.contains(u"sale_id"_s))
        p.saleId = r.many2one(o.value(u"sale_id"_s), path + u".sale_id"_s);
    return p;
}

SaleOrder readOrder(Reader &r, const QJsonValue &v, const QString &path)
{
    SaleOrder so;
    const QJsonObject o = r.object(v, path);
    if (!r.ok())
        return so;
    so.id = r.recordId(o, path);
    const QString p = so.id ? u"sale.order(%1)"_s.arg(so.id) : path;
    so.name = r.string(o, u"name"_s, p);
    so.state = r.string(o, u"state"_s, p);
    so.dateOrder = r.dateTime(o, u"date_order"_s, p);
    so.writeDate = r.dateTime(o, u"write_date"_s, p);
    so.clientOrderRef = r.string(o, u"client_order_ref"_s, p);
    so.noteHtml = r.string(o, u"note"_s, p);
    so.notePlain = htmlToText(so.noteHtml);
    so.procurementGroupId = r.many2one(o.value(u"procurement_group_id"_s), p + u".procurement_group_id"_s);
    so.warehouseId = r.many2one(o.value(u"warehouse_id"_s), p + u".warehouse_id"_s, &so.warehouseName, u"name"_s);
    so.shipping = readAddress(r, o.value(u"partner_shipping_id"_s), p + u".partner_shipping_id"_s);
    const QJsonArray lines = r.array(o.value(u"order_line"_s), p + u".order_line"_s);
    for (qsizetype i = 0; i < lines.size() && r.ok(); ++i)
        so.lines << readLine(r, lines.at(i), p + u".order_line[%1]"_s.arg(i));
    const QJsonArray picks = r.array(o.value(u"picking_ids"_s), p + u".picking_ids"_s);
    for (qsizetype i = 0; i < picks.size() && r.ok(); ++i)
        so.pickings << readPicking(r, picks.at(i), p + u".picking_ids[%1]"_s.arg(i));
    so.hasYsellFields = o.contains(u"x_ysell_order_id"_s) || o.contains(u"x_ysell_state"_s);
    so.ysellOrderId = r.string(o, u"x_ysell_order_id"_s, p);
    so.ysellState = r.string(o, u"x_ysell_state"_s, p);
    return so;
}

template <typename T, typename F>
Result<QList<T>> readRecords(const QJsonValue &result, const Text &what, F readOne)
{
    Reader r;
    QList<T> out;
    const QJsonArray a = r.array(result, u"result"_s);
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        const QString path = u"result[%1]"_s.arg(i);
        const QJsonObject o = r.object(a.at(i), path);
        if (r.ok())
            out << readOne(r, o, path);
    }
    if (!r.ok())
        return r.error(what);
    return out;
}

} // namespace

QDateTime parseOdooDateTime(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text.trimmed(), u"yyyy-MM-dd HH:mm:ss"_s);
    if (!dt.isValid())
        return {};
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

QString formatOdooDateTime(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

Result<SaleOrderPage> orderPage(const QJsonValue &result)
{
    Reader r;
    SaleOrderPage page;
    const QJsonObject o = r.object(result, u"result"_s);
    if (r.ok()) {
        const QJsonValue length = o.value(u"length"_s);
        if (!Reader::isInteger(length) || length.toDouble() < 0)
            r.fail(u"result.length"_s, u"missing or not a count"_s);
        page.length = length.toInt();
        const QJsonValue records = o.value(u"records"_s);
        if (!records.isArray())
            r.fail(u"result.records"_s, u"missing or not a list"_s);
        const QJsonArray a = records.toArray();
        for (qsizetype i = 0; i < a.size() && r.ok(); ++i)
            page.orders << readOrder(r, a.at(i), u"result.records[%1]"_s.arg(i));
    }
    if (!r.ok())
        return r.error(Text(TextKind::SalesOrders));
    return page;
}

Result<QList<MoveLineSerial>> moveLineSerials(const QJsonValue &result)
{
    return readRecords<MoveLineSerial>(
        result, Text(TextKind::ReservedSerialNumbers),
        [](Reader &r, const QJsonObject &o, const QString &path) {
            MoveLineSerial s;
            s.id = r.recordId(o, path);
            s.pickingId = r.many2one(o.value(u"picking_id"_s), path + u".picking_id"_s);
            s.moveId = r.many2one(o.value(u"move_id"_s), path + u".move_id"_s);
            s.productId = r.many2one(o.value(u"product_id"_s), path + u".product_id"_s);
            s.lotId = r.many2one(o.value(u"lot_id"_s), path + u".lot_id"_s, &s.lotName, u"name"_s);
            if (s.lotName.isEmpty())
                s.lotName = r.string(o, u"lot_name"_s, path);
            s.quantity = r.number(o, u"quantity"_s, path);
            return s;
        });
}

void attachOrderIds(QList<MoveLineSerial> &serials, const QList<SaleOrder> &orders)
{
    QHash<int, int> orderOfPicking;
    for (const SaleOrder &so : orders) {
        for (const PickingRef &p : so.pickings)
            orderOfPicking.insert(p.id, so.id);
    }
    for (MoveLineSerial &s : serials) {
        const auto it = orderOfPicking.constFind(s.pickingId);
        if (it != orderOfPicking.cend())
            s.orderId = it.value();
    }
}

Result<QList<PickingRef>> pickings(const QJsonValue &result)
{
    return readRecords<PickingRef>(result, Text(TextKind::Pickings),
                                   [](Reader &r, const QJsonObject &o, const QString &path) {
                                       return readPicking(r, o, path);
                                   });
}

Result<QList<LocationRef>> locations(const QJsonValue &result)
{
    return readRecords<LocationRef>(
        result, Text(TextKind::StockLocations),
        [](Reader &r, const QJsonObject &o, const QString &path) {
            LocationRef l;
            l.id = r.recordId(o, path);
            l.name = r.string(o, u"name"_s, path);
            l.completeName = r.string(o, u"complete_name"_s, path);
            l.usage = r.string(o, u"usage"_s, path);
            l.warehouseId = r.many2one(o.value(u"warehouse_id"_s), path + u".warehouse_id"_s, &l.warehouseName,
                                       u"name"_s);
            return l;
        });
}

Result<QList<PickingTypeRef>> pickingTypes(const QJsonValue &result)
{
    return readRecords<PickingTypeRef>(
        result, Text(TextKind::OperationTypes),
        [](Reader &r, const QJsonObject &o, const QString &path) {
            PickingTypeRef t;
            t.id = r.recordId(o, path);
            t.name = r.string(o, u"name"_s, path);
            t.code = r.string(o, u"code"_s, path);
            t.warehouseId = r.many2one(o.value(u"warehouse_id"_s), path + u".warehouse_id"_s, &t.warehouseName,
                                       u"name"_s);
            return t;
        });
}

Result<ServerVersion> serverVersion(const QJsonValue &result)
{
    Reader r;
    ServerVersion v;
    const QJsonObject o = r.object(result, u"result"_s);
    if (r.ok()) {
        v.serie = r.string(o, u"server_serie"_s, u"result"_s);
        v.version = r.string(o, u"server_version"_s, u"result"_s);
        const QJsonArray info = o.value(u"server_version_info"_s).toArray();
        if (!info.isEmpty() && Reader::isInteger(info.at(0)))
            v.major = info.at(0).toInt();
        else
            v.major = v.serie.section(u'.', 0, 0).toInt();
        if (v.major <= 0)
            r.fail(u"result.server_version_info"_s, u"no major version"_s);
    }
    if (!r.ok())
        return r.error(Text(TextKind::ItsVersion));
    return v;
}

Result<int> uid(const QJsonValue &result)
{
    if (result.isBool() && !result.toBool())
        return 0;
    if (Reader::isInteger(result) && result.toDouble() > 0)
        return result.toInt();
    Reader r;
    r.fail(u"result"_s, u"neither a user id nor false"_s);
    return r.error(Text(TextKind::SignAnswer));
}

Result<int> objectReference(const QJsonValue &result, const QString &model)
{
    const QJsonArray a = result.toArray();
    if (result.isArray() && a.size() == 2 && a.at(0).toString() == model && Reader::isInteger(a.at(1)))
        return a.at(1).toInt();
    Reader r;
    r.fail(u"result"_s, u"not [\"%1\", id]"_s.arg(model));
    return r.error(Text(TextKind::RecordReference));
}

Result<QStringList> fieldsGetKeys(const QString &model, const QJsonValue &result)
{
    if (!result.isObject()) {
        Reader r;
        r.fail(u"result"_s, u"not an object of field descriptions"_s);
        return r.error(Text(TextKind::FieldList));
    }
    QStringList keys;
    const QJsonObject o = result.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        keys << model + u'/' + it.key();
    return keys;
}

Result<QHash<QString, int>> modelIds(const QJsonValue &result)
{
    QHash<QString, int> ids;
    auto records = readRecords<std::pair<QString, int>>(
        result, Text(TextKind::ModelList),
        [](Reader &r, const QJsonObject &o, const QString &path) {
            return std::pair<QString, int>(r.string(o, u"model"_s, path), r.recordId(o, path));
        });
    if (!records)
        return records.error();
    for (const auto &[model, id] : records.value())
        ids.insert(model, id);
    return ids;
}

QString htmlToText(const QString &html)
{
    if (html.isEmpty())
        return {};
    QString s = html;
    // Source line breaks are mere whitespace in HTML; only markup makes lines.
    static const QRegularExpression spaceRun(u"\\s+"_s);
    s.replace(spaceRun, u" "_s);
    static const QRegularExpression dropped(u"<(script|style)\\b[^>]*>.*?</\\1\\s*>"_s,
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    s.remove(dropped);
    static const QRegularExpression br(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    s.replace(br, u"\n"_s);
    static const QRegularExpression blockEnd(u"</(p|div|li|h[1-6]|tr|blockquote|pre|ul|ol|table)\\s*>"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    s.replace(blockEnd, u"\n"_s);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    s.remove(tag);

    // Entities last, so that an escaped "&lt;b&gt;" stays visible text.
    static const QRegularExpression entity(u"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"_s);
    static const QHash<QString, QString> named{
        {u"amp"_s, u"&"_s},  {u"lt"_s, u"<"_s},     {u"gt"_s, u">"_s},        {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s}, {u"nbsp"_s, u" "_s},   {u"ndash"_s, u"\u2013"_s}, {u"mdash"_s, u"\u2014"_s},
        {u"laquo"_s, u"\u00ab"_s}, {u"raquo"_s, u"\u00bb"_s}, {u"hellip"_s, u"\u2026"_s},
        {u"euro"_s, u"\u20ac"_s}, {u"copy"_s, u"\u00a9"_s},
    };
    QString out;
    out.reserve(s.size());
    qsizetype pos = 0;
    auto it = entity.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(s).mid(pos, m.capturedStart() - pos);
        const QString name = m.captured(1);
        QString replacement = m.captured(0);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = (name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X'))
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else if (named.contains(name)) {
            replacement = named.value(name);
        }
        out += replacement;
        pos = m.capturedEnd();
    }
    out += QStringView(s).mid(pos);

    QStringList lines;
    for (const QString &line : out.split(u'\n')) {
        const QString t = line.trimmed();
        // Empty paragraphs (<p><br></p>) leave at most one blank line.
        if (t.isEmpty() && (lines.isEmpty() || lines.last().isEmpty()))
            continue;
        lines << t;
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace ysb::OdooParse
