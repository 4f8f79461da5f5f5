#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace ysb::test {

/// Runs $YSB_SIM (ysell-bridge-sim) on free ports for one test and talks to its control API.
///
///     SimProcess sim;
///     QVERIFY2(sim.start({u"--demo"_s}), qPrintable(sim.errorString()));
///     QCOMPARE(sim.stats()["ysell"_L1]["creates"_L1].toInt(), 0);
///
/// The helpers are synchronous (they spin the event loop while waiting) and verify TLS against
/// the simulator's CA file, as a real client must. The process is terminated in the destructor.
class SimProcess final {
public:
    /// A raw answer, for tests that check status codes and headers themselves.
    struct Answer {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        int status = 0; // 0 when no HTTP answer arrived
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray &name) const; // case-insensitive
        QJsonObject object() const;                      // body as a JSON object (empty if not one)
        QJsonArray array() const;                        // body as a JSON array (empty if not one)
    };

    SimProcess();
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    /// Starts the simulator with `--odoo-port 0 --ysell-port 0` plus `extraArgs` and waits for its
    /// startup line. False (see errorString()) when it does not come up within `timeoutMs`.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 30'000);
    /// Terminates the process (also done by the destructor).
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    QByteArray standardError(); // what the simulator wrote to stderr so far
    qint64 pid() const;

    QString odooUrl() const { return m_odooUrl; }   // https://127.0.0.1:PORT
    QString ysellUrl() const { return m_ysellUrl; } // https://127.0.0.1:PORT
    QString caFile() const { return m_caFile; }
    QString odooDb() const { return m_odooDb; }
    QString odooLogin() const { return m_odooLogin; }
    QString odooPassword() const { return m_odooPassword; }
    QString ysellToken() const { return m_ysellToken; }
    QJsonObject startupLine() const { return m_startup; }

    /// Default configuration plus the simulator's CA: verification stays on.
    QSslConfiguration sslConfiguration() const;

    // Control API (/_sim/* on the Ysell port).
    QJsonObject stats();
    bool resetStats();
    QJsonArray pickings();
    QJsonArray ysellOrders();
    /// Moves orders to `status`, or one step along 1 → 3 → 5.1 → 6 → 7 → 7.1 when empty;
    /// all orders when `orderNums` is empty.
    bool advance(const QString &status = {}, const QStringList &orderNums = {});
    /// POST /_sim/faults, e.g. {"route":"create","kind":"reset","count":1}.
    bool fault(const QJsonObject &spec);
    bool clearFaults(const QString &route = QStringLiteral("*"));
    /// POST /_sim/config, e.g. {"status_shape":"string"}.
    bool config(const QJsonObject &settings);
    /// Adds confirmed orders on the Odoo side; returns their names.
    QStringList addOrders(int count);

    // Raw requests. `path` may carry a query ("/api/orders/status?id=98001").
    Answer ysell(const QByteArray &method, const QString &path, const QByteArray &body = {},
                 bool withToken = true, int timeoutMs = 30'000);
    Answer control(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    /// One JSON-RPC call to /jsonrpc on the Odoo port; the raw answer.
    Answer odoo(const QByteArray &body, int timeoutMs = 30'000);
    /// execute_kw as the simulator's administrator (for checks on the Odoo side); the result, or
    /// undefined on an error.
    QJsonValue odooAsAdmin(const QString &model, const QString &method, const QJsonArray &args,
                           const QJsonObject &kwargs = {});
    /// Any request with explicit headers (e.g. a wrong token) to an absolute URL.
    Answer request(const QByteArray &method, const QString &url, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs = 30'000);

private:
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_error;
    QByteArray m_stderr;
    QJsonObject m_startup;
    QString m_odooUrl;
    QString m_ysellUrl;
    QString m_caFile;
    QString m_odooDb;
    QString m_odooLogin;
    QString m_odooPassword;
    QString m_ysellToken;
};

} // namespace ysb::test
