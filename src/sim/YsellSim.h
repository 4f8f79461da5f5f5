#pragma once

#include "HttpsServer.h"
#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <vector>

namespace ysb::sim {

/// In-memory Ysell.pro answering both route presets of contracts/ysell-api.md: orders are created,
/// found by number, and move through 1 → 3 → 5.1 → 6 → 7 → 7.1 when told to (or on a timer).
class YsellSim final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YsellSim)
public:
    struct Options {
        QString token;            // the Bearer token clients must send
        int maxInflight = 0;      // 0 = no limit; beyond it requests get 429
        int autoAdvanceSecs = 0;  // 0 = statuses move only by control call
    };

    explicit YsellSim(Options options, QObject *parent = nullptr);

    /// "create", "status", "find" for the API routes of either preset; empty for anything else.
    static QString routeOf(const HttpServerRequest &request);
    /// Answers one API request (token check, routing, validation, the order store).
    HttpServerReply handle(const HttpServerRequest &request);

    /// Counts a request on `route` for the stats.
    void noteRequest(const QString &route);
    /// One more request in flight; false when that exceeds --ysell-max-inflight (answer 429).
    bool admit();
    /// One request fewer in flight (called once per admit(), whatever its outcome).
    void release();
    int inflight() const { return m_inflight; }

    /// Sets `status` (or moves one step along the chain when empty) on `orderNums` (all when
    /// empty). Returns how many orders changed.
    Result<int> advance(const QString &status, const QStringList &orderNums);
    /// "object" (default) or "string": the bare status string ("Done" for 7.1/7.2).
    Status setStatusShape(const QString &shape);
    /// POST /_sim/config: any of status_shape (object|string), request_shape (task-statement|
    /// ysell-v1: the field names create expects), request_encoding (any|json|multipart: the bodies
    /// create accepts, others get 415) and create_answer (order|wrapped: the order object, or
    /// {"success": true, "data": {"order_id": ID}}). Nothing changes when one value is wrong.
    Status configure(const QJsonObject &settings);

    QJsonObject stats() const;
    void resetStats();
    /// Every order with its created payload, for tests and the demo.
    QJsonArray orders() const;
    int orderCount() const { return int(m_orders.size()); }

    static const QStringList &statusChain();
    /// The contract's name for a status code; empty when the code is unknown.
    static QString statusName(const QString &code);
    static QString nextStatus(const QString &code);

private:
    struct Order {
        qint64 id = 0;
        QString orderNum;
        QString status;
        QString trackingNumber;
        QJsonObject payload;
        QString encoding; // "json" | "multipart": how the create request came
        QDateTime createdAt;
        QDateTime updatedAt;
    };

    HttpServerReply create(const HttpServerRequest &request);
    HttpServerReply statusById(const QString &idText);
    HttpServerReply findByNumber(const QString &orderNum);
    QJsonObject orderJson(const Order &order) const;
    QJsonValue statusJson(const QString &code) const;
    void setStatus(Order &order, const QString &code);
    void onAutoAdvance();

    Options m_options;
    std::vector<Order> m_orders;
    QHash<qint64, size_t> m_byId;
    QHash<QString, size_t> m_byNumber;
    qint64 m_nextId = 98001;
    bool m_stringStatus = false;
    bool m_v1Shape = false;          // request_shape ysell-v1
    QString m_acceptEncoding = QStringLiteral("any");
    bool m_wrappedAnswer = false;    // create_answer wrapped
    int m_inflight = 0;
    int m_maxInflightSeen = 0;
    int m_creates = 0;
    int m_duplicatesRejected = 0;
    QMap<QString, int> m_requests;
    QTimer m_autoAdvance;
};

} // namespace ysb::sim
