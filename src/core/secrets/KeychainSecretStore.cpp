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
    const Text name = SecretStore::displayText(key);
    Text message;
    switch (kj->error()) {
    case QKeychain::EntryNotFound:
        return SecretStore::missingError(key, Text(TextKind::SystemKeychain));
    case QKeychain::NoBackendAvailable:
        message = Text(TextKind::NoSystemKeychainAvailableExample);
        break;
    case QKeychain::AccessDeniedByUser:
        message = Text(TextKind::AccessSystemKeychainDeniedSo).arg(name);
        break;
    case QKeychain::AccessDenied:
        message = Text(TextKind::SystemKeychainRefusedAccessMay);
        break;
    case QKeychain::CouldNotDeleteEntry:
        message = Text(TextKind::CouldNotRemovedFromSystem).arg(name);
        break;
    default:
        switch (op) {
        case SecretJob::Operation::Read:
            message = Text(TextKind::SystemKeychainCouldNotRead).arg(name);
            break;
        case SecretJob::Operation::Write:
            message = Text(TextKind::SystemKeychainCouldNotStore).arg(name);
            break;
        case SecretJob::Operation::Remove:
            message = Text(TextKind::SystemKeychainCouldNotRemove).arg(name);
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

Text KeychainSecretStore::description() const
{
    return Text(TextKind::SecretStoreKeychain);
}

void KeychainSecretStore::armTimeout(SecretJob *job) const
{
    const int ms = m_timeoutMs;
    QTimer::singleShot(ms, job, [job, ms] {
        qCWarning(lcSecrets) << "keychain did not answer within" << ms << "ms for" << job->key();
        job->finish(Error::make(ErrorKind::Keychain,
                                Text(TextKind::SystemKeychainDidNotAnswer),
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
                return job->finish(SecretStore::missingError(key, Text(TextKind::SystemKeychain)));
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
