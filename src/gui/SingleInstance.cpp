#include "SingleInstance.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {
const QByteArray RaiseCommand = QByteArrayLiteral("raise\n");
}

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
#ifdef Q_OS_UNIX
    // XDG_RUNTIME_DIR is private to the user (0700); /tmp would be shared by everybody.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(u"ysell-bridge.socket"_s);
#endif
    QString user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    const QByteArray hash = QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"ysell-bridge-"_s + QString::fromLatin1(hash);
}

void SingleInstance::start()
{
    // The answer always comes from the event loop, even when the socket fails at once.
    QMetaObject::invokeMethod(this, &SingleInstance::tryConnect, Qt::QueuedConnection);
}

void SingleInstance::tryConnect()
{
    m_socket = new QLocalSocket(this);
    connect(m_socket, &QLocalSocket::connected, this, [this] { m_socket->write(RaiseCommand); });
    connect(m_socket, &QLocalSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() > 0)
            return;
        m_socket->disconnectFromServer();
        Q_EMIT alreadyRunning();
    });
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        if (error == QLocalSocket::PeerClosedError)
            return;
        qCDebug(lcGui) << "no running instance answered:" << error;
        m_socket->deleteLater();
        m_socket = nullptr;
        listen();
    });
    m_socket->connectToServer(m_name);
}

void SingleInstance::listen()
{
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        if (server->serverError() == QAbstractSocket::AddressInUseError && !m_retried) {
            // Nobody answered on it: a socket file left by a crash. Another start racing us would
            // have answered, so remove it and try once more.
            m_retried = true;
            delete server;
            QLocalServer::removeServer(m_name);
            listen();
            return;
        }
        const QString why = server->errorString();
        delete server;
        qCWarning(lcGui).noquote() << "single-instance guard unavailable:" << why;
        Q_EMIT failed(why);
        return;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    Q_EMIT becamePrimary();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *peer = m_server->nextPendingConnection()) {
        auto drain = [this, peer] {
            while (peer->canReadLine()) {
                if (peer->readLine() == RaiseCommand)
                    Q_EMIT raiseRequested();
            }
        };
        connect(peer, &QLocalSocket::readyRead, this, drain);
        connect(peer, &QLocalSocket::disconnected, this, [peer, drain] {
            drain();
            peer->deleteLater();
        });
    }
}

} // namespace ysb
