// ysell-bridge-sim: the Odoo 17 and Ysell.pro simulators on 127.0.0.1 over HTTPS, for tests,
// benchmarks and the demo. Prints one JSON line with the URLs and credentials once listening.

#include "Logging.h"
#include "SimControl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSettings>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using ysb::sim::SimControl;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1);
}

/// SIGTERM/SIGINT quit the event loop so temporary state is removed on the way out.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalFd[1], &byte, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int min, int max)
{
    if (!parser.isSet(name))
        return 0;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        std::fprintf(stderr, "ysell-bridge-sim: --%s must be a number from %d to %d\n", qPrintable(name), min, max);
        return std::nullopt;
    }
    return value;
}

bool writeSecret(const QString &path, const QString &value)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(value.toUtf8());
    return file.commit();
}

bool writeClientConfig(const QString &dirPath, SimControl &sim, const QString &caFile, const QString &login,
                       const QString &password, const QString &token)
{
    QDir dir(dirPath);
    if (!dir.mkpath(u"secrets"_s))
        return false;
    const QString absolute = dir.absolutePath();
    const auto privateDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    QFile::setPermissions(absolute + u"/secrets"_s, privateDir);
    if (!writeSecret(absolute + u"/secrets/odoo-password"_s, password)
        || !writeSecret(absolute + u"/secrets/ysell-token"_s, token))
        return false;

    const QString iniPath = absolute + u"/config.ini"_s;
    QFile::remove(iniPath);
    QSettings ini(iniPath, QSettings::IniFormat);
    ini.beginGroup(u"odoo"_s);
    ini.setValue(u"url"_s, sim.odooUrl());
    ini.setValue(u"database"_s, sim.odoo().database());
    ini.setValue(u"login"_s, login);
    ini.endGroup();
    ini.beginGroup(u"ysell"_s);
    ini.setValue(u"base_url"_s, sim.ysellUrl());
    ini.setValue(u"routes"_s, u"task-statement"_s);
    ini.setValue(u"done_statuses"_s, u"Done,7.1,7.2"_s);
    ini.setValue(u"max_inflight"_s, 4);
    ini.endGroup();
    ini.beginGroup(u"tls"_s);
    ini.setValue(u"extra_ca_file"_s, QFileInfo(caFile).absoluteFilePath());
    ini.endGroup();
    ini.beginGroup(u"journal"_s);
    ini.setValue(u"path"_s, QString(absolute + u"/journal.sqlite"_s));
    ini.endGroup();
    ini.beginGroup(u"sync"_s);
    ini.setValue(u"start_date"_s, QDate::currentDate().addDays(-30).toString(u"yyyy-MM-dd"_s));
    ini.setValue(u"shemax_location"_s, u"ShemaxGlobal"_s);
    ini.setValue(u"send_interval_min"_s, 5);
    ini.setValue(u"status_interval_min"_s, 60);
    ini.setValue(u"reserve_serials"_s, false);
    ini.setValue(u"cancel_other_delivery"_s, false);
    ini.endGroup();
    ini.sync();
    return ini.status() == QSettings::NoError;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ysell-bridge-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(YSB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Odoo 17 and Ysell.pro simulators on 127.0.0.1 over HTTPS. Prints one JSON line "
        "{odoo_url, ysell_url, ca_file, odoo_db, odoo_login, odoo_password, ysell_token} once listening, "
        "then runs until killed.\n\n"
        "Control API on the Ysell port (loopback, no token): GET /_sim/stats, POST /_sim/reset-stats, "
        "POST /_sim/advance {status, order_nums}, POST /_sim/faults {route, kind, rate, ms, status, count}, "
        "GET /_sim/faults, POST /_sim/orders {count}, GET /_sim/pickings, GET /_sim/ysell/orders, "
        "POST /_sim/config {status_shape: object|string, request_shape: task-statement|ysell-v1, "
        "request_encoding: any|json|multipart, create_answer: order|wrapped}.\n"
        "Fault routes: create, status, find, * (all Ysell routes), odoo, odoo:<model>.<method>. "
        "Kinds: latency, status, retry_after, hang, reset, commit_drop, malformed, wrong_shape, down, clear; "
        "Odoo only: access_denied, access_error, validation_error, user_error, missing_error, wrong_db."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"demo"_s, u"Load the demo data set into the Odoo simulator."_s},
        {u"orders"_s, u"Add N confirmed sale orders to the Odoo simulator."_s, u"N"_s},
        {u"odoo-port"_s, u"Odoo port (0 = any free port, the default)."_s, u"P"_s, u"0"_s},
        {u"ysell-port"_s, u"Ysell port (0 = any free port, the default)."_s, u"P"_s, u"0"_s},
        {u"state-dir"_s, u"Directory for ca.pem (default: a fresh temporary directory)."_s, u"DIR"_s},
        {u"write-client-config"_s, u"Write DIR/config.ini and DIR/secrets/ for ysell-bridge-cli."_s, u"DIR"_s},
        {u"ysell-latency-ms"_s, u"Delay every Ysell answer by N ms."_s, u"N"_s},
        {u"ysell-max-inflight"_s, u"Answer 429 when more than N Ysell requests are in flight (0 = no limit)."_s, u"N"_s},
        {u"odoo-latency-ms"_s, u"Delay every Odoo answer by N ms."_s, u"N"_s},
        {u"odoo-workers"_s,
         u"Serve at most N Odoo requests at a time, like an Odoo server with N workers: the others wait their "
         "turn, and each holds its worker for the whole --odoo-latency-ms (0 = no limit, the default)."_s,
         u"N"_s},
        {u"auto-advance-s"_s, u"Move every Ysell order one status step each N seconds."_s, u"N"_s},
        {u"tls-cert"_s, u"Server certificate: good, wronghost (valid for another name) or expired."_s, u"KIND"_s, u"good"_s},
        {u"no-custom-fields"_s, u"Start Odoo without the x_ysell_* fields (the setup check must create them)."_s},
        {u"odoo-user"_s,
         u"The Odoo user --write-client-config signs in as: admin (the default), clerk (Sales \"User: All "
         "Documents\" + Inventory \"User\"), clerk_own (Sales \"User: Own Documents Only\" + Inventory \"User\") "
         "or sales (Sales \"User: All Documents\", no Inventory rights). All share the Odoo password."_s,
         u"LOGIN"_s},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "ysell-bridge-sim: unexpected argument %s\n", qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    const auto odooPort = intOption(parser, u"odoo-port"_s, 0, 65535);
    const auto ysellPort = intOption(parser, u"ysell-port"_s, 0, 65535);
    const auto orders = intOption(parser, u"orders"_s, 0, 1'000'000);
    const auto ysellLatency = intOption(parser, u"ysell-latency-ms"_s, 0, 3'600'000);
    const auto odooLatency = intOption(parser, u"odoo-latency-ms"_s, 0, 3'600'000);
    const auto maxInflight = intOption(parser, u"ysell-max-inflight"_s, 0, 100'000);
    const auto autoAdvance = intOption(parser, u"auto-advance-s"_s, 0, 86'400);
    const auto odooWorkers = intOption(parser, u"odoo-workers"_s, 0, 10'000);
    if (!odooPort || !ysellPort || !orders || !ysellLatency || !odooLatency || !maxInflight || !autoAdvance
        || !odooWorkers)
        return 2;

    // State: the CA file clients are told to trust.
    std::optional<QTemporaryDir> tempDir;
    QString stateDir = parser.value(u"state-dir"_s);
    if (stateDir.isEmpty()) {
        tempDir.emplace(QDir::tempPath() + u"/ysell-bridge-sim-XXXXXX"_s);
        if (!tempDir->isValid()) {
            std::fprintf(stderr, "ysell-bridge-sim: cannot create a temporary state directory\n");
            return 1;
        }
        stateDir = tempDir->path();
    } else if (!QDir().mkpath(stateDir)) {
        std::fprintf(stderr, "ysell-bridge-sim: cannot create --state-dir %s\n", qPrintable(stateDir));
        return 1;
    }
    const QString caFile = QDir(stateDir).absoluteFilePath(u"ca.pem"_s);
    {
        QFile source(u":/sim/ca.pem"_s);
        QSaveFile target(caFile);
        if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly)
            || target.write(source.readAll()) < 0 || !target.commit()) {
            std::fprintf(stderr, "ysell-bridge-sim: cannot write %s\n", qPrintable(caFile));
            return 1;
        }
    }

    SimControl::Options options;
    options.odooPort = quint16(*odooPort);
    options.ysellPort = quint16(*ysellPort);
    options.odooLatencyMs = *odooLatency;
    options.odooWorkers = *odooWorkers;
    options.ysellLatencyMs = *ysellLatency;
    options.ysellMaxInflight = *maxInflight;
    options.autoAdvanceSecs = *autoAdvance;
    options.tlsCert = parser.value(u"tls-cert"_s);
    options.customFields = !parser.isSet(u"no-custom-fields"_s);
    // Simulator-only credentials, fresh every run.
    options.odooPassword = randomHex(12);
    options.ysellToken = randomHex(12);

    // Before the startup line: whoever read it may terminate us at once, and the state must go.
    quitOnSignals(app);
    SimControl sim(options);
    if (auto started = sim.start(); !started) {
        std::fprintf(stderr, "ysell-bridge-sim: %s (%s)\n", qPrintable(started.error().message),
                     qPrintable(started.error().detail));
        return 1;
    }
    if (parser.isSet(u"demo"_s))
        sim.odoo().loadDemo();
    if (*orders > 0)
        sim.odoo().addConfirmedOrders(*orders);

    const QString clientLogin = parser.isSet(u"odoo-user"_s) ? parser.value(u"odoo-user"_s) : sim.odoo().login();
    if (!sim.odoo().logins().contains(clientLogin)) {
        std::fprintf(stderr, "ysell-bridge-sim: --odoo-user must be one of %s\n",
                     qPrintable(sim.odoo().logins().join(u", "_s)));
        return 2;
    }
    if (parser.isSet(u"write-client-config"_s)
        && !writeClientConfig(parser.value(u"write-client-config"_s), sim, caFile, clientLogin,
                              sim.odoo().password(), options.ysellToken)) {
        std::fprintf(stderr, "ysell-bridge-sim: cannot write the client configuration to %s\n",
                     qPrintable(parser.value(u"write-client-config"_s)));
        return 1;
    }

    const QJsonObject line{
        {"odoo_url"_L1, sim.odooUrl()},
        {"ysell_url"_L1, sim.ysellUrl()},
        {"ca_file"_L1, caFile},
        {"odoo_db"_L1, sim.odoo().database()},
        {"odoo_login"_L1, sim.odoo().login()},
        {"odoo_password"_L1, sim.odoo().password()},
        {"ysell_token"_L1, options.ysellToken},
    };
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return app.exec();
}
