// The rules of the one resolver of ShemaxGlobal → Customers → delivery type (DeliveryRules), over
// Odoo 17's recorded answers and variations of them a real Odoo gives (partial names, a second
// ShemaxGlobal, a second delivery type).
#include "odoo/DeliveryRoute.h"
#include "odoo/OdooParse.h"
#include "Translations.h"

#include "Transcript.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using ysb::test::Transcript;
using namespace ysb;

namespace {

// WH/ShemaxGlobal as Odoo 17 reads it (tag 4f.location.read).
LocationRef recordedShemax()
{
    const auto locations = OdooParse::locations(Transcript::instance().result(u"4f.location.read"_s));
    return locations && locations->size() == 1 ? locations->first() : LocationRef{};
}

// The warehouse's delivery types as Odoo 17 lists them (tag extra.picking_type.of_warehouse).
QList<PickingTypeRef> recordedTypes()
{
    const auto types = OdooParse::pickingTypes(Transcript::instance().result(u"extra.picking_type.of_warehouse"_s));
    return types ? types.value() : QList<PickingTypeRef>{};
}

PickingTypeRef otherType(int id, const QString &name)
{
    PickingTypeRef t = recordedTypes().value(0);
    t.id = id;
    t.name = name;
    return t;
}

DeliveryRoute routeOfRecordedShemax()
{
    DeliveryRoute route;
    DeliveryRules::shemaxLocation({recordedShemax()}, u"ShemaxGlobal"_s, route);
    return route;
}

} // namespace

class TestDeliveryRoute final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { installTranslations(u"en"_s); }
    void cleanupTestCase() { installTranslations(u"en"_s); }

    void initTestCase()
    {
        QVERIFY2(Transcript::instance().loaded(), qPrintable(u"cannot read "_s + Transcript::instance().path()));
        QCOMPARE(recordedShemax().id, 34);
        QCOMPARE(recordedTypes().size(), 1);
    }

    void locationByExactNameOverPartialMatch()
    {
        LocationRef old = recordedShemax();
        old.id = 40;
        old.name = u"ShemaxGlobal-old"_s;
        old.completeName = u"WH/ShemaxGlobal-old"_s;
        for (const QString &wanted : {u"ShemaxGlobal"_s, u"wh/shemaxglobal"_s}) {
            DeliveryRoute route;
            const DeliveryStep step = DeliveryRules::shemaxLocation({old, recordedShemax()}, wanted, route);
            QVERIFY2(step.ok, qPrintable(step.message.render()));
            QCOMPARE(route.shemaxId, 34);
            QCOMPARE(route.shemaxName, u"WH/ShemaxGlobal"_s);
            QCOMPARE(route.warehouseId, 1);
            QCOMPARE(step.message.render(), u"Found WH/ShemaxGlobal (warehouse YourCompany)."_s);
        }
        // One partial match alone is taken.
        DeliveryRoute route;
        QVERIFY(DeliveryRules::shemaxLocation({old}, u"Shemax"_s, route).ok);
        QCOMPARE(route.shemaxId, 40);
    }

    void ambiguousMissingOrWarehouselessLocationIsAProblem()
    {
        LocationRef second = recordedShemax();
        second.id = 41;
        second.completeName = u"WH2/ShemaxGlobal"_s;
        second.warehouseId = 2;
        DeliveryRoute route;
        DeliveryStep step = DeliveryRules::shemaxLocation({recordedShemax(), second}, u"ShemaxGlobal"_s, route);
        QVERIFY(step.checked && !step.ok);
        QCOMPARE(step.message.render(), u"Several locations match “ShemaxGlobal”: WH/ShemaxGlobal, WH2/ShemaxGlobal."_s);
        QVERIFY(step.nextStep.render().contains(u"WH/ShemaxGlobal"_s));
        QCOMPARE(route.shemaxId, 0);

        step = DeliveryRules::shemaxLocation({}, u"ShemaxGlobal"_s, route);
        QCOMPARE(step.message.render(), u"Odoo has no internal location named “ShemaxGlobal”."_s);

        LocationRef loose = recordedShemax();
        loose.warehouseId = 0;
        step = DeliveryRules::shemaxLocation({loose}, u"ShemaxGlobal"_s, route);
        QVERIFY(!step.ok);
        QCOMPARE(step.message.render(), u"The location WH/ShemaxGlobal belongs to no warehouse."_s);
        QCOMPARE(route.warehouseId, 0);
    }

    void oneDeliveryTypeIsTaken()
    {
        DeliveryRoute route = routeOfRecordedShemax();
        const DeliveryStep step = DeliveryRules::deliveryType(recordedTypes(), {}, route);
        QVERIFY(step.ok && !step.warning);
        QCOMPARE(route.type.id, 2);
        QCOMPARE(step.message.render(), u"Deliveries will use “Delivery Orders” (YourCompany)."_s);
        QVERIFY(route.otherTypes.isEmpty());
    }

    void severalDeliveryTypesTakeTheFirstWithAWarning()
    {
        DeliveryRoute route = routeOfRecordedShemax();
        const QList<PickingTypeRef> bySequence{otherType(7, u"Shemax Dispatch"_s), recordedTypes().first()};
        const DeliveryStep step = DeliveryRules::deliveryType(bySequence, {}, route);
        QVERIFY(step.ok && step.warning);
        QCOMPARE(route.type.id, 7);
        QCOMPARE(route.otherTypes, QStringList{u"Delivery Orders"_s});
        QCOMPARE(step.message.render(), u"Deliveries will use “Shemax Dispatch” (YourCompany). The warehouse has 2 delivery "
                               "types; this is the first by sequence, the others are “Delivery Orders”."_s);
        QVERIFY(!step.nextStep.isEmpty());
        DeliveryOutcome outcome;
        outcome.type = step;
        QCOMPARE(outcome.warningText().render(), step.message.render() + u' ' + step.nextStep.render());
    }

    void pickingTypeSettingChoosesWithinTheWarehouse_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<int>("id");
        QTest::newRow("name") << u"Delivery Orders"_s << 2;
        QTest::newRow("other case") << u"delivery orders"_s << 2;
        QTest::newRow("as Odoo shows it") << u"YourCompany: Delivery Orders"_s << 2;
        QTest::newRow("the first by sequence") << u"Shemax Dispatch"_s << 7;
        QTest::newRow("not of this warehouse") << u"Elsewhere"_s << 0;
    }

    void pickingTypeSettingChoosesWithinTheWarehouse()
    {
        QFETCH(QString, wanted);
        QFETCH(int, id);
        DeliveryRoute route = routeOfRecordedShemax();
        const QList<PickingTypeRef> bySequence{otherType(7, u"Shemax Dispatch"_s), recordedTypes().first()};
        const DeliveryStep step = DeliveryRules::deliveryType(bySequence, wanted, route);
        QCOMPARE(step.ok, id != 0);
        QVERIFY(!step.warning);
        QCOMPARE(route.type.id, id);
        if (id == 0) {
            QCOMPARE(step.message.render(), u"The warehouse of WH/ShemaxGlobal has no delivery operation type named "
                                   "“Elsewhere”; it has “Shemax Dispatch”, “Delivery Orders”."_s);
            DeliveryOutcome outcome;
            outcome.location = outcome.customers = DeliveryStep{true, true, false, {}, {}, std::nullopt};
            outcome.type = step;
            QCOMPARE(outcome.error().kind, ErrorKind::Config);
            QCOMPARE(outcome.error().message, step.message.render() + u' ' + step.nextStep.render());
        }
    }

    void sameNamedTypesAreAWarning()
    {
        DeliveryRoute route = routeOfRecordedShemax();
        const DeliveryStep step = DeliveryRules::deliveryType(
            {recordedTypes().first(), otherType(9, u"Delivery Orders"_s)}, u"Delivery Orders"_s, route);
        QVERIFY(step.ok && step.warning);
        QCOMPARE(route.type.id, 2);
        QVERIFY2(step.message.render().contains(u"2 delivery types of the warehouse are named “Delivery Orders”"_s),
                 qPrintable(step.message.render()));
    }

    // The picking's problem is stored in the journal: it is data (kinds, Odoo's names as arguments) and
    // reads in the language of whoever opens it, Odoo's names quoted the reader's way.
    void refusedTypeIsStoredAsDataAndReadInRussian()
    {
        DeliveryRoute route = routeOfRecordedShemax();
        DeliveryOutcome outcome;
        outcome.location = outcome.customers = DeliveryStep{true, true, false, {}, {}, std::nullopt};
        outcome.type = DeliveryRules::deliveryType({otherType(7, u"Shemax Dispatch"_s), recordedTypes().first()},
                                                   u"Elsewhere"_s, route);
        const Text stored = Text::fromStored(outcome.error().asText().toStored());
        QVERIFY2(stored.kind() == TextKind::Words && stored.args().value(0).kind() == TextKind::DeliveryNoTypeNamed,
                 qPrintable(stored.toStored()));
        const QString en = stored.render();
        QCOMPARE(en, u"The warehouse of WH/ShemaxGlobal has no delivery operation type named “Elsewhere”; it has "
                     "“Shemax Dispatch”, “Delivery Orders”. Choose one of them as the delivery type in the settings, or "
                     "leave the field empty to use the first one."_s);
        QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
        QCOMPARE(stored.render(), u"У склада WH/ShemaxGlobal нет типа операции доставки с названием «Elsewhere»; есть: "
                                  "«Shemax Dispatch», «Delivery Orders». Выберите один из них как тип доставки в настройках "
                                  "или оставьте поле пустым, чтобы использовать первый."_s);
        // Made while Russian is on, it still reads in English for an English reader.
        const Text madeInRussian = DeliveryRules::deliveryType({}, {}, route).message;
        installTranslations(u"en"_s);
        QCOMPARE(madeInRussian.render(), u"The warehouse of WH/ShemaxGlobal has no delivery operation type."_s);
    }

    // Several delivery types: the warning (said by the sweep and by check) counts them in the reader's
    // plural form.
    void severalTypesAreCountedInTheReadersPluralForm_data()
    {
        QTest::addColumn<int>("types");
        QTest::addColumn<bool>("named");
        QTest::addColumn<QString>("russian");
        QTest::newRow("2 in the warehouse") << 2 << false << u"У склада 2 типа доставки; это первый по порядку"_s;
        QTest::newRow("5 in the warehouse") << 5 << false << u"У склада 5 типов доставки; это первый по порядку"_s;
        QTest::newRow("2 named alike") << 2 << true << u"2 типа доставки склада называются «Delivery Orders»"_s;
        QTest::newRow("5 named alike") << 5 << true << u"5 типов доставки склада называются «Delivery Orders»"_s;
    }

    void severalTypesAreCountedInTheReadersPluralForm()
    {
        QFETCH(int, types);
        QFETCH(bool, named);
        QFETCH(QString, russian);
        QList<PickingTypeRef> bySequence{recordedTypes().first()};
        for (int i = 1; i < types; ++i)
            bySequence << otherType(10 + i, named ? u"Delivery Orders"_s : u"Dispatch %1"_s.arg(i));
        DeliveryRoute route = routeOfRecordedShemax();
        DeliveryOutcome outcome;
        outcome.type = DeliveryRules::deliveryType(bySequence, named ? u"Delivery Orders"_s : QString(), route);
        QVERIFY(outcome.type.ok && outcome.type.warning);
        const Text warning = Text::fromStored(outcome.warningText().toStored());
        QVERIFY2(warning.render().contains(named ? u"%1 delivery types of the warehouse are named"_s.arg(types)
                                                 : u"The warehouse has %1 delivery types"_s.arg(types)),
                 qPrintable(warning.render()));
        QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
        const QString ru = warning.render();
        QVERIFY2(ru.contains(russian) && !ru.contains(u"delivery"_s), qPrintable(ru));
        if (!named)
            QVERIFY2(ru.contains(u"«Dispatch 1»"_s), qPrintable(ru));
    }

    void noDeliveryTypeAndFailedRequests()
    {
        DeliveryRoute route = routeOfRecordedShemax();
        const DeliveryStep none = DeliveryRules::deliveryType({}, {}, route);
        QVERIFY(!none.ok);
        QCOMPARE(none.message.render(), u"The warehouse of WH/ShemaxGlobal has no delivery operation type."_s);

        // A refused request stays Odoo's error, so that the sweep still sees the credentials refused.
        DeliveryOutcome outcome;
        Error refused = Error::plain(ErrorKind::BadCredentials, u"Odoo refused the login."_s);
        outcome.location = DeliveryStep{true, false, false, Text::data(u"x"_s), {}, refused};
        outcome.type = DeliveryStep{false, false, false, Text::data(u"not known"_s), {}, std::nullopt};
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().kind, ErrorKind::BadCredentials);
        QVERIFY(outcome.error().credentialsRefused());
    }
};

QTEST_GUILESS_MAIN(TestDeliveryRoute)
#include "tst_deliveryroute.moc"
