#pragma once

#include "ops/SupportBundle.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ysb {

/// "Export for support…": which orders go into the bundle (the selected ones, those confirmed in a
/// period, or all) and the file to write. Refuses an empty name and an existing file, in place.
class SupportExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportExportDialog)
public:
    SupportExportDialog(const QStringList &selectedOrders, const QString &suggestedPath, QWidget *parent = nullptr);

    SupportSelection selection() const;
    QString path() const;

    void accept() override;

private:
    void onBrowse();
    void updateEnabled();

    QStringList m_selectedOrders;
    QRadioButton *m_selected = nullptr;
    QRadioButton *m_period = nullptr;
    QRadioButton *m_all = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ysb
