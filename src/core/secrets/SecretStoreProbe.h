#pragma once

#include "SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace ysb {

/// Finds out where secrets can live (see SecretStore::probe); emits finished() once, then deletes itself.
class SecretStoreProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStoreProbe)

public:
    SecretStoreProbe(const QString &secretsDir, QObject *storeParent, int timeoutMs);
    ~SecretStoreProbe() override;

    void start();

    /// Whether a D-Bus session bus can be reached at all (Linux/BSD); elsewhere always true.
    static bool sessionBusReachable();

Q_SIGNALS:
    /// The chosen store (parented to storeParent, never null) and, when the user should know
    /// something (e.g. sessionOnlyNotice(), a secrets directory with a wrong mode), a notice; else empty.
    void finished(ysb::SecretStore *store, const ysb::Text &notice);

private:
    void done(SecretStore *store, const Text &notice);
    void fallBackToMemory(const QString &why);

    QString m_secretsDir;
    QPointer<QObject> m_storeParent;
    int m_timeoutMs = 20'000;
    bool m_done = false;
};

} // namespace ysb
