#include "sync/OrderPreviewJob.h"

#include "journal/Journal.h"
#include "net/HttpClient.h"
#include "odoo/OdooClient.h"
#include "odoo/OdooParse.h"
#include "odoo/OdooQueries.h"
#include "sync/OrderPayload.h"
#include "sync/YsellNumber.h"
#include "ysell/YsellClient.h"

using namespace Qt::StringLiterals;

namespace ysb {

OrderPreviewJob::OrderPreviewJob(QString orderName, const Journal *journal, QObject *parent)
    : OneShotJob(parent)
    , m_name(std::move(orderName))
    , m_journal(journal)
{
}

OrderPreviewJob::~OrderPreviewJob()
{
    delete m_odoo;
    delete m_ysell;
    delete m_odooHttp;
}

OrderPreviewJob *OrderPreviewJob::start(const Config &config, const BridgeSecrets &secrets, const QString &orderName,
                                        const Journal *journal, Clock *clock, QObject *parent)
{
    auto *job = new OrderPreviewJob(orderName, journal, parent);
    const Status ready = job->setUp(config, secrets, clock);
    // Callers connect after start() returns, so every outcome arrives from the event loop.
    QMetaObject::invokeMethod(
        job,
        [job, ready] {
            if (ready.ok())
                job->readOrder();
            else
                job->done(ready.error());
        },
        Qt::QueuedConnection);
    return job;
}

Status OrderPreviewJob::setUp(const Config &config, const BridgeSecrets &secrets, Clock *clock)
{
    if (Status ready = Bridge::checkReady(config, secrets); !ready.ok())
        return ready;
    const Result<YsellMapping> mapping = config.mapping();
    if (!mapping.ok())
        return mapping.error();

    HttpSettings http;
    http.extraCaFile = config.extraCaFile;
    // No exchange sink: a preview leaves no trace in the journal.
    m_odooHttp = new HttpClient(http, clock);
    if (Status s = m_odooHttp->loadExtraCa(); !s.ok())
        return s.error();
    m_odoo = new OdooClient(m_odooHttp, QUrl(config.odooUrl), config.odooDatabase, config.odooLogin,
                            secrets.odooSecret, nullptr, clock);
    // The Ysell client only builds the request; it is given no HTTP client, so it cannot send.
    m_ysell = new YsellClient(nullptr, QUrl(config.ysellBaseUrl), config.routes(), config.doneStatuses,
                              secrets.ysellToken);
    m_ysell->setMapping(mapping.value());
    if (Status s = m_ysell->checkConfig(); !s.ok())
        return s.error();
    m_ctx.config = config;
    m_ctx.odoo = m_odoo;
    m_ctx.ysell = m_ysell;
    m_ctx.clock = clock;
    return Ok{};
}

void OrderPreviewJob::readOrder()
{
    m_ctx.ensureFieldsKnown(this, [this](const Status &known) {
        if (!known.ok()) {
            done(known.error());
            return;
        }
        // "#ID", or a name the journal knows for one order only, is that order (its Odoo id).
        if (m_journal) {
            const auto found = m_journal->findOrder(m_name, m_ctx.config.odooDatabase);
            if (found.ok()) {
                m_record = found.value();
            } else if (found.error().kind != ErrorKind::MissingRecord || m_name.startsWith(u'#')) {
                done(found.error());
                return;
            }
        }
        const QString name = m_record ? m_record->name : m_name;
        m_ctx.readOrdersByName({name}, this, [this, name](const Result<QList<SaleOrder>> &orders) {
            if (!orders.ok()) {
                done(orders.error());
                return;
            }
            for (const SaleOrder &o : orders.value()) {
                if (m_record && m_record->odooId ? o.id == m_record->odooId : o.name == name) {
                    readSerials(o);
                    return;
                }
            }
            done(Error::make(ErrorKind::MissingRecord,
                             Text(TextKind::OdooHasNoOrderBridge).arg(m_name)));
        });
    });
}

void OrderPreviewJob::readSerials(const SaleOrder &order)
{
    auto *job = m_ctx.odooCall(u"stock.move.line"_s, u"search_read"_s,
                               QJsonArray{OdooQueries::serialsDomain({order.id})}, OdooQueries::serialsKwargs());
    onOdoo(job, this, [this, order](const Result<QJsonValue> &r) {
        auto serials = r.ok() ? OdooParse::moveLineSerials(r.value()) : Result<QList<MoveLineSerial>>(r.error());
        if (!serials.ok()) {
            done(serials.error());
            return;
        }
        build(order, serials.value());
    });
}

void OrderPreviewJob::build(const SaleOrder &order, const QList<MoveLineSerial> &reserved)
{
    const OrderKey key = m_record ? OrderKey::of(*m_record) : OrderKey(order.name, order.id, m_ctx.config.odooDatabase);
    QHash<qint64, QStringList> clerk;
    // The number it was (or is being) sent under; for an order not sent yet, the one it would be sent
    // under now (NAME-<odoo id> when another order of its name comes first).
    QString number;
    if (m_journal) {
        const Result<QHash<qint64, QStringList>> entered = m_journal->serials(key);
        OrderRecord asRead = m_record.value_or(OrderRecord{});
        asRead.name = order.name;
        asRead.odooId = order.id;
        const Result<QString> numbered = entered.ok() ? YsellNumber::forOrder(*m_journal, asRead) : entered.error();
        if (!numbered.ok()) {
            done(numbered.error());
            return;
        }
        clerk = entered.value();
        number = numbered.value();
    }
    const PreparedOrder prepared = OrderPayload::prepare(order, reserved, clerk, number);
    const Result<HttpRequest> request = m_ysell->createRequest(prepared.payload);
    if (!request.ok()) {
        done(request.error());
        return;
    }
    OrderPreview preview;
    preview.orderName = order.name;
    preview.ysellNumber = prepared.payload.value(u"order_num"_s).toString();
    preview.requestText = m_ysell->describe(request.value());
    if (order.state != u"sale"_s)
        preview.problems << tr("The order is in state “%1” in Odoo; only confirmed orders are sent.").arg(order.state);
    if (!order.ysellOrderId.isEmpty())
        preview.problems << tr("Odoo records this order as sent to Ysell already (Ysell order %1); it is not sent "
                               "again.")
                                .arg(order.ysellOrderId);
    if (const auto &rec = m_record;
        rec && !rec->ysellId.isEmpty() && order.ysellOrderId.isEmpty()
        && (rec->state == OrderState::Sent || rec->state == OrderState::Done
            || rec->state == OrderState::PickingCreated)) {
        preview.problems << tr("The journal records this order as sent to Ysell already (Ysell order %1); it is "
                               "not sent again.")
                                .arg(rec->ysellId);
    }
    for (const Text &p : prepared.problems) // shown now, in the clerk's language
        preview.problems << p.render();
    done(preview);
}

void OrderPreviewJob::done(const Result<OrderPreview> &result)
{
    finishOnce(&OrderPreviewJob::finished, result);
}

} // namespace ysb
