#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ysb {

/// What a Notification is about. Every category can be muted in the settings ([ui] muted_categories
/// holds the names); the table in NotificationCategory.cpp is the one list of them.
enum class NotificationCategory { Preflight, Send, Status, Picking, Connection, Credentials, Storage, Setup };

/// Every category, in the order the settings show them.
QList<NotificationCategory> allNotificationCategories();
/// Stable machine name, as in config.ini and the CLI's "[send] …" lines: "preflight", "send", …
QString notificationCategoryName(NotificationCategory category);
std::optional<NotificationCategory> notificationCategoryFromName(const QString &name);
/// What the clerk is told about, translated (context "NotificationCategory").
QString notificationCategoryLabel(NotificationCategory category);

} // namespace ysb
