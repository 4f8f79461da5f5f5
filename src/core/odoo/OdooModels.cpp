#include "odoo/OdooModels.h"

#include <QCoreApplication>

#include <cmath>

namespace ysb {

bool PickingRef::isOtherOpenDelivery(qint64 ownPickingId, int shemaxId) const
{
    if (id == ownPickingId || locationId == shemaxId)
        return false;
    return pickingTypeCode == QLatin1StringView("outgoing") && state != QLatin1StringView("done")
           && state != QLatin1StringView("cancel");
}

ProductQuantity OrderLine::quantityInProductUnit() const
{
    // Odoo sent no unit details (or the line is in the product's unit): the quantity is what it says.
    if (uom.id == 0 || productUnit.id == 0 || uom.id == productUnit.id)
        return {productUomQty, {}};
    const QString label = product.displayName.isEmpty() ? name : product.displayName;
    if (uom.categoryId != productUnit.categoryId || uom.factor <= 0.0 || productUnit.factor <= 0.0) {
        return {0.0, Text(TextKind::LineUnitNotConvertible).arg(label).arg(uom.name).arg(productUnit.name)};
    }
    // uom._compute_quantity: through the reference unit of the category.
    double q = productUomQty / uom.factor * productUnit.factor;
    // Factors like 1/12 leave binary noise (12.000000000000002): round to the product unit's
    // precision, as Odoo does, before judging whether the result is whole.
    const double rounding = productUnit.rounding > 0.0 ? productUnit.rounding : 1e-6;
    q = std::round(q / rounding) * rounding;
    return {q, {}};
}

} // namespace ysb
