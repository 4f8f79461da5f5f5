#pragma once

#include "odoo/OdooClient.h"

#include <QtTest>

#include <optional>

namespace ysb::test {

/// Waits for one OdooCallJob and returns its result (a Protocol error if it never answers).
inline Result<QJsonValue> await(OdooCallJob *job, int timeoutMs = 60'000)
{
    std::optional<Result<QJsonValue>> out;
    QObject::connect(job, &OdooCallJob::finished, job, [&out](const Result<QJsonValue> &r) { out = r; });
    QElapsedTimer t;
    t.start();
    while (!out && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (!out)
        return Error::plain(ErrorKind::Timeout, QStringLiteral("test: the job never finished"));
    return *out;
}

inline QString describe(const Error &e)
{
    return Error::kindName(e.kind) + QStringLiteral(": ") + e.message + QStringLiteral(" / ") + e.detail;
}

/// The error of a result for a failure message; empty when it succeeded (QVERIFY2 always builds it).
template <typename T>
QString whyNot(const Result<T> &r)
{
    return r.ok() ? QString() : describe(r.error());
}

} // namespace ysb::test
