#include "Faults.h"

#include <QJsonValue>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace ysb::sim {

namespace {
constexpr std::array<std::pair<FaultKind, QLatin1StringView>, 9> kKinds{{
    {FaultKind::Latency, "latency"_L1},
    {FaultKind::Status, "status"_L1},
    {FaultKind::RetryAfter, "retry_after"_L1},
    {FaultKind::Hang, "hang"_L1},
    {FaultKind::Reset, "reset"_L1},
    {FaultKind::CommitDrop, "commit_drop"_L1},
    {FaultKind::Malformed, "malformed"_L1},
    {FaultKind::WrongShape, "wrong_shape"_L1},
    {FaultKind::Down, "down"_L1},
}};

bool isYsellRoute(const QString &route)
{
    return !route.startsWith("odoo"_L1);
}
} // namespace

QString FaultSpec::kindName(FaultKind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return name;
    }
    return {};
}

bool FaultSpec::isOdooSemanticKind(const QString &kind)
{
    static const QStringList kinds{u"access_denied"_s, u"access_error"_s, u"validation_error"_s,
                                   u"user_error"_s,    u"missing_error"_s, u"wrong_db"_s};
    return kinds.contains(kind);
}

Result<FaultSpec> FaultSpec::fromJson(const QJsonObject &json)
{
    FaultSpec spec;
    spec.route = json.value("route"_L1).toString(u"*"_s);
    if (spec.route.isEmpty())
        spec.route = u"*"_s;
    const QString kind = json.value("kind"_L1).toString();
    const auto it = std::find_if(kKinds.begin(), kKinds.end(), [&](const auto &k) { return k.second == kind; });
    if (it == kKinds.end())
        return Error::plain(ErrorKind::BadRequest, u"Unknown fault kind \"%1\""_s.arg(kind));
    spec.kind = it->first;
    spec.rate = json.value("rate"_L1).toDouble(1.0);
    spec.ms = json.value("ms"_L1).toInt(0);
    spec.status = json.value("status"_L1).toInt(0);
    spec.count = json.value("count"_L1).toInt(-1);
    if (spec.rate < 0.0 || spec.rate > 1.0)
        return Error::plain(ErrorKind::BadRequest, u"rate must be between 0 and 1"_s);
    if (spec.ms < 0)
        return Error::plain(ErrorKind::BadRequest, u"ms must not be negative"_s);
    if (spec.count == 0 || spec.count < -1)
        return Error::plain(ErrorKind::BadRequest, u"count must be positive, or -1 for unlimited"_s);
    if (spec.kind == FaultKind::Status && spec.status == 0)
        spec.status = 500;
    if (spec.kind == FaultKind::Status && (spec.status < 400 || spec.status > 599))
        return Error::plain(ErrorKind::BadRequest, u"status must be 4xx or 5xx"_s);
    if (spec.kind == FaultKind::RetryAfter && spec.status == 0)
        spec.status = 429;
    if (spec.kind == FaultKind::RetryAfter && spec.status != 429 && spec.status != 503)
        return Error::plain(ErrorKind::BadRequest, u"retry_after status must be 429 or 503"_s);
    return spec;
}

QJsonObject FaultSpec::toJson() const
{
    return QJsonObject{{"route"_L1, route}, {"kind"_L1, kindName(kind)}, {"rate"_L1, rate},
                       {"ms"_L1, ms},       {"status"_L1, status},      {"count"_L1, count}};
}

FaultTable::FaultTable()
    : m_random(QRandomGenerator::global()->generate())
{
}

void FaultTable::add(const FaultSpec &spec)
{
    m_faults.push_back(spec);
}

void FaultTable::clear(const QString &route)
{
    std::erase_if(m_faults, [&](const FaultSpec &spec) {
        return route == "*"_L1 || spec.route == route || (route == "odoo"_L1 && spec.route.startsWith("odoo"_L1));
    });
}

bool FaultTable::matches(const QString &faultRoute, const QString &requestRoute)
{
    if (faultRoute == requestRoute)
        return true;
    if (faultRoute == "*"_L1)
        return isYsellRoute(requestRoute);
    if (faultRoute == "odoo"_L1)
        return requestRoute.startsWith("odoo:"_L1) || requestRoute == "odoo"_L1;
    return false;
}

FaultDecision FaultTable::decide(const QString &route)
{
    FaultDecision decision;
    for (FaultSpec &spec : m_faults) {
        if (spec.kind == FaultKind::Down || !matches(spec.route, route))
            continue;
        const bool isLatency = spec.kind == FaultKind::Latency;
        if (!isLatency && decision.action)
            continue;
        if (spec.rate < 1.0 && m_random.generateDouble() >= spec.rate)
            continue;
        if (isLatency)
            decision.extraLatencyMs += spec.ms;
        else
            decision.action = spec;
        if (spec.count > 0)
            --spec.count;
    }
    std::erase_if(m_faults, [](const FaultSpec &spec) { return spec.count == 0; });
    return decision;
}

QJsonArray FaultTable::toJson() const
{
    QJsonArray array;
    for (const FaultSpec &spec : m_faults)
        array.append(spec.toJson());
    return array;
}

} // namespace ysb::sim
