#include "DirSecretStore.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

constexpr QFileDevice::Permissions OpenToOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// A path as it must be typed in a shell command.
QString shellQuoted(const QString &path)
{
    static const QString plain = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+:,@%"_s;
    bool safe = !path.isEmpty();
    for (QChar c : path)
        safe = safe && plain.contains(c);
    if (safe)
        return path;
    QString q = path;
    q.replace(u'\'', u"'\\''"_s);
    return u'\'' + q + u'\'';
}

Error storeError(const Text &message, const QString &detail)
{
    return Error::make(ErrorKind::Keychain, message, detail);
}

} // namespace

DirSecretStore::DirSecretStore(const QString &dir, QObject *parent)
    : SecretStore(parent), m_dir(QDir::cleanPath(QDir(dir).absolutePath()))
{
}

DirSecretStore::~DirSecretStore() = default;

Text DirSecretStore::description() const
{
    return Text(TextKind::SecretStoreDirectory).arg(QDir::toNativeSeparators(m_dir));
}

QString DirSecretStore::filePath(const QString &key) const
{
    return m_dir + u'/' + key;
}

Status DirSecretStore::checkDirectory() const
{
    const QFileInfo fi(m_dir);
    if (!fi.exists())
        return storeError(Text(TextKind::SecretsDirectoryDoesNotExist).arg(QDir::toNativeSeparators(m_dir)),
                          u"secrets dir missing: "_s + m_dir);
    if (!fi.isDir())
        return storeError(Text(TextKind::NotDirectorySecretsDirNeeds).arg(QDir::toNativeSeparators(m_dir)),
                          u"secrets dir not a dir: "_s + m_dir);
    if (fi.permissions() & OpenToOthers)
        return storeError(Text(TextKind::SecretsDirectoryCanReadChanged).arg(QDir::toNativeSeparators(m_dir)).arg(shellQuoted(m_dir)),
                          u"secrets dir open to group/others: "_s + m_dir);
    return Ok{};
}

Status DirSecretStore::checkFile(const QString &path) const
{
    const QFileInfo fi(path);
    if (!fi.isFile())
        return storeError(Text(TextKind::NotRegularFile).arg(QDir::toNativeSeparators(path)), u"not a file: "_s + path);
    if (fi.permissions() & OpenToOthers)
        return storeError(Text(TextKind::SecretFileCanReadChanged).arg(QDir::toNativeSeparators(path)).arg(shellQuoted(path)),
                          u"secret file open to group/others: "_s + path);
    return Ok{};
}

void DirSecretStore::doRead(SecretJob *job, const QString &key)
{
    if (const Status dir = checkDirectory(); !dir)
        return job->finish(dir.error());
    const QString path = filePath(key);
    if (!QFileInfo::exists(path))
        return job->finish(missingError(key, Text::data(QDir::toNativeSeparators(path))));
    if (const Status file = checkFile(path); !file)
        return job->finish(file.error());

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return job->finish(storeError(Text(TextKind::SecretFileCannotRead).arg(QDir::toNativeSeparators(path)).arg(f.errorString()),
                                      u"open failed: "_s + path));
    const QByteArray data = f.read(MaxSecretBytes + 1);
    if (data.size() > MaxSecretBytes)
        return job->finish(storeError(Text(TextKind::SecretFileTooLargePassword).arg(QDir::toNativeSeparators(path)),
                                      u"secret file too large: "_s + path));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString value = decoder(data);
    if (decoder.hasError())
        return job->finish(storeError(Text(TextKind::SecretFileNotUtf8).arg(QDir::toNativeSeparators(path)),
                                      u"secret file not utf-8: "_s + path));
    // `echo token > file` and systemd-creds leave one newline; the secret itself never ends in one.
    if (value.endsWith(u'\n')) {
        value.chop(1);
        if (value.endsWith(u'\r'))
            value.chop(1);
    }
    if (value.isEmpty())
        return job->finish(storeError(Text(TextKind::SecretFileEmpty).arg(QDir::toNativeSeparators(path)),
                                      u"secret file empty: "_s + path));
    qCDebug(lcSecrets) << "read" << key << "from secrets directory";
    job->finish(value);
}

void DirSecretStore::doWrite(SecretJob *job, const QString &key, const QString &value)
{
    if (!QFileInfo::exists(m_dir)) {
        if (!QDir().mkpath(m_dir))
            return job->finish(storeError(Text(TextKind::CannotCreateSecretsDirectory).arg(QDir::toNativeSeparators(m_dir)),
                                          u"mkpath failed: "_s + m_dir));
        QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (const Status dir = checkDirectory(); !dir)
        return job->finish(dir.error());

    const QString path = filePath(key);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return job->finish(storeError(Text(TextKind::CannotWriteSecretFile).arg(QDir::toNativeSeparators(path)).arg(f.errorString()),
                                      u"open for write failed: "_s + path));
    // Private before the first byte is written, whatever the umask or an older file's mode.
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        f.cancelWriting();
        return job->finish(storeError(Text(TextKind::CannotMakeSecretFilePrivate).arg(QDir::toNativeSeparators(path)),
                                      u"chmod failed: "_s + path));
    }
    const QByteArray bytes = value.toUtf8();
    if (f.write(bytes) != bytes.size() || !f.commit())
        return job->finish(storeError(Text(TextKind::CannotWriteSecretFile).arg(QDir::toNativeSeparators(path)).arg(f.errorString()),
                                      u"write failed: "_s + path));
    qCInfo(lcSecrets) << "stored" << key << "in secrets directory";
    job->finish(QString());
}

void DirSecretStore::doRemove(SecretJob *job, const QString &key)
{
    const QString path = filePath(key);
    if (!QFileInfo::exists(path))
        return job->finish(QString());
    if (!QFile::remove(path))
        return job->finish(storeError(Text(TextKind::CannotRemoveSecretFile).arg(QDir::toNativeSeparators(path)),
                                      u"remove failed: "_s + path));
    qCInfo(lcSecrets) << "removed" << key << "from secrets directory";
    job->finish(QString());
}

} // namespace ysb
