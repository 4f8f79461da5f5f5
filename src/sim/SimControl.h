#pragma once

#include "Faults.h"
#include "HttpsServer.h"
#include "OdooSim.h"
#include "Result.h"
#include "YsellSim.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace ysb::sim {

/// The whole simulator: the Odoo and Ysell simulators behind two HTTPS ports, the transport
/// faults that apply to both, and the /_sim/ control API on the Ysell port.
class SimControl final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimControl)
public:
    struct Options {
        quint16 odooPort = 0;          // 0 = any free port
        quint16 ysellPort = 0;
        int odooLatencyMs = 0;
        int odooWorkers = 0;           // Odoo requests served at once, like an Odoo server's workers; 0 = unlimited
        int ysellLatencyMs = 0;
        int ysellMaxInflight = 0;      // 0 = unlimited
        int autoAdvanceSecs = 0;       // 0 = only by control call
        QString tlsCert = QStringLiteral("good"); // good | wronghost | expired
        bool customFields = true;
        QString odooDatabase = QStringLiteral("ysell_demo");
        QString odooLogin = QStringLiteral("admin");
        QString odooPassword;
        QString ysellToken;
    };

    explicit SimControl(Options options, QObject *parent = nullptr);
    ~SimControl() override;

    /// Loads the certificate and starts listening on both ports.
    Status start();
    QString odooUrl() const;
    QString ysellUrl() const;

    OdooSim &odoo() { return *m_odoo; }
    YsellSim &ysell() { return *m_ysell; }
    FaultTable &faults() { return m_faults; }
    HttpsServer *odooServer() const { return m_odooServer.get(); }
    HttpsServer *ysellServer() const { return m_ysellServer.get(); }

    /// Applies one POST /_sim/faults body (transport kinds, "clear", "down", semantic Odoo kinds).
    Status applyFault(const QJsonObject &spec);
    QJsonObject stats() const;
    void resetStats();

private:
    void onOdooRequest(HttpExchange exchange);
    void onYsellRequest(HttpExchange exchange);
    void onControlRequest(HttpExchange exchange);
    /// Starts an Odoo request now, or queues it until one of the `odooWorkers` is free; a worker stays
    /// busy until its exchange ends (answered, reset, or the client gave up on a hung one).
    void admitOdoo(HttpExchange exchange, std::function<void()> start);
    void startWaitingOdoo();
    /// Runs `act` (the simulator's real work) unless a fault says otherwise, after `latencyMs`.
    void serve(HttpExchange exchange, int latencyMs, std::optional<FaultSpec> action,
               std::function<HttpServerReply()> act, QByteArray wrongShapeBody);

    Options m_options;
    std::unique_ptr<OdooSim> m_odoo;
    std::unique_ptr<YsellSim> m_ysell;
    FaultTable m_faults;
    QJsonObject m_odooCallsBaseline;
    struct WaitingOdooRequest {
        HttpExchange exchange;
        std::function<void()> start;
    };
    std::deque<WaitingOdooRequest> m_odooWaiting;
    int m_odooBusy = 0;
    int m_odooBusyMax = 0;
    int m_odooWaitingMax = 0;
    bool m_startingOdoo = false;
    bool m_closing = false;
    // Declared last: the servers (and their connections' finish callbacks) go before the sims.
    std::unique_ptr<HttpsServer> m_odooServer;
    std::unique_ptr<HttpsServer> m_ysellServer;
};

} // namespace ysb::sim
