#include "SyncContext.h"


namespace ysb {

OdooCallJob *SyncContext::odooCall(const QString &model, const QString &method, const QJsonArray &args,
                                   const QJsonObject &kwargs, const QString &orderRef) const
{
    return odoo->call(model, method, args, kwargs, orderRef);
}

void SyncContext::note(const QString &category, const QString &orderRef, const QString &message,
                       Notification::Severity severity) const
{
    if (notify)
        notify(Notification{category, orderRef, message, severity});
}

void SyncContext::event(const QString &orderRef, const QString &kind, const QString &message) const
{
    const QList<EventRecord> last = journal->events(orderRef, 1);
    if (!last.isEmpty() && last.first().kind == kind && last.first().message == message)
        return;
    (void)journal->addEvent(orderRef, kind, message);
}

} // namespace ysb
