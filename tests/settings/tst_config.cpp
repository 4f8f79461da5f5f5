// Config and ConfigStore: defaults, every key of config.ini, and what a user gets for a broken file.
#include "Translations.h"
#include "settings/Config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ysb;

namespace {

// Every field as text, keyed like config.ini, so rows can name what they expect.
QString field(const Config &c, const QString &key)
{
    if (key == u"odoo/url") return c.odooUrl;
    if (key == u"odoo/database") return c.odooDatabase;
    if (key == u"odoo/login") return c.odooLogin;
    if (key == u"odoo/auth") return Config::authName(c.odooAuth);
    if (key == u"ysell/base_url") return c.ysellBaseUrl;
    if (key == u"ysell/routes") return Config::routesName(c.ysellRoutes);
    if (key == u"ysell/route_create") return c.routeCreate;
    if (key == u"ysell/route_status") return c.routeStatus;
    if (key == u"ysell/route_find") return c.routeFind;
    if (key == u"ysell/done_statuses") return c.doneStatuses.join(u'|');
    if (key == u"ysell/attention_statuses") return c.attentionStatuses.join(u'|');
    if (key == u"ysell/max_inflight") return QString::number(c.maxInflight);
    if (key == u"odoo/max_inflight") return QString::number(c.odooMaxInflight);
    if (key == u"odoo/activities") return c.odooActivities ? u"true"_s : u"false"_s;
    if (key == u"tls/extra_ca_file") return c.extraCaFile;
    if (key == u"journal/path") return c.journalPath;
    if (key == u"sync/start_date") return c.startDate.toString(u"yyyy-MM-dd"_s);
    if (key == u"sync/shemax_location") return c.shemaxLocation;
    if (key == u"sync/warehouse") return c.warehouse;
    if (key == u"sync/picking_type") return c.pickingType;
    if (key == u"sync/send_interval_min") return QString::number(c.sendIntervalMin);
    if (key == u"sync/status_interval_min") return QString::number(c.statusIntervalMin);
    if (key == u"sync/overlap_min") return QString::number(c.overlapMin);
    if (key == u"sync/reserve_serials") return c.reserveSerials ? u"true"_s : u"false"_s;
    if (key == u"sync/cancel_other_delivery") return c.cancelOtherDelivery ? u"true"_s : u"false"_s;
    if (key == u"sync/stale_after_days") return QString::number(c.staleAfterDays);
    if (key == u"sync/attention_status_hours") return QString::number(c.attentionStatusHours);
    if (key == u"ui/language") return c.language;
    if (key == u"ui/muted_categories") return c.mutedCategories.join(u'|');
    if (key == u"ui/autostart") return c.autostart ? u"true"_s : u"false"_s;
    if (key == u"ui/notifications") return c.notifications ? u"true"_s : u"false"_s;
    qFatal("tst_config: unknown key in a test row");
}

QFile::Permissions modeBits(const QString &path)
{
    const QFile::Permissions mask = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
        | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return QFileInfo(path).permissions() & mask;
}

} // namespace

class TestConfig : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_n = 0;

    // A fresh file per call: each row reads its own file.
    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(u"config-%1.ini"_s.arg(++m_n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("tst_config: cannot write a fixture");
        return path;
    }

    QString caFile()
    {
        const QString path = m_tmp.filePath(u"ca.pem"_s);
        if (!QFile::exists(path)) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                qFatal("tst_config: cannot write ca.pem");
            f.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void defaults()
    {
        const Config c;
        QCOMPARE(c.odooAuth, OdooAuth::Password);
        QCOMPARE(c.ysellRoutes, YsellRoutePreset::TaskStatement);
        QCOMPARE(c.doneStatuses, (QStringList{u"Done"_s, u"7.1"_s, u"7.2"_s}));
        QCOMPARE(c.maxInflight, 4);
        QCOMPARE(c.odooMaxInflight, 4);
        QCOMPARE(c.odooActivities, false);
        QVERIFY(c.journalPath.isEmpty());
        QVERIFY(c.effectiveJournalPath().endsWith(u"/journal.sqlite"));
        QVERIFY(c.startDate.isNull());
        QCOMPARE(c.shemaxLocation, u"ShemaxGlobal"_s);
        QVERIFY(c.warehouse.isEmpty());
        QCOMPARE(c.sendIntervalMin, 5);
        QCOMPARE(c.statusIntervalMin, 60);
        QCOMPARE(c.overlapMin, 10);
        QCOMPARE(c.reserveSerials, false);
        QCOMPARE(c.cancelOtherDelivery, false);
        QVERIFY(c.language.isEmpty());
        QVERIFY(c.mutedCategories.isEmpty());
        QCOMPARE(c.autostart, false);
        QCOMPARE(c.notifications, true);
        QVERIFY2(c.validate().isEmpty(), qPrintable(Text::join(c.validate(), u"\n"_s)));
        QCOMPARE(c.missingRequired().size(), 4); // Odoo url, database, login, Ysell url
        QCOMPARE(c.routes(), YsellRoutes::taskStatement());
        QVERIFY(ConfigStore::defaultPath().endsWith(u"/config.ini"));
    }

    void emptyFileGivesDefaults()
    {
        const auto r = ConfigStore::load(writeFile("; only a comment\n\n[odoo]\n"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value(), Config{});
    }

    void loadOrDefaults()
    {
        const auto missing = ConfigStore::loadOrDefaults(m_tmp.filePath(u"never-written.ini"_s));
        QVERIFY(missing.ok());
        QCOMPARE(missing.value(), Config{});
        const auto bad = ConfigStore::loadOrDefaults(writeFile("[ysell]\nmax_inflight=zero\n"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::Config);
    }

    void everyKey_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("raw");      // as written in config.ini
        QTest::addColumn<QString>("expected"); // field() of the loaded Config

        auto row = [](const char *name, const QString &s, const QString &k, const QString &raw, const QString &exp) {
            QTest::newRow(name) << s << k << raw << exp;
        };
        row("odoo url", u"odoo"_s, u"url"_s, u"https://odoo.example.com"_s, u"https://odoo.example.com"_s);
        row("odoo url trailing slash", u"odoo"_s, u"url"_s, u"https://odoo.example.com/"_s, u"https://odoo.example.com"_s);
        row("odoo url port and path", u"odoo"_s, u"url"_s, u"https://127.0.0.1:8069/odoo"_s, u"https://127.0.0.1:8069/odoo"_s);
        row("odoo database", u"odoo"_s, u"database"_s, u"prod-17"_s, u"prod-17"_s);
        row("odoo login", u"odoo"_s, u"login"_s, u"clerk@example.com"_s, u"clerk@example.com"_s);
        row("odoo auth password", u"odoo"_s, u"auth"_s, u"password"_s, u"password"_s);
        row("odoo auth api_key", u"odoo"_s, u"auth"_s, u"api_key"_s, u"api_key"_s);
        row("ysell base_url", u"ysell"_s, u"base_url"_s, u"https://719.eu6.ysell.pro"_s, u"https://719.eu6.ysell.pro"_s);
        row("ysell routes task-statement", u"ysell"_s, u"routes"_s, u"task-statement"_s, u"task-statement"_s);
        row("ysell routes ysell-v1", u"ysell"_s, u"routes"_s, u"ysell-v1"_s, u"ysell-v1"_s);
        row("ysell route_create", u"ysell"_s, u"route_create"_s, u"/api/v2/order"_s, u"/api/v2/order"_s);
        row("ysell route_status", u"ysell"_s, u"route_status"_s, u"\"/api/v2/order/{id}?expand=status\""_s, u"/api/v2/order/{id}?expand=status"_s);
        row("ysell route_find", u"ysell"_s, u"route_find"_s, u"\"/api/v2/order?order_num={order_num}\""_s, u"/api/v2/order?order_num={order_num}"_s);
        row("done_statuses as list", u"ysell"_s, u"done_statuses"_s, u"Done,7.1,7.2"_s, u"Done|7.1|7.2"_s);
        row("done_statuses as quoted string", u"ysell"_s, u"done_statuses"_s, u"\"7.1, 7.2\""_s, u"7.1|7.2"_s);
        row("done_statuses single", u"ysell"_s, u"done_statuses"_s, u"7.1"_s, u"7.1"_s);
        row("done_statuses spaces", u"ysell"_s, u"done_statuses"_s, u"Done , 7.1 ,7.2"_s, u"Done|7.1|7.2"_s);
        row("attention_statuses", u"ysell"_s, u"attention_statuses"_s, u"3.1, 4"_s, u"3.1|4"_s);
        row("attention_statuses none", u"ysell"_s, u"attention_statuses"_s, QString(), QString());
        row("max_inflight 1", u"ysell"_s, u"max_inflight"_s, u"1"_s, u"1"_s);
        row("max_inflight 64", u"ysell"_s, u"max_inflight"_s, u"64"_s, u"64"_s);
        row("odoo max_inflight 1", u"odoo"_s, u"max_inflight"_s, u"1"_s, u"1"_s);
        row("odoo max_inflight 16", u"odoo"_s, u"max_inflight"_s, u"16"_s, u"16"_s);
        row("odoo activities on", u"odoo"_s, u"activities"_s, u"true"_s, u"true"_s);
        row("odoo activities off", u"odoo"_s, u"activities"_s, u"no"_s, u"false"_s);
        row("journal path", u"journal"_s, u"path"_s, u"/var/lib/ysb/journal.sqlite"_s, u"/var/lib/ysb/journal.sqlite"_s);
        row("journal path empty", u"journal"_s, u"path"_s, QString(), QString());
        row("start_date", u"sync"_s, u"start_date"_s, u"2026-01-31"_s, u"2026-01-31"_s);
        row("start_date empty", u"sync"_s, u"start_date"_s, QString(), QString());
        row("shemax_location", u"sync"_s, u"shemax_location"_s, u"WH/ShemaxGlobal"_s, u"WH/ShemaxGlobal"_s);
        row("shemax_location cyrillic", u"sync"_s, u"shemax_location"_s, u"Склад Шемакс"_s, u"Склад Шемакс"_s);
        row("warehouse", u"sync"_s, u"warehouse"_s, u"WH2"_s, u"WH2"_s);
        row("warehouse quoted comma", u"sync"_s, u"warehouse"_s, u"\"Main, Berlin\""_s, u"Main, Berlin"_s);
        row("picking_type", u"sync"_s, u"picking_type"_s, u"Shemax: Delivery Orders"_s, u"Shemax: Delivery Orders"_s);
        row("send_interval_min", u"sync"_s, u"send_interval_min"_s, u"15"_s, u"15"_s);
        row("status_interval_min", u"sync"_s, u"status_interval_min"_s, u"1440"_s, u"1440"_s);
        row("overlap_min 0", u"sync"_s, u"overlap_min"_s, u"0"_s, u"0"_s);
        row("stale_after_days 14", u"sync"_s, u"stale_after_days"_s, u"14"_s, u"14"_s);
        row("stale_after_days off", u"sync"_s, u"stale_after_days"_s, u"0"_s, u"0"_s);
        row("attention_status_hours 48", u"sync"_s, u"attention_status_hours"_s, u"48"_s, u"48"_s);
        row("reserve_serials true", u"sync"_s, u"reserve_serials"_s, u"true"_s, u"true"_s);
        row("reserve_serials yes", u"sync"_s, u"reserve_serials"_s, u"yes"_s, u"true"_s);
        row("reserve_serials 0", u"sync"_s, u"reserve_serials"_s, u"0"_s, u"false"_s);
        row("cancel_other_delivery", u"sync"_s, u"cancel_other_delivery"_s, u"TRUE"_s, u"true"_s);
        row("language ru", u"ui"_s, u"language"_s, u"ru"_s, u"ru"_s);
        row("language en", u"ui"_s, u"language"_s, u"en"_s, u"en"_s);
        row("language system", u"ui"_s, u"language"_s, QString(), QString());
        row("muted_categories", u"ui"_s, u"muted_categories"_s, u"tls, rate_limited"_s, u"tls|rate_limited"_s);
        row("muted_categories empty", u"ui"_s, u"muted_categories"_s, QString(), QString());
        row("autostart", u"ui"_s, u"autostart"_s, u"true"_s, u"true"_s);
        row("notifications off", u"ui"_s, u"notifications"_s, u"false"_s, u"false"_s);
    }

    void everyKey()
    {
        QFETCH(QString, section);
        QFETCH(QString, key);
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const QString text = u"[%1]\n%2 = %3\n"_s.arg(section, key, raw);
        const auto r = ConfigStore::load(writeFile(text.toUtf8()));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(field(r.value(), section + u'/' + key), expected);
        // Everything else keeps its default.
        const Config defaults;
        for (const QString &other : {u"odoo/url"_s, u"ysell/max_inflight"_s, u"sync/shemax_location"_s, u"ui/notifications"_s}) {
            if (other != section + u'/' + key)
                QCOMPARE(field(r.value(), other), field(defaults, other));
        }
    }

    // What `ysell-bridge-sim --write-client-config DIR` writes (QSettings with the same calls).
    void simulatorClientConfig()
    {
        const QString dir = m_tmp.filePath(u"sim-client"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + u"/config.ini"_s;
        {
            QSettings ini(path, QSettings::IniFormat);
            ini.setValue(u"odoo/url"_s, u"https://127.0.0.1:40123"_s);
            ini.setValue(u"odoo/database"_s, u"shemax"_s);
            ini.setValue(u"odoo/login"_s, u"admin"_s);
            ini.setValue(u"ysell/base_url"_s, u"https://127.0.0.1:40124"_s);
            ini.setValue(u"ysell/routes"_s, u"task-statement"_s);
            ini.setValue(u"ysell/done_statuses"_s, u"Done,7.1,7.2"_s);
            ini.setValue(u"ysell/max_inflight"_s, 4);
            ini.setValue(u"tls/extra_ca_file"_s, caFile());
            ini.setValue(u"journal/path"_s, QString(dir + u"/journal.sqlite"_s));
            ini.setValue(u"sync/start_date"_s, QDate(2026, 10, 29).toString(u"yyyy-MM-dd"_s));
            ini.setValue(u"sync/shemax_location"_s, u"ShemaxGlobal"_s);
            ini.setValue(u"sync/send_interval_min"_s, 5);
            ini.setValue(u"sync/status_interval_min"_s, 60);
            ini.setValue(u"sync/reserve_serials"_s, false);
            ini.setValue(u"sync/cancel_other_delivery"_s, false);
            ini.sync();
            QCOMPARE(ini.status(), QSettings::NoError);
        }
        const auto r = ConfigStore::load(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->odooUrl, u"https://127.0.0.1:40123"_s);
        QCOMPARE(r->ysellBaseUrl, u"https://127.0.0.1:40124"_s);
        QCOMPARE(r->doneStatuses, Config::defaultDoneStatuses());
        QCOMPARE(r->extraCaFile, caFile());
        QCOMPARE(r->journalPath, dir + u"/journal.sqlite"_s);
        QCOMPARE(r->startDate, QDate(2026, 10, 29));
        QVERIFY(r->missingRequired().isEmpty());
    }

    void extraCaFileRelativeToConfig()
    {
        caFile();
        const auto r = ConfigStore::load(writeFile("[tls]\nextra_ca_file=ca.pem\n"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->extraCaFile, caFile());
    }

    void mappingFileIsReadAndChecked()
    {
        const QString mapping = m_tmp.filePath(u"ysell-mapping.ini"_s);
        {
            QFile f(mapping);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("preset = ysell-v1\nitem.title = name\n");
        }
        auto r = ConfigStore::load(writeFile("[ysell]\nmapping_file=ysell-mapping.ini\n"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->mappingFile, mapping); // relative to the config file
        const Result<YsellMapping> m = r->mapping();
        QVERIFY(m.ok());
        QCOMPARE(m->encoding, YsellMapping::Encoding::Multipart);
        QCOMPARE(m->fields.value(u"item.title"_s), u"name"_s);
        QCOMPARE(Config().mapping().value(), YsellMapping::taskStatement()); // none named: today's shape

        // Saved and read back, the key stays.
        const QString saved = m_tmp.filePath(u"saved-with-mapping.ini"_s);
        QVERIFY(ConfigStore::save(saved, r.value()).ok());
        QCOMPARE(ConfigStore::load(saved)->mappingFile, mapping);

        // A wrong line is named, with the file; the config is refused.
        {
            QFile f(mapping);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("preset = ysell-v1\n\nencoding = soap\n");
        }
        r = ConfigStore::load(writeFile("[ysell]\nmapping_file=ysell-mapping.ini\n"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Config);
        QVERIFY2(r.error().message.contains(u"[ysell] mapping_file"_s) && r.error().message.contains(mapping)
                     && r.error().message.contains(u"line 3: encoding must be json or multipart"_s),
                 qPrintable(r.error().message));
        r = ConfigStore::load(writeFile("[ysell]\nmapping_file=no-such-mapping.ini\n"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"does not exist"_s), qPrintable(r.error().message));
    }

    void routesPresetAndOverride_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("create"); // YsellRoute::toString() of the routes in effect
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("find");
        QTest::newRow("task-statement preset") << u"task-statement"_s << QString() << QString()
            << u"POST /api/orders/create"_s << u"GET /api/orders/status?id={id}"_s
            << u"GET /api/orders/status?order_num={order_num}"_s;
        QTest::newRow("ysell-v1 preset") << u"ysell-v1"_s << QString() << QString()
            << u"POST /api/v1/order"_s << u"GET /api/v1/order/{id}"_s << u"GET /api/v1/order?order_num={order_num}"_s;
        QTest::newRow("bare path keeps POST") << u"ysell-v1"_s << u"route_create"_s << u"/api/v2/order"_s
            << u"POST /api/v2/order"_s << u"GET /api/v1/order/{id}"_s << u"GET /api/v1/order?order_num={order_num}"_s;
        QTest::newRow("method given") << u"task-statement"_s << u"route_create"_s << u"PUT /api/v2/order"_s
            << u"PUT /api/v2/order"_s << u"GET /api/orders/status?id={id}"_s << u"GET /api/orders/status?order_num={order_num}"_s;
        QTest::newRow("status override") << u"task-statement"_s << u"route_status"_s << u"GET /x/{id}"_s
            << u"POST /api/orders/create"_s << u"GET /x/{id}"_s << u"GET /api/orders/status?order_num={order_num}"_s;
        QTest::newRow("find override quoted") << u"ysell-v1"_s << u"route_find"_s << u"\"/o?order_num={order_num}&expand=status,items\""_s
            << u"POST /api/v1/order"_s << u"GET /api/v1/order/{id}"_s << u"GET /o?order_num={order_num}&expand=status,items"_s;
    }

    void routesPresetAndOverride()
    {
        QFETCH(QString, preset);
        QFETCH(QString, key);
        QFETCH(QString, raw);
        QFETCH(QString, create);
        QFETCH(QString, status);
        QFETCH(QString, find);
        QString text = u"[ysell]\nroutes="_s + preset + u"\n"_s;
        if (!key.isEmpty())
            text += key + u"="_s + raw + u"\n"_s;
        const auto r = ConfigStore::load(writeFile(text.toUtf8()));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const YsellRoutes routes = r->routes();
        QCOMPARE(routes.create.toString(), create);
        QCOMPARE(routes.status.toString(), status);
        QCOMPARE(routes.find.toString(), find);
        QVERIFY(routes.validate().ok());
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");  // each must appear in the message
        QTest::addColumn<QStringList>("forbidden"); // none may appear in message or detail

        auto row = [](const char *name, const QString &text, const QStringList &exp, const QStringList &forb = {}) {
            QTest::newRow(name) << text << exp << forb;
        };
        row("max_inflight zero", u"[ysell]\nmax_inflight=0\n"_s, {u"[ysell] max_inflight"_s, u"\"0\""_s, u"1 to 64"_s});
        row("max_inflight 65", u"[ysell]\nmax_inflight=65\n"_s, {u"[ysell] max_inflight"_s, u"\"65\""_s, u"1 to 64"_s});
        row("max_inflight text", u"[ysell]\nmax_inflight=four\n"_s, {u"[ysell] max_inflight"_s, u"\"four\""_s, u"whole number"_s});
        row("odoo max_inflight zero", u"[odoo]\nmax_inflight=0\n"_s, {u"[odoo] max_inflight"_s, u"\"0\""_s, u"1 to 64"_s});
        row("send interval fraction", u"[sync]\nsend_interval_min=2.5\n"_s, {u"[sync] send_interval_min"_s, u"\"2.5\""_s, u"1 to 1440"_s});
        row("send interval negative", u"[sync]\nsend_interval_min=-5\n"_s, {u"[sync] send_interval_min"_s, u"\"-5\""_s});
        row("status interval huge", u"[sync]\nstatus_interval_min=99999999999\n"_s, {u"[sync] status_interval_min"_s, u"\"99999999999\""_s});
        row("overlap empty", u"[sync]\noverlap_min=\n"_s, {u"[sync] overlap_min"_s, u"\"\""_s, u"0 to 1440"_s});
        row("stale days negative", u"[sync]\nstale_after_days=-1\n"_s, {u"[sync] stale_after_days"_s, u"\"-1\""_s, u"0 to 365"_s});
        row("stale days a year and more", u"[sync]\nstale_after_days=366\n"_s, {u"[sync] stale_after_days"_s, u"0 to 365"_s});
        row("attention hours text", u"[sync]\nattention_status_hours=a day\n"_s,
            {u"[sync] attention_status_hours"_s, u"\"a day\""_s, u"whole number"_s});
        row("attention status also done", u"[ysell]\nattention_statuses=3.1,7.1\n"_s,
            {u"[ysell] attention_statuses"_s, u"\"7.1\""_s, u"done status"_s});
        row("date month 13", u"[sync]\nstart_date=2026-13-01\n"_s, {u"[sync] start_date"_s, u"\"2026-13-01\""_s, u"yyyy-MM-dd"_s});
        row("date german", u"[sync]\nstart_date=31.01.2026\n"_s, {u"[sync] start_date"_s, u"\"31.01.2026\""_s, u"yyyy-MM-dd"_s});
        row("date short", u"[sync]\nstart_date=2026-2-3\n"_s, {u"[sync] start_date"_s, u"\"2026-2-3\""_s});
        row("date feb 30", u"[sync]\nstart_date=2026-02-30\n"_s, {u"[sync] start_date"_s, u"\"2026-02-30\""_s});
        row("odoo http", u"[odoo]\nurl=http://odoo.example.com\n"_s, {u"[odoo] url"_s, u"\"http://odoo.example.com\""_s, u"must start with https://"_s});
        row("ysell http", u"[ysell]\nbase_url=http://719.eu6.ysell.pro\n"_s, {u"[ysell] base_url"_s, u"must start with https://"_s});
        row("ysell no scheme", u"[ysell]\nbase_url=719.eu6.ysell.pro\n"_s, {u"[ysell] base_url"_s, u"must start with https://"_s});
        row("ftp url", u"[odoo]\nurl=ftp://odoo.example.com\n"_s, {u"[odoo] url"_s, u"must start with https://"_s});
        row("https no host", u"[odoo]\nurl=https://\n"_s, {u"[odoo] url"_s, u"not a valid address"_s});
        row("url with password", u"[odoo]\nurl=https://admin:Sup3rSecretPw@odoo.example.com\n"_s,
            {u"[odoo] url"_s, u"user name or password"_s}, {u"Sup3rSecretPw"_s});
        row("unknown preset", u"[ysell]\nroutes=ysell-v2\n"_s, {u"[ysell] routes"_s, u"\"ysell-v2\""_s, u"task-statement or ysell-v1"_s});
        row("auth not echoed", u"[odoo]\nauth=Hunter2Secret\n"_s, {u"[odoo] auth"_s, u"password or api_key"_s}, {u"Hunter2Secret"_s});
        row("bool", u"[sync]\nreserve_serials=maybe\n"_s, {u"[sync] reserve_serials"_s, u"\"maybe\""_s, u"true or false"_s});
        row("activities not a bool", u"[odoo]\nactivities=sometimes\n"_s, {u"[odoo] activities"_s, u"\"sometimes\""_s, u"true or false"_s});
        row("language", u"[ui]\nlanguage=de\n"_s, {u"[ui] language"_s, u"\"de\""_s, u"en, ru"_s});
        row("muted category", u"[ui]\nmuted_categories=\"tls, bad category!\"\n"_s, {u"[ui] muted_categories"_s, u"\"bad category!\""_s});
        row("unknown key", u"[sync]\nsend_interval=5\n"_s, {u"[sync] send_interval"_s, u"unknown setting"_s, u"send_interval_min"_s});
        row("unknown section", u"[odooo]\nurl=https://x.example\n"_s, {u"[odooo]"_s, u"unknown section"_s, u"odoo, ysell, tls, journal, sync, ui"_s});
        row("password in config", u"[odoo]\npassword=Pw-In-Config-123\n"_s, {u"[odoo] password"_s, u"never read from the configuration file"_s}, {u"Pw-In-Config-123"_s});
        row("token in config", u"[ysell]\ntoken=Tok-In-Config-123\n"_s, {u"[ysell] token"_s, u"keychain"_s}, {u"Tok-In-Config-123"_s});
        row("key outside section", u"url=https://x.example\n[odoo]\n"_s, {u"outside any [section]"_s});
        row("line without equals", u"[odoo]\nTok-Pasted-Alone-456\n"_s, {u"Line 2"_s, u"key = value"_s}, {u"Tok-Pasted-Alone-456"_s});
        row("General section", u"[General]\nurl=https://x.example\n"_s, {u"[General]"_s, u"unknown section"_s});
        row("stray line and bad value both reported", u"[ysell]\nnot a setting\nmax_inflight=0\n"_s,
            {u"Line 2"_s, u"[ysell] max_inflight"_s, u"\"0\""_s});
        row("broken section header", u"[odoo\nurl=https://x.example\n"_s, {u"Line 1"_s, u"[name]"_s});
        row("route without id", u"[ysell]\nroute_status=/api/v1/order\n"_s, {u"[ysell] route_status"_s, u"\"/api/v1/order\""_s, u"{id}"_s});
        row("route without order_num", u"[ysell]\nroute_find=/api/v1/order\n"_s, {u"[ysell] route_find"_s, u"{order_num}"_s});
        row("route not a path", u"[ysell]\nroute_create=api/orders\n"_s, {u"[ysell] route_create"_s, u"\"api/orders\""_s, u"POST /api/orders/create"_s});
        row("route bad method", u"[ysell]\nroute_create=SEND /api/orders\n"_s, {u"[ysell] route_create"_s, u"must look like"_s});
        row("route unknown placeholder", u"[ysell]\nroute_status=/api/v1/order/{uuid}\n"_s, {u"[ysell] route_status"_s, u"{uuid}"_s, u"{order_num}"_s});
        row("done statuses empty", u"[ysell]\ndone_statuses=\n"_s, {u"[ysell] done_statuses"_s, u"at least one status"_s});
        row("done statuses only commas", u"[ysell]\ndone_statuses=\", ,\"\n"_s, {u"[ysell] done_statuses"_s, u"at least one status"_s});
        row("missing CA file", u"[tls]\nextra_ca_file=/nonexistent/ca.pem\n"_s, {u"[tls] extra_ca_file"_s, u"\"/nonexistent/ca.pem\""_s, u"does not exist"_s});
        row("shemax empty", u"[sync]\nshemax_location=\n"_s, {u"[sync] shemax_location"_s, u"ShemaxGlobal"_s});
        row("unquoted comma in text", u"[sync]\nwarehouse=Main, Berlin\n"_s, {u"[sync] warehouse"_s, u"double quotes"_s});
        row("qvariant value", u"[odoo]\nlogin=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x3\\x66\\x6f\\x6f)\n"_s, {u"[odoo] login"_s, u"@"_s});
        row("bytearray value", u"[odoo]\ndatabase=@ByteArray(abc)\n"_s, {u"[odoo] database"_s, u"@@"_s});
        row("control char", u"[odoo]\nlogin=\"a\\tb\"\n"_s, {u"[odoo] login"_s, u"control characters"_s});
        row("journal is a folder", u"[journal]\npath=/tmp\n"_s, {u"[journal] path"_s, u"folder"_s});
    }

    void badValues()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, forbidden);
        const QString path = writeFile(text.toUtf8());
        const auto r = ConfigStore::load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Config);
        const QString msg = r.error().message;
        QVERIFY2(msg.contains(path), qPrintable(msg));
        for (const QString &e : expected)
            QVERIFY2(msg.contains(e), qPrintable(u"missing \""_s + e + u"\" in:\n"_s + msg));
        for (const QString &f : forbidden) {
            QVERIFY2(!msg.contains(f), "a value that may be a secret is echoed in the message");
            QVERIFY2(!r.error().detail.contains(f), "a value that may be a secret is echoed in the detail");
        }
    }

    void allProblemsOnePerLine()
    {
        const auto r = ConfigStore::load(writeFile("[odoo]\nurl=http://a.example\n[ysell]\nmax_inflight=0\n"
                                                   "routes=v3\n[sync]\nstart_date=yesterday\nfoo=1\n"));
        QVERIFY(!r.ok());
        const QStringList lines = r.error().message.split(u'\n');
        QCOMPARE(lines.size(), 1 + 5); // heading + one line per problem
        QCOMPARE(lines.filter(u"[odoo] url"_s).size(), 1);
        QCOMPARE(lines.filter(u"[ysell] max_inflight"_s).size(), 1);
        QCOMPARE(lines.filter(u"[ysell] routes"_s).size(), 1);
        QCOMPARE(lines.filter(u"[sync] start_date"_s).size(), 1);
        QCOMPARE(lines.filter(u"[sync] foo"_s).size(), 1);
    }

    void garbageFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");

        QRandomGenerator rng(20261128); // fixed seed: the same junk on every run
        for (int i = 0; i < 8; ++i) {
            QByteArray junk(4096, Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng.bounded(256));
            QTest::newRow(qPrintable(u"random junk %1"_s.arg(i))) << junk << u"does not look like a configuration file"_s;
        }
        QTest::newRow("NUL bytes") << QByteArray("[odoo]\nurl=https://a\0b\n", 23) << u"binary data"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("[odoo]\nlogin=\xff\xfe\xfd\n") << u"not UTF-8"_s;
        QTest::newRow("ELF header") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) << u"binary data"_s;
        QTest::newRow("PNG header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"not UTF-8"_s;
        QTest::newRow("prose") << QByteArray("This is not a settings file.\nJust text.\n") << u"key = value"_s;
        QTest::newRow("JSON") << QByteArray("{\"odoo\": {\"url\": \"https://x\"}}\n") << u"key = value"_s;
        QTest::newRow("too large") << QByteArray(2 * 1024 * 1024, 'a') << u"larger than"_s;
    }

    void garbageFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = writeFile(bytes);
        const auto r = ConfigStore::load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Config);
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void unusableFiles()
    {
        const QString missing = m_tmp.filePath(u"missing.ini"_s);
        auto r = ConfigStore::load(missing);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Config);
        QVERIFY(r.error().message.contains(missing));
        QVERIFY(r.error().message.contains(u"does not exist"));

        r = ConfigStore::load(m_tmp.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Config);
        QVERIFY(r.error().message.contains(u"folder"));

        r = ConfigStore::load(QString());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Config);
    }

    void unreadableFile()
    {
        const QString path = writeFile("[odoo]\nurl=https://x.example\n");
        QVERIFY(QFile::setPermissions(path, {}));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running as root: mode 000 does not make a file unreadable");
        const auto r = ConfigStore::load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Config);
        QVERIFY2(r.error().message.contains(u"cannot be read"), qPrintable(r.error().message));
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("cyrillic");
        QTest::newRow("latin") << false;
        QTest::newRow("cyrillic") << true;
    }

    void roundTrip()
    {
        QFETCH(bool, cyrillic);
        Config c;
        c.odooUrl = u"https://odoo.example.com:8443/erp"_s;
        c.odooDatabase = cyrillic ? u"база-17"_s : u"prod17"_s;
        c.odooLogin = cyrillic ? u"кладовщик@пример.рф"_s : u"clerk; \"quoted\" = @home"_s;
        c.odooAuth = OdooAuth::ApiKey;
        c.ysellBaseUrl = u"https://719.eu6.ysell.pro"_s;
        c.ysellRoutes = YsellRoutePreset::YsellV1;
        c.routeCreate = u"POST /api/v2/order"_s;
        c.routeStatus = u"/api/v2/order/{id}?expand=status,items"_s;
        c.routeFind = u"GET /api/v2/order?order_num={order_num}"_s;
        c.doneStatuses = {u"Done"_s, u"7.1"_s};
        c.maxInflight = 8;
        c.extraCaFile = caFile();
        c.journalPath = m_tmp.filePath(cyrillic ? u"журнал.sqlite"_s : u"journal.sqlite"_s);
        c.startDate = QDate(2026, 2, 28);
        c.shemaxLocation = cyrillic ? u"Склад Шемакс, ячейка 1"_s : u"WH/Shemax, bin 1"_s;
        c.warehouse = cyrillic ? u"Основной"_s : u"Main"_s;
        c.pickingType = u"Shemax: Delivery"_s;
        c.sendIntervalMin = 2;
        c.statusIntervalMin = 30;
        c.overlapMin = 0;
        c.reserveSerials = true;
        c.cancelOtherDelivery = true;
        c.odooActivities = true;
        c.language = cyrillic ? u"ru"_s : u"en"_s;
        c.mutedCategories = {u"tls"_s, u"rate_limited"_s};
        c.autostart = true;
        c.notifications = false;
        QVERIFY2(c.validate().isEmpty(), qPrintable(Text::join(c.validate(), u"\n"_s)));

        const QString path = m_tmp.filePath(u"roundtrip-%1/config.ini"_s.arg(++m_n));
        const Status saved = ConfigStore::save(path, c);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        const auto loaded = ConfigStore::load(path);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded.value(), c);

        // Saving what was loaded gives the same bytes: nothing drifts.
        QFile first(path);
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray bytes = first.readAll();
        first.close();
        QVERIFY(ConfigStore::save(path, loaded.value()).ok());
        QFile second(path);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll(), bytes);
        if (cyrillic)
            QVERIFY2(QString::fromUtf8(bytes).contains(u"Склад Шемакс"), "Cyrillic is stored as readable UTF-8");
    }

    void defaultsRoundTrip()
    {
        const QString path = m_tmp.filePath(u"defaults.ini"_s);
        QVERIFY(ConfigStore::save(path, Config{}).ok());
        const auto r = ConfigStore::load(path);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value(), Config{});
    }

    void saveMode0600_data()
    {
        QTest::addColumn<int>("existingMode"); // -1: no file before
        QTest::newRow("new file") << -1;
        QTest::newRow("over 0644") << 0644;
        QTest::newRow("over 0666") << 0666;
    }

    void saveMode0600()
    {
        QFETCH(int, existingMode);
        const mode_t oldMask = ::umask(0); // the most permissive umask must not matter
        const QString dir = m_tmp.filePath(u"mode-%1"_s.arg(++m_n));
        const QString path = dir + u"/config.ini"_s;
        if (existingMode >= 0) {
            QVERIFY(QDir().mkpath(dir));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[odoo]\n");
            f.close();
            QFile::Permissions p;
            if (existingMode & 0400) p |= QFile::ReadOwner;
            if (existingMode & 0200) p |= QFile::WriteOwner;
            if (existingMode & 0040) p |= QFile::ReadGroup;
            if (existingMode & 0020) p |= QFile::WriteGroup;
            if (existingMode & 0004) p |= QFile::ReadOther;
            if (existingMode & 0002) p |= QFile::WriteOther;
            QVERIFY(QFile::setPermissions(path, p));
        }
        const Status s = ConfigStore::save(path, Config{});
        ::umask(oldMask);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(modeBits(path), QFile::ReadOwner | QFile::WriteOwner);
        if (existingMode < 0) // a folder we create is private too
            QCOMPARE(modeBits(dir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // No temporary file left next to it.
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"config.ini"_s});
    }

    // The findings are data of the error (kinds, the settings' names and values as arguments): an error
    // made in English reads in Russian for a Russian reader, the values as they were written.
    void findingsReadInTheReadersLanguage()
    {
        installTranslations(u"en"_s);
        const auto loaded = ConfigStore::load(writeFile("[odoo]\nurl=http://a.example\n[ysell]\nroutes=v3\nfoo=1\n"));
        QVERIFY(!loaded.ok());
        Config c;
        c.ysellBaseUrl = u"http://719.eu6.ysell.pro"_s;
        const Status saved = ConfigStore::save(m_tmp.filePath(u"refused-ru.ini"_s), c);
        QVERIFY(!saved.ok());
        for (const Error &e : {loaded.error(), saved.error()}) {
            const Text stored = Text::fromStored(e.asText().toStored());
            QCOMPARE(stored.render(), e.message);
            QVERIFY2(stored.kind() == TextKind::Lines, qPrintable(stored.toStored()));
            for (const Text &line : stored.args())
                QVERIFY2(line.kind() != TextKind::Data, qPrintable(line.toStored()));
            QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
            const QString ru = stored.render();
            installTranslations(u"en"_s);
            const QStringList lines = ru.split(u'\n');
            QCOMPARE(lines.size(), e.message.split(u'\n').size());
            for (const QString &l : lines)
                QVERIFY2(l.contains(QRegularExpression(u"[а-яА-Я]{4}"_s)), qPrintable(ru));
            QVERIFY2(!ru.contains(u"must start with"_s) && ru.contains(u"https://"_s), qPrintable(ru));
        }
        const QString ru = [&] {
            installTranslations(u"ru"_s);
            const QString out = loaded.error().text.render();
            installTranslations(u"en"_s);
            return out;
        }();
        QVERIFY2(ru.contains(u"[odoo] url = \"http://a.example\""_s) && ru.contains(u"task-statement или ysell-v1"_s)
                     && ru.contains(u"[ysell] foo"_s),
                 qPrintable(ru));
        QVERIFY2(saved.error().message.contains(u"[ysell] base_url = \"http://719.eu6.ysell.pro\": must start with https://"_s),
                 qPrintable(saved.error().message));
    }

    void saveRefusesInvalid()
    {
        Config c;
        c.ysellBaseUrl = u"http://719.eu6.ysell.pro"_s;
        const QString path = m_tmp.filePath(u"refused.ini"_s);
        const Status s = ConfigStore::save(path, c);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Config);
        QVERIFY(s.error().message.contains(u"must start with https://"));
        QVERIFY(!QFile::exists(path));

        const Status d = ConfigStore::save(m_tmp.path(), Config{});
        QVERIFY(!d.ok());
    }

    void noSecretWritten()
    {
        // Config has no secret field at all; the file holds exactly the known keys and nothing
        // that looks like a credential.
        Config c;
        c.odooUrl = u"https://odoo.example.com"_s;
        c.odooLogin = u"clerk"_s;
        c.odooAuth = OdooAuth::ApiKey;
        const QString path = m_tmp.filePath(u"nosecret.ini"_s);
        QVERIFY(ConfigStore::save(path, c).ok());
        QSettings s(path, QSettings::IniFormat);
        QCOMPARE(s.allKeys().size(), 32);
        static const QRegularExpression secretLike(u"pass|token|secret|credential"_s, QRegularExpression::CaseInsensitiveOption);
        for (const QString &k : s.allKeys())
            QVERIFY2(!secretLike.match(k).hasMatch(), qPrintable(k));
        QCOMPARE(s.value(u"odoo/auth"_s).toString(), u"api_key"_s); // the label only
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
