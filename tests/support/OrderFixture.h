#pragma once

#include "journal/OrderRecord.h"

#include <QDateTime>

namespace ysb::test {

/// 2026-11-`day` `hour`:`minute` UTC.
inline QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

/// An order with every field set, to hard values (quotes, SQL, HTML, Cyrillic), for round trips.
inline OrderRecord fullRecord(const QString &name)
{
    using namespace Qt::StringLiterals;
    OrderRecord o;
    o.name = name;
    // The Odoo id is the order's identity: each name of the fixture is another order.
    o.odooId = 4242 + qint64(qHash(name, 0) % 100000);
    o.odooDb = u"odoo-prod"_s;
    o.ysellNumber = name + u"-42"_s;
    o.customer = u"Иванов Пётр «ООО Ромашка»"_s;
    o.confirmedAt = utc(27, 14, 5);
    o.ysellId = u"98765"_s;
    o.ysellStatusCode = u"7.1"_s;
    o.ysellStatusName = u"Order shipped"_s;
    o.state = OrderState::PickingCreated;
    o.lastError = Text::data(u"Ysell said: \"duplicate\" ; DROP TABLE orders;--"_s);
    o.lastErrorKind = u"already_exists"_s;
    o.attempts = 3;
    o.nextAttemptAt = utc(28, 10, 30);
    o.pickingId = 77;
    o.pickingName = u"WH/OUT/00077"_s;
    o.warning = Text::data(u"Note has <b>HTML</b> & 'quotes'"_s);
    o.otherDeliveries = u"WH/OUT/00003, WH/OUT/00004"_s;
    o.serials = u"SN-YS-0001 SN-YS-0002"_s;
    o.payloadHash = u"sha256:abc123"_s;
    o.sentAt = utc(27, 15);
    o.doneAt = utc(28, 9);
    o.lastCheckedAt = utc(28, 9, 1);
    o.statusChangedAt = utc(28, 8, 55);
    o.staleReason = Text::data(u"Ysell has kept the order in status 3.1 since «then»; it's stale"_s);
    o.odooActivityId = 31;
    return o;
}

} // namespace ysb::test
