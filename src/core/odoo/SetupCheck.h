#pragma once

#include "OneShotJob.h"
#include "Result.h"
#include "odoo/OdooModels.h"
#include "odoo/OdooQueries.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

namespace ysb {

class OdooClient;
struct DeliveryStep;

/// One line of the setup check: what was checked, whether it is fine, and what to do if not.
struct SetupItem {
    enum class Check { ServerVersion, SignIn, Rights, CustomFields, ShemaxLocation, CustomersLocation, OutgoingType };
    Check check = Check::ServerVersion;
    QString title;    // "Odoo version", "Sign-in"…
    bool ok = false;
    QString message;  // plain words: what was found
    QString nextStep; // what to do next; empty when ok and not a warning
    bool warning = false; // ok, but the bridge will not see everything (e.g. "Own Documents Only")
};

/// The outcome of a SetupCheckJob, with the ids the sync needs when the checks pass.
struct SetupReport {
    QList<SetupItem> items;
    ServerVersion version;
    int uid = 0;
    QList<OdooQueries::CustomField> missingFields; // x_ysell_* fields not in Odoo yet
    bool fieldsChecked = false;                    // the field list could be read
    int shemaxLocationId = 0;
    QString shemaxLocationName; // complete name, e.g. "WH/ShemaxGlobal"
    int warehouseId = 0;
    int customersLocationId = 0;
    int outgoingPickingTypeId = 0;

    bool allOk() const;
    const SetupItem *item(SetupItem::Check check) const;
    /// The order specification may ask for x_ysell_* only when all of them exist.
    bool ysellFieldsPresent() const { return fieldsChecked && missingFields.isEmpty(); }
};

/// Settings the setup check depends on.
struct SetupCheckOptions {
    QString shemaxLocationName = QStringLiteral("ShemaxGlobal"); // name or complete name of the location
    QString pickingType; // [sync] picking_type: empty = the first delivery type of the warehouse
};

/// Checks, one after the other, that Odoo is ready for Ysell Bridge: server 17.x, sign-in, the
/// x_ysell_* fields, the ShemaxGlobal location, the Customers location and the outgoing operation
/// type of the ShemaxGlobal warehouse. Starts on the next event-loop turn; emits finished() once,
/// then deletes itself. Checks that depend on a failed one are reported as not checked.
class SetupCheckJob final : public OneShotJob {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupCheckJob)
public:
    /// The job is a child of `client` unless `parent` is given.
    explicit SetupCheckJob(OdooClient *client, SetupCheckOptions options = {}, QObject *parent = nullptr);

Q_SIGNALS:
    /// One item per check, in order.
    void finished(const ysb::SetupReport &report);

private:
    void start();
    void checkVersion();
    void checkSignIn();
    void checkRights();
    void checkNextRight(qsizetype index);
    void checkAllDocuments();
    void checkFields();
    void checkRoute();
    void addStep(SetupItem::Check check, const DeliveryStep &step);
    void add(SetupItem::Check check, bool ok, const QString &message, const QString &nextStep = {},
             bool warning = false);
    void addNotChecked(SetupItem::Check check, const QString &because);
    void addError(SetupItem::Check check, const Error &error, const QString &what);
    void done();

    OdooClient *m_client = nullptr;
    SetupCheckOptions m_options;
    SetupReport m_report;
    QStringList m_missingRights;     // "model operation" keys the user lacks
    bool m_readsOrders = false;
};

/// Which x_ysell_* fields exist, asked with fields_get on each model (any user may call it; the
/// ir.model.fields list is for administrators only). Starts on the next event-loop turn; emits
/// finished() once, then deletes itself.
class YsellFieldsJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YsellFieldsJob)
public:
    /// The job is a child of `client` unless `parent` is given.
    explicit YsellFieldsJob(OdooClient *client, QObject *parent = nullptr);

Q_SIGNALS:
    /// The "model/name" keys of the x_ysell_* fields that exist, or the error of the first failed call.
    void finished(const ysb::Result<QStringList> &present);

private:
    void next();

    OdooClient *m_client = nullptr;
    QStringList m_models;
    QStringList m_present;
};

/// Creates the missing x_ysell_* custom fields (ir.model.fields, state "manual"). Needs Odoo
/// Administration rights; without them the AccessRights error says whom to ask. Starts on the next
/// event-loop turn; emits finished() once, then deletes itself.
class CreateFieldsJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateFieldsJob)
public:
    explicit CreateFieldsJob(OdooClient *client, QList<OdooQueries::CustomField> fields,
                             QObject *parent = nullptr);

Q_SIGNALS:
    /// The "model/name" keys of the fields created, or the error that stopped the job.
    void finished(const ysb::Result<QStringList> &created);

private:
    void start();
    void createNext();
    void fail(const Error &error);
    void finish(const Result<QStringList> &result);

    OdooClient *m_client = nullptr;
    QList<OdooQueries::CustomField> m_fields;
    QHash<QString, int> m_modelIds;
    QStringList m_created;
    bool m_done = false;
};

} // namespace ysb
