// MainWindow: "Export for support…".
#include "MainWindow.h"
#include "SupportExportDialog.h"

#include "journal/Journal.h"
#include "ops/SupportBundle.h"
#include "sync/Bridge.h"

#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ysb {

void MainWindow::onExportSupport()
{
    if (!m_bridge)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        u"ysell-bridge-support-%1.zip"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s)));
    auto *dialog = new SupportExportDialog(selectedOrderRefs(), suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_exportSupport->setEnabled(false);
        statusBar()->showMessage(tr("Writing the support bundle…"));
        // The check's exchanges go to the journal like any other; the bundle is redacted with the
        // secrets the journal knows.
        auto *job = new SupportBundleJob(m_bridge->config(), m_journal, m_bridge->odoo(), m_journal->secretValues(),
                                         dialog->selection(), dialog->path(), {}, Clock::system(), this);
        connect(job, &SupportBundleJob::finished, this, [this](const Result<SupportBundleSummary> &r) {
            m_exportSupport->setEnabled(true);
            statusBar()->clearMessage();
            if (!r.ok()) {
                showMessageBox(u"supportBundleResult"_s, QMessageBox::Warning, tr("Export for support"),
                               tr("The support bundle was not saved: %1").arg(r.error().message));
                return;
            }
            const SupportBundleSummary &s = r.value();
            QString text = tr("The support bundle was saved to %1.").arg(QDir::toNativeSeparators(s.path)) + u"\n\n"_s
                           + tr("It holds %n order(s)", nullptr, s.orders) + u", "_s
                           + tr("%n event(s)", nullptr, s.events) + u", "_s
                           + tr("%n exchange(s) with Odoo and Ysell", nullptr, s.exchanges) + u".\n"_s;
            text += s.odooVersion.isEmpty() ? tr("Odoo could not be reached; the bundle says why.")
                                            : tr("Odoo server %1; the connection check is included.").arg(s.odooVersion);
            text += u"\n"_s + tr("Passwords, API keys and tokens are removed. Send this file to support.");
            showMessageBox(u"supportBundleResult"_s, QMessageBox::Information, tr("Export for support"), text);
        });
    });
    dialog->open();
}

} // namespace ysb
