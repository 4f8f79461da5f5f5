#include "ReconcileView.h"

#include "MainWindow.h"
#include "journal/Journal.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

constexpr ReconcileRow::Kind AllKinds[] = {ReconcileRow::Kind::NeverSent, ReconcileRow::Kind::UnknownToYsell,
                                           ReconcileRow::Kind::DoneWithoutPicking,
                                           ReconcileRow::Kind::PickingWithoutDone,
                                           ReconcileRow::Kind::CancelledAfterSent};

} // namespace

ReconcileView::ReconcileView(const Journal *journal, QString odooDatabase, QString odooUrl, JobStarter starter,
                             QAction *runAction, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_odooDatabase(std::move(odooDatabase))
    , m_odooUrl(std::move(odooUrl))
    , m_starter(std::move(starter))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_run(runAction)
{
    setObjectName(u"reconcileView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);

    auto *top = new QHBoxLayout();
    m_runButton = new QToolButton(this);
    m_runButton->setObjectName(u"reconcileRunButton"_s);
    m_runButton->setDefaultAction(m_run);
    m_runButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    top->addWidget(m_runButton);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"reconcileBusy"_s);
    m_busy->setRange(0, 0); // the job cannot say how far it is: Odoo's page count is not known ahead
    m_busy->setMaximumWidth(160);
    m_busy->setVisible(false);
    top->addWidget(m_busy);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"reconcileCancelButton"_s);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &ReconcileView::cancel);
    top->addWidget(m_cancel);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reconcileSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_summary, 1);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(u"reconcileRetryButton"_s);
    m_retry->setIcon(QIcon::fromTheme(u"edit-redo"_s, QIcon(u":/gui/retry.svg"_s)));
    connect(m_retry, &QPushButton::clicked, this, &ReconcileView::onRetry);
    top->addWidget(m_retry);
    m_open = new QPushButton(this);
    m_open->setObjectName(u"reconcileOpenButton"_s);
    m_open->setIcon(QIcon::fromTheme(u"internet-web-browser"_s, QIcon(u":/gui/open-odoo.svg"_s)));
    connect(m_open, &QPushButton::clicked, this, &ReconcileView::onOpenInOdoo);
    top->addWidget(m_open);
    layout->addLayout(top);

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"reconcileCounts"_s);
    m_counts->setTextFormat(Qt::PlainText);
    layout->addWidget(m_counts);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"reconcileTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    const QList<QPair<int, int>> widths{{OrderColumn, 100}, {KindColumn, 220}, {JournalColumn, 150}, {FoundColumn, 380}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReconcileView::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        m_table->selectRow(row);
        onOpenInOdoo();
    });
    layout->addWidget(m_table, 1);

    connect(m_run, &QAction::triggered, this, &ReconcileView::run);
    retranslate();
    updateActions();
}

ReconcileView::~ReconcileView()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

bool ReconcileView::isRetryable(ReconcileRow::Kind kind, OrderState state)
{
    switch (kind) {
    case ReconcileRow::Kind::NeverSent:
        // New: never created. Needs attention: the engine looks an unanswered create up first.
        // Sending: its create had no clear answer, and the engine looks it up before anything else.
        return state == OrderState::New || state == OrderState::NeedsAttention || state == OrderState::Sending;
    case ReconcileRow::Kind::DoneWithoutPicking:
        // A status check of the order only reads Ysell and makes (or adopts) the draft delivery.
        return state == OrderState::Sent || state == OrderState::Done;
    case ReconcileRow::Kind::UnknownToYsell:
    case ReconcileRow::Kind::PickingWithoutDone:
    case ReconcileRow::Kind::CancelledAfterSent:
        break; // a person decides: sending again or cancelling is not the bridge's to do
    }
    return false;
}

void ReconcileView::run()
{
    if (m_job || !m_starter)
        return;
    m_problem.reset();
    m_job = m_starter(this);
    if (!m_job)
        return;
    connect(m_job, &ReconcileJob::finished, this, &ReconcileView::onFinished);
    m_run->setEnabled(false);
    m_busy->setVisible(true);
    m_cancel->setVisible(true);
    m_summary->setText(tr("Comparing Odoo, the journal and Ysell…"));
}

void ReconcileView::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ReconcileView::onFinished(const Result<ReconcileReport> &result)
{
    m_job.clear();
    m_run->setEnabled(true);
    m_busy->setVisible(false);
    m_cancel->setVisible(false);
    m_finishedAt = QDateTime::currentDateTime();
    if (result.ok()) {
        m_report = result.value();
        showRows();
    } else {
        m_problem = result.error(); // the rows of an earlier run stay, as they were
    }
    retranslate();
    Q_EMIT reconciliationFinished();
}

void ReconcileView::showRows()
{
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(m_report ? int(m_report->rows.size()) : 0);
    for (int i = 0; m_report && i < m_report->rows.size(); ++i) {
        const ReconcileRow &r = m_report->rows.at(i);
        auto *order = new QTableWidgetItem(r.order);
        order->setData(KindRole, int(r.kind));
        order->setData(OdooIdRole, r.odooId);
        order->setData(PickingIdRole, r.pickingId);
        order->setData(OrderNameRole, r.order);
        m_table->setItem(i, OrderColumn, order);
        m_table->setItem(i, KindColumn, new QTableWidgetItem(ReconcileRow::kindLabel(r.kind)));
        m_table->setItem(i, JournalColumn, new QTableWidgetItem());
        auto *found = new QTableWidgetItem(r.found()); // times in local time, as the orders table has them
        found->setToolTip(found->text());
        m_table->setItem(i, FoundColumn, found);
        auto *advice = new QTableWidgetItem(r.advice);
        advice->setToolTip(r.advice);
        m_table->setItem(i, AdviceColumn, advice);
        updateJournalCell(i);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeRowsToContents();
    updateActions();
}

void ReconcileView::updateJournalCell(int row)
{
    QTableWidgetItem *order = m_table->item(row, OrderColumn);
    QTableWidgetItem *cell = m_table->item(row, JournalColumn);
    if (!order || !cell || !m_journal)
        return;
    const qint64 odooId = order->data(OdooIdRole).toLongLong();
    const QString name = order->data(OrderNameRole).toString();
    // Read when shown, so that the state (and with it Retry) follows what the engine did since.
    const Result<std::optional<OrderRecord>> r = m_journal->orderByKey(OrderKey(name, odooId, m_odooDatabase));
    bool retryable = false;
    if (!r.ok()) {
        cell->setText(r.error().message);
    } else if (!r.value() || (odooId && r.value()->odooId != odooId)) {
        cell->setText(tr("Not in the journal"));
    } else {
        cell->setText(orderStateLabel(r.value()->state));
        retryable = isRetryable(ReconcileRow::Kind(order->data(KindRole).toInt()), r.value()->state);
    }
    order->setData(RetryableRole, retryable);
}

void ReconcileView::refreshJournalStates()
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        updateJournalCell(row);
    updateActions();
}

void ReconcileView::updateCounts()
{
    if (!m_report) {
        m_counts->clear();
        return;
    }
    QHash<ReconcileRow::Kind, int> perKind;
    for (const ReconcileRow &r : std::as_const(m_report->rows))
        ++perKind[r.kind];
    QStringList parts;
    for (ReconcileRow::Kind kind : AllKinds)
        parts << tr("%1: %2").arg(ReconcileRow::kindLabel(kind)).arg(perKind.value(kind));
    m_counts->setText(parts.join(u" · "_s));
}

void ReconcileView::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(OrderColumn);
    bool anyRetryable = false;
    bool anyOpenable = false;
    for (const QModelIndex &i : rows) {
        anyRetryable = anyRetryable || i.data(RetryableRole).toBool();
        anyOpenable = anyOpenable || i.data(OdooIdRole).toLongLong() > 0 || i.data(PickingIdRole).toLongLong() > 0;
    }
    m_retry->setEnabled(anyRetryable);
    m_open->setEnabled(rows.size() == 1 && anyOpenable && !m_odooUrl.isEmpty());
}

QString ReconcileView::orderRef(const QString &name, qint64 odooId) const
{
    // As the window's Retry names an order: by its Odoo id ("#ID") when another order shares the name.
    if (!m_journal)
        return name;
    const Result<QList<OrderRecord>> named = m_journal->ordersNamed(name);
    return odooId && (!named.ok() || named->size() > 1) ? u"#%1"_s.arg(odooId) : name;
}

void ReconcileView::onRetry()
{
    QStringList refs;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(OrderColumn);
    for (const QModelIndex &i : rows) {
        if (i.data(RetryableRole).toBool())
            refs << orderRef(i.data(OrderNameRole).toString(), i.data(OdooIdRole).toLongLong());
    }
    refs.removeDuplicates();
    std::sort(refs.begin(), refs.end());
    if (!refs.isEmpty())
        Q_EMIT retryRequested(refs);
}

void ReconcileView::onOpenInOdoo()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(OrderColumn);
    if (rows.size() != 1 || m_odooUrl.isEmpty())
        return;
    const QModelIndex i = rows.first();
    const ReconcileRow::Kind kind = ReconcileRow::Kind(i.data(KindRole).toInt());
    const qint64 orderId = i.data(OdooIdRole).toLongLong();
    const qint64 pickingId = i.data(PickingIdRole).toLongLong();
    // A delivery row is about the delivery: that is what the clerk checks or cancels.
    const bool picking = pickingId > 0 && (kind == ReconcileRow::Kind::PickingWithoutDone || orderId <= 0);
    if (picking)
        m_opener(MainWindow::odooRecordUrl(m_odooUrl, u"stock.picking"_s, pickingId));
    else if (orderId > 0)
        m_opener(MainWindow::odooRecordUrl(m_odooUrl, u"sale.order"_s, orderId));
}

void ReconcileView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReconcileView::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Try the selected orders again now, as the Retry of the orders tab does; only orders "
                           "the bridge can take again without sending them twice"));
    m_open->setText(tr("Open in Odoo"));
    m_open->setToolTip(tr("Open the order, or the delivery, of the selected row in Odoo in the browser "
                          "(or double-click the row)"));
    m_table->setHorizontalHeaderLabels(
        {tr("Order"), tr("Disagreement"), tr("In the journal"), tr("What was found"), tr("What to do")});
    if (m_job) {
        m_summary->setText(tr("Comparing Odoo, the journal and Ysell…"));
    } else if (m_problem) {
        m_summary->setText(tr("The reconciliation could not be made: %1").arg(m_problem->message));
    } else if (!m_report) {
        m_summary->setText(tr("Compares the orders confirmed in Odoo since the start date with the journal and "
                              "Ysell. It changes nothing."));
    } else {
        const QString at = m_finishedAt.toString(u"yyyy-MM-dd HH:mm"_s);
        m_summary->setText(m_report->rows.isEmpty()
                               ? tr("%1: Odoo, the journal and Ysell agree on %n order(s); nothing to do.", nullptr,
                                    m_report->odooOrders)
                                     .arg(at)
                               : tr("%1: %2.").arg(at, m_report->summary()));
    }
    // The rows' own words are the engine's, rendered when they were made; the kinds follow the language.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem *order = m_table->item(row, OrderColumn); order && m_table->item(row, KindColumn))
            m_table->item(row, KindColumn)->setText(ReconcileRow::kindLabel(ReconcileRow::Kind(order->data(KindRole).toInt())));
    }
    refreshJournalStates();
    updateCounts();
}

} // namespace ysb
