#pragma once

#include "Result.h"
#include "ysell/YsellMapping.h"
#include "ysell/YsellPresets.h"
#include "ysell/YsellRoutes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ysb {

/// How the Odoo secret is used; only a label, the secret itself lives in a SecretStore.
enum class OdooAuth { Password, ApiKey };

/// Every setting of Ysell Bridge with its default (config.ini). Secrets are not settings: there is
/// deliberately no field for them here, so they can never reach the file.
struct Config {
    Q_DECLARE_TR_FUNCTIONS(ysb::Config)

public:
    // [odoo]
    QString odooUrl;                 // https://…, no trailing slash
    QString odooDatabase;
    QString odooLogin;
    OdooAuth odooAuth = OdooAuth::Password;
    // Odoo calls in flight at once: a real Odoo serves each on one of its workers (tens of ms of CPU),
    // so a handful side by side is what it can take from one client.
    int odooMaxInflight = 4;
    // A To-Do activity in Odoo (mail.activity) for the salesperson of an order that needs a person,
    // closed by the bridge once the order goes through. Off unless asked for.
    bool odooActivities = false;

    // [ysell]
    QString ysellBaseUrl;            // https://…, no trailing slash
    YsellRoutePreset ysellRoutes = YsellRoutePreset::TaskStatement; // the preset
    // Overrides of the preset's routes, as YsellRoute::toString() writes them
    // ("GET /api/v1/order/{id}"); a bare "/path" keeps the preset's method. Empty = the preset's.
    QString routeCreate;
    QString routeStatus;             // must use {id}
    QString routeFind;               // must use {order_num}
    QStringList doneStatuses = defaultDoneStatuses();
    // Statuses in which Ysell needs a person (an error on its side): the sweep tells the clerk at
    // once, and calls the order stale when it stays in one for attentionStatusHours.
    QStringList attentionStatuses = defaultAttentionStatuses();
    int maxInflight = 4;
    // The request mapping file (YsellMapping): field names, body encoding, where answers carry the
    // status and the id. Empty = the contract's shape (preset "task-statement").
    QString mappingFile;

    // [tls]
    QString extraCaFile;             // PEM trusted in addition to the system store

    // [journal]
    QString journalPath;             // empty = defaultJournalPath()

    // [sync]
    QDate startDate;                 // null = no start date
    QString shemaxLocation = QStringLiteral("ShemaxGlobal");
    QString warehouse;               // empty = every warehouse
    QString pickingType;             // empty = outgoing type of ShemaxGlobal's warehouse
    int sendIntervalMin = 5;
    int statusIntervalMin = 60;
    int overlapMin = 10;
    bool reserveSerials = false;
    bool cancelOtherDelivery = false;
    // A sent order whose Ysell status has not changed for this many days needs attention (0 = never).
    int staleAfterDays = 5;
    // A sent order in one of attentionStatuses for this many hours needs attention (0 = never).
    int attentionStatusHours = 24;

    // [ui]
    QString language;                // empty = system, "en", "ru"
    QStringList mutedCategories;
    bool autostart = false;
    bool notifications = true;

    // Allowed ranges, shared with the settings dialog's spin boxes.
    static constexpr int MaxInflightMin = 1, MaxInflightMax = 64;
    static constexpr int IntervalMinMin = 1, IntervalMinMax = 1440;
    static constexpr int OverlapMinMin = 0, OverlapMinMax = 1440;
    static constexpr int StaleDaysMin = 0, StaleDaysMax = 365;
    static constexpr int AttentionHoursMin = 0, AttentionHoursMax = 24 * 60;

    /// Problems with the values, one sentence each naming section and key (data, worded when shown);
    /// empty when valid.
    /// Missing values needed to run are reported by missingRequired() instead.
    QList<Text> validate() const;
    /// What must still be filled in before a sync can run (Odoo URL, database, login, Ysell URL).
    QList<Text> missingRequired() const;

    /// The routes in effect: the preset's, with the overrides that parse (validate() reports the others).
    YsellRoutes routes() const;
    static YsellRoutes presetRoutes(YsellRoutePreset preset);
    /// The mapping in effect: mappingFile read and checked, or the default shape when none is named.
    Result<YsellMapping> mapping() const;
    /// journalPath, or the default under QStandardPaths::AppDataLocation.
    QString effectiveJournalPath() const;
    static QString defaultJournalPath();
    static QStringList defaultDoneStatuses();
    static QStringList defaultAttentionStatuses();

    static QString authName(OdooAuth auth);          // "password" | "api_key"
    static QString routesName(YsellRoutePreset preset); // "task-statement" | "ysell-v1"

    bool operator==(const Config &) const = default;
};

/// Loads and saves Config as a QSettings INI file (config.ini).
class ConfigStore final {
    Q_DECLARE_TR_FUNCTIONS(ysb::ConfigStore)

public:
    /// Reads and checks a config file. Every problem (unknown section or key, a bad value, a file
    /// that is missing, unreadable or not text) is reported, one per line, as an ErrorKind::Config.
    static Result<Config> load(const QString &path);
    /// Like load(), but a file that does not exist yet gives the defaults (first start).
    static Result<Config> loadOrDefaults(const QString &path);
    /// Writes atomically with mode 0600. Refuses a config that validate() finds fault with.
    static Status save(const QString &path, const Config &config);
    /// QStandardPaths::AppConfigLocation + "/config.ini".
    static QString defaultPath();
};

} // namespace ysb
