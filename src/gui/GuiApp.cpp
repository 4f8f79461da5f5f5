#include "GuiApp.h"

#include "DBusNotifier.h"
#include "Logging.h"
#include "MainWindow.h"
#include "NotificationDigest.h"
#include "SingleInstance.h"
#include "Tray.h"
#include "journal/Journal.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreProbe.h"
#include "sync/SyncEngine.h"

#if __has_include("SettingsDialog.h")
#include "SettingsDialog.h"
#define YSB_HAVE_SETTINGS_DIALOG 1
#endif
#if __has_include("Translations.h")
#include "Translations.h"
#define YSB_HAVE_TRANSLATIONS 1
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace ysb {

GuiApp::GuiApp(QObject *parent)
    : QObject(parent)
{
}

GuiApp::~GuiApp()
{
    // The window goes first (it points into the Bridge), then the engine with its jobs.
    delete m_window;
    if (m_bridge)
        m_bridge->engine()->stop();
    m_bridge.reset();
    delete m_tray;
}

MainWindow *GuiApp::window() const
{
    return m_window;
}

int GuiApp::exec(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Ysell Bridge sends confirmed Odoo orders to the Ysell.pro warehouse "
                                        "and creates the deliveries when Ysell is done."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(u"config"_s, tr("Settings file (default: %1).").arg(ConfigStore::defaultPath()),
                                    tr("FILE"));
    const QCommandLineOption secretsDir(u"secrets-dir"_s,
                                        tr("Read the secrets from files odoo-password and ysell-token in DIR instead "
                                           "of the system keychain."),
                                        tr("DIR"));
    parser.addOption(config);
    parser.addOption(secretsDir);
    parser.process(arguments);
    m_configPath = parser.isSet(config) ? parser.value(config) : ConfigStore::defaultPath();
    m_secretsDir = parser.value(secretsDir);

    m_instance = new SingleInstance(SingleInstance::defaultServerName(), this);
    connect(m_instance, &SingleInstance::alreadyRunning, this, [] {
        qCInfo(lcGui) << "another Ysell Bridge runs for this user; asked it to come forward";
        QCoreApplication::exit(0);
    });
    connect(m_instance, &SingleInstance::becamePrimary, this, &GuiApp::onPrimary);
    connect(m_instance, &SingleInstance::failed, this, &GuiApp::onPrimary);
    connect(m_instance, &SingleInstance::raiseRequested, this, [this] {
        if (m_window)
            m_window->bringToFront();
        else
            m_raisePending = true;
    });
    m_instance->start();
    return QApplication::exec();
}

void GuiApp::onPrimary()
{
    loadConfig();
}

void GuiApp::fail(const QString &title, const QString &message)
{
    qCWarning(lcGui).noquote() << title << message;
    auto *box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Close);
    box->setObjectName(u"startupError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(1); });
    box->open();
}

void GuiApp::loadConfig()
{
    m_firstStart = !QFileInfo::exists(m_configPath);
    const Result<Config> cfg = ConfigStore::loadOrDefaults(m_configPath);
    if (!cfg.ok()) {
        fail(tr("Ysell Bridge cannot start"),
             tr("The settings file %1 has problems:\n\n%2").arg(m_configPath, cfg.error().message));
        return;
    }
    m_config = cfg.value();
    applyUiSettings();
    SecretStoreProbe *probe = SecretStore::probe(m_secretsDir, this);
    connect(probe, &SecretStoreProbe::finished, this, &GuiApp::onStoreReady);
}

void GuiApp::applyUiSettings()
{
#ifdef YSB_HAVE_TRANSLATIONS
    installTranslations(m_config.language);
#endif
    if (m_digest) {
        m_digest->setMutedCategories(m_config.mutedCategories);
        m_digest->setEnabled(m_config.notifications);
    }
}

void GuiApp::onStoreReady(SecretStore *store, const Text &notice)
{
    m_store = store;
    m_storeNotice = notice;
    if (m_firstStart) {
        openSettings(tr("Welcome to Ysell Bridge. Enter the Odoo and Ysell connections to start."));
        return;
    }
    const QList<Text> missing = m_config.missingRequired();
    if (!missing.isEmpty()) {
        openSettings(Text::join(missing, u"\n"_s));
        return;
    }
    readSecrets();
}

void GuiApp::readSecrets()
{
    // Both secrets, one after the other; a missing one sends the clerk to the settings.
    SecretJob *odooJob = m_store->read(SecretKey::OdooPassword);
    connect(odooJob, &SecretJob::finished, this, [this](const Result<QString> &odoo) {
        if (!odoo.ok()) {
            openSettings(odoo.error().message);
            return;
        }
        const QString odooSecret = odoo.value();
        SecretJob *ysellJob = m_store->read(SecretKey::YsellToken);
        connect(ysellJob, &SecretJob::finished, this, [this, odooSecret](const Result<QString> &ysell) {
            if (!ysell.ok()) {
                openSettings(ysell.error().message);
                return;
            }
            openBridge(BridgeSecrets{odooSecret, ysell.value()});
        });
    });
}

void GuiApp::openBridge(const BridgeSecrets &secrets)
{
    auto bridge = Bridge::create(m_config, secrets);
    if (!bridge.ok()) {
        const Error &e = bridge.error();
        if (e.kind == ErrorKind::Config || e.kind == ErrorKind::InsecureUrl) {
            openSettings(e.message);
            return;
        }
        fail(tr("Ysell Bridge cannot start"), e.message);
        return;
    }
    m_bridge = std::move(bridge).value();
    showWindow();
}

void GuiApp::showWindow()
{
    const bool trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    if (!m_tray) {
        m_tray = new Tray();
        m_trayNotifier = new TrayNotifier(this);
        m_trayNotifier->setTrayIcon(m_tray->systemTrayIcon());
        m_notifier = new DBusNotifier(QDBusConnection::sessionBus(), m_trayNotifier, this);
        m_digest = new NotificationDigest(m_notifier, this);
        applyUiSettings();
        connect(m_tray, &Tray::openRequested, this, [this] {
            if (m_window)
                m_window->bringToFront();
        });
        connect(m_tray, &Tray::checkNowRequested, this, [this] {
            if (m_bridge)
                m_bridge->engine()->checkNow();
        });
        connect(m_tray, &Tray::pauseToggled, this, [this](bool paused) {
            if (m_bridge)
                m_bridge->engine()->setPaused(paused);
        });
        connect(m_tray, &Tray::quitRequested, qApp, &QApplication::quit);
        connect(m_notifier, &Notifier::activated, this, [this](const QStringList &refs) {
            if (m_window)
                m_window->openOrders(refs);
        });
    }
    // Without a tray, closing the window is the only way to quit.
    QApplication::setQuitOnLastWindowClosed(!trayAvailable);

    auto *window = new MainWindow(m_bridge.get());
    m_window = window;
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->setCloseHides(trayAvailable);
    connect(window, &MainWindow::overallStateChanged, m_tray,
            [this](Tray::State state, const QString &summary) { m_tray->setState(state, summary); });
    connect(window, &MainWindow::settingsRequested, this, [this] { openSettings(QString()); });
    SyncEngine *engine = m_bridge->engine();
    connect(engine, &SyncEngine::notification, m_digest, &NotificationDigest::add);
    connect(engine, &SyncEngine::scheduleChanged, m_tray, [this] {
        if (m_bridge)
            m_tray->setPaused(m_bridge->engine()->isPaused());
    });
    if (!m_storeNotice.isEmpty())
        window->showNotice(m_storeNotice.render());
    window->show();
    if (m_raisePending)
        window->bringToFront();
    m_raisePending = false;
    engine->start();
}

void GuiApp::openSettings(const QString &why)
{
#ifdef YSB_HAVE_SETTINGS_DIALOG
    const Config current = m_bridge ? m_bridge->config() : m_config;
    auto *dialog = new SettingsDialog(current, m_configPath, m_store, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QString notice = m_storeNotice.render();
    if (!why.isEmpty())
        notice = notice.isEmpty() ? why : why + u"\n\n"_s + notice;
    dialog->setSecretsNotice(notice);
    connect(dialog, &SettingsDialog::settingsSaved, this,
            [this, dialog](const Config &config) { onSettingsSaved(config, dialog->secretsWritten()); });
    if (!m_bridge) {
        // Nothing runs yet: without settings there is nothing to show.
        connect(dialog, &QDialog::rejected, qApp, [] { QCoreApplication::exit(0); });
    }
    dialog->open();
#else
    // TODO(GUI-SETTINGS): until SettingsDialog lands, the clerk is told where the settings live.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Ysell Bridge settings"),
                                tr("Ysell Bridge needs its settings before it can start.\n\n%1\n\nSettings file: %2\n"
                                   "Secrets: store them with “ysell-bridge-cli secret set odoo” and "
                                   "“ysell-bridge-cli secret set ysell”.")
                                    .arg(why, m_configPath),
                                QMessageBox::Close, m_window);
    box->setObjectName(u"settingsTodo"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!m_bridge)
        connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(0); });
    box->open();
#endif
}

void GuiApp::onSettingsSaved(const Config &config, bool secretsChanged)
{
    // A new password or token alone (say after "Sign-in refused") also needs the Bridge rebuilt.
    const bool connectionChanged = !m_bridge || m_bridge->config() != config || secretsChanged;
    m_config = config;
    m_firstStart = false;
    applyUiSettings();
    if (!connectionChanged)
        return;
    // New connection settings or secrets: the Bridge is rebuilt with them, after the running cycle.
    auto rebuild = [this] {
        delete m_window;
        if (m_bridge)
            m_bridge->engine()->stop();
        m_bridge.reset();
        m_raisePending = true;
        readSecrets();
    };
    if (m_bridge && m_bridge->engine()->isBusy()) {
        m_bridge->engine()->stop();
        connect(m_bridge->engine(), &SyncEngine::idle, this, rebuild, Qt::SingleShotConnection);
    } else {
        rebuild();
    }
}

} // namespace ysb
