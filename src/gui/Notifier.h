#pragma once

#include "sync/SyncTypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QSystemTrayIcon;

namespace ysb {

/// One desktop notification as the clerk sees it: a title, a few lines, the orders it is about.
struct DesktopMessage {
    QString title;
    QString body;
    QStringList orderRefs; // what a click opens; empty for system-wide messages
    Notification::Severity severity = Notification::Severity::Warning;
};

/// Shows desktop notifications; a click on one comes back as activated().
class Notifier : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)
public:
    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    virtual void show(const DesktopMessage &message) = 0;

Q_SIGNALS:
    /// The clerk clicked the notification about these orders (empty: a system-wide message).
    void activated(const QStringList &orderRefs);
    /// The message was shown (after the notification service accepted it).
    void shown(const ysb::DesktopMessage &message);
};

/// QSystemTrayIcon::showMessage: for desktops without the freedesktop notification service.
class TrayNotifier final : public Notifier {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    /// The tray icon that shows the balloons; without one, messages are only logged.
    void setTrayIcon(QSystemTrayIcon *icon);
    void show(const DesktopMessage &message) override;

private:
    QPointer<QSystemTrayIcon> m_icon;
    QStringList m_lastRefs;
};

} // namespace ysb

Q_DECLARE_METATYPE(ysb::DesktopMessage)
