#include "YsellNumber.h"

#include "journal/Journal.h"

using namespace Qt::StringLiterals;

namespace ysb::YsellNumber {

QString own(const QString &name, qint64 odooId)
{
    return u"%1-%2"_s.arg(name).arg(odooId);
}

QString choose(const Facts &f)
{
    if (!f.stored.isEmpty())
        return f.stored;
    if (f.odooId == 0)
        return f.name;
    if (f.holderId != 0 && f.holderId != f.odooId)
        return own(f.name, f.odooId);
    for (qint64 other : f.unnumberedIds) {
        if (other != 0 && other != f.odooId && other < f.odooId)
            return own(f.name, f.odooId);
    }
    return f.name;
}

Facts fromJournal(const Journal &journal, const OrderRecord &record)
{
    Facts f;
    f.name = record.name;
    f.odooId = record.odooId;
    f.stored = record.ysellNumber;
    if (!f.stored.isEmpty() || f.odooId == 0)
        return f; // decided without the others
    if (const auto holder = journal.orderByYsellNumber(record.name))
        f.holderId = holder->odooId != 0 ? holder->odooId : -1; // a holder without an id is still another order
    for (const OrderRecord &other : journal.ordersNamed(record.name)) {
        if (other.ysellNumber.isEmpty())
            f.unnumberedIds << other.odooId;
    }
    return f;
}

} // namespace ysb::YsellNumber
