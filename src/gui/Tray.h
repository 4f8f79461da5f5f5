#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace ysb {

/// The tray icon: all well / working / needs attention, and a menu Open, Check now, Pause, Quit.
/// Where the desktop has no tray (isAvailable() false) nothing is shown and closing the window quits.
class Tray final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Tray)
public:
    enum class State { AllWell, Working, NeedsAttention };

    explicit Tray(QObject *parent = nullptr);
    ~Tray() override;

    /// A system tray exists and the icon is shown.
    bool isAvailable() const;
    void setState(State state, const QString &toolTip = {});
    State state() const { return m_state; }
    void setPaused(bool paused);
    /// The icon for a state, also used as the window icon.
    static QIcon iconFor(State state);
    static QIcon appIcon();
    QSystemTrayIcon *systemTrayIcon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void openRequested();
    void checkNowRequested();
    /// The Pause menu entry was toggled.
    void pauseToggled(bool paused);
    void quitRequested();

protected:
    /// The menu follows a change of language (the settings' language applies without a restart).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_check = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_quit = nullptr;
    QString m_toolTip; // the window's summary; empty: the application's name
    State m_state = State::AllWell;
};

} // namespace ysb
