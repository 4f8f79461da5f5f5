#pragma once

#include "Result.h"
#include "net/HttpTypes.h"
#include "ysell/YsellRoutes.h"

#include <QObject>
#include <QUrl>

namespace ysb {

class HttpClient;

/// Proves that the Ysell address answers as Ysell's API and accepts the token: the find-by-number
/// route with the token must answer with Ysell's shape (an order, a list, or Yii's JSON "not found"),
/// and the same request without the token must be refused with 401. Any HTTPS server answering 404,
/// an Odoo server, or a wrong token fail. Emits finished() once, then deletes itself.
class YsellCheckJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YsellCheckJob)
public:
    /// `http` must outlive the job; `token` is the secret, sent only in the Authorization header.
    YsellCheckJob(HttpClient *http, QUrl baseUrl, YsellRoutes routes, QString token, QObject *parent = nullptr);
    void start();

    /// What an answer to the find route with the token says: Ok when it has Ysell's shape.
    static Status judgeWithToken(const HttpResponse &response, const QUrl &baseUrl);
    /// What the same request without the token says: Ok only for a 401.
    static Status judgeWithoutToken(const HttpResponse &response, const QUrl &baseUrl);

Q_SIGNALS:
    /// Ok when Ysell answered with the token and refused without it; otherwise what is wrong.
    void finished(const ysb::Status &result);

private:
    void send(bool withToken);
    void finish(const Status &result);

    HttpClient *m_http = nullptr;
    QUrl m_baseUrl;
    YsellRoutes m_routes;
    QString m_token;
    bool m_done = false;
};

} // namespace ysb
