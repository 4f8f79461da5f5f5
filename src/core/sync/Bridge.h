#pragma once

#include "Clock.h"
#include "Result.h"
#include "net/HttpTypes.h"
#include "settings/Config.h"

#include <QObject>

#include <memory>

namespace ysb {

class HttpClient;
class Journal;
class OdooClient;
class YsellClient;
class SyncEngine;
class OrderPreviewJob;
class ReconcileJob;

/// The secrets a running connector needs; held in memory only.
struct BridgeSecrets {
    QString odooSecret;  // Odoo password or API key
    QString ysellToken;
};

/// How a Bridge is built beyond the settings: the clock, and for tests a shorter request timeout.
struct BridgeOptions {
    Clock *clock = Clock::system();
    int requestTimeoutMs = HttpSettings{}.requestTimeoutMs; // whole exchange, both systems
};

/// One running connector, assembled from the settings and the secrets: the journal (locked for
/// this process), an HTTP client per system, the Odoo and Ysell clients, and the engine. The
/// desktop app and the CLI build exactly the same thing.
class Bridge final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Bridge)
public:
    /// Config errors (missing or invalid settings, unreadable CA file), Storage/Busy from the journal.
    static Result<std::unique_ptr<Bridge>> create(const Config &config, const BridgeSecrets &secrets,
                                                  const BridgeOptions &options = {});
    ~Bridge() override;
    /// What create() checks first: settings complete and valid, both secrets present. The Config
    /// error lists everything to fix, one line each.
    static Status checkReady(const Config &config, const BridgeSecrets &secrets);

    Journal *journal() const { return m_journal.get(); }
    OdooClient *odoo() const { return m_odoo; }
    YsellClient *ysell() const { return m_ysell; }
    SyncEngine *engine() const { return m_engine; }
    const Config &config() const { return m_config; }
    /// The create request this bridge would send for `orderName`, sending nothing and changing
    /// nothing (see OrderPreviewJob).
    OrderPreviewJob *previewOrder(const QString &orderName, QObject *parent = nullptr) const;
    /// Odoo, the journal and Ysell compared, over a connection of its own that changes nothing
    /// (see ReconcileJob).
    ReconcileJob *reconcile(QObject *parent = nullptr) const;

private:
    explicit Bridge(const Config &config);

    Config m_config;
    BridgeSecrets m_secrets; // in memory only, as in the clients; for previews
    Clock *m_clock = nullptr;
    std::unique_ptr<Journal> m_journal;
    HttpClient *m_odooHttp = nullptr;
    HttpClient *m_ysellHttp = nullptr;
    OdooClient *m_odoo = nullptr;
    YsellClient *m_ysell = nullptr;
    SyncEngine *m_engine = nullptr;
};

} // namespace ysb
