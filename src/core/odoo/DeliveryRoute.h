#pragma once

#include "Error.h"
#include "Text.h"
#include "odoo/OdooModels.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ysb {

class OdooClient;

/// Where the bridge's deliveries go: from the ShemaxGlobal location to the Customers location, with a
/// delivery (outgoing) operation type of ShemaxGlobal's warehouse.
struct DeliveryRoute {
    int shemaxId = 0;
    QString shemaxName; // complete name, e.g. "WH/ShemaxGlobal"
    int warehouseId = 0;
    QString warehouseName;
    int customersId = 0;
    PickingTypeRef type;    // the delivery operation type the pickings get
    QStringList otherTypes; // the warehouse's other delivery types the choice passed over (ambiguity)
};

/// One step of resolving the route: what was found, or what is wrong and what to do about it.
struct DeliveryStep {
    bool checked = false;  // false: not looked at, an earlier step failed (message says which)
    bool ok = false;
    bool warning = false;  // ok, but the clerk should read it (several delivery types to choose from)
    Text message;          // data, shown in the reader's language (the picking's problem is stored)
    Text nextStep;         // what to do; empty when ok and no warning
    std::optional<Error> requestError; // Odoo could not be asked; message says what was being read
};

/// All three steps; `route` is complete when ok().
struct DeliveryOutcome {
    DeliveryRoute route;
    DeliveryStep location;  // ShemaxGlobal
    DeliveryStep customers; // the standard Customers location
    DeliveryStep type;      // the delivery operation type
    bool ok() const { return location.ok && customers.ok && type.ok; }
    /// The first step's failure as an error: a failed request as Odoo's error (so that refused
    /// credentials stay recognisable), otherwise a Config error saying what is wrong and what to do.
    Error error() const;
    /// The warning of the type step (several delivery types), message and next step; empty if none.
    Text warningText() const;
};

/// The rules, as pure functions over what Odoo answered; DeliveryRouteJob asks and applies them.
namespace DeliveryRules {
/// ShemaxGlobal among the internal locations matching `wanted` (OdooQueries::locationByNameDomain, an
/// ilike): an exact name or full name wins over a partial match; several candidates are ambiguous;
/// the location must belong to a warehouse. Fills the location part of `route` when ok.
DeliveryStep shemaxLocation(const QList<LocationRef> &found, const QString &wanted, DeliveryRoute &route);
/// The delivery type among the warehouse's outgoing types, `types` in Odoo's order (sequence, id):
/// the one named `wanted` ([sync] picking_type, by name or "Warehouse: Name") when set, otherwise the
/// first, with a warning that names the others when there are several. Fills route.type when ok.
DeliveryStep deliveryType(const QList<PickingTypeRef> &types, const QString &wanted, DeliveryRoute &route);
} // namespace DeliveryRules

/// Resolves the DeliveryRoute in Odoo: the ShemaxGlobal location by name, the Customers location by
/// its XML id, the delivery types of ShemaxGlobal's warehouse by sequence. One resolver for the
/// setup check and the picking step, so that both name the same delivery type. Starts on the next
/// event-loop turn; emits finished() once, then deletes itself.
class DeliveryRouteJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryRouteJob)
public:
    /// `shemaxLocation`: name or complete name ([sync] shemax_location); `pickingType`: [sync]
    /// picking_type, empty for the first delivery type of the warehouse. The job is a child of
    /// `client` unless `parent` is given.
    DeliveryRouteJob(OdooClient *client, QString shemaxLocation, QString pickingType, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const ysb::DeliveryOutcome &outcome);

private:
    void findShemax();
    void findCustomers();
    void findType();
    void done();

    OdooClient *m_client = nullptr;
    QString m_shemax;
    QString m_pickingType;
    DeliveryOutcome m_outcome;
};

} // namespace ysb
