#include "MemorySecretStore.h"

namespace ysb {

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore() = default;

Text MemorySecretStore::description() const
{
    return Text(TextKind::SecretStoreSession);
}

void MemorySecretStore::doRead(SecretJob *job, const QString &key)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        job->finish(missingError(key, description()));
    else
        job->finish(*it);
}

void MemorySecretStore::doWrite(SecretJob *job, const QString &key, const QString &value)
{
    m_secrets.insert(key, value);
    job->finish(QString());
}

void MemorySecretStore::doRemove(SecretJob *job, const QString &key)
{
    m_secrets.remove(key);
    job->finish(QString());
}

} // namespace ysb
