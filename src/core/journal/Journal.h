#pragma once

#include "Clock.h"
#include "Result.h"
#include "journal/OrderRecord.h"
#include "net/HttpTypes.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <memory>

class QIODevice;
class QLockFile;
class QSqlQuery;

namespace ysb {

/// The audit trail: every exchange, every order's state, every decision. SQLite via Qt Sql.
/// Secrets registered with setSecretValues() are masked before anything is stored.
class Journal final : public QObject, public ExchangeSink {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Journal)
public:
    /// Exclusive: the one process that runs the sync (holds "<path>.lock").
    /// Shared: read-only viewers (e.g. `ysell-bridge-cli log`); no lock, writes are refused.
    enum class OpenMode { Exclusive, Shared };

    /// The schema this build writes (PRAGMA user_version).
    static constexpr int kSchemaVersion = 4;

    static Result<std::unique_ptr<Journal>> open(const QString &path, Clock *clock = Clock::system(),
                                                 OpenMode mode = OpenMode::Exclusive);
    /// QStandardPaths::AppDataLocation + "/journal.sqlite".
    static QString defaultPath();
    ~Journal() override;

    QString path() const;
    OpenMode mode() const { return m_mode; }

    /// Values masked wherever they appear in what is stored (bodies, headers, URLs, errors, events).
    void setSecretValues(const QStringList &values);
    QStringList secretValues() const { return m_secrets; }

    /// Stores the exchange redacted and capped; a storage failure is logged, never thrown.
    void recordExchange(const Exchange &exchange) override;

    /// Inserts or replaces the order by name (updatedAt = now). Durable when it returns Ok.
    Status upsertOrder(const OrderRecord &order);
    Status upsertOrders(const QList<OrderRecord> &orders); // one transaction
    std::optional<OrderRecord> order(const QString &name) const;
    QList<OrderRecord> orders(const OrderFilter &filter = {}) const;
    int countOrders(const OrderFilter &filter = {}) const;
    /// Every state, zero included.
    QHash<OrderState, int> countsByState() const;

    Status addEvent(const QString &orderRef, const QString &kind, const QString &message);
    /// The latest `limit` events of one order (all orders when orderRef is empty), oldest first.
    QList<EventRecord> events(const QString &orderRef, int limit = 1000) const;
    /// The latest `limit` exchanges of one order (all when orderRef is empty), oldest first.
    QList<ExchangeRecord> exchanges(const QString &orderRef = {}, int limit = 1000) const;

    /// Clerk-entered serials of one order line; an empty list removes them.
    Status setSerials(const QString &orderRef, qint64 lineId, const QStringList &serials);
    QHash<qint64, QStringList> serials(const QString &orderRef) const;

    /// Small persistent settings of the engine (cursors, last sweep…); empty when unset.
    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);

    /// Orders, events, exchanges (one order's, or all) as JSON for support, redacted again with the
    /// current secrets.
    Status exportJson(QIODevice *out, const QString &orderRef = {}) const;

    /// PRAGMA integrity_check; Ok when SQLite answers "ok".
    Status checkIntegrity() const;
    /// The schema version of the open file.
    int schemaVersion() const;
    /// SQLite's plan for orders(filter), one line per step: shows that the GUI's pages use indexes.
    QStringList queryPlan(const OrderFilter &filter) const;
    /// Value of a read-only PRAGMA on this connection (journal_mode, synchronous…), for diagnostics.
    QVariant pragma(const QString &name) const;

Q_SIGNALS:
    /// The stored record of order `name` changed (upsert or serials).
    void orderChanged(const QString &name);
    /// Exchange `id` was stored; orderRef may be empty.
    void exchangeRecorded(qint64 id, const QString &orderRef);
    /// An event for orderRef (may be empty) was stored.
    void eventAdded(const QString &orderRef);

private:
    Journal(QString path, QString connectionName, Clock *clock, OpenMode mode);
    Status init();
    Status migrate();
    Status writeOrder(const OrderRecord &order);
    Status writable() const;
    Error sqlError(const QSqlQuery &query, const QString &what) const;
    QString selectSql(const OrderFilter &filter, QVariantList *binds) const;
    QString whereClause(const OrderFilter &filter, QVariantList *binds) const;
    void tightenFileModes() const;

    QString m_path;
    QString m_connectionName;
    Clock *m_clock = nullptr;
    OpenMode m_mode = OpenMode::Exclusive;
    QStringList m_secrets;
    std::unique_ptr<QLockFile> m_lock;
    bool m_hasSearchIndex = false;
};

} // namespace ysb
