#include "KeychainSecretStore.h"

#include "Logging.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

const QString ProbeKey = u"availability-probe"_s;

QString codeName(QKeychain::Error code)
{
    switch (code) {
    case QKeychain::NoError: return u"NoError"_s;
    case QKeychain::EntryNotFound: return u"EntryNotFound"_s;
    case QKeychain::CouldNotDeleteEntry: return u"CouldNotDeleteEntry"_s;
    case QKeychain::AccessDeniedByUser: return u"AccessDeniedByUser"_s;
    case QKeychain::AccessDenied: return u"AccessDenied"_s;
    case QKeychain::NoBackendAvailable: return u"NoBackendAvailable"_s;
    case QKeychain::NotImplemented: return u"NotImplemented"_s;
    case QKeychain::OtherError: return u"OtherError"_s;
    }
    return u"Unknown"_s;
}

// QtKeychain's errorString comes from the backend (libsecret, D-Bus); it names no secret value.
Error mapError(const QKeychain::Job *kj, const QString &key, SecretJob::Operation op)
{
    const QString detail = u"keychain "_s + key + u": "_s + codeName(kj->error()) + u" ("_s + kj->errorString() + u')';
    const QString name = SecretStore::displayName(key);
    QString message;
    switch (kj->error()) {
    case QKeychain::EntryNotFound:
        return SecretStore::missingError(key, KeychainSecretStore::tr("the system keychain"));
    case QKeychain::NoBackendAvailable:
        message = KeychainSecretStore::tr("No system keychain is available (for example GNOME Keyring, KWallet or "
                                          "KeePassXC with Secret Service must be running).");
        break;
    case QKeychain::AccessDeniedByUser:
        message = KeychainSecretStore::tr("Access to the system keychain was denied, so the %1 cannot be used.").arg(name);
        break;
    case QKeychain::AccessDenied:
        message = KeychainSecretStore::tr("The system keychain refused access; it may be locked. Unlock it and try again.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        message = KeychainSecretStore::tr("The %1 could not be removed from the system keychain.").arg(name);
        break;
    default:
        switch (op) {
        case SecretJob::Operation::Read:
            message = KeychainSecretStore::tr("The system keychain could not read the %1.").arg(name);
            break;
        case SecretJob::Operation::Write:
            message = KeychainSecretStore::tr("The system keychain could not store the %1.").arg(name);
            break;
        case SecretJob::Operation::Remove:
            message = KeychainSecretStore::tr("The system keychain could not remove the %1.").arg(name);
            break;
        }
        break;
    }
    Error e = Error::make(ErrorKind::Keychain, message, detail);
    return e;
}

template <typename KJob>
KJob *makeJob(const QString &service, const QString &key)
{
    // No parent: a QtKeychain job must outlive our SecretJob when we give up on it (timeout), because
    // the backend still calls back into it. It deletes itself when the backend answers.
    auto *kj = new KJob(service);
    kj->setAutoDelete(true);
    kj->setInsecureFallback(false); // never a plaintext file
    kj->setKey(key);
    return kj;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::description() const
{
    return tr("system keychain");
}

void KeychainSecretStore::armTimeout(SecretJob *job) const
{
    const int ms = m_timeoutMs;
    QTimer::singleShot(ms, job, [job, ms] {
        qCWarning(lcSecrets) << "keychain did not answer within" << ms << "ms for" << job->key();
        job->finish(Error::make(ErrorKind::Keychain,
                                tr("The system keychain did not answer in time. If it asks for a password, unlock it and try again."),
                                u"keychain timeout: "_s + job->key()));
    });
}

void KeychainSecretStore::doRead(SecretJob *job, const QString &key)
{
    auto *kj = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(kj, &QKeychain::Job::finished, job, [job, key](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            const QString value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            if (value.isEmpty())
                return job->finish(SecretStore::missingError(key, tr("the system keychain")));
            qCDebug(lcSecrets) << "read" << key << "from keychain";
            return job->finish(value);
        }
        const Error e = mapError(j, key, SecretJob::Operation::Read);
        if (j->error() != QKeychain::EntryNotFound)
            qCWarning(lcSecrets).noquote() << e.detail;
        job->finish(e);
    });
    armTimeout(job);
    kj->start();
}

void KeychainSecretStore::doWrite(SecretJob *job, const QString &key, const QString &value)
{
    auto *kj = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    kj->setTextData(value);
    connect(kj, &QKeychain::Job::finished, job, [job, key](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            qCInfo(lcSecrets) << "stored" << key << "in keychain";
            return job->finish(QString());
        }
        const Error e = mapError(j, key, SecretJob::Operation::Write);
        qCWarning(lcSecrets).noquote() << e.detail;
        job->finish(e);
    });
    armTimeout(job);
    kj->start();
}

void KeychainSecretStore::doRemove(SecretJob *job, const QString &key)
{
    auto *kj = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(kj, &QKeychain::Job::finished, job, [job, key](QKeychain::Job *j) {
        // Removing what is not there leaves the keychain as asked.
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            qCInfo(lcSecrets) << "removed" << key << "from keychain";
            return job->finish(QString());
        }
        const Error e = mapError(j, key, SecretJob::Operation::Remove);
        qCWarning(lcSecrets).noquote() << e.detail;
        job->finish(e);
    });
    armTimeout(job);
    kj->start();
}

SecretJob *KeychainSecretStore::checkAvailable()
{
    auto *job = new SecretJob(SecretJob::Operation::Read, ProbeKey, this);
    auto *kj = makeJob<QKeychain::ReadPasswordJob>(m_service, ProbeKey);
    connect(kj, &QKeychain::Job::finished, job, [job](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            return job->finish(QString());
        job->finish(mapError(j, ProbeKey, SecretJob::Operation::Read));
    });
    armTimeout(job);
    kj->start();
    return job;
}

} // namespace ysb
