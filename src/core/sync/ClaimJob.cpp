#include "ClaimJob.h"

#include "sync/Lease.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ysb {
namespace {

QString stringValue(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

} // namespace

ClaimJob::ClaimJob(SyncContext &ctx, QString what, QHash<QString, int> idsByName, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_what(std::move(what))
    , m_ids(std::move(idsByName))
{
}

void ClaimJob::start()
{
    if (m_ids.isEmpty()) {
        finish(m_outcome);
        return;
    }
    readStates(false);
}

void ClaimJob::readStates(bool afterWrite)
{
    QJsonArray ids;
    const QStringList names = afterWrite ? m_candidates : m_ids.keys();
    for (const QString &n : names)
        ids.append(m_ids.value(n));
    const QJsonObject kwargs{{u"fields"_s, QJsonArray{u"name"_s, u"x_ysell_state"_s, u"x_ysell_order_id"_s}}};
    auto *job = m_ctx.odooCall(u"sale.order"_s, u"search_read"_s,
                               QJsonArray{QJsonArray{QJsonArray{u"id"_s, u"in"_s, ids}}}, kwargs);
    onOdoo(job, this, [this, afterWrite](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            finish(r.error());
            return;
        }
        onStates(r.value(), afterWrite);
    });
}

void ClaimJob::onStates(const QJsonValue &records, bool afterWrite)
{
    // Matched by Odoo id: two orders can share a name.
    QHash<int, QJsonObject> byId;
    for (const QJsonValue &v : records.toArray())
        byId.insert(v.toObject().value(u"id"_s).toInt(), v.toObject());
    const QDateTime now = m_ctx.now();
    QStringList next;
    for (const QString &n : afterWrite ? m_candidates : m_ids.keys()) {
        const QJsonObject o = byId.value(m_ids.value(n));
        const QString ysellId = stringValue(o, u"x_ysell_order_id"_s);
        const QString state = stringValue(o, u"x_ysell_state"_s);
        if (!ysellId.isEmpty() && m_what == u"sending"_s) {
            m_outcome.alreadySent.insert(n, ysellId);
        } else if (afterWrite ? !Lease::heldBy(state, m_ctx.instanceId)
                              : Lease::heldByOther(state, m_ctx.instanceId, now)) {
            m_outcome.takenByOther << n;
            m_outcome.claimOf.insert(n, state);
        } else {
            next << n;
        }
    }
    if (afterWrite) {
        m_outcome.claimed = next;
        finish(m_outcome);
        return;
    }
    m_candidates = next;
    if (m_candidates.isEmpty()) {
        finish(m_outcome);
        return;
    }
    QJsonArray ids;
    for (const QString &n : std::as_const(m_candidates))
        ids.append(m_ids.value(n));
    const QString lease = Lease::make(m_what, m_ctx.instanceId, now.addSecs(Lease::DurationSecs));
    auto *job = m_ctx.odooCall(u"sale.order"_s, u"write"_s, QJsonArray{ids, QJsonObject{{u"x_ysell_state"_s, lease}}});
    onOdoo(job, this, [this](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            finish(r.error());
            return;
        }
        QTimer::singleShot(m_ctx.claimSettleMs, this, [this] { readStates(true); });
    });
}

void ClaimJob::finish(const Result<ClaimOutcome> &outcome)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(outcome);
    deleteLater();
}

} // namespace ysb
