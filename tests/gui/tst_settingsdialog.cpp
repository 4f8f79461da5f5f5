// The settings dialog driven by object names, offscreen: validation that keeps the input, saving
// (config.ini 0600 without secrets, secrets in the store) and "Test connection" against
// ysell-bridge-sim over real HTTPS, reading what the dialog shows.
#include "SettingsDialog.h"
#include "odoo/OdooClient.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "sync/NotificationCategory.h"

#include "SimProcess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using ysb::Config;
using ysb::SettingsDialog;

namespace {

template <typename T>
T *field(QWidget *dialog, const char *name)
{
    T *w = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return w;
}

std::optional<QString> readSecret(ysb::SecretStore &store, const QString &key)
{
    std::optional<QString> out;
    bool done = false;
    ysb::SecretJob *job = store.read(key);
    QObject::connect(job, &ysb::SecretJob::finished, [&](const ysb::Result<QString> &r) {
        if (r.ok())
            out = r.value();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30'000))
        qWarning("secret read never finished");
    return out;
}

bool writeSecret(ysb::SecretStore &store, const QString &key, const QString &value)
{
    bool ok = false;
    bool done = false;
    ysb::SecretJob *job = store.write(key, value);
    QObject::connect(job, &ysb::SecretJob::finished, [&](const ysb::Result<QString> &r) {
        ok = r.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 30'000) && ok;
}

void setText(QLineEdit *edit, const QString &text)
{
    // As a person would: select all and type, so that textEdited fires.
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void clickOk(QWidget *dialog)
{
    auto *box = field<QDialogButtonBox>(dialog, "buttonBox");
    QVERIFY(box);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

class TestSettingsDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFieldHasAnObjectName();
    void showsTheConfigValues();
    void everyNotificationCategoryCanBeMuted_data();
    void everyNotificationCategoryCanBeMuted();
    void everyRoutePresetIsOffered();
    void okWithHttpUrlShowsTheProblemAndKeepsTheInput();
    void savesConfigWithoutSecretsAndSecretsToTheStore();
    void untouchedSecretsAreLeftAlone();
    void sessionOnlyStoreShowsTheBanner();
    void odooTest_data();
    void odooTest();
    void odooTestAsOrdinaryUser_data();
    void odooTestAsOrdinaryUser();
    void ysellTest_data();
    void ysellTest();
    void createsMissingFields();
    void loadsLocationsAndDeliveryTypesFromOdoo();

private:
    /// A dialog on a config that points at the demo simulator, with a temporary config path.
    std::unique_ptr<SettingsDialog> makeDialog(ysb::test::SimProcess &sim, ysb::SecretStore *store,
                                               const QString &mappingFile = {});
    QString resultText(QWidget *dialog, const char *label, const char *button);

    QTemporaryDir m_tmp;
    ysb::test::SimProcess m_sim;
    ysb::test::SimProcess m_bare; // --no-custom-fields
    ysb::MemorySecretStore m_store;
    int m_configs = 0;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(m_sim.start({u"--demo"_s}), qPrintable(m_sim.errorString()));
    QVERIFY2(m_bare.start({u"--demo"_s, u"--no-custom-fields"_s}), qPrintable(m_bare.errorString()));
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::makeDialog(ysb::test::SimProcess &sim, ysb::SecretStore *store,
                                                               const QString &mappingFile)
{
    Config c;
    c.mappingFile = mappingFile;
    c.odooUrl = sim.odooUrl();
    c.odooDatabase = sim.odooDb();
    c.odooLogin = sim.odooLogin();
    c.ysellBaseUrl = sim.ysellUrl();
    c.extraCaFile = sim.caFile();
    const QString path = m_tmp.filePath(u"config-%1.ini"_s.arg(++m_configs));
    auto dialog = std::make_unique<SettingsDialog>(c, path, store);
    dialog->show();
    return dialog;
}

QString TestSettingsDialog::resultText(QWidget *dialog, const char *label, const char *button)
{
    auto *l = field<QLabel>(dialog, label);
    auto *b = field<QPushButton>(dialog, button);
    if (!l || !b)
        return {};
    // The button is disabled while the test runs and enabled again when the result is shown.
    if (!QTest::qWaitFor([b] { return b->isEnabled(); }, 120'000))
        return u"(the test never finished)"_s;
    return l->text();
}

void TestSettingsDialog::everyFieldHasAnObjectName()
{
    ysb::MemorySecretStore store;
    SettingsDialog dialog(Config{}, m_tmp.filePath(u"unused.ini"_s), &store);
    for (const char *name : {"odooUrlEdit", "odooDatabaseEdit", "odooLoginEdit", "odooSecretEdit", "ysellUrlEdit",
                             "ysellTokenEdit", "routeCreateEdit", "routeStatusEdit", "routeFindEdit",
                             "doneStatusesEdit", "extraCaEdit"})
        QVERIFY2(field<QLineEdit>(&dialog, name), name);
    for (const char *name : {"odooAuthCombo", "routePresetCombo", "shemaxLocationCombo", "pickingTypeCombo",
                             "languageCombo"})
        QVERIFY2(field<QComboBox>(&dialog, name), name);
    for (const char *name : {"startDateCheck", "reserveSerialsCheck", "cancelOtherDeliveryCheck", "odooActivitiesCheck",
                             "autostartCheck", "notifyPreflightCheck", "notifySendCheck", "notifyStatusCheck", "notifyPickingCheck",
                             "notifyConnectionCheck", "notifyCredentialsCheck", "notifyStorageCheck",
                             "notifySetupCheck"})
        QVERIFY2(field<QCheckBox>(&dialog, name), name);
    for (const char *name : {"testOdooButton", "testYsellButton", "createFieldsButton", "loadFromOdooButton",
                             "extraCaBrowseButton"})
        QVERIFY2(field<QPushButton>(&dialog, name), name);
    QVERIFY(field<QSpinBox>(&dialog, "sendIntervalSpin"));
    QVERIFY(field<QSpinBox>(&dialog, "statusIntervalSpin"));
    QVERIFY(field<QDateEdit>(&dialog, "startDateEdit"));
    QVERIFY(field<QGroupBox>(&dialog, "notificationsGroup"));

    // Secrets are masked; the reserve option tells what it does to the delivery.
    QCOMPARE(field<QLineEdit>(&dialog, "odooSecretEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(field<QLineEdit>(&dialog, "ysellTokenEdit")->echoMode(), QLineEdit::Password);
    const QString reserve = field<QCheckBox>(&dialog, "reserveSerialsCheck")->text();
    QVERIFY2(reserve.contains(u"Ready"_s) && reserve.contains(u"Draft"_s), qPrintable(reserve));
    // The languages offered.
    auto *language = field<QComboBox>(&dialog, "languageCombo");
    QCOMPARE(language->count(), 3);
    QCOMPARE(language->itemData(0).toString(), QString());
    QCOMPARE(language->itemText(2), u"Русский"_s);
}

void TestSettingsDialog::showsTheConfigValues()
{
    Config c;
    c.odooUrl = u"https://odoo.example.com"_s;
    c.odooAuth = ysb::OdooAuth::ApiKey;
    c.ysellRoutes = ysb::YsellRoutePreset::YsellV1;
    c.startDate = QDate(2024, 3, 1);
    c.sendIntervalMin = 7;
    c.statusIntervalMin = 90;
    c.reserveSerials = true;
    c.odooActivities = true;
    c.language = u"ru"_s;
    c.mutedCategories = {u"status"_s};
    ysb::MemorySecretStore store;
    SettingsDialog dialog(c, m_tmp.filePath(u"unused.ini"_s), &store);
    QCOMPARE(field<QLineEdit>(&dialog, "odooUrlEdit")->text(), c.odooUrl);
    QCOMPARE(field<QComboBox>(&dialog, "odooAuthCombo")->currentData().toString(), u"api_key"_s);
    QVERIFY(field<QLabel>(&dialog, "odooSecretLabel")->text().contains(u"API"_s));
    QCOMPARE(field<QComboBox>(&dialog, "routePresetCombo")->currentData().toString(), u"ysell-v1"_s);
    QVERIFY(field<QCheckBox>(&dialog, "startDateCheck")->isChecked());
    QCOMPARE(field<QDateEdit>(&dialog, "startDateEdit")->date(), c.startDate);
    QCOMPARE(field<QSpinBox>(&dialog, "sendIntervalSpin")->value(), 7);
    QCOMPARE(field<QSpinBox>(&dialog, "statusIntervalSpin")->value(), 90);
    QVERIFY(field<QCheckBox>(&dialog, "reserveSerialsCheck")->isChecked());
    QVERIFY(!field<QCheckBox>(&dialog, "cancelOtherDeliveryCheck")->isChecked());
    QVERIFY(field<QCheckBox>(&dialog, "odooActivitiesCheck")->isChecked());
    QCOMPARE(field<QComboBox>(&dialog, "languageCombo")->currentData().toString(), u"ru"_s);
    QVERIFY(!field<QCheckBox>(&dialog, "notifyStatusCheck")->isChecked());
    QVERIFY(field<QCheckBox>(&dialog, "notifySendCheck")->isChecked());
    // Untouched, the dialog gives back exactly what it was given.
    QCOMPARE(dialog.currentConfig(), c);
}

void TestSettingsDialog::everyNotificationCategoryCanBeMuted_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("box");
    QTest::newRow("preflight") << u"preflight"_s << u"notifyPreflightCheck"_s;
    QTest::newRow("send") << u"send"_s << u"notifySendCheck"_s;
    QTest::newRow("status") << u"status"_s << u"notifyStatusCheck"_s;
    QTest::newRow("picking") << u"picking"_s << u"notifyPickingCheck"_s;
    QTest::newRow("connection") << u"connection"_s << u"notifyConnectionCheck"_s;
    QTest::newRow("credentials") << u"credentials"_s << u"notifyCredentialsCheck"_s;
    QTest::newRow("storage") << u"storage"_s << u"notifyStorageCheck"_s;
    QTest::newRow("setup (missing Ysell fields)") << u"setup"_s << u"notifySetupCheck"_s;
}

void TestSettingsDialog::everyNotificationCategoryCanBeMuted()
{
    QFETCH(QString, category);
    QFETCH(QString, box);
    QVERIFY(ysb::notificationCategoryFromName(category));
    ysb::MemorySecretStore store;
    Config muted;
    muted.mutedCategories = {category};
    SettingsDialog shown(muted, m_tmp.filePath(u"unused.ini"_s), &store);
    auto *check = shown.findChild<QCheckBox *>(box);
    QVERIFY2(check, qPrintable(box));
    QVERIFY(!check->isChecked());
    QVERIFY(!check->text().isEmpty());

    SettingsDialog dialog(Config{}, m_tmp.filePath(u"unused.ini"_s), &store);
    check = dialog.findChild<QCheckBox *>(box);
    QVERIFY(check->isChecked());
    check->setChecked(false);
    QCOMPARE(dialog.currentConfig().mutedCategories, QStringList{category});
}

void TestSettingsDialog::everyRoutePresetIsOffered()
{
    ysb::MemorySecretStore store;
    SettingsDialog dialog(Config{}, m_tmp.filePath(u"unused.ini"_s), &store);
    auto *combo = field<QComboBox>(&dialog, "routePresetCombo");
    QCOMPARE(combo->count(), qsizetype(ysb::ysellPresets().size()));
    for (const ysb::YsellPreset &preset : ysb::ysellPresets()) {
        combo->setCurrentIndex(combo->findData(QString(preset.name)));
        QCOMPARE(combo->currentText(), preset.displayName());
        QCOMPARE(dialog.currentConfig().ysellRoutes, preset.id);
        QCOMPARE(field<QLineEdit>(&dialog, "routeStatusEdit")->placeholderText(), preset.routes().status.toString());
    }
}

void TestSettingsDialog::okWithHttpUrlShowsTheProblemAndKeepsTheInput()
{
    auto dialog = makeDialog(m_sim, &m_store);
    QSignalSpy saved(dialog.get(), &SettingsDialog::settingsSaved);
    field<QTabWidget>(dialog.get(), "tabs")->setCurrentIndex(3);
    auto *url = field<QLineEdit>(dialog.get(), "odooUrlEdit");
    auto *login = field<QLineEdit>(dialog.get(), "odooLoginEdit");
    setText(url, u"http://odoo.example.com"_s);
    setText(login, u"someone@example.com"_s);
    clickOk(dialog.get());

    auto *problems = field<QLabel>(dialog.get(), "problemsLabel");
    QVERIFY(problems->isVisible());
    // In the field's words, with what to do about it.
    QVERIFY2(problems->text().contains(u"Odoo address"_s), qPrintable(problems->text()));
    QVERIFY2(problems->text().contains(u"must start with https://"_s), qPrintable(problems->text()));
    QVERIFY2(!problems->text().contains(u"[odoo]"_s), qPrintable(problems->text()));
    // Nothing lost, nothing saved, the dialog still open on the tab with the problem.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(url->text(), u"http://odoo.example.com"_s);
    QCOMPARE(login->text(), u"someone@example.com"_s);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!QFile::exists(dialog->configPath()));
    QCOMPARE(field<QTabWidget>(dialog.get(), "tabs")->currentWidget()->objectName(), u"odooTab"_s);

    // Corrected, the same dialog saves and the problem goes away.
    setText(url, u"https://odoo.example.com"_s);
    clickOk(dialog.get());
    QVERIFY(saved.count() == 1 || saved.wait(30'000));
    QVERIFY(!problems->isVisibleTo(dialog.get()));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

void TestSettingsDialog::savesConfigWithoutSecretsAndSecretsToTheStore()
{
    ysb::MemorySecretStore store;
    auto dialog = makeDialog(m_sim, &store);
    QSignalSpy saved(dialog.get(), &SettingsDialog::settingsSaved);
    // Secrets that look nothing like a setting, so that a leak is easy to spot in the file.
    const QString password = u"pw-%1-Zq"_s.arg(QRandomGenerator::global()->generate(), 0, 16);
    const QString token = u"tk-%1-Xv"_s.arg(QRandomGenerator::global()->generate(), 0, 16);
    setText(field<QLineEdit>(dialog.get(), "odooSecretEdit"), password);
    setText(field<QLineEdit>(dialog.get(), "ysellTokenEdit"), u"  "_s + token + u" "_s);
    field<QCheckBox>(dialog.get(), "reserveSerialsCheck")->setChecked(true);
    field<QCheckBox>(dialog.get(), "notifyPickingCheck")->setChecked(false);
    field<QComboBox>(dialog.get(), "languageCombo")->setCurrentIndex(1); // English
    field<QSpinBox>(dialog.get(), "sendIntervalSpin")->setValue(3);
    field<QCheckBox>(dialog.get(), "startDateCheck")->setChecked(true);
    field<QDateEdit>(dialog.get(), "startDateEdit")->setDate(QDate(2024, 5, 6));
    field<QComboBox>(dialog.get(), "shemaxLocationCombo")->setCurrentText(u"WH/ShemaxGlobal"_s);
    clickOk(dialog.get());
    QVERIFY(saved.count() == 1 || saved.wait(30'000));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    QFile file(dialog->configPath());
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(!text.contains(password), "the Odoo password is in config.ini");
    QVERIFY2(!text.contains(token), "the Ysell token is in config.ini");

    const ysb::Result<Config> loaded = ysb::ConfigStore::load(dialog->configPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(loaded.value(), dialog->savedConfig());
    QCOMPARE(loaded->odooUrl, m_sim.odooUrl());
    QVERIFY(loaded->reserveSerials);
    QCOMPARE(loaded->mutedCategories, QStringList{u"picking"_s});
    QCOMPARE(loaded->language, u"en"_s);
    QCOMPARE(loaded->sendIntervalMin, 3);
    QCOMPARE(loaded->startDate, QDate(2024, 5, 6));
    QCOMPARE(loaded->shemaxLocation, u"WH/ShemaxGlobal"_s);
    QCOMPARE(saved.first().first().value<Config>(), loaded.value());

    // The secrets went to the store, the token without the blanks pasted around it.
    QCOMPARE(readSecret(store, ysb::SecretKey::OdooPassword), std::optional<QString>(password));
    QCOMPARE(readSecret(store, ysb::SecretKey::YsellToken), std::optional<QString>(token));

    // A new dialog shows them again (masked) from the store.
    auto again = makeDialog(m_sim, &store);
    auto *secretEdit = field<QLineEdit>(again.get(), "odooSecretEdit");
    QTRY_COMPARE_WITH_TIMEOUT(secretEdit->text(), password, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(field<QLineEdit>(again.get(), "ysellTokenEdit")->text(), token, 30'000);
}

void TestSettingsDialog::untouchedSecretsAreLeftAlone()
{
    ysb::MemorySecretStore store;
    QVERIFY(writeSecret(store, ysb::SecretKey::YsellToken, u"kept-token"_s));
    QVERIFY(writeSecret(store, ysb::SecretKey::OdooPassword, u"old-password"_s));
    auto dialog = makeDialog(m_sim, &store);
    QTRY_COMPARE_WITH_TIMEOUT(field<QLineEdit>(dialog.get(), "ysellTokenEdit")->text(), u"kept-token"_s, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(field<QLineEdit>(dialog.get(), "odooSecretEdit")->text(), u"old-password"_s, 30'000);
    // Clearing the password field removes the password; the token field was not touched.
    setText(field<QLineEdit>(dialog.get(), "odooSecretEdit"), QString());
    QSignalSpy saved(dialog.get(), &SettingsDialog::settingsSaved);
    clickOk(dialog.get());
    QVERIFY(saved.count() == 1 || saved.wait(30'000));
    QCOMPARE(readSecret(store, ysb::SecretKey::YsellToken), std::optional<QString>(u"kept-token"_s));
    QCOMPARE(readSecret(store, ysb::SecretKey::OdooPassword), std::nullopt);
}

void TestSettingsDialog::sessionOnlyStoreShowsTheBanner()
{
    ysb::MemorySecretStore store;
    auto dialog = makeDialog(m_sim, &store);
    auto *banner = field<QLabel>(dialog.get(), "secretsBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), ysb::SecretStore::sessionOnlyNotice().render());
    dialog->setSecretsNotice(u"The secrets directory is readable by others."_s);
    QVERIFY(banner->text().contains(u"readable by others"_s));
}

void TestSettingsDialog::odooTest_data()
{
    QTest::addColumn<QString>("password"); // empty: the simulator's
    QTest::addColumn<QString>("database"); // empty: the simulator's
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("notExpected");

    QTest::newRow("all well") << QString() << QString() << u"ShemaxGlobal"_s << true
                              << QStringList{u"Odoo is ready for Ysell Bridge."_s, u"✓ Odoo version: Odoo 17"_s,
                                             u"✓ ShemaxGlobal location: Found WH/ShemaxGlobal"_s}
                              << QStringList{u"✗"_s};
    QTest::newRow("wrong password") << u"not-the-password"_s << QString() << u"ShemaxGlobal"_s << true
                                    << QStringList{u"✗ Database and sign-in: "_s + u"%BADCREDENTIALS%"_s,
                                                   u"Check the login and the password or API key"_s}
                                    << QStringList{u"not-the-password"_s, u"ready for Ysell Bridge"_s};
    QTest::newRow("wrong database") << QString() << u"no_such_db"_s << u"ShemaxGlobal"_s << true
                                    << QStringList{u"✗ Database and sign-in: "_s, u"no_such_db"_s,
                                                   u"Check the database name"_s}
                                    << QStringList{u"ready for Ysell Bridge"_s};
    QTest::newRow("missing location") << QString() << QString() << u"NoSuchSpot"_s << true
                                      << QStringList{u"✓ Database and sign-in"_s,
                                                     u"✗ ShemaxGlobal location: Odoo has no internal location named “NoSuchSpot”."_s,
                                                     u"Create the location in Odoo"_s}
                                      << QStringList{u"ready for Ysell Bridge"_s};
    QTest::newRow("TLS without the CA file") << QString() << QString() << u"ShemaxGlobal"_s << false
                                             << QStringList{u"✗ Odoo version: Odoo could not be reached."_s,
                                                            u"is not trusted on this computer"_s,
                                                            u"add its CA file in the settings"_s}
                                             << QStringList{u"ready for Ysell Bridge"_s};
}

void TestSettingsDialog::odooTest()
{
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QString, location);
    QFETCH(bool, withCa);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, notExpected);

    ysb::MemorySecretStore store;
    auto dialog = makeDialog(m_sim, &store);
    setText(field<QLineEdit>(dialog.get(), "odooSecretEdit"), password.isEmpty() ? m_sim.odooPassword() : password);
    if (!database.isEmpty())
        setText(field<QLineEdit>(dialog.get(), "odooDatabaseEdit"), database);
    field<QComboBox>(dialog.get(), "shemaxLocationCombo")->setCurrentText(location);
    if (!withCa)
        setText(field<QLineEdit>(dialog.get(), "extraCaEdit"), QString());

    auto *button = field<QPushButton>(dialog.get(), "testOdooButton");
    QTest::mouseClick(button, Qt::LeftButton);
    // Asynchronous: the click returns at once and the dialog says it is testing.
    QVERIFY(!button->isEnabled());
    QVERIFY(field<QLabel>(dialog.get(), "odooResultLabel")->text().contains(u"Testing"_s));
    const QString shown = resultText(dialog.get(), "odooResultLabel", "testOdooButton");
    for (QString e : expected) {
        e.replace(u"%BADCREDENTIALS%"_s, ysb::OdooClient::badCredentialsMessage(m_sim.odooLogin()).render());
        QVERIFY2(shown.contains(e), qPrintable(u"expected “%1” in:\n%2"_s.arg(e, shown)));
    }
    for (const QString &e : notExpected)
        QVERIFY2(!shown.contains(e), qPrintable(u"did not expect “%1” in:\n%2"_s.arg(e, shown)));
    // Nothing was saved by testing.
    QVERIFY(!QFile::exists(dialog->configPath()));
    QCOMPARE(readSecret(store, ysb::SecretKey::OdooPassword), std::nullopt);
}

// The rights of the signed-in user, in the words the clerk reads (issue: an ordinary Odoo user).
void TestSettingsDialog::odooTestAsOrdinaryUser_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("clerk") << u"clerk"_s
                           << QStringList{u"Odoo is ready for Ysell Bridge."_s,
                                          u"✓ Rights of the Odoo user: Your Odoo user may read and update sales orders "
                                          u"and create deliveries."_s};
    QTest::newRow("own documents only")
        << u"clerk_own"_s
        << QStringList{u"Odoo works with Ysell Bridge, but read the warning below."_s,
                       u"⚠ Rights of the Odoo user: Your Odoo user has Sales “User: Own Documents Only”"_s,
                       u"→ Ask an Odoo administrator to give the user clerk_own the rights Sales “User: All Documents”"_s};
    QTest::newRow("no inventory rights")
        << u"sales"_s
        << QStringList{u"✗ Rights of the Odoo user: Your Odoo user may not create deliveries"_s,
                       u"→ Ask an Odoo administrator to give the user sales the rights Inventory “User”"_s};
}

void TestSettingsDialog::odooTestAsOrdinaryUser()
{
    QFETCH(QString, login);
    QFETCH(QStringList, expected);
    ysb::MemorySecretStore store;
    auto dialog = makeDialog(m_sim, &store);
    setText(field<QLineEdit>(dialog.get(), "odooLoginEdit"), login);
    setText(field<QLineEdit>(dialog.get(), "odooSecretEdit"), m_sim.odooPassword());
    QTest::mouseClick(field<QPushButton>(dialog.get(), "testOdooButton"), Qt::LeftButton);
    const QString shown = resultText(dialog.get(), "odooResultLabel", "testOdooButton");
    for (const QString &e : expected)
        QVERIFY2(shown.contains(e), qPrintable(u"expected “%1” in:\n%2"_s.arg(e, shown)));
}

void TestSettingsDialog::ysellTest_data()
{
    QTest::addColumn<QString>("token"); // empty: the simulator's
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<QString>("url");   // empty: the simulator's
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QByteArray>("mapping"); // a request mapping file named in the settings, if any

    QTest::newRow("all well") << QString() << true << QString()
                              << QStringList{u"✓ Connection to Ysell: Ysell answered and accepted the token."_s}
                              << QByteArray();
    QTest::newRow("wrong token") << u"wrong-token"_s << true << QString()
                                 << QStringList{u"✗ Connection to Ysell"_s, u"Copy the API token"_s} << QByteArray();
    QTest::newRow("TLS without the CA file") << QString() << false << QString()
                                             << QStringList{u"✗ Connection to Ysell"_s,
                                                            u"is not trusted on this computer"_s,
                                                            u"Add the company's CA file"_s}
                                             << QByteArray();
    QTest::newRow("plain http address") << QString() << true << u"http://127.0.0.1:1"_s
                                        << QStringList{u"✗ Ysell address: Only https:// addresses are allowed"_s}
                                        << QByteArray();
    QTest::newRow("nothing listening") << QString() << true << u"https://127.0.0.1:1"_s
                                       << QStringList{u"refused the connection"_s, u"Check the Ysell address"_s}
                                       << QByteArray();
    QTest::newRow("with a mapping file") << QString() << true << QString()
                                         << QStringList{u"✓ Connection to Ysell: Ysell answered and accepted the token."_s}
                                         << QByteArray("preset = ysell-v1\n");
    QTest::newRow("broken mapping file") << QString() << true << QString()
                                         << QStringList{u"✗ Request mapping"_s,
                                                        u"line 2: encoding must be json or multipart, not “xml”"_s,
                                                        u"Correct the named lines of the mapping file"_s}
                                         << QByteArray("preset = ysell-v1\nencoding = xml\n");
}

void TestSettingsDialog::ysellTest()
{
    QFETCH(QString, token);
    QFETCH(bool, withCa);
    QFETCH(QString, url);
    QFETCH(QStringList, expected);
    QFETCH(QByteArray, mapping);

    QString mappingFile;
    if (!mapping.isEmpty()) {
        mappingFile = m_tmp.filePath(u"mapping-%1.ini"_s.arg(m_configs + 1));
        QFile f(mappingFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mapping);
    }
    ysb::MemorySecretStore store;
    auto dialog = makeDialog(m_sim, &store, mappingFile);
    setText(field<QLineEdit>(dialog.get(), "ysellTokenEdit"), token.isEmpty() ? m_sim.ysellToken() : token);
    if (!url.isEmpty())
        setText(field<QLineEdit>(dialog.get(), "ysellUrlEdit"), url);
    if (!withCa)
        setText(field<QLineEdit>(dialog.get(), "extraCaEdit"), QString());
    QTest::mouseClick(field<QPushButton>(dialog.get(), "testYsellButton"), Qt::LeftButton);
    const QString shown = resultText(dialog.get(), "ysellResultLabel", "testYsellButton");
    for (const QString &e : expected)
        QVERIFY2(shown.contains(e), qPrintable(u"expected “%1” in:\n%2"_s.arg(e, shown)));
    const QString secret = token.isEmpty() ? m_sim.ysellToken() : token;
    QVERIFY2(!shown.contains(secret), "the token is shown in the result");
}

void TestSettingsDialog::createsMissingFields()
{
    ysb::MemorySecretStore store;
    auto dialog = makeDialog(m_bare, &store);
    setText(field<QLineEdit>(dialog.get(), "odooSecretEdit"), m_bare.odooPassword());
    auto *create = field<QPushButton>(dialog.get(), "createFieldsButton");
    QVERIFY(!create->isVisible());
    QTest::mouseClick(field<QPushButton>(dialog.get(), "testOdooButton"), Qt::LeftButton);
    QString shown = resultText(dialog.get(), "odooResultLabel", "testOdooButton");
    QVERIFY2(shown.contains(u"✗ Ysell fields in Odoo: Missing in Odoo"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"x_ysell_state"_s), qPrintable(shown));
    QVERIFY(create->isVisible());

    QTest::mouseClick(create, Qt::LeftButton);
    // Creating, then checking again by itself: wait for the final all-clear.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return field<QLabel>(dialog.get(), "odooResultLabel")->text().contains(u"ready for Ysell Bridge"_s)
                || field<QLabel>(dialog.get(), "odooResultLabel")->text().startsWith(u"✗"_s);
        },
        120'000));
    shown = field<QLabel>(dialog.get(), "odooResultLabel")->text();
    QVERIFY2(shown.contains(u"✓ Ysell fields in Odoo"_s), qPrintable(shown));
    QVERIFY(!create->isVisible());
}

void TestSettingsDialog::loadsLocationsAndDeliveryTypesFromOdoo()
{
    ysb::MemorySecretStore store;
    auto dialog = makeDialog(m_sim, &store);
    auto *location = field<QComboBox>(dialog.get(), "shemaxLocationCombo");
    auto *type = field<QComboBox>(dialog.get(), "pickingTypeCombo");
    location->setCurrentText(u"typed by hand"_s);

    // Without a password it says what is missing instead of asking Odoo.
    auto *button = field<QPushButton>(dialog.get(), "loadFromOdooButton");
    auto *status = field<QLabel>(dialog.get(), "odooListsLabel");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([button] { return button->isEnabled(); }, 60'000));
    QVERIFY2(status->text().contains(u"Password: Not filled in."_s), qPrintable(status->text()));
    QCOMPARE(location->count(), 0);

    setText(field<QLineEdit>(dialog.get(), "odooSecretEdit"), m_sim.odooPassword());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([button] { return button->isEnabled(); }, 60'000));
    QStringList locations;
    for (int i = 0; i < location->count(); ++i)
        locations << location->itemText(i);
    QVERIFY2(locations.contains(u"WH/ShemaxGlobal"_s), qPrintable(locations.join(u", "_s)));
    QVERIFY2(locations.contains(u"WH/Stock"_s), qPrintable(locations.join(u", "_s)));
    QVERIFY(type->count() >= 1);
    for (int i = 0; i < type->count(); ++i)
        QVERIFY(!type->itemText(i).isEmpty());
    QVERIFY2(status->text().contains(u"internal location"_s), qPrintable(status->text()));
    // The clerk's own entry stays until they pick one.
    QCOMPARE(location->currentText(), u"typed by hand"_s);
    location->setCurrentIndex(int(locations.indexOf(u"WH/ShemaxGlobal"_s)));
    QCOMPARE(dialog->currentConfig().shemaxLocation, u"WH/ShemaxGlobal"_s);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
