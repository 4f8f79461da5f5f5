#pragma once

#include "ConnectionTester.h"
#include "Result.h"
#include "settings/Config.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class QCheckBox;
class QLineEdit;
class QWidget;

namespace ysb {

class SecretStore;

namespace Ui {
class SettingsDialog;
}

/// The settings of Ysell Bridge: connections, warehouse, schedule, notifications and language.
///
/// Works on a copy of the Config and saves only on OK, after Config::validate() found nothing to
/// complain about: config.ini through ConfigStore::save (mode 0600), the Odoo secret and the Ysell
/// token through the SecretStore only. "Test connection" and "Load from Odoo" use the values as
/// they are being edited, asynchronously. Settings the dialog does not show are kept as they were.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// `secrets` is not owned and must outlive the dialog (null: secrets live in this dialog's
    /// memory only). `configPath` is where OK saves config.ini.
    SettingsDialog(const Config &config, const QString &configPath, SecretStore *secrets,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The settings as entered so far (not saved).
    Config currentConfig() const;
    /// The configuration as last saved by this dialog (the initial one before that).
    Config savedConfig() const { return m_saved; }
    QString configPath() const { return m_configPath; }

    /// Shows a notice about the secret store (e.g. from SecretStoreProbe) above the tabs.
    void setSecretsNotice(const QString &notice);

    /// The names of the notification categories the dialog offers, in order: all of them.
    static QStringList notificationCategories();
    /// True when the last save stored a changed password, key or token: the running engine must use it.
    bool secretsWritten() const { return m_secretsWritten; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /// The settings were saved to configPath() and the changed secrets to the store.
    void settingsSaved(const ysb::Config &config);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FieldRef {
        QString section;
        QString key;
        QWidget *widget = nullptr;
        QWidget *label = nullptr;
    };

    void setupChoices();
    void retranslateChoices();
    void loadFromConfig(const Config &config);
    void loadSecrets();
    void updateAuthLabel();
    YsellRoutePreset currentPreset() const;
    void updateRoutePlaceholders();
    void updateBanner();
    QList<FieldRef> fieldRefs() const;
    void showProblems(const QString &heading, const QStringList &problems);
    void clearProblems();
    void setSaving(bool saving);
    void writeSecret(const QString &key, const QString &value);
    void onSecretWritten(const QString &key, const Result<QString> &result);
    void finishSave();

    void onTestOdooClicked();
    void onTestYsellClicked();
    void onCreateFieldsClicked();
    void onLoadFromOdooClicked();
    void onBrowseCaClicked();
    void onOdooTested(const ConnectionReport &report);
    void onYsellTested(const ConnectionReport &report);
    void onFieldsCreated(const Result<QStringList> &created);
    void onOdooChoicesLoaded(const Result<OdooChoices> &choices);

    QString odooSecret() const;
    QString ysellToken() const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Config m_original;
    Config m_saved;
    Config m_pendingConfig;
    QString m_configPath;
    QPointer<SecretStore> m_secrets;
    ConnectionTester *m_tester = nullptr;
    QString m_secretsNotice;
    bool m_odooSecretEdited = false;
    bool m_ysellTokenEdited = false;
    bool m_saving = false;
    int m_pendingWrites = 0;
    bool m_secretsWritten = false;
    QStringList m_writeProblems;
    QList<OdooQueries::CustomField> m_missingFields;
    QList<QCheckBox *> m_notifyBoxes; // one per allNotificationCategories(), in that order
};

} // namespace ysb
