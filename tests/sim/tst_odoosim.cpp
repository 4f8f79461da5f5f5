// In-process tests of the Odoo 17 simulator: every method and error class the bridge meets.
#include "OdooSim.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using ysb::sim::OdooSim;

namespace {

const QString kPassword = u"sim-test-pw-0001"_s;

struct Answer {
    int status = 0;
    QByteArray contentType;
    QJsonObject body;
    QJsonValue result() const { return body.value(u"result"_s); }
    QString errorName() const { return body.value(u"error"_s)[u"data"_s][u"name"_s].toString(); }
    QString errorMessage() const { return body.value(u"error"_s)[u"data"_s][u"message"_s].toString(); }
};

} // namespace

class TstOdooSim final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<OdooSim> m_sim;

    Answer post(const QJsonObject &params, const QJsonValue &id = 7)
    {
        const QJsonObject req{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"call"_s}, {u"params"_s, params}, {u"id"_s, id}};
        const auto reply = m_sim->handle("application/json", QJsonDocument(req).toJson(QJsonDocument::Compact));
        return Answer{reply.status, reply.contentType, QJsonDocument::fromJson(reply.body).object()};
    }
    // Braced lists go through std::initializer_list<QJsonValue>: a braced single QJsonArray would copy, not nest.
    Answer kw(const QString &model, const QString &method, std::initializer_list<QJsonValue> args,
              const QJsonObject &kwargs = {}, const QJsonValue &uid = 2)
    {
        return kwA(model, method, QJsonArray(args), kwargs, uid);
    }
    Answer kwA(const QString &model, const QString &method, const QJsonArray &args, const QJsonObject &kwargs = {},
               const QJsonValue &uid = 2)
    {
        QJsonArray a{u"ysell_demo"_s, uid, kPassword, model, method, args};
        if (!kwargs.isEmpty())
            a.append(kwargs);
        return post({{u"service"_s, u"object"_s}, {u"method"_s, u"execute_kw"_s}, {u"args"_s, a}});
    }
    QJsonArray records(const QString &model, std::initializer_list<QJsonValue> domainLeaves, const QJsonArray &fields,
                       int limit = -1)
    {
        const QJsonArray domain(domainLeaves);
        QJsonObject kwargs{{u"fields"_s, fields}};
        if (limit >= 0)
            kwargs.insert(u"limit"_s, limit);
        const Answer a = kw(model, u"search_read"_s, {domain}, kwargs);
        if (!a.body.contains(u"result"_s))
            qWarning() << "unexpected answer" << a.body;
        return a.result().toArray();
    }
    int firstId(const QString &model, std::initializer_list<QJsonValue> domainLeaves)
    {
        const QJsonArray domain(domainLeaves);
        const QJsonArray ids = kw(model, u"search"_s, {domain}, {{u"limit"_s, 1}}).result().toArray();
        return ids.isEmpty() ? 0 : ids.first().toInt();
    }

private slots:
    void init()
    {
        m_sim = std::make_unique<OdooSim>(OdooSim::Options{u"ysell_demo"_s, u"admin"_s, kPassword, true});
        m_sim->loadDemo();
    }

    void versionAndEnvelope()
    {
        const Answer a = post({{u"service"_s, u"common"_s}, {u"method"_s, u"version"_s}, {u"args"_s, QJsonArray()}}, 42);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(u"jsonrpc"_s).toString(), u"2.0"_s);
        QCOMPARE(a.body.value(u"id"_s).toInt(), 42);
        QCOMPARE(a.result()[u"server_serie"_s].toString(), u"17.0"_s);
        QCOMPARE(a.result()[u"server_version_info"_s].toArray(),
                 (QJsonArray{17, 0, 0, u"final"_s, 0, u""_s}));
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("broken json") << QByteArray("application/json") << QByteArray("{\"jsonrpc\": ");
        QTest::newRow("not an object") << QByteArray("application/json") << QByteArray("[1,2]");
        QTest::newRow("form content type") << QByteArray("application/x-www-form-urlencoded") << QByteArray("{}");
    }
    void malformedRequests()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        const auto reply = m_sim->handle(contentType, body);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.contentType.startsWith("text/html"));
        QVERIFY(reply.body.contains("Bad Request"));
    }

    void authenticate_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QJsonValue>("result");
        QTest::addColumn<QString>("error");
        QTest::newRow("admin") << u"ysell_demo"_s << u"admin"_s << kPassword << QJsonValue(2) << QString();
        QTest::newRow("clerk") << u"ysell_demo"_s << u"clerk"_s << kPassword << QJsonValue(3) << QString();
        QTest::newRow("bad password") << u"ysell_demo"_s << u"admin"_s << u"nope"_s << QJsonValue(false) << QString();
        QTest::newRow("unknown login") << u"ysell_demo"_s << u"nobody"_s << kPassword << QJsonValue(false) << QString();
        QTest::newRow("wrong db") << u"no_such_db"_s << u"admin"_s << kPassword << QJsonValue()
                                  << u"psycopg2.OperationalError"_s;
    }
    void authenticate()
    {
        QFETCH(QString, db);
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(QJsonValue, result);
        QFETCH(QString, error);
        const Answer a = post({{u"service"_s, u"common"_s},
                               {u"method"_s, u"authenticate"_s},
                               {u"args"_s, QJsonArray{db, login, password, QJsonObject()}}});
        QCOMPARE(a.status, 200);
        if (error.isEmpty()) {
            QCOMPARE(a.result(), result);
        } else {
            QCOMPARE(a.errorName(), error);
            QVERIFY(a.errorMessage().contains(db));
            QVERIFY(!a.body.contains(u"result"_s));
        }
        const Answer l = post({{u"service"_s, u"common"_s}, {u"method"_s, u"login"_s},
                               {u"args"_s, QJsonArray{db, login, password}}});
        if (error.isEmpty())
            QCOMPARE(l.result(), result);
    }

    void executeKwCredentials_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QJsonValue>("uid");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << u"ysell_demo"_s << QJsonValue(2) << kPassword << QString();
        QTest::newRow("uid as string") << u"ysell_demo"_s << QJsonValue(u"2"_s) << kPassword << QString();
        QTest::newRow("wrong db") << u"nope"_s << QJsonValue(2) << kPassword << u"psycopg2.OperationalError"_s;
        QTest::newRow("wrong password") << u"ysell_demo"_s << QJsonValue(2) << u"wrong"_s
                                        << u"odoo.exceptions.AccessDenied"_s;
        QTest::newRow("uid false") << u"ysell_demo"_s << QJsonValue(false) << kPassword
                                   << u"odoo.exceptions.AccessDenied"_s;
        QTest::newRow("uid null") << u"ysell_demo"_s << QJsonValue(QJsonValue::Null) << kPassword
                                  << u"builtins.TypeError"_s;
        QTest::newRow("unknown uid") << u"ysell_demo"_s << QJsonValue(99) << kPassword
                                     << u"odoo.exceptions.AccessDenied"_s;
    }
    void executeKwCredentials()
    {
        QFETCH(QString, db);
        QFETCH(QJsonValue, uid);
        QFETCH(QString, password);
        QFETCH(QString, error);
        const Answer a = post({{u"service"_s, u"object"_s},
                               {u"method"_s, u"execute_kw"_s},
                               {u"args"_s, QJsonArray{db, uid, password, u"res.partner"_s, u"search_count"_s,
                                                      QJsonArray{QJsonArray()}}}});
        QCOMPARE(a.status, 200);
        if (error.isEmpty()) {
            QVERIFY(a.result().toInt() > 0);
        } else {
            QCOMPARE(a.errorName(), error);
            const QJsonObject err = a.body.value(u"error"_s).toObject();
            QCOMPARE(err.value(u"code"_s).toInt(), 200);
            QCOMPARE(err.value(u"message"_s).toString(), u"Odoo Server Error"_s);
            QCOMPARE(err[u"data"_s][u"arguments"_s].toArray().first().toString(), a.errorMessage());
        }
    }

    void unknownThings_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonArray>("args");
        QTest::addColumn<QJsonObject>("kwargs");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("model") << u"x.nonexistent"_s << u"search"_s << QJsonArray{QJsonArray()} << QJsonObject()
                               << u"odoo.exceptions.UserError"_s << u"Object x.nonexistent doesn't exist"_s;
        QTest::newRow("method") << u"sale.order"_s << u"frobnicate"_s << QJsonArray{QJsonValue(QJsonArray{1})} << QJsonObject()
                                << u"builtins.AttributeError"_s
                                << u"The method 'frobnicate' does not exist on the model 'sale.order'"_s;
        QTest::newRow("private") << u"sale.order"_s << u"_compute_x"_s << QJsonArray() << QJsonObject()
                                 << u"odoo.exceptions.AccessError"_s
                                 << u"Private methods (such as _compute_x) cannot be called remotely."_s;
        QTest::newRow("qty_done") << u"stock.move.line"_s << u"search_read"_s << QJsonArray{QJsonArray()}
                                  << QJsonObject{{u"fields"_s, QJsonArray{u"qty_done"_s}}, {u"limit"_s, 1}}
                                  << u"builtins.ValueError"_s
                                  << u"Invalid field 'qty_done' on model 'stock.move.line'"_s;
        QTest::newRow("dotted field") << u"sale.order"_s << u"search_read"_s << QJsonArray{QJsonArray()}
                                      << QJsonObject{{u"fields"_s, QJsonArray{u"partner_shipping_id.city"_s}}}
                                      << u"builtins.ValueError"_s
                                      << u"Invalid field 'partner_shipping_id.city' on model 'sale.order'"_s;
        QTest::newRow("domain field") << u"sale.order"_s << u"search"_s
                                      << QJsonArray{QJsonValue(QJsonArray{QJsonValue(QJsonArray{u"nope"_s, u"="_s, 1})})} << QJsonObject()
                                      << u"builtins.ValueError"_s
                                      << u"Invalid field sale.order.nope in leaf ('nope', '=', 1)"_s;
        QTest::newRow("bad selection") << u"product.product"_s << u"write"_s
                                       << QJsonArray{QJsonArray{1}, QJsonObject{{u"tracking"_s, u"foo"_s}}}
                                       << QJsonObject() << u"builtins.ValueError"_s
                                       << u"Wrong value for product.product.tracking: 'foo'"_s;
        QTest::newRow("write missing") << u"sale.order"_s << u"write"_s
                                       << QJsonArray{QJsonArray{999999}, QJsonObject{{u"note"_s, u"x"_s}}}
                                       << QJsonObject() << u"odoo.exceptions.MissingError"_s
                                       << u"Record does not exist or has been deleted.\n(Record: sale.order(999999,), User: 2)"_s;
        QTest::newRow("missing required") << u"sale.order"_s << u"create"_s
                                          << QJsonArray{QJsonObject{{u"client_order_ref"_s, u"x"_s}}} << QJsonObject()
                                          << u"odoo.exceptions.ValidationError"_s << QString();
        QTest::newRow("unlink confirmed") << u"sale.order"_s << u"unlink"_s << QJsonArray{QJsonValue(QJsonArray{1})}
                                          << QJsonObject() << u"odoo.exceptions.UserError"_s
                                          << u"You can not delete a sent quotation or a confirmed sales order. You must first cancel it."_s;
        QTest::newRow("unknown xmlid") << u"ir.model.data"_s << u"check_object_reference"_s
                                       << QJsonArray{u"stock"_s, u"nope"_s} << QJsonObject()
                                       << u"builtins.ValueError"_s << u"External ID not found in the system: stock.nope"_s;
    }
    void unknownThings()
    {
        QFETCH(QString, model);
        QFETCH(QString, method);
        QFETCH(QJsonArray, args);
        QFETCH(QJsonObject, kwargs);
        QFETCH(QString, error);
        QFETCH(QString, message);
        const Answer a = kwA(model, method, args, kwargs);
        QCOMPARE(a.status, 200);
        QVERIFY2(!a.body.contains(u"result"_s), qPrintable(QString::fromUtf8(QJsonDocument(a.body).toJson())));
        QCOMPARE(a.errorName(), error);
        if (!message.isEmpty())
            QCOMPARE(a.errorMessage(), message);
    }

    void readShapes()
    {
        const int order = firstId(u"sale.order"_s, {QJsonArray{u"state"_s, u"="_s, u"sale"_s}});
        QVERIFY(order > 0);
        const Answer a = kw(u"sale.order"_s, u"read"_s,
                            {QJsonArray{order, 999999}, QJsonArray{u"name"_s, u"partner_id"_s, u"client_order_ref"_s,
                                                                   u"order_line"_s, u"picking_ids"_s, u"note"_s,
                                                                   u"procurement_group_id"_s, u"amount_total"_s,
                                                                   u"locked"_s, u"delivery_count"_s}});
        const QJsonArray rows = a.result().toArray();
        QCOMPARE(rows.size(), 1); // the missing id is silently skipped
        const QJsonObject r = rows.first().toObject();
        QCOMPARE(r.value(u"id"_s).toInt(), order);
        QCOMPARE(r.size(), 11);
        QVERIFY(r.value(u"partner_id"_s).isArray());
        QCOMPARE(r.value(u"partner_id"_s).toArray().size(), 2);
        QVERIFY(r.value(u"partner_id"_s)[0].isDouble());
        QVERIFY(r.value(u"partner_id"_s)[1].isString());
        QVERIFY(r.value(u"order_line"_s).isArray());
        QVERIFY(r.value(u"order_line"_s)[0].isDouble());
        QVERIFY(r.value(u"picking_ids"_s).toArray().size() >= 1);
        QVERIFY(r.value(u"procurement_group_id"_s).isArray());
        QVERIFY(r.value(u"locked"_s).isBool());
        QVERIFY(r.value(u"amount_total"_s).isDouble());
        QCOMPARE(r.value(u"delivery_count"_s).toInt(), r.value(u"picking_ids"_s).toArray().size());
        // empty values are false, never "" or null
        const QJsonValue ref = r.value(u"client_order_ref"_s);
        QVERIFY(ref.isBool() ? !ref.toBool() : !ref.toString().isEmpty());
    }

    void webSearchReadNested()
    {
        const QJsonObject spec{
            {u"name"_s, QJsonObject()},
            {u"procurement_group_id"_s, QJsonObject()},
            {u"partner_shipping_id"_s,
             QJsonObject{{u"fields"_s, QJsonObject{{u"name"_s, QJsonObject()},
                                                   {u"country_code"_s, QJsonObject()},
                                                   {u"state_id"_s, QJsonObject{{u"fields"_s, QJsonObject{{u"code"_s, QJsonObject()}}}}}}}}},
            {u"order_line"_s,
             QJsonObject{{u"fields"_s, QJsonObject{{u"display_type"_s, QJsonObject()},
                                                   {u"product_uom"_s, QJsonObject()},
                                                   {u"product_id"_s, QJsonObject{{u"fields"_s, QJsonObject{{u"default_code"_s, QJsonObject()},
                                                                                                           {u"x_ysell_product_id"_s, QJsonObject()}}}}}}}}},
            {u"picking_ids"_s, QJsonObject{{u"fields"_s, QJsonObject{{u"name"_s, QJsonObject()}, {u"state"_s, QJsonObject()}}}}}};
        const Answer a = kw(u"sale.order"_s, u"web_search_read"_s, {},
                            {{u"domain"_s, QJsonArray{QJsonValue(QJsonArray{u"state"_s, u"="_s, u"sale"_s})}},
                             {u"specification"_s, spec}, {u"limit"_s, 5}, {u"offset"_s, 0}, {u"order"_s, u"id"_s}});
        const QJsonObject result = a.result().toObject();
        QCOMPARE(result.keys(), (QStringList{u"length"_s, u"records"_s}));
        QVERIFY(result.value(u"length"_s).toInt() >= 25);
        const QJsonArray recs = result.value(u"records"_s).toArray();
        QCOMPARE(recs.size(), 5);
        int previous = 0;
        bool sawSection = false;
        for (const auto &v : recs) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(u"id"_s).toInt() > previous);
            previous = o.value(u"id"_s).toInt();
            QVERIFY(o.value(u"procurement_group_id"_s).isDouble()); // bare id without a sub-specification
            QVERIFY(o.value(u"partner_shipping_id"_s).isObject());
            QVERIFY(o.value(u"partner_shipping_id"_s)[u"id"_s].isDouble());
            const QJsonValue state = o.value(u"partner_shipping_id"_s)[u"state_id"_s];
            QVERIFY(state.isBool() || state[u"code"_s].isString());
            for (const auto &l : o.value(u"order_line"_s).toArray()) {
                const QJsonObject line = l.toObject();
                if (line.value(u"display_type"_s).isString()) {
                    sawSection = true;
                    QCOMPARE(line.value(u"product_id"_s), QJsonValue(false));
                    QCOMPARE(line.value(u"product_uom"_s), QJsonValue(false));
                } else {
                    QVERIFY(line.value(u"product_uom"_s).isDouble());
                    QVERIFY(line.value(u"product_id"_s)[u"default_code"_s].isString());
                }
            }
            QVERIFY(o.value(u"picking_ids"_s)[0][u"name"_s].toString().startsWith(u"WH/OUT/"_s));
        }
        QVERIFY(sawSection);
    }

    void searchReadOrderLimitOffset()
    {
        const QJsonArray all = records(u"sale.order"_s, {QJsonArray{u"state"_s, u"="_s, u"sale"_s}}, {u"name"_s});
        const Answer page = kw(u"sale.order"_s, u"search_read"_s, {QJsonArray{QJsonValue(QJsonArray{u"state"_s, u"="_s, u"sale"_s})}},
                               {{u"fields"_s, QJsonArray{u"name"_s}}, {u"limit"_s, 3}, {u"offset"_s, 2}, {u"order"_s, u"id desc"_s}});
        const QJsonArray rows = page.result().toArray();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[0][u"id"_s].toInt() > rows[1][u"id"_s].toInt());
        int maxId = 0;
        for (const auto &r : all)
            maxId = std::max(maxId, r[u"id"_s].toInt());
        QVERIFY(rows[0][u"id"_s].toInt() < maxId);
        const Answer count = kw(u"sale.order"_s, u"search_count"_s, {QJsonArray{QJsonValue(QJsonArray{u"state"_s, u"="_s, u"sale"_s})}});
        QCOMPARE(count.result().toInt(), all.size());
        const Answer bad = kw(u"sale.order"_s, u"search"_s, {QJsonArray()}, {{u"order"_s, u"nope desc"_s}});
        QCOMPARE(bad.errorName(), u"builtins.ValueError"_s);
    }

    void writeUpdatesWriteDate()
    {
        const int order = firstId(u"sale.order"_s, {QJsonArray{u"state"_s, u"="_s, u"sale"_s}});
        const Answer w = kw(u"sale.order"_s, u"write"_s,
                            {QJsonArray{order}, QJsonObject{{u"x_ysell_order_id"_s, u"YS-1"_s}, {u"x_ysell_state"_s, u"sent"_s},
                                                            {u"note"_s, u"Plain <text>"_s}}});
        QCOMPARE(w.result(), QJsonValue(true));
        const QJsonObject r = kw(u"sale.order"_s, u"read"_s,
                                 {QJsonArray{order}, QJsonArray{u"x_ysell_order_id"_s, u"x_ysell_state"_s, u"note"_s, u"write_date"_s}})
                                  .result()[0]
                                  .toObject();
        QCOMPARE(r.value(u"x_ysell_order_id"_s).toString(), u"YS-1"_s);
        QCOMPARE(r.value(u"note"_s).toString(), u"<p>Plain &lt;text&gt;</p>"_s);
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s).match(r.value(u"write_date"_s).toString()).hasMatch());
        const Answer nf = kw(u"sale.order"_s, u"write"_s, {QJsonArray{order}, QJsonObject{{u"nope"_s, 1}}});
        QCOMPARE(nf.errorName(), u"builtins.ValueError"_s);
    }

    void createPickingsLikeTheBridge()
    {
        const int order = firstId(u"sale.order"_s, {QJsonArray{u"state"_s, u"="_s, u"sale"_s},
                                                    QJsonArray{u"order_line.product_id.tracking"_s, u"="_s, u"serial"_s}});
        QVERIFY(order > 0);
        const QJsonObject so = kw(u"sale.order"_s, u"read"_s,
                                  {QJsonArray{order}, QJsonArray{u"name"_s, u"procurement_group_id"_s, u"partner_shipping_id"_s,
                                                                 u"order_line"_s, u"picking_ids"_s}})
                                   .result()[0]
                                   .toObject();
        const QJsonArray shemax = records(u"stock.location"_s, {QJsonArray{u"name"_s, u"="_s, u"ShemaxGlobal"_s},
                                                                QJsonArray{u"usage"_s, u"="_s, u"internal"_s}},
                                          {u"complete_name"_s, u"warehouse_id"_s});
        QCOMPARE(shemax.size(), 1);
        QCOMPARE(shemax[0][u"complete_name"_s].toString(), u"WH/ShemaxGlobal"_s);
        const int shemaxId = shemax[0][u"id"_s].toInt();
        const QJsonArray customers = kw(u"ir.model.data"_s, u"check_object_reference"_s,
                                        {u"stock"_s, u"stock_location_customers"_s}).result().toArray();
        QCOMPARE(customers[0].toString(), u"stock.location"_s);
        const QJsonArray type = kw(u"ir.model.data"_s, u"check_object_reference"_s, {u"stock"_s, u"picking_type_out"_s})
                                    .result()
                                    .toArray();
        QCOMPARE(type[0].toString(), u"stock.picking.type"_s);
        const QJsonArray types = records(u"stock.picking.type"_s, {QJsonArray{u"id"_s, u"="_s, type[1]}},
                                         {u"default_location_dest_id"_s, u"code"_s});
        QCOMPARE(types[0][u"default_location_dest_id"_s], QJsonValue(false));

        const QJsonArray lines = records(u"sale.order.line"_s, {QJsonArray{u"order_id"_s, u"="_s, order},
                                                                QJsonArray{u"display_type"_s, u"="_s, false}},
                                         {u"product_id"_s, u"product_uom_qty"_s, u"product_uom"_s, u"name"_s});
        QJsonArray moves;
        for (const auto &l : lines) {
            moves.append(QJsonArray{0, 0, QJsonObject{{u"name"_s, l[u"name"_s]},
                                                      {u"product_id"_s, l[u"product_id"_s][0]},
                                                      {u"product_uom_qty"_s, l[u"product_uom_qty"_s]},
                                                      {u"product_uom"_s, l[u"product_uom"_s][0]},
                                                      {u"location_id"_s, shemaxId},
                                                      {u"location_dest_id"_s, customers[1]},
                                                      {u"sale_line_id"_s, l[u"id"_s]},
                                                      {u"group_id"_s, so[u"procurement_group_id"_s][0]}}});
        }
        const QJsonObject vals{{u"picking_type_id"_s, type[1]}, {u"partner_id"_s, so[u"partner_shipping_id"_s][0]},
                               {u"location_id"_s, shemaxId}, {u"location_dest_id"_s, customers[1]},
                               {u"origin"_s, so[u"name"_s]}, {u"note"_s, u"Ysell serials: SN-1"_s},
                               {u"sale_id"_s, order}, {u"move_ids"_s, moves}};
        const Answer created = kw(u"stock.picking"_s, u"create"_s, {QJsonArray{vals, vals}});
        const QJsonArray ids = created.result().toArray();
        QCOMPARE(ids.size(), 2);
        const QJsonObject p = kw(u"stock.picking"_s, u"read"_s,
                                 {QJsonArray{ids[0]}, QJsonArray{u"name"_s, u"state"_s, u"sale_id"_s, u"group_id"_s, u"note"_s,
                                                                 u"location_id"_s, u"move_ids"_s, u"move_line_ids"_s}})
                                  .result()[0]
                                  .toObject();
        QCOMPARE(p.value(u"state"_s).toString(), u"draft"_s);
        QVERIFY(p.value(u"name"_s).toString().startsWith(u"WH/OUT/"_s));
        QCOMPARE(p.value(u"sale_id"_s)[0].toInt(), order); // linked through the moves' group, not the dropped sale_id
        QCOMPARE(p.value(u"note"_s).toString(), u"<p>Ysell serials: SN-1</p>"_s);
        QCOMPARE(p.value(u"location_id"_s)[1].toString(), u"WH/ShemaxGlobal"_s);
        QCOMPARE(p.value(u"move_ids"_s).toArray().size(), lines.size());
        QCOMPARE(p.value(u"move_line_ids"_s).toArray(), QJsonArray());
        const QJsonArray pickingIds = kw(u"sale.order"_s, u"read"_s, {QJsonArray{order}, QJsonArray{u"picking_ids"_s}})
                                          .result()[0][u"picking_ids"_s]
                                          .toArray();
        QVERIFY(pickingIds.contains(ids[0]) && pickingIds.contains(ids[1]));

        // A free serial in ShemaxGlobal on a move line makes the picking leave draft (tag 4g.B).
        const int serialMove = [&]() {
            for (const auto &mv : p.value(u"move_ids"_s).toArray()) {
                const QJsonObject m = kw(u"stock.move"_s, u"read"_s, {QJsonArray{mv}, QJsonArray{u"product_id"_s}}).result()[0].toObject();
                const QJsonArray prod = records(u"product.product"_s, {QJsonArray{u"id"_s, u"="_s, m[u"product_id"_s][0]}}, {u"tracking"_s});
                if (prod[0][u"tracking"_s].toString() == u"serial"_s)
                    return mv.toInt();
            }
            return 0;
        }();
        QVERIFY(serialMove > 0);
        const QJsonObject mv = kw(u"stock.move"_s, u"read"_s, {QJsonArray{serialMove}, QJsonArray{u"product_id"_s, u"product_uom_qty"_s}})
                                   .result()[0]
                                   .toObject();
        const QJsonArray free = records(u"stock.quant"_s, {QJsonArray{u"location_id"_s, u"="_s, shemaxId},
                                                           QJsonArray{u"product_id"_s, u"="_s, mv[u"product_id"_s][0]},
                                                           QJsonArray{u"lot_id"_s, u"!="_s, false},
                                                           QJsonArray{u"reserved_quantity"_s, u"="_s, 0}},
                                        {u"lot_id"_s, u"quantity"_s});
        QVERIFY(free.size() >= mv[u"product_uom_qty"_s].toInt());
        QJsonArray mls;
        for (int i = 0; i < mv[u"product_uom_qty"_s].toInt(); ++i) {
            mls.append(QJsonObject{{u"move_id"_s, serialMove}, {u"picking_id"_s, ids[0]}, {u"product_id"_s, mv[u"product_id"_s][0]},
                                   {u"lot_id"_s, free[i][u"lot_id"_s][0]}, {u"quantity"_s, 1},
                                   {u"location_id"_s, shemaxId}, {u"location_dest_id"_s, customers[1]}});
        }
        QCOMPARE(kw(u"stock.move.line"_s, u"create"_s, {mls}).result().toArray().size(), mls.size());
        const QJsonObject after = kw(u"stock.move"_s, u"read"_s, {QJsonArray{serialMove}, QJsonArray{u"state"_s, u"quantity"_s, u"lot_ids"_s}})
                                      .result()[0]
                                      .toObject();
        QCOMPARE(after.value(u"state"_s).toString(), u"assigned"_s);
        QCOMPARE(after.value(u"lot_ids"_s).toArray().size(), mls.size());
        const QJsonArray reserved = records(u"stock.quant"_s, {QJsonArray{u"lot_id"_s, u"="_s, free[0][u"lot_id"_s][0]}},
                                            {u"reserved_quantity"_s});
        QCOMPARE(reserved[0][u"reserved_quantity"_s].toDouble(), 1.0);

        // Duplicate-picking search and cancel as the bridge does it.
        const QJsonArray dup = records(u"stock.picking"_s, {QJsonArray{u"origin"_s, u"in"_s, QJsonArray{so[u"name"_s]}},
                                                            QJsonArray{u"location_id"_s, u"="_s, shemaxId},
                                                            QJsonArray{u"state"_s, u"!="_s, u"cancel"_s}},
                                       {u"origin"_s, u"state"_s});
        QCOMPARE(dup.size(), 2);
        QCOMPARE(kw(u"stock.picking"_s, u"action_cancel"_s, {QJsonArray{ids[1]}}).result(), QJsonValue(true));
        const QJsonArray cancelled = records(u"stock.picking"_s, {QJsonArray{u"id"_s, u"="_s, ids[1]}}, {u"state"_s});
        QCOMPARE(cancelled[0][u"state"_s].toString(), u"cancel"_s);

        const QJsonObject st = m_sim->stats();
        QCOMPARE(st.value(u"pickings"_s).toInt(), 2);
        QCOMPARE(st[u"calls"_s][u"stock.picking.create"_s].toInt(), 1);
        const QJsonArray created2 = m_sim->pickings();
        QCOMPARE(created2.size(), 2);
        const QJsonObject first = created2[0].toObject();
        QCOMPARE(first[u"location_id"_s][u"complete_name"_s].toString(), u"WH/ShemaxGlobal"_s);
        QCOMPARE(first[u"origin"_s], so[u"name"_s]);
        QCOMPARE(first[u"moves"_s].toArray().size(), lines.size());
        QCOMPARE(first[u"move_lines"_s].toArray().size(), mls.size());
        QVERIFY(first[u"move_lines"_s][0][u"lot_name"_s].toString().startsWith(u"SN-SG-"_s));
        QCOMPARE(first[u"moves"_s][0][u"group_id"_s], so[u"procurement_group_id"_s][0]);
    }

    void messagePost()
    {
        const int order = firstId(u"sale.order"_s, {QJsonArray{u"state"_s, u"="_s, u"sale"_s}});
        const Answer ok = kw(u"sale.order"_s, u"message_post"_s, {QJsonArray{order}},
                             {{u"body"_s, u"Export OK <b>bold?</b>"_s}, {u"message_type"_s, u"comment"_s},
                              {u"subtype_xmlid"_s, u"mail.mt_note"_s}});
        QVERIFY(ok.result().isDouble());
        const QJsonArray msgs = records(u"mail.message"_s, {QJsonArray{u"model"_s, u"="_s, u"sale.order"_s},
                                                            QJsonArray{u"res_id"_s, u"="_s, order}},
                                        {u"body"_s, u"subtype_id"_s, u"message_type"_s});
        QCOMPARE(msgs.size(), 1);
        QCOMPARE(msgs[0][u"body"_s].toString(), u"<p>Export OK &lt;b&gt;bold?&lt;/b&gt;</p>"_s);
        QCOMPARE(msgs[0][u"subtype_id"_s][1].toString(), u"Note"_s);
        const Answer multi = kw(u"sale.order"_s, u"message_post"_s, {QJsonArray{order, order + 1}}, {{u"body"_s, u"x"_s}});
        QCOMPARE(multi.errorName(), u"builtins.ValueError"_s);
        QVERIFY(multi.errorMessage().startsWith(u"Expected singleton: sale.order("_s));
        const Answer positional = kw(u"sale.order"_s, u"message_post"_s, {QJsonArray{order}, u"positional body"_s});
        QCOMPARE(positional.errorName(), u"builtins.TypeError"_s);
    }

    void customFields()
    {
        OdooSim bare(OdooSim::Options{u"ysell_demo"_s, u"admin"_s, kPassword, false});
        const auto call = [&](const QString &model, const QString &method, std::initializer_list<QJsonValue> args,
                              int uid = 2) {
            QJsonArray a{u"ysell_demo"_s, uid, kPassword, model, method, QJsonArray(args)};
            const QJsonObject req{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"call"_s}, {u"id"_s, 1},
                                  {u"params"_s, QJsonObject{{u"service"_s, u"object"_s}, {u"method"_s, u"execute_kw"_s}, {u"args"_s, a}}}};
            return QJsonDocument::fromJson(bare.handle("application/json", QJsonDocument(req).toJson()).body).object();
        };
        const QJsonArray domain{QJsonArray{u"model"_s, u"="_s, u"product.product"_s}, QJsonArray{u"name"_s, u"="_s, u"x_ysell_product_id"_s}};
        QCOMPARE(call(u"ir.model.fields"_s, u"search_count"_s, {domain}).value(u"result"_s).toInt(), 0);
        const QJsonValue before = call(u"product.product"_s, u"search_read"_s, {QJsonArray(), QJsonArray{u"x_ysell_product_id"_s}})
                                      .value(u"error"_s)[u"data"_s][u"name"_s];
        QCOMPARE(before.toString(), u"builtins.ValueError"_s);
        const QJsonArray model = call(u"ir.model"_s, u"search_read"_s,
                                      {QJsonArray{QJsonValue(QJsonArray{u"model"_s, u"="_s, u"product.product"_s})}, QJsonArray{u"id"_s}})
                                     .value(u"result"_s)
                                     .toArray();
        QCOMPARE(model.size(), 1);
        const QJsonObject vals{{u"model_id"_s, model[0][u"id"_s]}, {u"name"_s, u"x_ysell_product_id"_s},
                               {u"field_description"_s, u"YSELL Product ID"_s}, {u"ttype"_s, u"char"_s},
                               {u"state"_s, u"manual"_s}, {u"copied"_s, false}};
        const QJsonObject denied = call(u"ir.model.fields"_s, u"create"_s, {vals}, 3);
        QCOMPARE(denied.value(u"error"_s)[u"data"_s][u"name"_s].toString(), u"odoo.exceptions.AccessError"_s);
        QJsonObject badName = vals;
        badName.insert(u"name"_s, u"ysell_bad"_s);
        QCOMPARE(call(u"ir.model.fields"_s, u"create"_s, {badName}).value(u"error"_s)[u"data"_s][u"name"_s].toString(),
                 u"odoo.exceptions.ValidationError"_s);
        QVERIFY(call(u"ir.model.fields"_s, u"create"_s, {vals}).value(u"result"_s).toInt() > 0);
        QCOMPARE(call(u"ir.model.fields"_s, u"search_count"_s, {domain}).value(u"result"_s).toInt(), 1);
        const QJsonArray f = call(u"ir.model.fields"_s, u"search_read"_s, {domain, QJsonArray{u"state"_s, u"ttype"_s}})
                                 .value(u"result"_s)
                                 .toArray();
        QCOMPARE(f[0][u"state"_s].toString(), u"manual"_s);
        const int product = call(u"product.product"_s, u"create"_s, {QJsonObject{{u"name"_s, u"P"_s}}}).value(u"result"_s).toInt();
        QVERIFY(product > 0);
        QCOMPARE(call(u"product.product"_s, u"write"_s, {QJsonArray{product}, QJsonObject{{u"x_ysell_product_id"_s, u"P-1"_s}}})
                     .value(u"result"_s),
                 QJsonValue(true));
        const QJsonArray prods = call(u"product.product"_s, u"search_read"_s,
                                      {QJsonArray{QJsonValue(QJsonArray{u"x_ysell_product_id"_s, u"="_s, u"P-1"_s})}, QJsonArray{u"x_ysell_product_id"_s}})
                                     .value(u"result"_s)
                                     .toArray();
        QCOMPARE(prods.size(), 1);
        QCOMPARE(prods[0][u"id"_s].toInt(), product);
        const QJsonObject locDenied = call(u"stock.location"_s, u"create"_s, {QJsonObject{{u"name"_s, u"nope"_s}}}, 3);
        QCOMPARE(locDenied.value(u"error"_s)[u"data"_s][u"name"_s].toString(), u"odoo.exceptions.AccessError"_s);
        QVERIFY(locDenied.value(u"error"_s)[u"data"_s][u"message"_s].toString().contains(u"Inventory Locations"_s));
    }

    void faults()
    {
        m_sim->setFault(u"sale.order.web_search_read"_s, u"access_error"_s, 1.0, 1);
        const QJsonObject args{{u"domain"_s, QJsonArray()}, {u"specification"_s, QJsonObject{{u"name"_s, QJsonObject()}}}};
        QCOMPARE(kw(u"sale.order"_s, u"web_search_read"_s, {}, args).errorName(), u"odoo.exceptions.AccessError"_s);
        QVERIFY(kw(u"sale.order"_s, u"web_search_read"_s, {}, args).result().isObject()); // count 1 is used up
        m_sim->setFault(u"*"_s, u"wrong_db"_s, 1.0);
        QCOMPARE(kw(u"res.partner"_s, u"search"_s, {QJsonArray()}).errorName(), u"psycopg2.OperationalError"_s);
        m_sim->clearFaults();
        m_sim->setFault(u"*"_s, u"access_denied"_s, 1.0, 1);
        const Answer auth = post({{u"service"_s, u"common"_s}, {u"method"_s, u"authenticate"_s},
                                  {u"args"_s, QJsonArray{u"ysell_demo"_s, u"admin"_s, kPassword, QJsonObject()}}});
        QCOMPARE(auth.result(), QJsonValue(false));
        QCOMPARE(kw(u"res.partner"_s, u"search_count"_s, {QJsonArray()}).body.contains(u"result"_s), true);
        for (const QString &kind : {u"validation_error"_s, u"user_error"_s, u"missing_error"_s}) {
            m_sim->setFault(u"sale.order.write"_s, kind, 1.0, 1);
            const Answer a = kw(u"sale.order"_s, u"write"_s, {QJsonArray{1}, QJsonObject{{u"x_ysell_state"_s, u"x"_s}}});
            QVERIFY(a.errorName().startsWith(u"odoo.exceptions."_s));
        }
        m_sim->setFault(u"sale.order.read"_s, u"user_error"_s, 0.0);
        QVERIFY(kw(u"sale.order"_s, u"read"_s, {QJsonArray{1}, QJsonArray{u"name"_s}}).result().isArray());
    }

    void noneResultHasNoResultKey()
    {
        const int quant = firstId(u"stock.quant"_s, {});
        const Answer a = kw(u"stock.quant"_s, u"action_apply_inventory"_s, {QJsonArray{quant}});
        QVERIFY(!a.body.contains(u"result"_s));
        QVERIFY(!a.body.contains(u"error"_s));
        QCOMPARE(a.body.value(u"id"_s).toInt(), 7);
    }

    void statsCountCalls()
    {
        post({{u"service"_s, u"common"_s}, {u"method"_s, u"version"_s}, {u"args"_s, QJsonArray()}});
        post({{u"service"_s, u"common"_s}, {u"method"_s, u"version"_s}, {u"args"_s, QJsonArray()}});
        kw(u"res.partner"_s, u"search_count"_s, {QJsonArray()});
        const QJsonObject calls = m_sim->stats().value(u"calls"_s).toObject();
        QCOMPARE(calls.value(u"common.version"_s).toInt(), 2);
        QCOMPARE(calls.value(u"res.partner.search_count"_s).toInt(), 1);
        QCOMPARE(m_sim->stats().value(u"pickings"_s).toInt(), 0);
    }

    void fieldsGet()
    {
        const QJsonObject r = kw(u"product.product"_s, u"fields_get"_s, {QJsonArray{u"tracking"_s, u"uom_id"_s}},
                                 {{u"attributes"_s, QJsonArray{u"type"_s, u"selection"_s, u"relation"_s}}})
                                  .result()
                                  .toObject();
        QCOMPARE(r.keys(), (QStringList{u"tracking"_s, u"uom_id"_s}));
        QCOMPARE(r[u"tracking"_s][u"type"_s].toString(), u"selection"_s);
        QCOMPARE(r[u"tracking"_s][u"selection"_s].toArray().size(), 3);
        QCOMPARE(r[u"uom_id"_s][u"relation"_s].toString(), u"uom.uom"_s);
    }

    // Model access per user and operation, as check_access_rights answers it (tags 4j.*).
    void accessRights_data()
    {
        QTest::addColumn<int>("uid");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("group"); // named in the AccessError when refused
        QTest::newRow("admin creates fields") << 2 << u"ir.model.fields"_s << u"create"_s << true << QString();
        QTest::newRow("clerk creates no fields") << 3 << u"ir.model.fields"_s << u"create"_s << false
                                                 << u"Administration/Access Rights"_s;
        QTest::newRow("clerk reads no field list") << 3 << u"ir.model.fields"_s << u"read"_s << false
                                                   << u"Administration/Access Rights"_s;
        QTest::newRow("clerk writes orders") << 3 << u"sale.order"_s << u"write"_s << true << QString();
        QTest::newRow("clerk creates pickings") << 3 << u"stock.picking"_s << u"create"_s << true << QString();
        QTest::newRow("clerk creates move lines") << 3 << u"stock.move.line"_s << u"create"_s << true << QString();
        QTest::newRow("clerk creates no locations") << 3 << u"stock.location"_s << u"create"_s << false
                                                    << u"Inventory/Administrator"_s;
        QTest::newRow("own-documents clerk reads orders") << 4 << u"sale.order"_s << u"read"_s << true << QString();
        QTest::newRow("sales user reads pickings") << 5 << u"stock.picking"_s << u"read"_s << true << QString();
        QTest::newRow("sales user creates no pickings") << 5 << u"stock.picking"_s << u"create"_s << false
                                                        << u"Inventory/User"_s;
        QTest::newRow("sales user confirms no pickings") << 5 << u"stock.picking"_s << u"write"_s << false
                                                         << u"Inventory/User"_s;
    }

    void accessRights()
    {
        QFETCH(int, uid);
        QFETCH(QString, model);
        QFETCH(QString, operation);
        QFETCH(bool, allowed);
        QFETCH(QString, group);
        const Answer quiet = kw(model, u"check_access_rights"_s, {operation}, {{u"raise_exception"_s, false}}, uid);
        QCOMPARE(quiet.result(), QJsonValue(allowed));
        const Answer loud = kw(model, u"check_access_rights"_s, {operation}, {}, uid);
        if (allowed) {
            QCOMPARE(loud.result(), QJsonValue(true));
        } else {
            QCOMPARE(loud.errorName(), u"odoo.exceptions.AccessError"_s);
            QVERIFY2(loud.errorMessage().contains(u"\t- "_s + group), qPrintable(loud.errorMessage()));
            // The operation itself is refused the same way.
            const Answer real = operation == u"read"_s ? kw(model, u"search_count"_s, {QJsonArray()}, {}, uid)
                                                       : kw(model, operation, {QJsonObject{{u"name"_s, u"x"_s}}}, {}, uid);
            QCOMPARE(real.errorName(), u"odoo.exceptions.AccessError"_s);
        }
    }

    void hasGroupAndFieldsGet()
    {
        const QString allLeads = u"sales_team.group_sale_salesman_all_leads"_s;
        QCOMPARE(kw(u"res.users"_s, u"has_group"_s, {allLeads}, {}, 2).result(), QJsonValue(true));
        QCOMPARE(kw(u"res.users"_s, u"has_group"_s, {allLeads}, {}, 3).result(), QJsonValue(true));
        QCOMPARE(kw(u"res.users"_s, u"has_group"_s, {allLeads}, {}, 4).result(), QJsonValue(false));
        QCOMPARE(kw(u"res.users"_s, u"has_group"_s, {u"stock.group_stock_user"_s}, {}, 5).result(), QJsonValue(false));
        // Any user learns which fields exist; unknown names are simply absent (tag 4j.sale.fields_get.nonadmin).
        const Answer f = kw(u"sale.order"_s, u"fields_get"_s, {QJsonArray{u"x_ysell_order_id"_s, u"nonexistent_field"_s}},
                            {{u"attributes"_s, QJsonArray{u"type"_s, u"string"_s}}}, 3);
        QCOMPARE(f.result().toObject().keys(), QStringList{u"x_ysell_order_id"_s});
        QCOMPARE(f.result()[u"x_ysell_order_id"_s].toObject().keys(), (QStringList{u"string"_s, u"type"_s}));
    }

    void ownDocumentsRule()
    {
        const QJsonArray confirmed{QJsonArray{u"state"_s, u"="_s, u"sale"_s}};
        QCOMPARE(kw(u"sale.order"_s, u"search_count"_s, {confirmed}, {}, 3).result().toInt(), 26);
        // Silently none for the own-documents user (tag 4j.sale.search_count.own_docs) …
        QCOMPARE(kw(u"sale.order"_s, u"search_count"_s, {confirmed}, {}, 4).result().toInt(), 0);
        QCOMPARE(kw(u"sale.order"_s, u"web_search_read"_s, {}, {{u"domain"_s, confirmed},
                                                                {u"specification"_s, QJsonObject{{u"name"_s, QJsonObject()}}}}, 4)
                     .result()[u"length"_s].toInt(),
                 0);
        // … an error when it names another's order (tag 4i.access.record_rule) …
        const int order = firstId(u"sale.order"_s, {QJsonArray{u"state"_s, u"="_s, u"sale"_s}});
        const Answer read = kw(u"sale.order"_s, u"read"_s, {QJsonArray{order}, QJsonArray{u"name"_s}}, {}, 4);
        QCOMPARE(read.errorName(), u"odoo.exceptions.AccessError"_s);
        QVERIFY2(read.errorMessage().contains(u"doesn't have 'read' access to:\n- Sales Order (sale.order)"_s),
                 qPrintable(read.errorMessage()));
        // … and its own orders once it is their salesperson.
        QCOMPARE(kw(u"sale.order"_s, u"write"_s, {QJsonArray{order}, QJsonObject{{u"user_id"_s, 4}}}).result(), QJsonValue(true));
        QCOMPARE(kw(u"sale.order"_s, u"search_count"_s, {confirmed}, {}, 4).result().toInt(), 1);
    }

    // Units with categories and factors; the order's own delivery counts the Dozens line in Units.
    void unitsOfMeasure()
    {
        const QJsonArray dozen = kw(u"sale.order"_s, u"search"_s,
                                    {QJsonArray{QJsonArray{u"order_line.product_uom.name"_s, u"="_s, u"Dozens"_s}}})
                                     .result()
                                     .toArray();
        QCOMPARE(dozen.size(), 1);
        const QJsonObject unit{{u"fields"_s, QJsonObject{{u"name"_s, QJsonObject()}, {u"factor"_s, QJsonObject()},
                                                          {u"uom_type"_s, QJsonObject()}, {u"category_id"_s, QJsonObject()}}}};
        const QJsonObject spec{{u"order_line"_s, QJsonObject{{u"fields"_s, QJsonObject{
            {u"product_uom_qty"_s, QJsonObject()}, {u"product_uom"_s, unit},
            {u"product_id"_s, QJsonObject{{u"fields"_s, QJsonObject{{u"uom_id"_s, unit}}}}}}}}}};
        const QJsonObject line = kw(u"sale.order"_s, u"web_read"_s, {dozen, spec}, {}, 3)
                                     .result()[0][u"order_line"_s][0].toObject();
        QCOMPARE(line[u"product_uom"_s][u"name"_s].toString(), u"Dozens"_s);
        QCOMPARE(line[u"product_uom"_s][u"uom_type"_s].toString(), u"bigger"_s);
        QCOMPARE(line[u"product_uom"_s][u"factor"_s].toDouble(), 1.0 / 12);
        QCOMPARE(line[u"product_id"_s][u"uom_id"_s][u"name"_s].toString(), u"Units"_s);
        QCOMPARE(line[u"product_uom"_s][u"category_id"_s], line[u"product_id"_s][u"uom_id"_s][u"category_id"_s]);
        const QJsonArray kg = records(u"uom.uom"_s, {QJsonArray{u"name"_s, u"="_s, u"kg"_s}}, {u"category_id"_s});
        QCOMPARE(kg.size(), 1);
        QVERIFY(kg[0][u"category_id"_s][0] != line[u"product_uom"_s][u"category_id"_s]);
        const QJsonArray moves = records(u"stock.move"_s, {QJsonArray{u"sale_line_id.order_id"_s, u"="_s, dozen[0]}},
                                         {u"product_uom_qty"_s, u"product_qty"_s, u"quantity"_s, u"state"_s});
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves[0][u"product_uom_qty"_s].toDouble(), 1.0);
        QCOMPARE(moves[0][u"product_qty"_s].toDouble(), 12.0);
        QCOMPARE(moves[0][u"quantity"_s].toDouble(), 1.0); // 12 Units reserved = 1 Dozens
        QCOMPARE(moves[0][u"state"_s].toString(), u"assigned"_s);
    }

    // Picking state from its moves, as Odoo computes it (tags 4l.*), as the clerk.
    void pickingStatesFromMoves()
    {
        const int shemax = firstId(u"stock.location"_s, {QJsonArray{u"name"_s, u"="_s, u"ShemaxGlobal"_s}});
        const int meter = firstId(u"product.product"_s, {QJsonArray{u"default_code"_s, u"="_s, u"ACC-SER-003"_s}});
        const int cable = firstId(u"product.product"_s, {QJsonArray{u"default_code"_s, u"="_s, u"ACC-PLN-001"_s}});
        const int lot = firstId(u"stock.lot"_s, {QJsonArray{u"name"_s, u"="_s, u"SN-SG-ACC-SER-003-0001"_s}});
        const auto move = [&](int product, double qty) {
            return QJsonArray{0, 0, QJsonObject{{u"name"_s, u"x"_s}, {u"product_id"_s, product}, {u"product_uom_qty"_s, qty},
                                                {u"product_uom"_s, 1}, {u"location_id"_s, shemax}, {u"location_dest_id"_s, 5}}};
        };
        const int picking = kw(u"stock.picking"_s, u"create"_s,
                               {QJsonObject{{u"picking_type_id"_s, 2}, {u"location_id"_s, shemax}, {u"location_dest_id"_s, 5},
                                            {u"move_ids"_s, QJsonArray{move(meter, 1), move(cable, 2)}}}}, {}, 3)
                                .result()
                                .toInt();
        QVERIFY(picking > 0);
        const auto state = [&]() {
            return kw(u"stock.picking"_s, u"read"_s, {QJsonArray{picking}, QJsonArray{u"state"_s}}, {}, 3).result()[0][u"state"_s].toString();
        };
        const auto moveStates = [&]() {
            QStringList out;
            for (const QJsonValue &m : records(u"stock.move"_s, {QJsonArray{u"picking_id"_s, u"="_s, picking}}, {u"state"_s}))
                out << m[u"state"_s].toString();
            return out;
        };
        const QJsonArray moveIds = records(u"stock.move"_s, {QJsonArray{u"picking_id"_s, u"="_s, picking}}, {u"id"_s});
        QCOMPARE(state(), u"draft"_s);
        // A serial on the draft picking reserves its move; the picking stays draft beside the other.
        QVERIFY(kw(u"stock.move.line"_s, u"create"_s, {QJsonObject{{u"move_id"_s, moveIds[0][u"id"_s]}, {u"picking_id"_s, picking},
                                                                   {u"product_id"_s, meter}, {u"lot_id"_s, lot}, {u"quantity"_s, 1},
                                                                   {u"location_id"_s, shemax}, {u"location_dest_id"_s, 5}}}, {}, 3)
                    .result()
                    .isDouble());
        QCOMPARE(moveStates(), (QStringList{u"assigned"_s, u"draft"_s}));
        QCOMPARE(state(), u"draft"_s);
        // Confirmed: Ready, the other move waits for stock.
        QCOMPARE(kw(u"stock.picking"_s, u"action_confirm"_s, {QJsonArray{picking}}, {}, 3).result(), QJsonValue(true));
        QCOMPARE(moveStates(), (QStringList{u"assigned"_s, u"confirmed"_s}));
        QCOMPARE(state(), u"assigned"_s);
        // One of two cables reserved: partially available, the picking still Ready.
        QVERIFY(kw(u"stock.move.line"_s, u"create"_s, {QJsonObject{{u"move_id"_s, moveIds[1][u"id"_s]}, {u"quantity"_s, 1}}}, {}, 3)
                    .result()
                    .isDouble());
        QCOMPARE(moveStates(), (QStringList{u"assigned"_s, u"partially_available"_s}));
        QCOMPARE(state(), u"assigned"_s);
        // Only waiting moves: confirmed.
        const int waiting = kw(u"stock.picking"_s, u"create"_s,
                               {QJsonObject{{u"picking_type_id"_s, 2}, {u"location_id"_s, shemax}, {u"location_dest_id"_s, 5},
                                            {u"move_ids"_s, QJsonArray{move(cable, 1)}}}}, {}, 3)
                                .result()
                                .toInt();
        QVERIFY(kw(u"stock.picking"_s, u"action_confirm"_s, {QJsonArray{waiting}}, {}, 3).result().toBool());
        QCOMPARE(kw(u"stock.picking"_s, u"read"_s, {QJsonArray{waiting}, QJsonArray{u"state"_s}}, {}, 3).result()[0][u"state"_s].toString(),
                 u"confirmed"_s);
    }
};

QTEST_GUILESS_MAIN(TstOdooSim)
#include "tst_odoosim.moc"
