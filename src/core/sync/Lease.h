#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ysb::Lease {

// Two workstations against one Odoo must never both send (or both create a picking for) the same
// order. Odoo has no compare-and-set, so the claim is a write of x_ysell_state followed by a read:
// the last writer wins and the loser backs off. Ysell's duplicate guard catches the remaining race.
// Values look like "sending:<instance>:<until ISO UTC>"; final values are plain words ("sent", "done").

struct Claim {
    QString what;        // "sending" | "picking"
    QString instanceId;
    QDateTime until;
};

QString make(const QString &what, const QString &instanceId, const QDateTime &until);
std::optional<Claim> parse(const QString &value);
/// True when another instance holds a claim that has not expired yet.
bool heldByOther(const QString &value, const QString &instanceId, const QDateTime &nowUtc);
bool heldBy(const QString &value, const QString &instanceId);

inline constexpr qint64 DurationSecs = 15 * 60;

} // namespace ysb::Lease
