#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ysb::test {

/// The create-order payload of contracts/ysell-api.md for one order, as OrderPayload builds it:
/// one serial-tracked line of 2 (SN-YS-0001, SN-YS-0002), recipient in Berlin.
inline QJsonObject contractPayload(const QString &orderNum = QStringLiteral("S00042"))
{
    using namespace Qt::StringLiterals;
    return QJsonObject{
        {u"order_num"_s, orderNum},
        {u"ext_order_id"_s, 42},
        {u"purchase_date"_s, u"2026-11-28T09:15:00Z"_s},
        {u"comment"_s, u"Please ring twice."_s},
        {u"recipient"_s, QJsonObject{{u"name"_s, u"Erika Mustermann"_s}, {u"street"_s, u"Hauptstr. 1"_s},
                                      {u"city"_s, u"Berlin"_s}, {u"zip"_s, u"10115"_s}, {u"country_code"_s, u"DE"_s}}},
        {u"items"_s, QJsonArray{QJsonObject{{u"odoo_product_id"_s, 41}, {u"p_id"_s, u"1201"_s},
                                            {u"ext_id"_s, u"YS-SER-001"_s}, {u"title"_s, u"Scanner"_s},
                                            {u"qty"_s, 2},
                                            {u"serial_numbers"_s, QJsonArray{u"SN-YS-0001"_s, u"SN-YS-0002"_s}}}}},
    };
}

} // namespace ysb::test
