#pragma once

#include "ysell/YsellStatus.h"

#include <QDateTime>
#include <QString>

namespace ysb {

/// What the bridge needs to know about one Ysell order.
struct YsellOrderInfo {
    QString id;        ///< Ysell's order id (a number in practice, kept as text)
    QString orderNum;  ///< our reference: the Odoo order name
    QString extOrderId; ///< the Odoo sale.order id the bridge sent as ext_order_id; empty when Ysell does not echo it
    YsellStatus status;
    QString tracking;  ///< tracking number once shipped, else empty
    QDateTime updatedAt; ///< UTC; invalid when Ysell did not say

    friend bool operator==(const YsellOrderInfo &, const YsellOrderInfo &) = default;
};

} // namespace ysb
