#include "Notifier.h"

#include "Logging.h"

#include <QSystemTrayIcon>

namespace ysb {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ysb::DesktopMessage>();
}

Notifier::~Notifier() = default;

TrayNotifier::TrayNotifier(QObject *parent)
    : Notifier(parent)
{
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::setTrayIcon(QSystemTrayIcon *icon)
{
    if (m_icon)
        disconnect(m_icon.data(), nullptr, this, nullptr);
    m_icon = icon;
    if (m_icon) {
        // The balloon has no id: a click opens what the latest one was about.
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT activated(m_lastRefs); });
    }
}

void TrayNotifier::show(const DesktopMessage &message)
{
    m_lastRefs = message.orderRefs;
    if (!m_icon || !m_icon->isVisible()) {
        qCInfo(lcGui).noquote() << "notification (no tray to show it):" << message.title << message.body;
        return;
    }
    const auto icon = message.severity == Notification::Severity::Error     ? QSystemTrayIcon::Critical
                      : message.severity == Notification::Severity::Warning ? QSystemTrayIcon::Warning
                                                                             : QSystemTrayIcon::Information;
    m_icon->showMessage(message.title, message.body, icon);
    Q_EMIT shown(message);
}

} // namespace ysb
