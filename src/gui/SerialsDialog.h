#pragma once

#include "sync/SerialEntry.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace ysb {

/// Entering serial numbers with a barcode scanner: one field per unit; a serial and Enter moves to
/// the next field; a serial already entered (here or, through isUsedElsewhere, for another order)
/// is refused with a message and selected so the next scan replaces it.
class SerialsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialsDialog)
public:
    /// One serial-tracked order line: one field per piece.
    using Line = SerialLine;
    /// Returns the order that already uses a serial number, or an empty string.
    using UsedElsewhere = std::function<QString(const QString &serial)>;

    SerialsDialog(const QString &orderName, const QList<Line> &lines, QWidget *parent = nullptr);
    ~SerialsDialog() override;

    void setUsedElsewhere(UsedElsewhere check) { m_usedElsewhere = std::move(check); }
    /// Serials per line id as entered (a line left empty gives an empty list).
    QHash<qint64, QStringList> serials() const;
    QString orderName() const { return m_orderName; }
    /// The field for unit `unit` (0-based) of line `lineId`; objectName "serial_<line>_<unit>".
    QLineEdit *field(qint64 lineId, int unit) const;
    QString message() const;

public Q_SLOTS:
    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Field {
        qint64 lineId = 0;
        int unit = 0;
        QLineEdit *edit = nullptr;
    };
    void onEntered(int fieldIndex);
    /// Why `serial` cannot go into field `fieldIndex`; empty when it can.
    QString refusal(int fieldIndex, const QString &serial) const;
    void showMessage(const QString &text, bool problem);

    QString m_orderName;
    QList<Line> m_lines;
    QList<Field> m_fields;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    UsedElsewhere m_usedElsewhere;
};

} // namespace ysb
