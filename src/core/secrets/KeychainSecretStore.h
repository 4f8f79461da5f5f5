#pragma once

#include "SecretStore.h"

namespace ysb {

/// Secrets in the operating system's keychain through QtKeychain (Secret Service / KWallet,
/// Credential Manager, macOS Keychain). Never falls back to a plaintext file.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    /// service groups our entries in the keychain; tests pass their own so they never touch real ones.
    explicit KeychainSecretStore(const QString &service = defaultService(), QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    static QString defaultService() { return QStringLiteral("ysell-bridge"); }

    QString service() const { return m_service; }
    bool isPersistent() const override { return true; }
    Text description() const override;

    /// How long one keychain operation may take before it fails (a prompt nobody answers, a hung service).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    /// Succeeds when a keychain service answers at all (a missing probe entry counts as an answer).
    SecretJob *checkAvailable();

protected:
    void doRead(SecretJob *job, const QString &key) override;
    void doWrite(SecretJob *job, const QString &key, const QString &value) override;
    void doRemove(SecretJob *job, const QString &key) override;

private:
    void armTimeout(SecretJob *job) const;

    QString m_service;
    int m_timeoutMs = 60'000;
};

} // namespace ysb
