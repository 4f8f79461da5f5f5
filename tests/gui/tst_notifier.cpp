// Desktop notifications against a real org.freedesktop.Notifications service on the private
// session bus (a small one registered by this test on its own connection): the digest the clerk
// reads, muted categories, the click that opens the order, and the fallback when no service answers.
#include "DBusNotifier.h"
#include "EnglishWords.h"
#include "MainWindow.h"
#include "NotificationDigest.h"
#include "OrderDetailsView.h"
#include "Translations.h"
#include "journal/Journal.h"
#include "sync/Bridge.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ysb;

/// The notification daemon's side, as a desktop provides it.
class FakeNotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown {
        QString app, summary, body;
        QStringList actions;
        QVariantMap hints;
        uint id = 0;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(timeout)
        shown.append({app, summary, body, actions, hints, uint(100 + shown.size())});
        return shown.last().id;
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

/// Records what reaches the fallback.
class RecordingNotifier : public Notifier {
    Q_OBJECT
public:
    QList<DesktopMessage> messages;
    void show(const DesktopMessage &m) override { messages << m; }
    void click() { Q_EMIT activated(messages.last().orderRefs); }
};

namespace {

Notification note(const QString &category, const QString &order, const QString &message,
                  Notification::Severity severity = Notification::Severity::Warning)
{
    return Notification{category, order, ysb::Text::data(message), severity};
}

} // namespace

class TestNotifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void compose_data();
    void compose();
    void digestThroughTheService();
    void digestInRussian();
    void engineNotesInTheReadersLanguage();
    void clickOpensTheOrder();
    void fallbackWhenNoServiceAnswers();

private:
    bool registerServer();
    void unregisterServer();

    QDBusConnection m_serverBus{u"none"_s};
    std::unique_ptr<FakeNotificationServer> m_server;
};

void TestNotifier::initTestCase()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no D-Bus session bus (run under scripts/with-session)");
    // The daemon gets its own connection, as a separate process would.
    m_serverBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"ysb-test-notification-daemon"_s);
    QVERIFY(m_serverBus.isConnected());
}

void TestNotifier::cleanupTestCase()
{
    unregisterServer();
    QDBusConnection::disconnectFromBus(u"ysb-test-notification-daemon"_s);
}

bool TestNotifier::registerServer()
{
    m_server = std::make_unique<FakeNotificationServer>();
    return m_serverBus.registerObject(u"/org/freedesktop/Notifications"_s, m_server.get(),
                                      QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        && m_serverBus.registerService(u"org.freedesktop.Notifications"_s);
}

void TestNotifier::unregisterServer()
{
    if (!m_server)
        return;
    m_serverBus.unregisterService(u"org.freedesktop.Notifications"_s);
    m_serverBus.unregisterObject(u"/org/freedesktop/Notifications"_s);
    m_server.reset();
}

void TestNotifier::compose_data()
{
    QTest::addColumn<QList<Notification>>("in");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("refs");
    const QString refused = u"Ysell refused the order: the street is missing."_s;
    QTest::newRow("one order") << QList<Notification>{note(u"send"_s, u"S00012"_s, refused)}
                               << u"Order S00012 needs attention"_s << refused << QStringList{u"S00012"_s};
    QTest::newRow("three orders, one twice")
        << QList<Notification>{note(u"send"_s, u"S00020"_s, refused), note(u"preflight"_s, u"S00012"_s, refused),
                               note(u"status"_s, u"S00017"_s, u"Ysell status 9 Cancelled"_s),
                               note(u"send"_s, u"S00020"_s, refused)}
        << u"3 orders need attention"_s << u"3 orders need attention: S00012, S00017, S00020"_s
        << QStringList{u"S00012"_s, u"S00017"_s, u"S00020"_s};
    QTest::newRow("system-wide") << QList<Notification>{note(u"connection"_s, {}, u"Odoo cannot be reached."_s),
                                                        note(u"connection"_s, {}, u"Odoo cannot be reached."_s)}
                                 << u"Ysell Bridge has a problem"_s << u"Odoo cannot be reached."_s << QStringList{};
    QList<Notification> many;
    for (int i = 1; i <= 12; ++i)
        many << note(u"send"_s, u"S%1"_s.arg(i, 5, 10, QLatin1Char('0')), refused);
    QTest::newRow("twelve orders") << many << u"12 orders need attention"_s
                                   << u"12 orders need attention, among them: S00001, S00002, S00003, S00004, S00005, "
                                      "S00006, S00007, S00008"_s
                                   << QStringList{};
}

void TestNotifier::compose()
{
    QFETCH(QList<Notification>, in);
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(QStringList, refs);
    const DesktopMessage m = NotificationDigest::compose(in);
    QCOMPARE(m.title, title);
    QCOMPARE(m.body, body);
    if (!refs.isEmpty() || in.first().orderRef.isEmpty())
        QCOMPARE(m.orderRefs, refs);
}

void TestNotifier::digestThroughTheService()
{
    QVERIFY(registerServer());
    DBusNotifier notifier(QDBusConnection::sessionBus());
    NotificationDigest digest(&notifier);
    digest.setDelayMs(200);
    digest.setMutedCategories({u"status"_s});
    QSignalSpy shown(&notifier, &Notifier::shown);
    const QString refused = u"Ysell refused the order."_s;
    digest.add(note(u"send"_s, u"S00020"_s, refused, Notification::Severity::Error));
    digest.add(note(u"status"_s, u"S00099"_s, u"Ysell status 9 Cancelled"_s)); // muted
    digest.add(note(u"preflight"_s, u"S00012"_s, refused));
    digest.add(note(u"send"_s, u"S00017"_s, refused));
    QTRY_COMPARE(shown.size(), 1);
    // One popup for the lot, never one per order.
    QCOMPARE(m_server->shown.size(), 1);
    const FakeNotificationServer::Shown &s = m_server->shown.first();
    QCOMPARE(s.body, u"3 orders need attention: S00012, S00017, S00020"_s);
    QCOMPARE(s.summary, u"3 orders need attention"_s);
    QCOMPARE(s.app, u"Ysell Bridge"_s);
    QCOMPARE(s.actions, (QStringList{u"default"_s, u"Open"_s}));
    QCOMPARE(s.hints.value(u"urgency"_s).toInt(), 2); // an error among them
    QVERIFY(!s.body.contains(u"S00099"_s));

    // The click on it.
    QSignalSpy activated(&notifier, &Notifier::activated);
    Q_EMIT m_server->ActionInvoked(s.id, u"default"_s);
    QVERIFY(activated.wait(10'000));
    QCOMPARE(activated.first().first().toStringList(), (QStringList{u"S00012"_s, u"S00017"_s, u"S00020"_s}));
    // Another application's notification is not ours to open.
    Q_EMIT m_server->ActionInvoked(s.id + 1000, u"default"_s);
    QTest::qWait(200);
    QCOMPARE(activated.size(), 1);

    // Muted everything: nothing more is shown.
    digest.setEnabled(false);
    digest.add(note(u"send"_s, u"S00021"_s, refused));
    digest.flush();
    QCOMPARE(m_server->shown.size(), 1);
    unregisterServer();
}

// A Russian clerk's notifications: the title, the digest's lines, the application's name and the
// button are Russian; Latin letters only in proper names and the orders' names.
void TestNotifier::digestInRussian()
{
    QVERIFY(registerServer());
    QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
    DBusNotifier notifier(QDBusConnection::sessionBus());
    NotificationDigest digest(&notifier);
    const QString refused = u"Ysell отклонил заказ: не указана улица."_s; // the engine's words, in Russian
    digest.add(note(u"send"_s, u"S00020"_s, refused, Notification::Severity::Error));
    digest.add(note(u"preflight"_s, u"S00012"_s, refused));
    digest.add(note(u"connection"_s, {}, u"Odoo недоступен."_s));
    digest.flush();
    digest.add(note(u"send"_s, u"S00021"_s, refused));
    digest.flush();
    QList<Notification> many;
    for (int i = 1; i <= 12; ++i)
        many << note(u"send"_s, u"S%1"_s.arg(i, 5, 10, QLatin1Char('0')), refused);
    const DesktopMessage twelve = NotificationDigest::compose(many);
    const DesktopMessage system = NotificationDigest::compose({note(u"connection"_s, {}, u"Odoo недоступен."_s)});
    QTRY_COMPARE(m_server->shown.size(), 2);
    installTranslations(u"en"_s);
    const FakeNotificationServer::Shown &several = m_server->shown.at(0);
    const FakeNotificationServer::Shown &one = m_server->shown.at(1);
    QCOMPARE(several.summary, u"2 заказа требуют внимания"_s);
    QCOMPARE(one.summary, u"Заказ S00021 требует внимания"_s);
    QCOMPARE(one.body, refused);
    QVERIFY2(twelve.title.startsWith(u"12 "_s), qPrintable(twelve.title));
    QVERIFY2(system.title.contains(u"проблема"_s), qPrintable(system.title));
    QSet<QString> names;
    for (const QString &n : {u"S00012"_s, u"S00020"_s, u"S00021"_s})
        names.insert(n.toLower());
    QStringList english;
    for (const FakeNotificationServer::Shown &s : std::as_const(m_server->shown)) {
        QVERIFY(s.actions.size() == 2);
        QCOMPARE(s.actions.at(1), u"Открыть"_s);
        for (const QString &text : {s.app, s.summary, s.body, s.actions.at(1)})
            english << ysb::test::englishWords(text, names);
    }
    for (const QString &text : {twelve.title, twelve.body, system.title, system.body})
        english << ysb::test::englishWords(text, names);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u' ')));
    unregisterServer();
}

// The engine notes what happened as Text while the app runs in English; the digest shown after the
// clerk switched to Russian words every one of them in Russian (nothing was rendered when noted).
void TestNotifier::engineNotesInTheReadersLanguage()
{
    QCOMPARE(installTranslations(u"en"_s), u"en"_s);
    using ysb::Text;
    using ysb::TextKind;
    const Notification held{u"preflight"_s, u"S00012"_s, Text(TextKind::NoYsellProductId).arg(u"Kettle"_s),
                            Notification::Severity::Warning};
    const Notification refused{u"credentials"_s, {}, Text(TextKind::OdooRefusedLoginPasswordApi).arg(u"kladovshik"_s),
                               Notification::Severity::Error};
    const Notification busy{u"connection"_s, {}, Text(TextKind::YsellBusy).arg(503), Notification::Severity::Error};
    const DesktopMessage inEnglish = NotificationDigest::compose({held});
    QVERIFY2(inEnglish.body.contains(u"has no Ysell product id"_s), qPrintable(inEnglish.body));
    QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
    const DesktopMessage one = NotificationDigest::compose({held});
    const DesktopMessage system = NotificationDigest::compose({refused, busy});
    const QString heldRu = held.message.render();
    const QString refusedRu = refused.message.render();
    installTranslations(u"en"_s);
    QCOMPARE(one.body, heldRu);
    QVERIFY2(system.body.contains(refusedRu), qPrintable(system.body));
    const QSet<QString> names{u"s00012"_s, u"kettle"_s, u"kladovshik"_s, u"http"_s};
    QStringList english;
    for (const QString &text : {one.title, one.body, system.title, system.body})
        english << ysb::test::englishWords(text, names);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u' ') + u"\n"_s + one.body + u"\n"_s + system.body));
}

void TestNotifier::clickOpensTheOrder()
{
    QVERIFY(registerServer());
    QTemporaryDir dir;
    Config c;
    // Nothing is contacted: the engine is never started here.
    c.odooUrl = u"https://127.0.0.1:9"_s;
    c.odooDatabase = u"db"_s;
    c.odooLogin = u"clerk"_s;
    c.ysellBaseUrl = u"https://127.0.0.1:9"_s;
    c.journalPath = dir.filePath(u"journal.sqlite"_s);
    auto bridge = Bridge::create(c, {u"odoo-test-secret"_s, u"ysell-test-token"_s});
    QVERIFY2(bridge.ok(), qPrintable(bridge.ok() ? QString() : bridge.error().message));
    QList<OrderRecord> orders;
    for (int i = 1; i <= 30; ++i) {
        OrderRecord o;
        o.name = u"S%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        o.customer = u"Customer %1"_s.arg(i);
        o.confirmedAt = QDateTime::currentDateTimeUtc().addSecs(-i * 60);
        o.state = i % 3 ? OrderState::Sent : OrderState::NeedsAttention;
        if (o.state == OrderState::NeedsAttention)
            o.lastError = Text::data(u"Ysell refused the order."_s);
        orders << o;
    }
    QVERIFY(bridge.value()->journal()->upsertOrders(orders).ok());
    MainWindow window(bridge.value().get());
    DBusNotifier notifier(QDBusConnection::sessionBus());
    connect(&notifier, &Notifier::activated, &window, &MainWindow::openOrders);
    NotificationDigest digest(&notifier);
    digest.add(note(u"send"_s, u"S00021"_s, u"Ysell refused the order."_s));
    digest.flush();
    QTRY_COMPARE(m_server->shown.size(), 1);
    QCOMPARE(m_server->shown.first().summary, u"Order S00021 needs attention"_s);
    QVERIFY(!window.isVisible());
    Q_EMIT m_server->ActionInvoked(m_server->shown.first().id, u"default"_s);
    QTRY_VERIFY(window.isVisible());
    QCOMPARE(window.currentOrder(), u"S00021"_s);
    QCOMPARE(window.detailsView()->orderName(), u"S00021"_s);
    QVERIFY(window.detailsView()->text().contains(u"Ysell refused the order."_s));
    unregisterServer();
}

void TestNotifier::fallbackWhenNoServiceAnswers()
{
    unregisterServer();
    RecordingNotifier fallback;
    DBusNotifier notifier(QDBusConnection::sessionBus(), &fallback);
    QSignalSpy failed(&notifier, &DBusNotifier::failed);
    QSignalSpy activated(&notifier, &Notifier::activated);
    NotificationDigest digest(&notifier);
    digest.add(note(u"send"_s, u"S00005"_s, u"Ysell refused the order."_s));
    digest.add(note(u"send"_s, u"S00006"_s, u"Ysell refused the order."_s));
    digest.flush();
    QVERIFY(failed.wait(30'000));
    QCOMPARE(fallback.messages.size(), 1);
    QCOMPARE(fallback.messages.first().body, u"2 orders need attention: S00005, S00006"_s);
    // A click on the tray balloon opens the same orders.
    fallback.click();
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toStringList(), (QStringList{u"S00005"_s, u"S00006"_s}));
}

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
