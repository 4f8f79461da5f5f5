// Demo data invariants of the Odoo simulator and bulk orders (--orders N, POST /_sim/orders).
#include "OdooSim.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using ysb::sim::OdooSim;

namespace {
const QString kPassword = u"sim-demo-pw-0002"_s;
}

class TstOdooSimDemo final : public QObject {
    Q_OBJECT

private:
    QJsonObject call(OdooSim &sim, const QString &model, const QString &method, std::initializer_list<QJsonValue> args,
                     const QJsonObject &kwargs = {})
    {
        QJsonArray a{u"ysell_demo"_s, 2, kPassword, model, method, QJsonArray(args)};
        if (!kwargs.isEmpty())
            a.append(kwargs);
        const QJsonObject req{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"call"_s}, {u"id"_s, 1},
                              {u"params"_s, QJsonObject{{u"service"_s, u"object"_s}, {u"method"_s, u"execute_kw"_s}, {u"args"_s, a}}}};
        return QJsonDocument::fromJson(sim.handle("application/json", QJsonDocument(req).toJson()).body).object();
    }
    QJsonArray result(OdooSim &sim, const QString &model, const QString &method, std::initializer_list<QJsonValue> args,
                      const QJsonObject &kwargs = {})
    {
        const QJsonObject a = call(sim, model, method, args, kwargs);
        if (!a.contains(u"result"_s))
            qWarning() << a;
        return a.value(u"result"_s).toArray();
    }
    QJsonObject bridgeSpec() const
    {
        const QJsonObject none;
        return QJsonObject{
            {u"name"_s, none}, {u"state"_s, none}, {u"date_order"_s, none}, {u"write_date"_s, none}, {u"note"_s, none},
            {u"procurement_group_id"_s, none}, {u"x_ysell_order_id"_s, none},
            {u"partner_shipping_id"_s, QJsonObject{{u"fields"_s, QJsonObject{{u"name"_s, none}, {u"street"_s, none}, {u"city"_s, none},
                                                                             {u"zip"_s, none}, {u"country_code"_s, none}, {u"display_name"_s, none}}}}},
            {u"order_line"_s, QJsonObject{{u"fields"_s, QJsonObject{{u"display_type"_s, none}, {u"name"_s, none}, {u"product_uom_qty"_s, none},
                                                                    {u"product_id"_s, QJsonObject{{u"fields"_s, QJsonObject{{u"default_code"_s, none},
                                                                                                                            {u"tracking"_s, none},
                                                                                                                            {u"x_ysell_product_id"_s, none}}}}}}}}},
            {u"picking_ids"_s, QJsonObject{{u"fields"_s, QJsonObject{{u"name"_s, none}, {u"state"_s, none}, {u"location_id"_s, none}}}}}};
    }

private slots:
    void demoInvariants()
    {
        OdooSim sim(OdooSim::Options{u"ysell_demo"_s, u"admin"_s, kPassword, true});
        sim.loadDemo();
        const QJsonObject answer = call(sim, u"sale.order"_s, u"web_search_read"_s, {},
                                        {{u"domain"_s, QJsonArray{QJsonValue(QJsonArray{u"state"_s, u"="_s, u"sale"_s})}},
                                         {u"specification"_s, bridgeSpec()}, {u"limit"_s, 200}, {u"order"_s, u"id"_s}});
        const QJsonArray orders = answer[u"result"_s][u"records"_s].toArray();
        QVERIFY(orders.size() >= 25);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int missingYsellId = 0, noStock = 0, htmlNotes = 0, cyrillic = 0, german = 0, parentChild = 0, self = 0,
            sections = 0, notes = 0, serialReserved = 0, lots = 0, untracked = 0;
        QSet<QString> serials;
        for (const auto &ov : orders) {
            const QJsonObject o = ov.toObject();
            const QDateTime date = QDateTime::fromString(o[u"date_order"_s].toString(), u"yyyy-MM-dd HH:mm:ss"_s);
            QVERIFY(date.isValid());
            QVERIFY(date.daysTo(now) <= 7);
            QVERIFY(o[u"write_date"_s].toString() >= o[u"date_order"_s].toString());
            if (o[u"note"_s].toString().contains(u"<b>"_s))
                ++htmlNotes;
            const QJsonObject ship = o[u"partner_shipping_id"_s].toObject();
            if (ship[u"city"_s].toString().contains(QChar(0x041C)) || ship[u"city"_s].toString().contains(QChar(0x0421)))
                ++cyrillic;
            if (ship[u"country_code"_s].toString() == u"DE"_s)
                ++german;
            if (ship[u"display_name"_s].toString().contains(u", "_s))
                ++parentChild;
            else
                ++self;
            bool hasSerial = false, serialWithoutLines = false;
            for (const auto &lv : o[u"order_line"_s].toArray()) {
                const QJsonObject l = lv.toObject();
                const QString dt = l[u"display_type"_s].toString();
                if (dt == u"line_section"_s) {
                    ++sections;
                    continue;
                }
                if (dt == u"line_note"_s) {
                    ++notes;
                    continue;
                }
                const QJsonObject p = l[u"product_id"_s].toObject();
                if (p[u"x_ysell_product_id"_s].isBool())
                    ++missingYsellId;
                if (p[u"tracking"_s].toString() == u"lot"_s)
                    ++lots;
                if (p[u"tracking"_s].toString() == u"none"_s)
                    ++untracked;
                if (p[u"tracking"_s].toString() == u"serial"_s)
                    hasSerial = true;
            }
            QCOMPARE(o[u"picking_ids"_s].toArray().size(), 1);
            QVERIFY(o[u"picking_ids"_s][0][u"name"_s].toString().startsWith(u"WH/OUT/"_s));
            if (hasSerial) {
                const QJsonArray mls = result(sim, u"stock.move.line"_s, u"search_read"_s,
                                              {QJsonArray{QJsonValue(QJsonArray{u"picking_id.sale_id"_s, u"="_s, o[u"id"_s]}),
                                                          QJsonValue(QJsonArray{u"product_id.tracking"_s, u"="_s, u"serial"_s}),
                                                          QJsonValue(QJsonArray{u"lot_id"_s, u"!="_s, false})}},
                                              {{u"fields"_s, QJsonArray{u"lot_id"_s, u"quantity"_s, u"state"_s}}});
                if (mls.isEmpty())
                    serialWithoutLines = true;
                for (const auto &ml : mls) {
                    QCOMPARE(ml[u"quantity"_s].toDouble(), 1.0);
                    const QString serial = ml[u"lot_id"_s][1].toString();
                    QVERIFY2(!serials.contains(serial), qPrintable(serial));
                    serials.insert(serial);
                }
                if (!mls.isEmpty())
                    ++serialReserved;
            }
            if (serialWithoutLines)
                ++noStock;
        }
        QCOMPARE(missingYsellId, 1);
        QCOMPARE(noStock, 1);
        QVERIFY(htmlNotes >= 1);
        QVERIFY(cyrillic >= 2);
        QVERIFY(german >= 2);
        QVERIFY(parentChild >= 1 && self >= 1);
        QVERIFY(sections >= 1 && notes >= 1);
        QVERIFY(serialReserved >= 5 && lots >= 1 && untracked >= 1);

        // Reservation is first-in-first-out: the lowest serial numbers of WH/Stock went to the oldest orders.
        QVERIFY(serials.contains(u"SN-ACC-SER-001-0001"_s));

        // Drafts and cancelled orders exist and are not in the confirmed set.
        const QJsonArray others = result(sim, u"sale.order"_s, u"search_read"_s,
                                         {QJsonArray{QJsonValue(QJsonArray{u"state"_s, u"in"_s, QJsonArray{u"draft"_s, u"cancel"_s}})}},
                                         {{u"fields"_s, QJsonArray{u"state"_s}}});
        QVERIFY(others.size() >= 3);

        // ShemaxGlobal holds free serials for every serial product; Customers and the outgoing type have xml ids.
        const QJsonArray shemax = result(sim, u"stock.location"_s, u"search_read"_s,
                                         {QJsonArray{QJsonValue(QJsonArray{u"complete_name"_s, u"="_s, u"WH/ShemaxGlobal"_s})}},
                                         {{u"fields"_s, QJsonArray{u"usage"_s, u"warehouse_id"_s}}});
        QCOMPARE(shemax.size(), 1);
        QCOMPARE(shemax[0][u"usage"_s].toString(), u"internal"_s);
        QCOMPARE(shemax[0][u"warehouse_id"_s][1].toString(), u"YourCompany"_s);
        const QJsonArray free = result(sim, u"stock.quant"_s, u"search_read"_s,
                                       {QJsonArray{QJsonValue(QJsonArray{u"location_id"_s, u"="_s, shemax[0][u"id"_s]}),
                                                   QJsonValue(QJsonArray{u"lot_id"_s, u"!="_s, false}),
                                                   QJsonValue(QJsonArray{u"product_id.tracking"_s, u"="_s, u"serial"_s})}},
                                       {{u"fields"_s, QJsonArray{u"product_id"_s, u"reserved_quantity"_s}}});
        QSet<int> productsWithFree;
        for (const auto &q : free) {
            QCOMPARE(q[u"reserved_quantity"_s].toDouble(), 0.0);
            productsWithFree.insert(q[u"product_id"_s][0].toInt());
        }
        QCOMPARE(productsWithFree.size(), 3);
        QCOMPARE(call(sim, u"ir.model.data"_s, u"check_object_reference"_s, {u"stock"_s, u"stock_location_customers"_s})
                     .value(u"result"_s)[0]
                     .toString(),
                 u"stock.location"_s);
        QCOMPARE(result(sim, u"ir.model.fields"_s, u"search_read"_s,
                        {QJsonArray{QJsonValue(QJsonArray{u"name"_s, u"like"_s, u"x_ysell_%"_s})}},
                        {{u"fields"_s, QJsonArray{u"state"_s}}})
                     .size(),
                 3);
    }

    void cyrillicRoundTrip()
    {
        OdooSim sim(OdooSim::Options{u"ysell_demo"_s, u"admin"_s, kPassword, true});
        sim.loadDemo();
        const QString text = u"Доставка: ул. Ленина, д. 5 — «срочно» ✓ Grüße"_s;
        const QJsonArray ids = result(sim, u"sale.order"_s, u"search"_s,
                                      {QJsonArray{QJsonValue(QJsonArray{u"partner_shipping_id.city"_s, u"="_s, u"Москва"_s})}});
        QVERIFY(!ids.isEmpty());
        QCOMPARE(call(sim, u"sale.order"_s, u"write"_s, {QJsonArray{ids[0]}, QJsonObject{{u"x_ysell_state"_s, text}}})
                     .value(u"result"_s),
                 QJsonValue(true));
        const QJsonArray back = result(sim, u"sale.order"_s, u"search_read"_s,
                                       {QJsonArray{QJsonValue(QJsonArray{u"x_ysell_state"_s, u"ilike"_s, u"«СРОЧНО»"_s})}},
                                       {{u"fields"_s, QJsonArray{u"x_ysell_state"_s}}});
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0][u"x_ysell_state"_s].toString(), text);
    }

    void withoutCustomFields()
    {
        OdooSim sim(OdooSim::Options{u"ysell_demo"_s, u"admin"_s, kPassword, false});
        sim.loadDemo();
        const QJsonObject a = call(sim, u"product.product"_s, u"search_read"_s, {QJsonArray()},
                                   {{u"fields"_s, QJsonArray{u"x_ysell_product_id"_s}}});
        QCOMPARE(a[u"error"_s][u"data"_s][u"name"_s].toString(), u"builtins.ValueError"_s);
        QCOMPARE(result(sim, u"sale.order"_s, u"search"_s, {QJsonArray{QJsonValue(QJsonArray{u"state"_s, u"="_s, u"sale"_s})}}).size(), 26);
    }

    void bulkOrders()
    {
        OdooSim sim(OdooSim::Options{u"ysell_demo"_s, u"admin"_s, kPassword, true});
        QElapsedTimer timer;
        timer.start();
        const QStringList names = sim.addConfirmedOrders(10000);
        const qint64 addMs = timer.elapsed();
        QCOMPARE(names.size(), 10000);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 10000);
        timer.restart();
        const QJsonObject answer = call(sim, u"sale.order"_s, u"web_search_read"_s, {},
                                        {{u"domain"_s, QJsonArray{QJsonValue(QJsonArray{u"state"_s, u"="_s, u"sale"_s})}},
                                         {u"specification"_s, bridgeSpec()}, {u"limit"_s, 200}, {u"offset"_s, 9900}, {u"order"_s, u"id"_s}});
        const qint64 readMs = timer.elapsed();
        QCOMPARE(answer[u"result"_s][u"length"_s].toInt(), 10000);
        const QJsonArray recs = answer[u"result"_s][u"records"_s].toArray();
        QCOMPARE(recs.size(), 100);
        QJsonArray orderIds;
        for (const auto &r : recs) {
            for (const auto &l : r[u"order_line"_s].toArray())
                QVERIFY(l[u"product_id"_s][u"x_ysell_product_id"_s].isString());
            orderIds.append(r[u"id"_s]);
        }
        timer.restart();
        const QJsonArray mls = result(sim, u"stock.move.line"_s, u"search_read"_s,
                                      {QJsonArray{QJsonValue(QJsonArray{u"picking_id.sale_id"_s, u"in"_s, orderIds}),
                                                  QJsonValue(QJsonArray{u"lot_id"_s, u"!="_s, false})}},
                                      {{u"fields"_s, QJsonArray{u"lot_id"_s, u"picking_id"_s}}});
        const qint64 serialMs = timer.elapsed();
        QSet<QString> serials;
        for (const auto &ml : mls)
            serials.insert(ml[u"lot_id"_s][1].toString());
        QCOMPARE(serials.size(), mls.size());
        QVERIFY(mls.size() >= 100);
        // Timing is reported, never asserted.
        qInfo("10000 orders added in %lld ms; web_search_read of 100 in %lld ms; serials of 100 orders in %lld ms",
              addMs, readMs, serialMs);
        const QStringList more = sim.addConfirmedOrders(3);
        QCOMPARE(more.size(), 3);
        QVERIFY(!names.contains(more.first()));
    }
};

QTEST_GUILESS_MAIN(TstOdooSimDemo)
#include "tst_odoosimdemo.moc"
