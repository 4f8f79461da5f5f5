#pragma once

#include "settings/Config.h"

#include <QHash>
#include <QString>

namespace ysb {
class SyncEngine;
}

namespace ysb::test {

class SimProcess;

/// Settings that point a Bridge at a running simulator: its addresses, database, login and CA file,
/// the journal at `journalPath` (empty: none set) and orders confirmed from `historyDays` ago on.
Config configFor(const SimProcess &sim, const QString &journalPath = {}, int historyDays = 30);

/// Waits until the engine has run what is queued and is idle again; false after `timeoutMs`.
bool runUntilIdle(SyncEngine *engine, int timeoutMs = 120'000);

/// How many pickings the simulator's Odoo has for each origin (an order's number in Ysell).
QHash<QString, int> pickingsPerOrigin(SimProcess &sim);

} // namespace ysb::test
