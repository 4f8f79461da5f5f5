#include "SimBridge.h"

#include "SimProcess.h"
#include "sync/SyncEngine.h"

#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace ysb::test {

Config configFor(const SimProcess &sim, const QString &journalPath, int historyDays)
{
    Config c;
    c.odooUrl = sim.odooUrl();
    c.odooDatabase = sim.odooDb();
    c.odooLogin = sim.odooLogin();
    c.ysellBaseUrl = sim.ysellUrl();
    c.extraCaFile = sim.caFile();
    c.journalPath = journalPath;
    c.startDate = QDate::currentDate().addDays(-historyDays);
    return c;
}

bool runUntilIdle(SyncEngine *engine, int timeoutMs)
{
    QSignalSpy idle(engine, &SyncEngine::idle);
    return idle.wait(timeoutMs);
}

QHash<QString, int> pickingsPerOrigin(SimProcess &sim)
{
    QHash<QString, int> out;
    for (const QJsonValue &v : sim.pickings())
        out[v.toObject().value(u"origin"_s).toString()] += 1;
    return out;
}

} // namespace ysb::test
