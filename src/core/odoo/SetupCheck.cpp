#include "odoo/SetupCheck.h"

#include "Logging.h"
#include "odoo/DeliveryRoute.h"
#include "odoo/OdooClient.h"
#include "odoo/OdooParse.h"

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

QString titleOf(SetupItem::Check check)
{
    switch (check) {
    case SetupItem::Check::ServerVersion:
        return QCoreApplication::translate("ysb::SetupCheckJob", "Odoo version");
    case SetupItem::Check::SignIn:
        return QCoreApplication::translate("ysb::SetupCheckJob", "Database and sign-in");
    case SetupItem::Check::Rights:
        return QCoreApplication::translate("ysb::SetupCheckJob", "Rights of the Odoo user");
    case SetupItem::Check::CustomFields:
        return QCoreApplication::translate("ysb::SetupCheckJob", "Ysell fields in Odoo");
    case SetupItem::Check::ShemaxLocation:
        return QCoreApplication::translate("ysb::SetupCheckJob", "ShemaxGlobal location");
    case SetupItem::Check::CustomersLocation:
        return QCoreApplication::translate("ysb::SetupCheckJob", "Customers location");
    case SetupItem::Check::OutgoingType:
        return QCoreApplication::translate("ysb::SetupCheckJob", "Delivery operation type");
    }
    return {};
}

QString adminHelp()
{
    return QCoreApplication::translate("ysb::SetupCheckJob",
                                       "Ask an Odoo administrator to give your user the rights, or to do this step.");
}

// What to do next after a failed request, by kind of failure.
QString nextStepFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::BadCredentials:
        return QCoreApplication::translate("ysb::SetupCheckJob",
                                           "Check the login and the password or API key in the settings.");
    case ErrorKind::WrongDatabase:
        return QCoreApplication::translate("ysb::SetupCheckJob",
                                           "Check the database name in the settings (it is shown on the Odoo "
                                           "login page under “Manage databases”).");
    case ErrorKind::AccessRights:
        return adminHelp();
    case ErrorKind::InsecureUrl:
    case ErrorKind::Config:
    case ErrorKind::Dns:
    case ErrorKind::Refused:
        return QCoreApplication::translate("ysb::SetupCheckJob",
                                           "Check the Odoo address in the settings and that the server is running.");
    case ErrorKind::Tls:
        return QCoreApplication::translate("ysb::SetupCheckJob",
                                           "Check the server certificate, or add its CA file in the settings.");
    case ErrorKind::Timeout:
    case ErrorKind::Network:
    case ErrorKind::RateLimited:
    case ErrorKind::Http:
        return QCoreApplication::translate("ysb::SetupCheckJob", "Try again later; if it persists, ask the Odoo "
                                                                 "administrator whether the server is working.");
    default:
        return QCoreApplication::translate("ysb::SetupCheckJob", "Show this message to the Odoo administrator.");
    }
}

// What the bridge does in Odoo, checked one by one with check_access_rights, and the group (as Odoo
// names it on the user's Access Rights tab) that gives the right to a clerk's user.
struct Right {
    const char *model;
    const char *operation;
    const char *what;
    bool inventory; // Inventory "User"; otherwise Sales "User: All Documents"
};
constexpr Right kRights[] = {
    {"sale.order", "read", QT_TRANSLATE_NOOP("ysb::SetupCheckJob", "read sales orders"), false},
    {"sale.order", "write", QT_TRANSLATE_NOOP("ysb::SetupCheckJob", "store the Ysell id and state on sales orders"), false},
    {"mail.message", "create", QT_TRANSLATE_NOOP("ysb::SetupCheckJob", "post notes on sales orders"), false},
    {"product.product", "read", QT_TRANSLATE_NOOP("ysb::SetupCheckJob", "read products"), false},
    {"stock.location", "read", QT_TRANSLATE_NOOP("ysb::SetupCheckJob", "read locations"), true},
    {"stock.move.line", "read", QT_TRANSLATE_NOOP("ysb::SetupCheckJob", "read reserved serial numbers"), true},
    {"stock.quant", "read", QT_TRANSLATE_NOOP("ysb::SetupCheckJob", "read the stock in ShemaxGlobal"), true},
    {"stock.picking", "create", QT_TRANSLATE_NOOP("ysb::SetupCheckJob", "create deliveries"), true},
    {"stock.picking", "write", QT_TRANSLATE_NOOP("ysb::SetupCheckJob", "confirm and cancel deliveries"), true},
    {"stock.move.line", "create", QT_TRANSLATE_NOOP("ysb::SetupCheckJob", "reserve serial numbers on deliveries"), true},
};

QString salesAllGroup()
{
    return QCoreApplication::translate("ysb::SetupCheckJob", "Sales “User: All Documents”");
}

QString inventoryUserGroup()
{
    return QCoreApplication::translate("ysb::SetupCheckJob", "Inventory “User”");
}

} // namespace

bool SetupReport::allOk() const
{
    if (items.isEmpty())
        return false;
    return std::all_of(items.cbegin(), items.cend(), [](const SetupItem &i) { return i.ok; });
}

const SetupItem *SetupReport::item(SetupItem::Check check) const
{
    for (const SetupItem &i : items) {
        if (i.check == check)
            return &i;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// SetupCheckJob

SetupCheckJob::SetupCheckJob(OdooClient *client, SetupCheckOptions options, QObject *parent)
    : OneShotJob(parent ? parent : client)
    , m_client(client)
    , m_options(std::move(options))
{
    QMetaObject::invokeMethod(this, &SetupCheckJob::start, Qt::QueuedConnection);
}

void SetupCheckJob::start()
{
    checkVersion();
}

void SetupCheckJob::add(SetupItem::Check check, bool ok, const QString &message, const QString &nextStep,
                        bool warning)
{
    m_report.items << SetupItem{check, titleOf(check), ok, message, ok && !warning ? QString() : nextStep, warning};
}

void SetupCheckJob::addNotChecked(SetupItem::Check check, const QString &because)
{
    add(check, false, tr("Not checked: %1").arg(because), tr("Fix the problem above, then run the check again."));
}

void SetupCheckJob::addError(SetupItem::Check check, const Error &error, const QString &what)
{
    add(check, false, what + u' ' + error.message, nextStepFor(error));
}

void SetupCheckJob::checkVersion()
{
    OdooCallJob *job = m_client->version();
    connect(job, &OdooCallJob::finished, this, [this](const Result<QJsonValue> &r) {
        if (!r) {
            addError(SetupItem::Check::ServerVersion, r.error(), tr("Odoo could not be reached."));
            const QString because = tr("Odoo could not be reached.");
            for (auto c : {SetupItem::Check::SignIn, SetupItem::Check::Rights, SetupItem::Check::CustomFields,
                           SetupItem::Check::ShemaxLocation,
                           SetupItem::Check::CustomersLocation, SetupItem::Check::OutgoingType})
                addNotChecked(c, because);
            done();
            return;
        }
        const Result<ServerVersion> v = OdooParse::serverVersion(r.value());
        if (!v) {
            addError(SetupItem::Check::ServerVersion, v.error(), QString());
        } else {
            m_report.version = v.value();
            if (v->major == 17)
                add(SetupItem::Check::ServerVersion, true, tr("Odoo %1 answers.").arg(v->version));
            else
                add(SetupItem::Check::ServerVersion, false,
                    tr("This server runs Odoo %1; Ysell Bridge is made for Odoo 17.").arg(v->version),
                    tr("Connect to an Odoo 17 server, or ask for a Ysell Bridge version made for Odoo %1.")
                        .arg(v->serie));
        }
        checkSignIn();
    });
}

void SetupCheckJob::checkSignIn()
{
    OdooCallJob *job = m_client->authenticate();
    connect(job, &OdooCallJob::finished, this, [this](const Result<QJsonValue> &r) {
        if (!r) {
            add(SetupItem::Check::SignIn, false, r.error().message, nextStepFor(r.error()));
            const QString because = tr("signing in to Odoo failed.");
            for (auto c : {SetupItem::Check::Rights, SetupItem::Check::CustomFields, SetupItem::Check::ShemaxLocation,
                           SetupItem::Check::CustomersLocation, SetupItem::Check::OutgoingType})
                addNotChecked(c, because);
            done();
            return;
        }
        m_report.uid = r->toInt();
        add(SetupItem::Check::SignIn, true,
            tr("Signed in to database “%1” as %2.").arg(m_client->database(), m_client->login()));
        checkRights();
    });
}

void SetupCheckJob::checkRights()
{
    m_missingRights.clear();
    m_readsOrders = false;
    checkNextRight(0);
}

// One right per request, answered true/false without touching any record (tags 4j.*).
void SetupCheckJob::checkNextRight(qsizetype index)
{
    if (index >= qsizetype(std::size(kRights))) {
        checkAllDocuments();
        return;
    }
    const Right &right = kRights[index];
    OdooCallJob *job = m_client->call(QString::fromLatin1(right.model), u"check_access_rights"_s,
                                      QJsonArray{QString::fromLatin1(right.operation)},
                                      QJsonObject{{u"raise_exception"_s, false}});
    connect(job, &OdooCallJob::finished, this, [this, index](const Result<QJsonValue> &r) {
        if (!r) {
            addError(SetupItem::Check::Rights, r.error(), tr("The rights of your Odoo user could not be checked."));
            checkFields();
            return;
        }
        const Right &right = kRights[index];
        if (!r->toBool())
            m_missingRights << QString::fromLatin1(right.model) + u' ' + QString::fromLatin1(right.operation);
        else if (index == 0)
            m_readsOrders = true;
        checkNextRight(index + 1);
    });
}

void SetupCheckJob::checkAllDocuments()
{
    OdooCallJob *job = m_client->call(u"res.users"_s, u"has_group"_s,
                                      QJsonArray{u"sales_team.group_sale_salesman_all_leads"_s});
    connect(job, &OdooCallJob::finished, this, [this](const Result<QJsonValue> &r) {
        if (!r) {
            addError(SetupItem::Check::Rights, r.error(), tr("The rights of your Odoo user could not be checked."));
            checkFields();
            return;
        }
        const bool allDocuments = r->toBool();
        QStringList cannot;
        QStringList groups;
        for (const Right &right : kRights) {
            if (!m_missingRights.contains(QString::fromLatin1(right.model) + u' ' + QString::fromLatin1(right.operation)))
                continue;
            cannot << tr(right.what);
            const QString group = right.inventory ? inventoryUserGroup() : salesAllGroup();
            if (!groups.contains(group))
                groups << group;
        }
        if (m_readsOrders && !allDocuments && !groups.contains(salesAllGroup()))
            groups.prepend(salesAllGroup());
        const QString howTo = tr("Ask an Odoo administrator to give the user %1 the rights %2 (Settings → Users & "
                                 "Companies → Users → Access Rights).")
                                  .arg(m_client->login(), groups.join(tr(" and ")));
        if (!cannot.isEmpty()) {
            add(SetupItem::Check::Rights, false,
                tr("Your Odoo user may not %1.").arg(cannot.join(u", "_s)), howTo);
        } else if (!allDocuments) {
            // Odoo answers "no orders" rather than an error for the orders of other salespeople (tag
            // 4j.sale.search_count.own_docs): say so, or the clerk waits for orders that never come.
            add(SetupItem::Check::Rights, true,
                tr("Your Odoo user has Sales “User: Own Documents Only”: Odoo shows it only the orders "
                   "where it is the salesperson, so the other confirmed orders are never sent to Ysell."),
                howTo, true);
        } else {
            add(SetupItem::Check::Rights, true,
                tr("Your Odoo user may read and update sales orders and create deliveries."));
        }
        checkFields();
    });
}

void SetupCheckJob::checkFields()
{
    auto *job = new YsellFieldsJob(m_client, this);
    connect(job, &YsellFieldsJob::finished, this, [this](const Result<QStringList> &keys) {
        if (!keys) {
            addError(SetupItem::Check::CustomFields, keys.error(), tr("The fields could not be looked up."));
        } else {
            m_report.fieldsChecked = true;
            QStringList missing;
            for (const OdooQueries::CustomField &f : OdooQueries::ysellFields()) {
                if (!keys->contains(f.key())) {
                    m_report.missingFields << f;
                    missing << f.model + u'.' + f.name;
                }
            }
            if (missing.isEmpty())
                add(SetupItem::Check::CustomFields, true, tr("The fields x_ysell_product_id, x_ysell_order_id and "
                                                             "x_ysell_state exist."));
            else
                add(SetupItem::Check::CustomFields, false, tr("Missing in Odoo: %1.").arg(missing.join(u", "_s)),
                    tr("Let Ysell Bridge create them (needs Odoo Administration rights), or ask an Odoo "
                       "administrator to create them as text fields."));
        }
        checkRoute();
    });
}

// The same resolver as the picking step (DeliveryRouteJob), so that the check names the delivery type
// the sweep will use.
void SetupCheckJob::checkRoute()
{
    auto *job = new DeliveryRouteJob(m_client, m_options.shemaxLocationName, m_options.pickingType, this);
    connect(job, &DeliveryRouteJob::finished, this, [this](const DeliveryOutcome &outcome) {
        const DeliveryRoute &route = outcome.route;
        m_report.shemaxLocationId = route.shemaxId;
        m_report.shemaxLocationName = route.shemaxName;
        m_report.warehouseId = route.warehouseId;
        m_report.customersLocationId = route.customersId;
        m_report.outgoingPickingTypeId = outcome.ok() ? route.type.id : 0;
        addStep(SetupItem::Check::ShemaxLocation, outcome.location);
        addStep(SetupItem::Check::CustomersLocation, outcome.customers);
        addStep(SetupItem::Check::OutgoingType, outcome.type);
        done();
    });
}

void SetupCheckJob::addStep(SetupItem::Check check, const DeliveryStep &step)
{
    // The report is shown as soon as the check ends, so its lines are worded now.
    if (!step.checked)
        addNotChecked(check, step.message.render());
    else if (step.requestError)
        add(check, false, step.message.render(), nextStepFor(*step.requestError));
    else
        add(check, step.ok, step.message.render(), step.nextStep.render(), step.warning);
}

void SetupCheckJob::done()
{
    if (isFinished())
        return;
    qCInfo(lcOdoo) << "setup check finished:" << (m_report.allOk() ? "all ok" : "problems found");
    finishOnce(&SetupCheckJob::finished, m_report);
}

// ---------------------------------------------------------------------------------------------
// YsellFieldsJob

YsellFieldsJob::YsellFieldsJob(OdooClient *client, QObject *parent)
    : QObject(parent ? parent : client)
    , m_client(client)
{
    for (const OdooQueries::CustomField &f : OdooQueries::ysellFields()) {
        if (!m_models.contains(f.model))
            m_models << f.model;
    }
    QMetaObject::invokeMethod(this, &YsellFieldsJob::next, Qt::QueuedConnection);
}

void YsellFieldsJob::next()
{
    if (m_models.isEmpty()) {
        Q_EMIT finished(m_present);
        deleteLater();
        return;
    }
    const QString model = m_models.takeFirst();
    QJsonArray names;
    for (const OdooQueries::CustomField &f : OdooQueries::ysellFields()) {
        if (f.model == model)
            names << f.name;
    }
    // Unknown names are simply absent from the answer (tag 4j.sale.fields_get.nonadmin).
    OdooCallJob *job = m_client->call(model, u"fields_get"_s, QJsonArray{names},
                                      QJsonObject{{u"attributes"_s, QJsonArray{u"type"_s, u"string"_s}}});
    connect(job, &OdooCallJob::finished, this, [this, model](const Result<QJsonValue> &r) {
        const Result<QStringList> keys = r ? OdooParse::fieldsGetKeys(model, r.value()) : Result<QStringList>(r.error());
        if (!keys) {
            Q_EMIT finished(keys.error());
            deleteLater();
            return;
        }
        m_present << keys.value();
        next();
    });
}

// ---------------------------------------------------------------------------------------------
// CreateFieldsJob

CreateFieldsJob::CreateFieldsJob(OdooClient *client, QList<OdooQueries::CustomField> fields, QObject *parent)
    : QObject(parent ? parent : client)
    , m_client(client)
    , m_fields(std::move(fields))
{
    QMetaObject::invokeMethod(this, &CreateFieldsJob::start, Qt::QueuedConnection);
}

void CreateFieldsJob::start()
{
    if (m_fields.isEmpty()) {
        finish(QStringList());
        return;
    }
    QJsonArray models;
    for (const OdooQueries::CustomField &f : std::as_const(m_fields)) {
        if (!models.contains(f.model))
            models.append(f.model);
    }
    OdooCallJob *job = m_client->call(u"ir.model"_s, u"search_read"_s,
                                      QJsonArray{QJsonArray{QJsonArray{u"model"_s, u"in"_s, models}}},
                                      QJsonObject{{u"fields"_s, QJsonArray{u"id"_s, u"model"_s}}});
    connect(job, &OdooCallJob::finished, this, [this](const Result<QJsonValue> &r) {
        const Result<QHash<QString, int>> ids =
            r ? OdooParse::modelIds(r.value()) : Result<QHash<QString, int>>(r.error());
        if (!ids) {
            fail(ids.error());
            return;
        }
        m_modelIds = ids.value();
        createNext();
    });
}

void CreateFieldsJob::createNext()
{
    if (m_fields.isEmpty()) {
        finish(m_created);
        return;
    }
    const OdooQueries::CustomField field = m_fields.takeFirst();
    const int modelId = m_modelIds.value(field.model);
    if (modelId == 0) {
        fail(Error::make(ErrorKind::MissingRecord,
                         Text(TextKind::OdooHasNoModel).arg(field.model),
                         u"ir.model not found: "_s + field.model));
        return;
    }
    // One field per request: each create reloads the Odoo registry, and a failure names its field.
    OdooCallJob *job = m_client->call(u"ir.model.fields"_s, u"create"_s,
                                      QJsonArray{OdooQueries::customFieldValues(field, modelId)});
    connect(job, &OdooCallJob::finished, this, [this, field](const Result<QJsonValue> &r) {
        if (!r) {
            Error e = r.error();
            if (e.kind != ErrorKind::AccessRights)
                e.setText(Text(TextKind::CreatingFieldFailed).arg(field.model).arg(field.name).arg(e.asText()));
            fail(e);
            return;
        }
        m_created << field.key();
        createNext();
    });
}

void CreateFieldsJob::fail(const Error &error)
{
    Error e = error;
    if (e.kind == ErrorKind::AccessRights) {
        e.setText(Text(TextKind::MayNotCreateFields));
    }
    finish(e);
}

void CreateFieldsJob::finish(const Result<QStringList> &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace ysb
