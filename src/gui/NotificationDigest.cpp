#include "NotificationDigest.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {
constexpr int DefaultDelayMs = 5'000;
// Beyond this many names, the notification says how many and lists the first ones.
constexpr int MaxNames = 8;
} // namespace

NotificationDigest::NotificationDigest(Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &NotificationDigest::flush);
}

NotificationDigest::~NotificationDigest() = default;

void NotificationDigest::setMutedCategories(const QStringList &categories)
{
    m_muted = categories;
    m_pending.removeIf([this](const Notification &n) { return m_muted.contains(n.category); });
}

void NotificationDigest::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_pending.clear();
        m_timer.stop();
    }
}

void NotificationDigest::setDelayMs(int ms)
{
    m_timer.setInterval(ms);
}

void NotificationDigest::add(const Notification &notification)
{
    if (!m_enabled || m_muted.contains(notification.category))
        return;
    m_pending.append(notification);
    // Not restarted by later ones: during a long sweep the clerk still hears every few seconds.
    if (!m_timer.isActive())
        m_timer.start();
}

void NotificationDigest::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    const DesktopMessage message = compose(m_pending);
    m_pending.clear();
    if (m_notifier)
        m_notifier->show(message);
}

DesktopMessage NotificationDigest::compose(const QList<Notification> &notifications)
{
    DesktopMessage out;
    out.severity = Notification::Severity::Info;
    QStringList systemLines;
    QString lastOrderMessage;
    for (const Notification &n : notifications) {
        if (int(n.severity) > int(out.severity))
            out.severity = n.severity;
        if (n.orderRef.isEmpty()) {
            // Rendered now, in the language the clerk reads, whenever the engine noted it.
            if (const QString line = n.message.render(); !systemLines.contains(line))
                systemLines << line;
            continue;
        }
        out.orderRefs.removeAll(n.orderRef);
        out.orderRefs.append(n.orderRef);
        lastOrderMessage = n.message.render();
    }
    // The clerk scans the names against the table, which sorts them the same way.
    std::sort(out.orderRefs.begin(), out.orderRefs.end());
    QStringList lines;
    const int count = int(out.orderRefs.size());
    if (count == 1) {
        out.title = tr("Order %1 needs attention").arg(out.orderRefs.first());
        lines << lastOrderMessage;
    } else if (count > 1) {
        out.title = tr("%n orders need attention", nullptr, count);
        if (count <= MaxNames) {
            lines << tr("%n orders need attention: %1", nullptr, count).arg(out.orderRefs.join(u", "_s));
        } else {
            lines << tr("%n orders need attention, among them: %1", nullptr, count)
                         .arg(out.orderRefs.mid(0, MaxNames).join(u", "_s));
        }
    }
    if (!systemLines.isEmpty()) {
        if (out.title.isEmpty())
            out.title = tr("Ysell Bridge has a problem");
        lines << systemLines;
    }
    out.body = lines.join(u'\n');
    return out;
}

} // namespace ysb
