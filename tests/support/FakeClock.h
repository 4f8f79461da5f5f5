#pragma once

#include "Clock.h"

namespace ysb::test {

/// A clock that only moves when told to.
class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start)) {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void set(const QDateTime &t) { m_now = t; }

private:
    QDateTime m_now;
};

} // namespace ysb::test
