#pragma once

#include "SecretStore.h"

namespace ysb {

/// Secrets as files in a private directory, one file per key (`--secrets-dir`, systemd
/// LoadCredential= style). Files and the directory must not be open to group or others.
class DirSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirSecretStore)

public:
    explicit DirSecretStore(const QString &dir, QObject *parent = nullptr);
    ~DirSecretStore() override;

    QString directory() const { return m_dir; }
    bool isPersistent() const override { return true; }
    Text description() const override;

    /// Whether the directory exists and is private (mode 0700 or stricter), with the chmod to run if not.
    Status checkDirectory() const;

    static constexpr qint64 MaxSecretBytes = 64 * 1024;

protected:
    void doRead(SecretJob *job, const QString &key) override;
    void doWrite(SecretJob *job, const QString &key, const QString &value) override;
    void doRemove(SecretJob *job, const QString &key) override;

private:
    QString filePath(const QString &key) const;
    Status checkFile(const QString &path) const;

    QString m_dir;
};

} // namespace ysb
