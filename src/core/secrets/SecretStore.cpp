#include "SecretStore.h"

#include "Logging.h"
#include "SecretStoreProbe.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ysb {

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

namespace {

Error invalidKey(const QString &key)
{
    // Not echoed: a caller mixing up key and value would otherwise put the secret in the message.
    return Error::make(ErrorKind::Keychain,
                       Text(TextKind::InvalidSecretNameCharactersName).arg(key.size()),
                       u"invalid secret key"_s);
}

} // namespace

SecretJob *SecretStore::read(const QString &key)
{
    auto *job = new SecretJob(SecretJob::Operation::Read, key, this);
    if (!isValidKey(key))
        job->finish(invalidKey(key));
    else
        doRead(job, key);
    return job;
}

SecretJob *SecretStore::write(const QString &key, const QString &value)
{
    auto *job = new SecretJob(SecretJob::Operation::Write, key, this);
    if (!isValidKey(key))
        job->finish(invalidKey(key));
    else if (value.isEmpty())
        job->finish(Error::make(ErrorKind::Keychain,
                                Text(TextKind::EmptyCannotStored).arg(displayText(key)), u"empty secret"_s));
    else
        doWrite(job, key, value);
    return job;
}

SecretJob *SecretStore::remove(const QString &key)
{
    auto *job = new SecretJob(SecretJob::Operation::Remove, key, this);
    if (!isValidKey(key))
        job->finish(invalidKey(key));
    else
        doRemove(job, key);
    return job;
}

SecretStoreProbe *SecretStore::probe(const QString &secretsDir, QObject *storeParent, int timeoutMs)
{
    auto *probe = new SecretStoreProbe(secretsDir, storeParent, timeoutMs);
    probe->start();
    return probe;
}

QString SecretStore::displayName(const QString &key)
{
    return displayText(key).render();
}

Text SecretStore::displayText(const QString &key)
{
    if (key == SecretKey::OdooPassword)
        return Text(TextKind::OdooPasswordApiKey);
    if (key == SecretKey::YsellToken)
        return Text(TextKind::YsellToken);
    return Text::data(key);
}

Error SecretStore::missingError(const QString &key, const Text &where)
{
    Text message;
    if (key == SecretKey::YsellToken)
        message = Text(TextKind::NoYsellTokenStoredYet);
    else if (key == SecretKey::OdooPassword)
        message = Text(TextKind::NoOdooPasswordApiKey);
    else
        message = Text(TextKind::NoSecretNamedStoredYet).arg(key);
    if (!where.isEmpty())
        message = Text(TextKind::Words).arg(message).arg(Text(TextKind::LookedIn).arg(where));
    return Error::make(ErrorKind::Keychain, message, u"secret not found: "_s + key);
}

bool SecretStore::isValidKey(const QString &key)
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    return re.match(key).hasMatch();
}

Text SecretStore::sessionOnlyNotice()
{
    return Text(TextKind::SessionOnlyNotice);
}

} // namespace ysb
