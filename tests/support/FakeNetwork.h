#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QPointer>
#include <QSslError>
#include <QUrl>

namespace ysb::test {

/// One scripted answer of the FakeNetwork.
struct FakeAnswer {
    enum class Kind {
        Respond,        ///< TLS up, request sent, then the HTTP answer after delayMs
        Hold,           ///< TLS up, request sent, then wait for FakeReply::respond()
        NeverConnect,   ///< nothing at all happens (a black-holed connect)
        StallAfterSent, ///< TLS up, request sent, then silence
        Fail,           ///< a transport error (`error`), after sending when `failAfterSent`
        TlsFailure,     ///< sslErrors(`sslErrors`), then SslHandshakeFailedError
    };
    Kind kind = Kind::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool failAfterSent = false;
    QList<QSslError> sslErrors;

    static FakeAnswer json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {});
    static FakeAnswer of(Kind kind);
    static FakeAnswer failure(QNetworkReply::NetworkError error, bool afterSent = false);
    static FakeAnswer tls(QList<QSslError> errors);
};

/// A QNetworkReply that plays a FakeAnswer.
class FakeReply final : public QNetworkReply {
    Q_OBJECT
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const QByteArray &verb,
              FakeAnswer answer, QObject *parent);

    /// Completes a Hold answer.
    void respond(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    bool wasAborted() const { return m_aborted; }

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

Q_SIGNALS:
    void aborted();

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void play();
    void connectAndSend();
    void fail(QNetworkReply::NetworkError error, const QString &text);

    FakeAnswer m_answer;
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_aborted = false;
};

/// A QNetworkAccessManager that never touches the network: each request gets the next queued
/// FakeAnswer (or the default one) and is recorded for inspection.
class FakeNetwork final : public QNetworkAccessManager {
    Q_OBJECT
public:
    struct Recorded {
        QByteArray method;
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const; // case-insensitive
    };

    explicit FakeNetwork(QObject *parent = nullptr);

    void enqueue(const FakeAnswer &answer) { m_answers.append(answer); }
    void setDefaultAnswer(const FakeAnswer &answer) { m_default = answer; }

    const QList<Recorded> &requests() const { return m_requests; }
    /// Replies not finished yet, oldest first.
    QList<FakeReply *> openReplies() const;
    /// Replies the client aborted (timeouts, oversized answers).
    int abortedCount() const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QList<FakeAnswer> m_answers;
    FakeAnswer m_default;
    QList<Recorded> m_requests;
    QList<QPointer<FakeReply>> m_replies;
    int m_aborted = 0;
};

} // namespace ysb::test
