#pragma once

#include "OdooModel.h"

namespace ysb::sim {

// Fixed ids of the base data every simulated database has (as in a fresh Odoo 17 with stock).
namespace odooids {
constexpr int kCompany = 1;
constexpr int kAdminUid = 2;
constexpr int kClerkUid = 3;     // Sales "User: All Documents" + Inventory "User": the clerk's user
constexpr int kClerkOwnUid = 4;  // Sales "User: Own Documents Only" + Inventory "User"
constexpr int kSalesOnlyUid = 5; // Sales "User: All Documents", no Inventory rights
constexpr int kUnits = 1;
constexpr int kCustomersLocation = 5;
constexpr int kWarehouseView = 7;
constexpr int kWarehouseStock = 8;
constexpr int kWarehouse = 1;
constexpr int kPickingTypeOut = 2;
} // namespace odooids

/// A user of the simulated database and the xml ids of its groups (implied groups included).
struct SimUser {
    int uid = 0;
    QString login; // the administrator's login is OdooSim::Options::login
    QString name;
    QStringList groups;
};
/// The administrator, the clerk (all documents + inventory), an own-documents clerk and a sales user
/// without inventory rights, as a company sets them up in Odoo 17.
const QList<SimUser> &odooUsers();
/// The user with this uid, or nullptr.
const SimUser *odooUser(int uid);

/// Defines the models of the Odoo 17 simulator and loads the base data (company, users, countries,
/// warehouse WH with its locations and picking types, xml ids). customFields adds the x_ysell_* fields.
void defineOdooSchema(OdooStore &store, bool customFields);

/// Adds a manual (x_) field to a model and its ir.model.fields record; returns the record id.
int addManualField(OdooStore &store, const QString &model, const QString &name, const QString &ttype,
                   const QString &description, const QList<std::pair<QString, QString>> &selection = {},
                   const QString &relation = {});
/// Keeps ir.model / ir.model.fields in step with the models (called after schema changes).
void syncIrModel(OdooStore &store);

/// sale.order.action_confirm: procurement group, the order's own WH/OUT picking, FIFO reservation
/// (or, for bulk orders, the given serials per product id).
Status confirmSaleOrder(OdooStore &store, int orderId, const QHash<int, QList<int>> &lotsToReserve = {});
/// stock.picking.action_cancel: moves cancelled, reservations released.
void cancelPicking(OdooStore &store, int pickingId);
/// stock.picking.action_confirm: draft moves become confirmed.
void confirmPicking(OdooStore &store, int pickingId);
/// stock.picking.button_validate with skip_sms: checks serials, marks moves done, updates qty_delivered.
Status validatePicking(OdooStore &store, int pickingId);

} // namespace ysb::sim
