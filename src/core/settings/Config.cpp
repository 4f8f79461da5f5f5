#include "Config.h"

#include "Logging.h"
#include "ysell/YsellStatus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

constexpr qint64 MaxConfigBytes = 1024 * 1024;
constexpr int MaxTextLength = 2000;

// The keys config.ini may hold, per section. Anything else is reported, so a typo never silently
// falls back to a default.
const QList<std::pair<QString, QStringList>> &knownKeys()
{
    static const QList<std::pair<QString, QStringList>> keys = {
        {u"odoo"_s, {u"url"_s, u"database"_s, u"login"_s, u"auth"_s, u"max_inflight"_s, u"activities"_s}},
        {u"ysell"_s,
         {u"base_url"_s, u"routes"_s, u"route_create"_s, u"route_status"_s, u"route_find"_s,
          u"done_statuses"_s, u"attention_statuses"_s, u"max_inflight"_s, u"mapping_file"_s}},
        {u"tls"_s, {u"extra_ca_file"_s}},
        {u"journal"_s, {u"path"_s}},
        {u"sync"_s,
         {u"start_date"_s, u"shemax_location"_s, u"warehouse"_s, u"picking_type"_s,
          u"send_interval_min"_s, u"status_interval_min"_s, u"overlap_min"_s, u"reserve_serials"_s,
          u"cancel_other_delivery"_s, u"stale_after_days"_s, u"attention_status_hours"_s}},
        {u"ui"_s, {u"language"_s, u"muted_categories"_s, u"autostart"_s, u"notifications"_s}},
    };
    return keys;
}

QStringList knownSections()
{
    QStringList out;
    for (const auto &[section, keys] : knownKeys())
        out << section;
    return out;
}

// Tabs are fine between tokens of a line, not inside a value (allowTab = false).
bool hasControlChars(const QString &s, bool allowTab = false)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && !(allowTab && u == u'\t')) || u == 0x7f)
            return true;
    }
    return false;
}

// A value quoted for a message: short, one line, control characters made visible.
QString shown(const QString &value)
{
    QString v;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f)
            v += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        else
            v += c;
    }
    if (v.size() > 80)
        v = v.left(77) + u"..."_s;
    return u"\""_s + v + u"\""_s;
}

QString where(const QString &section, const QString &key)
{
    return u"["_s + section + u"] "_s + key;
}

Text badValue(const QString &section, const QString &key, const QString &value, const Text &allowed)
{
    return Text(TextKind::ConfigBadValue).arg(where(section, key)).arg(shown(value)).arg(allowed);
}

// User info in a URL may be a password: never echo it.
QString urlForMessage(const QString &value)
{
    const QUrl url(value);
    if (url.isValid() && !url.userInfo().isEmpty())
        return url.toString(QUrl::RemoveUserInfo);
    return value;
}

void checkHttpsUrl(QList<Text> &problems, const QString &section, const QString &key, const QString &value)
{
    if (value.isEmpty())
        return;
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    Text why;
    if (scheme == u"http")
        why = Text(TextKind::ConfigUrlHttp);
    else if (scheme != u"https")
        why = Text(TextKind::ConfigUrlNotHttps);
    else if (!url.isValid() || url.host().isEmpty() || hasControlChars(value) || value.contains(u' '))
        why = Text(TextKind::ConfigUrlInvalid);
    else if (!url.userInfo().isEmpty())
        why = Text(TextKind::ConfigUrlUserInfo);
    else if (url.hasQuery() || url.hasFragment())
        why = Text(TextKind::ConfigUrlQuery);
    if (!why.isEmpty())
        problems << badValue(section, key, urlForMessage(value), why);
}

void checkText(QList<Text> &problems, const QString &section, const QString &key, const QString &value)
{
    if (hasControlChars(value))
        problems << badValue(section, key, value, Text(TextKind::ConfigTextControl));
    else if (value.size() > MaxTextLength)
        problems << badValue(section, key, value, Text(TextKind::ConfigTextTooLong).arg(MaxTextLength));
}

void checkRange(QList<Text> &problems, const QString &section, const QString &key, int value, int min, int max)
{
    if (value < min || value > max)
        problems << badValue(section, key, QString::number(value),
                             Text(TextKind::ConfigNumberRange).arg(min).arg(max));
}

// An override as YsellRoute::fromString reads it, with the preset's method when none is written.
std::optional<YsellRoute> parseRoute(const QString &value, const YsellRoute &preset)
{
    if (value.isEmpty() || hasControlChars(value))
        return std::nullopt;
    const Result<YsellRoute> parsed = YsellRoute::fromString(value);
    if (!parsed.ok())
        return std::nullopt;
    YsellRoute route = parsed.value();
    if (value.simplified().split(u' ', Qt::SkipEmptyParts).size() == 1)
        route.method = preset.method;
    return route;
}

void checkRoute(QList<Text> &problems, const QString &key, const QString &value, const YsellRoute &preset,
                const QString &placeholder)
{
    if (value.isEmpty())
        return;
    const auto route = parseRoute(value, preset);
    if (!route) {
        problems << badValue(u"ysell"_s, key, value,
                             Text(TextKind::ConfigRouteShape)
                                 .arg(preset.toString()));
        return;
    }
    static const QRegularExpression placeholders(u"\\{([^{}]*)\\}"_s);
    auto it = placeholders.globalMatch(route->path);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (name != u"id" && name != u"order_num") {
            problems << badValue(u"ysell"_s, key, value, Text(TextKind::ConfigRoutePlaceholder).arg(name));
            return;
        }
    }
    if (!placeholder.isEmpty() && !route->path.contains(placeholder))
        problems << badValue(u"ysell"_s, key, value, Text(TextKind::ConfigRouteMustContain).arg(placeholder));
}

QString normalizeUrl(QString value)
{
    value = value.trimmed();
    while (value.endsWith(u'/') && !value.endsWith(u"://"))
        value.chop(1);
    return value;
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',')) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString resolvePath(const QString &value, const QDir &base)
{
    if (value.isEmpty() || QDir::isAbsolutePath(value))
        return value;
    return QDir::cleanPath(base.absoluteFilePath(value));
}

// QSettings accepts nearly any bytes without complaint (binary junk gives NoError and nonsense
// keys), and "@Variant(...)" values make it deserialize arbitrary QDataStream data. So the text is
// checked first, line by line, with the same grammar QSettings uses.
struct Prescan {
    QList<Text> problems;
    bool fatal = false;              // not text, or values QSettings must not see: stop here
    bool keysOutsideSection = false; // already reported with their line numbers
};

Prescan prescan(const QByteArray &data)
{
    Prescan out;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(data);
    if (decoder.hasError()) {
        out.problems << Text(TextKind::ConfigNotUtf8);
        out.fatal = true;
        return out;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    QList<Text> &problems = out.problems;
    QString section;
    bool continued = false;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const int lineNo = int(i) + 1;
        if (hasControlChars(line, true)) {
            problems << Text(TextKind::ConfigLineBinary).arg(lineNo);
            out.fatal = true;
            break;
        }
        // QSettings continues a value on the next line after a trailing backslash.
        const bool wasContinued = continued;
        qsizetype slashes = 0;
        while (slashes < line.size() && line.at(line.size() - 1 - slashes) == u'\\')
            ++slashes;
        continued = slashes % 2 == 1;
        if (wasContinued)
            continue;

        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u';') || t.startsWith(u'#'))
            continue;
        if (t.startsWith(u'[')) {
            if (!t.endsWith(u']') || t.size() < 3) {
                problems << Text(TextKind::ConfigLineSectionHeader).arg(lineNo);
                continue;
            }
            section = t.mid(1, t.size() - 2).trimmed();
            continue;
        }
        const qsizetype eq = t.indexOf(u'=');
        if (eq <= 0) {
            // The line itself is not echoed: people paste tokens into the wrong file.
            problems << Text(TextKind::ConfigLineNeither).arg(lineNo);
            continue;
        }
        const QString key = t.left(eq).trimmed();
        const QString value = t.mid(eq + 1).trimmed();
        if (section.isEmpty()) {
            problems << Text(TextKind::ConfigLineOutsideSection).arg(lineNo).arg(shown(key));
            out.keysOutsideSection = true;
            continue;
        }
        QString unquoted = value;
        if (unquoted.startsWith(u'"'))
            unquoted.remove(0, 1);
        if (unquoted.startsWith(u'@') && !unquoted.startsWith(u"@@") && value != u"@Invalid()") {
            out.fatal = true;
            problems << Text(TextKind::ConfigAtValue)
                            .arg(where(section, key)).arg(lineNo);
        }
    }
    return out;
}

/// Reads typed values out of QSettings and records what does not fit.
class Reader {
public:
    Reader(QSettings &settings, QList<Text> &problems) : m_s(settings), m_problems(problems) {}

    // nullopt when the key is absent or unusable (then a problem is recorded).
    std::optional<QString> text(const QString &section, const QString &key, bool echoValue = true)
    {
        const QString path = section + u'/' + key;
        if (!m_s.contains(path))
            return std::nullopt;
        const QVariant v = m_s.value(path);
        if (!v.isValid())
            return QString();
        if (v.metaType().id() == QMetaType::QStringList) {
            const QString joined = v.toStringList().join(u", "_s);
            m_problems << badValue(section, key, echoValue ? joined : u"…"_s,
                                   Text(TextKind::ConfigComma));
            return std::nullopt;
        }
        return v.toString().trimmed();
    }

    std::optional<QStringList> list(const QString &section, const QString &key)
    {
        const QString path = section + u'/' + key;
        if (!m_s.contains(path))
            return std::nullopt;
        const QVariant v = m_s.value(path);
        if (!v.isValid())
            return QStringList();
        // Unquoted commas give a list, a quoted "a,b" gives a string: both mean the same here.
        QStringList out;
        const QStringList parts = v.metaType().id() == QMetaType::QStringList ? v.toStringList()
                                                                               : QStringList{v.toString()};
        for (const QString &p : parts)
            out << splitList(p);
        return out;
    }

    void number(const QString &section, const QString &key, int &target, int min, int max)
    {
        const auto v = text(section, key);
        if (!v)
            return;
        bool ok = false;
        const int n = v->toInt(&ok);
        if (!ok)
            m_problems << badValue(section, key, *v, Text(TextKind::ConfigNumberRange).arg(min).arg(max));
        else
            target = n;
    }

    void flag(const QString &section, const QString &key, bool &target)
    {
        const auto v = text(section, key);
        if (!v)
            return;
        const QString l = v->toLower();
        if (l == u"true" || l == u"1" || l == u"yes" || l == u"on")
            target = true;
        else if (l == u"false" || l == u"0" || l == u"no" || l == u"off")
            target = false;
        else
            m_problems << badValue(section, key, *v, Text(TextKind::ConfigBool));
    }

    void string(const QString &section, const QString &key, QString &target)
    {
        if (const auto v = text(section, key))
            target = *v;
    }

private:
    QSettings &m_s;
    QList<Text> &m_problems;
};

Error configError(const QString &path, const QList<Text> &problems)
{
    const Text head = Text(TextKind::ConfigurationFileCannotUsed).arg(QDir::toNativeSeparators(path));
    return Error::make(ErrorKind::Config, Text::lines(QList<Text>{head} + problems),
                       u"config "_s + path + u": "_s + Text::join(problems, u" | "_s));
}

} // namespace

// ---- Config ----

QStringList Config::defaultDoneStatuses()
{
    return YsellStatusRules::defaultDoneSet();
}

QStringList Config::defaultAttentionStatuses()
{
    return YsellStatusRules::defaultAttentionSet();
}

QString Config::authName(OdooAuth auth)
{
    return auth == OdooAuth::ApiKey ? u"api_key"_s : u"password"_s;
}

QString Config::routesName(YsellRoutePreset preset)
{
    return ysellPreset(preset).name;
}

YsellRoutes Config::presetRoutes(YsellRoutePreset preset)
{
    return ysellPreset(preset).routes();
}

YsellRoutes Config::routes() const
{
    YsellRoutes r = presetRoutes(ysellRoutes);
    if (const auto o = parseRoute(routeCreate, r.create))
        r.create = *o;
    if (const auto o = parseRoute(routeStatus, r.status))
        r.status = *o;
    if (const auto o = parseRoute(routeFind, r.find))
        r.find = *o;
    return r;
}

Result<YsellMapping> Config::mapping() const
{
    if (mappingFile.isEmpty())
        return YsellMapping::taskStatement();
    return YsellMapping::load(mappingFile);
}

QString Config::defaultJournalPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.sqlite"_s;
}

QString Config::effectiveJournalPath() const
{
    return journalPath.isEmpty() ? defaultJournalPath() : journalPath;
}

QList<Text> Config::validate() const
{
    QList<Text> p;
    checkHttpsUrl(p, u"odoo"_s, u"url"_s, odooUrl);
    checkText(p, u"odoo"_s, u"database"_s, odooDatabase);
    checkText(p, u"odoo"_s, u"login"_s, odooLogin);
    checkRange(p, u"odoo"_s, u"max_inflight"_s, odooMaxInflight, MaxInflightMin, MaxInflightMax);

    checkHttpsUrl(p, u"ysell"_s, u"base_url"_s, ysellBaseUrl);
    const YsellRoutes preset = presetRoutes(ysellRoutes);
    checkRoute(p, u"route_create"_s, routeCreate, preset.create, {});
    checkRoute(p, u"route_status"_s, routeStatus, preset.status, u"{id}"_s);
    checkRoute(p, u"route_find"_s, routeFind, preset.find, u"{order_num}"_s);
    if (doneStatuses.isEmpty())
        p << Text(TextKind::ConfigNoDoneStatus).arg(where(u"ysell"_s, u"done_statuses"_s));
    for (const QString &s : doneStatuses) {
        if (s.trimmed().isEmpty() || s.contains(u',') || hasControlChars(s) || s.size() > 100)
            p << badValue(u"ysell"_s, u"done_statuses"_s, s, Text(TextKind::ConfigDoneStatusShape));
    }
    for (const QString &s : attentionStatuses) {
        if (s.trimmed().isEmpty() || s.contains(u',') || hasControlChars(s) || s.size() > 100)
            p << badValue(u"ysell"_s, u"attention_statuses"_s, s, Text(TextKind::ConfigAttentionStatusShape));
        else if (doneStatuses.contains(s.trimmed(), Qt::CaseInsensitive))
            p << badValue(u"ysell"_s, u"attention_statuses"_s, s, Text(TextKind::ConfigAlsoDone));
    }
    checkRange(p, u"ysell"_s, u"max_inflight"_s, maxInflight, MaxInflightMin, MaxInflightMax);
    checkText(p, u"ysell"_s, u"mapping_file"_s, mappingFile);
    if (!mappingFile.isEmpty() && !hasControlChars(mappingFile)) {
        // Read at every start: a wrong line is reported before anything is sent in the wrong shape.
        if (const Result<YsellMapping> m = mapping(); !m.ok())
            p << Text(TextKind::ConfigWhereWhat).arg(where(u"ysell"_s, u"mapping_file"_s)).arg(m.error().asText());
    }

    if (!extraCaFile.isEmpty()) {
        const QFileInfo fi(extraCaFile);
        if (!fi.exists())
            p << badValue(u"tls"_s, u"extra_ca_file"_s, extraCaFile, Text(TextKind::ConfigFileMissing));
        else if (!fi.isFile())
            p << badValue(u"tls"_s, u"extra_ca_file"_s, extraCaFile, Text(TextKind::ConfigNotAFile));
        else if (!fi.isReadable())
            p << badValue(u"tls"_s, u"extra_ca_file"_s, extraCaFile, Text(TextKind::ConfigFileUnreadable));
    }

    checkText(p, u"journal"_s, u"path"_s, journalPath);
    if (!journalPath.isEmpty() && QFileInfo(journalPath).isDir())
        p << badValue(u"journal"_s, u"path"_s, journalPath, Text(TextKind::ConfigJournalIsFolder));

    if (!startDate.isNull() && !startDate.isValid())
        p << Text(TextKind::ConfigInvalidDate).arg(where(u"sync"_s, u"start_date"_s));
    if (shemaxLocation.trimmed().isEmpty())
        p << Text(TextKind::ConfigNoShemax).arg(where(u"sync"_s, u"shemax_location"_s));
    checkText(p, u"sync"_s, u"shemax_location"_s, shemaxLocation);
    checkText(p, u"sync"_s, u"warehouse"_s, warehouse);
    checkText(p, u"sync"_s, u"picking_type"_s, pickingType);
    checkRange(p, u"sync"_s, u"send_interval_min"_s, sendIntervalMin, IntervalMinMin, IntervalMinMax);
    checkRange(p, u"sync"_s, u"status_interval_min"_s, statusIntervalMin, IntervalMinMin, IntervalMinMax);
    checkRange(p, u"sync"_s, u"overlap_min"_s, overlapMin, OverlapMinMin, OverlapMinMax);
    checkRange(p, u"sync"_s, u"stale_after_days"_s, staleAfterDays, StaleDaysMin, StaleDaysMax);
    checkRange(p, u"sync"_s, u"attention_status_hours"_s, attentionStatusHours, AttentionHoursMin, AttentionHoursMax);

    if (!language.isEmpty() && language != u"en" && language != u"ru")
        p << badValue(u"ui"_s, u"language"_s, language, Text(TextKind::ConfigLanguage));
    static const QRegularExpression category(u"^[A-Za-z0-9_.-]{1,64}$"_s);
    for (const QString &c : mutedCategories) {
        if (!category.match(c).hasMatch())
            p << badValue(u"ui"_s, u"muted_categories"_s, c, Text(TextKind::ConfigCategory));
    }
    return p;
}

QList<Text> Config::missingRequired() const
{
    QList<Text> m;
    if (odooUrl.isEmpty())
        m << Text(TextKind::ConfigOdooUrlMissing).arg(where(u"odoo"_s, u"url"_s));
    if (odooDatabase.isEmpty())
        m << Text(TextKind::ConfigOdooDatabaseMissing).arg(where(u"odoo"_s, u"database"_s));
    if (odooLogin.isEmpty())
        m << Text(TextKind::ConfigOdooLoginMissing).arg(where(u"odoo"_s, u"login"_s));
    if (ysellBaseUrl.isEmpty())
        m << Text(TextKind::ConfigYsellUrlMissing).arg(where(u"ysell"_s, u"base_url"_s));
    return m;
}

// ---- ConfigStore ----

QString ConfigStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/config.ini"_s;
}

Result<Config> ConfigStore::loadOrDefaults(const QString &path)
{
    const QFileInfo fi(path);
    if (!path.isEmpty() && !fi.exists() && !fi.isSymLink())
        return Config{};
    return load(path);
}

Result<Config> ConfigStore::load(const QString &path)
{
    if (path.isEmpty())
        return Error::make(ErrorKind::Config, Text(TextKind::NoConfigurationFileGiven));
    const QFileInfo fi(path);
    if (!fi.exists())
        return configError(path, {Text(TextKind::ConfigFileDoesNotExist)});
    if (fi.isDir())
        return configError(path, {Text(TextKind::ConfigIsFolder)});
    // A pipe or a device would block the read (or never end): only regular files are settings.
    if (!fi.isFile())
        return configError(path, {Text(TextKind::ConfigNotRegular)});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(path, {Text(TextKind::ConfigCannotRead).arg(file.errorString())});
    const QByteArray data = file.read(MaxConfigBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return configError(path, {Text(TextKind::ConfigCannotRead).arg(file.errorString())});
    file.close();
    if (data.size() > MaxConfigBytes)
        return configError(path, {Text(TextKind::ConfigTooLarge).arg(MaxConfigBytes / 1024)});

    const Prescan pre = prescan(data);
    QList<Text> problems = pre.problems;
    if (pre.fatal)
        return configError(path, problems);

    // QSettings reads a private copy of exactly the bytes checked above: no race with an editor
    // saving the file, and QSettings' process-wide cache never serves a stale version.
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return Error::make(ErrorKind::Storage, Text(TextKind::CannotCreateTemporaryFolderRead),
                           tmp.errorString());
    const QString copyPath = tmp.filePath(u"config.ini"_s);
    {
        QFile copy(copyPath);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(data) != data.size())
            return Error::make(ErrorKind::Storage, Text(TextKind::CannotCreateTemporaryCopyConfiguration),
                               copy.errorString());
    }
    QSettings s(copyPath, QSettings::IniFormat);
    if (s.status() != QSettings::NoError) {
        // The line-by-line problems, when there are any, say more than QSettings' FormatError.
        if (problems.isEmpty())
            problems << Text(TextKind::ConfigNotIni);
        return configError(path, problems);
    }

    // Unknown sections and keys.
    const QStringList sections = knownSections();
    QStringList reportedSections;
    for (const QString &fullKey : s.allKeys()) {
        const qsizetype slash = fullKey.indexOf(u'/');
        if (slash < 0) {
            // QSettings files keys before any section, and those of [General], at the top level.
            if (!pre.keysOutsideSection && !reportedSections.contains(u"General"_s)) {
                reportedSections << u"General"_s;
                problems << Text(TextKind::ConfigUnknownSection).arg(u"General"_s).argList(sections);
            }
            continue;
        }
        const QString section = fullKey.left(slash);
        const QString key = fullKey.mid(slash + 1);
        if (!sections.contains(section)) {
            if (!reportedSections.contains(section)) {
                reportedSections << section;
                problems << Text(TextKind::ConfigUnknownSection).arg(section).argList(sections);
            }
            continue;
        }
        QStringList keys;
        for (const auto &[sec, ks] : knownKeys()) {
            if (sec == section)
                keys = ks;
        }
        if (keys.contains(key))
            continue;
        static const QRegularExpression secretLike(u"pass|token|secret|api.?key|credential"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        // The value is never echoed for unknown keys: it may be a secret in the wrong place.
        if (secretLike.match(key).hasMatch())
            problems << Text(TextKind::ConfigSecretInFile).arg(where(section, key));
        else
            problems << Text(TextKind::ConfigUnknownKey)
                            .arg(where(section, key)).arg(section).argList(keys);
    }

    Config c;
    Reader r(s, problems);
    const QDir base = fi.absoluteDir();

    if (const auto v = r.text(u"odoo"_s, u"url"_s))
        c.odooUrl = normalizeUrl(*v);
    r.string(u"odoo"_s, u"database"_s, c.odooDatabase);
    r.string(u"odoo"_s, u"login"_s, c.odooLogin);
    r.number(u"odoo"_s, u"max_inflight"_s, c.odooMaxInflight, Config::MaxInflightMin, Config::MaxInflightMax);
    r.flag(u"odoo"_s, u"activities"_s, c.odooActivities);
    // A password typed into the wrong field must not be echoed back.
    if (const auto v = r.text(u"odoo"_s, u"auth"_s, false)) {
        if (*v == u"password" || v->isEmpty())
            c.odooAuth = OdooAuth::Password;
        else if (*v == u"api_key")
            c.odooAuth = OdooAuth::ApiKey;
        else
            problems << Text(TextKind::ConfigAuth)
                            .arg(where(u"odoo"_s, u"auth"_s));
    }

    if (const auto v = r.text(u"ysell"_s, u"base_url"_s))
        c.ysellBaseUrl = normalizeUrl(*v);
    if (const auto v = r.text(u"ysell"_s, u"routes"_s)) {
        if (v->isEmpty())
            c.ysellRoutes = ysellPresets().front().id;
        else if (const YsellPreset *p = ysellPreset(*v))
            c.ysellRoutes = p->id;
        else
            problems << badValue(u"ysell"_s, u"routes"_s, *v,
                                 Text(TextKind::ConfigMustBe).arg(Text::alternatives(ysellPresetNames())));
    }
    r.string(u"ysell"_s, u"route_create"_s, c.routeCreate);
    r.string(u"ysell"_s, u"route_status"_s, c.routeStatus);
    r.string(u"ysell"_s, u"route_find"_s, c.routeFind);
    if (const auto v = r.list(u"ysell"_s, u"done_statuses"_s))
        c.doneStatuses = *v;
    if (const auto v = r.list(u"ysell"_s, u"attention_statuses"_s))
        c.attentionStatuses = *v;
    r.number(u"ysell"_s, u"max_inflight"_s, c.maxInflight, Config::MaxInflightMin, Config::MaxInflightMax);
    if (const auto v = r.text(u"ysell"_s, u"mapping_file"_s))
        c.mappingFile = resolvePath(*v, base);

    if (const auto v = r.text(u"tls"_s, u"extra_ca_file"_s))
        c.extraCaFile = resolvePath(*v, base);
    if (const auto v = r.text(u"journal"_s, u"path"_s))
        c.journalPath = resolvePath(*v, base);

    if (const auto v = r.text(u"sync"_s, u"start_date"_s); v && !v->isEmpty()) {
        const QDate d = QDate::fromString(*v, u"yyyy-MM-dd"_s);
        if (v->size() != 10 || !d.isValid())
            problems << badValue(u"sync"_s, u"start_date"_s, *v,
                                 Text(TextKind::ConfigStartDate));
        else
            c.startDate = d;
    }
    r.string(u"sync"_s, u"shemax_location"_s, c.shemaxLocation);
    r.string(u"sync"_s, u"warehouse"_s, c.warehouse);
    r.string(u"sync"_s, u"picking_type"_s, c.pickingType);
    r.number(u"sync"_s, u"send_interval_min"_s, c.sendIntervalMin, Config::IntervalMinMin, Config::IntervalMinMax);
    r.number(u"sync"_s, u"status_interval_min"_s, c.statusIntervalMin, Config::IntervalMinMin, Config::IntervalMinMax);
    r.number(u"sync"_s, u"overlap_min"_s, c.overlapMin, Config::OverlapMinMin, Config::OverlapMinMax);
    r.flag(u"sync"_s, u"reserve_serials"_s, c.reserveSerials);
    r.flag(u"sync"_s, u"cancel_other_delivery"_s, c.cancelOtherDelivery);
    r.number(u"sync"_s, u"stale_after_days"_s, c.staleAfterDays, Config::StaleDaysMin, Config::StaleDaysMax);
    r.number(u"sync"_s, u"attention_status_hours"_s, c.attentionStatusHours, Config::AttentionHoursMin,
             Config::AttentionHoursMax);

    r.string(u"ui"_s, u"language"_s, c.language);
    if (const auto v = r.list(u"ui"_s, u"muted_categories"_s))
        c.mutedCategories = *v;
    r.flag(u"ui"_s, u"autostart"_s, c.autostart);
    r.flag(u"ui"_s, u"notifications"_s, c.notifications);

    for (const Text &t : c.validate()) {
        if (!problems.contains(t))
            problems << t;
    }
    if (!problems.isEmpty()) {
        qCWarning(lcSettings).noquote() << "config" << path << "rejected:" << Text::join(problems, u" | "_s);
        return configError(path, problems);
    }
    qCDebug(lcSettings).noquote() << "config loaded from" << path;
    return c;
}

Status ConfigStore::save(const QString &path, const Config &config)
{
    if (path.isEmpty())
        return Error::make(ErrorKind::Config, Text(TextKind::NoConfigurationFileGiven));
    const QList<Text> problems = config.validate();
    if (!problems.isEmpty())
        return Error::make(ErrorKind::Config, Text::lines(QList<Text>{Text(TextKind::SettingsWereNotSaved)} + problems),
                           u"save "_s + path + u": "_s + Text::join(problems, u" | "_s));
    if (QFileInfo(path).isDir())
        return Error::make(ErrorKind::Storage, Text(TextKind::CannotSaveSettingsFolder).arg(QDir::toNativeSeparators(path)));

    // QSettings produces the INI text (its escaping is what load() expects), in a private folder;
    // the bytes then go to the real file through QSaveFile so the mode is 0600 before any byte lands.
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return Error::make(ErrorKind::Storage, Text(TextKind::CannotCreateTemporaryFolderSave), tmp.errorString());
    const QString tmpPath = tmp.filePath(u"config.ini"_s);
    {
        QSettings s(tmpPath, QSettings::IniFormat);
        auto list = [](const QStringList &l) { return l.isEmpty() ? QVariant(QString()) : QVariant(l); };
        s.beginGroup(u"odoo"_s);
        s.setValue(u"url"_s, config.odooUrl);
        s.setValue(u"database"_s, config.odooDatabase);
        s.setValue(u"login"_s, config.odooLogin);
        s.setValue(u"auth"_s, Config::authName(config.odooAuth));
        s.setValue(u"max_inflight"_s, config.odooMaxInflight);
        s.setValue(u"activities"_s, config.odooActivities);
        s.endGroup();
        s.beginGroup(u"ysell"_s);
        s.setValue(u"base_url"_s, config.ysellBaseUrl);
        s.setValue(u"routes"_s, Config::routesName(config.ysellRoutes));
        s.setValue(u"route_create"_s, config.routeCreate);
        s.setValue(u"route_status"_s, config.routeStatus);
        s.setValue(u"route_find"_s, config.routeFind);
        s.setValue(u"done_statuses"_s, list(config.doneStatuses));
        s.setValue(u"attention_statuses"_s, list(config.attentionStatuses));
        s.setValue(u"max_inflight"_s, config.maxInflight);
        s.setValue(u"mapping_file"_s, config.mappingFile);
        s.endGroup();
        s.setValue(u"tls/extra_ca_file"_s, config.extraCaFile);
        s.setValue(u"journal/path"_s, config.journalPath);
        s.beginGroup(u"sync"_s);
        s.setValue(u"start_date"_s, config.startDate.isValid() ? config.startDate.toString(u"yyyy-MM-dd"_s) : QString());
        s.setValue(u"shemax_location"_s, config.shemaxLocation);
        s.setValue(u"warehouse"_s, config.warehouse);
        s.setValue(u"picking_type"_s, config.pickingType);
        s.setValue(u"send_interval_min"_s, config.sendIntervalMin);
        s.setValue(u"status_interval_min"_s, config.statusIntervalMin);
        s.setValue(u"overlap_min"_s, config.overlapMin);
        s.setValue(u"reserve_serials"_s, config.reserveSerials);
        s.setValue(u"cancel_other_delivery"_s, config.cancelOtherDelivery);
        s.setValue(u"stale_after_days"_s, config.staleAfterDays);
        s.setValue(u"attention_status_hours"_s, config.attentionStatusHours);
        s.endGroup();
        s.beginGroup(u"ui"_s);
        s.setValue(u"language"_s, config.language);
        s.setValue(u"muted_categories"_s, list(config.mutedCategories));
        s.setValue(u"autostart"_s, config.autostart);
        s.setValue(u"notifications"_s, config.notifications);
        s.endGroup();
        s.sync();
        if (s.status() != QSettings::NoError)
            return Error::make(ErrorKind::Storage, Text(TextKind::CannotPrepareSettingsFile), u"QSettings status "_s + QString::number(s.status()));
    }
    QFile generated(tmpPath);
    if (!generated.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Storage, Text(TextKind::CannotPrepareSettingsFile), generated.errorString());
    const QByteArray bytes = generated.readAll();

    const QFileInfo target(path);
    QDir dir = target.absoluteDir();
    if (!dir.exists()) {
        // A folder we create for our settings is private from the start.
        if (!QDir().mkpath(dir.absolutePath()))
            return Error::make(ErrorKind::Storage, Text(TextKind::CannotCreateFolder).arg(QDir::toNativeSeparators(dir.absolutePath())));
        QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Storage, Text(TextKind::CannotSaveSettings).arg(QDir::toNativeSeparators(path)).arg(out.errorString()));
    if (!out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        out.cancelWriting();
        return Error::make(ErrorKind::Storage, Text(TextKind::CannotMakePrivateMode600).arg(QDir::toNativeSeparators(path)));
    }
    if (out.write(bytes) != bytes.size() || !out.commit())
        return Error::make(ErrorKind::Storage, Text(TextKind::CannotSaveSettings).arg(QDir::toNativeSeparators(path)).arg(out.errorString()));
    qCInfo(lcSettings).noquote() << "settings saved to" << path;
    return Ok{};
}

} // namespace ysb
