#include "SupportExportDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ysb {

SupportExportDialog::SupportExportDialog(const QStringList &selectedOrders, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_selectedOrders(selectedOrders)
{
    setObjectName(u"supportExportDialog"_s);
    setWindowTitle(tr("Export for support"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("One zip file for support: the journal of the chosen orders, the settings, the versions "
                                "and a check of the Odoo connection. Passwords, API keys and tokens are removed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_selected = new QRadioButton(tr("The selected orders (%n)", nullptr, int(selectedOrders.size())), this);
    m_selected->setObjectName(u"selectedOrdersRadio"_s);
    m_selected->setEnabled(!selectedOrders.isEmpty());
    m_period = new QRadioButton(tr("Orders confirmed from"), this);
    m_period->setObjectName(u"periodRadio"_s);
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_from->setObjectName(u"fromDate"_s);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(u"toDate"_s);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_all = new QRadioButton(tr("All orders in the journal"), this);
    m_all->setObjectName(u"allOrdersRadio"_s);
    (selectedOrders.isEmpty() ? m_period : m_selected)->setChecked(true);
    layout->addWidget(m_selected);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to"), this));
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);
    layout->addLayout(periodRow);
    layout->addWidget(m_all);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(suggestedPath, this);
    m_path->setObjectName(u"pathEdit"_s);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(u"browseButton"_s);
    connect(browse, &QPushButton::clicked, this, &SupportExportDialog::onBrowse);
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"exportButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SupportExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SupportExportDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_period, &QRadioButton::toggled, this, &SupportExportDialog::updateEnabled);
    updateEnabled();
}

SupportSelection SupportExportDialog::selection() const
{
    SupportSelection s;
    if (m_selected->isChecked()) {
        s.orders = m_selectedOrders;
    } else if (m_period->isChecked()) {
        s.from = m_from->date();
        s.to = m_to->date();
    }
    return s;
}

QString SupportExportDialog::path() const
{
    return m_path->text().trimmed();
}

void SupportExportDialog::accept()
{
    QString problem;
    if (path().isEmpty())
        problem = tr("Choose the file to write.");
    else if (QFileInfo::exists(path()))
        problem = tr("%1 already exists; choose another file name.").arg(QDir::toNativeSeparators(path()));
    else if (m_period->isChecked() && m_to->date() < m_from->date())
        problem = tr("The period ends before it starts.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

void SupportExportDialog::onBrowse()
{
    auto *dialog = new QFileDialog(this, tr("Export for support"), path(), tr("Zip archives (*.zip)"));
    dialog->setObjectName(u"supportFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    // An existing file is refused by accept() with one message, not confirmed here.
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setDefaultSuffix(u"zip"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_path->setText(file); });
    dialog->open();
}

void SupportExportDialog::updateEnabled()
{
    m_from->setEnabled(m_period->isChecked());
    m_to->setEnabled(m_period->isChecked());
}

} // namespace ysb
