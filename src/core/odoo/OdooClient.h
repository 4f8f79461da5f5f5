#pragma once

#include "Clock.h"
#include "Result.h"
#include "net/HttpTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace ysb {

class HttpClient;
class HttpJob;
class OdooClient;

/// One Odoo JSON-RPC call (with the sign-in it may need first). Emits finished() exactly once,
/// on a later turn of the event loop, then deletes itself.
class OdooCallJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OdooCallJob)
public:
    /// "sale.order.web_search_read", "common.version", "common.authenticate".
    QString route() const { return m_route; }
    QString orderRef() const { return m_orderRef; }

Q_SIGNALS:
    /// The call's `result` (null when Odoo sent none), or a typed Error: an Odoo exception, an HTTP
    /// status, or a transport failure from the HTTP layer. For authenticate() the value is the uid.
    void finished(const ysb::Result<QJsonValue> &result);

private:
    friend class OdooClient;
    enum class Kind { Version, Authenticate, Execute };
    OdooCallJob(OdooClient *client, Kind kind, QString model, QString method, QJsonArray args, QJsonObject kwargs,
                QString orderRef);
    void start();
    void onUidReady(const Result<int> &uid);
    void send(const QString &service, const QString &method, const QJsonArray &args);
    void onHttpFinished(const Result<HttpResponse> &response);
    void finish(const Result<QJsonValue> &result);

    OdooClient *m_client = nullptr;
    Kind m_kind = Kind::Execute;
    QString m_model;
    QString m_method;
    QJsonArray m_args;
    QJsonObject m_kwargs;
    QString m_orderRef;
    qint64 m_orderId = 0;
    QString m_route;
    QPointer<HttpJob> m_http;
    bool m_done = false;
};

/// Odoo 17 over /jsonrpc: common.version, common.authenticate and object.execute_kw, with the uid
/// cached after the first sign-in. The secret is a password or an API key; Odoo treats both alike.
class OdooClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OdooClient)
public:
    OdooClient(HttpClient *http, const QUrl &url, QString database, QString login, QString secret,
               QObject *parent = nullptr, Clock *clock = Clock::system());
    ~OdooClient() override;

    /// common.version; needs no sign-in.
    OdooCallJob *version();
    /// common.authenticate; the value is the uid. Odoo's `false` becomes BadCredentials.
    OdooCallJob *authenticate();
    /// object.execute_kw model.method(*args, **kwargs), signing in first when no uid is cached.
    OdooCallJob *call(const QString &model, const QString &method, const QJsonArray &args = {},
                      const QJsonObject &kwargs = {}, const QString &orderRef = {}, qint64 orderId = 0);

    std::optional<int> uid() const { return m_uid; }
    /// Drops the cached uid; the next call signs in again.
    void forgetSession() { m_uid.reset(); }
    void setCredentials(const QString &login, const QString &secret);

    QUrl endpoint() const { return m_endpoint; }
    QString database() const { return m_database; }
    QString login() const { return m_login; }

    /// The endpoint for a base URL: "https://host/odoo" → "https://host/odoo/jsonrpc".
    static QUrl endpointFor(const QUrl &baseUrl);
    /// The message for a refused sign-in (authenticate false or AccessDenied).
    static Text badCredentialsMessage(const QString &login);

private:
    friend class OdooCallJob;
    void requestUid(OdooCallJob *waiter);
    void onSignInFinished(const Result<QJsonValue> &result);
    qint64 nextRequestId() { return ++m_requestId; }

    HttpClient *m_http = nullptr;
    Clock *m_clock = nullptr;
    QUrl m_endpoint;
    QString m_database;
    QString m_login;
    QString m_secret;
    std::optional<int> m_uid;
    qint64 m_requestId = 0;
    bool m_signingIn = false;
    QList<QPointer<OdooCallJob>> m_waiters;
};

} // namespace ysb
