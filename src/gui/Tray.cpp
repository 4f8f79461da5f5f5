#include "Tray.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace ysb {

Tray::Tray(QObject *parent)
    : QObject(parent)
{
    m_menu = new QMenu();
    m_menu->setObjectName(u"trayMenu"_s);
    m_open = m_menu->addAction(QString());
    m_open->setObjectName(u"trayOpenAction"_s);
    connect(m_open, &QAction::triggered, this, &Tray::openRequested);
    m_check = m_menu->addAction(QString());
    m_check->setObjectName(u"trayCheckNowAction"_s);
    connect(m_check, &QAction::triggered, this, &Tray::checkNowRequested);
    m_pause = m_menu->addAction(QString());
    m_pause->setObjectName(u"trayPauseAction"_s);
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, &Tray::pauseToggled);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString());
    m_quit->setObjectName(u"trayQuitAction"_s);
    connect(m_quit, &QAction::triggered, this, &Tray::quitRequested);
    retranslate();
    m_menu->installEventFilter(this);

    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(iconFor(m_state), this);
    m_icon->setContextMenu(m_menu);
    m_icon->setToolTip(tr("Ysell Bridge"));
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    m_icon->show();
}

Tray::~Tray()
{
    delete m_menu;
}

bool Tray::isAvailable() const
{
    return m_icon != nullptr;
}

void Tray::setState(State state, const QString &toolTip)
{
    m_state = state;
    m_toolTip = toolTip;
    if (!m_icon)
        return;
    m_icon->setIcon(iconFor(state));
    m_icon->setToolTip(toolTip.isEmpty() ? tr("Ysell Bridge") : toolTip);
}

void Tray::retranslate()
{
    m_open->setText(tr("Open Ysell Bridge"));
    m_check->setText(tr("Check now"));
    m_pause->setText(tr("Pause"));
    m_quit->setText(tr("Quit"));
    if (m_icon)
        m_icon->setToolTip(m_toolTip.isEmpty() ? tr("Ysell Bridge") : m_toolTip);
}

bool Tray::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void Tray::setPaused(bool paused)
{
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(paused);
}

QIcon Tray::appIcon()
{
    // The executable carries the SVG as a resource; installed systems also have it in the theme.
    if (QFile::exists(u":/icons/ysell-bridge.svg"_s))
        return QIcon(u":/icons/ysell-bridge.svg"_s);
    return QIcon::fromTheme(u"ysell-bridge"_s);
}

QIcon Tray::iconFor(State state)
{
    const QIcon base = appIcon();
    QIcon out;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        if (!base.isNull()) {
            base.paint(&p, pm.rect());
        } else {
            p.setBrush(QColor(0x2b, 0x57, 0x97));
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(pm.rect().adjusted(1, 1, -1, -1), size / 5.0, size / 5.0);
        }
        // A badge in the corner: the state at a glance, also for colour-blind clerks by its shape.
        const qreal d = size * 0.5;
        const QRectF badge(size - d, size - d, d, d);
        p.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
        switch (state) {
        case State::AllWell:
            p.setBrush(QColor(0x2e, 0x8b, 0x3d));
            p.drawEllipse(badge);
            break;
        case State::Working:
            p.setBrush(QColor(0x1f, 0x6f, 0xd1));
            p.drawEllipse(badge);
            p.drawArc(badge.adjusted(d / 4, d / 4, -d / 4, -d / 4), 90 * 16, 270 * 16);
            break;
        case State::NeedsAttention: {
            p.setBrush(QColor(0xd1, 0x3b, 0x1f));
            const QPolygonF triangle{{badge.center().x(), badge.top()}, badge.bottomRight(), badge.bottomLeft()};
            p.drawPolygon(triangle);
            break;
        }
        }
        p.end();
        out.addPixmap(pm);
    }
    return out;
}

} // namespace ysb
