#pragma once

#include "Text.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ysb {

/// A shipping address as read from res.partner (Odoo `false` becomes an empty string).
struct Address {
    int id = 0;
    QString name;
    QString street;
    QString street2;
    QString city;
    QString zip;
    QString countryCode;
    QString stateCode; // e.g. "DE-BE"
    QString stateName;
    QString phone;
    QString mobile;
    QString email;
};

/// A uom.uom: quantities convert between units of one category through their factors (units per
/// reference unit; Dozens = 1/12).
struct UnitOfMeasure {
    int id = 0;
    QString name;
    double factor = 1.0;
    int categoryId = 0;
    double rounding = 0.0;
};

/// A product.product as the order specification reads it.
struct Product {
    int id = 0; // 0 on section and note lines
    QString displayName;
    QString defaultCode; // the seller's SKU
    QString tracking;    // "serial" | "lot" | "none"
    QString ysellProductId; // x_ysell_product_id; empty when unset or the field does not exist
};

/// A quantity in the product's own unit, or why the line's unit cannot be turned into it.
struct ProductQuantity {
    double quantity = 0.0;
    Text problem; // empty when the conversion succeeded
    bool ok() const { return problem.isEmpty(); }
};

/// A sale.order.line; section and note lines keep their displayType so callers can skip them.
struct OrderLine {
    int id = 0;
    QString displayType; // empty for product lines, "line_section" or "line_note" otherwise
    QString name;
    double productUomQty = 0.0; // in the line's unit (product_uom)
    int productUomId = 0;
    UnitOfMeasure uom;          // the line's unit; id 0 when Odoo did not send its details
    Product product;
    UnitOfMeasure productUnit;  // the product's own unit (product_id.uom_id)

    bool isProductLine() const { return displayType.isEmpty() && product.id != 0; }
    /// productUomQty in the product's own unit, converted as Odoo's uom._compute_quantity does.
    ProductQuantity quantityInProductUnit() const;
};

/// A stock.picking linked to an order.
struct PickingRef {
    int id = 0;
    QString name;
    QString state;
    QString pickingTypeCode; // "outgoing" | "incoming" | "internal"
    int locationId = 0;
    int saleId = 0;          // sale_id, when it was read (search_read of an order's pickings)

    /// Whether this is another open delivery of its order beside the bridge's picking `ownPickingId`:
    /// outgoing, not from ShemaxGlobal (`shemaxId`), neither done nor cancelled. The picking step's
    /// detection and the sweep's re-check both decide with this, so that they agree.
    bool isOtherOpenDelivery(qint64 ownPickingId, int shemaxId) const;
};

/// A confirmed sale.order with everything Ysell needs, read in one web_search_read.
struct SaleOrder {
    int id = 0;
    QString name;
    QString state;
    QDateTime dateOrder; // UTC
    QDateTime writeDate; // UTC
    QString clientOrderRef;
    QString noteHtml;
    QString notePlain;
    int procurementGroupId = 0;
    int warehouseId = 0;
    QString warehouseName;
    Address shipping;
    QList<OrderLine> lines;
    QList<PickingRef> pickings;
    QString ysellOrderId;
    QString ysellState;
    bool hasYsellFields = false; // the answer carried x_ysell_order_id / x_ysell_state
};

/// One page of a web_search_read: the records and the total count matching the domain.
struct SaleOrderPage {
    QList<SaleOrder> orders;
    int length = 0;
};

/// A reserved serial (stock.move.line with a lot) of an order's delivery.
struct MoveLineSerial {
    std::optional<int> orderId; // not in the answer; see OdooParse::attachOrderIds
    int id = 0;
    int pickingId = 0;
    int moveId = 0;
    int productId = 0;
    int lotId = 0;
    QString lotName;
    double quantity = 0.0;
};

/// A stock.location.
struct LocationRef {
    int id = 0;
    QString name;
    QString completeName; // e.g. "WH/ShemaxGlobal"
    QString usage;
    int warehouseId = 0;
    QString warehouseName;
};

/// A stock.picking.type.
struct PickingTypeRef {
    int id = 0;
    QString name;
    QString code;
    int warehouseId = 0;
    QString warehouseName;
};

/// What common.version reports.
struct ServerVersion {
    QString serie; // "17.0"
    QString version; // "17.0-20240709"
    int major = 0;
};

} // namespace ysb
