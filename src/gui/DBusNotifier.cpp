#include "DBusNotifier.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

using namespace Qt::StringLiterals;

namespace ysb {

FreedesktopNotifications::FreedesktopNotifications(const QDBusConnection &connection, QObject *parent)
    : QDBusAbstractInterface(QLatin1String(Service), QLatin1String(Path), Interface, connection, parent)
{
}

FreedesktopNotifications::~FreedesktopNotifications() = default;

DBusNotifier::DBusNotifier(const QDBusConnection &connection, Notifier *fallback, QObject *parent)
    : Notifier(parent)
    , m_connection(connection)
    , m_fallback(fallback)
{
    if (m_fallback)
        connect(m_fallback, &Notifier::activated, this, &Notifier::activated);
    if (!m_connection.isConnected())
        return;
    m_service = new FreedesktopNotifications(m_connection, this);
    connect(m_service, &FreedesktopNotifications::ActionInvoked, this, &DBusNotifier::onActionInvoked);
    connect(m_service, &FreedesktopNotifications::NotificationClosed, this, &DBusNotifier::onNotificationClosed);
}

DBusNotifier::~DBusNotifier() = default;

void DBusNotifier::show(const DesktopMessage &message)
{
    auto fallBack = [this, message](const QString &why) {
        qCInfo(lcGui).noquote() << "desktop notification service unavailable:" << why;
        Q_EMIT failed(why);
        if (m_fallback)
            m_fallback->show(message);
    };
    if (!m_service) {
        fallBack(u"no session bus"_s);
        return;
    }
    // Urgency: 1 normal, 2 critical (stays until dismissed on most desktops).
    const uchar urgency = message.severity == Notification::Severity::Error ? 2 : 1;
    const QVariantMap hints{{u"urgency"_s, QVariant::fromValue(urgency)},
                            {u"desktop-entry"_s, u"ysell-bridge"_s},
                            {u"category"_s, u"transfer.error"_s}};
    const QStringList actions{u"default"_s, tr("Open")};
    QDBusPendingCall call = m_service->asyncCall(u"Notify"_s, tr("Ysell Bridge"), uint(0), u"ysell-bridge"_s,
                                                 message.title, message.body, actions, hints, int(-1));
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, message, fallBack](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            fallBack(reply.error().name() + u": "_s + reply.error().message());
            return;
        }
        m_refsById.insert(reply.value(), message.orderRefs);
        Q_EMIT shown(message);
    });
}

void DBusNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_refsById.constFind(id);
    if (it == m_refsById.cend())
        return; // another application's notification
    if (actionKey == u"default"_s)
        Q_EMIT activated(it.value());
}

void DBusNotifier::onNotificationClosed(uint id, uint)
{
    m_refsById.remove(id);
}

} // namespace ysb
