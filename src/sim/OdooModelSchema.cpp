#include "OdooModelSchema.h"

#include <QDate>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace ysb::sim {

namespace {

using Sel = QList<std::pair<QString, QString>>;

const Sel kTracking = {{u"serial"_s, u"By Unique Serial Number"_s}, {u"lot"_s, u"By Lots"_s}, {u"none"_s, u"No Tracking"_s}};
const Sel kProductType = {{u"consu"_s, u"Consumable"_s}, {u"service"_s, u"Service"_s}, {u"product"_s, u"Storable Product"_s}};
const Sel kMoveState = {{u"draft"_s, u"New"_s},
                        {u"waiting"_s, u"Waiting Another Move"_s},
                        {u"confirmed"_s, u"Waiting Availability"_s},
                        {u"partially_available"_s, u"Partially Available"_s},
                        {u"assigned"_s, u"Available"_s},
                        {u"done"_s, u"Done"_s},
                        {u"cancel"_s, u"Cancelled"_s}};
const Sel kPickingState = {{u"draft"_s, u"Draft"_s},   {u"waiting"_s, u"Waiting Another Operation"_s},
                           {u"confirmed"_s, u"Waiting"_s}, {u"assigned"_s, u"Ready"_s},
                           {u"done"_s, u"Done"_s},     {u"cancel"_s, u"Cancelled"_s}};
const Sel kTtypes = {{u"char"_s, u"char"_s},         {u"text"_s, u"text"_s},         {u"html"_s, u"html"_s},
                     {u"integer"_s, u"integer"_s},   {u"float"_s, u"float"_s},       {u"boolean"_s, u"boolean"_s},
                     {u"selection"_s, u"selection"_s}, {u"date"_s, u"date"_s},       {u"datetime"_s, u"datetime"_s},
                     {u"many2one"_s, u"many2one"_s}, {u"one2many"_s, u"one2many"_s}, {u"many2many"_s, u"many2many"_s},
                     {u"monetary"_s, u"monetary"_s}, {u"binary"_s, u"binary"_s}};

QJsonValue setDefault(QJsonObject &vals, const QString &key, const QJsonValue &v)
{
    if (!vals.contains(key))
        vals.insert(key, v);
    return vals.value(key);
}

QJsonArray idArray(const QList<int> &ids)
{
    QJsonArray a;
    for (int id : ids)
        a.append(id);
    return a;
}

bool isInternal(const OdooStore &s, int locationId)
{
    return s.str(u"stock.location"_s, locationId, u"usage"_s) == u"internal"_s;
}

QList<int> movesOfPicking(const OdooStore &s, int pickingId)
{
    return s.referencing(u"stock.move"_s, u"picking_id"_s, pickingId);
}

QList<int> linesOfMove(const OdooStore &s, int moveId)
{
    return s.referencing(u"stock.move.line"_s, u"move_id"_s, moveId);
}

FieldType typeOf(const QString &ttype)
{
    static const QHash<QString, FieldType> map = {
        {u"char"_s, FieldType::Char},         {u"text"_s, FieldType::Text},         {u"html"_s, FieldType::Html},
        {u"integer"_s, FieldType::Integer},   {u"float"_s, FieldType::Float},       {u"monetary"_s, FieldType::Float},
        {u"boolean"_s, FieldType::Boolean},   {u"selection"_s, FieldType::Selection}, {u"date"_s, FieldType::Date},
        {u"datetime"_s, FieldType::Datetime}, {u"many2one"_s, FieldType::Many2one}, {u"one2many"_s, FieldType::One2many},
        {u"many2many"_s, FieldType::Many2many}, {u"binary"_s, FieldType::Char},
    };
    return map.value(ttype, FieldType::Char);
}

QString ttypeOf(FieldType t)
{
    switch (t) {
    case FieldType::Id: return u"integer"_s;
    case FieldType::Char: return u"char"_s;
    case FieldType::Text: return u"text"_s;
    case FieldType::Html: return u"html"_s;
    case FieldType::Integer: return u"integer"_s;
    case FieldType::Float: return u"float"_s;
    case FieldType::Boolean: return u"boolean"_s;
    case FieldType::Selection: return u"selection"_s;
    case FieldType::Date: return u"date"_s;
    case FieldType::Datetime: return u"datetime"_s;
    case FieldType::Many2one: return u"many2one"_s;
    case FieldType::One2many: return u"one2many"_s;
    case FieldType::Many2many: return u"many2many"_s;
    }
    return u"char"_s;
}

// Move state after its move lines changed (reservation), as Odoo shows it.
void recomputeMoveState(OdooStore &s, int moveId)
{
    const QString state = s.str(u"stock.move"_s, moveId, u"state"_s);
    if (state == u"done"_s || state == u"cancel"_s)
        return;
    const double qty = s.num(u"stock.move"_s, moveId, u"quantity"_s);
    const double demand = s.num(u"stock.move"_s, moveId, u"product_uom_qty"_s);
    if (qty <= 0) {
        // A draft move stays draft; a confirmed one whose reservation went waits for stock again.
        if (state == u"assigned"_s || state == u"partially_available"_s)
            s.setRaw(u"stock.move"_s, moveId, u"state"_s, u"confirmed"_s);
        return;
    }
    // A move line with a quantity reserves its move even in a draft picking (tag 4l.moves.read.after_ml).
    s.setRaw(u"stock.move"_s, moveId, u"state"_s, qty + 1e-9 >= demand ? u"assigned"_s : u"partially_available"_s);
}

int findQuant(const OdooStore &s, int productId, int locationId, int lotId)
{
    // A serial has one or two quants: look them up by lot, not through all quants of the product.
    const QList<int> candidates = lotId > 0 ? s.referencing(u"stock.quant"_s, u"lot_id"_s, lotId)
                                            : s.referencing(u"stock.quant"_s, u"product_id"_s, productId);
    for (int q : candidates) {
        if (s.m2o(u"stock.quant"_s, q, u"location_id"_s) == locationId && s.m2o(u"stock.quant"_s, q, u"lot_id"_s) == lotId)
            return q;
    }
    return 0;
}

void reserveOnQuant(OdooStore &s, int productId, int locationId, int lotId, double qty)
{
    if (productId <= 0 || locationId <= 0 || qty == 0)
        return;
    int q = findQuant(s, productId, locationId, lotId);
    if (q == 0) {
        // Odoo records the reservation on an empty quant when nothing is there (see tag 4g.quant.read).
        auto c = s.create(u"stock.quant"_s, QJsonObject{{u"product_id"_s, productId},
                                                        {u"location_id"_s, locationId},
                                                        {u"lot_id"_s, lotId > 0 ? QJsonValue(lotId) : QJsonValue(false)},
                                                        {u"quantity"_s, 0.0}});
        if (!c)
            return;
        q = c.value();
    }
    s.setRaw(u"stock.quant"_s, q, u"reserved_quantity"_s,
             std::max(0.0, s.num(u"stock.quant"_s, q, u"reserved_quantity"_s) + qty));
}

void onChange(OdooStore &s, const QString &model, int id, const QJsonObject &vals, bool created)
{
    if (model == u"stock.move.line"_s) {
        if (created) {
            reserveOnQuant(s, s.m2o(model, id, u"product_id"_s), s.m2o(model, id, u"location_id"_s),
                           s.m2o(model, id, u"lot_id"_s), s.num(model, id, u"quantity"_s));
        }
        if (const int move = s.m2o(model, id, u"move_id"_s); move > 0)
            recomputeMoveState(s, move);
    } else if (model == u"stock.move"_s && vals.contains(u"lot_ids"_s)) {
        // Writing lot_ids on a move creates the move lines (tag 4g.D.move.write_lot_ids).
        QSet<int> present;
        for (int ml : linesOfMove(s, id))
            present.insert(s.m2o(u"stock.move.line"_s, ml, u"lot_id"_s));
        const QJsonArray lots = s.raw(model, id, u"lot_ids"_s).toArray();
        QList<int> wanted;
        for (const auto &cmd : vals.value(u"lot_ids"_s).toArray()) {
            const QJsonArray c = cmd.toArray();
            if (cmd.isDouble())
                wanted.append(cmd.toInt());
            else if (c.size() > 2 && c.at(0).toInt() == 6)
                for (const auto &l : c.at(2).toArray())
                    wanted.append(l.toInt());
            else if (c.size() > 1 && c.at(0).toInt() == 4)
                wanted.append(c.at(1).toInt());
        }
        Q_UNUSED(lots)
        for (int lot : wanted) {
            if (present.contains(lot))
                continue;
            auto r = s.create(u"stock.move.line"_s,
                              QJsonObject{{u"move_id"_s, id},
                                          {u"picking_id"_s, s.raw(model, id, u"picking_id"_s)},
                                          {u"product_id"_s, s.raw(model, id, u"product_id"_s)},
                                          {u"lot_id"_s, lot},
                                          {u"quantity"_s, 1},
                                          {u"location_id"_s, s.raw(model, id, u"location_id"_s)},
                                          {u"location_dest_id"_s, s.raw(model, id, u"location_dest_id"_s)}});
            Q_UNUSED(r)
        }
    }
}

void defineModels(OdooStore &s)
{
    // --- base -----------------------------------------------------------------------------
    {
        auto &m = s.addModel(u"res.company"_s, u"Companies"_s, u"sequence, name"_s);
        m.addField(u"name"_s, FieldType::Char, u"Company Name"_s).required = true;
        m.addField(u"sequence"_s, FieldType::Integer, u"Sequence"_s);
    }
    {
        auto &m = s.addModel(u"res.currency"_s, u"Currency"_s, u"active desc, name"_s);
        m.addField(u"name"_s, FieldType::Char, u"Currency"_s).required = true;
        m.addField(u"symbol"_s, FieldType::Char, u"Symbol"_s);
        m.addField(u"active"_s, FieldType::Boolean, u"Active"_s);
    }
    {
        auto &m = s.addModel(u"res.groups"_s, u"Access Groups"_s, u"name"_s);
        m.addField(u"name"_s, FieldType::Char, u"Name"_s).required = true;
    }
    {
        auto &m = s.addModel(u"res.country"_s, u"Country"_s, u"name"_s);
        m.addField(u"name"_s, FieldType::Char, u"Country Name"_s).required = true;
        m.addField(u"code"_s, FieldType::Char, u"Country Code"_s);
    }
    {
        auto &m = s.addModel(u"res.country.state"_s, u"Country state"_s, u"code"_s);
        m.addField(u"name"_s, FieldType::Char, u"State Name"_s).required = true;
        m.addField(u"code"_s, FieldType::Char, u"State Code"_s).required = true;
        m.addField(u"country_id"_s, FieldType::Many2one, u"Country"_s, u"res.country"_s).required = true;
        m.displayName = [](const OdooStore &st, const OdooRecord &r) -> QString {
            const int country = st.m2o(u"res.country.state"_s, r.id, u"country_id"_s);
            return u"%1 (%2)"_s.arg(st.str(u"res.country.state"_s, r.id, u"name"_s),
                                    st.str(u"res.country"_s, country, u"code"_s));
        };
    }
    {
        auto &m = s.addModel(u"res.partner"_s, u"Contact"_s, u"display_name, id desc"_s);
        m.addField(u"name"_s, FieldType::Char, u"Name"_s);
        for (const auto &[n, label] : QList<std::pair<QString, QString>>{{u"street"_s, u"Street"_s},
                                                                        {u"street2"_s, u"Street2"_s},
                                                                        {u"city"_s, u"City"_s},
                                                                        {u"zip"_s, u"Zip"_s},
                                                                        {u"phone"_s, u"Phone"_s},
                                                                        {u"mobile"_s, u"Mobile"_s},
                                                                        {u"email"_s, u"Email"_s},
                                                                        {u"ref"_s, u"Reference"_s},
                                                                        {u"lang"_s, u"Language"_s},
                                                                        {u"vat"_s, u"Tax ID"_s}})
            m.addField(n, FieldType::Char, label);
        m.addField(u"country_id"_s, FieldType::Many2one, u"Country"_s, u"res.country"_s);
        m.addField(u"state_id"_s, FieldType::Many2one, u"State"_s, u"res.country.state"_s);
        m.addField(u"parent_id"_s, FieldType::Many2one, u"Related Company"_s, u"res.partner"_s);
        auto &children = m.addField(u"child_ids"_s, FieldType::One2many, u"Contact"_s, u"res.partner"_s);
        children.inverse = u"parent_id"_s;
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
        m.addField(u"is_company"_s, FieldType::Boolean, u"Is a Company"_s);
        m.addField(u"active"_s, FieldType::Boolean, u"Active"_s);
        m.addField(u"type"_s, FieldType::Selection, u"Address Type"_s).selection = {
            {u"contact"_s, u"Contact"_s}, {u"invoice"_s, u"Invoice Address"_s}, {u"delivery"_s, u"Delivery Address"_s},
            {u"private"_s, u"Private Address"_s}, {u"other"_s, u"Other Address"_s}};
        m.addField(u"country_code"_s, FieldType::Char, u"Country Code"_s).compute = [](const OdooStore &st, const OdooRecord &r) {
            const int c = st.m2o(u"res.partner"_s, r.id, u"country_id"_s);
            return c > 0 ? st.raw(u"res.country"_s, c, u"code"_s) : QJsonValue(false);
        };
        m.addField(u"commercial_company_name"_s, FieldType::Char, u"Company Name Entity"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                int p = r.id;
                for (int depth = 0; p > 0 && depth < 10; ++depth) {
                    if (st.raw(u"res.partner"_s, p, u"is_company"_s).toBool())
                        return st.raw(u"res.partner"_s, p, u"name"_s);
                    p = st.m2o(u"res.partner"_s, p, u"parent_id"_s);
                }
                return QJsonValue(false);
            };
        m.addField(u"contact_address"_s, FieldType::Char, u"Complete Address"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                const auto f = [&](const char16_t *n) { return st.str(u"res.partner"_s, r.id, QString::fromUtf16(n)); };
                QStringList lines;
                for (const QString &l : {f(u"street"), f(u"street2"), QString(f(u"zip") + u' ' + f(u"city")).trimmed(),
                                         st.str(u"res.country"_s, st.m2o(u"res.partner"_s, r.id, u"country_id"_s), u"name"_s)})
                    if (!l.isEmpty())
                        lines.append(l);
                return QJsonValue(lines.join(u'\n'));
            };
        m.displayName = [](const OdooStore &st, const OdooRecord &r) -> QString {
            const QString name = st.str(u"res.partner"_s, r.id, u"name"_s);
            const int parent = st.m2o(u"res.partner"_s, r.id, u"parent_id"_s);
            if (parent > 0 && !st.raw(u"res.partner"_s, r.id, u"is_company"_s).toBool())
                return st.str(u"res.partner"_s, parent, u"name"_s) + u", "_s + name;
            return name;
        };
        m.defaults = [](OdooStore &, QJsonObject &v) {
            setDefault(v, u"active"_s, true);
            setDefault(v, u"type"_s, u"contact"_s);
        };
    }
    {
        auto &m = s.addModel(u"res.users"_s, u"User"_s, u"name, login"_s);
        m.addField(u"name"_s, FieldType::Char, u"Name"_s);
        m.addField(u"login"_s, FieldType::Char, u"Login"_s).required = true;
        m.addField(u"partner_id"_s, FieldType::Many2one, u"Related Partner"_s, u"res.partner"_s);
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
        m.addField(u"tz"_s, FieldType::Char, u"Timezone"_s);
        m.addField(u"lang"_s, FieldType::Char, u"Language"_s);
        m.addField(u"active"_s, FieldType::Boolean, u"Active"_s);
    }
    {
        auto &c = s.addModel(u"uom.category"_s, u"Product UoM Categories"_s, u"name"_s);
        c.addField(u"name"_s, FieldType::Char, u"Unit of Measure Category"_s).required = true;
        auto &m = s.addModel(u"uom.uom"_s, u"Product Unit of Measure"_s, u"factor DESC, id"_s);
        m.addField(u"name"_s, FieldType::Char, u"Unit of Measure"_s).required = true;
        m.addField(u"category_id"_s, FieldType::Many2one, u"Category"_s, u"uom.category"_s).required = true;
        m.addField(u"factor"_s, FieldType::Float, u"Ratio"_s);
        m.addField(u"rounding"_s, FieldType::Float, u"Rounding Precision"_s);
        m.addField(u"uom_type"_s, FieldType::Selection, u"Type"_s).selection = {
            {u"bigger"_s, u"Bigger than the reference Unit of Measure"_s},
            {u"reference"_s, u"Reference Unit of Measure for this category"_s},
            {u"smaller"_s, u"Smaller than the reference Unit of Measure"_s}};
        m.addField(u"active"_s, FieldType::Boolean, u"Active"_s);
    }
    // --- product ----------------------------------------------------------------------------
    {
        auto &m = s.addModel(u"product.template"_s, u"Product"_s, u"name"_s);
        m.addField(u"name"_s, FieldType::Char, u"Name"_s).required = true;
        m.addField(u"default_code"_s, FieldType::Char, u"Internal Reference"_s);
        m.displayName = [](const OdooStore &st, const OdooRecord &r) -> QString {
            const QString code = st.str(u"product.template"_s, r.id, u"default_code"_s);
            const QString name = st.str(u"product.template"_s, r.id, u"name"_s);
            return code.isEmpty() ? name : u"[%1] %2"_s.arg(code, name);
        };
    }
    {
        auto &m = s.addModel(u"product.product"_s, u"Product Variant"_s, u"default_code, name, id"_s);
        m.addField(u"name"_s, FieldType::Char, u"Name"_s).required = true;
        m.addField(u"default_code"_s, FieldType::Char, u"Internal Reference"_s);
        m.addField(u"barcode"_s, FieldType::Char, u"Barcode"_s);
        m.addField(u"tracking"_s, FieldType::Selection, u"Tracking"_s).selection = kTracking;
        m.addField(u"detailed_type"_s, FieldType::Selection, u"Product Type"_s).selection = kProductType;
        m.addField(u"type"_s, FieldType::Selection, u"Type"_s).selection = kProductType;
        m.addField(u"uom_id"_s, FieldType::Many2one, u"Unit of Measure"_s, u"uom.uom"_s);
        m.addField(u"product_tmpl_id"_s, FieldType::Many2one, u"Product Template"_s, u"product.template"_s);
        m.addField(u"list_price"_s, FieldType::Float, u"Sales Price"_s);
        m.addField(u"standard_price"_s, FieldType::Float, u"Cost"_s);
        m.addField(u"active"_s, FieldType::Boolean, u"Active"_s);
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
        const auto stockQty = [](bool free) {
            return [free](const OdooStore &st, const OdooRecord &r) {
                double sum = 0;
                for (int q : st.referencing(u"stock.quant"_s, u"product_id"_s, r.id)) {
                    if (!isInternal(st, st.m2o(u"stock.quant"_s, q, u"location_id"_s)))
                        continue;
                    sum += st.num(u"stock.quant"_s, q, u"quantity"_s);
                    if (free)
                        sum -= st.num(u"stock.quant"_s, q, u"reserved_quantity"_s);
                }
                return QJsonValue(sum);
            };
        };
        m.addField(u"qty_available"_s, FieldType::Float, u"Quantity On Hand"_s).compute = stockQty(false);
        m.addField(u"free_qty"_s, FieldType::Float, u"Free To Use Quantity"_s).compute = stockQty(true);
        m.displayName = [](const OdooStore &st, const OdooRecord &r) -> QString {
            const QString code = st.str(u"product.product"_s, r.id, u"default_code"_s);
            const QString name = st.str(u"product.product"_s, r.id, u"name"_s);
            return code.isEmpty() ? name : u"[%1] %2"_s.arg(code, name);
        };
        m.defaults = [](OdooStore &st, QJsonObject &v) {
            setDefault(v, u"active"_s, true);
            setDefault(v, u"tracking"_s, u"none"_s);
            const QJsonValue t = setDefault(v, u"detailed_type"_s, u"consu"_s);
            setDefault(v, u"type"_s, t);
            setDefault(v, u"uom_id"_s, odooids::kUnits);
            setDefault(v, u"list_price"_s, 1.0);
            if (!v.contains(u"product_tmpl_id"_s) && v.value(u"name"_s).isString()) {
                auto tmpl = st.create(u"product.template"_s, QJsonObject{{u"name"_s, v.value(u"name"_s)},
                                                                         {u"default_code"_s, v.value(u"default_code"_s)}});
                if (tmpl)
                    v.insert(u"product_tmpl_id"_s, tmpl.value());
            }
        };
        m.constraint = [](const OdooStore &st, const OdooRecord &r) -> Status {
            const QString barcode = r.values.value(u"barcode"_s).toString();
            if (barcode.isEmpty())
                return Ok{};
            const OdooModel *pm = st.model(u"product.product"_s);
            QStringList holders;
            for (const auto &[id, other] : pm->records) {
                if (id != r.id && other.values.value(u"barcode"_s).toString() == barcode)
                    holders.append(st.displayName(u"product.product"_s, id));
            }
            if (holders.isEmpty())
                return Ok{};
            holders.append(r.values.value(u"name"_s).toString());
            return odooFault(u"odoo.exceptions.ValidationError"_s,
                             u"Barcode(s) already assigned:\n\n- Barcode \"%1\" already assigned to product(s): %2\n\n"
                             u"Note: products that you don't have access to will not be shown above."_s.arg(
                                 barcode, holders.join(u", "_s)));
        };
    }
    // --- stock ------------------------------------------------------------------------------
    {
        auto &m = s.addModel(u"stock.location"_s, u"Inventory Locations"_s, u"complete_name, id"_s);
        m.addField(u"name"_s, FieldType::Char, u"Location Name"_s).required = true;
        m.addField(u"usage"_s, FieldType::Selection, u"Location Type"_s).selection = {
            {u"supplier"_s, u"Vendor Location"_s}, {u"view"_s, u"View"_s},
            {u"internal"_s, u"Internal Location"_s}, {u"customer"_s, u"Customer Location"_s},
            {u"inventory"_s, u"Inventory Loss"_s}, {u"production"_s, u"Production"_s},
            {u"transit"_s, u"Transit Location"_s}};
        m.addField(u"location_id"_s, FieldType::Many2one, u"Parent Location"_s, u"stock.location"_s);
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
        m.addField(u"active"_s, FieldType::Boolean, u"Active"_s);
        m.addField(u"complete_name"_s, FieldType::Char, u"Full Location Name"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) { return QJsonValue(st.displayName(u"stock.location"_s, r.id)); };
        m.addField(u"warehouse_id"_s, FieldType::Many2one, u"Warehouse"_s, u"stock.warehouse"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                int loc = r.id;
                for (int depth = 0; loc > 0 && depth < 16; ++depth) {
                    const QList<int> wh = st.referencing(u"stock.warehouse"_s, u"view_location_id"_s, loc);
                    if (!wh.isEmpty())
                        return QJsonValue(wh.first());
                    loc = st.m2o(u"stock.location"_s, loc, u"location_id"_s);
                }
                return QJsonValue(false);
            };
        m.displayName = [](const OdooStore &st, const OdooRecord &r) -> QString {
            // Odoo 17: a view location's full name is its own name; others prefix the parent's.
            const QString name = st.str(u"stock.location"_s, r.id, u"name"_s);
            const int parent = st.m2o(u"stock.location"_s, r.id, u"location_id"_s);
            if (parent > 0 && st.str(u"stock.location"_s, r.id, u"usage"_s) != u"view"_s)
                return st.displayName(u"stock.location"_s, parent) + u'/' + name;
            return name;
        };
        m.defaults = [](OdooStore &, QJsonObject &v) {
            setDefault(v, u"usage"_s, u"internal"_s);
            setDefault(v, u"active"_s, true);
            setDefault(v, u"company_id"_s, odooids::kCompany);
        };
    }
    {
        auto &m = s.addModel(u"stock.warehouse"_s, u"Warehouse"_s, u"sequence,id"_s);
        m.addField(u"name"_s, FieldType::Char, u"Warehouse"_s).required = true;
        m.addField(u"code"_s, FieldType::Char, u"Short Name"_s);
        m.addField(u"sequence"_s, FieldType::Integer, u"Sequence"_s);
        m.addField(u"lot_stock_id"_s, FieldType::Many2one, u"Location Stock"_s, u"stock.location"_s);
        m.addField(u"view_location_id"_s, FieldType::Many2one, u"View Location"_s, u"stock.location"_s);
        m.addField(u"out_type_id"_s, FieldType::Many2one, u"Out Type"_s, u"stock.picking.type"_s);
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
    }
    {
        auto &m = s.addModel(u"stock.picking.type"_s, u"Picking Type"_s, u"sequence, id"_s);
        m.addField(u"name"_s, FieldType::Char, u"Operation Type"_s).required = true;
        m.addField(u"code"_s, FieldType::Selection, u"Type of Operation"_s).selection = {
            {u"incoming"_s, u"Receipt"_s}, {u"outgoing"_s, u"Delivery"_s}, {u"internal"_s, u"Internal Transfer"_s}};
        m.addField(u"sequence"_s, FieldType::Integer, u"Sequence"_s);
        m.addField(u"sequence_code"_s, FieldType::Char, u"Sequence Prefix"_s);
        m.addField(u"next_number"_s, FieldType::Integer, u"Next Number"_s);
        m.addField(u"warehouse_id"_s, FieldType::Many2one, u"Warehouse"_s, u"stock.warehouse"_s);
        m.addField(u"default_location_src_id"_s, FieldType::Many2one, u"Default Source Location"_s, u"stock.location"_s);
        m.addField(u"default_location_dest_id"_s, FieldType::Many2one, u"Default Destination Location"_s, u"stock.location"_s);
        m.addField(u"use_create_lots"_s, FieldType::Boolean, u"Create New Lots/Serial Numbers"_s);
        m.addField(u"use_existing_lots"_s, FieldType::Boolean, u"Use Existing Lots/Serial Numbers"_s);
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
        m.displayName = [](const OdooStore &st, const OdooRecord &r) -> QString {
            const int wh = st.m2o(u"stock.picking.type"_s, r.id, u"warehouse_id"_s);
            const QString name = st.str(u"stock.picking.type"_s, r.id, u"name"_s);
            return wh > 0 ? st.str(u"stock.warehouse"_s, wh, u"name"_s) + u": "_s + name : name;
        };
    }
    {
        auto &m = s.addModel(u"procurement.group"_s, u"Procurement Group"_s, u"id desc"_s);
        m.addField(u"name"_s, FieldType::Char, u"Reference"_s).required = true;
        m.addField(u"sale_id"_s, FieldType::Many2one, u"Sale Order"_s, u"sale.order"_s);
        m.addField(u"partner_id"_s, FieldType::Many2one, u"Partner"_s, u"res.partner"_s);
    }
    {
        auto &m = s.addModel(u"stock.lot"_s, u"Lot/Serial"_s, u"name, id"_s);
        m.addField(u"name"_s, FieldType::Char, u"Lot/Serial Number"_s).required = true;
        m.addField(u"product_id"_s, FieldType::Many2one, u"Product"_s, u"product.product"_s).required = true;
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
        m.addField(u"ref"_s, FieldType::Char, u"Internal Reference"_s);
        m.addField(u"product_qty"_s, FieldType::Float, u"On Hand Quantity"_s).compute = [](const OdooStore &st, const OdooRecord &r) {
            double sum = 0;
            for (int q : st.referencing(u"stock.quant"_s, u"lot_id"_s, r.id)) {
                if (isInternal(st, st.m2o(u"stock.quant"_s, q, u"location_id"_s)))
                    sum += st.num(u"stock.quant"_s, q, u"quantity"_s);
            }
            return QJsonValue(sum);
        };
        m.addField(u"location_id"_s, FieldType::Many2one, u"Location"_s, u"stock.location"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                for (int q : st.referencing(u"stock.quant"_s, u"lot_id"_s, r.id)) {
                    const int loc = st.m2o(u"stock.quant"_s, q, u"location_id"_s);
                    if (isInternal(st, loc) && st.num(u"stock.quant"_s, q, u"quantity"_s) > 0)
                        return QJsonValue(loc);
                }
                return QJsonValue(false);
            };
        m.defaults = [](OdooStore &, QJsonObject &v) { setDefault(v, u"company_id"_s, odooids::kCompany); };
    }
    {
        auto &m = s.addModel(u"stock.quant"_s, u"Quants"_s, u"id"_s);
        m.addField(u"product_id"_s, FieldType::Many2one, u"Product"_s, u"product.product"_s).required = true;
        m.addField(u"location_id"_s, FieldType::Many2one, u"Location"_s, u"stock.location"_s).required = true;
        m.addField(u"lot_id"_s, FieldType::Many2one, u"Lot/Serial Number"_s, u"stock.lot"_s);
        m.addField(u"quantity"_s, FieldType::Float, u"Quantity"_s);
        m.addField(u"reserved_quantity"_s, FieldType::Float, u"Reserved Quantity"_s);
        m.addField(u"inventory_quantity"_s, FieldType::Float, u"Counted Quantity"_s);
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
        m.displayName = [](const OdooStore &st, const OdooRecord &r) -> QString {
            const int lot = st.m2o(u"stock.quant"_s, r.id, u"lot_id"_s);
            const QString loc = st.displayName(u"stock.location"_s, st.m2o(u"stock.quant"_s, r.id, u"location_id"_s));
            return lot > 0 ? loc + u" - "_s + st.str(u"stock.lot"_s, lot, u"name"_s) : loc;
        };
        m.defaults = [](OdooStore &, QJsonObject &v) { setDefault(v, u"company_id"_s, odooids::kCompany); };
    }
    // --- sale ---------------------------------------------------------------------------------
    {
        auto &m = s.addModel(u"sale.order"_s, u"Sales Order"_s, u"date_order desc, id desc"_s);
        m.addField(u"name"_s, FieldType::Char, u"Order Reference"_s).required = true;
        m.addField(u"state"_s, FieldType::Selection, u"Status"_s).selection = {
            {u"draft"_s, u"Quotation"_s}, {u"sent"_s, u"Quotation Sent"_s}, {u"sale"_s, u"Sales Order"_s},
            {u"cancel"_s, u"Cancelled"_s}};
        m.addField(u"date_order"_s, FieldType::Datetime, u"Order Date"_s).required = true;
        m.addField(u"client_order_ref"_s, FieldType::Char, u"Customer Reference"_s);
        m.addField(u"note"_s, FieldType::Html, u"Terms and conditions"_s);
        m.addField(u"partner_id"_s, FieldType::Many2one, u"Customer"_s, u"res.partner"_s).required = true;
        m.addField(u"partner_invoice_id"_s, FieldType::Many2one, u"Invoice Address"_s, u"res.partner"_s);
        m.addField(u"partner_shipping_id"_s, FieldType::Many2one, u"Delivery Address"_s, u"res.partner"_s);
        auto &lines = m.addField(u"order_line"_s, FieldType::One2many, u"Order Lines"_s, u"sale.order.line"_s);
        lines.inverse = u"order_id"_s;
        m.addField(u"procurement_group_id"_s, FieldType::Many2one, u"Procurement Group"_s, u"procurement.group"_s);
        m.addField(u"warehouse_id"_s, FieldType::Many2one, u"Warehouse"_s, u"stock.warehouse"_s);
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
        m.addField(u"currency_id"_s, FieldType::Many2one, u"Currency"_s, u"res.currency"_s);
        m.addField(u"user_id"_s, FieldType::Many2one, u"Salesperson"_s, u"res.users"_s);
        m.addField(u"locked"_s, FieldType::Boolean, u"Locked"_s);
        m.addField(u"picking_ids"_s, FieldType::One2many, u"Transfers"_s, u"stock.picking"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                QList<int> pickings = st.referencing(u"stock.picking"_s, u"sale_id"_s, r.id);
                const int group = st.m2o(u"sale.order"_s, r.id, u"procurement_group_id"_s);
                if (group > 0) {
                    for (int mv : st.referencing(u"stock.move"_s, u"group_id"_s, group)) {
                        const int p = st.m2o(u"stock.move"_s, mv, u"picking_id"_s);
                        if (p > 0)
                            pickings.append(p);
                    }
                }
                std::sort(pickings.begin(), pickings.end());
                pickings.erase(std::unique(pickings.begin(), pickings.end()), pickings.end());
                return QJsonValue(idArray(pickings));
            };
        m.field(u"picking_ids"_s);
        m.addField(u"delivery_count"_s, FieldType::Integer, u"Delivery Orders"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                return QJsonValue(st.raw(u"sale.order"_s, r.id, u"picking_ids"_s).toArray().size());
            };
        m.addField(u"delivery_status"_s, FieldType::Selection, u"Delivery Status"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                if (st.str(u"sale.order"_s, r.id, u"state"_s) != u"sale"_s)
                    return QJsonValue(false);
                int done = 0, open = 0;
                for (const auto &p : st.raw(u"sale.order"_s, r.id, u"picking_ids"_s).toArray()) {
                    const QString ps = st.str(u"stock.picking"_s, p.toInt(), u"state"_s);
                    if (ps == u"done"_s)
                        ++done;
                    else if (ps != u"cancel"_s)
                        ++open;
                }
                return QJsonValue(done == 0 ? u"pending"_s : (open == 0 ? u"full"_s : u"partial"_s));
            };
        m.field(u"delivery_status"_s);
        m.addField(u"amount_total"_s, FieldType::Float, u"Total"_s).compute = [](const OdooStore &st, const OdooRecord &r) {
            double sum = 0;
            for (int l : st.referencing(u"sale.order.line"_s, u"order_id"_s, r.id))
                sum += st.num(u"sale.order.line"_s, l, u"product_uom_qty"_s) * st.num(u"sale.order.line"_s, l, u"price_unit"_s);
            return QJsonValue(sum);
        };
        m.defaults = [](OdooStore &st, QJsonObject &v) {
            const OdooModel *so = st.model(u"sale.order"_s);
            setDefault(v, u"name"_s, u"S%1"_s.arg(so->nextId, 5, 10, QChar(u'0')));
            setDefault(v, u"state"_s, u"draft"_s);
            setDefault(v, u"date_order"_s, st.now());
            setDefault(v, u"partner_shipping_id"_s, v.value(u"partner_id"_s));
            setDefault(v, u"partner_invoice_id"_s, v.value(u"partner_id"_s));
            setDefault(v, u"warehouse_id"_s, odooids::kWarehouse);
            setDefault(v, u"company_id"_s, odooids::kCompany);
            setDefault(v, u"currency_id"_s, 1);
            setDefault(v, u"user_id"_s, odooids::kAdminUid);
            setDefault(v, u"locked"_s, false);
        };
    }
    {
        auto &m = s.addModel(u"sale.order.line"_s, u"Sales Order Line"_s, u"order_id, sequence, id"_s);
        m.addField(u"order_id"_s, FieldType::Many2one, u"Order Reference"_s, u"sale.order"_s).required = true;
        m.addField(u"sequence"_s, FieldType::Integer, u"Sequence"_s);
        m.addField(u"display_type"_s, FieldType::Selection, u"Display Type"_s).selection = {
            {u"line_section"_s, u"Section"_s}, {u"line_note"_s, u"Note"_s}};
        m.addField(u"name"_s, FieldType::Text, u"Description"_s).required = true;
        m.addField(u"product_id"_s, FieldType::Many2one, u"Product"_s, u"product.product"_s);
        m.addField(u"product_uom_qty"_s, FieldType::Float, u"Quantity"_s);
        m.addField(u"product_uom"_s, FieldType::Many2one, u"Unit of Measure"_s, u"uom.uom"_s);
        m.addField(u"price_unit"_s, FieldType::Float, u"Unit Price"_s);
        m.addField(u"qty_delivered"_s, FieldType::Float, u"Delivery Quantity"_s);
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
        auto &moves = m.addField(u"move_ids"_s, FieldType::One2many, u"Stock Moves"_s, u"stock.move"_s);
        moves.inverse = u"sale_line_id"_s;
        m.addField(u"order_partner_id"_s, FieldType::Many2one, u"Customer"_s, u"res.partner"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                return st.raw(u"sale.order"_s, st.m2o(u"sale.order.line"_s, r.id, u"order_id"_s), u"partner_id"_s);
            };
        m.addField(u"state"_s, FieldType::Selection, u"Order Status"_s).compute = [](const OdooStore &st, const OdooRecord &r) {
            return st.raw(u"sale.order"_s, st.m2o(u"sale.order.line"_s, r.id, u"order_id"_s), u"state"_s);
        };
        m.field(u"state"_s);
        const_cast<OdooField *>(m.field(u"state"_s))->selection = s.model(u"sale.order"_s)->field(u"state"_s)->selection;
        m.displayName = [](const OdooStore &st, const OdooRecord &r) -> QString {
            const int order = st.m2o(u"sale.order.line"_s, r.id, u"order_id"_s);
            const QString name = st.str(u"sale.order.line"_s, r.id, u"name"_s).section(u'\n', 0, 0);
            const int partner = st.m2o(u"sale.order"_s, order, u"partner_id"_s);
            QString out = st.str(u"sale.order"_s, order, u"name"_s) + u" - "_s + name;
            if (partner > 0)
                out += u" ("_s + st.str(u"res.partner"_s, partner, u"name"_s) + u")"_s;
            return out;
        };
        m.defaults = [](OdooStore &st, QJsonObject &v) {
            setDefault(v, u"sequence"_s, 10);
            setDefault(v, u"company_id"_s, odooids::kCompany);
            const bool display = v.value(u"display_type"_s).isString();
            const int product = v.value(u"product_id"_s).toInt(0);
            if (display) {
                setDefault(v, u"product_uom_qty"_s, 0.0);
                return;
            }
            setDefault(v, u"product_uom_qty"_s, 1.0);
            if (product > 0 && st.model(u"product.product"_s)->record(product)) {
                setDefault(v, u"name"_s, st.displayName(u"product.product"_s, product));
                setDefault(v, u"product_uom"_s, st.raw(u"product.product"_s, product, u"uom_id"_s));
                setDefault(v, u"price_unit"_s, st.raw(u"product.product"_s, product, u"list_price"_s));
            }
        };
    }
    {
        auto &m = s.addModel(u"stock.picking"_s, u"Transfer"_s, u"scheduled_date, id desc"_s);
        m.addField(u"name"_s, FieldType::Char, u"Reference"_s);
        m.addField(u"origin"_s, FieldType::Char, u"Source Document"_s);
        m.addField(u"note"_s, FieldType::Html, u"Notes"_s);
        m.addField(u"partner_id"_s, FieldType::Many2one, u"Contact"_s, u"res.partner"_s);
        m.addField(u"location_id"_s, FieldType::Many2one, u"Source Location"_s, u"stock.location"_s);
        m.addField(u"location_dest_id"_s, FieldType::Many2one, u"Destination Location"_s, u"stock.location"_s);
        m.addField(u"picking_type_id"_s, FieldType::Many2one, u"Operation Type"_s, u"stock.picking.type"_s).required = true;
        m.addField(u"scheduled_date"_s, FieldType::Datetime, u"Scheduled Date"_s);
        m.addField(u"date_done"_s, FieldType::Datetime, u"Date of Transfer"_s);
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
        auto &moves = m.addField(u"move_ids"_s, FieldType::One2many, u"Stock Moves"_s, u"stock.move"_s);
        moves.inverse = u"picking_id"_s;
        auto &moves2 = m.addField(u"move_ids_without_package"_s, FieldType::One2many, u"Stock Moves"_s, u"stock.move"_s);
        moves2.inverse = u"picking_id"_s;
        auto &lines = m.addField(u"move_line_ids"_s, FieldType::One2many, u"Operations"_s, u"stock.move.line"_s);
        lines.inverse = u"picking_id"_s;
        m.addField(u"picking_type_code"_s, FieldType::Selection, u"Type of Operation"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                return st.raw(u"stock.picking.type"_s, st.m2o(u"stock.picking"_s, r.id, u"picking_type_id"_s), u"code"_s);
            };
        const_cast<OdooField *>(m.field(u"picking_type_code"_s))->selection =
            s.model(u"stock.picking.type"_s)->field(u"code"_s)->selection;
        m.addField(u"group_id"_s, FieldType::Many2one, u"Procurement Group"_s, u"procurement.group"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                for (int mv : movesOfPicking(st, r.id)) {
                    const int g = st.m2o(u"stock.move"_s, mv, u"group_id"_s);
                    if (g > 0)
                        return QJsonValue(g);
                }
                return QJsonValue(false);
            };
        auto &sale = m.addField(u"sale_id"_s, FieldType::Many2one, u"Sales Order"_s, u"sale.order"_s);
        sale.writableCompute = true;
        sale.compute = [](const OdooStore &st, const OdooRecord &r) {
            const int g = st.m2o(u"stock.picking"_s, r.id, u"group_id"_s);
            return g > 0 ? st.raw(u"procurement.group"_s, g, u"sale_id"_s) : QJsonValue(false);
        };
        auto &state = m.addField(u"state"_s, FieldType::Selection, u"Status"_s);
        state.selection = kPickingState;
        state.compute = [](const OdooStore &st, const OdooRecord &r) {
            const QList<int> moves = movesOfPicking(st, r.id);
            if (moves.isEmpty()) {
                const QJsonValue stored = r.values.value(u"state"_s);
                return stored.isString() ? stored : QJsonValue(u"draft"_s);
            }
            QSet<QString> states;
            for (int mv : moves)
                states.insert(st.str(u"stock.move"_s, mv, u"state"_s));
            if (states == QSet<QString>{u"cancel"_s})
                return QJsonValue(u"cancel"_s);
            QSet<QString> rest = states;
            rest.remove(u"cancel"_s);
            if (rest == QSet<QString>{u"done"_s})
                return QJsonValue(u"done"_s);
            if (rest.contains(u"draft"_s))
                return QJsonValue(u"draft"_s);
            if (rest.contains(u"assigned"_s) || rest.contains(u"partially_available"_s))
                return QJsonValue(u"assigned"_s);
            return QJsonValue(u"confirmed"_s);
        };
        m.defaults = [](OdooStore &st, QJsonObject &v) {
            const int type = v.value(u"picking_type_id"_s).toInt(0);
            if (type > 0 && st.model(u"stock.picking.type"_s)->record(type)) {
                const int n = std::max<int>(1, st.raw(u"stock.picking.type"_s, type, u"next_number"_s).toInt());
                st.setRaw(u"stock.picking.type"_s, type, u"next_number"_s, n + 1);
                const int wh = st.m2o(u"stock.picking.type"_s, type, u"warehouse_id"_s);
                setDefault(v, u"name"_s, u"%1/%2/%3"_s.arg(st.str(u"stock.warehouse"_s, wh, u"code"_s),
                                                         st.str(u"stock.picking.type"_s, type, u"sequence_code"_s))
                                             .arg(n, 5, 10, QChar(u'0')));
                setDefault(v, u"location_id"_s, st.raw(u"stock.picking.type"_s, type, u"default_location_src_id"_s));
            }
            setDefault(v, u"scheduled_date"_s, st.now());
            setDefault(v, u"company_id"_s, odooids::kCompany);
            v.insert(u"state"_s, u"draft"_s);
            // Moves created with the picking inherit its locations when they name none.
            if (v.value(u"move_ids"_s).isArray()) {
                QJsonArray cmds = v.value(u"move_ids"_s).toArray();
                for (qsizetype i = 0; i < cmds.size(); ++i) {
                    QJsonArray c = cmds.at(i).toArray();
                    if (c.size() > 2 && c.at(0).toInt() == 0 && c.at(2).isObject()) {
                        QJsonObject mv = c.at(2).toObject();
                        setDefault(mv, u"location_id"_s, v.value(u"location_id"_s));
                        setDefault(mv, u"location_dest_id"_s, v.value(u"location_dest_id"_s));
                        setDefault(mv, u"partner_id"_s, v.value(u"partner_id"_s));
                        c[2] = mv;
                        cmds[i] = c;
                    }
                }
                v.insert(u"move_ids"_s, cmds);
            }
        };
    }
    {
        auto &m = s.addModel(u"stock.move"_s, u"Stock Move"_s, u"sequence, id"_s);
        m.addField(u"name"_s, FieldType::Char, u"Description"_s).required = true;
        m.addField(u"sequence"_s, FieldType::Integer, u"Sequence"_s);
        m.addField(u"product_id"_s, FieldType::Many2one, u"Product"_s, u"product.product"_s).required = true;
        m.addField(u"product_uom_qty"_s, FieldType::Float, u"Demand"_s);
        m.addField(u"product_uom"_s, FieldType::Many2one, u"UoM"_s, u"uom.uom"_s);
        m.addField(u"location_id"_s, FieldType::Many2one, u"Source Location"_s, u"stock.location"_s).required = true;
        m.addField(u"location_dest_id"_s, FieldType::Many2one, u"Destination Location"_s, u"stock.location"_s).required = true;
        m.addField(u"partner_id"_s, FieldType::Many2one, u"Destination Address"_s, u"res.partner"_s);
        m.addField(u"sale_line_id"_s, FieldType::Many2one, u"Sale Line"_s, u"sale.order.line"_s);
        m.addField(u"group_id"_s, FieldType::Many2one, u"Procurement Group"_s, u"procurement.group"_s);
        m.addField(u"picking_id"_s, FieldType::Many2one, u"Transfer"_s, u"stock.picking"_s);
        m.addField(u"picking_type_id"_s, FieldType::Many2one, u"Operation Type"_s, u"stock.picking.type"_s);
        m.addField(u"origin"_s, FieldType::Char, u"Source Document"_s);
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
        m.addField(u"state"_s, FieldType::Selection, u"Status"_s).selection = kMoveState;
        auto &lines = m.addField(u"move_line_ids"_s, FieldType::One2many, u"Move Lines"_s, u"stock.move.line"_s);
        lines.inverse = u"move_id"_s;
        m.addField(u"quantity"_s, FieldType::Float, u"Quantity"_s).compute = [](const OdooStore &st, const OdooRecord &r) {
            // Move lines count in the product's unit, the move in its own (1 Dozens = 12 Units).
            double sum = 0;
            for (int ml : linesOfMove(st, r.id))
                sum += st.num(u"stock.move.line"_s, ml, u"quantity"_s);
            const int moveUnit = st.m2o(u"stock.move"_s, r.id, u"product_uom"_s);
            const int productUnit = st.m2o(u"product.product"_s, st.m2o(u"stock.move"_s, r.id, u"product_id"_s), u"uom_id"_s);
            const double productFactor = st.num(u"uom.uom"_s, productUnit, u"factor"_s);
            if (moveUnit > 0 && productUnit > 0 && moveUnit != productUnit && productFactor > 0)
                sum = sum / productFactor * st.num(u"uom.uom"_s, moveUnit, u"factor"_s);
            return QJsonValue(sum);
        };
        // The demand in the product's own unit (Odoo's read-only product_qty, contracts "Units of measure").
        m.addField(u"product_qty"_s, FieldType::Float, u"Real Quantity"_s).compute = [](const OdooStore &st,
                                                                                        const OdooRecord &r) {
            const double qty = st.num(u"stock.move"_s, r.id, u"product_uom_qty"_s);
            const int from = st.m2o(u"stock.move"_s, r.id, u"product_uom"_s);
            const int to = st.m2o(u"product.product"_s, st.m2o(u"stock.move"_s, r.id, u"product_id"_s), u"uom_id"_s);
            const double fromFactor = st.num(u"uom.uom"_s, from, u"factor"_s);
            if (from <= 0 || to <= 0 || from == to || fromFactor <= 0)
                return QJsonValue(qty);
            return QJsonValue(qty / fromFactor * st.num(u"uom.uom"_s, to, u"factor"_s));
        };
        m.addField(u"lot_ids"_s, FieldType::Many2many, u"Serial Numbers"_s, u"stock.lot"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                QList<int> lots;
                for (int ml : linesOfMove(st, r.id)) {
                    const int lot = st.m2o(u"stock.move.line"_s, ml, u"lot_id"_s);
                    if (lot > 0 && !lots.contains(lot))
                        lots.append(lot);
                }
                return QJsonValue(idArray(lots));
            };
        m.displayName = [](const OdooStore &st, const OdooRecord &r) -> QString {
            const int picking = st.m2o(u"stock.move"_s, r.id, u"picking_id"_s);
            const QString origin = st.str(u"stock.picking"_s, picking, u"origin"_s);
            const QString code = st.str(u"product.product"_s, st.m2o(u"stock.move"_s, r.id, u"product_id"_s), u"default_code"_s);
            return (origin.isEmpty() ? QString() : origin + u'/') + (code.isEmpty() ? QString() : code + u": "_s)
                   + st.str(u"stock.location"_s, st.m2o(u"stock.move"_s, r.id, u"location_id"_s), u"name"_s) + u'>'
                   + st.str(u"stock.location"_s, st.m2o(u"stock.move"_s, r.id, u"location_dest_id"_s), u"name"_s);
        };
        m.defaults = [](OdooStore &st, QJsonObject &v) {
            setDefault(v, u"state"_s, u"draft"_s);
            setDefault(v, u"sequence"_s, 10);
            setDefault(v, u"company_id"_s, odooids::kCompany);
            const int product = v.value(u"product_id"_s).toInt(0);
            if (product > 0 && st.model(u"product.product"_s)->record(product)) {
                setDefault(v, u"name"_s, st.displayName(u"product.product"_s, product));
                setDefault(v, u"product_uom"_s, st.raw(u"product.product"_s, product, u"uom_id"_s));
            }
            const int picking = v.value(u"picking_id"_s).toInt(0);
            if (picking > 0) {
                setDefault(v, u"location_id"_s, st.raw(u"stock.picking"_s, picking, u"location_id"_s));
                setDefault(v, u"location_dest_id"_s, st.raw(u"stock.picking"_s, picking, u"location_dest_id"_s));
                setDefault(v, u"picking_type_id"_s, st.raw(u"stock.picking"_s, picking, u"picking_type_id"_s));
            }
        };
    }
    {
        auto &m = s.addModel(u"stock.move.line"_s, u"Product Moves (Stock Move Line)"_s, u"id"_s);
        m.addField(u"picking_id"_s, FieldType::Many2one, u"Transfer"_s, u"stock.picking"_s);
        m.addField(u"move_id"_s, FieldType::Many2one, u"Stock Operation"_s, u"stock.move"_s);
        m.addField(u"product_id"_s, FieldType::Many2one, u"Product"_s, u"product.product"_s);
        m.addField(u"product_uom_id"_s, FieldType::Many2one, u"Unit of Measure"_s, u"uom.uom"_s);
        m.addField(u"lot_id"_s, FieldType::Many2one, u"Lot/Serial Number"_s, u"stock.lot"_s);
        m.addField(u"lot_name"_s, FieldType::Char, u"Lot/Serial Number Name"_s);
        m.addField(u"quantity"_s, FieldType::Float, u"Quantity"_s);
        m.addField(u"picked"_s, FieldType::Boolean, u"Picked"_s);
        m.addField(u"location_id"_s, FieldType::Many2one, u"From"_s, u"stock.location"_s).required = true;
        m.addField(u"location_dest_id"_s, FieldType::Many2one, u"To"_s, u"stock.location"_s).required = true;
        m.addField(u"company_id"_s, FieldType::Many2one, u"Company"_s, u"res.company"_s);
        m.addField(u"quantity_product_uom"_s, FieldType::Float, u"Quantity in Product UoM"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) { return st.raw(u"stock.move.line"_s, r.id, u"quantity"_s); };
        m.addField(u"tracking"_s, FieldType::Selection, u"Product with Tracking"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                return st.raw(u"product.product"_s, st.m2o(u"stock.move.line"_s, r.id, u"product_id"_s), u"tracking"_s);
            };
        const_cast<OdooField *>(m.field(u"tracking"_s))->selection = kTracking;
        auto &state = m.addField(u"state"_s, FieldType::Selection, u"Status"_s);
        state.selection = kMoveState;
        state.compute = [](const OdooStore &st, const OdooRecord &r) {
            const int move = st.m2o(u"stock.move.line"_s, r.id, u"move_id"_s);
            return move > 0 ? st.raw(u"stock.move"_s, move, u"state"_s) : QJsonValue(u"draft"_s);
        };
        m.displayName = [](const OdooStore &st, const OdooRecord &r) -> QString {
            return st.displayName(u"product.product"_s, st.m2o(u"stock.move.line"_s, r.id, u"product_id"_s));
        };
        m.defaults = [](OdooStore &st, QJsonObject &v) {
            setDefault(v, u"company_id"_s, odooids::kCompany);
            const int move = v.value(u"move_id"_s).toInt(0);
            if (move > 0 && st.model(u"stock.move"_s)->record(move)) {
                setDefault(v, u"picking_id"_s, st.raw(u"stock.move"_s, move, u"picking_id"_s));
                setDefault(v, u"product_id"_s, st.raw(u"stock.move"_s, move, u"product_id"_s));
                setDefault(v, u"location_id"_s, st.raw(u"stock.move"_s, move, u"location_id"_s));
                setDefault(v, u"location_dest_id"_s, st.raw(u"stock.move"_s, move, u"location_dest_id"_s));
            }
            const int product = v.value(u"product_id"_s).toInt(0);
            if (product > 0)
                setDefault(v, u"product_uom_id"_s, st.raw(u"product.product"_s, product, u"uom_id"_s));
        };
    }
    // --- technical --------------------------------------------------------------------------
    {
        auto &m = s.addModel(u"ir.model"_s, u"Models"_s, u"model"_s);
        m.addField(u"model"_s, FieldType::Char, u"Model"_s).required = true;
        m.addField(u"name"_s, FieldType::Char, u"Model Description"_s).required = true;
        m.addField(u"state"_s, FieldType::Selection, u"Type"_s).selection = {{u"manual"_s, u"Custom Object"_s},
                                                                           {u"base"_s, u"Base Object"_s}};
        m.addField(u"transient"_s, FieldType::Boolean, u"Transient Model"_s);
        auto &fields = m.addField(u"field_id"_s, FieldType::One2many, u"Fields"_s, u"ir.model.fields"_s);
        fields.inverse = u"model_id"_s;
    }
    {
        auto &m = s.addModel(u"ir.model.fields"_s, u"Fields"_s, u"name"_s);
        m.addField(u"name"_s, FieldType::Char, u"Field Name"_s).required = true;
        m.addField(u"model"_s, FieldType::Char, u"Model Name"_s);
        m.addField(u"model_id"_s, FieldType::Many2one, u"Model"_s, u"ir.model"_s).required = true;
        m.addField(u"field_description"_s, FieldType::Char, u"Field Label"_s).required = true;
        m.addField(u"ttype"_s, FieldType::Selection, u"Field Type"_s).selection = kTtypes;
        m.field(u"ttype"_s);
        const_cast<OdooField *>(m.field(u"ttype"_s))->required = true;
        m.addField(u"state"_s, FieldType::Selection, u"Type"_s).selection = {{u"manual"_s, u"Custom Field"_s},
                                                                           {u"base"_s, u"Base Field"_s}};
        m.addField(u"relation"_s, FieldType::Char, u"Related Model"_s);
        m.addField(u"relation_field"_s, FieldType::Char, u"Relation Field"_s);
        m.addField(u"index"_s, FieldType::Boolean, u"Indexed"_s);
        m.addField(u"store"_s, FieldType::Boolean, u"Stored"_s);
        m.addField(u"copied"_s, FieldType::Boolean, u"Copied"_s);
        m.addField(u"required"_s, FieldType::Boolean, u"Required"_s);
        m.addField(u"readonly"_s, FieldType::Boolean, u"Readonly"_s);
        m.addField(u"tracking"_s, FieldType::Integer, u"Enable Ordered Tracking"_s);
        m.addField(u"help"_s, FieldType::Text, u"Field Help"_s);
        auto &sel = m.addField(u"selection_ids"_s, FieldType::One2many, u"Selection Options"_s, u"ir.model.fields.selection"_s);
        sel.inverse = u"field_id"_s;
        m.displayName = [](const OdooStore &st, const OdooRecord &r) -> QString {
            return st.str(u"ir.model.fields"_s, r.id, u"field_description"_s);
        };
    }
    {
        auto &m = s.addModel(u"ir.model.fields.selection"_s, u"Fields Selection"_s, u"sequence, id"_s);
        m.addField(u"field_id"_s, FieldType::Many2one, u"Field"_s, u"ir.model.fields"_s).required = true;
        m.addField(u"value"_s, FieldType::Char, u"Value"_s).required = true;
        m.addField(u"name"_s, FieldType::Char, u"Name"_s).required = true;
        m.addField(u"sequence"_s, FieldType::Integer, u"Sequence"_s);
    }
    {
        auto &m = s.addModel(u"ir.model.data"_s, u"Model Data"_s, u"module, model, name"_s);
        m.addField(u"name"_s, FieldType::Char, u"External Identifier"_s).required = true;
        m.addField(u"module"_s, FieldType::Char, u"Module"_s).required = true;
        m.addField(u"model"_s, FieldType::Char, u"Model Name"_s).required = true;
        m.addField(u"res_id"_s, FieldType::Integer, u"Record ID"_s);
        m.addField(u"noupdate"_s, FieldType::Boolean, u"Non Updatable"_s);
        m.addField(u"complete_name"_s, FieldType::Char, u"Complete ID"_s).compute = [](const OdooStore &st, const OdooRecord &r) {
            return QJsonValue(st.str(u"ir.model.data"_s, r.id, u"module"_s) + u'.' + st.str(u"ir.model.data"_s, r.id, u"name"_s));
        };
    }
    {
        auto &m = s.addModel(u"mail.message.subtype"_s, u"Message subtypes"_s, u"sequence, id"_s);
        m.addField(u"name"_s, FieldType::Char, u"Message Type"_s).required = true;
        m.addField(u"internal"_s, FieldType::Boolean, u"Internal Only"_s);
        m.addField(u"sequence"_s, FieldType::Integer, u"Sequence"_s);
    }
    {
        auto &m = s.addModel(u"mail.tracking.value"_s, u"Mail Tracking Value"_s, u"id"_s);
        m.addField(u"mail_message_id"_s, FieldType::Many2one, u"Message ID"_s, u"mail.message"_s);
    }
    {
        auto &m = s.addModel(u"mail.message"_s, u"Message"_s, u"id desc"_s);
        m.addField(u"model"_s, FieldType::Char, u"Related Document Model"_s);
        m.addField(u"res_id"_s, FieldType::Integer, u"Related Document ID"_s);
        m.addField(u"body"_s, FieldType::Html, u"Contents"_s);
        m.addField(u"subject"_s, FieldType::Char, u"Subject"_s);
        m.addField(u"message_type"_s, FieldType::Selection, u"Type"_s).selection = {
            {u"email"_s, u"Incoming Email"_s}, {u"comment"_s, u"Comment"_s}, {u"email_outgoing"_s, u"Outgoing Email"_s},
            {u"notification"_s, u"System notification"_s}, {u"auto_comment"_s, u"Automated Targeted Notification"_s},
            {u"user_notification"_s, u"User Specific Notification"_s}};
        m.addField(u"subtype_id"_s, FieldType::Many2one, u"Subtype"_s, u"mail.message.subtype"_s);
        m.addField(u"author_id"_s, FieldType::Many2one, u"Author"_s, u"res.partner"_s);
        m.addField(u"date"_s, FieldType::Datetime, u"Date"_s);
        m.addField(u"is_internal"_s, FieldType::Boolean, u"Employee Only"_s);
        m.addField(u"mail_activity_type_id"_s, FieldType::Many2one, u"Mail Activity Type"_s, u"mail.activity.type"_s);
        auto &tv = m.addField(u"tracking_value_ids"_s, FieldType::One2many, u"Tracking values"_s, u"mail.tracking.value"_s);
        tv.inverse = u"mail_message_id"_s;
        m.defaults = [](OdooStore &st, QJsonObject &v) {
            setDefault(v, u"date"_s, st.now());
            setDefault(v, u"message_type"_s, u"notification"_s);
        };
    }
}

// Activities (mail/models/mail_activity.py, mail_activity_type.py of Odoo 17): the fields the bridge
// writes or reads. res_model is the related, stored res_model_id.model; state is computed from the
// deadline (an activity marked done is unlinked unless its type keeps done ones, see OdooActivities).
void defineActivityModels(OdooStore &s)
{
    {
        auto &m = s.addModel(u"mail.activity.type"_s, u"Activity Type"_s, u"sequence, id"_s);
        m.addField(u"name"_s, FieldType::Char, u"Name"_s).required = true;
        m.addField(u"summary"_s, FieldType::Char, u"Default Summary"_s);
        m.addField(u"sequence"_s, FieldType::Integer, u"Sequence"_s);
        m.addField(u"active"_s, FieldType::Boolean, u"Active"_s);
        m.addField(u"res_model"_s, FieldType::Char, u"Model"_s);
        m.addField(u"category"_s, FieldType::Selection, u"Action"_s).selection = {
            {u"default"_s, u"None"_s}, {u"upload_file"_s, u"Upload Document"_s}, {u"phonecall"_s, u"Phonecall"_s}};
        m.addField(u"icon"_s, FieldType::Char, u"Icon"_s);
        m.addField(u"keep_done"_s, FieldType::Boolean, u"Keep Done"_s);
        m.defaults = [](OdooStore &, QJsonObject &v) {
            setDefault(v, u"active"_s, true);
            setDefault(v, u"category"_s, u"default"_s);
            setDefault(v, u"sequence"_s, 10);
        };
    }
    {
        auto &m = s.addModel(u"mail.activity"_s, u"Activity"_s, u"date_deadline ASC, id ASC"_s);
        m.addField(u"res_model_id"_s, FieldType::Many2one, u"Document Model"_s, u"ir.model"_s).required = true;
        m.addField(u"res_model"_s, FieldType::Char, u"Related Document Model"_s).compute =
            [](const OdooStore &st, const OdooRecord &r) {
                const int model = r.values.value(u"res_model_id"_s).toInt();
                return model > 0 ? st.raw(u"ir.model"_s, model, u"model"_s) : QJsonValue(false);
            };
        m.addField(u"res_id"_s, FieldType::Integer, u"Related Document ID"_s);
        m.addField(u"res_name"_s, FieldType::Char, u"Document Name"_s).compute = [](const OdooStore &st, const OdooRecord &r) {
            const int model = r.values.value(u"res_model_id"_s).toInt();
            const QString name = model > 0 ? st.str(u"ir.model"_s, model, u"model"_s) : QString();
            return name.isEmpty() || !st.model(name) ? QJsonValue(false)
                                                     : QJsonValue(st.displayName(name, r.values.value(u"res_id"_s).toInt()));
        };
        m.addField(u"activity_type_id"_s, FieldType::Many2one, u"Activity Type"_s, u"mail.activity.type"_s);
        m.addField(u"summary"_s, FieldType::Char, u"Summary"_s);
        m.addField(u"note"_s, FieldType::Html, u"Note"_s);
        m.addField(u"date_deadline"_s, FieldType::Date, u"Due Date"_s).required = true;
        m.addField(u"automated"_s, FieldType::Boolean, u"Automated activity"_s).readonly = true;
        m.addField(u"user_id"_s, FieldType::Many2one, u"Assigned to"_s, u"res.users"_s).required = true;
        m.addField(u"create_uid"_s, FieldType::Many2one, u"Created by"_s, u"res.users"_s).readonly = true;
        m.addField(u"active"_s, FieldType::Boolean, u"Active"_s);
        m.addField(u"state"_s, FieldType::Selection, u"State"_s).selection = {
            {u"overdue"_s, u"Overdue"_s}, {u"today"_s, u"Today"_s}, {u"planned"_s, u"Planned"_s}, {u"done"_s, u"Done"_s}};
        const_cast<OdooField *>(m.field(u"state"_s))->compute = [](const OdooStore &st, const OdooRecord &r) {
            if (!r.values.value(u"active"_s).toBool(true))
                return QJsonValue(u"done"_s);
            const QDate deadline = QDate::fromString(r.values.value(u"date_deadline"_s).toString(), u"yyyy-MM-dd"_s);
            const QDate today = QDate::fromString(st.now().left(10), u"yyyy-MM-dd"_s);
            if (!deadline.isValid())
                return QJsonValue(false);
            return QJsonValue(deadline == today ? u"today"_s : deadline < today ? u"overdue"_s : u"planned"_s);
        };
        m.displayName = [](const OdooStore &st, const OdooRecord &r) -> QString {
            const QString summary = r.values.value(u"summary"_s).toString();
            return summary.isEmpty() ? st.displayName(u"mail.activity.type"_s, r.values.value(u"activity_type_id"_s).toInt())
                                     : summary;
        };
        m.constraint = [](const OdooStore &, const OdooRecord &r) -> Status {
            if (r.values.value(u"res_id"_s).toInt() == 0)
                return odooFault(u"odoo.exceptions.ValidationError"_s,
                                 u"The operation cannot be completed: Activities have to be linked to records with a not null res_id."_s);
            return Ok{};
        };
        m.defaults = [](OdooStore &st, QJsonObject &v) {
            setDefault(v, u"active"_s, true);
            setDefault(v, u"automated"_s, false);
            setDefault(v, u"date_deadline"_s, st.now().left(10));
        };
    }
}

int xmlid(OdooStore &s, const QString &module, const QString &name, const QString &model, int resId)
{
    return s.create(u"ir.model.data"_s, QJsonObject{{u"module"_s, module}, {u"name"_s, name}, {u"model"_s, model},
                                                    {u"res_id"_s, resId}, {u"noupdate"_s, true}})
        .valueOr(0);
}

int mk(OdooStore &s, const QString &model, const QJsonObject &vals)
{
    auto r = s.create(model, vals);
    Q_ASSERT_X(r.ok(), "defineOdooSchema", qPrintable(r.ok() ? QString() : r.error().message));
    return r.valueOr(0);
}

void loadBaseData(OdooStore &s)
{
    using namespace odooids;
    mk(s, u"res.currency"_s, {{u"name"_s, u"EUR"_s}, {u"symbol"_s, u"€"_s}, {u"active"_s, true}});
    mk(s, u"res.currency"_s, {{u"name"_s, u"USD"_s}, {u"symbol"_s, u"$"_s}, {u"active"_s, true}});
    mk(s, u"res.company"_s, {{u"name"_s, u"My Company (San Francisco)"_s}, {u"sequence"_s, 0}});
    const int companyPartner = mk(s, u"res.partner"_s, {{u"name"_s, u"YourCompany"_s}, {u"is_company"_s, true},
                                                        {u"company_id"_s, kCompany}});
    const int botPartner = mk(s, u"res.partner"_s, {{u"name"_s, u"OdooBot"_s}});
    const int adminPartner = mk(s, u"res.partner"_s, {{u"name"_s, u"Mitchell Admin"_s}, {u"parent_id"_s, companyPartner}});
    const int clerkPartner = mk(s, u"res.partner"_s, {{u"name"_s, u"Clara Clerk"_s}, {u"parent_id"_s, companyPartner}});
    mk(s, u"res.users"_s, {{u"name"_s, u"OdooBot"_s}, {u"login"_s, u"__system__"_s}, {u"partner_id"_s, botPartner},
                           {u"company_id"_s, kCompany}, {u"active"_s, false}});
    mk(s, u"res.users"_s, {{u"name"_s, u"Mitchell Admin"_s}, {u"login"_s, u"admin"_s}, {u"partner_id"_s, adminPartner},
                           {u"company_id"_s, kCompany}, {u"tz"_s, u"Europe/Berlin"_s}, {u"lang"_s, u"en_US"_s},
                           {u"active"_s, true}});
    mk(s, u"res.users"_s, {{u"name"_s, u"Clara Clerk"_s}, {u"login"_s, u"clerk"_s}, {u"partner_id"_s, clerkPartner},
                           {u"company_id"_s, kCompany}, {u"tz"_s, u"Europe/Berlin"_s}, {u"lang"_s, u"en_US"_s},
                           {u"active"_s, true}});
    const int salesman = mk(s, u"res.groups"_s, {{u"name"_s, u"User: Own Documents Only"_s}});
    xmlid(s, u"sales_team"_s, u"group_sale_salesman"_s, u"res.groups"_s, salesman);

    // Units and Dozens share a category and convert through their factors (Dozens = 1/12, tag
    // 4k.sale.web_search_read.uom); kg is of another category and converts to neither.
    const int unitCategory = mk(s, u"uom.category"_s, {{u"name"_s, u"Unit"_s}});
    const int weightCategory = mk(s, u"uom.category"_s, {{u"name"_s, u"Weight"_s}});
    mk(s, u"uom.uom"_s, {{u"name"_s, u"Units"_s}, {u"category_id"_s, unitCategory}, {u"factor"_s, 1.0},
                         {u"rounding"_s, 0.01}, {u"uom_type"_s, u"reference"_s}, {u"active"_s, true}});
    const int dozens = mk(s, u"uom.uom"_s, {{u"name"_s, u"Dozens"_s}, {u"category_id"_s, unitCategory},
                                            {u"factor"_s, 1.0 / 12}, {u"rounding"_s, 0.01},
                                            {u"uom_type"_s, u"bigger"_s}, {u"active"_s, true}});
    const int kg = mk(s, u"uom.uom"_s, {{u"name"_s, u"kg"_s}, {u"category_id"_s, weightCategory}, {u"factor"_s, 1.0},
                                        {u"rounding"_s, 0.001}, {u"uom_type"_s, u"reference"_s}, {u"active"_s, true}});
    xmlid(s, u"uom"_s, u"product_uom_unit"_s, u"uom.uom"_s, kUnits);
    xmlid(s, u"uom"_s, u"product_uom_dozen"_s, u"uom.uom"_s, dozens);
    xmlid(s, u"uom"_s, u"product_uom_kgm"_s, u"uom.uom"_s, kg);
    xmlid(s, u"uom"_s, u"product_uom_categ_unit"_s, u"uom.category"_s, unitCategory);
    xmlid(s, u"uom"_s, u"product_uom_categ_kgm"_s, u"uom.category"_s, weightCategory);

    const int de = mk(s, u"res.country"_s, {{u"name"_s, u"Germany"_s}, {u"code"_s, u"DE"_s}});
    const int ru = mk(s, u"res.country"_s, {{u"name"_s, u"Russian Federation"_s}, {u"code"_s, u"RU"_s}});
    mk(s, u"res.country"_s, {{u"name"_s, u"Austria"_s}, {u"code"_s, u"AT"_s}});
    mk(s, u"res.country"_s, {{u"name"_s, u"France"_s}, {u"code"_s, u"FR"_s}});
    const int us = mk(s, u"res.country"_s, {{u"name"_s, u"United States"_s}, {u"code"_s, u"US"_s}});
    for (const auto &[code, name] : QList<std::pair<QString, QString>>{{u"DE-BW"_s, u"Baden-Württemberg"_s},
                                                                       {u"DE-BY"_s, u"Bayern"_s},
                                                                       {u"DE-BE"_s, u"Berlin"_s},
                                                                       {u"DE-BB"_s, u"Brandenburg"_s},
                                                                       {u"DE-HB"_s, u"Bremen"_s},
                                                                       {u"DE-HH"_s, u"Hamburg"_s}})
        mk(s, u"res.country.state"_s, {{u"name"_s, name}, {u"code"_s, code}, {u"country_id"_s, de}});
    mk(s, u"res.country.state"_s, {{u"name"_s, u"Москва"_s}, {u"code"_s, u"RU-MOW"_s}, {u"country_id"_s, ru}});
    mk(s, u"res.country.state"_s, {{u"name"_s, u"Санкт-Петербург"_s}, {u"code"_s, u"RU-SPE"_s}, {u"country_id"_s, ru}});
    mk(s, u"res.country.state"_s, {{u"name"_s, u"California"_s}, {u"code"_s, u"US-CA"_s}, {u"country_id"_s, us}});

    // Locations with the ids of a fresh Odoo 17 (Customers = 5, WH = 7, WH/Stock = 8).
    const auto loc = [&](const QString &name, const QString &usage, int parent) {
        return mk(s, u"stock.location"_s, {{u"name"_s, name}, {u"usage"_s, usage},
                                           {u"location_id"_s, parent > 0 ? QJsonValue(parent) : QJsonValue(false)},
                                           {u"company_id"_s, usage == u"internal"_s || usage == u"view"_s
                                                                 ? QJsonValue(kCompany) : QJsonValue(false)}});
    };
    const int physical = loc(u"Physical Locations"_s, u"view"_s, 0);
    const int partners = loc(u"Partners"_s, u"view"_s, 0);
    const int virt = loc(u"Virtual Locations"_s, u"view"_s, 0);
    const int vendors = loc(u"Vendors"_s, u"supplier"_s, partners);
    const int customers = loc(u"Customers"_s, u"customer"_s, partners);
    loc(u"Inventory adjustment"_s, u"inventory"_s, virt);
    const int view = loc(u"WH"_s, u"view"_s, physical);
    const int stock = loc(u"Stock"_s, u"internal"_s, view);
    Q_ASSERT(customers == kCustomersLocation && view == kWarehouseView && stock == kWarehouseStock);
    const int wh = mk(s, u"stock.warehouse"_s, {{u"name"_s, u"YourCompany"_s}, {u"code"_s, u"WH"_s},
                                                {u"lot_stock_id"_s, stock}, {u"view_location_id"_s, view},
                                                {u"company_id"_s, kCompany}, {u"sequence"_s, 10}});
    const int in = mk(s, u"stock.picking.type"_s, {{u"name"_s, u"Receipts"_s}, {u"code"_s, u"incoming"_s},
                                                   {u"sequence_code"_s, u"IN"_s}, {u"warehouse_id"_s, wh},
                                                   {u"default_location_src_id"_s, vendors},
                                                   {u"default_location_dest_id"_s, stock}, {u"sequence"_s, 1},
                                                   {u"use_create_lots"_s, true}, {u"use_existing_lots"_s, false},
                                                   {u"company_id"_s, kCompany}});
    // Odoo 17 leaves the outgoing type's default destination empty: clients must pass location_dest_id.
    const int out = mk(s, u"stock.picking.type"_s, {{u"name"_s, u"Delivery Orders"_s}, {u"code"_s, u"outgoing"_s},
                                                    {u"sequence_code"_s, u"OUT"_s}, {u"warehouse_id"_s, wh},
                                                    {u"default_location_src_id"_s, stock}, {u"sequence"_s, 2},
                                                    {u"use_create_lots"_s, false}, {u"use_existing_lots"_s, true},
                                                    {u"company_id"_s, kCompany}});
    Q_ASSERT(out == kPickingTypeOut);
    s.setRaw(u"stock.warehouse"_s, wh, u"out_type_id"_s, out);
    xmlid(s, u"base"_s, u"main_company"_s, u"res.company"_s, kCompany);
    xmlid(s, u"base"_s, u"user_admin"_s, u"res.users"_s, kAdminUid);
    xmlid(s, u"base"_s, u"de"_s, u"res.country"_s, de);
    xmlid(s, u"stock"_s, u"stock_location_customers"_s, u"stock.location"_s, customers);
    xmlid(s, u"stock"_s, u"stock_location_suppliers"_s, u"stock.location"_s, vendors);
    xmlid(s, u"stock"_s, u"stock_location_stock"_s, u"stock.location"_s, stock);
    xmlid(s, u"stock"_s, u"warehouse0"_s, u"stock.warehouse"_s, wh);
    xmlid(s, u"stock"_s, u"picking_type_in"_s, u"stock.picking.type"_s, in);
    xmlid(s, u"stock"_s, u"picking_type_out"_s, u"stock.picking.type"_s, out);

    const int comment = mk(s, u"mail.message.subtype"_s, {{u"name"_s, u"Discussions"_s}, {u"sequence"_s, 0}});
    const int note = mk(s, u"mail.message.subtype"_s, {{u"name"_s, u"Note"_s}, {u"internal"_s, true}, {u"sequence"_s, 100}});
    xmlid(s, u"mail"_s, u"mt_comment"_s, u"mail.message.subtype"_s, comment);
    xmlid(s, u"mail"_s, u"mt_note"_s, u"mail.message.subtype"_s, note);
    const int activities = mk(s, u"mail.message.subtype"_s, {{u"name"_s, u"Activities"_s}, {u"internal"_s, true}, {u"sequence"_s, 90}});
    xmlid(s, u"mail"_s, u"mt_activities"_s, u"mail.message.subtype"_s, activities);
    // The activity types mail/data/mail_activity_type_data.xml installs (calendar and the other apps add
    // more); the bridge uses mail.mail_activity_data_todo only.
    for (const auto &[xmlName, name, icon] : QList<std::tuple<QString, QString, QString>>{
             {u"mail_activity_data_email"_s, u"Email"_s, u"fa-envelope"_s},
             {u"mail_activity_data_call"_s, u"Call"_s, u"fa-phone"_s},
             {u"mail_activity_data_todo"_s, u"To-Do"_s, u"fa-check"_s}})
        xmlid(s, u"mail"_s, xmlName, u"mail.activity.type"_s,
              mk(s, u"mail.activity.type"_s, {{u"name"_s, name}, {u"icon"_s, icon}, {u"keep_done"_s, false}}));

    // The other ordinary users (see odooUsers()), after everything with fixed ids.
    for (const SimUser &u : odooUsers()) {
        if (u.uid <= kClerkUid)
            continue;
        const int partner = mk(s, u"res.partner"_s, {{u"name"_s, u.name}, {u"parent_id"_s, companyPartner}});
        const int uid = mk(s, u"res.users"_s, {{u"name"_s, u.name}, {u"login"_s, u.login}, {u"partner_id"_s, partner},
                                               {u"company_id"_s, kCompany}, {u"tz"_s, u"Europe/Berlin"_s},
                                               {u"lang"_s, u"en_US"_s}, {u"active"_s, true}});
        Q_ASSERT(uid == u.uid);
    }
    // Odoo's groups as its user form names them; has_group and the access rules go by their xml ids.
    for (const auto &[xmlName, name] : QList<std::pair<QString, QString>>{
             {u"base.group_user"_s, u"Internal User"_s},
             {u"base.group_system"_s, u"Settings"_s},
             {u"base.group_erp_manager"_s, u"Access Rights"_s},
             {u"sales_team.group_sale_salesman_all_leads"_s, u"User: All Documents"_s},
             {u"sales_team.group_sale_manager"_s, u"Administrator"_s},
             {u"stock.group_stock_user"_s, u"User"_s},
             {u"stock.group_stock_manager"_s, u"Administrator"_s}})
        xmlid(s, xmlName.section(u'.', 0, 0), xmlName.section(u'.', 1), u"res.groups"_s,
              mk(s, u"res.groups"_s, {{u"name"_s, name}}));
}

} // namespace

const QList<SimUser> &odooUsers()
{
    using namespace odooids;
    const QString sales = u"sales_team.group_sale_salesman"_s;
    const QString salesAll = u"sales_team.group_sale_salesman_all_leads"_s;
    const QString stock = u"stock.group_stock_user"_s;
    const QString internal = u"base.group_user"_s;
    static const QList<SimUser> users = {
        {kAdminUid, u"admin"_s, u"Mitchell Admin"_s,
         {internal, u"base.group_system"_s, u"base.group_erp_manager"_s, sales, salesAll,
          u"sales_team.group_sale_manager"_s, stock, u"stock.group_stock_manager"_s}},
        {kClerkUid, u"clerk"_s, u"Clara Clerk"_s, {internal, sales, salesAll, stock}},
        {kClerkOwnUid, u"clerk_own"_s, u"Oskar Own"_s, {internal, sales, stock}},
        {kSalesOnlyUid, u"sales"_s, u"Sam Sales"_s, {internal, sales, salesAll}},
    };
    return users;
}

const SimUser *odooUser(int uid)
{
    for (const SimUser &u : odooUsers()) {
        if (u.uid == uid)
            return &u;
    }
    return nullptr;
}

void syncIrModel(OdooStore &s)
{
    OdooModel *irModel = s.model(u"ir.model"_s);
    OdooModel *irFields = s.model(u"ir.model.fields"_s);
    QHash<QString, int> modelIds;
    for (const auto &[id, r] : irModel->records)
        modelIds.insert(r.values.value(u"model"_s).toString(), id);
    QSet<QString> knownFields;
    for (const auto &[id, r] : irFields->records)
        knownFields.insert(r.values.value(u"model"_s).toString() + u'|' + r.values.value(u"name"_s).toString());
    for (const QString &name : s.modelNames()) {
        const OdooModel *m = s.model(name);
        int mid = modelIds.value(name);
        if (mid == 0) {
            mid = s.create(u"ir.model"_s, QJsonObject{{u"model"_s, name}, {u"name"_s, m->description},
                                                      {u"state"_s, u"base"_s}, {u"transient"_s, false}})
                      .valueOr(0);
            modelIds.insert(name, mid);
        }
        for (const OdooField &f : m->fields) {
            if (knownFields.contains(name + u'|' + f.name))
                continue;
            knownFields.insert(name + u'|' + f.name);
            auto r = s.create(u"ir.model.fields"_s,
                              QJsonObject{{u"name"_s, f.name},
                                          {u"model"_s, name},
                                          {u"model_id"_s, mid},
                                          {u"field_description"_s, f.string},
                                          {u"ttype"_s, ttypeOf(f.type)},
                                          {u"state"_s, f.manual ? u"manual"_s : u"base"_s},
                                          {u"relation"_s, f.comodel.isEmpty() ? QJsonValue(false) : QJsonValue(f.comodel)},
                                          {u"relation_field"_s, f.inverse.isEmpty() ? QJsonValue(false) : QJsonValue(f.inverse)},
                                          {u"index"_s, f.index || f.type == FieldType::Id},
                                          {u"store"_s, !f.compute || f.writableCompute},
                                          {u"copied"_s, !f.manual},
                                          {u"required"_s, f.required},
                                          {u"readonly"_s, f.readonly}});
            Q_UNUSED(r)
        }
    }
}

int addManualField(OdooStore &s, const QString &model, const QString &name, const QString &ttype,
                   const QString &description, const QList<std::pair<QString, QString>> &selection,
                   const QString &relation)
{
    OdooModel *m = s.model(model);
    if (!m)
        return 0;
    OdooField &f = m->addField(name, typeOf(ttype), description, relation);
    f.manual = true;
    f.selection = selection;
    f.index = ttype == u"char"_s;
    syncIrModel(s);
    const QJsonValue domain = QJsonArray{QJsonArray{u"model"_s, u"="_s, model}, QJsonArray{u"name"_s, u"="_s, name}};
    const QList<int> ids = s.search(u"ir.model.fields"_s, domain).valueOr(QList<int>());
    return ids.isEmpty() ? 0 : ids.first();
}

void defineOdooSchema(OdooStore &store, bool customFields)
{
    defineModels(store);
    defineActivityModels(store);
    store.afterChange = onChange;
    // Odoo recomputes these from the moves and silently drops them from create values.
    store.droppedOnCreate.insert(u"stock.picking"_s, {u"sale_id"_s, u"group_id"_s, u"state"_s});
    loadBaseData(store);
    syncIrModel(store);
    if (customFields) {
        addManualField(store, u"product.product"_s, u"x_ysell_product_id"_s, u"char"_s, u"YSELL Product ID"_s);
        addManualField(store, u"sale.order"_s, u"x_ysell_order_id"_s, u"char"_s, u"YSELL Order ID"_s);
        addManualField(store, u"sale.order"_s, u"x_ysell_state"_s, u"char"_s, u"YSELL State"_s);
        const QList<int> state = store.search(u"ir.model.fields"_s,
                                              QJsonArray{QJsonValue(QJsonArray{u"name"_s, u"="_s, u"x_ysell_state"_s})})
                                     .valueOr(QList<int>());
        for (int id : state)
            store.setRaw(u"ir.model.fields"_s, id, u"index"_s, false);
    }
}

Status confirmSaleOrder(OdooStore &s, int orderId, const QHash<int, QList<int>> &lotsToReserve)
{
    using namespace odooids;
    const QString so = u"sale.order"_s;
    if (!s.model(so)->record(orderId))
        return odooFault(u"odoo.exceptions.MissingError"_s,
                         u"Record does not exist or has been deleted.\n(Record: sale.order(%1,), User: 2)"_s.arg(orderId));
    const QString state = s.str(so, orderId, u"state"_s);
    if (state == u"sale"_s)
        return Ok{};
    if (state == u"cancel"_s)
        return odooFault(u"odoo.exceptions.UserError"_s,
                         u"Some orders are not in a state requiring confirmation."_s);
    const QString name = s.str(so, orderId, u"name"_s);
    const int shipping = s.m2o(so, orderId, u"partner_shipping_id"_s);
    s.setRaw(so, orderId, u"state"_s, u"sale"_s);
    auto group = s.create(u"procurement.group"_s, QJsonObject{{u"name"_s, name}, {u"sale_id"_s, orderId},
                                                              {u"partner_id"_s, shipping}});
    if (!group)
        return group.error();
    s.setRaw(so, orderId, u"procurement_group_id"_s, group.value());

    QList<int> productLines;
    for (int line : s.referencing(u"sale.order.line"_s, u"order_id"_s, orderId)) {
        const int product = s.m2o(u"sale.order.line"_s, line, u"product_id"_s);
        if (product > 0 && !s.raw(u"sale.order.line"_s, line, u"display_type"_s).isString()
            && s.str(u"product.product"_s, product, u"detailed_type"_s) != u"service"_s)
            productLines.append(line);
    }
    if (productLines.isEmpty())
        return Ok{};
    auto picking = s.create(u"stock.picking"_s, QJsonObject{{u"picking_type_id"_s, kPickingTypeOut},
                                                            {u"partner_id"_s, shipping},
                                                            {u"location_id"_s, kWarehouseStock},
                                                            {u"location_dest_id"_s, kCustomersLocation},
                                                            {u"origin"_s, name},
                                                            {u"scheduled_date"_s, s.raw(so, orderId, u"date_order"_s)}});
    if (!picking)
        return picking.error();
    for (int line : productLines) {
        const int product = s.m2o(u"sale.order.line"_s, line, u"product_id"_s);
        const double demand = s.num(u"sale.order.line"_s, line, u"product_uom_qty"_s);
        auto move = s.create(u"stock.move"_s, QJsonObject{{u"name"_s, s.raw(u"sale.order.line"_s, line, u"name"_s)},
                                                          {u"product_id"_s, product},
                                                          {u"product_uom_qty"_s, demand},
                                                          {u"product_uom"_s, s.raw(u"sale.order.line"_s, line, u"product_uom"_s)},
                                                          {u"location_id"_s, kWarehouseStock},
                                                          {u"location_dest_id"_s, kCustomersLocation},
                                                          {u"sale_line_id"_s, line},
                                                          {u"group_id"_s, group.value()},
                                                          {u"picking_id"_s, picking.value()},
                                                          {u"partner_id"_s, shipping},
                                                          {u"origin"_s, name},
                                                          {u"state"_s, u"confirmed"_s}});
        if (!move)
            return move.error();
        // Reserve first-in-first-out from WH/Stock, as Odoo does on confirmation, in the product's unit.
        const QString tracking = s.str(u"product.product"_s, product, u"tracking"_s);
        const bool storable = s.str(u"product.product"_s, product, u"detailed_type"_s) == u"product"_s;
        double missing = s.num(u"stock.move"_s, move.value(), u"product_qty"_s);
        const auto addLine = [&](int lot, double qty) {
            auto ml = s.create(u"stock.move.line"_s, QJsonObject{{u"move_id"_s, move.value()},
                                                                 {u"lot_id"_s, lot > 0 ? QJsonValue(lot) : QJsonValue(false)},
                                                                 {u"quantity"_s, qty}});
            Q_UNUSED(ml)
        };
        if (!storable) {
            addLine(0, missing);
            continue;
        }
        if (lotsToReserve.contains(product)) {
            for (int lot : lotsToReserve.value(product)) {
                if (missing <= 0)
                    break;
                addLine(lot, 1);
                missing -= 1;
            }
            continue;
        }
        for (int q : s.referencing(u"stock.quant"_s, u"product_id"_s, product)) {
            if (missing <= 0)
                break;
            if (s.m2o(u"stock.quant"_s, q, u"location_id"_s) != kWarehouseStock)
                continue;
            const int lot = s.m2o(u"stock.quant"_s, q, u"lot_id"_s);
            if ((tracking != u"none"_s) != (lot > 0))
                continue;
            const double free = s.num(u"stock.quant"_s, q, u"quantity"_s) - s.num(u"stock.quant"_s, q, u"reserved_quantity"_s);
            if (free <= 0)
                continue;
            if (tracking == u"serial"_s) {
                addLine(lot, 1);
                missing -= 1;
            } else {
                const double take = std::min(free, missing);
                addLine(lot, take);
                missing -= take;
            }
        }
    }
    return Ok{};
}

void cancelPicking(OdooStore &s, int pickingId)
{
    for (int mv : movesOfPicking(s, pickingId)) {
        if (s.str(u"stock.move"_s, mv, u"state"_s) == u"done"_s)
            continue;
        const QList<int> lines = linesOfMove(s, mv);
        for (int ml : lines) {
            reserveOnQuant(s, s.m2o(u"stock.move.line"_s, ml, u"product_id"_s), s.m2o(u"stock.move.line"_s, ml, u"location_id"_s),
                           s.m2o(u"stock.move.line"_s, ml, u"lot_id"_s), -s.num(u"stock.move.line"_s, ml, u"quantity"_s));
        }
        s.unlink(u"stock.move.line"_s, lines);
        s.setRaw(u"stock.move"_s, mv, u"state"_s, u"cancel"_s);
    }
    s.setRaw(u"stock.picking"_s, pickingId, u"state"_s, u"cancel"_s);
}

void confirmPicking(OdooStore &s, int pickingId)
{
    for (int mv : movesOfPicking(s, pickingId)) {
        if (s.str(u"stock.move"_s, mv, u"state"_s) == u"draft"_s) {
            s.setRaw(u"stock.move"_s, mv, u"state"_s, u"confirmed"_s);
            recomputeMoveState(s, mv);
        }
    }
}

Status validatePicking(OdooStore &s, int pickingId)
{
    QStringList lacking;
    const QList<int> moves = movesOfPicking(s, pickingId);
    for (int mv : moves) {
        const int product = s.m2o(u"stock.move"_s, mv, u"product_id"_s);
        if (s.str(u"product.product"_s, product, u"tracking"_s) == u"none"_s)
            continue;
        for (int ml : linesOfMove(s, mv)) {
            if (s.m2o(u"stock.move.line"_s, ml, u"lot_id"_s) <= 0 && s.num(u"stock.move.line"_s, ml, u"quantity"_s) > 0
                && !lacking.contains(s.displayName(u"product.product"_s, product)))
                lacking.append(s.displayName(u"product.product"_s, product));
        }
    }
    if (!lacking.isEmpty())
        return odooFault(u"odoo.exceptions.UserError"_s,
                         u"You need to supply a Lot/Serial Number for product: \n - "_s + lacking.join(u"\n - "_s));
    for (int mv : moves) {
        if (s.str(u"stock.move"_s, mv, u"state"_s) == u"cancel"_s)
            continue;
        const double qty = s.num(u"stock.move"_s, mv, u"quantity"_s);
        for (int ml : linesOfMove(s, mv)) {
            const int product = s.m2o(u"stock.move.line"_s, ml, u"product_id"_s);
            const int loc = s.m2o(u"stock.move.line"_s, ml, u"location_id"_s);
            const int lot = s.m2o(u"stock.move.line"_s, ml, u"lot_id"_s);
            const double q = s.num(u"stock.move.line"_s, ml, u"quantity"_s);
            if (const int quant = findQuant(s, product, loc, lot); quant > 0) {
                s.setRaw(u"stock.quant"_s, quant, u"quantity"_s, s.num(u"stock.quant"_s, quant, u"quantity"_s) - q);
                s.setRaw(u"stock.quant"_s, quant, u"reserved_quantity"_s,
                         std::max(0.0, s.num(u"stock.quant"_s, quant, u"reserved_quantity"_s) - q));
            }
            s.setRaw(u"stock.move.line"_s, ml, u"picked"_s, true);
        }
        s.setRaw(u"stock.move"_s, mv, u"state"_s, u"done"_s);
        if (const int line = s.m2o(u"stock.move"_s, mv, u"sale_line_id"_s); line > 0)
            s.setRaw(u"sale.order.line"_s, line, u"qty_delivered"_s, s.num(u"sale.order.line"_s, line, u"qty_delivered"_s) + qty);
    }
    s.setRaw(u"stock.picking"_s, pickingId, u"date_done"_s, s.now());
    return Ok{};
}

} // namespace ysb::sim
