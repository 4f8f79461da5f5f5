#pragma once

#include "Notifier.h"
#include "sync/SyncTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace ysb {

/// Collects the engine's notifications for a few seconds and hands the notifier one digest
/// ("3 orders need attention: S00012, S00017, S00020"), never one popup per order. Muted
/// categories are dropped.
class NotificationDigest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationDigest)
public:
    explicit NotificationDigest(Notifier *notifier, QObject *parent = nullptr);
    ~NotificationDigest() override;

    void setMutedCategories(const QStringList &categories);
    QStringList mutedCategories() const { return m_muted; }
    /// Off: nothing is shown at all (Config::notifications).
    void setEnabled(bool enabled);
    /// How long notifications are collected after the first one.
    void setDelayMs(int ms);
    int pending() const { return int(m_pending.size()); }

    /// The digest of these notifications (not muted ones: filtering happens in add()).
    static DesktopMessage compose(const QList<Notification> &notifications);

public Q_SLOTS:
    void add(const ysb::Notification &notification);
    /// Shows what was collected now.
    void flush();

private:
    QPointer<Notifier> m_notifier;
    QList<Notification> m_pending;
    QStringList m_muted;
    bool m_enabled = true;
    QTimer m_timer;
};

} // namespace ysb
