#include "SettingsDialog.h"

#include "Autostart.h"
#include "Logging.h"
#include "Translations.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"
#include "sync/NotificationCategory.h"
#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

// Marks a field the problems list talks about; the style sheet survives a theme change.
void markInvalid(QWidget *widget, bool invalid)
{
    if (!widget)
        return;
    widget->setProperty("ysbInvalid", invalid);
    widget->setStyleSheet(invalid ? u"*[ysbInvalid=\"true\"] { border: 2px solid #c0392b; }"_s : QString());
}

// "Odoo &address:" → "Odoo address"
QString plainLabel(const QWidget *label)
{
    QString text;
    if (const auto *l = qobject_cast<const QLabel *>(label))
        text = l->text();
    else if (const auto *b = qobject_cast<const QAbstractButton *>(label))
        text = b->text();
    text.remove(u'&');
    while (text.endsWith(u':') || text.endsWith(u' '))
        text.chop(1);
    return text;
}

int comboIndexOfData(const QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    return i < 0 ? 0 : i;
}

// "3.1, 3.2" as typed into a line: the codes, without blanks.
QStringList statusList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString s = part.trimmed(); !s.isEmpty())
            out << s;
    }
    return out;
}

} // namespace

SettingsDialog::SettingsDialog(const Config &config, const QString &configPath, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_original(config)
    , m_saved(config)
    , m_configPath(configPath)
    , m_secrets(secrets)
    , m_tester(new ConnectionTester(this))
{
    m_ui->setupUi(this);
    if (!m_secrets)
        m_secrets = new MemorySecretStore(this);

    setupChoices();
    loadFromConfig(config);
    updateBanner();

    connect(m_ui->odooAuthCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateAuthLabel);
    connect(m_ui->routePresetCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRoutePlaceholders);
    connect(m_ui->startDateCheck, &QCheckBox::toggled, m_ui->startDateEdit, &QWidget::setEnabled);
    connect(m_ui->odooSecretEdit, &QLineEdit::textEdited, this, [this] { m_odooSecretEdited = true; });
    connect(m_ui->ysellTokenEdit, &QLineEdit::textEdited, this, [this] { m_ysellTokenEdited = true; });
    connect(m_ui->testOdooButton, &QPushButton::clicked, this, &SettingsDialog::onTestOdooClicked);
    connect(m_ui->testYsellButton, &QPushButton::clicked, this, &SettingsDialog::onTestYsellClicked);
    connect(m_ui->createFieldsButton, &QPushButton::clicked, this, &SettingsDialog::onCreateFieldsClicked);
    connect(m_ui->loadFromOdooButton, &QPushButton::clicked, this, &SettingsDialog::onLoadFromOdooClicked);
    connect(m_ui->extraCaBrowseButton, &QPushButton::clicked, this, &SettingsDialog::onBrowseCaClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_tester, &ConnectionTester::odooTested, this, &SettingsDialog::onOdooTested);
    connect(m_tester, &ConnectionTester::ysellTested, this, &SettingsDialog::onYsellTested);
    connect(m_tester, &ConnectionTester::fieldsCreated, this, &SettingsDialog::onFieldsCreated);
    connect(m_tester, &ConnectionTester::odooChoicesLoaded, this, &SettingsDialog::onOdooChoicesLoaded);

    loadSecrets();
}

SettingsDialog::~SettingsDialog() = default;

QStringList SettingsDialog::notificationCategories()
{
    QStringList names;
    for (NotificationCategory c : allNotificationCategories())
        names << notificationCategoryName(c);
    return names;
}

void SettingsDialog::setupChoices()
{
    m_ui->odooAuthCombo->addItem(QString(), Config::authName(OdooAuth::Password));
    m_ui->odooAuthCombo->addItem(QString(), Config::authName(OdooAuth::ApiKey));
    for (const YsellPreset &preset : ysellPresets())
        m_ui->routePresetCombo->addItem(QString(), QString(preset.name));
    // One box per category, named after it ("notifySendCheck"), so that every category can be muted.
    for (NotificationCategory category : allNotificationCategories()) {
        QString name = notificationCategoryName(category);
        name[0] = name[0].toUpper();
        auto *box = new QCheckBox(m_ui->notificationsGroup);
        box->setObjectName(u"notify%1Check"_s.arg(name));
        m_ui->notificationsLayout->addWidget(box);
        m_notifyBoxes << box;
    }
    m_ui->languageCombo->addItem(QString(), QString());
    // Language names in their own language, so that a clerk finds theirs whatever is shown now.
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Русский"_s, u"ru"_s);
    for (QSpinBox *spin : {m_ui->sendIntervalSpin, m_ui->statusIntervalSpin})
        spin->setRange(Config::IntervalMinMin, Config::IntervalMinMax);
    m_ui->staleDaysSpin->setRange(Config::StaleDaysMin, Config::StaleDaysMax);
    m_ui->attentionHoursSpin->setRange(Config::AttentionHoursMin, Config::AttentionHoursMax);
    retranslateChoices();
}

void SettingsDialog::retranslateChoices()
{
    m_ui->odooAuthCombo->setItemText(0, tr("Password"));
    m_ui->odooAuthCombo->setItemText(1, tr("API key"));
    for (int i = 0; i < m_ui->routePresetCombo->count(); ++i)
        m_ui->routePresetCombo->setItemText(i, ysellPresets()[size_t(i)].displayName());
    const QList<NotificationCategory> categories = allNotificationCategories();
    for (qsizetype i = 0; i < m_notifyBoxes.size(); ++i)
        m_notifyBoxes[i]->setText(notificationCategoryLabel(categories[i]));
    m_ui->languageCombo->setItemText(0, tr("System language"));
    for (QSpinBox *spin : {m_ui->sendIntervalSpin, m_ui->statusIntervalSpin})
        spin->setSuffix(tr(" min"));
    m_ui->staleDaysSpin->setSuffix(tr(" days"));
    m_ui->attentionHoursSpin->setSuffix(tr(" h"));
    for (QSpinBox *spin : {m_ui->staleDaysSpin, m_ui->attentionHoursSpin})
        spin->setSpecialValueText(tr("Never")); // 0 turns the limit off
    if (QLineEdit *edit = m_ui->pickingTypeCombo->lineEdit())
        edit->setPlaceholderText(tr("Default: the delivery type of the location's warehouse"));
    if (QLineEdit *edit = m_ui->shemaxLocationCombo->lineEdit())
        edit->setPlaceholderText(u"ShemaxGlobal"_s);
    updateAuthLabel();
    updateRoutePlaceholders();
    updateBanner();
}

void SettingsDialog::loadFromConfig(const Config &c)
{
    m_ui->odooUrlEdit->setText(c.odooUrl);
    m_ui->odooDatabaseEdit->setText(c.odooDatabase);
    m_ui->odooLoginEdit->setText(c.odooLogin);
    m_ui->odooAuthCombo->setCurrentIndex(comboIndexOfData(m_ui->odooAuthCombo, Config::authName(c.odooAuth)));

    m_ui->ysellUrlEdit->setText(c.ysellBaseUrl);
    m_ui->routePresetCombo->setCurrentIndex(
        comboIndexOfData(m_ui->routePresetCombo, Config::routesName(c.ysellRoutes)));
    m_ui->routeCreateEdit->setText(c.routeCreate);
    m_ui->routeStatusEdit->setText(c.routeStatus);
    m_ui->routeFindEdit->setText(c.routeFind);
    m_ui->doneStatusesEdit->setText(c.doneStatuses.join(u", "_s));
    m_ui->attentionStatusesEdit->setText(c.attentionStatuses.join(u", "_s));

    m_ui->shemaxLocationCombo->setCurrentText(c.shemaxLocation);
    m_ui->pickingTypeCombo->setCurrentText(c.pickingType);
    m_ui->startDateCheck->setChecked(c.startDate.isValid());
    m_ui->startDateEdit->setDate(c.startDate.isValid() ? c.startDate : QDate::currentDate());
    m_ui->startDateEdit->setEnabled(c.startDate.isValid());
    m_ui->sendIntervalSpin->setValue(c.sendIntervalMin);
    m_ui->statusIntervalSpin->setValue(c.statusIntervalMin);
    m_ui->staleDaysSpin->setValue(c.staleAfterDays);
    m_ui->attentionHoursSpin->setValue(c.attentionStatusHours);
    m_ui->reserveSerialsCheck->setChecked(c.reserveSerials);
    m_ui->cancelOtherDeliveryCheck->setChecked(c.cancelOtherDelivery);
    m_ui->odooActivitiesCheck->setChecked(c.odooActivities);

    m_ui->languageCombo->setCurrentIndex(comboIndexOfData(m_ui->languageCombo, c.language));
    m_ui->extraCaEdit->setText(c.extraCaFile);
    m_ui->autostartCheck->setChecked(c.autostart);
    m_ui->notificationsGroup->setChecked(c.notifications);
    const QStringList categories = notificationCategories();
    for (qsizetype i = 0; i < m_notifyBoxes.size(); ++i)
        m_notifyBoxes[i]->setChecked(!c.mutedCategories.contains(categories[i]));
    updateAuthLabel();
    updateRoutePlaceholders();
}

Config SettingsDialog::currentConfig() const
{
    Config c = m_original; // keeps what the dialog does not show (journal path, warehouse, …)
    c.odooUrl = m_ui->odooUrlEdit->text().trimmed();
    while (c.odooUrl.endsWith(u'/') && !c.odooUrl.endsWith(u"://"))
        c.odooUrl.chop(1);
    c.odooDatabase = m_ui->odooDatabaseEdit->text().trimmed();
    c.odooLogin = m_ui->odooLoginEdit->text().trimmed();
    c.odooAuth = m_ui->odooAuthCombo->currentData().toString() == Config::authName(OdooAuth::ApiKey)
        ? OdooAuth::ApiKey
        : OdooAuth::Password;

    c.ysellBaseUrl = m_ui->ysellUrlEdit->text().trimmed();
    while (c.ysellBaseUrl.endsWith(u'/') && !c.ysellBaseUrl.endsWith(u"://"))
        c.ysellBaseUrl.chop(1);
    c.ysellRoutes = currentPreset();
    c.routeCreate = m_ui->routeCreateEdit->text().trimmed();
    c.routeStatus = m_ui->routeStatusEdit->text().trimmed();
    c.routeFind = m_ui->routeFindEdit->text().trimmed();
    c.doneStatuses = statusList(m_ui->doneStatusesEdit->text());
    c.attentionStatuses = statusList(m_ui->attentionStatusesEdit->text());

    c.shemaxLocation = m_ui->shemaxLocationCombo->currentText().trimmed();
    c.pickingType = m_ui->pickingTypeCombo->currentText().trimmed();
    c.startDate = m_ui->startDateCheck->isChecked() ? m_ui->startDateEdit->date() : QDate();
    c.sendIntervalMin = m_ui->sendIntervalSpin->value();
    c.statusIntervalMin = m_ui->statusIntervalSpin->value();
    c.staleAfterDays = m_ui->staleDaysSpin->value();
    c.attentionStatusHours = m_ui->attentionHoursSpin->value();
    c.reserveSerials = m_ui->reserveSerialsCheck->isChecked();
    c.cancelOtherDelivery = m_ui->cancelOtherDeliveryCheck->isChecked();
    c.odooActivities = m_ui->odooActivitiesCheck->isChecked();

    c.language = m_ui->languageCombo->currentData().toString();
    c.extraCaFile = m_ui->extraCaEdit->text().trimmed();
    c.autostart = m_ui->autostartCheck->isChecked();
    c.notifications = m_ui->notificationsGroup->isChecked();
    const QStringList categories = notificationCategories();
    QStringList muted;
    // Categories this dialog does not know (newer versions) stay muted as they were.
    for (const QString &m : m_original.mutedCategories) {
        if (!categories.contains(m))
            muted << m;
    }
    for (qsizetype i = 0; i < m_notifyBoxes.size(); ++i) {
        if (!m_notifyBoxes[i]->isChecked())
            muted << categories[i];
    }
    c.mutedCategories = muted;
    return c;
}

QString SettingsDialog::odooSecret() const
{
    // A password may legitimately start or end with a space; it is used as typed.
    return m_ui->odooSecretEdit->text();
}

QString SettingsDialog::ysellToken() const
{
    return m_ui->ysellTokenEdit->text().trimmed(); // pasted tokens often carry a stray blank
}

void SettingsDialog::loadSecrets()
{
    for (const QString &key : {QString(SecretKey::OdooPassword), QString(SecretKey::YsellToken)}) {
        SecretJob *job = m_secrets->read(key);
        connect(job, &SecretJob::finished, this, [this, key](const Result<QString> &r) {
            QLineEdit *edit = key == SecretKey::OdooPassword ? m_ui->odooSecretEdit : m_ui->ysellTokenEdit;
            const bool edited = key == SecretKey::OdooPassword ? m_odooSecretEdited : m_ysellTokenEdited;
            if (r.ok()) {
                if (!edited && edit->text().isEmpty())
                    edit->setText(r.value());
                return;
            }
            // Usually a secret never stored (first start); the detail is for the developer log.
            qCInfo(lcGui) << "settings: could not read" << key << "from the secret store:" << r.error().detail;
            edit->setPlaceholderText(tr("Not stored yet"));
        });
    }
}

void SettingsDialog::setSecretsNotice(const QString &notice)
{
    m_secretsNotice = notice;
    updateBanner();
}

void SettingsDialog::updateBanner()
{
    QStringList lines;
    if (m_secrets && !m_secrets->isPersistent())
        lines << SecretStore::sessionOnlyNotice().render();
    if (!m_secretsNotice.isEmpty() && !lines.contains(m_secretsNotice))
        lines << m_secretsNotice;
    m_ui->secretsBanner->setText(lines.join(u'\n'));
    m_ui->secretsBanner->setVisible(!lines.isEmpty());
}

void SettingsDialog::updateAuthLabel()
{
    const bool apiKey = m_ui->odooAuthCombo->currentData().toString() == Config::authName(OdooAuth::ApiKey);
    m_ui->odooSecretLabel->setText(apiKey ? tr("API &key:") : tr("&Password:"));
}

YsellRoutePreset SettingsDialog::currentPreset() const
{
    const YsellPreset *preset = ysellPreset(m_ui->routePresetCombo->currentData().toString());
    return preset ? preset->id : ysellPresets().front().id;
}

void SettingsDialog::updateRoutePlaceholders()
{
    const YsellRoutes preset = Config::presetRoutes(currentPreset());
    m_ui->routeCreateEdit->setPlaceholderText(preset.create.toString());
    m_ui->routeStatusEdit->setPlaceholderText(preset.status.toString());
    m_ui->routeFindEdit->setPlaceholderText(preset.find.toString());
}

QList<SettingsDialog::FieldRef> SettingsDialog::fieldRefs() const
{
    const Ui::SettingsDialog &u = *m_ui;
    return {
        {u"odoo"_s, u"url"_s, u.odooUrlEdit, u.odooUrlLabel},
        {u"odoo"_s, u"database"_s, u.odooDatabaseEdit, u.odooDatabaseLabel},
        {u"odoo"_s, u"login"_s, u.odooLoginEdit, u.odooLoginLabel},
        {u"ysell"_s, u"base_url"_s, u.ysellUrlEdit, u.ysellUrlLabel},
        {u"ysell"_s, u"route_create"_s, u.routeCreateEdit, u.routeCreateLabel},
        {u"ysell"_s, u"route_status"_s, u.routeStatusEdit, u.routeStatusLabel},
        {u"ysell"_s, u"route_find"_s, u.routeFindEdit, u.routeFindLabel},
        {u"ysell"_s, u"done_statuses"_s, u.doneStatusesEdit, u.doneStatusesLabel},
        {u"ysell"_s, u"attention_statuses"_s, u.attentionStatusesEdit, u.attentionStatusesLabel},
        {u"tls"_s, u"extra_ca_file"_s, u.extraCaEdit, u.extraCaLabel},
        {u"sync"_s, u"start_date"_s, u.startDateEdit, u.startDateCheck},
        {u"sync"_s, u"shemax_location"_s, u.shemaxLocationCombo, u.shemaxLocationLabel},
        {u"sync"_s, u"picking_type"_s, u.pickingTypeCombo, u.pickingTypeLabel},
        {u"sync"_s, u"send_interval_min"_s, u.sendIntervalSpin, u.sendIntervalLabel},
        {u"sync"_s, u"status_interval_min"_s, u.statusIntervalSpin, u.statusIntervalLabel},
        {u"sync"_s, u"stale_after_days"_s, u.staleDaysSpin, u.staleDaysLabel},
        {u"sync"_s, u"attention_status_hours"_s, u.attentionHoursSpin, u.attentionHoursLabel},
        {u"ui"_s, u"language"_s, u.languageCombo, u.languageLabel},
    };
}

void SettingsDialog::showProblems(const QString &heading, const QStringList &problems)
{
    QWidget *first = nullptr;
    QStringList lines;
    const QList<FieldRef> refs = fieldRefs();
    for (const FieldRef &f : refs)
        markInvalid(f.widget, false);
    for (QString p : problems) {
        // Config names "[odoo] url"; the clerk knows the field by its label.
        for (const FieldRef &f : refs) {
            const QString where = u"["_s + f.section + u"] "_s + f.key;
            const bool named = p.startsWith(where)
                && (p.size() == where.size()
                    || (!p.at(where.size()).isLetterOrNumber() && p.at(where.size()) != u'_'));
            if (named) {
                p = u"“"_s + plainLabel(f.label) + u"”"_s + p.mid(where.size());
                markInvalid(f.widget, true);
                if (!first)
                    first = f.widget;
                break;
            }
        }
        lines << u"• "_s + p;
    }
    m_ui->problemsLabel->setText(heading + u'\n' + lines.join(u'\n'));
    m_ui->problemsLabel->setVisible(true);
    if (first) {
        for (QWidget *w = first->parentWidget(); w; w = w->parentWidget()) {
            const int tab = m_ui->tabs->indexOf(w);
            if (tab >= 0) {
                m_ui->tabs->setCurrentIndex(tab);
                break;
            }
        }
        first->setFocus(Qt::OtherFocusReason);
    }
}

void SettingsDialog::clearProblems()
{
    for (const FieldRef &f : fieldRefs())
        markInvalid(f.widget, false);
    m_ui->problemsLabel->clear();
    m_ui->problemsLabel->setVisible(false);
}

void SettingsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_ui->tabs->setEnabled(!saving);
    m_ui->buttonBox->setEnabled(!saving);
}

void SettingsDialog::accept()
{
    if (m_saving)
        return;
    const Config config = currentConfig();
    if (const QList<Text> problems = config.validate(); !problems.isEmpty()) {
        QStringList shown; // in the language of the moment: the list is rebuilt at the next OK
        for (const Text &p : problems)
            shown << p.render();
        showProblems(tr("Please correct these settings; nothing has been saved yet:"), shown);
        return;
    }
    clearProblems();
    m_pendingConfig = config;
    m_writeProblems.clear();
    m_pendingWrites = 0;
    setSaving(true);
    m_secretsWritten = m_secretsWritten || m_odooSecretEdited || m_ysellTokenEdited;
    if (m_odooSecretEdited)
        writeSecret(QString(SecretKey::OdooPassword), odooSecret());
    if (m_ysellTokenEdited)
        writeSecret(QString(SecretKey::YsellToken), ysellToken());
    if (m_pendingWrites == 0)
        finishSave();
}

void SettingsDialog::writeSecret(const QString &key, const QString &value)
{
    ++m_pendingWrites;
    SecretJob *job = value.isEmpty() ? m_secrets->remove(key) : m_secrets->write(key, value);
    connect(job, &SecretJob::finished, this,
            [this, key](const Result<QString> &result) { onSecretWritten(key, result); });
}

void SettingsDialog::onSecretWritten(const QString &key, const Result<QString> &result)
{
    if (result.ok()) {
        (key == SecretKey::OdooPassword ? m_odooSecretEdited : m_ysellTokenEdited) = false;
    } else {
        m_writeProblems << tr("%1: %2").arg(SecretStore::displayName(key), result.error().message);
    }
    if (--m_pendingWrites == 0)
        finishSave();
}

void SettingsDialog::finishSave()
{
    if (!m_writeProblems.isEmpty()) {
        setSaving(false);
        showProblems(tr("The secrets could not be stored; nothing else has been saved yet:"), m_writeProblems);
        return;
    }
    const Status saved = ConfigStore::save(m_configPath, m_pendingConfig);
    setSaving(false);
    if (!saved.ok()) {
        showProblems(tr("The settings could not be saved:"), {saved.error().message});
        return;
    }
    if (m_pendingConfig.autostart != Autostart::isEnabled()) {
        if (const Status a = Autostart::apply(m_pendingConfig.autostart); !a.ok())
            qCWarning(lcGui) << "autostart:" << a.error().message;
    }
    const bool languageChanged = m_pendingConfig.language != m_saved.language;
    m_saved = m_pendingConfig;
    m_original = m_pendingConfig;
    qCInfo(lcGui) << "settings saved to" << m_configPath;
    if (languageChanged)
        installTranslations(m_saved.language);
    Q_EMIT settingsSaved(m_saved);
    QDialog::accept();
}

void SettingsDialog::onTestOdooClicked()
{
    m_ui->testOdooButton->setEnabled(false);
    m_ui->createFieldsButton->setVisible(false);
    m_ui->odooResultLabel->setText(tr("Testing the connection to Odoo…"));
    m_tester->testOdoo(currentConfig(), odooSecret());
}

void SettingsDialog::onOdooTested(const ConnectionReport &report)
{
    m_ui->testOdooButton->setEnabled(true);
    QString text = report.text();
    const bool warned = std::any_of(report.lines.cbegin(), report.lines.cend(),
                                    [](const ConnectionReport::Line &l) { return l.warning; });
    if (report.ok())
        text = (warned ? tr("Odoo works with Ysell Bridge, but read the warning below.")
                       : tr("Odoo is ready for Ysell Bridge."))
               + u'\n' + text;
    m_ui->odooResultLabel->setText(text);
    m_missingFields = report.missingFields;
    m_ui->createFieldsButton->setVisible(!m_missingFields.isEmpty());
    m_ui->createFieldsButton->setEnabled(true);
}

void SettingsDialog::onCreateFieldsClicked()
{
    if (m_missingFields.isEmpty())
        return;
    m_ui->createFieldsButton->setEnabled(false);
    m_ui->testOdooButton->setEnabled(false);
    m_ui->odooResultLabel->setText(tr("Creating the fields in Odoo…"));
    m_tester->createFields(currentConfig(), odooSecret(), m_missingFields);
}

void SettingsDialog::onFieldsCreated(const Result<QStringList> &created)
{
    m_ui->createFieldsButton->setEnabled(true);
    m_ui->testOdooButton->setEnabled(true);
    if (!created.ok()) {
        m_ui->odooResultLabel->setText(u"✗ "_s + created.error().message);
        return;
    }
    // Check again, so that the list shows the state Odoo is in now.
    m_ui->createFieldsButton->setVisible(false);
    onTestOdooClicked();
}

void SettingsDialog::onTestYsellClicked()
{
    m_ui->testYsellButton->setEnabled(false);
    m_ui->ysellResultLabel->setText(tr("Testing the connection to Ysell…"));
    m_tester->testYsell(currentConfig(), ysellToken());
}

void SettingsDialog::onYsellTested(const ConnectionReport &report)
{
    m_ui->testYsellButton->setEnabled(true);
    m_ui->ysellResultLabel->setText(report.text());
}

void SettingsDialog::onLoadFromOdooClicked()
{
    m_ui->loadFromOdooButton->setEnabled(false);
    m_ui->odooListsLabel->setText(tr("Reading from Odoo…"));
    m_tester->loadOdooChoices(currentConfig(), odooSecret());
}

void SettingsDialog::onOdooChoicesLoaded(const Result<OdooChoices> &choices)
{
    m_ui->loadFromOdooButton->setEnabled(true);
    if (!choices.ok()) {
        m_ui->odooListsLabel->setText(choices.error().message);
        return;
    }
    const auto fill = [](QComboBox *combo, const QStringList &items) {
        const QString current = combo->currentText();
        combo->clear();
        combo->addItems(items);
        combo->setCurrentText(current); // the clerk's entry stays until they pick another
    };
    fill(m_ui->shemaxLocationCombo, choices->locations);
    fill(m_ui->pickingTypeCombo, choices->pickingTypes);
    m_ui->odooListsLabel->setText(tr("Found %1 and %2.")
                                      .arg(tr("%n internal location(s)", nullptr, int(choices->locations.size())),
                                           tr("%n delivery type(s)", nullptr, int(choices->pickingTypes.size()))));
}

void SettingsDialog::onBrowseCaClicked()
{
    // open() rather than getOpenFileName(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Choose the CA certificate file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    if (const QString current = m_ui->extraCaEdit->text(); !current.isEmpty())
        dialog->selectFile(current);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_ui->extraCaEdit->setText(file); });
    dialog->open();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateChoices();
    }
    QDialog::changeEvent(event);
}

} // namespace ysb
