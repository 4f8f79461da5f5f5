#pragma once

#include "Notifier.h"

#include <QDBusAbstractInterface>
#include <QDBusConnection>
#include <QHash>
#include <QPointer>

namespace ysb {

/// Client side of org.freedesktop.Notifications: its two signals, connected without string slots.
class FreedesktopNotifications final : public QDBusAbstractInterface {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreedesktopNotifications)
public:
    static constexpr const char *Service = "org.freedesktop.Notifications";
    static constexpr const char *Path = "/org/freedesktop/Notifications";
    static constexpr const char *Interface = "org.freedesktop.Notifications";

    FreedesktopNotifications(const QDBusConnection &connection, QObject *parent = nullptr);
    ~FreedesktopNotifications() override;

Q_SIGNALS:
    // Named as on the bus: QDBusAbstractInterface subscribes to D-Bus signals of the same name.
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

/// Desktop notifications through the freedesktop Notifications service on the session bus; when the
/// service does not answer, the message goes to the fallback (the tray balloon) instead.
class DBusNotifier final : public Notifier {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DBusNotifier)
public:
    explicit DBusNotifier(const QDBusConnection &connection = QDBusConnection::sessionBus(),
                          Notifier *fallback = nullptr, QObject *parent = nullptr);
    ~DBusNotifier() override;

    void show(const DesktopMessage &message) override;

Q_SIGNALS:
    /// The notification service refused or did not answer; why, for the log.
    void failed(const QString &reason);

private:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

    QDBusConnection m_connection;
    FreedesktopNotifications *m_service = nullptr;
    QPointer<Notifier> m_fallback;
    QHash<uint, QStringList> m_refsById;
};

} // namespace ysb
