// The main window shown for real on the Xvfb display of scripts/with-session with the simulator's
// demo data after a send, a retry and a status sweep, saved as PNGs in the build tree
// (YSB_SCREENSHOT_DIR) for a person to look at, in English and in Russian: the table with problems,
// attention, done, shipped and closed orders, the detail pane's "What happened", the serials dialog and the
// notification digest (drawn in a small window as the notifier shows it: a tray balloon cannot be
// captured under Xvfb). Every word of the Russian ones is read back: English words other than proper
// names and Odoo/Ysell data fail. The settings dialog is in tst_screenshots_settings.
// Run with: scripts/with-session ctest --test-dir <build> -R tst_screenshots
#include "EnglishWords.h"
#include "MainWindow.h"
#include "NotificationDigest.h"
#include "OrderDetailsView.h"
#include "OrdersModel.h"
#include "ReconcileView.h"
#include "SerialsDialog.h"
#include "SimBridge.h"
#include "SimProcess.h"
#include "Translations.h"
#include "journal/Journal.h"
#include "ysell/YsellStatus.h"
#include "sync/Bridge.h"
#include "sync/SyncEngine.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QDir>
#include <QJsonObject>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ysb;

namespace {

/// The digest as the notifier shows it: its severity's icon, the title in bold, the body below.
class NotificationPreview final : public QFrame {
public:
    explicit NotificationPreview(const DesktopMessage &m)
    {
        setObjectName(u"notificationPreview"_s);
        setWindowTitle(m.title);
        setFrameShape(QFrame::StyledPanel);
        auto *layout = new QHBoxLayout(this);
        auto *icon = new QLabel(this);
        const QStyle::StandardPixmap kind = m.severity == Notification::Severity::Error     ? QStyle::SP_MessageBoxCritical
                                            : m.severity == Notification::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                            : QStyle::SP_MessageBoxInformation;
        icon->setPixmap(style()->standardIcon(kind).pixmap(32));
        layout->addWidget(icon, 0, Qt::AlignTop);
        auto *text = new QVBoxLayout;
        auto *title = new QLabel(m.title, this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        text->addWidget(title);
        auto *bodyLabel = new QLabel(m.body, this);
        bodyLabel->setWordWrap(true);
        text->addWidget(bodyLabel);
        layout->addLayout(text, 1);
        setFixedWidth(420);
    }
};

QString plain(const QString &maybeRich)
{
    return Qt::mightBeRichText(maybeRich) ? QTextDocumentFragment::fromHtml(maybeRich).toPlainText() : maybeRich;
}

} // namespace

class TestScreenshots final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void screens_data();
    void screens();
    void russianScreensHaveNoEnglishWord();

private:
    /// One text a screen shows, and where.
    struct Shown {
        QString where;
        QString text;
    };
    bool runUntilIdle();
    void readDataAndEngineTexts();
    void shoot(QWidget *widget, const QString &file);
    /// Every text of `root` and its visible widgets, actions, headers and model data, for the check.
    void collect(QWidget *root, const QString &screen);
    void collectModel(const QAbstractItemModel *model, const QString &where);
    void add(const QString &where, const QString &text);

    ysb::test::SimProcess m_sim;
    QTemporaryDir m_dir;
    QDir m_out;
    std::unique_ptr<Bridge> m_bridge;
    QList<Notification> m_notes; // what the engine told during the working day
    bool m_collecting = false;
    QString m_stale;            // the order Ysell has not moved for days
    QList<Shown> m_shown;       // the Russian screens' texts
    QSet<QString> m_data;       // words of Odoo's and Ysell's data (lower case)
    QStringList m_engineTexts;  // sentences the engine stored or told, as rendered, longest first
};

bool TestScreenshots::runUntilIdle()
{
    return ysb::test::runUntilIdle(m_bridge->engine());
}

void TestScreenshots::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("YSB_XVFB_DISPLAY")) {
        QVERIFY2(!qEnvironmentVariableIsSet("YSB_IN_SESSION"), "scripts/with-session started no Xvfb");
        QSKIP("needs the Xvfb display of scripts/with-session");
    }
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    installTranslations(u"en"_s);
    const QString dir = qEnvironmentVariable("YSB_SCREENSHOT_DIR", QDir::currentPath() + u"/screenshots"_s);
    QVERIFY(QDir().mkpath(dir));
    m_out.setPath(dir);
    QVERIFY2(m_sim.start({u"--demo"_s}), qPrintable(m_sim.errorString()));
    const Config c = ysb::test::configFor(m_sim, m_dir.filePath(u"journal.sqlite"_s), 60);
    auto bridge = Bridge::create(c, {m_sim.odooPassword(), m_sim.ysellToken()});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    m_bridge = std::move(bridge).value();
    connect(m_bridge->engine(), &SyncEngine::notification, this, [this](const Notification &n) { m_notes << n; });

    // A working day: a few creates fail and wait for a retry, Ysell moves some orders along (shipped,
    // in progress, waiting for stock, cancelled), pickings get created for the shipped ones.
    QVERIFY(m_sim.fault(QJsonObject{{u"route"_s, u"create"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 503},
                                    {u"count"_s, 2}}));
    m_bridge->engine()->sendNow();
    QVERIFY(runUntilIdle());
    QVERIFY(m_sim.clearFaults());
    QStringList sent;
    for (const QList<OrderRecord> rows = m_bridge->journal()->orders().value(); const OrderRecord &r : rows) {
        if (r.state == OrderState::Sent)
            sent << r.name;
    }
    QVERIFY2(sent.size() >= 12, qPrintable(sent.join(u' ')));
    QVERIFY(m_sim.advance(u"7.1"_s, sent.mid(0, 6)));
    QVERIFY(m_sim.advance(u"5.1"_s, sent.mid(6, 3)));
    QVERIFY(m_sim.advance(u"4"_s, sent.mid(9, 1)));
    QVERIFY(m_sim.advance(u"10.1"_s, sent.mid(10, 1)));
    m_bridge->engine()->checkNow();
    QVERIFY(runUntilIdle());
    // One order Ysell has kept in "ready" for six days: stale, it needs attention with its reason.
    QVERIFY(m_bridge->journal()->update(sent.at(6), [](OrderRecord &r) {
                r.statusChangedAt = QDateTime::currentDateTimeUtc().addDays(-6);
            }).ok());
    m_bridge->engine()->checkNow();
    QVERIFY(runUntilIdle());
    m_stale = sent.at(6);
    QVERIFY2(!m_bridge->journal()->order(m_stale).value()->staleReason.isEmpty(), qPrintable(m_stale));
    // One more shipped, and Odoo refuses its delivery for now: done in Ysell, with the problem said.
    QVERIFY(m_sim.advance(u"7.1"_s, sent.mid(11, 1)));
    QVERIFY(m_sim.fault(QJsonObject{{u"route"_s, u"odoo:stock.picking.create"_s}, {u"kind"_s, u"status"_s},
                                    {u"status"_s, 500}}));
    m_bridge->engine()->checkNow();
    QVERIFY(runUntilIdle());
    QVERIFY(m_sim.clearFaults());
    QCOMPARE(m_bridge->journal()->order(sent.at(11)).value()->state, OrderState::Done);
    QVERIFY2(!m_notes.isEmpty(), "the engine told nothing");
}

void TestScreenshots::cleanupTestCase()
{
    m_bridge.reset();
    installTranslations(u"en"_s);
}

// What the check takes for data and for the engine's sentences: read after the screens were shown,
// whose own requests (the serials dialog reads the order's lines from Odoo) are in the timeline too.
void TestScreenshots::readDataAndEngineTexts()
{
    Journal *j = m_bridge->journal();
    for (const QList<OrderRecord> orders = j->orders().value(); const OrderRecord &r : orders) {
        for (const QString &d : {r.name, r.customer, r.ysellId, r.ysellNumber, r.pickingName, r.otherDeliveries,
                                 r.serials, r.items})
            ysb::test::addDataWords(&m_data, d);
        // Ysell's own text for a code the contract does not name.
        if (ysellStatusLabel(r.ysellStatusCode, r.ysellStatusName).contains(r.ysellStatusName))
            ysb::test::addDataWords(&m_data, r.ysellStatusName);
        m_engineTexts << r.lastError.render() << r.warning.render() << r.staleReason.render();
        for (const QList<EventRecord> events = j->events(OrderKey::of(r)).value(); const EventRecord &e : events)
            m_engineTexts << e.message.render();
        for (const QList<ExchangeRecord> exchanges = j->exchanges(OrderKey::of(r)).value();
             const ExchangeRecord &x : exchanges) {
            for (const QString &d : {x.method, x.path, x.requestBody, x.responseBody, x.requestHeaders})
                ysb::test::addDataWords(&m_data, d);
            m_engineTexts << x.errorDetail;
        }
    }
    for (const Notification &n : std::as_const(m_notes))
        m_engineTexts << n.message.render();
    // Odoo's names of products, partners, locations and deliveries.
    const QList<QPair<QString, QString>> named{{u"product.product"_s, u"display_name"_s},
                                               {u"res.partner"_s, u"display_name"_s},
                                               {u"stock.location"_s, u"complete_name"_s},
                                               {u"stock.picking"_s, u"name"_s}};
    for (const auto &[model, field] : named) {
        const QJsonValue rows = m_sim.odooAsAdmin(model, u"search_read"_s, QJsonArray{QJsonArray{}},
                                                  QJsonObject{{u"fields"_s, QJsonArray{field}}});
        QVERIFY2(rows.isArray() && !rows.toArray().isEmpty(), qPrintable(model));
        for (const QJsonValue &v : rows.toArray())
            ysb::test::addDataWords(&m_data, v.toObject().value(field).toString());
    }
    m_engineTexts.removeAll(QString());
    m_engineTexts.removeDuplicates();
    std::sort(m_engineTexts.begin(), m_engineTexts.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void TestScreenshots::shoot(QWidget *widget, const QString &file)
{
    QTest::qWait(300); // let deferred renders and the repaint land
    const QPixmap shot = widget->screen()->grabWindow(widget->winId());
    QVERIFY(!shot.isNull());
    const QString path = m_out.filePath(file);
    QVERIFY2(shot.save(path), qPrintable(path));
    qInfo().noquote() << "screenshot:" << path;
}

void TestScreenshots::add(const QString &where, const QString &text)
{
    if (m_collecting && !text.trimmed().isEmpty())
        m_shown.append({where, text});
}

void TestScreenshots::collectModel(const QAbstractItemModel *model, const QString &where)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        add(where + u" header"_s, model->headerData(c, Qt::Horizontal).toString());
        add(where + u" header tooltip"_s, model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(r, c);
            add(where + u" row %1 column %2"_s.arg(r).arg(c), i.data().toString());
            add(where + u" row %1 column %2 tooltip"_s.arg(r).arg(c), i.data(Qt::ToolTipRole).toString());
        }
    }
}

void TestScreenshots::collect(QWidget *root, const QString &screen)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w != root && !w->isVisibleTo(root))
            continue;
        const QString where = screen + u": "_s + (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                                               : w->objectName());
        if (w->isWindow())
            add(where + u" title"_s, w->windowTitle());
        add(where + u" tooltip"_s, plain(w->toolTip()));
        if (auto *l = qobject_cast<QLabel *>(w))
            add(where, plain(l->text()));
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(where, b->text().remove(u'&'));
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(where + u" placeholder"_s, e->placeholderText());
        if (auto *t = qobject_cast<QTextEdit *>(w))
            add(where, t->toPlainText());
        if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            add(where, t->toPlainText());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            add(where, g->title());
        if (auto *box = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < box->count(); ++i)
                add(where, box->itemText(i));
        }
        // The table's own headers are read from its model once, not again from each header view.
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model() && !qobject_cast<QHeaderView *>(w))
            collectModel(view->model(), where);
    }
    for (QAction *a : root->findChildren<QAction *>()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        add(screen + u": action "_s + a->objectName(), a->text().remove(u'&'));
        add(screen + u": action tooltip "_s + a->objectName(), a->toolTip());
    }
    for (QMenu *m : root->findChildren<QMenu *>())
        add(screen + u": menu"_s, m->title().remove(u'&'));
}

void TestScreenshots::screens_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Russian") << u"ru"_s;
}

void TestScreenshots::screens()
{
    QFETCH(QString, language);
    QCOMPARE(installTranslations(language), language);
    m_collecting = language == u"ru"_s;
    const auto suffix = [&](const QString &name) -> QString { return name + u'-' + language + u".png"_s; };
    // A clerk opening the window in that language.
    auto window = std::make_unique<MainWindow>(m_bridge.get());
    window->resize(1360, 860);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    OrdersModel *model = window->ordersModel();
    QTRY_VERIFY(model->rowCount() > 0);
    QTableView *view = window->ordersView();
    const auto select = [&](auto wanted) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (const auto rec = model->orderAt(r); rec && wanted(*rec)) {
                view->selectionModel()->setCurrentIndex(model->index(r, 0), QItemSelectionModel::ClearAndSelect
                                                                                 | QItemSelectionModel::Rows);
                return rec->name;
            }
        }
        return QString();
    };
    // The table: problems, attention, shipped orders with Odoo's other delivery, closed ones.
    QSet<OrderState> states;
    for (int r = 0; r < model->rowCount(); ++r)
        states.insert(model->orderAt(r)->state);
    for (OrderState s : {OrderState::New, OrderState::NeedsAttention, OrderState::Sent, OrderState::Done,
                         OrderState::PickingCreated, OrderState::Closed})
        QVERIFY2(states.contains(s), qPrintable(orderStateName(s)));
    const QString shipped = select([](const OrderRecord &r) { return !r.otherDeliveries.isEmpty(); });
    QVERIFY2(!shipped.isEmpty(), "no shipped order with Odoo's other delivery");
    QTRY_COMPARE(window->detailsView()->orderName(), shipped);
    QVERIFY(window->detailsView()->text().contains(model->orderAt(view->currentIndex().row())->otherDeliveries));
    shoot(window.get(), suffix(u"main-window"_s));
    collect(window.get(), u"main window"_s);

    // The detail pane at its "What happened".
    auto *browser = window->findChild<QTextBrowser *>(u"detailsBrowser"_s);
    QVERIFY(browser);
    const QString heading = QCoreApplication::translate("ysb::OrderDetailsView", "What happened");
    const QTextCursor at = browser->document()->find(heading);
    QVERIFY2(!at.isNull(), qPrintable(heading));
    browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->value() + browser->cursorRect(at).top() - 8);
    shoot(window.get(), suffix(u"details-timeline"_s));

    // Needs attention: the order waiting for its serial numbers, and the dialog that takes them.
    auto *attention = window->findChild<QToolButton *>(u"filterNeedsAttention"_s);
    QVERIFY(attention);
    attention->click();
    QTRY_VERIFY(model->rowCount() > 0);
    // The stale order is among them, its reason in the Problem column.
    QVERIFY2(!select([this](const OrderRecord &r) { return r.name == m_stale && !r.staleReason.isEmpty(); }).isEmpty(),
             qPrintable(m_stale));
    const QString waiting = select([](const OrderRecord &r) { return r.lastError.toStored().contains(u"\"serials_missing\""_s); });
    QVERIFY(!waiting.isEmpty());
    QTRY_COMPARE(window->detailsView()->orderName(), waiting);
    shoot(window.get(), suffix(u"main-window-attention"_s));
    collect(window.get(), u"main window, needs attention"_s);

    QAction *serials = window->findChild<QAction *>(u"serialsAction"_s);
    QVERIFY(serials);
    QTRY_VERIFY(serials->isEnabled());
    serials->trigger();
    SerialsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<SerialsDialog *>(u"serialsDialog"_s)) != nullptr, 30'000);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    shoot(dialog, suffix(u"serials-dialog"_s));
    collect(dialog, u"serials dialog"_s);
    dialog->reject();
    QTRY_VERIFY(window->findChild<SerialsDialog *>(u"serialsDialog"_s) == nullptr || !dialog->isVisible());

    // The notification of the day's problems, composed in the clerk's language.
    NotificationPreview preview(NotificationDigest::compose(m_notes));
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    shoot(&preview, suffix(u"notification"_s));
    collect(&preview, u"notification"_s);

    // The reconciliation tab after a run, a row with its advice selected.
    preview.hide(); // it would cover the window in the picture
    QAction *reconcile = window->findChild<QAction *>(u"reconcileAction"_s);
    QVERIFY(reconcile);
    QSignalSpy reconciled(window->reconcileView(), &ReconcileView::reconciliationFinished);
    reconcile->trigger();
    QVERIFY(reconciled.wait(60'000));
    QTableWidget *rows = window->reconcileView()->table();
    QVERIFY2(rows->rowCount() > 0, "the working day left nothing to reconcile");
    rows->selectRow(0);
    shoot(window.get(), suffix(u"reconciliation"_s));
    collect(window.get(), u"reconciliation"_s);
    m_collecting = false;
    installTranslations(u"en"_s);
}

// Every text of the Russian screens, split into what the application writes (must be Russian but for
// proper names and data) and the sentences the engine stored in the journal or told.
void TestScreenshots::russianScreensHaveNoEnglishWord()
{
    QVERIFY2(m_shown.size() > 100, qPrintable(QString::number(m_shown.size())));
    readDataAndEngineTexts();
    if (QTest::currentTestFailed())
        return;
    QStringList appWords, engineWords;
    QSet<QString> cyrillicSeen;
    for (const Shown &s : std::as_const(m_shown)) {
        QString rest = s.text;
        for (const QString &sentence : std::as_const(m_engineTexts)) {
            for (const QString &form : {sentence, QString(sentence).replace(u'\n', u' ')}) {
                if (!rest.contains(form))
                    continue;
                rest.replace(form, u" "_s);
                if (const QStringList w = ysb::test::englishWords(form, m_data); !w.isEmpty())
                    engineWords << s.where + u": "_s + form.left(120);
            }
        }
        if (const QStringList w = ysb::test::englishWords(rest, m_data); !w.isEmpty())
            appWords << s.where + u": "_s + w.join(u' ') + u"   in “"_s + rest.simplified().left(160) + u"”"_s;
        for (QChar c : s.text) {
            if (c.script() == QChar::Script_Cyrillic) {
                cyrillicSeen.insert(s.where.section(u':', 0, 0));
                break;
            }
        }
    }
    appWords.removeDuplicates();
    engineWords.removeDuplicates();
    for (const QString &w : std::as_const(appWords))
        qInfo().noquote() << "English:" << w;
    for (const QString &w : std::as_const(engineWords))
        qInfo().noquote() << "English engine sentence:" << w;
    // Every screen was read in Russian at all.
    QCOMPARE(cyrillicSeen, (QSet<QString>{u"main window"_s, u"main window, needs attention"_s, u"serials dialog"_s,
                                          u"notification"_s, u"reconciliation"_s}));
    QVERIFY2(appWords.isEmpty(), qPrintable(u"English on the Russian screens:\n"_s + appWords.join(u'\n')));
    // The engine stores its sentences as data (problems, warnings, the timeline's events), rendered in the
    // reader's language: none may be English on a Russian screen.
    QVERIFY2(engineWords.isEmpty(),
             qPrintable(u"Engine sentences in English on the Russian screens:\n"_s + engineWords.mid(0, 40).join(u'\n')));
}

int main(int argc, char **argv)
{
    // A real X display when scripts/with-session provides one; offscreen (and a skip) otherwise.
    const QByteArray display = qgetenv("YSB_XVFB_DISPLAY");
    if (!display.isEmpty()) {
        qputenv("DISPLAY", display);
        qputenv("QT_QPA_PLATFORM", "xcb");
    }
    QApplication app(argc, argv);
    TestScreenshots test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots.moc"
