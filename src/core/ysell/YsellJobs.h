#pragma once

#include "Result.h"
#include "net/HttpTypes.h"
#include "ysell/YsellOrderInfo.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

// The three request jobs share one file: they differ only in how the answer is read.

namespace ysb {

class HttpJob;
class YsellClient;

/// Common plumbing of the Ysell request jobs: sends through the HttpClient, parses, then deletes itself.
class YsellJob : public QObject {
    Q_OBJECT
public:
    ~YsellJob() override;
    /// The X-Request-ID of the exchange (empty when the request could not be built).
    QString correlationId() const { return m_correlationId; }
    const QString &orderRef() const { return m_orderRef; }

protected:
    YsellJob(YsellClient *client, QString orderRef);
    /// Sends the request, or reports `request`'s error from the event loop.
    void start(const Result<HttpRequest> &request);
    virtual void handle(const Result<HttpResponse> &result) = 0;
    virtual void fail(const Error &error) = 0;
    QDateTime nowUtc() const;
    YsellClient *client() const { return m_client; }

private:
    YsellClient *m_client = nullptr;
    QString m_orderRef;
    QString m_correlationId;
    QPointer<HttpJob> m_http;
};

/// POST create order.
class CreateOrderJob final : public YsellJob {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateOrderJob)
Q_SIGNALS:
    /// The new order; or AlreadyExists with Error::existingId, Validation, BadCredentials,
    /// RateLimited, Http (requestMaybeSent for 5xx), a transport error…
    void finished(const ysb::Result<ysb::YsellOrderInfo> &result);

private:
    friend class YsellClient;
    CreateOrderJob(YsellClient *client, QString orderRef) : YsellJob(client, std::move(orderRef)) {}
    void handle(const Result<HttpResponse> &result) override;
    void fail(const Error &error) override;
};

/// GET order status by Ysell id.
class OrderStatusJob final : public YsellJob {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderStatusJob)
Q_SIGNALS:
    /// The order with its classified status, or an error (MissingRecord for an unknown id).
    void finished(const ysb::Result<ysb::YsellOrderInfo> &result);

private:
    friend class YsellClient;
    OrderStatusJob(YsellClient *client, QString orderRef) : YsellJob(client, std::move(orderRef)) {}
    void handle(const Result<HttpResponse> &result) override;
    void fail(const Error &error) override;
};

/// GET order by our order number (to settle a create whose outcome is unknown).
class FindOrderJob final : public YsellJob {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindOrderJob)
Q_SIGNALS:
    /// The order, nullopt when Ysell has none with this number, or an error.
    void finished(const ysb::Result<std::optional<ysb::YsellOrderInfo>> &result);

private:
    friend class YsellClient;
    FindOrderJob(YsellClient *client, QString orderNum) : YsellJob(client, std::move(orderNum)) {}
    void handle(const Result<HttpResponse> &result) override;
    void fail(const Error &error) override;
};

} // namespace ysb
