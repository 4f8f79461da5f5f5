#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace ysb {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// Transport policy shared by the Odoo and Ysell clients.
struct HttpSettings {
    int connectTimeoutMs = 10'000;   // until the TLS session is up
    int requestTimeoutMs = 30'000;   // whole exchange
    int maxInflightPerHost = 4;      // further requests wait in a queue
    qint64 maxResponseBytes = 32LL * 1024 * 1024; // larger answers are refused (Protocol error)
    QString extraCaFile;             // PEM trusted in addition to the system store; never "verify off"
};

/// One request as the clients build it.
struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;          // e.g. Authorization, Content-Type
    QByteArray body;
    QString system;              // "odoo" | "ysell": journal column and log tag
    QString route;               // logical route, e.g. "create_order" or "sale.order.web_search_read"
    QString orderRef;            // the Odoo order name (or Ysell number) this exchange concerns, if one
    qint64 orderId = 0;          // that order's Odoo id, when known (two orders may share a name)
};

/// Any HTTP answer (2xx to 5xx) is a response; only transport failures are errors.
struct HttpResponse {
    int status = 0;
    QByteArray body;
    HeaderList headers;
    qint64 durationMs = 0;
    QString correlationId;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
    /// Retry-After in seconds (delta-seconds or HTTP-date relative to now), if present and valid.
    std::optional<qint64> retryAfterSecs(const QDateTime &nowUtc) const;
};

/// A finished exchange, handed to the journal (which redacts before storing).
struct Exchange {
    QDateTime startedUtc;
    QString system;
    QString route;
    QString method;
    QString url;               // path and query only are stored by the journal
    int httpStatus = 0;        // 0 when there was no HTTP answer
    qint64 durationMs = 0;
    QString correlationId;
    QString orderRef;
    qint64 orderId = 0;        // Odoo id of the order, when known
    QString outcome;           // "ok" for 2xx, else "http_<status>" or an ErrorKind name ("timeout", "tls"…)
    HeaderList requestHeaders;
    QByteArray requestBody;
    QByteArray responseBody;
    QString errorDetail;       // transport error text when there was no answer
};

/// Receives every exchange; implemented by the Journal.
class ExchangeSink {
public:
    virtual ~ExchangeSink() = default;
    virtual void recordExchange(const Exchange &exchange) = 0;
};

} // namespace ysb
