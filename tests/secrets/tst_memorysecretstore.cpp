// MemorySecretStore: the session-only fallback when no keychain answers.
#include "SecretWait.h"
#include "Translations.h"
#include "secrets/MemorySecretStore.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::waitForSecretJob;

class TestMemorySecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void describesItself()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QCOMPARE(store.description().render(), u"this session only"_s);
    }

    // Where a missing secret was looked for is data of the error (stored, shown later): it speaks the
    // reader's language, not the one of the moment the error was made.
    void missingSecretIsWordedWhenShown()
    {
        MemorySecretStore store;
        const auto r = waitForSecretJob(store.read(SecretKey::YsellToken));
        QVERIFY(r && !r->ok());
        const Text stored = Text::fromStored(r->error().asText().toStored());
        QCOMPARE(stored.render(), r->error().message);
        QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
        const QString ru = stored.render();
        const QString session = store.description().render();
        installTranslations(u"en"_s);
        QVERIFY2(session != u"this session only"_s && session.contains(QRegularExpression(u"[а-яА-Я]{4}"_s)), qPrintable(session));
        QVERIFY2(ru.contains(session) && !ru.contains(u"this session only"_s), qPrintable(ru));
        QVERIFY2(!ru.contains(u"No Ysell token"_s), qPrintable(ru));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("missing"); // start of the message once removed
        QTest::newRow("ysell token") << QString(SecretKey::YsellToken) << u"t-1"_s << u"No Ysell token is stored yet"_s;
        QTest::newRow("odoo password") << QString(SecretKey::OdooPassword) << u"пароль 1"_s
                                       << u"No Odoo password or API key is stored yet"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, missing);
        MemorySecretStore store;
        auto r = waitForSecretJob(store.read(key));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Keychain);
        QVERIFY2(r->error().message.startsWith(missing), qPrintable(r->error().message));
        QVERIFY(r->error().message.contains(u"this session only"));

        r = waitForSecretJob(store.write(key, value));
        QVERIFY(r && r->ok());
        r = waitForSecretJob(store.read(key));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value(), value);
        r = waitForSecretJob(store.write(key, value + u"-2"_s));
        QVERIFY(r && r->ok());
        r = waitForSecretJob(store.read(key));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value(), value + u"-2"_s);
        r = waitForSecretJob(store.remove(key));
        QVERIFY(r && r->ok());
        r = waitForSecretJob(store.read(key));
        QVERIFY(r && !r->ok());
        QVERIFY(r->error().message.startsWith(missing));
    }

    void storesAreSeparate()
    {
        MemorySecretStore a;
        MemorySecretStore b;
        QVERIFY(waitForSecretJob(a.write(SecretKey::YsellToken, u"only-a"_s))->ok());
        const auto r = waitForSecretJob(b.read(SecretKey::YsellToken));
        QVERIFY(r && !r->ok());
    }

    void refusals()
    {
        MemorySecretStore store;
        auto r = waitForSecretJob(store.write(SecretKey::YsellToken, QString()));
        QVERIFY(r && !r->ok());
        r = waitForSecretJob(store.write(u"../x"_s, u"v"_s));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Keychain);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
