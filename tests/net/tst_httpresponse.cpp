#include "net/HttpTypes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;

class TestHttpResponse final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headerIsCaseInsensitive()
    {
        HttpResponse r;
        r.headers = {{"Content-Type", "application/json"}, {"X-Pagination-Page-Count", "4"}};
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(r.header("X-PAGINATION-PAGE-COUNT"), QByteArray("4"));
        QVERIFY(r.header("Retry-After").isEmpty());
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("present");
        QTest::addColumn<qint64>("secs");
        // "now" is 2026-11-28 09:00:00 UTC, a Saturday.
        QTest::newRow("seconds") << QByteArray("120") << true << qint64(120);
        QTest::newRow("seconds padded") << QByteArray("  7 ") << true << qint64(7);
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("IMF-fixdate") << QByteArray("Sat, 28 Nov 2026 09:05:00 GMT") << true << qint64(300);
        QTest::newRow("RFC 850") << QByteArray("Saturday, 28-Nov-26 10:00:00 GMT") << true << qint64(3600);
        QTest::newRow("asctime") << QByteArray("Sat Nov 28 09:00:30 2026") << true << qint64(30);
        QTest::newRow("date in the past") << QByteArray("Fri, 27 Nov 2026 09:00:00 GMT") << true << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << false << qint64(0);
        QTest::newRow("junk") << QByteArray("soon") << false << qint64(0);
        QTest::newRow("absurd") << QByteArray("99999999999999999999") << false << qint64(0);
        QTest::newRow("absent") << QByteArray() << false << qint64(0);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, present);
        QFETCH(qint64, secs);
        HttpResponse r;
        r.status = 429;
        if (!value.isNull())
            r.headers = {{"retry-after", value}};
        const QDateTime now(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        const auto got = r.retryAfterSecs(now);
        QCOMPARE(got.has_value(), present);
        if (present)
            QCOMPARE(*got, secs);
    }
};

QTEST_GUILESS_MAIN(TestHttpResponse)
#include "tst_httpresponse.moc"
