#include "YsellNumber.h"

#include "journal/Journal.h"

using namespace Qt::StringLiterals;

namespace ysb::YsellNumber {

QString own(const QString &name, qint64 odooId)
{
    return u"%1-%2"_s.arg(name).arg(odooId);
}

QString known(const OrderRecord &record)
{
    return record.ysellNumber.isEmpty() ? record.name : record.ysellNumber;
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

Result<Facts> fromJournal(const Journal &journal, const OrderRecord &record)
{
    Facts f;
    f.name = record.name;
    f.odooId = record.odooId;
    f.stored = record.ysellNumber;
    if (!f.stored.isEmpty() || f.odooId == 0)
        return f; // decided without the others
    const Result<std::optional<OrderRecord>> holder = journal.orderByYsellNumber(record.name);
    if (!holder.ok())
        return holder.error();
    if (const std::optional<OrderRecord> &h = holder.value())
        f.holderId = h->odooId != 0 ? h->odooId : -1; // a holder without an id is still another order
    const Result<QList<OrderRecord>> named = journal.ordersNamed(record.name);
    if (!named.ok())
        return named.error();
    for (const OrderRecord &other : named.value()) {
        if (other.ysellNumber.isEmpty())
            f.unnumberedIds << other.odooId;
    }
    return f;
}

Result<QString> forOrder(const Journal &journal, const OrderRecord &record, const std::function<void(Facts &)> &more)
{
    Result<Facts> facts = fromJournal(journal, record);
    if (!facts.ok())
        return facts.error();
    if (more && facts->stored.isEmpty() && facts->odooId != 0)
        more(facts.value());
    return choose(facts.value());
}

} // namespace ysb::YsellNumber
