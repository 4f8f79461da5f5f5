#include "OrderPayload.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ysb {
namespace {

bool isProductLine(const OrderLine &line)
{
    // Section and note lines carry display_type and no product (contracts/odoo17.md).
    return line.displayType.isEmpty() && line.product.id > 0;
}

QString productLabel(const OrderLine &line)
{
    if (!line.product.displayName.isEmpty())
        return line.product.displayName;
    if (!line.name.isEmpty())
        return line.name;
    return line.product.defaultCode;
}

void putIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        o.insert(key, value.trimmed());
}

} // namespace

PreparedOrder OrderPayload::prepare(const SaleOrder &order, const QList<MoveLineSerial> &reserved,
                                    const QHash<qint64, QStringList> &clerkSerials,
                                    const QString &orderNum)
{
    PreparedOrder out;

    // Recipient: the shipping address (may be the customer itself).
    const Address &a = order.shipping;
    Text missing(TextKind::List);
    if (a.name.trimmed().isEmpty())
        missing = missing.arg(Text(TextKind::AddressName));
    if (a.street.trimmed().isEmpty())
        missing = missing.arg(Text(TextKind::AddressStreet));
    if (a.city.trimmed().isEmpty())
        missing = missing.arg(Text(TextKind::AddressCity));
    if (a.zip.trimmed().isEmpty())
        missing = missing.arg(Text(TextKind::AddressZip));
    if (a.countryCode.trimmed().isEmpty())
        missing = missing.arg(Text(TextKind::AddressCountry));
    if (!missing.args().isEmpty())
        out.problems << Text(TextKind::AddressLacks).arg(missing);

    QJsonObject recipient;
    putIfSet(recipient, u"name"_s, a.name);
    putIfSet(recipient, u"street"_s, a.street);
    putIfSet(recipient, u"street2"_s, a.street2);
    putIfSet(recipient, u"city"_s, a.city);
    putIfSet(recipient, u"zip"_s, a.zip);
    putIfSet(recipient, u"state"_s, a.stateCode.isEmpty() ? a.stateName : a.stateCode);
    putIfSet(recipient, u"country_code"_s, a.countryCode);
    putIfSet(recipient, u"phone"_s, a.phone.isEmpty() ? a.mobile : a.phone);
    putIfSet(recipient, u"email"_s, a.email);

    // Reserved serials per product, in Odoo's order, consumed line by line.
    QHash<qint64, QStringList> reservedByProduct;
    for (const MoveLineSerial &ml : reserved) {
        if (!ml.lotName.isEmpty())
            reservedByProduct[ml.productId].append(ml.lotName);
    }

    QJsonArray items;
    QSet<QString> seenSerials;
    QStringList allSerials;
    int productLines = 0;
    for (const OrderLine &line : order.lines) {
        if (!isProductLine(line))
            continue;
        ++productLines;
        const QString label = productLabel(line);
        // Ysell counts pieces of the product: the line's unit (e.g. Dozens) becomes the product's own.
        const ProductQuantity converted = line.quantityInProductUnit();
        const double q = converted.quantity;
        const bool otherUnit = line.uom.id != 0 && line.uom.id != line.productUnit.id && line.productUnit.id != 0;
        qint64 qty = 0;
        if (!converted.ok()) {
            out.problems << converted.problem;
        } else if (otherUnit && q > 0.0 && std::isfinite(q) && std::floor(q) != q) {
            out.problems << Text(TextKind::LineNotWholeUnits)
                                .arg(label)
                                .arg(QString::number(line.productUomQty))
                                .arg(line.uom.name)
                                .arg(QString::number(q))
                                .arg(line.productUnit.name);
        } else if (!std::isfinite(q) || q <= 0.0) {
            out.problems << Text(TextKind::LineNotPositive).arg(label).arg(QString::number(q));
        } else if (q > 1e6) {
            // The real reason, with the number as Odoo sent it (not "2.14748e+09").
            out.problems << Text(TextKind::LineTooMany)
                                .arg(label)
                                .arg(QString::number(q, 'f', QLocale::FloatingPointShortest))
                                .arg(1'000'000);
        } else if (std::floor(q) != q) {
            out.problems << Text(TextKind::LineNotWhole).arg(label).arg(QString::number(q, 'f', QLocale::FloatingPointShortest));
        } else {
            qty = static_cast<qint64>(q);
        }
        if (line.product.ysellProductId.trimmed().isEmpty()) {
            out.problems << Text(TextKind::NoYsellProductId).arg(label);
        }

        QJsonObject item;
        item.insert(u"odoo_product_id"_s, line.product.id);
        item.insert(u"p_id"_s, line.product.ysellProductId.trimmed());
        putIfSet(item, u"ext_id"_s, line.product.defaultCode);
        item.insert(u"title"_s, label);
        item.insert(u"qty"_s, qty);

        if (line.product.tracking == u"serial"_s) {
            QStringList serials;
            if (clerkSerials.contains(line.id)) {
                serials = clerkSerials.value(line.id);
            } else {
                QStringList &pool = reservedByProduct[line.product.id];
                while (!pool.isEmpty() && serials.size() < qty)
                    serials << pool.takeFirst();
            }
            for (QString &s : serials)
                s = s.trimmed();
            serials.removeAll(QString());
            if (qty > 0 && serials.size() != qty) {
                if (serials.isEmpty()) {
                    out.problems << Text(TextKind::SerialsMissing)
                                        .arg(label)
                                        .arg(qty)
                                        .arg(line.id);
                } else {
                    out.problems << Text(TextKind::SerialsCountWrong)
                                        .arg(label)
                                        .arg(qty)
                                        .arg(serials.size())
                                        .arg(line.id);
                }
            }
            for (const QString &s : std::as_const(serials)) {
                if (seenSerials.contains(s))
                    out.problems << Text(TextKind::SerialRepeated).arg(s);
                seenSerials.insert(s);
            }
            out.serialsByLine.insert(line.id, serials);
            allSerials << serials;
            item.insert(u"serial_numbers"_s, QJsonArray::fromStringList(serials));
        }
        items.append(item);
    }
    if (productLines == 0)
        out.problems << Text(TextKind::NoProductLines);
    QList<Text> distinct;
    for (const Text &t : std::as_const(out.problems)) {
        if (!distinct.contains(t))
            distinct << t;
    }
    out.problems = distinct;

    QJsonObject p;
    p.insert(u"order_num"_s, orderNum.isEmpty() ? order.name : orderNum);
    p.insert(u"ext_order_id"_s, order.id);
    if (order.dateOrder.isValid())
        p.insert(u"purchase_date"_s, order.dateOrder.toUTC().toString(Qt::ISODate));
    if (!order.notePlain.trimmed().isEmpty())
        p.insert(u"comment"_s, order.notePlain.trimmed());
    p.insert(u"recipient"_s, recipient);
    p.insert(u"items"_s, items);
    out.payload = p;
    out.serialsText = allSerials.join(u' ');
    out.payloadHash = QCryptographicHash::hash(QJsonDocument(p).toJson(QJsonDocument::Compact),
                                               QCryptographicHash::Sha256)
                          .toHex();
    return out;
}

QString OrderPayload::serialNote(const QString &serialsText)
{
    const QStringList serials = serialsText.split(u' ', Qt::SkipEmptyParts);
    if (serials.isEmpty())
        return {};
    return QCoreApplication::translate("OrderPayload", "Serial numbers shipped by Ysell: %1")
        .arg(serials.join(u", "_s));
}

} // namespace ysb
