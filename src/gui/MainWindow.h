#pragma once

#include "OrdersModel.h"
#include "Tray.h"
#include "sync/SyncTypes.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QAbstractButton;
class QAction;
class QButtonGroup;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;

namespace ysb {

class Bridge;
class Journal;
class OrderDetailsView;
class ReconcileView;
struct OrderSerialLines;
class SyncEngine;

/// The clerk's window: the orders table with filters and search, the detail pane of the selected
/// order, the actions (send, check, retry, serial numbers, open in Odoo, copy the Ysell id) and a
/// status bar with the counts per state, the next status check and the progress of a running cycle.
/// Everything slow runs in the engine or as asynchronous jobs; the window only reads journal pages.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(Bridge *bridge, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Closing the window hides it (the tray keeps the app running) instead of quitting.
    void setCloseHides(bool hides) { m_closeHides = hides; }
    OrdersModel *ordersModel() const { return m_model; }
    QTableView *ordersView() const { return m_view; }
    OrderDetailsView *detailsView() const { return m_details; }
    /// The "Reconciliation" tab.
    ReconcileView *reconcileView() const { return m_reconcileView; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Names of the selected orders, in table order.
    QStringList selectedOrders() const;
    /// The order of the current row; empty when none.
    QString currentOrder() const;
    /// The selected orders as the CLI names them: the name, or "#ID" where another order shares it.
    QStringList selectedOrderRefs() const;
    /// The journal row of the current order (by its Odoo id when the row has one).
    std::optional<OrderRecord> currentRecord() const;
    /// What the status bar says overall, as the tray shows it.
    Tray::State overallState() const { return m_overall; }
    /// The Odoo web address of a record (Odoo 17 form view).
    static QUrl odooRecordUrl(const QString &odooBaseUrl, const QString &model, qint64 id);

public Q_SLOTS:
    /// Brings the window forward showing these orders: one is selected, several are listed.
    void openOrders(const QStringList &orderRefs);
    /// Brings the window forward (from the tray or a second start).
    void bringToFront();
    /// Shows a notice for the clerk in the status bar (e.g. secrets kept for this session only).
    void showNotice(const QString &text);
    /// The banner above the table that says why nothing can run (credentials refused, journal cannot
    /// store); empty when none is shown.
    QString blockingProblem() const;

Q_SIGNALS:
    void settingsRequested();
    /// All well / working / needs attention changed, with a one-line summary for the tray tooltip.
    void overallStateChanged(ysb::Tray::State state, const QString &summary);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString orderRef(const QModelIndex &row) const;
    void buildActions();
    void buildUi();
    void retranslate();
    void connectEngine();

    void onSelectionChanged();
    void onFilterClicked(int id);
    void onSearchEdited();
    void onSendNow();
    void onCheckNow();
    void onRetry();
    /// One question for a batch of several orders, then startRetry(); one order starts at once.
    void confirmRetry(const QStringList &names);
    void startRetry(const QStringList &names);
    void onReconcile();
    void finishRetry();
    void onEnterSerials();
    void onOrderLinesRead(const OrderSerialLines &read);
    void onOpenInOdoo();
    void onOpenPickingInOdoo();
    void onCopyYsellId();
    void onDeletePressed();
    void onExportSupport(); // MainWindowSupport.cpp
    void onCycleStarted(CycleSummary::Kind kind);
    void onProgressChanged(int done, int total);
    void onCycleFinished(const CycleSummary &summary);
    void updateBanner(const CycleSummary &summary);
    void onIdle();
    void updateSchedule();
    /// The window title and the status bar say when the last cycle that ran (not aborted) ended.
    void updateLastCheck();
    void updateCounts();
    void updateActions();
    void selectOrder(const QString &name);
    void showMessageBox(const QString &objectName, int icon, const QString &title, const QString &text);

    QPointer<Bridge> m_bridge;
    Journal *m_journal = nullptr;
    SyncEngine *m_engine = nullptr;
    OrdersModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    OrderDetailsView *m_details = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_ordersTab = nullptr;
    ReconcileView *m_reconcileView = nullptr;
    QLineEdit *m_search = nullptr;
    QButtonGroup *m_filters = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_cycleLabel = nullptr;
    QLabel *m_nextCheckLabel = nullptr;
    QLabel *m_lastCheckLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerSettings = nullptr;
    bool m_bannerForCredentials = false;
    QTimer m_searchTimer;

    QAction *m_sendNow = nullptr;
    QAction *m_checkNow = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_serials = nullptr;
    QAction *m_openInOdoo = nullptr;
    QAction *m_openPicking = nullptr;
    QAction *m_copyYsellId = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_find = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_exportSupport = nullptr;
    QAction *m_reconcile = nullptr;

    QHash<OrderState, int> m_counts;
    QStringList m_retrying;         // the batch whose outcome the clerk waits for
    QHash<QString, Error> m_retryUnknown; // not retried, with why
    QDateTime m_lastCheckAt; // when the last cycle that ran ended (the engine's clock); invalid: never
    bool m_lastCheckUnknown = false; // the journal could not say when
    bool m_lastCycleAborted = false;
    QList<ysb::Text> m_lastCycleProblem; // rendered when shown, so a language change applies to it
    bool m_closeHides = false;
    Tray::State m_overall = Tray::State::AllWell;
};

} // namespace ysb
