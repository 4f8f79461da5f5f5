#pragma once

#include "Result.h"
#include "SecretJob.h"

#include <QLatin1String>
#include <QObject>
#include <QString>

namespace ysb {

class SecretStoreProbe;

/// The names under which secrets are stored (keychain entries, or files in a secrets directory).
namespace SecretKey {
inline constexpr QLatin1String OdooPassword("odoo-password"); // the Odoo password or API key
inline constexpr QLatin1String YsellToken("ysell-token");
} // namespace SecretKey

/// Where secrets live: the system keychain, a secrets directory, or this session's memory.
/// Every operation is an asynchronous SecretJob; secret values never reach a log line or a message.
class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /// Reads a secret. A key never stored gives ErrorKind::Keychain with missingError()'s message.
    SecretJob *read(const QString &key);
    /// Stores (or replaces) a secret. An empty value is refused: use remove().
    SecretJob *write(const QString &key, const QString &value);
    /// Removes a secret; removing one that is not there succeeds.
    SecretJob *remove(const QString &key);

    /// False when secrets are lost at exit (MemorySecretStore).
    virtual bool isPersistent() const = 0;
    /// For people: "system keychain", "secrets directory /path", "this session only".
    virtual Text description() const = 0;

    /// Picks a store: the secrets directory when one is given, else the system keychain when a
    /// keychain service answers, else memory for this session (with sessionOnlyNotice()).
    /// The chosen store is parented to storeParent. timeoutMs bounds the wait for the keychain.
    static SecretStoreProbe *probe(const QString &secretsDir = {}, QObject *storeParent = nullptr,
                                   int timeoutMs = 20'000);

    /// "Odoo password or API key", "Ysell token", else the key itself.
    static QString displayName(const QString &key);
    static Text displayText(const QString &key);
    /// "No Ysell token is stored yet…" with what to do about it; where says where it was looked for.
    static Error missingError(const QString &key, const Text &where = {});
    /// Keys are plain names (they become file names): [a-z0-9][a-z0-9._-]*, at most 64 characters.
    static bool isValidKey(const QString &key);
    /// What the GUI shows when no keychain is available.
    static Text sessionOnlyNotice();

protected:
    // Implementations complete the job with job->finish(); the key is already checked.
    virtual void doRead(SecretJob *job, const QString &key) = 0;
    virtual void doWrite(SecretJob *job, const QString &key, const QString &value) = 0;
    virtual void doRemove(SecretJob *job, const QString &key) = 0;
};

} // namespace ysb
