#include "OrderRecord.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ysb {

QString orderStateName(OrderState state)
{
    switch (state) {
    case OrderState::New: return u"new"_s;
    case OrderState::NeedsAttention: return u"needs_attention"_s;
    case OrderState::Sending: return u"sending"_s;
    case OrderState::Sent: return u"sent"_s;
    case OrderState::Done: return u"done"_s;
    case OrderState::PickingCreated: return u"picking_created"_s;
    case OrderState::Closed: return u"closed"_s;
    }
    return u"new"_s;
}

QList<OrderState> allOrderStates()
{
    return {OrderState::New,  OrderState::NeedsAttention, OrderState::Sending, OrderState::Sent,
            OrderState::Done, OrderState::PickingCreated, OrderState::Closed};
}

std::optional<OrderState> orderStateFromName(const QString &name)
{
    const QList<OrderState> states = allOrderStates();
    for (OrderState s : states) {
        if (orderStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString orderStateLabel(OrderState state)
{
    switch (state) {
    case OrderState::New: return QCoreApplication::translate("OrderState", "New");
    case OrderState::NeedsAttention: return QCoreApplication::translate("OrderState", "Needs attention");
    case OrderState::Sending: return QCoreApplication::translate("OrderState", "Sending");
    case OrderState::Sent: return QCoreApplication::translate("OrderState", "Sent to Ysell");
    case OrderState::Done: return QCoreApplication::translate("OrderState", "Done in Ysell");
    case OrderState::PickingCreated: return QCoreApplication::translate("OrderState", "Picking created");
    case OrderState::Closed: return QCoreApplication::translate("OrderState", "Closed");
    }
    return QString();
}

QString orderProblem(const OrderRecord &order)
{
    if (!order.lastError.isEmpty())
        return order.lastError.render();
    return (order.staleReason.isEmpty() ? order.warning : order.staleReason).render();
}

bool needsPerson(const OrderRecord &order)
{
    return order.state == OrderState::NeedsAttention || !order.staleReason.isEmpty();
}

} // namespace ysb
