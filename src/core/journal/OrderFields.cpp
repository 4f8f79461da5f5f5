#include "OrderFields.h"

#include "IsoTime.h"
#include "journal/Redactor.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

using F = OrderField;
using R = OrderRecord;

// The order of the journal's columns: kept as it was, so statements and stored rows line up.
const std::array kFields{
    F{"name"_L1, "name"_L1, &R::name},
    F{"odoo_id"_L1, "odooId"_L1, &R::odooId, F::KeptOnceKnown},
    F{"customer"_L1, "customer"_L1, &R::customer},
    F{"confirmed_at"_L1, "confirmedAt"_L1, &R::confirmedAt},
    F{"ysell_id"_L1, "ysellId"_L1, &R::ysellId},
    F{"ysell_status_code"_L1, "ysellStatusCode"_L1, &R::ysellStatusCode},
    F{"ysell_status_name"_L1, "ysellStatusName"_L1, &R::ysellStatusName},
    F{"state"_L1, "state"_L1, &R::state},
    F{"last_error"_L1, "lastError"_L1, &R::lastError, F::PeopleText},
    F{"last_error_kind"_L1, "lastErrorKind"_L1, &R::lastErrorKind},
    F{"attempts"_L1, "attempts"_L1, &R::attempts},
    F{"next_attempt_at"_L1, "nextAttemptAt"_L1, &R::nextAttemptAt},
    F{"picking_id"_L1, "pickingId"_L1, &R::pickingId},
    F{"picking_name"_L1, "pickingName"_L1, &R::pickingName},
    F{"warning"_L1, "warning"_L1, &R::warning, F::PeopleText},
    F{"serials"_L1, "serials"_L1, &R::serials},
    F{"payload_hash"_L1, "payloadHash"_L1, &R::payloadHash},
    F{"sent_at"_L1, "sentAt"_L1, &R::sentAt},
    F{"done_at"_L1, "doneAt"_L1, &R::doneAt},
    F{"last_checked_at"_L1, "lastCheckedAt"_L1, &R::lastCheckedAt},
    F{"updated_at"_L1, "updatedAt"_L1, &R::updatedAt, F::Stamped},
    F{"items"_L1, "items"_L1, &R::items, F::Capped | F::Internal},
    F{"odoo_db"_L1, "odooDb"_L1, &R::odooDb, F::KeptOnceKnown},
    F{"ysell_num"_L1, "ysellNumber"_L1, &R::ysellNumber, F::KeptOnceKnown},
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
            else
                return value;
        },
        field.member);
}

QJsonObject orderJson(const OrderRecord &order)
{
    QJsonObject o;
    for (const OrderField &f : kFields) {
        if (!(f.flags & OrderField::Internal))
            o.insert(f.column, orderFieldJson(order, f));
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
