#pragma once

#include <QList>
#include <QString>

namespace ysb {

class Journal;
struct OrderRecord;

/// The order's number in Ysell (order_num, the bridge's idempotency reference). It is fixed with the
/// send intent and never changes after. It is the Odoo name, unless another order of that name
/// (other companies, a manual rename) already holds that number, or has no number yet and a lower
/// Odoo id: then NAME-<odoo id>.
namespace YsellNumber {

/// What is known about the other orders of the same name.
struct Facts {
    QString name;                 // the order's Odoo name
    qint64 odooId = 0;            // its Odoo id (0: not read from Odoo yet)
    QString stored;               // the number stored with an earlier intent, if any
    qint64 holderId = 0;          // Odoo id of an order that holds the plain name as its number (0: none)
    QList<qint64> unnumberedIds;  // Odoo ids of other orders of this name that have no number yet
};

/// The number, from the facts alone.
QString choose(const Facts &facts);
/// "NAME-<odoo id>".
QString own(const QString &name, qint64 odooId);
/// The facts the journal holds about `record` (its number holder, its unnumbered namesakes).
Facts fromJournal(const Journal &journal, const OrderRecord &record);

} // namespace YsellNumber
} // namespace ysb
