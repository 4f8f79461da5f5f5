#include "CliApp.h"

#include "IsoTime.h"
#include "Logging.h"
#include "Printable.h"
#include "journal/Journal.h"
#include "journal/OrderFields.h"
#include "odoo/SetupCheck.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreProbe.h"
#include "sync/OrderPreviewJob.h"
#include "sync/SerialEntry.h"
#include "sync/SyncEngine.h"
#include "ysell/YsellCheckJob.h"
#include "ysell/YsellClient.h"
#include "ysell/YsellStatus.h"
#include "ysell/YsellJobs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ysb::cli {
namespace {

int g_signalFd[2] = {-1, -1};

void onUnixSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

QString fmtTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

// Text from Odoo or Ysell on a terminal: no ESC, CR or other control reaches it (Printable).
QString clip(QString s, int width)
{
    s.replace(u'\n', u' ');
    s = Printable::visible(s);
    if (s.size() > width)
        s = s.left(width - 1) + u'…';
    return s;
}

// The cycle's errors as data (kinds and arguments), beside "errors" which holds them rendered.
QJsonArray errorTextsJson(const CycleSummary &s)
{
    QJsonArray out;
    for (const Text &e : s.errors)
        out.append(e.toJson());
    return out;
}

QJsonArray foreignClaimsJson(const CycleSummary &s)
{
    QJsonArray a;
    for (const ForeignClaim &c : s.foreignClaims)
        a.append(QJsonObject{{u"workstation"_s, c.workstation}, {u"orders"_s, c.orders}, {u"until"_s, isoTime(c.until)}});
    return a;
}

QJsonObject summaryJson(const CycleSummary &s)
{
    return QJsonObject{{u"kind"_s, s.kind == CycleSummary::Kind::Send ? u"send"_s : u"sweep"_s},
                       {u"discovered"_s, s.discovered},
                       {u"sent"_s, s.sent},
                       {u"adopted"_s, s.adopted},
                       {u"checked"_s, s.checked},
                       {u"became_done"_s, s.becameDone},
                       {u"pickings_created"_s, s.pickingsCreated},
                       {u"pickings_adopted"_s, s.pickingsAdopted},
                       {u"needs_attention"_s, s.needsAttention},
                       {u"stale"_s, s.stale},
                       {u"failed"_s, s.failed},
                       {u"skipped"_s, s.skipped},
                       {u"aborted"_s, s.aborted},
                       {u"credentials_refused"_s, s.credentialsRefused},
                       {u"storage_failed"_s, s.storageFailed},
                       {u"foreign_claims"_s, foreignClaimsJson(s)},
                       {u"errors"_s, QJsonArray::fromStringList(s.errorLines())},
                       {u"error_texts"_s, errorTextsJson(s)}};
}

} // namespace

CliApp::CliApp()
    : m_out(stdout)
    , m_err(stderr)
{
}

CliApp::~CliApp() = default;

QString CliApp::helpText()
{
    return tr(R"(Usage: ysell-bridge-cli [--config FILE] [--secrets-dir DIR] [--json] [--debug] COMMAND [ARGS]

Ysell Bridge sends confirmed Odoo 17 sale orders to the Ysell.pro fulfilment warehouse, checks
their Ysell status, and creates a draft delivery ShemaxGlobal -> customer in Odoo when Ysell is done.

Commands:
  check [--create-fields]    Check the settings and both connections (Odoo 17, sign-in, x_ysell_* fields,
                             ShemaxGlobal, Customers, delivery type, Ysell); --create-fields creates
                             missing Odoo fields (needs Odoo administration rights).
  sync                       One full cycle: send due orders, then check statuses and create pickings.
  send                       Send confirmed orders that are due (new ones and retries).
  sweep                      Check the Ysell status of sent orders; create draft pickings for done ones.
  orders [--state S] [--json]
                             List the orders the journal knows. S: new, needs_attention, sending, sent,
                             done, picking_created, closed (comma-separated for several);
                             needs_attention includes sent orders Ysell has not moved for too long.
  log [--order NAME] [--json]
                             Show the journal: events and exchanges (redacted), for one order or all.
  retry NAME...              Clear the back-off of these orders and try them now.
  serials set NAME LINE SN...
                             Enter the serial numbers of order line LINE (the Odoo line id shown in
                             the order's problem message) of order NAME.
  secret set odoo|ysell      Read the Odoo password/API key or the Ysell token from standard input
                             and store it in the OS keychain (or in --secrets-dir when given).
  run                        Run headless with the same timers as the desktop app until stopped.
  preview NAME               Print the request that would create order NAME in Ysell (method, URL,
                             headers with the token masked, body) without sending anything or
                             changing any state; why it would not be sent now goes to stderr (exit 4).
  mapping show [PRESET]      Print a request mapping preset (task-statement or ysell-v1) as a file to
                             edit and name in config.ini ([ysell] mapping_file).
  export-support FILE [--order NAME|#ID]... [--from DATE] [--to DATE]
                             Write a zip for support: the journal of these orders (or of the orders
                             confirmed in the period; all when none is chosen), the settings, the
                             versions and an Odoo setup check. Secrets are removed.
  reconcile [--json]         Compare the Odoo orders confirmed since the start date with the journal
                             and Ysell: not sent, unknown to Ysell, done without a delivery, a delivery
                             without a done status, cancelled after sending; each with what to do.

Options:
  --config FILE              Settings file (default: %1).
  --secrets-dir DIR          Read secrets from files odoo-password and ysell-token in DIR (mode 0600),
                             e.g. systemd's $CREDENTIALS_DIRECTORY, instead of the OS keychain.
  --json                     Machine-readable output (orders, log, sync, send, sweep, check).
  --debug                    Also print the developer log (ysb.* categories) on standard error.
  -h, --help                 Show this help.
  -v, --version              Show the version.

NAME is the Odoo order name. Two orders can share one (other companies, a rename in Odoo): then
retry, serials set and preview list them and change nothing; name the order by its Odoo id instead,
as #ID, quoted for the shell: retry '#42'. log --order and export-support --order also take #ID.

Secrets are never taken from the command line.

Exit codes:
  0  success
  1  other error
  2  configuration error (settings, secrets, CA file)
  3  connection error (network, TLS, credentials, server errors)
  4  done, but some orders need attention
  5  the journal is in use by another Ysell Bridge process
  6  done, but some orders failed now and wait for an automatic retry
  7  the journal could not be read or written (disk full, read-only, I/O error, damaged file)
When several apply, the first of 7, 3, 4, 6 is returned.
)")
        .arg(ConfigStore::defaultPath());
}

int CliApp::exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Config:
    case ErrorKind::InsecureUrl:
    case ErrorKind::Keychain:
        return ExitConfig;
    case ErrorKind::Busy:
        return ExitBusy;
    case ErrorKind::Dns:
    case ErrorKind::Refused:
    case ErrorKind::Tls:
    case ErrorKind::Timeout:
    case ErrorKind::Network:
    case ErrorKind::Http:
    case ErrorKind::RateLimited:
    case ErrorKind::BadCredentials:
    case ErrorKind::AccessRights:
    case ErrorKind::WrongDatabase:
    case ErrorKind::Protocol:
        return ExitConnection;
    case ErrorKind::Preflight:
        return ExitAttention;
    case ErrorKind::Storage:
        return ExitStorage;
    default:
        return ExitOther;
    }
}

namespace {

// The options every command takes, wherever they stand.
QList<QCommandLineOption> globalOptions()
{
    return {QCommandLineOption(QStringList{u"h"_s, u"help"_s}), QCommandLineOption(QStringList{u"v"_s, u"version"_s}),
            QCommandLineOption(u"config"_s, QString(), u"FILE"_s), QCommandLineOption(u"secrets-dir"_s, QString(), u"DIR"_s),
            QCommandLineOption(u"json"_s), QCommandLineOption(u"debug"_s)};
}

// The options of each command, besides the global ones. A command not listed takes none.
const QHash<QString, QStringList> &commandOptionNames()
{
    static const QHash<QString, QStringList> names{{u"orders"_s, {u"state"_s}},
                                                   {u"log"_s, {u"order"_s}},
                                                   {u"check"_s, {u"create-fields"_s}},
                                                   {u"export-support"_s, {u"order"_s, u"from"_s, u"to"_s}}};
    return names;
}

QCommandLineOption commandOption(const QString &name)
{
    static const QHash<QString, QString> valueNames{
        {u"state"_s, u"S"_s}, {u"order"_s, u"NAME"_s}, {u"from"_s, u"DATE"_s}, {u"to"_s, u"DATE"_s}};
    return valueNames.contains(name) ? QCommandLineOption(name, QString(), valueNames.value(name))
                                     : QCommandLineOption(name);
}

QString unknownCommand(const QString &command)
{
    return CliApp::tr("unknown command “%1” (see --help).").arg(command);
}

QString optionText(const QString &name)
{
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

} // namespace

// ysell-bridge-cli [GLOBAL OPTIONS] COMMAND [ARGS and OPTIONS]: the global options are read up to the
// command's name; then the command's own parser reads every argument but its name, with the global
// options again (they may stand anywhere) and those of the command.
int CliApp::exec(const QStringList &arguments)
{
    QCommandLineParser global;
    global.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions(globalOptions());
    // A command's option may stand before its name too (`--state sent orders`): read here only to
    // find the name; the command's parser decides whether it belongs.
    QSet<QString> allCommandOptions;
    for (const QStringList &names : commandOptionNames())
        allCommandOptions.unite(QSet<QString>(names.cbegin(), names.cend()));
    for (const QString &name : std::as_const(allCommandOptions))
        global.addOption(commandOption(name));
    if (const int rc = checkParsed(global, arguments, QString()); rc >= 0)
        return rc;
    const QStringList afterGlobal = global.positionalArguments();
    if (afterGlobal.isEmpty()) {
        m_err << helpText();
        return ExitConfig;
    }
    m_command = afterGlobal.first();
    static const QStringList commands{u"orders"_s, u"log"_s,   u"serials"_s, u"secret"_s,  u"check"_s,  u"sync"_s,
                                      u"send"_s,   u"sweep"_s, u"retry"_s,   u"run"_s,     u"preview"_s, u"mapping"_s,
                                      u"export-support"_s, u"reconcile"_s};
    if (!commands.contains(m_command)) {
        m_err << tr("ysell-bridge-cli: %1").arg(Printable::visible(unknownCommand(m_command), true)) << Qt::endl;
        return ExitConfig;
    }
    QStringList commandArgs = arguments;
    commandArgs.removeAt(arguments.size() - afterGlobal.size());
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    for (const QString &name : commandOptionNames().value(m_command))
        parser.addOption(commandOption(name));
    if (const int rc = checkParsed(parser, commandArgs, m_command); rc >= 0)
        return rc;
    m_configPath = parser.value(u"config"_s);
    m_secretsDir = parser.value(u"secrets-dir"_s);
    m_json = parser.isSet(u"json"_s);
    const bool debug = parser.isSet(u"debug"_s);
    for (const QString &name : commandOptionNames().value(m_command)) {
        if (parser.isSet(name))
            m_options.insert(name, parser.values(name)); // empty for a flag
    }
    m_args = parser.positionalArguments();
    // The user reads messages meant for them, once; the developer log (ysb.* categories, raw server
    // bodies) only with --debug. QT_LOGGING_RULES, when set, decides alone.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(debug ? u"ysb.*.debug=true"_s : u"ysb.*=false"_s);
    if (m_configPath.isEmpty())
        m_configPath = ConfigStore::defaultPath();
    QTimer::singleShot(0, this, &CliApp::dispatch);
    const int rc = QCoreApplication::exec();
    m_out.flush();
    m_err.flush();
    // The bridge (journal, clients) closes while the application object still exists.
    m_bridge.reset();
    return rc;
}

int CliApp::checkParsed(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (unknown.isEmpty()) {
            // The only other parse error: an option that takes a value stands last, without one.
            m_err << tr("ysell-bridge-cli: %1 needs a value.").arg(Printable::visible(arguments.last())) << Qt::endl;
            return ExitConfig;
        }
        const QString name = unknown.first();
        bool ofAnotherCommand = false;
        for (const QStringList &names : commandOptionNames())
            ofAnotherCommand = ofAnotherCommand || names.contains(name);
        if (!command.isEmpty() && ofAnotherCommand)
            m_err << tr("ysell-bridge-cli: %1")
                         .arg(tr("%1: unexpected argument “%2”.").arg(command, optionText(name)))
                  << Qt::endl;
        else
            m_err << tr("ysell-bridge-cli: unknown option %1 (see --help).").arg(Printable::visible(optionText(name)))
                  << Qt::endl;
        return ExitConfig;
    }
    if (parser.isSet(u"help"_s)) {
        m_out << helpText();
        m_out.flush();
        return ExitOk;
    }
    if (parser.isSet(u"version"_s)) {
        m_out << u"ysell-bridge-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    return -1;
}

void CliApp::quit(int code)
{
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

void CliApp::fail(const Error &error)
{
    m_err << tr("ysell-bridge-cli: %1").arg(Printable::visible(error.message, true)) << Qt::endl;
    quit(exitCodeFor(error));
}

void CliApp::dispatch()
{
    static const QStringList cycles{u"sync"_s, u"send"_s, u"sweep"_s, u"retry"_s};
    if (m_command == u"orders"_s)
        cmdOrders();
    else if (m_command == u"log"_s)
        cmdLog();
    else if (m_command == u"serials"_s)
        cmdSerials();
    else if (m_command == u"secret"_s)
        cmdSecret();
    else if (m_command == u"check"_s)
        cmdCheck();
    else if (cycles.contains(m_command))
        cmdCycle(m_command);
    else if (m_command == u"run"_s)
        cmdRun();
    else if (m_command == u"preview"_s)
        cmdPreview();
    else if (m_command == u"mapping"_s)
        cmdMapping();
    else if (m_command == u"export-support"_s)
        cmdExportSupport();
    else if (m_command == u"reconcile"_s)
        cmdReconcile();
    else
        fail(Error::plain(ErrorKind::Config, unknownCommand(m_command)));
}

void CliApp::withReadOnlyJournal(const std::function<void(const std::shared_ptr<Journal> &)> &then)
{
    const QString path = m_config.effectiveJournalPath();
    if (!QFileInfo::exists(path)) {
        then(nullptr);
        return;
    }
    auto opened = Journal::open(path, Clock::system(), Journal::OpenMode::Shared);
    if (!opened.ok()) {
        fail(opened.error());
        return;
    }
    then(std::shared_ptr<Journal>(std::move(opened).value()));
}

bool CliApp::loadConfig()
{
    auto cfg = ConfigStore::load(m_configPath);
    if (!cfg.ok()) {
        fail(cfg.error());
        return false;
    }
    m_config = cfg.value();
    return true;
}

void CliApp::withStore(std::function<void(SecretStore *)> then)
{
    SecretStoreProbe *probe = SecretStore::probe(m_secretsDir, this);
    connect(probe, &SecretStoreProbe::finished, this, [this, then](SecretStore *store, const Text &notice) {
        if (!notice.isEmpty())
            m_err << notice.render() << Qt::endl;
        then(store);
    });
}

void CliApp::withSecrets(std::function<void(const BridgeSecrets &)> then)
{
    withStore([this, then](SecretStore *store) {
        auto *odooJob = store->read(SecretKey::OdooPassword);
        connect(odooJob, &SecretJob::finished, this, [this, store, then](const Result<QString> &odoo) {
            if (!odoo.ok()) {
                fail(odoo.error());
                return;
            }
            const QString odooSecret = odoo.value();
            auto *ysellJob = store->read(SecretKey::YsellToken);
            connect(ysellJob, &SecretJob::finished, this, [this, then, odooSecret](const Result<QString> &ysell) {
                if (!ysell.ok()) {
                    fail(ysell.error());
                    return;
                }
                then(BridgeSecrets{odooSecret, ysell.value()});
            });
        });
    });
}

bool CliApp::openBridge(const BridgeSecrets &secrets)
{
    auto bridge = Bridge::create(m_config, secrets);
    if (!bridge.ok()) {
        fail(bridge.error());
        return false;
    }
    m_bridge = std::move(bridge).value();
    SyncEngine *engine = m_bridge->engine();
    connect(engine, &SyncEngine::notification, this, [this](const Notification &n) {
        if (m_json)
            return;
        const QString where = n.orderRef.isEmpty() ? QString() : n.orderRef + u": "_s;
        const QString message = n.message.render();
        m_err << u"["_s << n.category << u"] "_s << Printable::visible(where) << Printable::visible(message, true)
              << Qt::endl;
        m_printedMessages.insert(message);
    });
    return true;
}

void CliApp::cmdOrders()
{
    if (!loadConfig())
        return;
    auto journal = Journal::open(m_config.effectiveJournalPath(), Clock::system(), Journal::OpenMode::Shared);
    if (!journal.ok()) {
        fail(journal.error());
        return;
    }
    OrderFilter f;
    f.sortColumn = u"name"_s;
    f.sortOrder = Qt::AscendingOrder;
    if (!m_args.isEmpty()) {
        fail(Error::plain(ErrorKind::Config, tr("orders: unexpected argument “%1”.").arg(m_args.first())));
        return;
    }
    for (const QString &states : m_options.value(u"state"_s)) {
        for (const QString &s : states.split(u',', Qt::SkipEmptyParts)) {
            const auto st = orderStateFromName(s.trimmed());
            if (!st) {
                fail(Error::plain(ErrorKind::Config,
                                 tr("unknown state “%1”; use one of: new, needs_attention, sending, sent, done, "
                                    "picking_created, closed.")
                                     .arg(s)));
                return;
            }
            f.states << *st;
            if (*st == OrderState::NeedsAttention)
                f.orStale = true; // a stale sent order needs the clerk as much
        }
    }
    const auto read = journal.value()->orders(f);
    if (!read.ok()) {
        fail(read.error());
        return;
    }
    const QList<OrderRecord> &orders = read.value();
    if (m_json) {
        QJsonArray a;
        for (const OrderRecord &r : orders)
            a.append(orderJson(r));
        m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        quit(ExitOk);
        return;
    }
    const QStringList headers{tr("Order"), tr("Customer"), tr("Confirmed"), tr("Ysell id"), tr("Ysell status"),
                              tr("State"), tr("Picking"), tr("Other delivery"), tr("Problem")};
    QList<QStringList> rows;
    for (const OrderRecord &r : orders) {
        const QString status = ysellStatusLabel(r.ysellStatusCode, r.ysellStatusName);
        rows << QStringList{clip(r.name, 40), clip(r.customer, 28), fmtTime(r.confirmedAt), clip(r.ysellId, 20),
                            clip(status, 22), orderStateName(r.state), clip(r.pickingName, 30),
                            clip(r.otherDeliveries, 30), clip(orderProblem(r), 70)};
    }
    QList<int> widths;
    for (const QString &h : headers)
        widths << int(h.size());
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], int(row.at(c).size()));
    }
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += (c + 1 < row.size() ? row.at(c).leftJustified(widths[c]) + u"  "_s : row.at(c));
        m_out << line.trimmed() << u'\n';
    };
    printRow(headers);
    for (const QStringList &row : std::as_const(rows))
        printRow(row);
    QStringList counts;
    const auto byState = journal.value()->countsByState();
    if (!byState.ok()) {
        fail(byState.error());
        return;
    }
    for (OrderState s : allOrderStates()) {
        if (byState->value(s))
            counts << u"%1 %2"_s.arg(byState->value(s)).arg(orderStateName(s));
    }
    m_out << tr("%n order(s)", nullptr, int(orders.size())) << (counts.isEmpty() ? QString() : u" ("_s + counts.join(u", "_s) + u")"_s)
          << u'\n';
    quit(ExitOk);
}

void CliApp::cmdLog()
{
    if (!loadConfig())
        return;
    const QString order = m_options.value(u"order"_s).value(m_options.value(u"order"_s).size() - 1); // the last one
    if (!m_args.isEmpty()) {
        fail(Error::plain(ErrorKind::Config, tr("log: unexpected argument “%1”.").arg(m_args.first())));
        return;
    }
    auto journal = Journal::open(m_config.effectiveJournalPath(), Clock::system(), Journal::OpenMode::Shared);
    if (!journal.ok()) {
        fail(journal.error());
        return;
    }
    // One order's own log: "#ID", or a name only one order has (a shared name is refused with the list).
    OrderKey key;
    if (!order.isEmpty()) {
        const auto found = journal.value()->findOrder(order, m_config.odooDatabase);
        if (!found.ok()) {
            fail(found.error().kind == ErrorKind::Storage ? found.error() : Error::plain(ErrorKind::Config, found.error().message));
            return;
        }
        key = OrderKey::of(found.value());
    }
    if (m_json) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            fail(Error::plain(ErrorKind::Storage, tr("cannot write to standard output")));
            return;
        }
        m_out.flush();
        const Status s = journal.value()->exportJson(&out, key);
        out.flush();
        if (!s.ok()) {
            fail(s.error());
            return;
        }
        quit(ExitOk);
        return;
    }
    // Events and exchanges merged in time order: what happened, and the traffic behind it.
    struct Line {
        QDateTime at;
        qint64 seq;
        QString text;
    };
    QList<Line> lines;
    const auto events = order.isEmpty() ? Result<QList<EventRecord>>(QList<EventRecord>()) : journal.value()->events(key);
    const auto exchanges = journal.value()->exchanges(key);
    if (!events.ok() || !exchanges.ok()) {
        fail(events.ok() ? exchanges.error() : events.error());
        return;
    }
    for (const EventRecord &e : events.value())
        lines << Line{e.atUtc, e.id, u"%1  %2  %3"_s.arg(fmtTime(e.atUtc), e.kind, e.message.render())};
    for (const ExchangeRecord &x : exchanges.value()) {
        QString text = u"%1  %2 %3 %4 %5 → %6 (%7 ms) [%8]"_s.arg(fmtTime(x.atUtc), x.system, x.method, x.path,
                                                                   x.orderRef.isEmpty() ? QString() : x.orderRef,
                                                                   x.httpStatus ? QString::number(x.httpStatus) : x.outcome)
                           .arg(x.durationMs)
                           .arg(x.correlationId);
        if (!x.errorDetail.isEmpty())
            text += u"\n      "_s + x.errorDetail;
        if (!order.isEmpty()) {
            if (!x.requestBody.isEmpty())
                text += u"\n      >> "_s + clip(x.requestBody, 400);
            if (!x.responseBody.isEmpty())
                text += u"\n      << "_s + clip(x.responseBody, 400);
        }
        lines << Line{x.atUtc, x.id, text};
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.at < b.at; });
    for (const Line &l : std::as_const(lines))
        m_out << Printable::visible(l.text, true) << u'\n';
    quit(ExitOk);
}

void CliApp::cmdSerials()
{
    if (m_args.size() < 3 || m_args.first() != u"set"_s) {
        fail(Error::plain(ErrorKind::Config, tr("usage: serials set NAME LINE SN...")));
        return;
    }
    bool ok = false;
    const qint64 line = m_args.at(2).toLongLong(&ok);
    if (!ok || line <= 0) {
        fail(Error::plain(ErrorKind::Config, tr("LINE must be the Odoo order line id (a positive number), not “%1”.").arg(m_args.at(2))));
        return;
    }
    QStringList serials;
    for (const QString &s : m_args.mid(3)) {
        const QString t = s.trimmed();
        if (t.isEmpty())
            continue;
        if (serials.contains(t)) {
            fail(Error::plain(ErrorKind::Config, tr("serial number %1 is given twice.").arg(t)));
            return;
        }
        serials << t;
    }
    if (!loadConfig())
        return;
    // Writing needs the journal's lock: a running `ysell-bridge-cli run` or the app must stop first.
    auto journal = Journal::open(m_config.effectiveJournalPath(), Clock::system());
    if (!journal.ok()) {
        fail(journal.error());
        return;
    }
    // A name several orders share is refused with the list of them; "#ID" names one.
    const auto found = journal.value()->findOrder(m_args.at(1), m_config.odooDatabase);
    if (!found.ok()) {
        fail(found.error().kind == ErrorKind::MissingRecord
                 ? Error::plain(ErrorKind::Config, tr("the journal has no order “%1”; run sync first.").arg(m_args.at(1)))
                 : found.error());
        return;
    }
    const QString name = found.value().name;
    const Result<SavedSerials> saved = SerialEntry::save(*journal.value(), OrderKey::of(found.value()), {{line, serials}});
    if (!saved.ok()) {
        // A serial another order uses is bad input, like one given twice.
        fail(saved.error().kind == ErrorKind::Validation ? Error::plain(ErrorKind::Config, saved.error().message)
                                                        : saved.error());
        return;
    }
    m_out << tr("%1 line %2: %n serial number(s) stored; they are used on the next send.", nullptr, int(serials.size()))
                 .arg(name)
                 .arg(line)
          << u'\n';
    quit(ExitOk);
}

void CliApp::cmdSecret()
{
    if (m_args.size() != 2 || m_args.first() != u"set"_s
        || (m_args.at(1) != u"odoo"_s && m_args.at(1) != u"ysell"_s)) {
        fail(Error::plain(ErrorKind::Config, tr("usage: secret set odoo|ysell   (the value is read from standard input)")));
        return;
    }
    const QString key = m_args.at(1) == u"odoo"_s ? QString(SecretKey::OdooPassword) : QString(SecretKey::YsellToken);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        fail(Error::plain(ErrorKind::Config, tr("cannot read standard input")));
        return;
    }
    if (::isatty(STDIN_FILENO))
        m_err << tr("Enter the %1 and press Enter: ").arg(SecretStore::displayName(key)) << Qt::flush;
    QString value = QString::fromUtf8(in.readLine(64 * 1024));
    while (value.endsWith(u'\n') || value.endsWith(u'\r'))
        value.chop(1);
    if (value.isEmpty()) {
        fail(Error::plain(ErrorKind::Config, tr("no value on standard input; nothing stored.")));
        return;
    }
    if (Printable::hasControl(value)) {
        fail(Error::plain(ErrorKind::Config, tr("the value contains a control character (a tab or a line break "
                                               "inside it, say); nothing stored.")));
        return;
    }
    withStore([this, key, value](SecretStore *store) {
        if (!store->isPersistent()) {
            fail(Error::plain(ErrorKind::Keychain, tr("No keychain is available here, so the secret cannot be stored. "
                                                     "Use --secrets-dir DIR with files of mode 0600 instead.")));
            return;
        }
        auto *job = store->write(key, value);
        connect(job, &SecretJob::finished, this, [this, key, store](const Result<QString> &r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            m_out << tr("%1 stored in the %2.").arg(SecretStore::displayName(key), store->description().render()) << u'\n';
            quit(ExitOk);
        });
    });
}

void CliApp::printSummary(const CycleSummary &s)
{
    if (m_json) {
        m_out << QJsonDocument(summaryJson(s)).toJson(QJsonDocument::Compact) << u'\n';
        return;
    }
    if (s.kind == CycleSummary::Kind::Send) {
        m_out << tr("send: %1 new in Odoo, %2 sent, %3 adopted, %4 need attention, %5 to retry, %6 skipped")
                     .arg(s.discovered)
                     .arg(s.sent)
                     .arg(s.adopted)
                     .arg(s.needsAttention)
                     .arg(s.failed)
                     .arg(s.skipped)
              << u'\n';
    } else {
        m_out << tr("sweep: %1 checked, %2 done, %3 pickings created, %4 adopted, %5 failed")
                     .arg(s.checked)
                     .arg(s.becameDone)
                     .arg(s.pickingsCreated)
                     .arg(s.pickingsAdopted)
                     .arg(s.failed)
              << u'\n';
        if (s.stale > 0)
            m_out << tr("%n sent order(s) now need attention: Ysell has not moved them for too long (see “orders”).",
                        nullptr, s.stale)
                  << u'\n';
    }
    for (const ForeignClaim &c : s.foreignClaims) {
        m_out << (c.workstation.isEmpty()
                      ? tr("%n order(s) left alone: another workstation is handling them.", nullptr, c.orders)
                      : tr("%n order(s) left alone: workstation %1 is handling them (its claim runs until %2 UTC).",
                           nullptr, c.orders)
                            .arg(c.workstation, fmtTime(c.until)))
              << u'\n';
    }
    for (const QString &e : s.errorLines()) {
        if (!m_printedMessages.contains(e))
            m_err << tr("error: %1").arg(Printable::visible(e, true)) << Qt::endl;
        m_printedMessages.insert(e);
    }
    m_out.flush();
}

int CliApp::exitAfterCycles() const
{
    for (const CycleSummary &s : m_summaries) {
        if (s.storageFailed)
            return ExitStorage;
    }
    for (const CycleSummary &s : m_summaries) {
        if (s.aborted)
            return ExitConnection;
    }
    if (m_bridge) {
        const auto counts = m_bridge->journal()->countsByState();
        if (!counts.ok())
            return ExitStorage;
        if (counts->value(OrderState::NeedsAttention) > 0)
            return ExitAttention;
        OrderFilter stale;
        stale.orStale = true;
        const auto staleCount = m_bridge->journal()->countOrders(stale);
        if (!staleCount.ok())
            return ExitStorage;
        if (staleCount.value() > 0) // sent orders Ysell has not moved for too long
            return ExitAttention;
    }
    for (const CycleSummary &s : m_summaries) {
        if (s.needsAttention > 0) // e.g. an Odoo order that shares its name with another, not in the journal
            return ExitAttention;
    }
    // cron and systemd see that orders wait: a cycle that left some to retry is not a success.
    for (const CycleSummary &s : m_summaries) {
        if (s.failed > 0)
            return ExitRetry;
    }
    return ExitOk;
}

void CliApp::cmdCycle(const QString &command)
{
    if (command != u"retry"_s && !m_args.isEmpty()) {
        fail(Error::plain(ErrorKind::Config, tr("%1: unexpected argument “%2”.").arg(command, m_args.first())));
        return;
    }
    if (command == u"retry"_s && m_args.isEmpty()) {
        fail(Error::plain(ErrorKind::Config, tr("usage: retry NAME...")));
        return;
    }
    if (!loadConfig())
        return;
    withSecrets([this, command](const BridgeSecrets &secrets) {
        if (!openBridge(secrets))
            return;
        SyncEngine *engine = m_bridge->engine();
        connect(engine, &SyncEngine::cycleFinished, this, [this](const CycleSummary &s) {
            m_summaries << s;
            printSummary(s);
        });
        connect(engine, &SyncEngine::idle, this, [this] { quit(exitAfterCycles()); });
        if (command == u"sync"_s) {
            engine->syncNow();
        } else if (command == u"send"_s) {
            engine->sendNow();
        } else if (command == u"sweep"_s) {
            engine->checkNow();
        } else {
            const QHash<QString, Error> refused = engine->retry(m_args);
            qsizetype notRetried = 0;
            for (const QString &n : std::as_const(m_args)) {
                if (refused.contains(n)) {
                    m_err << u"retry: "_s << refused.value(n).message << Qt::endl;
                    ++notRetried;
                }
            }
            if (notRetried == m_args.size()) {
                quit(refused.value(m_args.first()).kind == ErrorKind::Storage ? ExitStorage : ExitConfig);
                return;
            }
        }
    });
}

void CliApp::cmdRun()
{
    if (!m_args.isEmpty()) {
        fail(Error::plain(ErrorKind::Config, tr("run: unexpected argument “%1”.").arg(m_args.first())));
        return;
    }
    if (!loadConfig())
        return;
    // SIGTERM/SIGINT end the run cleanly between requests (systemd stop, Ctrl+C).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
            m_err << tr("Stopping.") << Qt::endl;
            quit(ExitOk);
        });
        std::signal(SIGTERM, onUnixSignal);
        std::signal(SIGINT, onUnixSignal);
    }
    withSecrets([this](const BridgeSecrets &secrets) {
        if (!openBridge(secrets))
            return;
        SyncEngine *engine = m_bridge->engine();
        connect(engine, &SyncEngine::cycleFinished, this, [this](const CycleSummary &s) { printSummary(s); });
        m_err << tr("Running: send every %1 min, status check every %2 min. Stop with Ctrl+C or SIGTERM.")
                     .arg(m_config.sendIntervalMin)
                     .arg(m_config.statusIntervalMin)
              << Qt::endl;
        engine->start();
    });
}

void CliApp::cmdPreview()
{
    if (m_args.size() != 1) {
        fail(Error::plain(ErrorKind::Config, tr("usage: preview NAME")));
        return;
    }
    if (!loadConfig())
        return;
    // A preview never creates or changes the journal.
    withSecrets([this](const BridgeSecrets &secrets) {
        withReadOnlyJournal([this, &secrets](const std::shared_ptr<Journal> &journal) {
            auto *job = OrderPreviewJob::start(m_config, secrets, m_args.first(), journal.get(), Clock::system(), this);
            connect(job, &OrderPreviewJob::finished, this, [this, journal](const Result<OrderPreview> &r) {
                if (!r.ok()) {
                    fail(r.error());
                    return;
                }
                if (m_json) {
                    m_out << QJsonDocument(QJsonObject{{u"order"_s, r->orderName},
                                                       {u"request"_s, r->requestText},
                                                       {u"problems"_s, QJsonArray::fromStringList(r->problems)}})
                                 .toJson(QJsonDocument::Indented);
                } else {
                    m_out << r->requestText;
                    for (const QString &p : r->problems)
                        m_err << tr("not sent now: %1").arg(p) << Qt::endl;
                }
                quit(r->problems.isEmpty() ? ExitOk : ExitAttention);
            });
        });
    });
}

// Which request shape `check` names: the administrator sees the mapping that is in effect. The
// mapping is valid here (every command refuses an invalid one before it starts).
QString CliApp::mappingInUse() const
{
    const Result<YsellMapping> mapping = m_config.mapping();
    if (!mapping.ok())
        return mapping.error().message;
    const YsellMapping &m = mapping.value();
    const QString source = m_config.mappingFile.isEmpty()
                               ? tr("the built-in shape (preset task-statement)")
                               : tr("mapping file %1").arg(QDir::toNativeSeparators(m_config.mappingFile));
    const QString encoding = m.encoding == YsellMapping::Encoding::Multipart ? u"multipart/form-data"_s : u"JSON"_s;
    const QString status = m.answer.statusName.isEmpty() ? m.answer.status
                                                          : m.answer.status + u", "_s + m.answer.statusName;
    return tr("%1, body %2, status read from “%3”, Ysell id from “%4”").arg(source, encoding, status, m.answer.id);
}

void CliApp::cmdMapping()
{
    const QString preset = m_args.value(1, YsellMapping::presetNames().first());
    if (m_args.isEmpty() || m_args.first() != u"show"_s || m_args.size() > 2) {
        fail(Error::plain(ErrorKind::Config, tr("usage: mapping show [%1]").arg(YsellMapping::presetNames().join(u'|'))));
        return;
    }
    if (!YsellMapping::preset(preset)) {
        fail(Error::plain(ErrorKind::Config, tr("unknown mapping preset “%1”; use %2.")
                                                .arg(preset, YsellMapping::presetNames().join(u" or "_s))));
        return;
    }
    m_out << YsellMapping::presetText(preset);
    quit(ExitOk);
}

void CliApp::cmdCheck()
{
    const bool createFields = m_options.contains(u"create-fields"_s);
    if (!m_args.isEmpty()) {
        fail(Error::plain(ErrorKind::Config, tr("check: unexpected argument “%1”.").arg(m_args.first())));
        return;
    }
    if (!loadConfig())
        return;
    withSecrets([this, createFields](const BridgeSecrets &secrets) {
        if (!openBridge(secrets))
            return;
        auto *job = new SetupCheckJob(m_bridge->odoo(), SetupCheckOptions{m_config.shemaxLocation, m_config.pickingType});
        connect(job, &SetupCheckJob::finished, this, [this, createFields, token = secrets.ysellToken](const SetupReport &report) {
            QJsonArray items;
            int worst = ExitOk;
            for (const SetupItem &item : report.items) {
                if (m_json) {
                    items.append(QJsonObject{{u"title"_s, item.title}, {u"ok"_s, item.ok}, {u"warning"_s, item.warning},
                                             {u"message"_s, item.message}, {u"next_step"_s, item.nextStep}});
                } else {
                    m_out << (item.warning ? u"[warn] "_s : item.ok ? u"[ ok ] "_s : u"[FAIL] "_s) << u"Odoo — "_s
                          << item.title << u": "_s << Printable::visible(item.message, true) << u'\n';
                    if ((!item.ok || item.warning) && !item.nextStep.isEmpty())
                        m_out << u"       → "_s << item.nextStep << u'\n';
                }
                if (!item.ok && item.check == SetupItem::Check::CustomFields && createFields) {
                    // Judged after the attempt to create them.
                } else if (!item.ok) {
                    const bool connection = item.check == SetupItem::Check::ServerVersion
                                            || item.check == SetupItem::Check::SignIn;
                    worst = qMax(worst, connection ? int(ExitConnection) : int(ExitConfig));
                }
            }
            auto checkYsell = [this, items, worst, token]() mutable {
                YsellClient *ysell = m_bridge->ysell();
                auto *probe = new YsellCheckJob(ysell->httpClient(), ysell->baseUrl(), ysell->routes(), token, this);
                connect(probe, &YsellCheckJob::finished, this,
                        [this, items, worst](const Status &r) mutable {
                            const QString msg = r.ok() ? tr("Ysell's API answers at %1 and accepts the token (it "
                                                            "refuses a request without it)")
                                                             .arg(m_config.ysellBaseUrl)
                                                       : r.error().message;
                            const QString shape = mappingInUse();
                            if (m_json) {
                                items.append(QJsonObject{{u"title"_s, u"Ysell"_s}, {u"ok"_s, r.ok()}, {u"message"_s, msg}});
                                items.append(QJsonObject{{u"title"_s, u"Ysell request"_s}, {u"ok"_s, true}, {u"message"_s, shape}});
                                m_out << QJsonDocument(items).toJson(QJsonDocument::Indented);
                            } else {
                                m_out << (r.ok() ? u"[ ok ] "_s : u"[FAIL] "_s) << tr("Ysell: %1").arg(msg) << u'\n';
                                m_out << u"[info] "_s << tr("Ysell request: %1").arg(shape) << u'\n';
                            }
                            if (!r.ok())
                                worst = qMax(worst, exitCodeFor(r.error()));
                            quit(worst);
                        });
                probe->start();
            };
            if (createFields && !report.missingFields.isEmpty()) {
                auto *create = new CreateFieldsJob(m_bridge->odoo(), report.missingFields);
                connect(create, &CreateFieldsJob::finished, this, [this, checkYsell, worst](const Result<QStringList> &r) mutable {
                    if (r.ok()) {
                        m_out << tr("Created the Odoo fields: %1").arg(r.value().join(u", "_s)) << u'\n';
                    } else {
                        m_err << tr("The fields could not be created: %1").arg(r.error().message) << Qt::endl;
                        worst = qMax(worst, int(ExitConfig));
                    }
                    checkYsell();
                });
                return;
            }
            if (!report.missingFields.isEmpty() && !m_json)
                m_out << tr("Run “ysell-bridge-cli check --create-fields” to create the missing fields "
                            "(needs Odoo administration rights).")
                      << u'\n';
            checkYsell();
        });
    });
}

} // namespace ysb::cli
