#include "OdooBatchJob.h"

#include "Logging.h"
#include "odoo/OdooClient.h"

#include <QTimer>

#include <algorithm>

namespace ysb {

OdooBatchJob::OdooBatchJob(int items, int groupSize, Calls calls, QObject *parent)
    : QObject(parent)
    , m_items(std::max(0, items))
    , m_groupSize(std::max(1, groupSize))
    , m_calls(std::move(calls))
{
}

void OdooBatchJob::start()
{
    // Counted as one pending step until every group is out, so that a group answered at once cannot
    // finish the job while the others are still being started.
    m_pending = 1;
    for (int first = 0; first < m_items; first += m_groupSize) {
        QList<int> group;
        for (int i = first; i < std::min(m_items, first + m_groupSize); ++i)
            group << i;
        runGroup(group);
    }
    QTimer::singleShot(0, this, &OdooBatchJob::settle);
}

void OdooBatchJob::runGroup(const QList<int> &items)
{
    if (items.size() == 1) {
        runSingle(items.first());
        return;
    }
    ++m_pending;
    OdooCallJob *job = m_calls.group(items);
    connect(job, &OdooCallJob::finished, this, [this, items](const Result<QJsonValue> &r) {
        if (!r.ok()) {
            const Error &e = r.error();
            qCInfo(lcOdoo) << "a group of" << items.size() << "was refused:" << e.kindName() << e.detail;
            // Refused credentials, or an answer lost after the request may have been applied: item by
            // item would only repeat the refusal or do the work twice.
            if (e.credentialsRefused() || (!m_calls.repeatable && e.requestMaybeSent)) {
                for (int i : items)
                    m_failures.insert(i, e);
            } else {
                for (int i : items)
                    runSingle(i);
            }
        }
        settle();
    });
}

void OdooBatchJob::runSingle(int item)
{
    ++m_pending;
    OdooCallJob *job = m_calls.single(item);
    connect(job, &OdooCallJob::finished, this, [this, item](const Result<QJsonValue> &r) {
        if (!r.ok())
            m_failures.insert(item, r.error());
        settle();
    });
}

void OdooBatchJob::settle()
{
    if (--m_pending > 0 || m_done)
        return;
    m_done = true;
    Q_EMIT finished(m_failures);
    deleteLater();
}

} // namespace ysb
