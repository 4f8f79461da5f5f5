#include "ActivityJob.h"

#include "Logging.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

const QString kSaleOrder = u"sale.order"_s;
const QString kActivity = u"mail.activity"_s;

QJsonArray odooIds(const QList<OrderRecord> &orders)
{
    QJsonArray ids;
    for (const OrderRecord &o : orders)
        ids.append(o.odooId);
    return ids;
}

} // namespace

QString ActivityJob::summaryPrefix()
{
    return u"Ysell Bridge: "_s;
}

ActivityJob::ActivityJob(SyncContext &ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
{
}

void ActivityJob::start()
{
    // One read: the orders that need a person (a To-Do to open) and those with a To-Do (to close).
    OrderFilter concerned;
    concerned.states = {OrderState::NeedsAttention};
    concerned.orStale = true;
    concerned.orOdooActivity = true;
    const Result<QList<OrderRecord>> orders = m_ctx.journal->orders(concerned);
    if (!orders.ok()) {
        qCWarning(lcSync) << "activities not updated, the journal could not be read:" << orders.error().detail;
        finish();
        return;
    }
    const QString db = m_ctx.config.odooDatabase;
    const auto ofThisOdoo = [&db](const OrderRecord &o) { return o.odooId > 0 && (o.odooDb.isEmpty() || o.odooDb == db); };
    for (const OrderRecord &o : orders.value()) {
        if (!ofThisOdoo(o))
            continue;
        if (!needsPerson(o)) {
            if (o.odooActivityId != 0)
                m_toClose << o;
        } else if (o.odooActivityId == 0 && o.lastError.kind() != TextKind::MissingInOdoo) {
            // An order Odoo no longer lists has no document to put a To-Do on.
            m_toOpen << o;
        }
    }
    closeDone();
}

void ActivityJob::closeDone()
{
    if (m_toClose.isEmpty()) {
        openNeeded();
        return;
    }
    const QString feedback = Text(TextKind::ActivityFeedback).render();
    OdooBatchJob::Calls calls;
    // Marking done twice is harmless: a repeated call finds the activity gone (MissingError).
    calls.repeatable = true;
    calls.group = [this, feedback](const QList<int> &items) {
        QJsonArray ids;
        for (int i : items)
            ids.append(m_toClose.at(i).odooActivityId);
        return m_ctx.odooCall(kActivity, u"action_feedback"_s, QJsonArray{ids}, QJsonObject{{u"feedback"_s, feedback}});
    };
    calls.single = [this, feedback](int i) {
        const OrderRecord &o = m_toClose.at(i);
        return m_ctx.odooCall(kActivity, u"action_feedback"_s, QJsonArray{QJsonArray{o.odooActivityId}},
                              QJsonObject{{u"feedback"_s, feedback}}, OrderKey::of(o));
    };
    auto *batch = new OdooBatchJob(int(m_toClose.size()), GroupSize, std::move(calls), this);
    connect(batch, &OdooBatchJob::finished, this, [this](const OdooBatchJob::Failures &failures) {
        for (qsizetype i = 0; i < m_toClose.size(); ++i) {
            const OrderRecord &o = m_toClose.at(i);
            const auto failure = failures.constFind(int(i));
            if (failure != failures.cend() && failure->kind != ErrorKind::MissingRecord) {
                fail(o, *failure);
                continue;
            }
            // Done by the bridge now, or already by a person in Odoo (the activity is gone): either way closed.
            setActivity(o, 0);
            m_ctx.event(OrderKey::of(o), u"odoo_activity"_s,
                        Text(failure == failures.cend() ? TextKind::ActivityClosed : TextKind::ActivityGone));
            ++m_closed;
        }
        openNeeded();
    });
    batch->start();
}

void ActivityJob::openNeeded()
{
    if (m_toOpen.isEmpty()) {
        finish();
        return;
    }
    resolveTodoType();
}

// The To-Do type by its XML id, as ChatterNotesJob finds mt_note (tag 4h: check_object_reference).
void ActivityJob::resolveTodoType()
{
    resolve(
        m_ctx.todoActivityTypeId,
        [this] {
            return m_ctx.odooCall(u"ir.model.data"_s, u"check_object_reference"_s,
                                  QJsonArray{u"mail"_s, u"mail_activity_data_todo"_s});
        },
        [](const QJsonValue &v) { return v.toArray().at(1).toInt(); }, u"no To-Do type id"_s,
        &ActivityJob::resolveModelId);
}

// mail.activity.res_model_id is required (res_model is only its related, read-only name).
void ActivityJob::resolveModelId()
{
    resolve(
        m_ctx.saleOrderModelId,
        [this] {
            return m_ctx.odooCall(u"ir.model"_s, u"search_read"_s,
                                  QJsonArray{QJsonArray{QJsonArray{u"model"_s, u"="_s, kSaleOrder}}},
                                  QJsonObject{{u"fields"_s, QJsonArray{u"id"_s}}, {u"limit"_s, 1}});
        },
        [](const QJsonValue &v) { return v.toArray().at(0).toObject().value(u"id"_s).toInt(); },
        u"no ir.model for sale.order"_s, &ActivityJob::readSalespeople);
}

void ActivityJob::resolve(std::optional<int> &cached, const std::function<OdooCallJob *()> &call,
                          const std::function<int(const QJsonValue &)> &idOf, const QString &detail,
                          void (ActivityJob::*next)())
{
    if (cached) {
        (this->*next)();
        return;
    }
    onOdoo(call(), this, [this, &cached, idOf, detail, next](const Result<QJsonValue> &r) {
        const int id = r.ok() ? idOf(r.value()) : 0;
        if (id <= 0) {
            failAllToOpen(r, detail);
            return;
        }
        cached = id;
        (this->*next)();
    });
}

// sale.order.user_id of each order, a page of ids per call. An order this user may not read keeps no
// salesperson: its To-Do goes to the signed-in user, and Odoo decides whether that user may make it.
void ActivityJob::readSalespeople()
{
    auto pending = std::make_shared<int>(0);
    for (qsizetype first = 0; first < m_toOpen.size(); first += ReadPageSize) {
        ++*pending;
        const QJsonArray domain{QJsonArray{u"id"_s, u"in"_s, odooIds(m_toOpen.mid(first, ReadPageSize))}};
        auto *job = m_ctx.odooCall(kSaleOrder, u"search_read"_s, QJsonArray{domain},
                                   QJsonObject{{u"fields"_s, QJsonArray{u"user_id"_s}}});
        onOdoo(job, this, [this, pending](const Result<QJsonValue> &r) {
            if (!r.ok())
                qCInfo(lcSync) << "salespeople not read; To-Dos go to the signed-in user:" << r.error().detail;
            for (const QJsonValue &row : r.ok() ? r.value().toArray() : QJsonArray()) {
                const int user = row[u"user_id"_s].toArray().at(0).toInt();
                if (user > 0)
                    m_salesperson.insert(row[u"id"_s].toInteger(), user);
            }
            if (--*pending == 0)
                findExisting();
        });
    }
}

// The bridge's To-Dos already on these orders: made by a create whose answer was lost, or by
// another workstation. They are taken over, not made again; without this answer none is made.
void ActivityJob::findExisting()
{
    const QJsonArray domain{QJsonArray{u"res_model"_s, u"="_s, kSaleOrder},
                            QJsonArray{u"res_id"_s, u"in"_s, odooIds(m_toOpen)},
                            QJsonArray{u"activity_type_id"_s, u"="_s, *m_ctx.todoActivityTypeId},
                            QJsonArray{u"summary"_s, u"=like"_s, QString(summaryPrefix() + u'%')}};
    auto *job = m_ctx.odooCall(kActivity, u"search_read"_s, QJsonArray{domain},
                               QJsonObject{{u"fields"_s, QJsonArray{u"res_id"_s}}});
    onOdoo(job, this, [this](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            failAllToOpen(r, {});
            return;
        }
        QHash<qint64, int> existing;
        for (const QJsonValue &row : r.value().toArray())
            existing.insert(row[u"res_id"_s].toInteger(), row[u"id"_s].toInt());
        QList<OrderRecord> rest;
        for (const OrderRecord &o : std::as_const(m_toOpen)) {
            if (const int id = existing.value(o.odooId); id > 0) {
                setActivity(o, id);
                m_ctx.event(OrderKey::of(o), u"odoo_activity"_s, Text(TextKind::ActivityAdopted).arg(id));
                ++m_opened;
            } else {
                rest << o;
            }
        }
        m_toOpen = rest;
        create();
    });
}

void ActivityJob::create()
{
    if (m_toOpen.isEmpty()) {
        finish();
        return;
    }
    m_created = QList<int>(m_toOpen.size(), 0);
    const QString today = m_ctx.now().toUTC().date().toString(Qt::ISODate);
    const auto vals = [this, today](int i) {
        const OrderRecord &o = m_toOpen.at(i);
        const QString reason = orderProblem(o);
        QJsonObject v{{u"res_model_id"_s, *m_ctx.saleOrderModelId},
                      {u"res_id"_s, o.odooId},
                      {u"activity_type_id"_s, *m_ctx.todoActivityTypeId},
                      {u"summary"_s, QString(summaryPrefix() + Text(TextKind::ActivitySummary).arg(o.name).render())},
                      {u"note"_s, QString(u"<p>"_s + Text(TextKind::ActivityNote).arg(o.name).arg(reason).render().toHtmlEscaped()
                                          + u"</p>"_s)},
                      {u"date_deadline"_s, today}};
        // Without a salesperson Odoo assigns the To-Do to the signed-in user.
        if (const int user = m_salesperson.value(o.odooId); user > 0)
            v.insert(u"user_id"_s, user);
        return v;
    };
    // The ids of the answer, in the order of the values sent (model_create_multi keeps the order).
    const auto keepIds = [this](OdooCallJob *job, QList<int> items) {
        connect(job, &OdooCallJob::finished, this, [this, items](const Result<QJsonValue> &r) {
            if (!r.ok())
                return;
            const QJsonValue v = r.value();
            const QJsonArray ids = v.isArray() ? v.toArray() : QJsonArray{v};
            for (qsizetype k = 0; k < items.size() && k < ids.size(); ++k)
                m_created[items.at(k)] = ids.at(k).toInt();
        });
        return job;
    };
    OdooBatchJob::Calls calls;
    // A lost answer may be a made To-Do: the group is not sent again, the next run looks first.
    calls.repeatable = false;
    calls.group = [this, vals, keepIds](const QList<int> &items) {
        QJsonArray list;
        for (int i : items)
            list.append(vals(i));
        return keepIds(m_ctx.odooCall(kActivity, u"create"_s, QJsonArray{list}), items);
    };
    calls.single = [this, vals, keepIds](int i) {
        return keepIds(m_ctx.odooCall(kActivity, u"create"_s, QJsonArray{QJsonArray{vals(i)}}, {},
                                      OrderKey::of(m_toOpen.at(i))),
                       {i});
    };
    auto *batch = new OdooBatchJob(int(m_toOpen.size()), GroupSize, std::move(calls), this);
    connect(batch, &OdooBatchJob::finished, this, [this](const OdooBatchJob::Failures &failures) {
        for (qsizetype i = 0; i < m_toOpen.size(); ++i) {
            const OrderRecord &o = m_toOpen.at(i);
            if (const auto failure = failures.constFind(int(i)); failure != failures.cend()) {
                fail(o, *failure);
            } else if (m_created.at(i) > 0) {
                setActivity(o, m_created.at(i));
                m_ctx.event(OrderKey::of(o), u"odoo_activity"_s, Text(TextKind::ActivityOpened).arg(m_created.at(i)));
                ++m_opened;
            } else {
                fail(o, Error::make(ErrorKind::Protocol, Text(TextKind::OdooNotJsonRpc), u"create answered no id"_s));
            }
        }
        finish();
    });
    batch->start();
}

void ActivityJob::failAllToOpen(const Result<QJsonValue> &answer, const QString &detail)
{
    const Error e = answer.ok() ? Error::make(ErrorKind::Protocol, Text(TextKind::OdooNotJsonRpc), detail) : answer.error();
    for (const OrderRecord &o : std::as_const(m_toOpen))
        fail(o, e);
    finish();
}

void ActivityJob::fail(const OrderRecord &order, const Error &error)
{
    ++m_failed;
    qCInfo(lcSync) << "activity of" << order.name << "not updated:" << error.kindName() << error.detail;
    // Refused again for the same reason (every cycle tries again): already told, already in the history.
    const QString kind = u"odoo_activity_failed"_s;
    const Text message = Text(TextKind::ActivityFailed).arg(error.asText());
    const Result<QList<EventRecord>> last = m_ctx.journal->events(OrderKey::of(order), 1);
    if (last.ok() && !last->isEmpty() && last->first().kind == kind && last->first().message == message)
        return;
    ++m_newFailures;
    if (!m_firstError)
        m_firstError = error;
    m_ctx.event(OrderKey::of(order), kind, message);
}

void ActivityJob::setActivity(const OrderRecord &order, qint64 activityId)
{
    const Result<OrderRecord> r = m_ctx.journal->update(OrderKey::of(order),
                                                        [activityId](OrderRecord &o) { o.odooActivityId = activityId; });
    // Not stored: the next run finds the To-Do in Odoo again (findExisting) or closes it then.
    if (!r.ok())
        qCWarning(lcSync) << "activity of" << order.name << "not recorded:" << r.error().detail;
}

void ActivityJob::finish()
{
    if (m_newFailures > 0 && m_firstError) {
        m_ctx.note(NotificationCategory::Setup, {},
                   Text(TextKind::ActivitiesFailed).arg(qint64(m_newFailures)).arg(m_firstError->asText()));
    }
    qCInfo(lcSync).nospace() << "activities: opened " << m_opened << ", closed " << m_closed << ", failed " << m_failed;
    Q_EMIT finished(m_opened, m_closed, m_failed);
    deleteLater();
}

} // namespace ysb
