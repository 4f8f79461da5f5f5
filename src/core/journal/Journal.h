#pragma once

#include "Clock.h"
#include "Result.h"
#include "journal/OrderRecord.h"
#include "net/HttpTypes.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

class QIODevice;
class QLockFile;
class QSqlError;
class QSqlQuery;
class QTimer;

namespace ysb {

/// Success or the error of a journal read or update, without its value.
template <typename T>
Status statusOf(const Result<T> &result)
{
    return result.ok() ? Status(Ok{}) : Status(result.error());
}

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
    static constexpr int kSchemaVersion = 11;

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
    /// Records are written in batches: at the latest kExchangeFlushMs later, before any order,
    /// event, serials or meta write (in the same transaction), and before anything is read back,
    /// so an order's stored state never runs ahead of the exchanges that led to it.
    void recordExchange(const Exchange &exchange) override;
    /// Writes the exchanges not stored yet (one transaction).
    void flushExchanges() const;
    static constexpr int kExchangeFlushMs = 50;
    static constexpr int kMaxPendingExchanges = 256;

    /// Inserts or replaces the order (updatedAt = now). Durable when it returns Ok. An order is its
    /// Odoo id in its Odoo database: a record with an Odoo id replaces the row of that id (renaming
    /// it if Odoo did) or the row of its name that has no id yet; a record without one (odooId 0)
    /// replaces the row of its name. An id or database already stored is kept by a write that lacks it.
    Status upsertOrder(const OrderRecord &order);
    Status upsertOrders(const QList<OrderRecord> &orders); // one transaction
    /// The order of this name; when several share it (other companies, renames), the one updated last.
    /// Every read below is an error when the journal cannot be read (damaged file, I/O error, locked),
    /// never "nothing there".
    Result<std::optional<OrderRecord>> order(const QString &name) const;
    /// Every order of this name, the one updated last first.
    Result<QList<OrderRecord>> ordersNamed(const QString &name) const;
    /// The order with this Odoo id; an empty odooDb matches any database, and rows written before
    /// the database was recorded match any.
    Result<std::optional<OrderRecord>> orderById(const QString &odooDb, qint64 odooId) const;
    /// The order `key` names: by its Odoo id when it has one, else by its name (the one updated last).
    Result<std::optional<OrderRecord>> orderByKey(const OrderKey &key) const;
    /// The order a person means by `ref`: "#ID" is its Odoo id, anything else its name. An error that
    /// lists the candidates when several orders have that name, or when none is known.
    Result<OrderRecord> findOrder(const QString &ref, const QString &odooDb) const;
    /// The order sent (or being sent) to Ysell under this order_num.
    Result<std::optional<OrderRecord>> orderByYsellNumber(const QString &number) const;
    Result<QList<OrderRecord>> orders(const OrderFilter &filter = {}) const;
    Result<int> countOrders(const OrderFilter &filter = {}) const;
    /// Every state, zero included.
    Result<QHash<OrderState, int>> countsByState() const;
    /// Read-modify-write of the order `key` names (see orderByKey()) in one transaction: `change`
    /// edits the stored record, which is then written back (updatedAt = now). The record as written,
    /// a MissingRecord error when the journal has no such order, or the storage error.
    Result<OrderRecord> update(const OrderKey &key, const std::function<void(OrderRecord &)> &change);

    /// Records an event of `order`, linked to its row (see OrderKey) so that another order of the same
    /// name never shows it.
    Status addEvent(const OrderKey &order, const QString &kind, const Text &message);
    /// The latest `limit` events of one order (all orders when the key is empty), oldest first. An
    /// order's own history is what is linked to its row, and what was recorded under its name
    /// before it could be linked (history older than schema 8 that two orders of one name share).
    Result<QList<EventRecord>> events(const OrderKey &order, int limit = 1000) const;
    /// The latest `limit` exchanges of one order (all when the key is empty), oldest first.
    Result<QList<ExchangeRecord>> exchanges(const OrderKey &order = {}, int limit = 1000) const;

    /// Clerk-entered serials of one order line (an order the journal knows); an empty list removes them.
    Status setSerials(const OrderKey &order, qint64 lineId, const QStringList &serials);
    /// The serials of one line of an order (an empty list removes them).
    struct LineSerials {
        qint64 lineId = 0;
        QStringList serials;
    };
    /// An event to record together with a write (see addEvent()).
    struct NewEvent {
        QString kind;
        Text message;
    };
    /// The serials of several lines of `order` and the events that say so, in one transaction: all
    /// of them are written, or none when any write fails.
    Status saveSerials(const OrderKey &order, const QList<LineSerials> &lines, const QList<NewEvent> &events);
    Result<QHash<qint64, QStringList>> serials(const OrderKey &order) const;

    /// Small persistent settings of the engine (cursors, last sweep…); empty when unset, an error
    /// when the journal cannot be read (never "unset" then).
    Result<QString> meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);

    /// Orders, events, exchanges (one order's, or all) as JSON for support, redacted again with the
    /// current secrets.
    Status exportJson(QIODevice *out, const OrderKey &order = {}) const;

    /// PRAGMA integrity_check; Ok when SQLite answers "ok".
    Status checkIntegrity() const;
    /// The schema version of the open file.
    int schemaVersion() const;
    /// SQLite's plan for orders(filter), one line per step: shows that the GUI's pages use indexes.
    /// An error when SQLite cannot plan it (the journal cannot be read), never an empty plan.
    Result<QStringList> queryPlan(const OrderFilter &filter) const;
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
    QVariantList orderValues(const OrderRecord &order) const; // in orderColumns() order
    Result<std::optional<qint64>> rowOf(const OrderRecord &order) const;
    /// The row `key` links to: by Odoo id, else by a name (or Ysell number) only one row has; 0 when none.
    Result<qint64> linkedRow(const OrderKey &key) const;
    /// " WHERE …" selecting the history of `key` (its linked row, and unlinked rows of its name); binds appended.
    Result<QString> historyWhere(const OrderKey &key, QVariantList *binds) const;
    Result<QList<OrderRecord>> orderRows(QSqlQuery &query) const; // runs a prepared orders SELECT
    Result<std::optional<OrderRecord>> firstOrderRow(QSqlQuery &query) const;
    Status writable() const;
    /// Inserts an event of `order` linked to `row` inside the caller's transaction.
    Status insertEvent(const OrderKey &order, qint64 row, const QString &kind, const Text &message) const;
    /// Writes one line's serials of the order in `row` (named `shown`) inside the caller's transaction.
    Status writeLineSerials(qint64 row, const QString &shown, const LineSerials &line) const;
    Error sqlError(const QSqlQuery &query, const Text &what) const;
    /// A storage error named as what it is (damaged, disk full, read-only, I/O error), else "what: driver text".
    Error storageError(const QSqlError &error, const Text &what, const QString &detail = {}) const;
    QString selectSql(const OrderFilter &filter, QVariantList *binds) const;
    QString whereClause(const OrderFilter &filter, QVariantList *binds) const;
    void tightenFileModes() const;
    /// A statement prepared once per connection and reused (SQLite parses nothing again); bind
    /// values with addBindValue, then exec. Call finish() after reading rows.
    QSqlQuery &statement(const QString &sql) const;

    QString m_path;
    QString m_connectionName;
    Clock *m_clock = nullptr;
    OpenMode m_mode = OpenMode::Exclusive;
    QStringList m_secrets;
    std::unique_ptr<QLockFile> m_lock;
    bool m_hasSearchIndex = false;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    /// Redacted, capped values of exchanges waiting for the next batch, in bind order, with their orderRef.
    struct PendingExchange {
        QVariantList values;
        QString orderRef;
        qint64 orderId = 0;
    };
    mutable QList<PendingExchange> m_pendingExchanges;
    QTimer *m_flushTimer = nullptr;
    /// Inserts the pending exchanges inside the caller's transaction; ids to announce after commit.
    void writePendingExchanges(QList<QPair<qint64, QString>> *stored) const;
    void announce(const QList<QPair<qint64, QString>> &stored) const;
    /// Runs `write` in one transaction together with the pending exchanges (alone: just stores them).
    Status transaction(const std::function<Status()> &write) const;
};

} // namespace ysb
