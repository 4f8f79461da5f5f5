#pragma once

#include <QStringList>

namespace ysb::sim {

class OdooStore;

/// The --demo data set and bulk confirmed orders for the Odoo simulator.
namespace OdooDemoData {
/// Partners (Cyrillic and German addresses), products (serial, lot, untracked), stock in WH/Stock and
/// ShemaxGlobal, and confirmed orders with reserved serials, plus draft/cancelled orders.
void load(OdooStore &store);
/// n more confirmed orders, every product with a Ysell id, serial products with unique reserved serials.
QStringList addConfirmedOrders(OdooStore &store, int count);
} // namespace OdooDemoData

} // namespace ysb::sim
