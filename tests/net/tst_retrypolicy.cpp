#include "FakeClock.h"
#include "net/RetryPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;
using namespace ysb::test;

namespace {

Error errorOf(ErrorKind kind, bool maybeSent = false, int httpStatus = 0)
{
    Error e = Error::plain(kind, u"x"_s);
    e.requestMaybeSent = maybeSent;
    e.httpStatus = httpStatus;
    return e;
}

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;

} // namespace

class TestRetryPolicy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scheduleWithoutJitter_data()
    {
        QTest::addColumn<int>("failedTries");
        QTest::addColumn<qint64>("secs");
        QTest::newRow("1st") << 1 << qint64(30);
        QTest::newRow("2nd") << 2 << 2 * Minute;
        QTest::newRow("3rd") << 3 << 10 * Minute;
        QTest::newRow("4th") << 4 << 1 * Hour;
        QTest::newRow("5th") << 5 << 3 * Hour;
        QTest::newRow("6th: cap") << 6 << 6 * Hour;
        QTest::newRow("7th: cap") << 7 << 6 * Hour;
        QTest::newRow("50th: cap") << 50 << 6 * Hour;
    }

    void scheduleWithoutJitter()
    {
        QFETCH(int, failedTries);
        QFETCH(qint64, secs);
        QCOMPARE(RetryPolicy::baseDelaySecs(failedTries), secs);
        // r = 0.5 is the middle of the jitter range: no jitter at all.
        FakeClock clock;
        RetryPolicy policy(&clock, [] { return 0.5; });
        QCOMPARE(policy.delaySecs(failedTries), secs);
        const auto plan = policy.plan(errorOf(ErrorKind::Refused), false, failedTries);
        if (failedTries < RetryPolicy::MaxTries) {
            QCOMPARE(plan.decision, RetryPolicy::Decision::RetryLater);
            QCOMPARE(plan.notBeforeUtc, clock.nowUtc().addSecs(secs));
        }
    }

    void jitterStaysWithinTwentyPercent_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<double>("factor");
        QTest::newRow("lowest") << 0.0 << 0.8;
        QTest::newRow("quarter") << 0.25 << 0.9;
        QTest::newRow("middle") << 0.5 << 1.0;
        QTest::newRow("highest") << 0.999999 << 1.2;
    }

    void jitterStaysWithinTwentyPercent()
    {
        QFETCH(double, random);
        QFETCH(double, factor);
        FakeClock clock;
        RetryPolicy policy(&clock, [random] { return random; });
        for (int tries = 1; tries <= 7; ++tries) {
            const qint64 base = RetryPolicy::baseDelaySecs(tries);
            const qint64 got = policy.delaySecs(tries);
            QVERIFY2(std::llabs(got - qint64(std::llround(base * factor))) <= 1,
                     qPrintable(u"try %1: %2 s for base %3 s"_s.arg(tries).arg(got).arg(base)));
            QVERIFY(got >= qint64(base * 0.8) && got <= qint64(base * 1.2) + 1);
        }
    }

    void defaultRandomSourceStaysInBounds()
    {
        RetryPolicy policy;
        bool sawDifferent = false;
        qint64 first = policy.delaySecs(4);
        for (int i = 0; i < 200; ++i) {
            const qint64 d = policy.delaySecs(4);
            QVERIFY(d >= qint64(0.8 * Hour) && d <= qint64(1.2 * Hour));
            sawDifferent = sawDifferent || d != first;
        }
        QVERIFY(sawDifferent); // it is jitter, not a constant
    }

    void retryAfterIsAFloor_data()
    {
        QTest::addColumn<int>("failedTries");
        QTest::addColumn<qint64>("retryAfter");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("longer than schedule") << 1 << qint64(600) << qint64(600);
        QTest::newRow("shorter than schedule") << 3 << qint64(5) << 10 * Minute;
        QTest::newRow("beyond the cap") << 7 << 10 * Hour << 10 * Hour;
        QTest::newRow("zero") << 1 << qint64(0) << qint64(30);
    }

    void retryAfterIsAFloor()
    {
        QFETCH(int, failedTries);
        QFETCH(qint64, retryAfter);
        QFETCH(qint64, expected);
        FakeClock clock;
        RetryPolicy policy(&clock, [] { return 0.5; });
        QCOMPARE(policy.delaySecs(failedTries, retryAfter), expected);
        // Even with the most negative jitter the answer is never sooner than Retry-After.
        RetryPolicy low(&clock, [] { return 0.0; });
        QVERIFY(low.delaySecs(failedTries, retryAfter) >= retryAfter);

        Error limited = errorOf(ErrorKind::RateLimited, false, 429);
        limited.retryAfterSecs = retryAfter;
        const auto plan = low.plan(limited, true, failedTries);
        QCOMPARE(plan.decision, RetryPolicy::Decision::RetryLater);
        QVERIFY(plan.notBeforeUtc >= clock.nowUtc().addSecs(retryAfter));
    }

    void eightTriesThenAttention()
    {
        FakeClock clock;
        RetryPolicy policy(&clock, [] { return 0.5; });
        const Error e = errorOf(ErrorKind::Timeout, true);
        QDateTime previous = clock.nowUtc();
        for (int tries = 1; tries < RetryPolicy::MaxTries; ++tries) {
            const auto plan = policy.plan(e, false, tries);
            QCOMPARE(plan.decision, RetryPolicy::Decision::RetryLater);
            QVERIFY(plan.notBeforeUtc >= previous); // never shrinks
            previous = plan.notBeforeUtc;
        }
        QCOMPARE(policy.decide(e, false, 8), RetryPolicy::Decision::NeedsAttention);
        QCOMPARE(policy.decide(e, false, 9), RetryPolicy::Decision::NeedsAttention);
        QVERIFY(!policy.plan(e, false, 8).notBeforeUtc.isValid());
    }

    void decisions_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("maybeSent");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<bool>("isCreate");
        QTest::addColumn<bool>("mayRetry");
        QTest::addColumn<int>("decision");
        const int later = int(RetryPolicy::Decision::RetryLater);
        const int lookUp = int(RetryPolicy::Decision::LookUpFirst);
        const int attention = int(RetryPolicy::Decision::NeedsAttention);

        // Provably not sent: even a create may simply go again.
        QTest::newRow("create dns") << int(ErrorKind::Dns) << false << 0 << true << true << later;
        QTest::newRow("create refused") << int(ErrorKind::Refused) << false << 0 << true << true << later;
        QTest::newRow("create tls") << int(ErrorKind::Tls) << false << 0 << true << true << later;
        QTest::newRow("create connect timeout") << int(ErrorKind::Timeout) << false << 0 << true << true << later;
        QTest::newRow("create 429") << int(ErrorKind::RateLimited) << false << 429 << true << true << later;
        QTest::newRow("create 503") << int(ErrorKind::RateLimited) << false << 503 << true << true << later;
        QTest::newRow("create reset before send") << int(ErrorKind::Network) << false << 0 << true << true << later;
        // Outcome unknown: look the order up by number first.
        QTest::newRow("create timeout after send") << int(ErrorKind::Timeout) << true << 0 << true << false << lookUp;
        QTest::newRow("create reset after send") << int(ErrorKind::Network) << true << 0 << true << false << lookUp;
        QTest::newRow("create 500") << int(ErrorKind::Http) << true << 500 << true << false << lookUp;
        QTest::newRow("create 502") << int(ErrorKind::Http) << true << 502 << true << false << lookUp;
        QTest::newRow("create garbled 2xx") << int(ErrorKind::Protocol) << true << 201 << true << false << lookUp;
        // Reads may always go again while the failure is transient.
        QTest::newRow("read timeout after send") << int(ErrorKind::Timeout) << true << 0 << false << true << later;
        QTest::newRow("read reset") << int(ErrorKind::Network) << true << 0 << false << true << later;
        QTest::newRow("read 500") << int(ErrorKind::Http) << true << 500 << false << true << later;
        QTest::newRow("read 429") << int(ErrorKind::RateLimited) << false << 429 << false << true << later;
        QTest::newRow("read dns") << int(ErrorKind::Dns) << false << 0 << false << true << later;
        // Permanent failures need a person at once.
        QTest::newRow("bad token") << int(ErrorKind::BadCredentials) << false << 401 << true << false << attention;
        QTest::newRow("validation") << int(ErrorKind::Validation) << false << 422 << true << false << attention;
        QTest::newRow("http url") << int(ErrorKind::InsecureUrl) << false << 0 << false << false << attention;
        QTest::newRow("config") << int(ErrorKind::Config) << false << 0 << true << false << attention;
        QTest::newRow("read 404") << int(ErrorKind::MissingRecord) << false << 404 << false << false << attention;
        QTest::newRow("read 400") << int(ErrorKind::BadRequest) << false << 400 << false << false << attention;
        QTest::newRow("read 418") << int(ErrorKind::Http) << false << 418 << false << false << attention;
        QTest::newRow("read garbled") << int(ErrorKind::Protocol) << false << 200 << false << false << attention;
    }

    void decisions()
    {
        QFETCH(int, kind);
        QFETCH(bool, maybeSent);
        QFETCH(int, httpStatus);
        QFETCH(bool, isCreate);
        QFETCH(bool, mayRetry);
        QFETCH(int, decision);
        FakeClock clock;
        RetryPolicy policy(&clock, [] { return 0.5; });
        const Error e = errorOf(ErrorKind(kind), maybeSent, httpStatus);
        QCOMPARE(RetryPolicy::mayRetry(e, isCreate), mayRetry);
        const auto plan = policy.plan(e, isCreate, 1);
        QCOMPARE(int(plan.decision), decision);
        if (plan.decision != RetryPolicy::Decision::NeedsAttention)
            QCOMPARE(plan.notBeforeUtc, clock.nowUtc().addSecs(30));
    }

    void unknownCreateOutcomeIsLookedUpEvenAfterEightTries()
    {
        FakeClock clock;
        RetryPolicy policy(&clock, [] { return 0.5; });
        const Error e = errorOf(ErrorKind::Timeout, true);
        QCOMPARE(policy.decide(e, true, 8), RetryPolicy::Decision::LookUpFirst);
        QCOMPARE(policy.decide(errorOf(ErrorKind::Refused), true, 8), RetryPolicy::Decision::NeedsAttention);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
