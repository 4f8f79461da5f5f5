#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

namespace ysb::sim {

class OdooStore;

/// In-memory Odoo 17 answering /jsonrpc exactly as the real one does (see contracts/odoo17.md).
class OdooSim final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString database = QStringLiteral("ysell_demo");
        QString login = QStringLiteral("admin");
        QString password;            // random per run, chosen by main.cpp
        bool customFields = true;    // x_ysell_* fields exist (false: the setup check must create them)
    };
    struct Reply {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
    };
    explicit OdooSim(Options options, QObject *parent = nullptr);
    ~OdooSim() override;
    Q_DISABLE_COPY_MOVE(OdooSim)

    Reply handle(const QByteArray &contentType, const QByteArray &body); // one POST /jsonrpc
    void loadDemo();                                  // the --demo data set
    QStringList addConfirmedOrders(int count);        // --orders N and POST /_sim/orders; returns names
    /// {"calls": {"model.method": n, "common.version": n}, "calls_by_user": {"login": n}, "pickings": n};
    /// calls_by_user counts the execute_kw calls each signed-in user made.
    QJsonObject stats() const;
    QJsonArray pickings() const; // pickings created through the API, each with its moves and move lines
    /// Semantic Odoo faults: kind ∈ access_denied, access_error, validation_error, user_error,
    /// missing_error, wrong_db; target "model.method" or "*"; rate 0..1; count -1 = unlimited.
    void setFault(const QString &target, const QString &kind, double rate, int count = -1);
    void clearFaults();
    QString database() const;
    QString login() const;  // the administrator's
    /// Every login of the simulated database: the administrator's first, then the ordinary users
    /// (clerk: Sales All Documents + Inventory User; clerk_own: Own Documents Only + Inventory User;
    /// sales: Sales All Documents without Inventory). They all share password().
    QStringList logins() const;
    QString password() const;

private:
    struct Fault {
        QString target;
        QString kind;
        double rate = 1.0;
        int count = -1;
    };
    class Impl;
    Options m_options;
    std::unique_ptr<OdooStore> m_store;
    std::unique_ptr<Impl> m_impl;
    QHash<QString, int> m_calls;
    QHash<QString, int> m_callsByLogin;
    QList<int> m_createdPickings;
    QList<Fault> m_faults;
};

} // namespace ysb::sim
