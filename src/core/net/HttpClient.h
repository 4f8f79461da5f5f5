#pragma once

#include "Clock.h"
#include "Result.h"
#include "net/HttpTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ysb {

class HttpClient;

/// One HTTP exchange. Emits finished() exactly once, then deletes itself.
class HttpJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpJob)
public:
    const HttpRequest &request() const { return m_request; }
    QString correlationId() const { return m_correlationId; }

Q_SIGNALS:
    /// The HTTP answer (any status), or a transport error (Dns, Refused, Tls, Timeout, Network,
    /// Protocol for an oversized answer, InsecureUrl) with requestMaybeSent set when the server may
    /// have received the request.
    void finished(const ysb::Result<ysb::HttpResponse> &result);

private:
    friend class HttpClient;
    HttpJob(HttpClient *client, HttpRequest request, QString correlationId);
    ~HttpJob() override;
    void start();
    void finish(const Result<HttpResponse> &result);
    void finishLater(const Error &error);
    void onReplyFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void onProgress();
    void onConnectTimeout();
    void onRequestTimeout();
    void checkSize(qint64 bytes);
    Error transportError() const;
    Error tlsError() const;

    HttpClient *m_client = nullptr;
    HttpRequest m_request;
    QString m_correlationId;
    QString m_hostKey;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_connectTimer = nullptr;
    QTimer *m_requestTimer = nullptr;
    qint64 m_startedMs = 0;
    QDateTime m_startedUtc;
    bool m_started = false;       // holds one of the host's in-flight slots
    int m_namSlot = -1;           // which manager of the pool carries the request
    bool m_requestSent = false;
    bool m_connected = false;
    bool m_timedOut = false;
    bool m_connectTimedOut = false;
    bool m_tooLarge = false;
    bool m_done = false;
    QList<QSslError> m_sslErrors;
};

/// HTTPS-only client with the project's transport policy: certificate verification with an optional
/// extra CA, connect/request timeouts, a per-host in-flight limit with a queue, an X-Request-ID per
/// exchange, and every exchange handed to the ExchangeSink.
class HttpClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    explicit HttpClient(HttpSettings settings, Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~HttpClient() override;

    /// Tests inject a fake network layer (a QNetworkAccessManager subclass); not owned.
    void setNetworkAccessManager(QNetworkAccessManager *nam);
    void setExchangeSink(ExchangeSink *sink) { m_sink = sink; }
    const HttpSettings &settings() const { return m_settings; }
    Clock *clock() const { return m_clock; }
    /// Loads the extra CA file; an unreadable or invalid file is a Config error.
    Status loadExtraCa();

    /// https:// with a host, else InsecureUrl/Config with a message a clerk can act on.
    static Status validateUrl(const QUrl &url);

    /// Queues the request; the job starts when the host has a free slot.
    HttpJob *send(HttpRequest request);

    int inflight(const QString &host) const;

private:
    friend class HttpJob;
    void onJobDone(HttpJob *job);
    void pump(const QString &hostKey);
    QNetworkAccessManager *nam();
    /// The least busy manager of the pool; Qt 6.4 opens at most 6 HTTP/1.1 connections per host and
    /// manager (QHttp1Configuration arrives in 6.5), so a limit above 6 needs more than one.
    QNetworkAccessManager *acquireNam(int *slot);
    void releaseNam(int slot);
    const QSslConfiguration &sslConfiguration();
    void record(const HttpJob *job, const Result<HttpResponse> &result);

    HttpSettings m_settings;
    Clock *m_clock = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    bool m_ownsNam = true;
    QList<QNetworkAccessManager *> m_extraNams; // owned; only when no manager was injected
    QList<int> m_namLoad;
    ExchangeSink *m_sink = nullptr;
    QList<QSslCertificate> m_extraCa;
    bool m_extraCaLoaded = false;
    std::optional<Error> m_extraCaError;
    std::optional<QSslConfiguration> m_sslConfig;
    QHash<QString, int> m_inflight;
    QHash<QString, QList<QPointer<HttpJob>>> m_queue;
};

} // namespace ysb
