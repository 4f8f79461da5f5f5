#include "OrderFields.h"

#include "IsoTime.h"
#include "journal/Redactor.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

using F = OrderField;
using R = OrderRecord;

// The order of the journal's columns: kept as it was, so statements and stored rows line up.
const std::array kFields{
    F{"name"_L1, "name"_L1, &R::name, QT_TRANSLATE_NOOP("ysb::OrderField", "Odoo order")},
    F{"odoo_id"_L1, "odooId"_L1, &R::odooId, nullptr, F::KeptOnceKnown},
    F{"customer"_L1, "customer"_L1, &R::customer, QT_TRANSLATE_NOOP("ysb::OrderField", "Customer")},
    F{"confirmed_at"_L1, "confirmedAt"_L1, &R::confirmedAt, QT_TRANSLATE_NOOP("ysb::OrderField", "Confirmed")},
    F{"ysell_id"_L1, "ysellId"_L1, &R::ysellId, QT_TRANSLATE_NOOP("ysb::OrderField", "Ysell id")},
    F{"ysell_status_code"_L1, "ysellStatusCode"_L1, &R::ysellStatusCode, QT_TRANSLATE_NOOP("ysb::OrderField", "Ysell status")},
    F{"ysell_status_name"_L1, "ysellStatusName"_L1, &R::ysellStatusName, nullptr},
    F{"state"_L1, "state"_L1, &R::state, QT_TRANSLATE_NOOP("ysb::OrderField", "State")},
    F{"last_error"_L1, "lastError"_L1, &R::lastError, QT_TRANSLATE_NOOP("ysb::OrderField", "Problem"), F::PeopleText},
    F{"last_error_kind"_L1, "lastErrorKind"_L1, &R::lastErrorKind, nullptr},
    F{"attempts"_L1, "attempts"_L1, &R::attempts, QT_TRANSLATE_NOOP("ysb::OrderField", "Attempts")},
    F{"next_attempt_at"_L1, "nextAttemptAt"_L1, &R::nextAttemptAt, QT_TRANSLATE_NOOP("ysb::OrderField", "Next attempt")},
    F{"picking_id"_L1, "pickingId"_L1, &R::pickingId, nullptr},
    F{"picking_name"_L1, "pickingName"_L1, &R::pickingName, QT_TRANSLATE_NOOP("ysb::OrderField", "Picking")},
    F{"warning"_L1, "warning"_L1, &R::warning, QT_TRANSLATE_NOOP("ysb::OrderField", "Warning"), F::PeopleText},
    F{"serials"_L1, "serials"_L1, &R::serials, QT_TRANSLATE_NOOP("ysb::OrderField", "Serial numbers")},
    F{"payload_hash"_L1, "payloadHash"_L1, &R::payloadHash, nullptr},
    F{"sent_at"_L1, "sentAt"_L1, &R::sentAt, nullptr},
    F{"done_at"_L1, "doneAt"_L1, &R::doneAt, nullptr},
    F{"last_checked_at"_L1, "lastCheckedAt"_L1, &R::lastCheckedAt, nullptr},
    F{"updated_at"_L1, "updatedAt"_L1, &R::updatedAt, nullptr, F::Stamped},
    F{"items"_L1, "items"_L1, &R::items, QT_TRANSLATE_NOOP("ysb::OrderField", "Lines sent"), F::Capped | F::Internal},
    F{"odoo_db"_L1, "odooDb"_L1, &R::odooDb, nullptr, F::KeptOnceKnown},
    F{"ysell_num"_L1, "ysellNumber"_L1, &R::ysellNumber, nullptr, F::KeptOnceKnown},
    F{"other_deliveries"_L1, "otherDeliveries"_L1, &R::otherDeliveries, QT_TRANSLATE_NOOP("ysb::OrderField", "Other delivery")},
    F{"status_changed_at"_L1, "statusChangedAt"_L1, &R::statusChangedAt, nullptr},
    F{"stale_reason"_L1, "staleReason"_L1, &R::staleReason, QT_TRANSLATE_NOOP("ysb::OrderField", "Stale"), F::PeopleText},
    F{"odoo_activity_id"_L1, "odooActivityId"_L1, &R::odooActivityId, nullptr},
};

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace

std::span<const OrderField> orderFields()
{
    return kFields;
}

QString orderColumns()
{
    static const QString columns = [] {
        QStringList names;
        for (const OrderField &f : kFields)
            names << f.column;
        return names.join(u", "_s);
    }();
    return columns;
}

const OrderField *orderField(QStringView columnOrName)
{
    for (const OrderField &f : kFields) {
        if (f.column == columnOrName || f.name == columnOrName)
            return &f;
    }
    return nullptr;
}

QJsonValue orderFieldJson(const OrderRecord &order, const OrderField &field)
{
    return std::visit(
        [&](auto member) -> QJsonValue {
            const auto &value = order.*member;
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, QDateTime>)
                return isoTime(value);
            else if constexpr (std::is_same_v<T, OrderState>)
                return orderStateName(value);
            else if constexpr (std::is_same_v<T, Text>)
                return value.render();
            else
                return value;
        },
        field.member);
}

QString orderFieldLabel(const OrderField &field)
{
    return field.label ? QCoreApplication::translate("ysb::OrderField", field.label) : QString();
}

QString orderFieldText(const OrderRecord &order, const OrderField &field, const QString &timeFormat)
{
    return std::visit(
        [&](auto member) -> QString {
            const auto &value = order.*member;
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, QString>) {
                return value;
            } else if constexpr (std::is_same_v<T, Text>) {
                return value.render();
            } else if constexpr (std::is_same_v<T, QDateTime>) {
                if (!value.isValid())
                    return QString();
                return timeFormat.isEmpty() ? QLocale().toString(value.toLocalTime(), QLocale::ShortFormat)
                                            : QLocale().toString(value.toLocalTime(), timeFormat);
            } else if constexpr (std::is_same_v<T, OrderState>) {
                return orderStateLabel(value);
            } else {
                return value == 0 ? QString() : QString::number(value);
            }
        },
        field.member);
}

QJsonObject orderJson(const OrderRecord &order)
{
    QJsonObject o;
    for (const OrderField &f : kFields) {
        if (f.flags & OrderField::Internal)
            continue;
        o.insert(f.column, orderFieldJson(order, f));
        if (const auto *text = std::get_if<Text OrderRecord::*>(&f.member)) {
            const Text &t = order.**text;
            o.insert(f.column + "_text"_L1, t.isEmpty() ? QJsonValue() : QJsonValue(t.toJson(true)));
        }
    }
    return o;
}

QJsonObject redactedOrderJson(const OrderRecord &order, const QStringList &secrets)
{
    QJsonObject o = orderJson(order);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isString())
            *it = Redactor::redactText(it->toString(), secrets);
    }
    for (const OrderField &f : kFields) {
        if (const auto *text = std::get_if<Text OrderRecord::*>(&f.member); text && !(order.**text).isEmpty()) {
            const Text t = (order.**text).mapData([&](const QString &d) { return Redactor::redactText(d, secrets); });
            o.insert(f.column + "_text"_L1, t.toJson(true));
        }
    }
    return o;
}

void setOrderField(OrderRecord *order, const OrderField &field, const QVariant &stored)
{
    std::visit(
        [&](auto member) {
            auto &value = order->*member;
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, QString>)
                value = stored.toString();
            else if constexpr (std::is_same_v<T, Text>)
                value = Text::fromStored(stored.toString());
            else if constexpr (std::is_same_v<T, QDateTime>)
                value = timeFrom(stored);
            else if constexpr (std::is_same_v<T, OrderState>)
                value = orderStateFromName(stored.toString()).value_or(OrderState::NeedsAttention);
            else
                value = T(stored.toLongLong());
        },
        field.member);
}

} // namespace ysb
