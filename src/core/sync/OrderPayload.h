#pragma once

#include "Text.h"
#include "odoo/OdooModels.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace ysb {

/// An Odoo order made ready for Ysell: the create payload, or the reasons it cannot go yet.
struct PreparedOrder {
    QJsonObject payload;                 // the Ysell create-order body (contracts/ysell-api.md)
    QList<Text> problems;                // pre-flight failures; empty = fit to send
    QHash<qint64, QStringList> serialsByLine;
    QString serialsText;                 // "SN1 SN2 …" for the journal's search column
    QByteArray payloadHash;              // sha256 of the compact payload

    bool ok() const { return problems.isEmpty(); }
};

namespace OrderPayload {

/// Builds the payload. Serials come from the clerk's entries for a line when there are any, else from
/// the order's reserved move lines (matched by product, in Odoo's order). Section and note lines are skipped.
/// `orderNum` is the order's number in Ysell; empty means its Odoo name.
PreparedOrder prepare(const SaleOrder &order, const QList<MoveLineSerial> &reserved,
                      const QHash<qint64, QStringList> &clerkSerials, const QString &orderNum = {});

/// The picking note listing the serial numbers that went to Ysell ("SN1 SN2 …" as the journal keeps them).
QString serialNote(const QString &serialsText);

} // namespace OrderPayload
} // namespace ysb
