#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace ysb {

/// One Ysell Bridge window per user: the first start listens on a per-user local socket, a second
/// start sends it "raise" and steps aside.
class SingleInstance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    explicit SingleInstance(const QString &serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Finds out asynchronously whether another instance runs; emits becamePrimary() or alreadyRunning().
    void start();
    bool isPrimary() const { return m_server != nullptr; }
    QString serverName() const { return m_name; }

    /// Per user: a socket in the user's runtime directory where there is one, else a name with the user's.
    static QString defaultServerName();

Q_SIGNALS:
    /// No other instance answered; this one now listens.
    void becamePrimary();
    /// Another instance runs and was asked to come forward; this one should exit.
    void alreadyRunning();
    /// A later start asked this (first) instance to show its window.
    void raiseRequested();
    /// Neither connecting nor listening worked; the app runs without the guard.
    void failed(const QString &reason);

private:
    void tryConnect();
    void listen();
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_socket = nullptr;
    bool m_retried = false;
};

} // namespace ysb
