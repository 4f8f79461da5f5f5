// The settings dialog with the real keychain: the store SecretStore::probe picks (KeychainSecretStore
// over the Secret Service of gnome-keyring on a private D-Bus session), the token typed in the
// dialog, read back through a second, independent store, and shown again by a new dialog.
// Run with: scripts/with-session ctest --test-dir <build> -R tst_keychain_dialog
#include "SettingsDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreProbe.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Probed {
    QPointer<ysb::SecretStore> store;
    QString notice;
};

std::optional<Probed> probe(QObject *parent)
{
    ysb::SecretStoreProbe *p = ysb::SecretStore::probe({}, parent, 20'000);
    std::optional<Probed> out;
    QObject context;
    QObject::connect(p, &ysb::SecretStoreProbe::finished, &context,
                     [&out](ysb::SecretStore *store, const ysb::Text &notice) { out = Probed{store, notice.render()}; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 40'000))
        return std::nullopt;
    return out;
}

ysb::Result<QString> runJob(ysb::SecretJob *job)
{
    std::optional<ysb::Result<QString>> out;
    QObject::connect(job, &ysb::SecretJob::finished, [&out](const ysb::Result<QString> &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 60'000))
        return ysb::Error::plain(ysb::ErrorKind::Timeout, u"test: the secret job never finished"_s);
    return *out;
}

} // namespace

class TestKeychainDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenRoundTripThroughTheKeychain();
    void cleanupTestCase();

private:
    QTemporaryDir m_tmp;
    QObject m_storeParent;
};

void TestKeychainDialog::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // SecretStore::probe uses the real service name: only ever inside the throw-away keyring of
    // scripts/with-session, never in a person's own session.
    if (!qEnvironmentVariableIsSet("YSB_IN_SESSION"))
        QSKIP("needs the private keyring of scripts/with-session: "
              "scripts/with-session ctest --test-dir <build> -R tst_keychain_dialog");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "scripts/with-session gave no session bus");
}

void TestKeychainDialog::tokenRoundTripThroughTheKeychain()
{
    const auto probed = probe(&m_storeParent);
    QVERIFY2(probed.has_value(), "SecretStore::probe never finished");
    QVERIFY(probed->store);
    QVERIFY2(probed->store->isPersistent(), qPrintable(u"no keychain found: "_s + probed->notice));
    QVERIFY2(qobject_cast<ysb::KeychainSecretStore *>(probed->store.data()), qPrintable(probed->store->description().render()));

    const QString token = u"kc-%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 16);
    const QString path = m_tmp.filePath(u"config.ini"_s);
    ysb::Config config;
    config.ysellBaseUrl = u"https://ysell.example.com"_s;
    {
        ysb::SettingsDialog dialog(config, path, probed->store);
        dialog.show();
        // A keychain is there: no "this session only" banner.
        QVERIFY(!dialog.findChild<QLabel *>(u"secretsBanner"_s)->isVisible());
        auto *edit = dialog.findChild<QLineEdit *>(u"ysellTokenEdit"_s);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, token);
        QSignalSpy saved(&dialog, &ysb::SettingsDialog::settingsSaved);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY2(saved.count() == 1 || saved.wait(60'000),
                 qPrintable(dialog.findChild<QLabel *>(u"problemsLabel"_s)->text()));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains(token.toUtf8()), "the token reached config.ini");

    // An independent store on the same keyring finds it.
    ysb::KeychainSecretStore other;
    const ysb::Result<QString> read = runJob(other.read(ysb::SecretKey::YsellToken));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read.value(), token);

    // A new dialog shows it again.
    ysb::SettingsDialog again(config, path, &other);
    QTRY_COMPARE_WITH_TIMEOUT(again.findChild<QLineEdit *>(u"ysellTokenEdit"_s)->text(), token, 60'000);
}

void TestKeychainDialog::cleanupTestCase()
{
    if (!qEnvironmentVariableIsSet("YSB_IN_SESSION"))
        return;
    ysb::KeychainSecretStore store;
    const auto removed = runJob(store.remove(ysb::SecretKey::YsellToken));
    QVERIFY(removed.ok());
}

QTEST_MAIN(TestKeychainDialog)
#include "tst_keychain_dialog.moc"
