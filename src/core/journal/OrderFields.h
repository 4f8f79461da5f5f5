#pragma once

#include "journal/OrderRecord.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringList>
#include <QVariant>

#include <span>
#include <variant>

namespace ysb {

/// One field of OrderRecord as the journal stores it and JSON shows it. The table of these
/// (orderFields()) is the one list the journal's columns, reads, writes and sort keys and the order
/// JSON of the CLI and of the export are made from: a new field is added there and nowhere else.
struct OrderField {
    using Member = std::variant<QString OrderRecord::*, qint64 OrderRecord::*, int OrderRecord::*,
                                QDateTime OrderRecord::*, OrderState OrderRecord::*, Text OrderRecord::*>;
    enum Flag : unsigned {
        NoFlags = 0,
        PeopleText = 1,   // Text (errors, warnings): data masked and size capped when stored; JSON adds
                          // "<column>_text" with its kind and arguments
        Capped = 2,       // size capped when stored
        KeptOnceKnown = 4, // a write without a value keeps the stored one (identity, Ysell number)
        Stamped = 8,      // set by the journal to the time of the write
        Internal = 16,    // for the journal's own use: neither in JSON nor a sort key
    };

    QLatin1StringView column; // journal column and JSON key, e.g. "picking_name"
    QLatin1StringView name;   // OrderRecord member, accepted as a sort key too, e.g. "pickingName"
    Member member;
    const char *label = nullptr; // what people call it (see orderFieldLabel()); null: not shown on its own
    unsigned flags = NoFlags;
};

/// Every field, in the order of orderColumns().
std::span<const OrderField> orderFields();
/// "name, odoo_id, customer, …": the journal columns, for SELECT and INSERT.
QString orderColumns();
/// The field with this column or member name, or nullptr.
const OrderField *orderField(QStringView columnOrName);

/// The value of `field` of `order` as JSON: text as stored, a Text rendered in the current language,
/// times as isoTime(), the state by name.
QJsonValue orderFieldJson(const OrderRecord &order, const OrderField &field);
/// The one JSON form of an order (snake_case keys, the journal's column names), as `orders --json`
/// prints it: the values as stored; a Text field (last_error, warning) rendered, and as language-neutral
/// data under "<column>_text" ({"kind", "args", "text"}, null when empty).
QJsonObject orderJson(const OrderRecord &order);
/// orderJson() with `secrets` and credentials masked in the text (Redactor), as the journal export writes it.
QJsonObject redactedOrderJson(const OrderRecord &order, const QStringList &secrets);

/// What people call the field, translated (context "ysb::OrderField"); empty when it has no label.
QString orderFieldLabel(const OrderField &field);
/// The value as people read it: text as stored, a time in the local time zone (the locale's short form,
/// or `timeFormat`), the state by its label, a number of 0 as nothing.
QString orderFieldText(const OrderRecord &order, const OrderField &field, const QString &timeFormat = {});

/// Reads `field` from a stored value (a journal column) into `order`.
void setOrderField(OrderRecord *order, const OrderField &field, const QVariant &stored);

} // namespace ysb
