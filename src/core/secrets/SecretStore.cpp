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
                       SecretStore::tr("Invalid secret name (%1 characters); a name is lower-case letters, digits, "
                                       "\".\", \"_\" and \"-\".").arg(key.size()),
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
                                tr("An empty %1 cannot be stored.").arg(displayName(key)), u"empty secret"_s));
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
    if (key == SecretKey::OdooPassword)
        return tr("Odoo password or API key");
    if (key == SecretKey::YsellToken)
        return tr("Ysell token");
    return key;
}

Error SecretStore::missingError(const QString &key, const QString &where)
{
    QString message;
    if (key == SecretKey::YsellToken)
        message = tr("No Ysell token is stored yet. Enter it in Settings, or run: ysell-bridge-cli secret set ysell");
    else if (key == SecretKey::OdooPassword)
        message = tr("No Odoo password or API key is stored yet. Enter it in Settings, or run: ysell-bridge-cli secret set odoo");
    else
        message = tr("No secret named \"%1\" is stored yet.").arg(key);
    if (!where.isEmpty())
        message += u' ' + tr("(Looked in: %1.)").arg(where);
    return Error::make(ErrorKind::Keychain, message, u"secret not found: "_s + key);
}

bool SecretStore::isValidKey(const QString &key)
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    return re.match(key).hasMatch();
}

QString SecretStore::sessionOnlyNotice()
{
    return tr("No system keychain is available; secrets are kept for this session only.");
}

} // namespace ysb
