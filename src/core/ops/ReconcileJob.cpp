#include "ReconcileJob.h"

#include "IsoTime.h"
#include "journal/Journal.h"
#include "net/HttpClient.h"
#include "odoo/DeliveryRoute.h"
#include "odoo/OdooClient.h"
#include "odoo/OdooParse.h"
#include "ysell/YsellClient.h"
#include "ysell/YsellJobs.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

QJsonArray leaf(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonArray{field, op, value};
}

QString text(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString(); // Odoo says false for an empty char field
}

// An order the bridge has taken to Ysell, whatever became of it since.
bool wentToYsell(const OrderRecord &r)
{
    return !r.ysellId.isEmpty();
}

} // namespace

QString ReconcileRow::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NeverSent: return u"never_sent"_s;
    case Kind::UnknownToYsell: return u"unknown_to_ysell"_s;
    case Kind::DoneWithoutPicking: return u"done_without_picking"_s;
    case Kind::PickingWithoutDone: return u"picking_without_done"_s;
    case Kind::CancelledAfterSent: return u"cancelled_after_sent"_s;
    }
    return u"never_sent"_s;
}

QString ReconcileRow::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::NeverSent: return ReconcileJob::tr("Confirmed in Odoo, not sent");
    case Kind::UnknownToYsell: return ReconcileJob::tr("Sent, unknown to Ysell");
    case Kind::DoneWithoutPicking: return ReconcileJob::tr("Done in Ysell, no delivery");
    case Kind::PickingWithoutDone: return ReconcileJob::tr("Delivery, not done in Ysell");
    case Kind::CancelledAfterSent: return ReconcileJob::tr("Cancelled in Odoo after sending");
    }
    return QString();
}

QString ReconcileRow::found(Qt::TimeSpec spec) const
{
    if (!nextAttemptAt.isValid())
        return detail;
    const QString at = nextAttemptAt.toTimeSpec(spec).toString(u"yyyy-MM-dd HH:mm"_s);
    return spec == Qt::UTC ? ReconcileJob::tr("Waiting for its next try at %1 UTC: %2").arg(at, detail)
                           : ReconcileJob::tr("Waiting for its next try at %1: %2").arg(at, detail);
}

QJsonObject ReconcileRow::toJson() const
{
    QJsonObject o{{u"kind"_s, kindName(kind)},   {u"order"_s, order},         {u"odoo_id"_s, odooId},
                  {u"label"_s, kindLabel(kind)}, {u"detail"_s, found(Qt::UTC)}, {u"advice"_s, advice}};
    if (pickingId)
        o.insert(u"picking_id"_s, pickingId);
    if (nextAttemptAt.isValid())
        o.insert(u"next_attempt_at"_s, isoTime(nextAttemptAt));
    return o;
}

QString ReconcileReport::summary() const
{
    return ReconcileJob::tr("%n disagreement(s)", nullptr, int(rows.size()))
           + ReconcileJob::tr(" among %n Odoo order(s)", nullptr, odooOrders)
           + ReconcileJob::tr(" and %n delivery(ies) from the stock location", nullptr, odooPickings);
}

ReconcileJob *ReconcileJob::start(const Config &config, const BridgeSecrets &secrets, const Journal *journal,
                                  Clock *clock, QObject *parent)
{
    auto *job = new ReconcileJob(journal, parent);
    const Status ready = job->setUp(config, secrets, clock);
    // Callers connect after start() returns, so every outcome arrives from the event loop.
    QMetaObject::invokeMethod(
        job,
        [job, ready] {
            if (job->isFinished())
                return; // cancelled before it began
            if (ready.ok())
                job->readOrders(0);
            else
                job->done(ready.error());
        },
        Qt::QueuedConnection);
    return job;
}

ReconcileJob::ReconcileJob(const Journal *journal, QObject *parent)
    : OneShotJob(parent)
    , m_journal(journal)
{
}

ReconcileJob::~ReconcileJob()
{
    delete m_odoo;
    delete m_ysell;
    delete m_http;
}

Status ReconcileJob::setUp(const Config &config, const BridgeSecrets &secrets, Clock *clock)
{
    if (Status ready = Bridge::checkReady(config, secrets); !ready.ok())
        return ready;
    if (!m_journal)
        return Error::make(ErrorKind::Storage, Text(TextKind::ThereNoJournalYetNothing));
    const Result<YsellMapping> mapping = config.mapping();
    if (!mapping.ok())
        return mapping.error();
    m_config = config;
    HttpSettings http;
    http.extraCaFile = config.extraCaFile;
    http.maxInflightPerHost = config.maxInflight;
    // No exchange sink: a reconciliation only reads, and leaves no trace in the journal.
    m_http = new HttpClient(http, clock);
    if (Status s = m_http->loadExtraCa(); !s.ok())
        return s.error();
    m_odoo = new OdooClient(m_http, QUrl(config.odooUrl), config.odooDatabase, config.odooLogin, secrets.odooSecret,
                            nullptr, clock);
    m_ysell = new YsellClient(m_http, QUrl(config.ysellBaseUrl), config.routes(), config.doneStatuses,
                              secrets.ysellToken);
    m_ysell->setMapping(mapping.value());
    return m_ysell->checkConfig();
}

void ReconcileJob::page(const QString &model, const QJsonArray &domain, const QStringList &fields, int offset,
                        std::function<void(const QJsonArray &)> then)
{
    ++m_report.odooCalls;
    auto *job = m_odoo->call(model, u"search_read"_s, QJsonArray{domain},
                             QJsonObject{{u"fields"_s, QJsonArray::fromStringList(fields)},
                                         {u"limit"_s, kPageSize},
                                         {u"offset"_s, offset},
                                         {u"order"_s, u"id asc"_s}});
    connect(job, &OdooCallJob::finished, this, [this, then](const Result<QJsonValue> &r) {
        if (isFinished())
            return; // cancelled while the page was on its way
        if (!r.ok())
            done(r.error());
        else
            then(r.value().toArray());
    });
}

void ReconcileJob::readOrders(int offset)
{
    QJsonArray domain{leaf(u"state"_s, u"in"_s, QJsonArray{u"sale"_s, u"done"_s, u"cancel"_s})};
    if (m_config.startDate.isValid())
        domain.append(leaf(u"date_order"_s, u">="_s,
                           OdooParse::formatOdooDateTime(QDateTime(m_config.startDate, QTime(0, 0), Qt::UTC))));
    page(u"sale.order"_s, domain, {u"name"_s, u"state"_s}, offset, [this, offset](const QJsonArray &records) {
        for (const QJsonValue &v : records) {
            const QJsonObject o = v.toObject();
            m_orders.append({o.value(u"id"_s).toInteger(), text(o, u"name"_s), text(o, u"state"_s)});
        }
        if (records.size() == kPageSize)
            readOrders(offset + kPageSize);
        else
            readRoute();
    });
}

void ReconcileJob::readRoute()
{
    m_report.odooOrders = int(m_orders.size());
    m_report.odooCalls += 3; // location, Customers, delivery types
    auto *job = new DeliveryRouteJob(m_odoo, m_config.shemaxLocation, m_config.pickingType, this);
    connect(job, &DeliveryRouteJob::finished, this, [this](const DeliveryOutcome &route) {
        if (isFinished())
            return;
        if (!route.location.ok) {
            done(route.error());
            return;
        }
        m_shemaxId = route.route.shemaxId;
        m_shemaxName = route.route.shemaxName;
        readPickings(0);
    });
}

void ReconcileJob::readPickings(int offset)
{
    const QJsonArray domain{leaf(u"location_id"_s, u"="_s, m_shemaxId),
                            leaf(u"state"_s, u"!="_s, u"cancel"_s)};
    page(u"stock.picking"_s, domain, {u"name"_s, u"origin"_s, u"state"_s}, offset,
         [this, offset](const QJsonArray &records) {
             for (const QJsonValue &v : records) {
                 const QJsonObject o = v.toObject();
                 m_pickings.append(
                     {o.value(u"id"_s).toInteger(), text(o, u"name"_s), text(o, u"origin"_s), text(o, u"state"_s)});
             }
             if (records.size() == kPageSize)
                 readPickings(offset + kPageSize);
             else
                 lookUpInYsell();
         });
}

void ReconcileJob::lookUpInYsell()
{
    m_report.odooPickings = int(m_pickings.size());
    if (!m_journal) {
        done(Error::make(ErrorKind::Storage, Text(TextKind::JournalClosedDuringReconciliation)));
        return;
    }
    Result<QList<OrderRecord>> stored = m_journal->orders();
    if (!stored.ok()) {
        done(stored.error());
        return;
    }
    m_records = std::move(stored).value();
    QList<const OrderRecord *> toAsk;
    for (const OrderRecord &r : std::as_const(m_records)) {
        // The sweep's set: sent and not yet picked. Picked orders keep the done status they had.
        if (wentToYsell(r) && (r.state == OrderState::Sent || r.state == OrderState::Done))
            toAsk << &r;
    }
    m_pendingLookups = int(toAsk.size());
    m_report.ysellLookups = m_pendingLookups;
    if (toAsk.isEmpty()) {
        compare();
        return;
    }
    for (const OrderRecord *r : std::as_const(toAsk)) {
        const qint64 id = r->odooId;
        auto *job = m_ysell->orderStatus(r->ysellId, r->ysellNumber.isEmpty() ? r->name : r->ysellNumber);
        connect(job, &OrderStatusJob::finished, this,
                [this, id](const Result<YsellOrderInfo> &res) { onStatus(id, res); });
    }
}

void ReconcileJob::onStatus(qint64 odooId, const Result<YsellOrderInfo> &result)
{
    if (isFinished())
        return;
    if (result.ok()) {
        m_ysellStatus.insert(odooId, result.value().status);
    } else if (result.error().kind == ErrorKind::MissingRecord) {
        m_unknownToYsell.insert(odooId);
    } else {
        done(result.error()); // no connection, refused token: no row can be trusted
        return;
    }
    if (--m_pendingLookups == 0)
        compare();
}

void ReconcileJob::compare()
{
    const YsellStatusRules rules(m_config.doneStatuses, m_config.attentionStatuses);
    QHash<qint64, const OrderRecord *> byId;
    for (const OrderRecord &r : std::as_const(m_records)) {
        if (r.odooId && (r.odooDb.isEmpty() || r.odooDb == m_config.odooDatabase))
            byId.insert(r.odooId, &r);
    }
    QList<ReconcileRow> &rows = m_report.rows;
    auto add = [&rows](ReconcileRow::Kind kind, const QString &order, qint64 id, const QString &detail,
                       const QString &advice, qint64 pickingId = 0, const QDateTime &nextAttemptAt = {}) {
        rows.append({kind, order, id, pickingId, detail, advice, nextAttemptAt});
    };

    for (const OdooOrder &o : std::as_const(m_orders)) {
        const OrderRecord *r = byId.value(o.id);
        if (o.state == u"cancel"_s) {
            if (r && wentToYsell(*r)) {
                add(ReconcileRow::Kind::CancelledAfterSent, o.name, o.id,
                    tr("Cancelled in Odoo; Ysell has it as order %1 (Ysell id %2).")
                        .arg(r->ysellNumber.isEmpty() ? r->name : r->ysellNumber, r->ysellId),
                    tr("Cancel it in Ysell by hand (Ysell Bridge never cancels in Ysell); if it was shipped, "
                       "handle the return in Odoo."));
            }
            continue;
        }
        if (r && wentToYsell(*r))
            continue;
        QString why;
        QString advice;
        QDateTime nextAttemptAt;
        if (!r) {
            why = tr("Ysell Bridge has not seen it yet.");
            advice = tr("Run a send (Send now in the app, or ysell-bridge-cli send); if it stays, check that the "
                        "order is confirmed on or after the start date and visible to the bridge's Odoo user.");
        } else if (r->state == OrderState::NeedsAttention) {
            why = r->lastError.render();
            advice = tr("Fix what the problem says (in Odoo, or enter the serial numbers), then Retry.");
        } else if (r->state == OrderState::Sending) {
            why = tr("Its create request had no clear answer.");
            advice = tr("Retry: Ysell Bridge looks the order up in Ysell before sending anything.");
        } else if (r->state == OrderState::Closed) {
            why = tr("Ysell Bridge closed it (the order was not confirmed in Odoo when it looked).");
            advice = tr("If it must go to Ysell, create it there by hand.");
        } else {
            // The time of the next try is kept as a time: found() shows it in the reader's time zone.
            why = r->nextAttemptAt.isValid() ? r->lastError.render() : tr("Waiting for the next send.");
            nextAttemptAt = r->nextAttemptAt;
            advice = tr("Nothing, unless it keeps failing: then read the problem in its log.");
        }
        add(ReconcileRow::Kind::NeverSent, o.name, o.id, why, advice, 0, nextAttemptAt);
    }

    QHash<qint64, const Picking *> pickingById;
    QHash<QString, const Picking *> pickingByOrigin;
    for (const Picking &p : std::as_const(m_pickings)) {
        pickingById.insert(p.id, &p);
        if (!p.origin.isEmpty())
            pickingByOrigin.insert(p.origin, &p);
    }
    QSet<qint64> matchedPickings;
    for (const OrderRecord &r : std::as_const(m_records)) {
        if (!wentToYsell(r) || r.state == OrderState::Closed)
            continue;
        const QString number = r.ysellNumber.isEmpty() ? r.name : r.ysellNumber;
        const Picking *picking = r.pickingId ? pickingById.value(r.pickingId) : nullptr;
        if (!picking)
            picking = pickingByOrigin.value(number, pickingByOrigin.value(r.name));
        if (picking)
            matchedPickings.insert(picking->id);
        if (m_unknownToYsell.contains(r.odooId)) {
            add(ReconcileRow::Kind::UnknownToYsell, r.name, r.odooId,
                tr("The journal has it as sent (Ysell id %1, number %2); Ysell does not know that id.")
                    .arg(r.ysellId, number),
                tr("Search Ysell for order number %1. If Ysell does not have it, create it there by hand or ask "
                   "Ysell support; Ysell Bridge does not send an order twice by itself.")
                    .arg(number));
            continue;
        }
        const YsellStatus status = m_ysellStatus.value(r.odooId, rules.make(r.ysellStatusCode, r.ysellStatusName));
        const bool done = !status.code.isEmpty() && rules.classify(status.code) == YsellStatusClass::Done;
        const QString shown = ysellStatusLabel(status.code, status.name);
        if (done && !picking) {
            add(ReconcileRow::Kind::DoneWithoutPicking, r.name, r.odooId,
                tr("Ysell reports it done (%1); Odoo has no delivery of it from %2.").arg(shown, m_shemaxName),
                tr("Run a status check (F5 in the app, or ysell-bridge-cli sweep): it creates the draft delivery; "
                   "if that fails, the order's problem says why."));
        } else if (!done && picking) {
            add(ReconcileRow::Kind::PickingWithoutDone, r.name, r.odooId,
                tr("Odoo has the delivery %1 from %2, but Ysell's status is %3.")
                    .arg(picking->name, m_shemaxName, shown.isEmpty() ? tr("unknown") : shown),
                tr("Check in Ysell whether it shipped; if it did not, cancel the delivery %1 in Odoo.")
                    .arg(picking->name),
                picking->id);
        }
    }
    for (const Picking &p : std::as_const(m_pickings)) {
        if (matchedPickings.contains(p.id))
            continue;
        add(ReconcileRow::Kind::PickingWithoutDone, p.origin.isEmpty() ? p.name : p.origin, 0,
            tr("Odoo has the delivery %1 from %2 for an order Ysell Bridge never sent to Ysell.")
                .arg(p.name, m_shemaxName),
            tr("Check who made it; if the goods did not leave through Ysell, cancel the delivery %1 in Odoo.")
                .arg(p.name),
            p.id);
    }
    done(m_report);
}

void ReconcileJob::cancel()
{
    done(Error::make(ErrorKind::Cancelled, Text(TextKind::ReconcileCancelled)));
}

void ReconcileJob::done(const Result<ReconcileReport> &result)
{
    finishOnce(&ReconcileJob::finished, result);
}

} // namespace ysb
