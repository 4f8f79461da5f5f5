#include "SerialsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ysb {

SerialsDialog::SerialsDialog(const QString &orderName, const QList<Line> &lines, QWidget *parent)
    : QDialog(parent)
    , m_orderName(orderName)
    , m_lines(lines)
{
    setObjectName(u"serialsDialog"_s);
    setWindowTitle(tr("Serial numbers of %1").arg(orderName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Scan or type one serial number per unit and press Enter: the cursor moves to the "
                                "next field. Leave a product empty to use the serial numbers reserved in Odoo."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    auto *innerLayout = new QVBoxLayout(inner);
    for (const Line &line : std::as_const(m_lines)) {
        auto *box = new QGroupBox(tr("%1 (order line %2), quantity %3").arg(line.product).arg(line.lineId).arg(line.pieces),
                                  inner);
        auto *form = new QFormLayout(box);
        for (int unit = 0; unit < line.pieces; ++unit) {
            auto *edit = new QLineEdit(box);
            edit->setObjectName(u"serial_%1_%2"_s.arg(line.lineId).arg(unit));
            edit->setClearButtonEnabled(true);
            if (unit < line.serials.size())
                edit->setText(line.serials.at(unit));
            form->addRow(tr("Unit %1").arg(unit + 1), edit);
            m_fields.append({line.lineId, unit, edit});
        }
        innerLayout->addWidget(box);
    }
    innerLayout->addStretch();
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"serialsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"serialsButtons"_s);
    // Scanners end every serial with Enter: it must move on, never close the dialog.
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (auto *pb = qobject_cast<QPushButton *>(b)) {
            pb->setAutoDefault(false);
            pb->setDefault(false);
        }
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SerialsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SerialsDialog::reject);
    layout->addWidget(m_buttons);

    // Start where the clerk left off: the first empty field.
    for (const Field &f : std::as_const(m_fields)) {
        if (f.edit->text().isEmpty()) {
            f.edit->setFocus();
            break;
        }
    }
    resize(480, qMin(640, 220 + int(m_fields.size()) * 34));
}

SerialsDialog::~SerialsDialog() = default;

QLineEdit *SerialsDialog::field(qint64 lineId, int unit) const
{
    for (const Field &f : m_fields) {
        if (f.lineId == lineId && f.unit == unit)
            return f.edit;
    }
    return nullptr;
}

QString SerialsDialog::message() const
{
    return m_message->text();
}

QHash<qint64, QStringList> SerialsDialog::serials() const
{
    QHash<qint64, QStringList> out;
    for (const Line &line : m_lines)
        out.insert(line.lineId, {});
    for (const Field &f : m_fields) {
        const QString s = f.edit->text().trimmed();
        if (!s.isEmpty())
            out[f.lineId].append(s);
    }
    return out;
}

void SerialsDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (m_fields.at(i).edit->hasFocus()) {
                onEntered(int(i));
                event->accept();
                return;
            }
        }
        event->accept(); // Enter elsewhere does nothing; Save is a deliberate click
        return;
    }
    QDialog::keyPressEvent(event);
}

QString SerialsDialog::refusal(int fieldIndex, const QString &serial) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (i == fieldIndex || m_fields.at(i).edit->text().trimmed() != serial)
            continue;
        const Field &other = m_fields.at(i);
        for (const Line &line : m_lines) {
            if (line.lineId == other.lineId)
                return tr("Serial number %1 is already entered for %2, unit %3.").arg(serial, line.product).arg(other.unit + 1);
        }
    }
    if (m_usedElsewhere) {
        const QString order = m_usedElsewhere(serial);
        if (!order.isEmpty())
            return tr("Serial number %1 is already used for order %2.").arg(serial, order);
    }
    return QString();
}

void SerialsDialog::onEntered(int fieldIndex)
{
    QLineEdit *edit = m_fields.at(fieldIndex).edit;
    const QString serial = edit->text().trimmed();
    if (serial.isEmpty())
        return;
    edit->setText(serial);
    const QString why = refusal(fieldIndex, serial);
    if (!why.isEmpty()) {
        showMessage(why, true);
        edit->selectAll(); // the next scan replaces it
        return;
    }
    showMessage(QString(), false);
    for (qsizetype i = fieldIndex + 1; i < m_fields.size(); ++i) {
        if (m_fields.at(i).edit->text().isEmpty()) {
            m_fields.at(i).edit->setFocus();
            return;
        }
    }
    m_buttons->button(QDialogButtonBox::Save)->setFocus();
    showMessage(tr("All units have a serial number. Click Save to keep them."), false);
}

void SerialsDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"color: #b01c1c; font-weight: bold;"_s : QString());
}

void SerialsDialog::accept()
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QString s = m_fields.at(i).edit->text().trimmed();
        if (s.isEmpty())
            continue;
        const QString why = refusal(int(i), s);
        if (!why.isEmpty()) {
            showMessage(why, true);
            m_fields.at(i).edit->setFocus();
            m_fields.at(i).edit->selectAll();
            return;
        }
    }
    const QHash<qint64, QStringList> entered = serials();
    for (const Line &line : std::as_const(m_lines)) {
        if (const Status s = SerialEntry::checkLine(line, entered.value(line.lineId)); !s.ok()) {
            showMessage(s.error().message, true);
            return;
        }
    }
    QDialog::accept();
}

} // namespace ysb
