// The order's number in Ysell (order_num), row by row: the Odoo name, unless another order of that
// name holds it or comes first; then NAME-<odoo id>. A number once stored never changes.
#include "sync/YsellNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;

class TestYsellNumber : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<qint64>("odooId");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<qint64>("holderId");
        QTest::addColumn<QList<qint64>>("unnumbered");
        QTest::addColumn<QString>("expected");

        QTest::newRow("alone: its name") << qint64(57) << QString() << qint64(0) << QList<qint64>{} << u"S00042"_s;
        QTest::newRow("stored number is kept") << qint64(57) << u"S00042-57"_s << qint64(0) << QList<qint64>{}
                                               << u"S00042-57"_s;
        QTest::newRow("stored plain number is kept though another holds it")
            << qint64(57) << u"S00042"_s << qint64(12) << QList<qint64>{12} << u"S00042"_s;
        QTest::newRow("no Odoo id yet: its name") << qint64(0) << QString() << qint64(12) << QList<qint64>{12}
                                                  << u"S00042"_s;
        QTest::newRow("it holds the plain number itself") << qint64(57) << QString() << qint64(57) << QList<qint64>{}
                                                          << u"S00042"_s;
        QTest::newRow("another order holds the plain number") << qint64(12) << QString() << qint64(57)
                                                              << QList<qint64>{} << u"S00042-12"_s;
        QTest::newRow("a holder without an Odoo id is another order")
            << qint64(12) << QString() << qint64(-1) << QList<qint64>{} << u"S00042-12"_s;
        QTest::newRow("an unsent namesake with a lower id comes first")
            << qint64(57) << QString() << qint64(0) << QList<qint64>{12} << u"S00042-57"_s;
        QTest::newRow("an unsent namesake with a higher id comes after")
            << qint64(12) << QString() << qint64(0) << QList<qint64>{57} << u"S00042"_s;
        QTest::newRow("itself among the unsent") << qint64(12) << QString() << qint64(0) << QList<qint64>{12, 57}
                                                 << u"S00042"_s;
        QTest::newRow("a namesake without an Odoo id does not count")
            << qint64(12) << QString() << qint64(0) << QList<qint64>{0} << u"S00042"_s;
    }

    void choose()
    {
        QFETCH(qint64, odooId);
        QFETCH(QString, stored);
        QFETCH(qint64, holderId);
        QFETCH(QList<qint64>, unnumbered);
        QFETCH(QString, expected);
        YsellNumber::Facts facts;
        facts.name = u"S00042"_s;
        facts.odooId = odooId;
        facts.stored = stored;
        facts.holderId = holderId;
        facts.unnumberedIds = unnumbered;
        QCOMPARE(YsellNumber::choose(facts), expected);
    }

    void ownNumberNamesTheOdooId()
    {
        QCOMPARE(YsellNumber::own(u"S00042"_s, 57), u"S00042-57"_s);
    }
};

QTEST_GUILESS_MAIN(TestYsellNumber)
#include "tst_ysellnumber.moc"
