#include "SecretStoreProbe.h"

#include "DirSecretStore.h"
#include "KeychainSecretStore.h"
#include "Logging.h"
#include "MemorySecretStore.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ysb {

SecretStoreProbe::SecretStoreProbe(const QString &secretsDir, QObject *storeParent, int timeoutMs)
    : QObject(nullptr), m_secretsDir(secretsDir), m_storeParent(storeParent), m_timeoutMs(timeoutMs)
{
}

SecretStoreProbe::~SecretStoreProbe() = default;

bool SecretStoreProbe::sessionBusReachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    // GLib (libsecret) and Qt also find the systemd user bus without the variable.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + u"/bus"_s);
#else
    return true;
#endif
}

void SecretStoreProbe::start()
{
    if (!m_secretsDir.isEmpty()) {
        auto *store = new DirSecretStore(m_secretsDir, m_storeParent);
        const Status check = store->checkDirectory();
        qCInfo(lcSecrets).noquote() << "secrets from directory" << store->directory();
        return done(store, check ? Text() : check.error().asText());
    }
    // Without a session bus libsecret may try to autolaunch one; there is no keychain to find anyway.
    if (!sessionBusReachable())
        return fallBackToMemory(u"no D-Bus session bus"_s);

    auto *keychain = new KeychainSecretStore(KeychainSecretStore::defaultService(), m_storeParent);
    keychain->setTimeoutMs(m_timeoutMs);
    SecretJob *job = keychain->checkAvailable();
    connect(job, &SecretJob::finished, this, [this, keychain](const Result<QString> &r) {
        if (r) {
            qCInfo(lcSecrets) << "secrets in the system keychain";
            return done(keychain, Text());
        }
        qCWarning(lcSecrets).noquote() << "keychain unavailable:" << r.error().detail;
        keychain->deleteLater();
        fallBackToMemory(r.error().detail);
    });
}

void SecretStoreProbe::fallBackToMemory(const QString &why)
{
    qCWarning(lcSecrets).noquote() << "secrets kept in memory for this session:" << why;
    done(new MemorySecretStore(m_storeParent), SecretStore::sessionOnlyNotice());
}

void SecretStoreProbe::done(SecretStore *store, const Text &notice)
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(
        this,
        [this, store = QPointer<SecretStore>(store), notice] {
            Q_EMIT finished(store.data(), notice);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace ysb
