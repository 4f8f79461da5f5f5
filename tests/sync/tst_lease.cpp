#include "sync/Lease.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;

class TestLease : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const QDateTime until(QDate(2026, 11, 28), QTime(10, 15), Qt::UTC);
        const QString v = Lease::make(u"sending"_s, u"a1b2c3d4"_s, until);
        QCOMPARE(v, u"sending:a1b2c3d4:2026-11-28T10:15:00Z"_s);
        const auto c = Lease::parse(v);
        QVERIFY(c.has_value());
        QCOMPARE(c->what, u"sending"_s);
        QCOMPARE(c->instanceId, u"a1b2c3d4"_s);
        QCOMPARE(c->until, until);
    }

    void heldByOther_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("other");
        QTest::addColumn<bool>("mine");
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("final state") << u"sent"_s << false << false;
        QTest::newRow("other, live") << u"sending:other:2026-11-28T10:15:00Z"_s << true << false;
        QTest::newRow("other, expired") << u"sending:other:2026-11-28T08:00:00Z"_s << false << false;
        QTest::newRow("mine") << u"picking:me:2026-11-28T10:15:00Z"_s << false << true;
        QTest::newRow("garbage") << u"sending:x:not-a-date"_s << false << false;
        QTest::newRow("unknown verb") << u"eating:other:2026-11-28T10:15:00Z"_s << false << false;
    }

    void heldByOther()
    {
        QFETCH(QString, value);
        QFETCH(bool, other);
        QFETCH(bool, mine);
        const QDateTime now(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        QCOMPARE(Lease::heldByOther(value, u"me"_s, now), other);
        QCOMPARE(Lease::heldBy(value, u"me"_s), mine);
    }
};

QTEST_GUILESS_MAIN(TestLease)
#include "tst_lease.moc"
