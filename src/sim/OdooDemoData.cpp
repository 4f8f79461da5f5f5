#include "OdooDemoData.h"

#include "OdooModel.h"
#include "OdooModelSchema.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ysb::sim {

namespace {

int mk(OdooStore &s, const QString &model, const QJsonObject &vals)
{
    auto r = s.create(model, vals);
    Q_ASSERT_X(r.ok(), "OdooDemoData", qPrintable(r.ok() ? QString() : r.error().message));
    return r.valueOr(0);
}

int findOne(const OdooStore &s, const QString &model, const QString &field, const QJsonValue &value)
{
    const QList<int> ids =
        s.search(model, QJsonArray{QJsonValue(QJsonArray{field, u"="_s, value})}, u"id"_s, 1).valueOr(QList<int>());
    return ids.isEmpty() ? 0 : ids.first();
}

int stateId(const OdooStore &s, const QString &code)
{
    return findOne(s, u"res.country.state"_s, u"code"_s, code);
}

int countryId(const OdooStore &s, const QString &code)
{
    return findOne(s, u"res.country"_s, u"code"_s, code);
}

// The Ysell product id lives in a custom field. Without the field (Options::customFields false) the value
// is kept aside on the record and shows once the setup check has created the field.
void setYsellProductId(OdooStore &s, int product, const QString &ysellId)
{
    OdooModel *m = s.model(u"product.product"_s);
    if (m->field(u"x_ysell_product_id"_s))
        s.setRaw(u"product.product"_s, product, u"x_ysell_product_id"_s, ysellId);
    else
        m->record(product)->values.insert(u"x_ysell_product_id"_s, ysellId);
}

int product(OdooStore &s, const QString &name, const QString &code, const QString &tracking, const QString &barcode,
            double price, const QString &ysellId)
{
    const int id = mk(s, u"product.product"_s,
                      {{u"name"_s, name},
                       {u"default_code"_s, code},
                       {u"tracking"_s, tracking},
                       {u"detailed_type"_s, u"product"_s},
                       {u"barcode"_s, barcode.isEmpty() ? QJsonValue(false) : QJsonValue(barcode)},
                       {u"list_price"_s, price}});
    if (!ysellId.isEmpty())
        setYsellProductId(s, id, ysellId);
    return id;
}

void serials(OdooStore &s, int productId, const QString &prefix, int count, int location)
{
    for (int i = 1; i <= count; ++i) {
        const int lot = mk(s, u"stock.lot"_s, {{u"name"_s, u"%1-%2"_s.arg(prefix).arg(i, 4, 10, QChar(u'0'))},
                                               {u"product_id"_s, productId}});
        mk(s, u"stock.quant"_s, {{u"product_id"_s, productId}, {u"location_id"_s, location}, {u"lot_id"_s, lot},
                                 {u"quantity"_s, 1.0}});
    }
}

void stock(OdooStore &s, int productId, double qty, int location, int lot = 0)
{
    mk(s, u"stock.quant"_s, {{u"product_id"_s, productId}, {u"location_id"_s, location},
                             {u"lot_id"_s, lot > 0 ? QJsonValue(lot) : QJsonValue(false)}, {u"quantity"_s, qty}});
}

int partner(OdooStore &s, const QJsonObject &vals)
{
    return mk(s, u"res.partner"_s, vals);
}

QJsonArray line(int productId, double qty, const QString &name = {}, int uom = 0)
{
    QJsonObject v{{u"product_id"_s, productId}, {u"product_uom_qty"_s, qty}};
    if (!name.isEmpty())
        v.insert(u"name"_s, name);
    if (uom > 0)
        v.insert(u"product_uom"_s, uom);
    return QJsonArray{0, 0, v};
}

QJsonArray displayLine(const QString &type, const QString &name)
{
    return QJsonArray{0, 0, QJsonObject{{u"display_type"_s, type}, {u"name"_s, name}}};
}

QString hoursAgo(int hours)
{
    return QDateTime::currentDateTimeUtc().addSecs(-3600LL * hours).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

void OdooDemoData::load(OdooStore &s)
{
    using namespace odooids;
    const int dozens = findOne(s, u"uom.uom"_s, u"name"_s, u"Dozens"_s);
    const int shemax = mk(s, u"stock.location"_s, {{u"name"_s, u"ShemaxGlobal"_s}, {u"usage"_s, u"internal"_s},
                                                   {u"location_id"_s, kWarehouseView}});

    // Products: serial, lot and untracked; one without a Ysell id, one serial product with no stock at all.
    const int scanner = product(s, u"Сканер штрихкодов"_s, u"ACC-SER-001"_s, u"serial"_s, u"4006381333931"_s, 199.0, u"91000001"_s);
    const int widget = product(s, u"YSELL Serial Widget"_s, u"YS-SER-001"_s, u"serial"_s, u"4006381333948"_s, 149.0, u"91000004"_s);
    const int meter = product(s, u"Messgerät Präzision"_s, u"ACC-SER-003"_s, u"serial"_s, {}, 89.0, u"91000006"_s);
    const int powder = product(s, u"Klebepulver"_s, u"ACC-LOT-001"_s, u"lot"_s, {}, 9.5, u"91000003"_s);
    const int cable = product(s, u"Кабель USB-C"_s, u"ACC-PLN-001"_s, u"none"_s, u"4006381333955"_s, 5.0, u"91000002"_s);
    const int noYsell = product(s, u"Geschenkkarton ohne Ysell-ID"_s, u"ACC-NOY-001"_s, u"none"_s, {}, 2.5, {});

    // WH/Stock: serials for the orders' own reservations (first in, first out).
    serials(s, scanner, u"SN-ACC-SER-001"_s, 40, kWarehouseStock);
    serials(s, widget, u"SN-YS-SER-001"_s, 30, kWarehouseStock);
    const int lotA = mk(s, u"stock.lot"_s, {{u"name"_s, u"LOT-ACC-A1"_s}, {u"product_id"_s, powder}});
    stock(s, powder, 500, kWarehouseStock, lotA);
    stock(s, cable, 1000, kWarehouseStock);
    stock(s, noYsell, 100, kWarehouseStock);
    // ShemaxGlobal: free serials the bridge may put on its own pickings.
    serials(s, scanner, u"SN-SG-ACC-SER-001"_s, 20, shemax);
    serials(s, widget, u"SN-SG-YS-SER-001"_s, 20, shemax);
    serials(s, meter, u"SN-SG-ACC-SER-003"_s, 10, shemax);
    stock(s, cable, 200, shemax);

    const int de = countryId(s, u"DE"_s);
    const int ru = countryId(s, u"RU"_s);
    const int at = countryId(s, u"AT"_s);
    const int erika = partner(s, {{u"name"_s, u"Erika Musterfrau"_s}, {u"street"_s, u"Invoicestr. 1"_s},
                                  {u"city"_s, u"Berlin"_s}, {u"zip"_s, u"10115"_s}, {u"country_id"_s, de},
                                  {u"state_id"_s, stateId(s, u"DE-BE"_s)}, {u"email"_s, u"erika@example.com"_s},
                                  {u"phone"_s, u"+49 30 1234567"_s}});
    const int erikaShip = partner(s, {{u"name"_s, u"Erika Musterfrau (Lager)"_s}, {u"type"_s, u"delivery"_s},
                                      {u"parent_id"_s, erika}, {u"street"_s, u"Lieferweg 7"_s},
                                      {u"street2"_s, u"Hinterhaus 2. OG"_s}, {u"city"_s, u"Berlin"_s},
                                      {u"zip"_s, u"10117"_s}, {u"country_id"_s, de},
                                      {u"state_id"_s, stateId(s, u"DE-BE"_s)}, {u"phone"_s, u"+49 30 7654321"_s},
                                      {u"email"_s, u"ship@example.com"_s}});
    const int max = partner(s, {{u"name"_s, u"Max Müller"_s}, {u"street"_s, u"Große Straße 12"_s},
                                {u"city"_s, u"Hamburg"_s}, {u"zip"_s, u"20095"_s}, {u"country_id"_s, de},
                                {u"state_id"_s, stateId(s, u"DE-HH"_s)}, {u"mobile"_s, u"+49 171 5550101"_s},
                                {u"email"_s, u"max.mueller@example.de"_s}});
    const int gmbh = partner(s, {{u"name"_s, u"Müller & Söhne GmbH"_s}, {u"is_company"_s, true},
                                 {u"street"_s, u"Industriestraße 4"_s}, {u"city"_s, u"München"_s},
                                 {u"zip"_s, u"80331"_s}, {u"country_id"_s, de}, {u"state_id"_s, stateId(s, u"DE-BY"_s)}});
    const int juergen = partner(s, {{u"name"_s, u"Jürgen Weiß"_s}, {u"type"_s, u"delivery"_s}, {u"parent_id"_s, gmbh},
                                    {u"street"_s, u"Torstraße 9"_s}, {u"street2"_s, u"Tor 3, Rampe Süd"_s},
                                    {u"city"_s, u"München"_s}, {u"zip"_s, u"80335"_s}, {u"country_id"_s, de},
                                    {u"state_id"_s, stateId(s, u"DE-BY"_s)}, {u"phone"_s, u"+49 89 4445566"_s}});
    const int ivan = partner(s, {{u"name"_s, u"Иван Петров"_s}, {u"street"_s, u"ул. Ленина, д. 5"_s},
                                 {u"street2"_s, u"кв. 12"_s}, {u"city"_s, u"Москва"_s}, {u"zip"_s, u"101000"_s},
                                 {u"country_id"_s, ru}, {u"phone"_s, u"+7 495 123-45-67"_s},
                                 {u"email"_s, u"ivan@example.ru"_s}});
    const int romashka = partner(s, {{u"name"_s, u"ООО Ромашка"_s}, {u"is_company"_s, true}, {u"city"_s, u"Москва"_s},
                                     {u"country_id"_s, ru}});
    const int olga = partner(s, {{u"name"_s, u"Ольга Смирнова"_s}, {u"type"_s, u"delivery"_s},
                                 {u"parent_id"_s, romashka}, {u"street"_s, u"Невский проспект, д. 28"_s},
                                 {u"street2"_s, u"офис 301"_s}, {u"city"_s, u"Санкт-Петербург"_s},
                                 {u"zip"_s, u"191186"_s}, {u"country_id"_s, ru},
                                 {u"state_id"_s, stateId(s, u"RU-SPE"_s)}, {u"mobile"_s, u"+7 921 555-01-02"_s}});
    const int anna = partner(s, {{u"name"_s, u"Anna Gruber"_s}, {u"street"_s, u"Mariahilfer Straße 88"_s},
                                 {u"city"_s, u"Wien"_s}, {u"zip"_s, u"1070"_s}, {u"country_id"_s, at},
                                 {u"email"_s, u"anna.gruber@example.at"_s}});

    struct Customer { int partner; int shipping; };
    const QList<Customer> customers = {{erika, erikaShip}, {max, max}, {gmbh, juergen}, {ivan, ivan},
                                       {romashka, olga}, {anna, anna}};
    const QStringList notes = {
        u"<p>Bitte <b>zweimal</b> klingeln.</p>"_s,
        u"Позвонить за час до доставки"_s,
        u"Lieferung nur werktags, Hintereingang benutzen."_s,
        QString(),
    };

    const auto order = [&](int index, const Customer &c, QJsonArray lines, const QString &note, const QString &state) {
        QJsonObject vals{{u"partner_id"_s, c.partner},
                         {u"partner_shipping_id"_s, c.shipping},
                         {u"date_order"_s, hoursAgo(2 + index * 3)},
                         {u"order_line"_s, lines}};
        if (!note.isEmpty())
            vals.insert(u"note"_s, note);
        if (index % 3 == 0)
            vals.insert(u"client_order_ref"_s, u"SHOP-%1"_s.arg(10000 + index));
        const int id = mk(s, u"sale.order"_s, vals);
        if (state == u"sale"_s) {
            const Status st = confirmSaleOrder(s, id);
            Q_ASSERT(st.ok());
        } else if (state == u"cancel"_s) {
            s.setRaw(u"sale.order"_s, id, u"state"_s, u"cancel"_s);
        }
        return id;
    };

    // 26 confirmed orders covering every case the bridge must handle.
    for (int i = 0; i < 26; ++i) {
        const Customer &c = customers.at(i % customers.size());
        QJsonArray lines;
        switch (i % 6) {
        case 0:
            lines = {line(scanner, 2), line(cable, 1)};
            break;
        case 1:
            lines = {displayLine(u"line_section"_s, u"Zubehör"_s), line(cable, 3), line(powder, 2),
                     displayLine(u"line_note"_s, u"Упаковать в плёнку"_s)};
            break;
        case 2:
            lines = {line(widget, 1), line(cable, 2, u"Kabel, 2 m, schwarz"_s)};
            break;
        case 3:
            lines = {line(scanner, 1), line(widget, 1), displayLine(u"line_note"_s, u"Geschenkverpackung"_s)};
            break;
        case 4:
            lines = QJsonArray{QJsonValue(line(powder, 5))};
            break;
        default:
            lines = QJsonArray{QJsonValue(line(cable, 1))};
            break;
        }
        if (i == 7) // the single order whose product lacks a Ysell product id
            lines = {line(noYsell, 1), line(cable, 1)};
        if (i == 11) // a serial product with no stock in WH/Stock: no move lines, no serials yet
            lines = {line(meter, 1), line(cable, 1)};
        if (i == 5) // sold by the dozen: Ysell must get 12 cables, the delivery must move 12
            lines = QJsonArray{QJsonValue(line(cable, 1, u"Кабель USB-C, дюжина"_s, dozens))};
        order(i, c, lines, notes.at(i % notes.size()), u"sale"_s);
    }
    // Quotations and a cancelled order: the bridge must not send these.
    order(30, customers.at(0), QJsonArray{QJsonValue(line(cable, 1))}, {}, u"draft"_s);
    order(31, customers.at(3), QJsonArray{QJsonValue(line(scanner, 1))}, {}, u"draft"_s);
    order(32, customers.at(1), QJsonArray{QJsonValue(line(widget, 1))}, {}, u"cancel"_s);
}

QStringList OdooDemoData::addConfirmedOrders(OdooStore &s, int count)
{
    using namespace odooids;
    int serialProduct = findOne(s, u"product.product"_s, u"default_code"_s, u"BULK-SER-001"_s);
    int plainProduct = findOne(s, u"product.product"_s, u"default_code"_s, u"BULK-PLN-001"_s);
    if (serialProduct == 0) {
        serialProduct = product(s, u"Bulk Scanner"_s, u"BULK-SER-001"_s, u"serial"_s, {}, 99.0, u"95000001"_s);
        plainProduct = product(s, u"Bulk Kabel"_s, u"BULK-PLN-001"_s, u"none"_s, {}, 3.0, u"95000002"_s);
        stock(s, plainProduct, 1.0e9, kWarehouseStock);
    }
    // The bridge ships from ShemaxGlobal: bulk orders need it as much as the demo does.
    if (findOne(s, u"stock.location"_s, u"name"_s, u"ShemaxGlobal"_s) == 0)
        mk(s, u"stock.location"_s, {{u"name"_s, u"ShemaxGlobal"_s}, {u"usage"_s, u"internal"_s},
                                    {u"location_id"_s, kWarehouseView}});
    QList<int> partners;
    const QJsonValue bulkDomain = QJsonArray{QJsonValue(QJsonArray{u"ref"_s, u"=like"_s, u"BULK-%"_s})};
    partners = s.search(u"res.partner"_s, bulkDomain, u"id"_s).valueOr(QList<int>());
    if (partners.isEmpty()) {
        const int de = countryId(s, u"DE"_s);
        const int ru = countryId(s, u"RU"_s);
        partners.append(partner(s, {{u"name"_s, u"Bulk Kunde Köln"_s}, {u"ref"_s, u"BULK-1"_s},
                                    {u"street"_s, u"Domstraße 1"_s}, {u"city"_s, u"Köln"_s},
                                    {u"zip"_s, u"50667"_s}, {u"country_id"_s, de}}));
        partners.append(partner(s, {{u"name"_s, u"Покупатель Казань"_s}, {u"ref"_s, u"BULK-2"_s},
                                    {u"street"_s, u"ул. Баумана, 10"_s}, {u"city"_s, u"Казань"_s},
                                    {u"zip"_s, u"420111"_s}, {u"country_id"_s, ru}}));
    }
    QStringList names;
    names.reserve(count);
    // Records are inserted directly (no defaults, checks or hooks): 10,000 orders must take well under seconds.
    const QString ts = s.now();
    const int plainQuant = [&]() {
        for (int q : s.referencing(u"stock.quant"_s, u"product_id"_s, plainProduct)) {
            if (s.m2o(u"stock.quant"_s, q, u"location_id"_s) == kWarehouseStock)
                return q;
        }
        return 0;
    }();
    double plainReserved = s.num(u"stock.quant"_s, plainQuant, u"reserved_quantity"_s);
    const QString serialName = s.displayName(u"product.product"_s, serialProduct);
    const QString plainName = s.displayName(u"product.product"_s, plainProduct);
    const QString serialCode = s.str(u"product.product"_s, serialProduct, u"default_code"_s);
    int pickingNumber = std::max(1, s.raw(u"stock.picking.type"_s, kPickingTypeOut, u"next_number"_s).toInt());
    const QString whCode = s.str(u"stock.warehouse"_s, kWarehouse, u"code"_s);
    using V = QHash<QString, QJsonValue>;
    for (int i = 0; i < count; ++i) {
        const int serialQty = 1 + (i % 2);
        const int plainQty = 1 + i % 3;
        const int partnerId = partners.at(i % partners.size());
        const int orderId = s.model(u"sale.order"_s)->nextId;
        const QString orderName = u"S%1"_s.arg(orderId, 5, 10, QChar(u'0'));
        const int group = s.insertRaw(u"procurement.group"_s, V{{u"name"_s, orderName}, {u"sale_id"_s, orderId},
                                                               {u"partner_id"_s, partnerId}}, ts);
        const int order = s.insertRaw(u"sale.order"_s,
                                      V{{u"name"_s, orderName}, {u"state"_s, u"sale"_s}, {u"date_order"_s, ts},
                                        {u"partner_id"_s, partnerId}, {u"partner_shipping_id"_s, partnerId},
                                        {u"partner_invoice_id"_s, partnerId}, {u"warehouse_id"_s, kWarehouse},
                                        {u"company_id"_s, kCompany}, {u"currency_id"_s, 1}, {u"user_id"_s, kAdminUid},
                                        {u"locked"_s, false}, {u"procurement_group_id"_s, group}},
                                      ts);
        Q_ASSERT(order == orderId);
        const auto saleLine = [&](int productId, const QString &name, double qty, double price, int seq) {
            return s.insertRaw(u"sale.order.line"_s,
                               V{{u"order_id"_s, order}, {u"sequence"_s, seq}, {u"name"_s, name}, {u"product_id"_s, productId},
                                 {u"product_uom_qty"_s, qty}, {u"product_uom"_s, kUnits}, {u"price_unit"_s, price},
                                 {u"company_id"_s, kCompany}},
                               ts);
        };
        const int serialLine = saleLine(serialProduct, serialName, serialQty, 99.0, 10);
        const int plainLine = saleLine(plainProduct, plainName, plainQty, 3.0, 11);
        const int picking = s.insertRaw(u"stock.picking"_s,
                                        V{{u"name"_s, u"%1/OUT/%2"_s.arg(whCode).arg(pickingNumber++, 5, 10, QChar(u'0'))},
                                          {u"origin"_s, orderName}, {u"partner_id"_s, partnerId},
                                          {u"location_id"_s, kWarehouseStock}, {u"location_dest_id"_s, kCustomersLocation},
                                          {u"picking_type_id"_s, kPickingTypeOut}, {u"scheduled_date"_s, ts},
                                          {u"company_id"_s, kCompany}, {u"state"_s, u"draft"_s}},
                                        ts);
        const auto move = [&](int productId, const QString &name, double qty, int line) {
            return s.insertRaw(u"stock.move"_s,
                               V{{u"name"_s, name}, {u"product_id"_s, productId}, {u"product_uom_qty"_s, qty},
                                 {u"product_uom"_s, kUnits}, {u"location_id"_s, kWarehouseStock},
                                 {u"location_dest_id"_s, kCustomersLocation}, {u"sale_line_id"_s, line},
                                 {u"group_id"_s, group}, {u"picking_id"_s, picking}, {u"picking_type_id"_s, kPickingTypeOut},
                                 {u"partner_id"_s, partnerId}, {u"origin"_s, orderName}, {u"state"_s, u"assigned"_s},
                                 {u"sequence"_s, 10}, {u"company_id"_s, kCompany}},
                               ts);
        };
        const auto moveLine = [&](int moveId, int productId, int lot, double qty) {
            s.insertRaw(u"stock.move.line"_s,
                        V{{u"move_id"_s, moveId}, {u"picking_id"_s, picking}, {u"product_id"_s, productId},
                          {u"product_uom_id"_s, kUnits}, {u"lot_id"_s, lot > 0 ? QJsonValue(lot) : QJsonValue(false)},
                          {u"quantity"_s, qty}, {u"location_id"_s, kWarehouseStock},
                          {u"location_dest_id"_s, kCustomersLocation}, {u"company_id"_s, kCompany}},
                        ts);
        };
        const int serialMove = move(serialProduct, serialName, serialQty, serialLine);
        for (int k = 1; k <= serialQty; ++k) {
            // Serials made for this order: unique names, already reserved on the order's own picking.
            const int lot = s.insertRaw(u"stock.lot"_s, V{{u"name"_s, u"SN-%1-%2-%3"_s.arg(serialCode, orderName).arg(k)},
                                                          {u"product_id"_s, serialProduct}, {u"company_id"_s, kCompany}},
                                        ts);
            s.insertRaw(u"stock.quant"_s, V{{u"product_id"_s, serialProduct}, {u"location_id"_s, kWarehouseStock},
                                             {u"lot_id"_s, lot}, {u"quantity"_s, 1.0}, {u"reserved_quantity"_s, 1.0},
                                             {u"company_id"_s, kCompany}},
                        ts);
            moveLine(serialMove, serialProduct, lot, 1.0);
        }
        const int plainMove = move(plainProduct, plainName, plainQty, plainLine);
        moveLine(plainMove, plainProduct, 0, plainQty);
        plainReserved += plainQty;
        names.append(orderName);
    }
    s.setRaw(u"stock.quant"_s, plainQuant, u"reserved_quantity"_s, plainReserved);
    s.setRaw(u"stock.picking.type"_s, kPickingTypeOut, u"next_number"_s, pickingNumber);
    return names;
}

} // namespace ysb::sim
