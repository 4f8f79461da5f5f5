#pragma once

#include "settings/Config.h"
#include "sync/Bridge.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace ysb {

class DBusNotifier;
class MainWindow;
class NotificationDigest;
class SecretStore;
class SingleInstance;
class Tray;
class TrayNotifier;

/// The desktop app's start-up and wiring, kept out of main(): one instance per user, the settings,
/// the secret store, the Bridge, the window, the tray and the notifications. Every step that waits
/// (keychain, local socket) is asynchronous; problems are shown in plain words.
class GuiApp final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiApp)
public:
    explicit GuiApp(QObject *parent = nullptr);
    ~GuiApp() override;

    /// Parses the command line (--config, --secrets-dir, --version, --help) and runs the event loop.
    int exec(const QStringList &arguments);

    MainWindow *window() const;
    Bridge *bridge() const { return m_bridge.get(); }

private:
    void onPrimary();
    void loadConfig();
    void onStoreReady(SecretStore *store, const Text &notice);
    void readSecrets();
    void openBridge(const BridgeSecrets &secrets);
    void showWindow();
    void openSettings(const QString &why);
    void onSettingsSaved(const Config &config, bool secretsChanged = false);
    void applyUiSettings();
    void fail(const QString &title, const QString &message);

    QString m_configPath;
    QString m_secretsDir;
    Config m_config;
    bool m_firstStart = false;
    QPointer<SecretStore> m_store;
    Text m_storeNotice; // shown in the language of the moment it is shown
    SingleInstance *m_instance = nullptr;
    std::unique_ptr<Bridge> m_bridge;
    QPointer<MainWindow> m_window;
    Tray *m_tray = nullptr;
    TrayNotifier *m_trayNotifier = nullptr;
    DBusNotifier *m_notifier = nullptr;
    NotificationDigest *m_digest = nullptr;
    bool m_raisePending = false;
};

} // namespace ysb
