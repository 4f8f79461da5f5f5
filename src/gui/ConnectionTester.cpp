#include "ConnectionTester.h"

#include "Clock.h"
#include "Logging.h"
#include "net/HttpClient.h"
#include "odoo/OdooClient.h"
#include "odoo/OdooChoicesJob.h"
#include "odoo/SetupCheck.h"
#include "ysell/YsellCheckJob.h"
#include "ysell/YsellClient.h"

#include <QUrl>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace ysb {

/// One test run: a throw-away HttpClient and the clients built on it, all children of the run, so
/// that deleting the run silences and ends everything it started.
class ConnectionTester::Run final : public QObject {
public:
    explicit Run(QObject *parent) : QObject(parent) {}
    HttpClient *http = nullptr;
};

namespace {

ConnectionReport::Line failure(const QString &title, const QString &message, const QString &nextStep)
{
    return ConnectionReport::Line{false, title, message, nextStep};
}

// What to do after a failed Odoo request, by kind of failure.
QString odooNextStep(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadCredentials:
        return ConnectionTester::tr("Check the login and the password or API key.");
    case ErrorKind::WrongDatabase:
        return ConnectionTester::tr("Check the database name (Odoo shows it on its login page under "
                                    "“Manage databases”).");
    case ErrorKind::AccessRights:
        return ConnectionTester::tr("Ask an Odoo administrator to give your user the rights for stock.");
    case ErrorKind::Tls:
        return ConnectionTester::tr("Add the company's CA file on the General tab, or ask your IT administrator.");
    case ErrorKind::Dns:
    case ErrorKind::Refused:
    case ErrorKind::InsecureUrl:
    case ErrorKind::Config:
        return ConnectionTester::tr("Check the Odoo address and that the server is running.");
    case ErrorKind::Timeout:
    case ErrorKind::Network:
        return ConnectionTester::tr("Check the network connection and try again.");
    default:
        return ConnectionTester::tr("Try again; if it persists, show this message to the Odoo administrator.");
    }
}

// What to do after a failed Ysell request, by kind of failure.
QString ysellNextStep(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadCredentials:
        return ConnectionTester::tr("Copy the API token from your Ysell account again and paste it into the "
                                    "token field.");
    case ErrorKind::AccessRights:
        return ConnectionTester::tr("The token may not read orders: ask Ysell support for a token with access "
                                    "to orders.");
    case ErrorKind::Tls:
        return ConnectionTester::tr("Add the company's CA file on the General tab, or ask your IT administrator.");
    case ErrorKind::Dns:
    case ErrorKind::Refused:
    case ErrorKind::InsecureUrl:
    case ErrorKind::Config:
        return ConnectionTester::tr("Check the Ysell address, e.g. https://company.ysell.pro.");
    case ErrorKind::Timeout:
    case ErrorKind::Network:
        return ConnectionTester::tr("Check the network connection and try again.");
    case ErrorKind::RateLimited:
        return ConnectionTester::tr("Ysell is busy; try again in a minute.");
    case ErrorKind::MissingRecord:
    case ErrorKind::BadRequest:
    case ErrorKind::Protocol:
    case ErrorKind::Http:
        return ConnectionTester::tr("The server answers, but not like the Ysell API: check the address and the "
                                    "route preset.");
    default:
        return ConnectionTester::tr("Try again; if it persists, show this message to Ysell support.");
    }
}

// Checks that need no network: a missing or insecure address, empty credentials, an unusable CA file.
void checkUrl(ConnectionReport &report, const QString &title, const QString &url, const QString &example)
{
    if (url.trimmed().isEmpty()) {
        report.lines << failure(title, ConnectionTester::tr("The address is not set."),
                                ConnectionTester::tr("Enter the address, e.g. %1.").arg(example));
        return;
    }
    if (const Status valid = HttpClient::validateUrl(QUrl(url.trimmed())); !valid.ok())
        report.lines << failure(title, valid.error().message,
                                ConnectionTester::tr("Enter the address, e.g. %1.").arg(example));
}

void checkFilled(ConnectionReport &report, const QString &title, const QString &value, const QString &nextStep)
{
    if (value.trimmed().isEmpty())
        report.lines << failure(title, ConnectionTester::tr("Not filled in."), nextStep);
}

ConnectionReport odooPreflight(const Config &config, const QString &secret)
{
    ConnectionReport report;
    checkUrl(report, ConnectionTester::tr("Odoo address"), config.odooUrl, u"https://odoo.example.com"_s);
    checkFilled(report, ConnectionTester::tr("Database"), config.odooDatabase,
                ConnectionTester::tr("Enter the name of the Odoo database."));
    checkFilled(report, ConnectionTester::tr("Login"), config.odooLogin,
                ConnectionTester::tr("Enter the login of your Odoo user."));
    checkFilled(report, config.odooAuth == OdooAuth::ApiKey ? ConnectionTester::tr("API key")
                                                            : ConnectionTester::tr("Password"),
                secret, ConnectionTester::tr("Enter the password or API key of your Odoo user."));
    return report;
}

ConnectionReport ysellPreflight(const Config &config, const QString &token)
{
    ConnectionReport report;
    checkUrl(report, ConnectionTester::tr("Ysell address"), config.ysellBaseUrl, u"https://company.ysell.pro"_s);
    checkFilled(report, ConnectionTester::tr("API token"), token,
                ConnectionTester::tr("Paste the API token from your Ysell account."));
    if (const Status routes = config.routes().validate(); !routes.ok())
        report.lines << failure(ConnectionTester::tr("API routes"), routes.error().message,
                                ConnectionTester::tr("Correct the routes, or clear them to use the preset."));
    if (const Result<YsellMapping> mapping = config.mapping(); !mapping.ok())
        report.lines << failure(ConnectionTester::tr("Request mapping"), mapping.error().message,
                                ConnectionTester::tr("Correct the named lines of the mapping file ([ysell] "
                                                     "mapping_file in config.ini)."));
    return report;
}

} // namespace

bool ConnectionReport::ok() const
{
    return !lines.isEmpty()
        && std::all_of(lines.cbegin(), lines.cend(), [](const Line &l) { return l.ok; });
}

QString ConnectionReport::text() const
{
    QStringList out;
    for (const Line &l : lines) {
        out << (l.warning ? u"⚠ "_s : l.ok ? u"✓ "_s : u"✗ "_s) + l.title + u": "_s + l.message;
        if ((!l.ok || l.warning) && !l.nextStep.isEmpty())
            out << u"    → "_s + l.nextStep;
    }
    return out.join(u'\n');
}

ConnectionTester::ConnectionTester(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ConnectionReport>();
}

ConnectionTester::~ConnectionTester() = default;

QString ConnectionTester::probeOrderNumber()
{
    return u"YSB-CONNECTION-TEST"_s;
}

ConnectionTester::Run *ConnectionTester::newRun(Kind kind, const Config &config)
{
    if (m_runs[kind])
        m_runs[kind]->deleteLater(); // silences the older run: its clients go with it
    auto *run = new Run(this);
    HttpSettings settings;
    settings.extraCaFile = config.extraCaFile;
    settings.maxInflightPerHost = 2;
    run->http = new HttpClient(settings, Clock::system(), run);
    m_runs[kind] = run;
    return run;
}

namespace {

// The CA file is read up front so that a bad file is reported as such, not as a TLS failure.
std::optional<ConnectionReport::Line> caProblem(HttpClient *http)
{
    if (http->settings().extraCaFile.isEmpty())
        return std::nullopt;
    if (const Status ca = http->loadExtraCa(); !ca.ok())
        return failure(ConnectionTester::tr("CA file"), ca.error().message,
                       ConnectionTester::tr("Choose the right file on the General tab, or clear the field."));
    return std::nullopt;
}

// Reports from the event loop, like every network result, so callers see one behaviour.
template <typename Emit>
void emitLater(QObject *context, Emit emitter)
{
    QMetaObject::invokeMethod(context, std::move(emitter), Qt::QueuedConnection);
}

} // namespace

void ConnectionTester::testOdoo(const Config &config, const QString &secret)
{
    Run *run = newRun(OdooTest, config);
    ConnectionReport pre = odooPreflight(config, secret);
    if (auto ca = caProblem(run->http))
        pre.lines << *ca;
    if (!pre.lines.isEmpty()) {
        emitLater(run, [this, run, pre] {
            run->deleteLater();
            Q_EMIT odooTested(pre);
        });
        return;
    }
    auto *client = new OdooClient(run->http, QUrl(config.odooUrl.trimmed()), config.odooDatabase.trimmed(),
                                  config.odooLogin.trimmed(), secret, run);
    SetupCheckOptions options;
    if (!config.shemaxLocation.trimmed().isEmpty())
        options.shemaxLocationName = config.shemaxLocation.trimmed();
    options.pickingType = config.pickingType.trimmed();
    auto *job = new SetupCheckJob(client, options);
    connect(job, &SetupCheckJob::finished, run, [this, run](const SetupReport &setup) {
        ConnectionReport report;
        for (const SetupItem &item : setup.items)
            report.lines << ConnectionReport::Line{item.ok, item.title, item.message, item.nextStep, item.warning};
        if (setup.fieldsChecked)
            report.missingFields = setup.missingFields;
        qCInfo(lcGui) << "settings: Odoo connection test" << (report.ok() ? "passed" : "found problems");
        run->deleteLater();
        Q_EMIT odooTested(report);
    });
}

void ConnectionTester::testYsell(const Config &config, const QString &token)
{
    Run *run = newRun(YsellTest, config);
    ConnectionReport pre = ysellPreflight(config, token);
    if (auto ca = caProblem(run->http))
        pre.lines << *ca;
    if (!pre.lines.isEmpty()) {
        emitLater(run, [this, run, pre] {
            run->deleteLater();
            Q_EMIT ysellTested(pre);
        });
        return;
    }
    // Proves it is Ysell: its answer with the token, and a refusal without it (any server answering
    // 404, or the Odoo server, would otherwise pass).
    auto *job = new YsellCheckJob(run->http, QUrl(config.ysellBaseUrl.trimmed()), config.routes(), token, run);
    connect(job, &YsellCheckJob::finished, run,
            [this, run](const Status &result) {
                ConnectionReport report;
                const QString title = tr("Connection to Ysell");
                if (result.ok())
                    report.lines << ConnectionReport::Line{true, title, tr("Ysell answered and accepted the token."), {}};
                else
                    report.lines << failure(title, result.error().message, ysellNextStep(result.error().kind));
                qCInfo(lcGui) << "settings: Ysell connection test" << (report.ok() ? "passed" : "failed");
                run->deleteLater();
                Q_EMIT ysellTested(report);
            });
    job->start();
}

void ConnectionTester::loadOdooChoices(const Config &config, const QString &secret)
{
    Run *run = newRun(Choices, config);
    ConnectionReport pre = odooPreflight(config, secret);
    if (auto ca = caProblem(run->http))
        pre.lines << *ca;
    if (!pre.lines.isEmpty()) {
        const ConnectionReport::Line first = pre.lines.first();
        emitLater(run, [this, run, first] {
            run->deleteLater();
            Q_EMIT odooChoicesLoaded(Error::plain(ErrorKind::Config,
                                                 first.title + u": "_s + first.message + u' ' + first.nextStep));
        });
        return;
    }
    auto *client = new OdooClient(run->http, QUrl(config.odooUrl.trimmed()), config.odooDatabase.trimmed(),
                                  config.odooLogin.trimmed(), secret, run);
    auto *job = new OdooChoicesJob(client);
    connect(job, &OdooChoicesJob::finished, run, [this, run](const Result<OdooChoices> &choices) {
        run->deleteLater();
        if (choices) {
            Q_EMIT odooChoicesLoaded(choices);
            return;
        }
        Error shown = choices.error();
        shown.message = shown.message + u' ' + odooNextStep(shown.kind);
        Q_EMIT odooChoicesLoaded(shown);
    });
}

void ConnectionTester::createFields(const Config &config, const QString &secret,
                                    const QList<OdooQueries::CustomField> &fields)
{
    Run *run = newRun(Fields, config);
    auto *client = new OdooClient(run->http, QUrl(config.odooUrl.trimmed()), config.odooDatabase.trimmed(),
                                  config.odooLogin.trimmed(), secret, run);
    auto *job = new CreateFieldsJob(client, fields);
    connect(job, &CreateFieldsJob::finished, run, [this, run](const Result<QStringList> &created) {
        run->deleteLater();
        Q_EMIT fieldsCreated(created);
    });
}

} // namespace ysb
