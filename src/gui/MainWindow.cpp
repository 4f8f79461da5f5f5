#include "MainWindow.h"

#include "OrderDetailsView.h"
#include "ReconcileView.h"
#include "SerialsDialog.h"
#include "journal/Journal.h"
#include "odoo/OdooClient.h"
#include "sync/Bridge.h"
#include "sync/OrderPreviewJob.h"
#include "sync/SerialEntry.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QColor>
#include <QDesktopServices>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

constexpr int SearchDelayMs = 250;
constexpr int MaxNamesInSummary = 30;

bool isRetryable(OrderState s)
{
    return s != OrderState::PickingCreated && s != OrderState::Closed;
}

QString shortTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().time(), QLocale::ShortFormat);
}

/// Date and time in local time, the same unambiguous way in every language.
QString checkTime(const QDateTime &t)
{
    return t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

MainWindow::MainWindow(Bridge *bridge, QWidget *parent)
    : QMainWindow(parent)
    , m_bridge(bridge)
    , m_journal(bridge->journal())
    , m_engine(bridge->engine())
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(Tray::appIcon());
    m_model = new OrdersModel(m_journal, this);
    buildActions();
    buildUi();
    // The journal remembers the last successful check across restarts.
    if (const Result<QDateTime> last = m_engine->lastSuccessAt(); last.ok())
        m_lastCheckAt = last.value();
    else
        m_lastCheckUnknown = true;
    retranslate();
    connectEngine();
    connect(m_model, &OrdersModel::refreshed, this, &MainWindow::updateCounts);
    connect(m_model, &OrdersModel::journalReadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 30'000);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::onSelectionChanged);
    updateCounts();
    updateSchedule();
    updateActions();
    resize(1280, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    // A theme icon (freedesktop name) where the desktop has one, else the bundled drawing.
    auto make = [this](const char *name, const QString &themeIcon, const QString &bundled, const QKeySequence &keys) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        if (!themeIcon.isEmpty())
            a->setIcon(QIcon::fromTheme(themeIcon, QIcon(u":/gui/%1.svg"_s.arg(bundled))));
        a->setShortcut(keys);
        addAction(a); // shortcuts work wherever the focus is in the window
        return a;
    };
    m_sendNow = make("sendNowAction", u"mail-send"_s, u"send"_s, QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_sendNow, &QAction::triggered, this, &MainWindow::onSendNow);
    m_checkNow = make("checkNowAction", u"view-refresh"_s, u"refresh"_s, QKeySequence(Qt::Key_F5));
    connect(m_checkNow, &QAction::triggered, this, &MainWindow::onCheckNow);
    m_retry = make("retryAction", u"edit-redo"_s, u"retry"_s, QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_retry, &QAction::triggered, this, &MainWindow::onRetry);
    m_serials = make("serialsAction", u"document-edit"_s, u"serials"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_serials, &QAction::triggered, this, &MainWindow::onEnterSerials);
    m_openInOdoo = make("openInOdooAction", u"internet-web-browser"_s, u"open-odoo"_s, QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openInOdoo, &QAction::triggered, this, &MainWindow::onOpenInOdoo);
    m_openPicking = make("openPickingAction", u"go-jump"_s, u"open-picking"_s,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openPicking, &QAction::triggered, this, &MainWindow::onOpenPickingInOdoo);
    m_copyYsellId = make("copyYsellIdAction", u"edit-copy"_s, u"copy"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyYsellId, &QAction::triggered, this, &MainWindow::onCopyYsellId);
    m_pause = make("pauseAction", u"media-playback-pause"_s, u"pause"_s, QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, [this](bool paused) { m_engine->setPaused(paused); });
    m_settings = make("settingsAction", u"preferences-system"_s, u"settings"_s, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_find = make("findAction", QString(), QString(), QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // Del is where a clerk's hand goes by habit; the journal is an audit trail, so it only explains.
    m_delete = make("deleteAction", QString(), QString(), QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &MainWindow::onDeletePressed);
    m_exportSupport = make("exportSupportAction", u"document-save-as"_s, u"export"_s,
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportSupport, &QAction::triggered, this, &MainWindow::onExportSupport);
    // Shows the tab and runs a reconciliation there (ReconcileView connects to it too).
    m_reconcile = make("reconcileAction", u"view-list-details"_s, u"reconcile"_s,
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_reconcile, &QAction::triggered, this, &MainWindow::onReconcile);
    m_quit = make("quitAction", u"application-exit"_s, QString(), QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, qApp, &QApplication::quit);
}

void MainWindow::buildUi()
{
    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_sendNow);
    toolbar->addAction(m_checkNow);
    toolbar->addSeparator();
    toolbar->addAction(m_retry);
    toolbar->addAction(m_serials);
    toolbar->addSeparator();
    toolbar->addAction(m_openInOdoo);
    toolbar->addAction(m_openPicking);
    toolbar->addAction(m_copyYsellId);
    toolbar->addSeparator();
    toolbar->addAction(m_pause);
    toolbar->addAction(m_settings);
    toolbar->addAction(m_exportSupport);
    toolbar->addAction(m_reconcile);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);

    // Shown while nothing can run at all (credentials refused, journal cannot store): one clear
    // message instead of a failure on every order.
    m_banner = new QFrame(central);
    m_banner->setObjectName(u"blockingBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x5c, 0x0b, 0x0b));
    m_banner->setPalette(bannerPalette);
    auto *bannerRow = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(u"blockingBannerText"_s);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerRow->addWidget(m_bannerText, 1);
    m_bannerSettings = new QPushButton(m_banner);
    m_bannerSettings->setObjectName(u"blockingBannerSettings"_s);
    connect(m_bannerSettings, &QPushButton::clicked, this, &MainWindow::settingsRequested);
    bannerRow->addWidget(m_bannerSettings);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_ordersTab = new QWidget(m_tabs);
    m_ordersTab->setObjectName(u"ordersTab"_s);
    auto *ordersLayout = new QVBoxLayout(m_ordersTab);
    ordersLayout->setContentsMargins(0, 6, 0, 0);
    auto *filterRow = new QHBoxLayout();
    m_filters = new QButtonGroup(this);
    m_filters->setExclusive(true);
    const QList<QPair<OrdersModel::Filter, const char *>> filters{
        {OrdersModel::Filter::All, "filterAll"},
        {OrdersModel::Filter::NeedsAttention, "filterNeedsAttention"},
        {OrdersModel::Filter::Sent, "filterSent"},
        {OrdersModel::Filter::Done, "filterDone"},
        {OrdersModel::Filter::PickingCreated, "filterPickingCreated"},
    };
    for (const auto &[filter, name] : filters) {
        auto *b = new QToolButton(m_ordersTab);
        b->setObjectName(QLatin1String(name));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_filters->addButton(b, int(filter));
        filterRow->addWidget(b);
    }
    m_filters->button(int(OrdersModel::Filter::All))->setChecked(true);
    connect(m_filters, &QButtonGroup::idClicked, this, &MainWindow::onFilterClicked);
    filterRow->addStretch(1);
    m_search = new QLineEdit(m_ordersTab);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    filterRow->addWidget(m_search);
    ordersLayout->addLayout(filterRow);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::onSearchEdited);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::onSearchEdited);
    // The clear button changes the text without textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            onSearchEdited();
    });

    auto *splitter = new QSplitter(Qt::Vertical, m_ordersTab);
    splitter->setObjectName(u"mainSplitter"_s);
    m_view = new QTableView(splitter);
    m_view->setObjectName(u"ordersView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(OrdersModel::ConfirmedColumn, Qt::DescendingOrder);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    m_view->setSortingEnabled(true);
    const QList<QPair<int, int>> widths{{OrdersModel::OrderColumn, 90},   {OrdersModel::CustomerColumn, 170},
                                        {OrdersModel::ConfirmedColumn, 130}, {OrdersModel::YsellIdColumn, 80},
                                        {OrdersModel::YsellStatusColumn, 150}, {OrdersModel::StateColumn, 165},
                                        {OrdersModel::ProblemColumn, 280},   {OrdersModel::PickingColumn, 110},
                                        {OrdersModel::OtherDeliveryColumn, 130}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);
    header->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onSelectionChanged);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_retry, m_serials, m_openInOdoo, m_openPicking, m_copyYsellId});

    m_details = new OrderDetailsView(m_journal, splitter);
    if (m_bridge) {
        // The pane names the order by its Odoo id ("#ID") when it has one.
        m_details->setRequestPreviewer([this](const QString &orderRef) -> OrderPreviewJob * {
            return m_bridge ? m_bridge->previewOrder(orderRef, this) : nullptr;
        });
    }
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    ordersLayout->addWidget(splitter, 1);
    m_tabs->addTab(m_ordersTab, QString());

    ReconcileView::JobStarter starter = [this](QObject *parent) -> ReconcileJob * {
        return m_bridge ? m_bridge->reconcile(parent) : nullptr;
    };
    m_reconcileView = new ReconcileView(m_journal, m_bridge ? m_bridge->config().odooDatabase : QString(),
                                        m_bridge ? m_bridge->config().odooUrl : QString(), std::move(starter),
                                        m_reconcile, m_tabs);
    connect(m_reconcileView, &ReconcileView::retryRequested, this, &MainWindow::confirmRetry);
    m_tabs->addTab(m_reconcileView, QString());
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_cycleLabel = new QLabel(this);
    m_cycleLabel->setObjectName(u"cycleLabel"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"cycleProgress"_s);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_nextCheckLabel = new QLabel(this);
    m_nextCheckLabel->setObjectName(u"nextCheckLabel"_s);
    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addWidget(m_cycleLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_lastCheckLabel = new QLabel(this);
    m_lastCheckLabel->setObjectName(u"lastCheckLabel"_s);
    statusBar()->addPermanentWidget(m_lastCheckLabel);
    statusBar()->addPermanentWidget(m_nextCheckLabel);
}

void MainWindow::retranslate()
{
    updateLastCheck();
    // The tooltip names the shortcut, in the words of the user's keyboard.
    auto tip = [](QAction *a, const QString &text) {
        a->setToolTip(a->shortcut().isEmpty() ? text
                                              : tr("%1 (%2)").arg(text, a->shortcut().toString(QKeySequence::NativeText)));
    };
    m_sendNow->setText(tr("Send now"));
    tip(m_sendNow, tr("Send the confirmed orders that are due to Ysell now"));
    m_checkNow->setText(tr("Check now"));
    tip(m_checkNow, tr("Check the Ysell status of sent orders now"));
    m_retry->setText(tr("Retry"));
    tip(m_retry, tr("Try the selected orders again now"));
    m_serials->setText(tr("Enter serial numbers…"));
    tip(m_serials, tr("Enter the serial numbers of the selected order"));
    m_openInOdoo->setText(tr("Open in Odoo"));
    tip(m_openInOdoo, tr("Open the selected order in Odoo in the browser"));
    m_openPicking->setText(tr("Open picking"));
    tip(m_openPicking, tr("Open the delivery created for the selected order in Odoo"));
    m_copyYsellId->setText(tr("Copy Ysell id"));
    tip(m_copyYsellId, tr("Copy the Ysell ids of the selected orders"));
    m_pause->setText(tr("Pause"));
    tip(m_pause, tr("Stop sending and checking until resumed; Send now and Check now still work"));
    m_settings->setText(tr("Settings…"));
    tip(m_settings, tr("Change the Odoo and Ysell connection settings"));
    m_find->setText(tr("Find"));
    m_delete->setText(tr("Delete"));
    m_quit->setText(tr("Quit"));
    m_exportSupport->setText(tr("Export for support…"));
    tip(m_exportSupport, tr("Save one zip for support: journal, settings, versions and a connection check, without secrets"));
    m_search->setPlaceholderText(tr("Search order, customer, Ysell id, serial number (Ctrl+F)"));
    m_reconcile->setText(tr("Reconcile"));
    tip(m_reconcile, tr("Compare the orders in Odoo with the journal and Ysell, and list what disagrees"));
    m_tabs->setTabText(m_tabs->indexOf(m_ordersTab), tr("Orders"));
    m_tabs->setTabText(m_tabs->indexOf(m_reconcileView), tr("Reconciliation"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_reconcileView), m_reconcile->toolTip());
    updateCounts();
    updateSchedule();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::connectEngine()
{
    connect(m_engine, &SyncEngine::cycleStarted, this, &MainWindow::onCycleStarted);
    connect(m_engine, &SyncEngine::progressChanged, this, &MainWindow::onProgressChanged);
    connect(m_engine, &SyncEngine::cycleFinished, this, &MainWindow::onCycleFinished);
    connect(m_engine, &SyncEngine::idle, this, &MainWindow::onIdle);
    connect(m_engine, &SyncEngine::scheduleChanged, this, &MainWindow::updateSchedule);
}

QStringList MainWindow::selectedOrders() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(OrdersModel::OrderColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList names;
    for (const QModelIndex &i : std::as_const(rows)) {
        const QString n = i.data(OrdersModel::OrderNameRole).toString();
        if (!n.isEmpty())
            names << n;
    }
    return names;
}

QString MainWindow::orderRef(const QModelIndex &row) const
{
    // An order whose name another order shares is named by its Odoo id ("#ID"), as the CLI does.
    const QString name = row.data(OrdersModel::OrderNameRole).toString();
    const qint64 odooId = row.data(OrdersModel::OdooIdRole).toLongLong();
    // A journal that cannot say whether the name is shared: "#ID" names the order either way.
    const Result<QList<OrderRecord>> named = m_journal->ordersNamed(name);
    return odooId && (!named.ok() || named->size() > 1) ? u"#%1"_s.arg(odooId) : name;
}

QStringList MainWindow::selectedOrderRefs() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(OrdersModel::OrderColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList refs;
    for (const QModelIndex &i : std::as_const(rows)) {
        if (const QString ref = orderRef(i); !ref.isEmpty())
            refs << ref;
    }
    return refs;
}

QString MainWindow::currentOrder() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return selectedOrders().value(0);
    return current.data(OrdersModel::OrderNameRole).toString();
}

std::optional<OrderRecord> MainWindow::currentRecord() const
{
    QModelIndex row = m_view->selectionModel()->currentIndex();
    if (!row.isValid() || !m_view->selectionModel()->isRowSelected(row.row(), {}))
        row = m_view->selectionModel()->selectedRows().value(0);
    if (!row.isValid() || !m_journal)
        return std::nullopt;
    const qint64 odooId = row.data(OrdersModel::OdooIdRole).toLongLong();
    const Result<std::optional<OrderRecord>> r =
        m_journal->orderByKey(OrderKey(row.data(OrdersModel::OrderNameRole).toString(), odooId,
                                       m_bridge ? m_bridge->config().odooDatabase : QString()));
    if (!r.ok()) {
        statusBar()->showMessage(r.error().message, 30'000);
        return std::nullopt;
    }
    return r.value();
}

void MainWindow::onSelectionChanged()
{
    const std::optional<OrderRecord> r = currentRecord();
    m_details->showOrder(r ? r->name : currentOrder(), r ? r->odooId : 0);
    updateActions();
}

void MainWindow::updateActions()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    bool anyRetryable = false;
    for (const QModelIndex &i : rows)
        anyRetryable = anyRetryable || isRetryable(OrderState(i.data(OrdersModel::OrderStateRole).toInt()));
    const bool one = !currentOrder().isEmpty();
    m_retry->setEnabled(anyRetryable);
    m_serials->setEnabled(one);
    m_openInOdoo->setEnabled(one && !m_bridge.isNull() && !m_bridge->config().odooUrl.isEmpty());
    bool hasPicking = false;
    bool hasYsellId = false;
    for (const QModelIndex &i : rows) {
        hasPicking = hasPicking || i.data(OrdersModel::PickingIdRole).toLongLong() > 0;
        hasYsellId = hasYsellId || !i.data(OrdersModel::YsellIdRole).toString().isEmpty();
    }
    m_openPicking->setEnabled(one && hasPicking);
    m_copyYsellId->setEnabled(hasYsellId);
}

void MainWindow::onFilterClicked(int id)
{
    m_model->setFilter(OrdersModel::Filter(id));
}

void MainWindow::onSearchEdited()
{
    m_searchTimer.stop();
    m_model->setSearchText(m_search->text());
}

void MainWindow::onSendNow()
{
    m_engine->sendNow();
    statusBar()->showMessage(tr("Sending the due orders to Ysell…"), 5'000);
}

void MainWindow::onCheckNow()
{
    m_engine->checkNow();
    statusBar()->showMessage(tr("Checking the Ysell status of sent orders…"), 5'000);
}

void MainWindow::onRetry()
{
    QStringList names;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        if (!isRetryable(OrderState(i.data(OrdersModel::OrderStateRole).toInt())))
            continue;
        names << orderRef(i);
    }
    std::sort(names.begin(), names.end());
    if (names.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to retry: the selected orders are finished."), 8'000);
        return;
    }
    confirmRetry(names);
}

void MainWindow::confirmRetry(const QStringList &names)
{
    if (names.isEmpty())
        return;
    if (names.size() == 1) {
        startRetry(names);
        return;
    }
    // One question for the whole batch, asked without blocking the window's event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Retry orders"),
                                tr("Try these %1 orders again now?").arg(names.size()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"retryConfirmation"_s);
    box->setInformativeText(names.mid(0, MaxNamesInSummary).join(u", "_s));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, names](int result) {
        if (result == QMessageBox::Yes)
            startRetry(names);
    });
    box->open();
}

void MainWindow::startRetry(const QStringList &names)
{
    m_retryUnknown = m_engine->retry(names);
    m_retrying = names;
    for (auto it = m_retryUnknown.cbegin(); it != m_retryUnknown.cend(); ++it)
        m_retrying.removeAll(it.key());
    statusBar()->showMessage(names.size() == 1 ? tr("Retrying %1…").arg(names.first())
                                               : tr("Retrying %1 orders…").arg(names.size()),
                             5'000);
    if (m_retrying.isEmpty())
        finishRetry();
}

void MainWindow::finishRetry()
{
    QStringList worked;
    QStringList failed;
    for (const QString &n : std::as_const(m_retrying)) {
        const Result<OrderRecord> found = m_engine->findOrder(n);
        if (!found.ok() && found.error().kind == ErrorKind::Storage)
            failed << tr("%1: %2").arg(n, found.error().message);
        if (!found.ok())
            continue;
        const std::optional<OrderRecord> r = found.value();
        const bool ok = r->lastError.isEmpty()
                     && (r->state == OrderState::Sent || r->state == OrderState::Done
                         || r->state == OrderState::PickingCreated || r->state == OrderState::Closed);
        if (ok) {
            worked << n;
            continue;
        }
        QString why = r->lastError.render();
        if (why.isEmpty() && r->nextAttemptAt.isValid())
            why = tr("will be tried again at %1").arg(shortTime(r->nextAttemptAt));
        if (why.isEmpty())
            why = orderStateLabel(r->state);
        failed << tr("%1: %2").arg(n, why);
    }
    QStringList unknown = m_retryUnknown.keys();
    unknown.sort();
    for (const QString &n : std::as_const(unknown)) {
        const Error &why = m_retryUnknown[n];
        failed << (why.kind == ErrorKind::Storage ? tr("%1: %2").arg(n, why.message) : tr("%1: not in the journal").arg(n));
    }
    const int total = int(m_retrying.size() + m_retryUnknown.size());
    m_retrying.clear();
    m_retryUnknown.clear();
    if (total == 0)
        return;
    if (total == 1) {
        statusBar()->showMessage(worked.isEmpty() ? tr("Retry did not work: %1").arg(failed.value(0))
                                                  : tr("Retry worked: %1").arg(worked.first()),
                                 15'000);
        return;
    }
    QString text;
    if (failed.isEmpty())
        text = tr("All %1 orders went through.").arg(total);
    else if (worked.isEmpty())
        text = tr("None of the %1 orders went through.").arg(total);
    else
        text = tr("%1 of %2 orders went through; %3 did not.").arg(worked.size()).arg(total).arg(failed.size());
    QStringList details;
    if (!worked.isEmpty())
        details << tr("Worked: %1").arg(worked.join(u", "_s));
    if (!failed.isEmpty())
        details << tr("Did not work:") << failed.mid(0, MaxNamesInSummary);
    showMessageBox(u"retrySummary"_s, failed.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                   tr("Retry finished"), text + u"\n\n"_s + details.join(u'\n'));
}

void MainWindow::showMessageBox(const QString &objectName, int icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Icon(icon), title, text, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

void MainWindow::onEnterSerials()
{
    const std::optional<OrderRecord> rec = currentRecord();
    if (!rec || !m_bridge)
        return;
    const QString name = rec->name;
    statusBar()->showMessage(tr("Reading the lines of %1 from Odoo…").arg(name));
    // By its Odoo id when it has one: never the lines of another order of the same name.
    const QString ref = rec->odooId > 0 ? u"#%1"_s.arg(rec->odooId) : name;
    auto *job = SerialLinesJob::start(m_bridge->odoo(), m_journal, ref, rec->odooDb, this);
    connect(job, &SerialLinesJob::finished, this, [this](const Result<OrderSerialLines> &result) {
        statusBar()->clearMessage();
        if (!result.ok()) {
            showMessageBox(u"serialsProblem"_s, QMessageBox::Warning, tr("Serial numbers"), result.error().message);
            return;
        }
        onOrderLinesRead(result.value());
    });
}

void MainWindow::onOrderLinesRead(const OrderSerialLines &read)
{
    const QString name = read.order.name;
    if (read.lines.isEmpty()) {
        showMessageBox(u"serialsProblem"_s, QMessageBox::Information, tr("Serial numbers"),
                       tr("No product of %1 is tracked by serial number.").arg(name));
        return;
    }
    auto *dialog = new SerialsDialog(name, read.lines, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Journal> journal = m_journal;
    const OrderKey key = OrderKey::of(read.order);
    dialog->setUsedElsewhere([journal, key](const QString &serial) -> QString {
        return journal ? SerialEntry::usedElsewhere(*journal, key, serial) : QString();
    });
    // Saved for this very order (its Odoo id), never for another order of the same name.
    connect(dialog, &QDialog::accepted, this, [this, dialog, key, lines = read.lines] {
        const QString order = dialog->orderName();
        const Result<SavedSerials> saved = SerialEntry::save(*m_journal, key, dialog->serials(), lines);
        if (!saved.ok()) {
            showMessageBox(u"serialsProblem"_s, QMessageBox::Warning, tr("Serial numbers"), saved.error().message);
            return;
        }
        if (saved->sendAgain) {
            // The clerk entered them to get the order moving: send it with them now.
            // "#ID" when the name is shared, or the journal cannot say.
            const Result<QList<OrderRecord>> named = m_journal->ordersNamed(order);
            startRetry({key.odooId && (!named.ok() || named->size() > 1) ? u"#%1"_s.arg(key.odooId) : order});
            statusBar()->showMessage(tr("Serial numbers of %1 saved; sending it again.").arg(order), 10'000);
        } else {
            statusBar()->showMessage(tr("Serial numbers of %1 saved.").arg(order), 10'000);
        }
    });
    dialog->open();
}

QUrl MainWindow::odooRecordUrl(const QString &odooBaseUrl, const QString &model, qint64 id)
{
    QString base = odooBaseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    // Odoo 17's form view address; Odoo 18 redirects it to /odoo/action-….
    return QUrl(u"%1/web#id=%2&model=%3&view_type=form"_s.arg(base).arg(id).arg(model));
}

void MainWindow::onOpenInOdoo()
{
    const std::optional<OrderRecord> r = currentRecord();
    if (!r || !m_bridge)
        return;
    if (r->odooId <= 0) {
        statusBar()->showMessage(tr("Order %1 has no Odoo id in the journal.").arg(r->name), 8'000);
        return;
    }
    QDesktopServices::openUrl(odooRecordUrl(m_bridge->config().odooUrl, u"sale.order"_s, r->odooId));
}

void MainWindow::onOpenPickingInOdoo()
{
    const std::optional<OrderRecord> r = currentRecord();
    if (!r || !m_bridge || r->pickingId <= 0)
        return;
    QDesktopServices::openUrl(odooRecordUrl(m_bridge->config().odooUrl, u"stock.picking"_s, r->pickingId));
}

void MainWindow::onCopyYsellId()
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const QString id = i.data(OrdersModel::YsellIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    statusBar()->showMessage(ids.size() == 1 ? tr("Ysell id %1 copied.").arg(ids.first())
                                             : tr("%1 Ysell ids copied.").arg(ids.size()),
                             5'000);
}

void MainWindow::onDeletePressed()
{
    statusBar()->showMessage(tr("Nothing is deleted: the journal keeps every order as a record of what happened."),
                             8'000);
}

void MainWindow::onCycleStarted(CycleSummary::Kind kind)
{
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cycleLabel->setText(kind == CycleSummary::Kind::Send ? tr("Sending orders to Ysell…")
                                                           : tr("Checking Ysell statuses…"));
    updateCounts();
}

void MainWindow::onProgressChanged(int done, int total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
}

void MainWindow::onCycleFinished(const CycleSummary &s)
{
    m_lastCycleAborted = s.aborted;
    m_lastCycleProblem = s.errors;
    const QString at = shortTime(s.finishedAt.isValid() ? s.finishedAt : QDateTime::currentDateTimeUtc());
    QString text;
    if (s.aborted) {
        text = tr("%1: could not run: %2").arg(at, ysb::Text::join(m_lastCycleProblem, u" "_s));
    } else if (s.kind == CycleSummary::Kind::Send) {
        text = tr("%1: sent %2, already in Ysell %3, need attention %4, to retry %5")
                   .arg(at)
                   .arg(s.sent)
                   .arg(s.adopted)
                   .arg(s.needsAttention)
                   .arg(s.failed);
    } else {
        text = tr("%1: checked %2, done %3, pickings created %4, need attention %5")
                   .arg(at)
                   .arg(s.checked)
                   .arg(s.becameDone)
                   .arg(s.pickingsCreated + s.pickingsAdopted)
                   .arg(s.needsAttention);
    }
    m_cycleLabel->setText(text);
    m_cycleLabel->setToolTip(s.errorLines().join(u'\n'));
    if (!s.aborted && s.finishedAt.isValid()) {
        m_lastCheckAt = s.finishedAt;
        m_lastCheckUnknown = false;
        updateLastCheck();
    }
    updateBanner(s);
    m_model->refresh();
}

void MainWindow::updateBanner(const CycleSummary &s)
{
    if (s.storageFailed) {
        m_bannerForCredentials = false;
        m_bannerText->setText(tr("The journal %1 cannot store what Ysell Bridge does, so nothing more is sent. %2")
                                  .arg(QDir::toNativeSeparators(s.storagePath), s.errorLines().value(0)));
        m_bannerSettings->setText(tr("Open settings…"));
        m_banner->setVisible(true);
    } else if (s.credentialsRefused) {
        m_bannerForCredentials = true;
        m_bannerText->setText(tr("Sign-in refused: %1 Nothing is sent or checked until this is fixed; then "
                                 "everything resumes by itself.")
                                  .arg(s.errorLines().value(0)));
        m_bannerSettings->setText(tr("Open settings…"));
        m_banner->setVisible(true);
    } else if (!s.aborted) {
        // A cycle that ran proves the journal stores and the credentials are accepted again.
        m_banner->setVisible(false);
        m_bannerText->clear();
    }
}

QString MainWindow::blockingProblem() const
{
    return m_banner && m_banner->isVisible() ? m_bannerText->text() : QString();
}

void MainWindow::onIdle()
{
    m_progress->setVisible(false);
    m_model->refresh();
    updateCounts();
    if (!m_retrying.isEmpty() || !m_retryUnknown.isEmpty())
        finishRetry();
    m_reconcileView->refreshJournalStates();
}

void MainWindow::onReconcile()
{
    m_tabs->setCurrentWidget(m_reconcileView);
}

void MainWindow::updateSchedule()
{
    if (!m_engine || !m_nextCheckLabel)
        return;
    if (m_engine->isPaused()) {
        m_nextCheckLabel->setText(tr("Paused"));
    } else if (m_engine->nextCheckAt().isValid()) {
        m_nextCheckLabel->setText(tr("Next status check at %1").arg(shortTime(m_engine->nextCheckAt())));
    } else {
        m_nextCheckLabel->setText(tr("Not started"));
    }
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(m_engine->isPaused());
}

void MainWindow::updateLastCheck()
{
    const QString when = m_lastCheckAt.isValid() ? checkTime(m_lastCheckAt)
                       : m_lastCheckUnknown   ? tr("unknown (the journal cannot be read)")
                                              : tr("never");
    setWindowTitle(tr("Ysell Bridge — last check %1").arg(when));
    if (m_lastCheckLabel)
        m_lastCheckLabel->setText(tr("Last successful check: %1").arg(when));
}

void MainWindow::updateCounts()
{
    if (!m_countsLabel)
        return;
    const Result<QHash<OrderState, int>> counts = m_journal->countsByState();
    if (!counts.ok()) {
        // Not zeros: the clerk must not read "nothing needs attention" from a journal that cannot say.
        m_countsLabel->setText(counts.error().message);
        return;
    }
    m_counts = counts.value();
    // Stale sent orders need attention too, as the filter shows them (see OrdersModel::baseFilter).
    OrderFilter needingAttention;
    needingAttention.states = {OrderState::NeedsAttention};
    needingAttention.orStale = true;
    const Result<int> attentionCount = m_journal->countOrders(needingAttention);
    if (!attentionCount.ok()) {
        m_countsLabel->setText(attentionCount.error().message);
        return;
    }
    const int attention = attentionCount.value();
    m_countsLabel->setText(tr("Needs attention %1 · New %2 · Sent %3 · Done %4 · Picking created %5")
                               .arg(attention)
                               .arg(m_counts.value(OrderState::New) + m_counts.value(OrderState::Sending))
                               .arg(m_counts.value(OrderState::Sent))
                               .arg(m_counts.value(OrderState::Done))
                               .arg(m_counts.value(OrderState::PickingCreated)));
    int all = 0;
    for (int n : std::as_const(m_counts))
        all += n;
    const QHash<OrdersModel::Filter, int> perFilter{
        {OrdersModel::Filter::All, all},
        {OrdersModel::Filter::NeedsAttention, attention},
        {OrdersModel::Filter::Sent, m_counts.value(OrderState::Sent)},
        {OrdersModel::Filter::Done, m_counts.value(OrderState::Done)},
        {OrdersModel::Filter::PickingCreated, m_counts.value(OrderState::PickingCreated)},
    };
    for (auto it = perFilter.cbegin(); it != perFilter.cend(); ++it) {
        if (QAbstractButton *b = m_filters->button(int(it.key())))
            b->setText(tr("%1 (%2)").arg(OrdersModel::filterLabel(it.key())).arg(it.value()));
    }

    Tray::State state = Tray::State::AllWell;
    QString summary;
    if (m_engine->isBusy()) {
        state = Tray::State::Working;
        summary = m_cycleLabel->text();
    }
    if (attention > 0 || m_lastCycleAborted) {
        state = m_engine->isBusy() ? Tray::State::Working : Tray::State::NeedsAttention;
        summary = m_lastCycleAborted ? ysb::Text::join(m_lastCycleProblem, u" "_s) : tr("%1 orders need attention").arg(attention);
    }
    if (summary.isEmpty())
        summary = tr("All well");
    m_overall = state;
    Q_EMIT overallStateChanged(state, tr("Ysell Bridge: %1").arg(summary));
}

void MainWindow::selectOrder(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(OrdersModel::OrderNameRole).toString() == name) {
            const QModelIndex idx = m_model->index(row, 0);
            m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
            m_view->scrollTo(idx);
            return;
        }
    }
}

void MainWindow::openOrders(const QStringList &orderRefs)
{
    bringToFront();
    if (orderRefs.isEmpty())
        return;
    if (orderRefs.size() == 1) {
        m_filters->button(int(OrdersModel::Filter::All))->setChecked(true);
        m_model->setFilter(OrdersModel::Filter::All);
        m_search->setText(orderRefs.first());
        onSearchEdited();
        selectOrder(orderRefs.first());
        return;
    }
    // Several: the list the notification was about.
    m_search->clear();
    onSearchEdited();
    m_filters->button(int(OrdersModel::Filter::NeedsAttention))->setChecked(true);
    m_model->setFilter(OrdersModel::Filter::NeedsAttention);
    selectOrder(orderRefs.first());
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::showNotice(const QString &text)
{
    m_cycleLabel->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeHides) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace ysb
