// KeychainSecretStore against the real Secret Service (gnome-keyring) on a private session bus.
// Run it with: scripts/with-session ctest --test-dir build-<you> -R tst_keychain
#include "SecretWait.h"
#include "secrets/DirSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStoreProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace ysb;
using ysb::test::waitForSecretJob;

namespace {

struct ProbeResult {
    QPointer<SecretStore> store;
    QString notice;
};

std::optional<ProbeResult> runProbe(const QString &secretsDir, QObject *parent)
{
    SecretStoreProbe *probe = SecretStore::probe(secretsDir, parent, 20'000);
    std::optional<ProbeResult> out;
    QObject context;
    QSignalSpy spy(probe, &SecretStoreProbe::finished);
    QObject::connect(probe, &SecretStoreProbe::finished, &context,
                     [&out](SecretStore *store, const Text &notice) { out = ProbeResult{store, notice.render()}; });
    if (!spy.wait(30'000) || spy.count() != 1)
        return std::nullopt;
    return out;
}

QString randomHex()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

} // namespace

class TestKeychainSecretStore : public QObject {
    Q_OBJECT

private:
    bool m_busAvailable = false;
    QString m_service; // our own service name: never touches a real "ysell-bridge" entry
    QTemporaryDir m_tmp;

    static constexpr const char *NoBusReason =
        "No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset), so there is no Secret Service to "
        "test against; run: scripts/with-session ctest --test-dir <build> -R tst_keychain";

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_busAvailable = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
        // Under scripts/with-session the keyring must really be exercised, never skipped.
        if (qEnvironmentVariableIsSet("YSB_IN_SESSION"))
            QVERIFY2(m_busAvailable, "scripts/with-session did not provide a session bus");
        if (!m_busAvailable) {
            // Make sure no systemd user bus is found behind our back either.
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_tmp.path()));
        }
        m_service = u"ysell-bridge-test-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(randomHex());
    }

    // First, before anything has talked to the real bus: a bus address where no service answers.
    void probeFallsBackWhenNoKeychainAnswers()
    {
        if (!m_busAvailable)
            QSKIP(NoBusReason);
        const QByteArray real = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_tmp.filePath(u"no-such-bus"_s)));
        QObject owner;
        const auto r = runProbe(QString(), &owner);
        qputenv("DBUS_SESSION_BUS_ADDRESS", real);
        QVERIFY(r && r->store);
        QVERIFY2(qobject_cast<MemorySecretStore *>(r->store.data()), "no keychain answered, yet memory was not chosen");
        QVERIFY(!r->store->isPersistent());
        QCOMPARE(r->notice, u"No system keychain is available; secrets are kept for this session only."_s);
    }

    void probeChoosesStore()
    {
        QObject owner;
        const auto r = runProbe(QString(), &owner);
        QVERIFY(r);
        QVERIFY(r->store);
        QCOMPARE(r->store->parent(), &owner);
        if (!m_busAvailable) {
            QVERIFY2(qobject_cast<MemorySecretStore *>(r->store.data()), "without a bus the fallback is memory");
            QVERIFY(!r->store->isPersistent());
            QCOMPARE(r->notice, u"No system keychain is available; secrets are kept for this session only."_s);
            QCOMPARE(r->store->description().render(), u"this session only"_s);
            return;
        }
        QVERIFY2(qobject_cast<KeychainSecretStore *>(r->store.data()),
                 qPrintable(u"a session bus is up but the keychain did not answer: "_s + r->notice));
        QVERIFY(r->store->isPersistent());
        QVERIFY(r->notice.isEmpty());
        QCOMPARE(r->store->description().render(), u"system keychain"_s);
    }

    void probeWithSecretsDir()
    {
        QObject owner;
        const QString dir = m_tmp.filePath(u"creds"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0700) == 0);
        auto r = runProbe(dir, &owner);
        QVERIFY(r && r->store);
        QVERIFY(qobject_cast<DirSecretStore *>(r->store.data()));
        QVERIFY(r->notice.isEmpty());

        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
        r = runProbe(dir, &owner);
        QVERIFY(r && r->store);
        QVERIFY(qobject_cast<DirSecretStore *>(r->store.data()));
        QVERIFY2(r->notice.contains(u"chmod 700"), qPrintable(r->notice));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("missing");
        QTest::newRow("ysell token") << QString(SecretKey::YsellToken) << u"tok-"_s + randomHex()
                                     << u"No Ysell token is stored yet"_s;
        QTest::newRow("odoo password cyrillic") << QString(SecretKey::OdooPassword) << u"пароль с пробелом "_s + randomHex()
                                                << u"No Odoo password or API key is stored yet"_s;
    }

    void roundTrip()
    {
        if (!m_busAvailable)
            QSKIP(NoBusReason);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, missing);
        KeychainSecretStore store(m_service);

        auto r = waitForSecretJob(store.read(key));
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error().message.startsWith(missing), qPrintable(r->error().message));

        r = waitForSecretJob(store.write(key, value));
        QVERIFY2(r && r->ok(), r && !r->ok() ? qPrintable(r->error().message) : "no answer");
        r = waitForSecretJob(store.read(key));
        QVERIFY2(r && r->ok(), r && !r->ok() ? qPrintable(r->error().message) : "no answer");
        QCOMPARE(r->value(), value);

        // A second store object (as after a restart) sees the same entry.
        KeychainSecretStore again(m_service);
        r = waitForSecretJob(again.read(key));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value(), value);

        // Another service name does not.
        KeychainSecretStore other(m_service + u"-other"_s);
        r = waitForSecretJob(other.read(key));
        QVERIFY(r && !r->ok());

        r = waitForSecretJob(store.write(key, value + u"-overwritten"_s));
        QVERIFY(r && r->ok());
        r = waitForSecretJob(store.read(key));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value(), value + u"-overwritten"_s);

        r = waitForSecretJob(store.remove(key));
        QVERIFY2(r && r->ok(), r && !r->ok() ? qPrintable(r->error().message) : "no answer");
        r = waitForSecretJob(store.read(key));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Keychain);
        QVERIFY2(r->error().message.startsWith(missing), qPrintable(r->error().message));
        QVERIFY(r->error().message.contains(u"system keychain"));

        // Removing again is not an error.
        r = waitForSecretJob(store.remove(key));
        QVERIFY2(r && r->ok(), r && !r->ok() ? qPrintable(r->error().message) : "no answer");
    }

    void checkAvailable()
    {
        if (!m_busAvailable)
            QSKIP(NoBusReason);
        KeychainSecretStore store(m_service);
        const auto r = waitForSecretJob(store.checkAvailable());
        QVERIFY2(r && r->ok(), r && !r->ok() ? qPrintable(r->error().message) : "no answer");
    }

    void keysAreChecked()
    {
        // Refused before any keychain call, so this holds with or without a bus.
        KeychainSecretStore store(m_service);
        const auto r = waitForSecretJob(store.write(u"Bad Key"_s, u"v"_s));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Keychain);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
