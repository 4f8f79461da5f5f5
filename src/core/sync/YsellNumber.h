#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <functional>

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

/// The number the record alone gives: the one stored with its intent, else its name. It keys an
/// order within a cycle (two orders can share a name, never a number) and is the origin of its picking.
QString known(const OrderRecord &record);
/// The number, from the facts alone.
QString choose(const Facts &facts);
/// "NAME-<odoo id>".
QString own(const QString &name, qint64 odooId);
/// The facts the journal holds about `record` (its number holder, its unnumbered namesakes), or the
/// error that kept the journal from telling them.
Result<Facts> fromJournal(const Journal &journal, const OrderRecord &record);
/// The number `record` is (or would now be) sent under: choose() over the journal's facts, completed by
/// `more` (what the caller read beyond the journal) when the record alone does not decide it.
Result<QString> forOrder(const Journal &journal, const OrderRecord &record,
                         const std::function<void(Facts &)> &more = {});

} // namespace YsellNumber
} // namespace ysb
