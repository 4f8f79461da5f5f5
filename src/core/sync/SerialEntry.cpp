#include "sync/SerialEntry.h"

#include "Logging.h"
#include "journal/Journal.h"
#include "odoo/OdooClient.h"
#include "odoo/OdooParse.h"
#include "odoo/OdooQueries.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ysb {

QList<SerialLine> SerialEntry::trackedLines(const SaleOrder &order, const QHash<qint64, QStringList> &entered)
{
    QList<SerialLine> lines;
    for (const OrderLine &l : order.lines) {
        if (!l.isProductLine() || l.product.tracking != u"serial"_s)
            continue;
        SerialLine line;
        line.lineId = l.id;
        line.product = l.product.displayName.isEmpty() ? l.name : l.product.displayName;
        line.pieces = int(std::lround(l.quantityInProductUnit().quantity)); // pieces: 1 Dozens needs 12 serials
        line.serials = entered.value(l.id);
        lines << line;
    }
    return lines;
}

QString SerialEntry::usedElsewhere(const Journal &journal, const OrderKey &order, const QString &serial)
{
    OrderFilter f;
    f.search = serial;
    f.limit = 20;
    const Result<QList<OrderRecord>> hits = journal.orders(f);
    if (!hits.ok()) { // the check is a help, not a guard: the send checks again
        qCWarning(lcSync) << "serials not checked for other orders:" << hits.error().detail;
        return QString();
    }
    for (const OrderRecord &r : hits.value()) {
        const bool same = order.odooId ? r.odooId == order.odooId && r.odooDb == order.odooDb : r.name == order.name;
        if (!same && r.serials.split(u' ', Qt::SkipEmptyParts).contains(serial))
            return r.name;
    }
    return QString();
}

Status SerialEntry::checkLine(const SerialLine &line, const QStringList &serials)
{
    for (qsizetype i = 0; i < serials.size(); ++i) {
        if (serials.indexOf(serials.at(i)) != i)
            return Error::make(ErrorKind::Validation, Text(TextKind::SerialNumberGivenTwice).arg(serials.at(i)));
    }
    const int n = int(serials.size());
    if (n != 0 && n != line.pieces) {
        return Error::make(ErrorKind::Validation,
                           Text(TextKind::NeedsSerialNumbersAreEntered).arg(line.product).arg(line.pieces).arg(n));
    }
    return Ok{};
}

Result<SavedSerials> SerialEntry::save(Journal &journal, const OrderKey &order,
                                       const QHash<qint64, QStringList> &serialsByLine, const QList<SerialLine> &known)
{
    // In line order, so that the same entry always meets the same first problem.
    QList<qint64> lineIds = serialsByLine.keys();
    std::sort(lineIds.begin(), lineIds.end());
    QHash<qint64, QStringList> clean;
    QStringList seen;
    for (qint64 lineId : std::as_const(lineIds)) {
        QStringList serials;
        for (const QString &s : serialsByLine.value(lineId)) {
            const QString t = s.trimmed();
            if (t.isEmpty())
                continue;
            if (seen.contains(t))
                return Error::make(ErrorKind::Validation, Text(TextKind::SerialNumberGivenTwice).arg(t));
            seen << t;
            serials << t;
        }
        for (const SerialLine &line : known) {
            if (line.lineId != lineId)
                continue;
            if (Status s = checkLine(line, serials); !s.ok())
                return s.error();
        }
        clean.insert(lineId, serials);
    }
    for (const QString &s : std::as_const(seen)) {
        if (const QString other = usedElsewhere(journal, order, s); !other.isEmpty())
            return Error::make(ErrorKind::Validation, Text(TextKind::SerialNumberAlreadyUsedOrder).arg(s).arg(other));
    }
    const Result<std::optional<OrderRecord>> found = journal.orderByKey(order);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return Error::make(ErrorKind::MissingRecord, Text(TextKind::SerialNumbersOrderWereNot).arg(order.name));
    const Result<QHash<qint64, QStringList>> read = journal.serials(order);
    if (!read.ok())
        return read.error();
    const QHash<qint64, QStringList> &before = read.value();
    QList<Journal::LineSerials> lines;
    QList<Journal::NewEvent> events;
    for (qint64 lineId : std::as_const(lineIds)) {
        const QStringList &serials = clean.value(lineId);
        lines << Journal::LineSerials{lineId, serials};
        if (serials == before.value(lineId) && !serials.isEmpty())
            continue; // the same serials again: nothing happened worth an event
        if (serials.isEmpty() && !before.contains(lineId))
            continue;
        events << Journal::NewEvent{u"serials"_s, serials.isEmpty()
                                                      ? Text(TextKind::SerialsRemoved).arg(lineId)
                                                      : Text(TextKind::SerialsEntered).arg(lineId).argList(serials)};
    }
    // All lines or none: a save that fails half-way must not leave the order with part of the entry.
    if (Status s = journal.saveSerials(order, lines, events); !s.ok())
        return s.error();
    SavedSerials saved;
    saved.order = *found.value(); // line serials live beside the order's row, which the save leaves as it was
    saved.sendAgain = saved.order.state == OrderState::New || saved.order.state == OrderState::NeedsAttention;
    return saved;
}

SerialLinesJob::SerialLinesJob(OdooClient *odoo, const Journal *journal, QObject *parent)
    : OneShotJob(parent)
    , m_odoo(odoo)
    , m_journal(journal)
{
}

SerialLinesJob::~SerialLinesJob() = default;

SerialLinesJob *SerialLinesJob::start(OdooClient *odoo, const Journal *journal, const QString &orderRef,
                                      const QString &odooDb, QObject *parent)
{
    auto *job = new SerialLinesJob(odoo, journal, parent);
    // Callers connect after start() returns, so every outcome arrives from the event loop.
    QMetaObject::invokeMethod(job, [job, orderRef, odooDb] { job->read(orderRef, odooDb); }, Qt::QueuedConnection);
    return job;
}

void SerialLinesJob::read(const QString &orderRef, const QString &odooDb)
{
    if (!m_journal || !m_odoo) {
        done(Error::make(ErrorKind::Cancelled, Text(TextKind::JournalClosed)));
        return;
    }
    const Result<OrderRecord> found = m_journal->findOrder(orderRef, odooDb);
    if (!found.ok()) {
        done(found.error());
        return;
    }
    m_order = found.value();
    if (m_order.odooId <= 0) {
        done(Error::make(ErrorKind::MissingRecord,
                         Text(TextKind::OrderHasNoOdooId).arg(m_order.name)));
        return;
    }
    OdooCallJob *call = m_odoo->call(u"sale.order"_s, u"web_search_read"_s, QJsonArray{},
                                     OdooQueries::orderByIdKwargs(m_order.odooId), m_order.name, m_order.odooId);
    connect(call, &OdooCallJob::finished, this, &SerialLinesJob::onOrderRead);
}

void SerialLinesJob::onOrderRead(const Result<QJsonValue> &result)
{
    const Result<SaleOrderPage> page = result.ok() ? OdooParse::orderPage(result.value())
                                                   : Result<SaleOrderPage>(result.error());
    if (!page.ok()) {
        done(Error::make(page.error().kind,
                         Text(TextKind::CouldNotReadLinesFrom).arg(m_order.name).arg(page.error().asText()),
                         page.error().detail));
        return;
    }
    if (page.value().orders.isEmpty()) {
        done(Error::make(ErrorKind::MissingRecord, Text(TextKind::OdooNoLongerHasOrder).arg(m_order.name)));
        return;
    }
    if (!m_journal) {
        done(Error::make(ErrorKind::Cancelled, Text(TextKind::JournalClosed)));
        return;
    }
    const Result<QHash<qint64, QStringList>> entered = m_journal->serials(OrderKey::of(m_order));
    if (!entered.ok()) {
        done(entered.error());
        return;
    }
    OrderSerialLines out;
    out.order = m_order;
    out.lines = SerialEntry::trackedLines(page.value().orders.first(), entered.value());
    done(out);
}

void SerialLinesJob::done(const Result<OrderSerialLines> &result)
{
    finishOnce(&SerialLinesJob::finished, result);
}

} // namespace ysb
