#include "NotificationCategory.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

struct CategoryRow {
    NotificationCategory category;
    QLatin1StringView name;
    const char *label; // QT_TRANSLATE_NOOP
};

const std::array kCategories{
    CategoryRow{NotificationCategory::Preflight, "preflight"_L1,
                QT_TRANSLATE_NOOP("NotificationCategory", "Orders that cannot be sent (missing data)")},
    CategoryRow{NotificationCategory::Send, "send"_L1, QT_TRANSLATE_NOOP("NotificationCategory", "Sending orders to Ysell")},
    CategoryRow{NotificationCategory::Status, "status"_L1,
                QT_TRANSLATE_NOOP("NotificationCategory", "Checking order statuses in Ysell")},
    CategoryRow{NotificationCategory::Picking, "picking"_L1,
                QT_TRANSLATE_NOOP("NotificationCategory", "Creating deliveries in Odoo")},
    CategoryRow{NotificationCategory::Connection, "connection"_L1,
                QT_TRANSLATE_NOOP("NotificationCategory", "Connections to Odoo and Ysell")},
    CategoryRow{NotificationCategory::Credentials, "credentials"_L1,
                QT_TRANSLATE_NOOP("NotificationCategory", "Passwords and tokens that Odoo or Ysell refuse")},
    CategoryRow{NotificationCategory::Storage, "storage"_L1,
                QT_TRANSLATE_NOOP("NotificationCategory", "Writing the journal on this computer")},
    CategoryRow{NotificationCategory::Setup, "setup"_L1,
                QT_TRANSLATE_NOOP("NotificationCategory", "Odoo setup (missing Ysell fields)")},
};

const CategoryRow &row(NotificationCategory category)
{
    for (const CategoryRow &r : kCategories) {
        if (r.category == category)
            return r;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<NotificationCategory> allNotificationCategories()
{
    QList<NotificationCategory> out;
    for (const CategoryRow &r : kCategories)
        out << r.category;
    return out;
}

QString notificationCategoryName(NotificationCategory category)
{
    return row(category).name;
}

std::optional<NotificationCategory> notificationCategoryFromName(const QString &name)
{
    for (const CategoryRow &r : kCategories) {
        if (r.name == name)
            return r.category;
    }
    return std::nullopt;
}

QString notificationCategoryLabel(NotificationCategory category)
{
    return QCoreApplication::translate("NotificationCategory", row(category).label);
}

} // namespace ysb
