#pragma once

#include "SecretStore.h"

#include <QHash>

namespace ysb {

/// Secrets kept in this process only: the fallback when no keychain answers. Lost at exit.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    bool isPersistent() const override { return false; }
    Text description() const override;

protected:
    void doRead(SecretJob *job, const QString &key) override;
    void doWrite(SecretJob *job, const QString &key, const QString &value) override;
    void doRemove(SecretJob *job, const QString &key) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace ysb
