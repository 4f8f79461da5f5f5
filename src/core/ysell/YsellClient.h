#pragma once

#include "Result.h"
#include "net/HttpTypes.h"
#include "ysell/YsellJobs.h"
#include "ysell/YsellMapping.h"
#include "ysell/YsellRoutes.h"
#include "ysell/YsellStatus.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace ysb {

class Clock;
class HttpClient;

/// Talks to one Ysell account over its REST API: create an order, read its status, find it by
/// our order number. Each call returns a job that emits finished() once and deletes itself.
class YsellClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YsellClient)
public:
    /// `http` is not owned and must outlive the client. `token` is the static API token (a secret).
    YsellClient(HttpClient *http, QUrl baseUrl, YsellRoutes routes, QStringList doneSet, QString token,
                QObject *parent = nullptr);

    /// How requests are shaped and answers read on this account (default: the contract's shape).
    void setMapping(YsellMapping mapping) { m_mapping = std::move(mapping); }
    const YsellMapping &mapping() const { return m_mapping; }

    /// Sends `order` (the bridge's create payload, OrderPayload; its "order_num" is the order
    /// reference) in the shape the mapping gives it.
    CreateOrderJob *createOrder(const QJsonObject &order);
    /// The request createOrder() would send for `order`, byte for byte; nothing is sent. The
    /// HTTP client adds X-Request-ID (new for every attempt) and Content-Length when sending.
    Result<HttpRequest> createRequest(const QJsonObject &order) const;
    /// `request` as people read it: method and URL, headers (the token masked), a blank line, the
    /// body. No secret of this client appears in the text, wherever it was.
    QString describe(const HttpRequest &request) const;
    /// Reads the order with Ysell id `id`; `orderRef` only labels the journal entry.
    OrderStatusJob *orderStatus(const QString &id, const QString &orderRef = {});
    /// Looks for the order with our number `orderNum`.
    FindOrderJob *findOrder(const QString &orderNum);

    /// Base URL https://, routes valid, token present; the error says what to fix.
    Status checkConfig() const;

    QUrl baseUrl() const { return m_baseUrl; }
    const YsellRoutes &routes() const { return m_routes; }
    const YsellStatusRules &statusRules() const { return m_rules; }
    HttpClient *httpClient() const { return m_http; }

private:
    friend class YsellJob;
    Result<HttpRequest> buildRequest(const YsellRoute &route, const QString &routeName,
                                     const QHash<QString, QString> &values, const YsellMapping::Body &body,
                                     const QString &orderRef) const;

    HttpClient *m_http = nullptr;
    QUrl m_baseUrl;
    YsellRoutes m_routes;
    YsellStatusRules m_rules;
    YsellMapping m_mapping;
    QString m_token;
};

} // namespace ysb
