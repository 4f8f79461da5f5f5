#pragma once

#include "Result.h"
#include "journal/OrderRecord.h"
#include "ops/ReconcileJob.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace ysb {

class Journal;

/// The "Reconciliation" tab: on request it compares Odoo, the journal and Ysell (a ReconcileJob,
/// which changes nothing) and lists each disagreement with what the journal says and what to do, a
/// count per kind, and the actions that are safe: Retry (through the engine, as the window's own
/// Retry) for orders the journal holds in a state the engine retries without sending twice, and
/// Open in Odoo (double-click) for the order or the delivery.
class ReconcileView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcileView)
public:
    enum Column { OrderColumn, KindColumn, JournalColumn, FoundColumn, AdviceColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, OdooIdRole, PickingIdRole, RetryableRole, OrderNameRole };
    using JobStarter = std::function<ReconcileJob *(QObject *parent)>;
    using UrlOpener = std::function<bool(const QUrl &)>;

    /// `runAction` starts a reconciliation wherever it is triggered (the window's toolbar, its key).
    ReconcileView(const Journal *journal, QString odooDatabase, QString odooUrl, JobStarter starter,
                  QAction *runAction, QWidget *parent = nullptr);
    ~ReconcileView() override;

    /// Where "Open in Odoo" sends its address; the desktop's browser unless a test says otherwise.
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    QTableWidget *table() const { return m_table; }
    bool isRunning() const { return !m_job.isNull(); }
    /// Whether the engine would take the order again without any risk of a second create: not yet
    /// sent (new, in need of attention, or its create unanswered, which is looked up first), or
    /// done in Ysell and waiting for the status check that makes its delivery.
    static bool isRetryable(ReconcileRow::Kind kind, OrderState state);

public Q_SLOTS:
    void run();
    void cancel();
    /// Reads the rows' orders from the journal again (after a retry went through, say).
    void refreshJournalStates();

Q_SIGNALS:
    /// The clerk asked to retry these orders (their names, or "#ID" where a name is shared).
    void retryRequested(const QStringList &orderRefs);
    /// A reconciliation ended: its rows are shown, or why there are none.
    void reconciliationFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onFinished(const Result<ReconcileReport> &result);
    void showRows();
    void updateJournalCell(int row);
    void updateCounts();
    void updateActions();
    void onRetry();
    void onOpenInOdoo();
    QString orderRef(const QString &name, qint64 odooId) const;

    QPointer<const Journal> m_journal;
    QString m_odooDatabase;
    QString m_odooUrl;
    JobStarter m_starter;
    UrlOpener m_opener;
    QPointer<ReconcileJob> m_job;
    std::optional<ReconcileReport> m_report;
    std::optional<Error> m_problem;
    QDateTime m_finishedAt;

    QAction *m_run = nullptr;
    QToolButton *m_runButton = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_open = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_counts = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace ysb
