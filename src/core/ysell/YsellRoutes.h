#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ysb {

/// One Ysell endpoint: method and path template ("/api/orders/status?id={id}").
struct YsellRoute {
    QByteArray method = "GET";
    QString path;

    /// "GET /api/orders/status?id={id}", the form settings store.
    QString toString() const;
    /// Parses "METHOD /path?query" (a bare "/path" means GET); Config error on anything else.
    static Result<YsellRoute> fromString(const QString &text);
    friend bool operator==(const YsellRoute &, const YsellRoute &) = default;
};

/// The three order routes. Ysell does not publish them, so each one is a setting with two presets.
struct YsellRoutes {
    YsellRoute create;
    YsellRoute status; ///< uses {id}
    YsellRoute find;   ///< uses {order_num}

    static YsellRoutes taskStatement(); ///< preset "task-statement" (the default)
    static YsellRoutes ysellV1();       ///< preset "ysell-v1"
    static std::optional<YsellRoutes> preset(const QString &name);
    static QStringList presetNames();   ///< {"task-statement", "ysell-v1"}

    /// Every route has a method and a path starting with "/" and uses only {id} / {order_num}.
    Status validate() const;

    /// The base URL (which may carry a path prefix) joined with the route's path, each {name}
    /// replaced by its percent-encoded value. Config error for an unknown or unfilled placeholder.
    static Result<QUrl> resolve(const QUrl &base, const YsellRoute &route, const QHash<QString, QString> &values);

    friend bool operator==(const YsellRoutes &, const YsellRoutes &) = default;
};

} // namespace ysb
