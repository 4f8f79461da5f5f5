#include "Journal.h"

#include "Logging.h"
#include "IsoTime.h"
#include "journal/OrderFields.h"
#include "journal/Redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <atomic>

#include <sys/statvfs.h>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr qsizetype kMaxTextBytes = Redactor::kMaxBodyBytes;

// Each step runs in its own transaction together with the user_version bump, so a crash mid-upgrade
// leaves the previous version intact. Never edit a released step; append a new one.
struct Migration {
    int version;
    QList<const char *> statements;
    bool optional = false; // failure tolerated (FTS5 missing from the SQLite build)
};

// The search index follows the orders table: created in schema 3 and again, with the rebuilt table,
// in schema 6. Part of released steps: never edit.
const char *const kFtsInsertTrigger = R"(CREATE TRIGGER orders_fts_insert AFTER INSERT ON orders BEGIN
                INSERT INTO orders_fts(rowid, name, customer, ysell_id, serials)
                VALUES (new.id, new.name, new.customer, new.ysell_id, new.serials);
             END)";
const char *const kFtsDeleteTrigger = R"(CREATE TRIGGER orders_fts_delete AFTER DELETE ON orders BEGIN
                INSERT INTO orders_fts(orders_fts, rowid, name, customer, ysell_id, serials)
                VALUES ('delete', old.id, old.name, old.customer, old.ysell_id, old.serials);
             END)";
// The sync rewrites whole rows; re-index only when a searched column really changed.
const char *const kFtsUpdateTrigger = R"(CREATE TRIGGER orders_fts_update AFTER UPDATE OF name, customer, ysell_id, serials ON orders
             WHEN old.name IS NOT new.name OR old.customer IS NOT new.customer
               OR old.ysell_id IS NOT new.ysell_id OR old.serials IS NOT new.serials BEGIN
                INSERT INTO orders_fts(orders_fts, rowid, name, customer, ysell_id, serials)
                VALUES ('delete', old.id, old.name, old.customer, old.ysell_id, old.serials);
                INSERT INTO orders_fts(rowid, name, customer, ysell_id, serials)
                VALUES (new.id, new.name, new.customer, new.ysell_id, new.serials);
             END)";

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1,
         {R"(CREATE TABLE orders (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                odoo_id INTEGER NOT NULL DEFAULT 0,
                customer TEXT NOT NULL DEFAULT '',
                confirmed_at INTEGER,
                ysell_id TEXT NOT NULL DEFAULT '',
                ysell_status_code TEXT NOT NULL DEFAULT '',
                ysell_status_name TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL DEFAULT 'new',
                last_error TEXT NOT NULL DEFAULT '',
                last_error_kind TEXT NOT NULL DEFAULT '',
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER,
                picking_id INTEGER NOT NULL DEFAULT 0,
                picking_name TEXT NOT NULL DEFAULT '',
                serials TEXT NOT NULL DEFAULT '',
                sent_at INTEGER,
                done_at INTEGER,
                updated_at INTEGER NOT NULL))",
          "CREATE INDEX orders_state_confirmed ON orders(state, confirmed_at)",
          "CREATE INDEX orders_confirmed ON orders(confirmed_at)",
          "CREATE INDEX orders_ysell_id ON orders(ysell_id)",
          R"(CREATE TABLE events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at INTEGER NOT NULL,
                order_ref TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL,
                message TEXT NOT NULL DEFAULT ''))",
          "CREATE INDEX events_order ON events(order_ref, id)",
          R"(CREATE TABLE exchanges (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at INTEGER NOT NULL,
                system TEXT NOT NULL DEFAULT '',
                route TEXT NOT NULL DEFAULT '',
                method TEXT NOT NULL DEFAULT '',
                path TEXT NOT NULL DEFAULT '',
                http_status INTEGER NOT NULL DEFAULT 0,
                duration_ms INTEGER NOT NULL DEFAULT 0,
                correlation_id TEXT NOT NULL DEFAULT '',
                order_ref TEXT NOT NULL DEFAULT '',
                outcome TEXT NOT NULL DEFAULT '',
                request_headers TEXT NOT NULL DEFAULT '',
                request_body TEXT NOT NULL DEFAULT '',
                response_body TEXT NOT NULL DEFAULT '',
                truncated INTEGER NOT NULL DEFAULT 0,
                error_detail TEXT NOT NULL DEFAULT ''))",
          "CREATE INDEX exchanges_order ON exchanges(order_ref, id)",
          "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"}},
        {2,
         {"ALTER TABLE orders ADD COLUMN warning TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE orders ADD COLUMN payload_hash TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE orders ADD COLUMN last_checked_at INTEGER",
          "CREATE INDEX orders_updated ON orders(updated_at)",
          R"(CREATE TABLE line_serials (
                order_ref TEXT NOT NULL,
                line_id INTEGER NOT NULL,
                serials TEXT NOT NULL,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (order_ref, line_id)) WITHOUT ROWID)"}},
        // Substring search over 100,000 orders: a trigram index answers "%abc%" without a scan and
        // folds case beyond ASCII (Cyrillic customer names).
        {3,
         {R"(CREATE VIRTUAL TABLE orders_fts USING fts5(
                name, customer, ysell_id, serials,
                content='orders', content_rowid='id', tokenize='trigram'))",
          kFtsInsertTrigger,
          kFtsDeleteTrigger,
          kFtsUpdateTrigger,
          "INSERT INTO orders_fts(orders_fts) VALUES ('rebuild')"},
         true},
        // The lines as they went to Ysell (product, quantity, serials), for the detail pane.
        {4, {"ALTER TABLE orders ADD COLUMN items TEXT NOT NULL DEFAULT ''"}},
        // An order is its Odoo id in its Odoo database; the name is only shown (two companies may both
        // have an S00042, and Odoo lets an order be renamed). SQLite cannot drop the old UNIQUE(name),
        // so the table is rebuilt with the same row ids (the search index stays valid). Rows written
        // before keep their odoo_id; their database ('') is taken to be the configured one. Ids are
        // not unique in the index: an old journal may hold a renamed order twice.
        {5,
         {R"(CREATE TABLE orders_v5 (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                odoo_id INTEGER NOT NULL DEFAULT 0,
                customer TEXT NOT NULL DEFAULT '',
                confirmed_at INTEGER,
                ysell_id TEXT NOT NULL DEFAULT '',
                ysell_status_code TEXT NOT NULL DEFAULT '',
                ysell_status_name TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL DEFAULT 'new',
                last_error TEXT NOT NULL DEFAULT '',
                last_error_kind TEXT NOT NULL DEFAULT '',
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER,
                picking_id INTEGER NOT NULL DEFAULT 0,
                picking_name TEXT NOT NULL DEFAULT '',
                serials TEXT NOT NULL DEFAULT '',
                sent_at INTEGER,
                done_at INTEGER,
                updated_at INTEGER NOT NULL,
                warning TEXT NOT NULL DEFAULT '',
                payload_hash TEXT NOT NULL DEFAULT '',
                last_checked_at INTEGER,
                items TEXT NOT NULL DEFAULT '',
                odoo_db TEXT NOT NULL DEFAULT ''))",
          "INSERT INTO orders_v5 SELECT id, name, odoo_id, customer, confirmed_at, ysell_id, ysell_status_code, "
          "ysell_status_name, state, last_error, last_error_kind, attempts, next_attempt_at, picking_id, picking_name, "
          "serials, sent_at, done_at, updated_at, warning, payload_hash, last_checked_at, items, '' FROM orders",
          "DROP TABLE orders",
          "ALTER TABLE orders_v5 RENAME TO orders",
          "CREATE INDEX orders_state_confirmed ON orders(state, confirmed_at)",
          "CREATE INDEX orders_confirmed ON orders(confirmed_at)",
          "CREATE INDEX orders_ysell_id ON orders(ysell_id)",
          "CREATE INDEX orders_updated ON orders(updated_at)",
          "CREATE INDEX orders_name ON orders(name)",
          "CREATE INDEX orders_odoo ON orders(odoo_id, odoo_db)"}},
        // The search index's triggers went with the old table. Optional like step 3: it fails (and
        // search falls back to LIKE) where there is no orders_fts.
        {6,
         {"INSERT INTO orders_fts(orders_fts) VALUES ('rebuild')",
          kFtsInsertTrigger,
          kFtsDeleteTrigger,
          kFtsUpdateTrigger},
         true},
        // The order's number in Ysell (order_num), stored with the send intent: two Odoo orders can
        // share a name, so the number is no longer always the name. Rows written before were sent
        // under their name.
        {7,
         {"ALTER TABLE orders ADD COLUMN ysell_num TEXT NOT NULL DEFAULT ''",
          "UPDATE orders SET ysell_num = name",
          "CREATE INDEX orders_ysell_num ON orders(ysell_num)"}},
        // An order's history (events, exchanges, clerk-entered serials) is linked to its row, not to
        // its name: two orders of one name no longer share one log or one set of serials. History
        // written before is linked where its name (or, for exchanges, its Ysell number) belongs to
        // one order; what two orders of one name shared stays unlinked and is shown with both.
        {8,
         {"ALTER TABLE events ADD COLUMN order_row INTEGER NOT NULL DEFAULT 0",
          "UPDATE events SET order_row = (SELECT o.id FROM orders o WHERE o.name = events.order_ref) "
          "WHERE order_ref <> '' AND (SELECT count(*) FROM orders o WHERE o.name = events.order_ref) = 1",
          "CREATE INDEX events_order_row ON events(order_row, id)",
          "ALTER TABLE exchanges ADD COLUMN order_row INTEGER NOT NULL DEFAULT 0",
          "UPDATE exchanges SET order_row = (SELECT o.id FROM orders o WHERE o.name = exchanges.order_ref) "
          "WHERE order_ref <> '' AND (SELECT count(*) FROM orders o WHERE o.name = exchanges.order_ref) = 1",
          "UPDATE exchanges SET order_row = (SELECT o.id FROM orders o WHERE o.ysell_num = exchanges.order_ref) "
          "WHERE order_row = 0 AND order_ref <> '' "
          "AND (SELECT count(*) FROM orders o WHERE o.ysell_num = exchanges.order_ref) = 1",
          "CREATE INDEX exchanges_order_row ON exchanges(order_row, id)",
          R"(CREATE TABLE line_serials_v8 (
                order_row INTEGER NOT NULL DEFAULT 0,
                order_ref TEXT NOT NULL,
                line_id INTEGER NOT NULL,
                serials TEXT NOT NULL,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (order_row, order_ref, line_id)) WITHOUT ROWID)",
          "INSERT INTO line_serials_v8 SELECT coalesce((SELECT o.id FROM orders o WHERE o.name = l.order_ref "
          "AND (SELECT count(*) FROM orders o2 WHERE o2.name = l.order_ref) = 1), 0), "
          "order_ref, line_id, serials, updated_at FROM line_serials l",
          "DROP TABLE line_serials",
          "ALTER TABLE line_serials_v8 RENAME TO line_serials"}},
        // Odoo's other open delivery of a shipped order is data of its own (names of the pickings), no
        // longer a sentence in the warning. Warnings written before stay as they are, and are shown.
        {9, {"ALTER TABLE orders ADD COLUMN other_deliveries TEXT NOT NULL DEFAULT ''"}},
        // Stale orders: when Ysell's status of an order last changed, and why a sent order needs
        // attention. Rows written before start counting from their sending (else their last check):
        // the first sweep after the upgrade does not call every old order stale at once unless it is.
        {10,
         {"ALTER TABLE orders ADD COLUMN status_changed_at INTEGER",
          "ALTER TABLE orders ADD COLUMN stale_reason TEXT NOT NULL DEFAULT ''",
          "UPDATE orders SET status_changed_at = coalesce(sent_at, last_checked_at)",
          "CREATE INDEX orders_stale ON orders(stale_reason) WHERE stale_reason <> ''"}},
        // The To-Do the bridge opened in Odoo for an order that needs a person ([odoo] activities), so
        // that it is opened once and closed when the order goes through. Rows before have none.
        {11,
         {"ALTER TABLE orders ADD COLUMN odoo_activity_id INTEGER NOT NULL DEFAULT 0",
          "CREATE INDEX orders_odoo_activity ON orders(odoo_activity_id) WHERE odoo_activity_id <> 0"}},
    };
    return steps;
}

const char *const kExchangeColumns =
    "id, at, system, route, method, path, http_status, duration_ms, correlation_id, order_ref, outcome, "
    "request_headers, request_body, response_body, truncated, error_detail";

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString cappedText(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return utf8.size() > kMaxTextBytes ? Redactor::capUtf8(utf8, kMaxTextBytes).text : s;
}

/// What is stored for a Text: its data masked and capped (so the JSON around it stays whole).
QString storedText(const Text &t, const QStringList &secrets)
{
    return t.mapData([&](const QString &d) { return cappedText(Redactor::redactText(d, secrets)); }).toStored();
}

// An order's history (events, exchanges, clerk-entered serials) is linked to its row and labelled
// with its name. When Odoo renames the order, the labels follow; history recorded under the old name
// before it could be linked joins the order too, unless another row still has the old name.
bool followRename(QSqlQuery &q, qint64 row, const QString &newName)
{
    q.prepare(u"SELECT name, (SELECT count(*) FROM orders o2 WHERE o2.name = orders.name AND o2.id <> orders.id) "
              "FROM orders WHERE id = ?"_s);
    q.addBindValue(row);
    if (!q.exec() || !q.next())
        return false;
    const QString oldName = q.value(0).toString();
    const bool shared = q.value(1).toInt() > 0;
    q.finish();
    if (oldName == newName)
        return true;
    // OR IGNORE: serials already entered under the new name win over the old ones.
    for (const QString &table : {u"events"_s, u"exchanges"_s, u"line_serials"_s}) {
        q.prepare(u"UPDATE OR IGNORE %1 SET order_ref = ? WHERE order_row = ? AND order_ref = ?"_s.arg(table));
        q.addBindValue(newName);
        q.addBindValue(row);
        q.addBindValue(oldName);
        if (!q.exec())
            return false;
        if (shared)
            continue;
        q.prepare(u"UPDATE OR IGNORE %1 SET order_ref = ?, order_row = ? WHERE order_row = 0 AND order_ref = ?"_s.arg(table));
        q.addBindValue(newName);
        q.addBindValue(row);
        q.addBindValue(oldName);
        if (!q.exec())
            return false;
    }
    return true;
}

OrderRecord orderFrom(const QSqlQuery &q)
{
    OrderRecord o;
    int i = 0;
    for (const OrderField &f : orderFields())
        setOrderField(&o, f, q.value(i++));
    return o;
}

ExchangeRecord exchangeFrom(const QSqlQuery &q)
{
    ExchangeRecord e;
    int i = 0;
    e.id = q.value(i++).toLongLong();
    e.atUtc = timeFrom(q.value(i++));
    e.system = q.value(i++).toString();
    e.route = q.value(i++).toString();
    e.method = q.value(i++).toString();
    e.path = q.value(i++).toString();
    e.httpStatus = q.value(i++).toInt();
    e.durationMs = q.value(i++).toLongLong();
    e.correlationId = q.value(i++).toString();
    e.orderRef = q.value(i++).toString();
    e.outcome = q.value(i++).toString();
    e.requestHeaders = q.value(i++).toString();
    e.requestBody = q.value(i++).toString();
    e.responseBody = q.value(i++).toString();
    e.truncated = q.value(i++).toBool();
    e.errorDetail = q.value(i++).toString();
    return e;
}

// The export keeps the journal's millisecond order of events and exchanges.
QString exportTime(const QDateTime &t)
{
    return isoTime(t, TimePrecision::Milliseconds);
}

QJsonObject eventJson(const EventRecord &e, const QStringList &secrets)
{
    return QJsonObject{{u"id"_s, e.id},
                       {u"at"_s, exportTime(e.atUtc)},
                       {u"orderRef"_s, e.orderRef},
                       {u"kind"_s, e.kind},
                       {u"message"_s, Redactor::redactText(e.message.render(), secrets)},
                       {u"messageText"_s, e.message.mapData([&](const QString &d) { return Redactor::redactText(d, secrets); }).toJson()}};
}

QJsonObject exchangeJson(const ExchangeRecord &e, const QStringList &secrets)
{
    auto r = [&](const QString &s) { return Redactor::redactText(s, secrets); };
    return QJsonObject{
        {u"id"_s, e.id},
        {u"at"_s, exportTime(e.atUtc)},
        {u"system"_s, e.system},
        {u"route"_s, e.route},
        {u"method"_s, e.method},
        {u"path"_s, r(e.path)},
        {u"httpStatus"_s, e.httpStatus},
        {u"durationMs"_s, e.durationMs},
        {u"correlationId"_s, e.correlationId},
        {u"orderRef"_s, e.orderRef},
        {u"outcome"_s, e.outcome},
        {u"requestHeaders"_s, r(e.requestHeaders)},
        // Stored bodies were redacted when recorded; secrets registered since are masked now.
        {u"requestBody"_s, QString::fromUtf8(Redactor::redactBody(e.requestBody.toUtf8(), secrets))},
        {u"responseBody"_s, QString::fromUtf8(Redactor::redactBody(e.responseBody.toUtf8(), secrets))},
        {u"truncated"_s, e.truncated},
        {u"errorDetail"_s, r(e.errorDetail)},
    };
}

// Sortable columns by their SQL and their C++ names.
QString sortExpression(const QString &column)
{
    static const QHash<QString, QString> columns = [] {
        QHash<QString, QString> h;
        for (const OrderField &f : orderFields()) {
            if (f.flags & OrderField::Internal)
                continue;
            h.insert(f.column, f.column);
            h.insert(f.name, f.column);
        }
        h[u"customer"_s] = u"customer COLLATE NOCASE"_s;
        // States sort in lifecycle order, not alphabetically.
        QString stateCase = u"CASE state"_s;
        const QList<OrderState> states = allOrderStates();
        for (OrderState s : states)
            stateCase += u" WHEN '%1' THEN %2"_s.arg(orderStateName(s)).arg(int(s));
        stateCase += u" ELSE 99 END"_s;
        h.insert(u"state"_s, stateCase);
        return h;
    }();
    const auto it = columns.constFind(column);
    if (it != columns.cend())
        return it.value();
    if (!column.isEmpty())
        qCWarning(lcJournal) << "unknown sort column" << column << "- sorting by confirmed_at";
    return u"confirmed_at"_s;
}

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

std::atomic<int> g_connectionCounter{0};

Status ensureDirectory(const QString &dirPath)
{
    QStringList missing;
    QString p = QDir::cleanPath(dirPath);
    while (!p.isEmpty() && !QFileInfo::exists(p)) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).path();
        if (parent == p)
            break;
        p = parent;
    }
    for (const QString &dir : std::as_const(missing)) {
        // Only directories we create are made private; an existing parent (e.g. /tmp) is not ours.
        if (!QDir().mkdir(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
            && !QFileInfo(dir).isDir()) {
            return Error::make(ErrorKind::Storage,
                               Text(TextKind::CouldNotCreateFolderJournal).arg(dir));
        }
    }
    if (!QFileInfo(dirPath).isDir())
        return Error::make(ErrorKind::Storage, Text(TextKind::NotFolder).arg(dirPath));
    return Ok{};
}

// What the file system of `path` says about itself: read-only, or no space left.
struct VolumeState {
    bool readOnly = false;
    bool full = false;
};

VolumeState volumeState(const QString &path)
{
    VolumeState v;
    struct statvfs st {};
    if (::statvfs(QFile::encodeName(path).constData(), &st) == 0) {
        v.readOnly = (st.f_flag & ST_RDONLY) != 0;
        // A few blocks left are as good as none for SQLite, which writes whole pages.
        v.full = st.f_bavail * st.f_frsize < 64 * 1024;
    }
    return v;
}

// SQLite's primary result codes (sqlite3.h), as Qt's driver reports them in nativeErrorCode().
enum SqliteCode { SqliteReadOnly = 8, SqliteIoErr = 10, SqliteCorrupt = 11, SqliteFull = 13, SqliteCantOpen = 14,
                  SqliteNotADb = 26 };

} // namespace

Error Journal::storageError(const QSqlError &error, const Text &what, const QString &detail) const
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    const QString driverText = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const VolumeState volume = volumeState(QFileInfo(m_path).path());
    Text message;
    if (isNumber && (code == SqliteCorrupt || code == SqliteNotADb)) {
        message = Text(TextKind::JournalDamagedYsellBridgeDoes).arg(m_path).arg(driverText);
    } else if ((isNumber && code == SqliteFull) || volume.full) {
        message = Text(TextKind::DiskThatHoldsJournalFull2).arg(m_path);
    } else if ((isNumber && code == SqliteReadOnly) || volume.readOnly) {
        message = Text(TextKind::JournalCannotWrittenFileFile).arg(m_path);
    } else if (isNumber && code == SqliteIoErr) {
        message = Text(TextKind::JournalCouldNotReadWritten).arg(m_path).arg(driverText);
    } else if (isNumber && code == SqliteCantOpen) {
        message = Text(TextKind::JournalCouldNotOpenedCheck).arg(m_path).arg(driverText);
    } else {
        message = Text(TextKind::Words).arg(what).arg(driverText);
    }
    Error e = Error::make(ErrorKind::Storage, message, detail.isEmpty() ? error.text() : detail);
    qCWarning(lcJournal).noquote() << "SQL error:" << e.detail;
    return e;
}

Journal::Journal(QString path, QString connectionName, Clock *clock, OpenMode mode)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(clock ? clock : Clock::system())
    , m_mode(mode)
{
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kExchangeFlushMs);
    connect(m_flushTimer, &QTimer::timeout, this, [this] { flushExchanges(); });
}

Journal::~Journal()
{
    flushExchanges();
    m_statements.clear(); // prepared statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // m_lock releases "<path>.lock" as it goes.
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.sqlite"_s;
}

QString Journal::path() const
{
    return m_path;
}

Result<std::unique_ptr<Journal>> Journal::open(const QString &path, Clock *clock, OpenMode mode)
{
    if (path.trimmed().isEmpty())
        return Error::make(ErrorKind::Storage, Text(TextKind::NoJournalFileGiven));
    const QString absPath = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<QLockFile> lock;

    if (mode == OpenMode::Exclusive) {
        if (Status dir = ensureDirectory(QFileInfo(absPath).path()); !dir)
            return dir.error();

        lock = std::make_unique<QLockFile>(absPath + u".lock"_s);
        // 0 = never stale by age; a lock is stale only when its process is gone (kill -9, power loss).
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, app;
                lock->getLockInfo(&pid, &host, &app);
                // getLockInfo() fails while the holder is still writing the file: no number to show then.
                const Text message =
                    pid > 0 ? Text(TextKind::AnotherYsellBridgeProcessAlready).arg(pid).arg(absPath)
                            : Text(TextKind::AnotherYsellBridgeAlreadyUsing).arg(absPath);
                Error e = Error::make(
                    ErrorKind::Busy, message,
                    u"lock %1.lock held by pid %2 (%3) on %4"_s.arg(absPath).arg(pid).arg(app, host));
                return e;
            }
            const VolumeState volume = volumeState(QFileInfo(absPath).path());
            if (volume.full) {
                return Error::make(ErrorKind::Storage,
                                   Text(TextKind::DiskThatHoldsJournalFull).arg(absPath),
                                   u"lock file not created, no space left"_s);
            }
            if (volume.readOnly) {
                return Error::make(ErrorKind::Storage,
                                   Text(TextKind::JournalOnReadOnlyFile).arg(absPath),
                                   u"lock file not created, read-only file system"_s);
            }
            return Error::make(ErrorKind::Storage,
                               Text(TextKind::CouldNotCreateLockFile).arg(absPath));
        }

        QFile file(absPath);
        if (!file.exists()
            && !file.open(QIODevice::ReadWrite | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && !file.exists()) {
            return Error::make(ErrorKind::Storage, Text(TextKind::CouldNotCreateJournal).arg(absPath).arg(file.errorString()));
        }
        file.close();
    } else if (!QFileInfo::exists(absPath)) {
        return Error::make(ErrorKind::Storage, Text(TextKind::ThereNoJournal).arg(absPath));
    }

    const QString connection = u"ysb-journal-%1"_s.arg(g_connectionCounter.fetch_add(1) + 1);
    std::unique_ptr<Journal> journal(new Journal(absPath, connection, clock, mode));
    journal->m_lock = std::move(lock);
    if (Status s = journal->init(); !s)
        return s.error();
    return journal;
}

QSqlQuery &Journal::statement(const QString &sql) const
{
    std::shared_ptr<QSqlQuery> &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        slot->setForwardOnly(true);
        if (!slot->prepare(sql))
            qCWarning(lcJournal).noquote() << "SQL prepare failed:" << slot->lastError().text() << sql.simplified();
    }
    slot->finish();
    return *slot;
}

Error Journal::sqlError(const QSqlQuery &query, const Text &what) const
{
    return storageError(query.lastError(), what,
                        u"%1 [%2]"_s.arg(query.lastError().text(), query.lastQuery().simplified()));
}

Status Journal::writable() const
{
    if (m_mode == OpenMode::Shared)
        return Error::make(ErrorKind::Storage, Text(TextKind::JournalOpenReadOnly).arg(m_path));
    return Ok{};
}

Status Journal::init()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid())
        return Error::make(ErrorKind::Storage, Text(TextKind::SqliteDriverQtLibqsqliteNot));
    db.setDatabaseName(m_path);
    QStringList options{u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs)};
    if (m_mode == OpenMode::Shared) {
        options << u"QSQLITE_OPEN_READONLY"_s;
        // A WAL journal needs its -shm file even to be read. On a read-only file system (or in a folder
        // this user cannot write) SQLite cannot create it; with no -wal file left there is nothing
        // beyond the main file, and nobody can change it: SQLite may then read it as immutable.
        const QFileInfo dir(QFileInfo(m_path).path());
        if ((volumeState(dir.filePath()).readOnly || !dir.isWritable()) && !QFileInfo::exists(m_path + u"-wal"_s)) {
            options << u"QSQLITE_OPEN_URI"_s;
            QUrl uri = QUrl::fromLocalFile(m_path);
            uri.setQuery(u"immutable=1"_s);
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        }
    }
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return storageError(db.lastError(), Text(TextKind::CouldNotOpenJournal).arg(m_path));

    QSqlQuery q(db);
    // Also the first real read: a file that is not SQLite fails here, not later.
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        Error e = sqlError(q, Text(TextKind::NotYsellBridgeJournalDamaged).arg(m_path));
        return e;
    }
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        return Error::make(ErrorKind::Storage,
                           Text(TextKind::JournalWrittenNewerYsellBridge).arg(m_path).arg(version).arg(kSchemaVersion));
    }

    const QList<QString> pragmas = {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = %1"_s.arg(kBusyTimeoutMs)};
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return sqlError(q, Text(TextKind::CouldNotConfigureJournal).arg(m_path));
    }

    if (m_mode == OpenMode::Exclusive) {
        if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next())
            return sqlError(q, Text(TextKind::CouldNotConfigureJournal).arg(m_path));
        if (q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            return Error::make(ErrorKind::Storage,
                               Text(TextKind::JournalCannotUseWriteAhead).arg(m_path),
                               u"journal_mode=%1"_s.arg(q.value(0).toString()));
        }
        // NORMAL with WAL: a committed "sending" intent is in the log before the request leaves, so it
        // survives kill -9 and any crash of the process. After a power loss the last commits may be
        // gone; an order sent just before it is then created again and Ysell's duplicate guard adopts
        // it. FULL would fsync every exchange record (about 5 per order sent; BENCHMARKS.md).
        if (!q.exec(u"PRAGMA synchronous = NORMAL"_s))
            return sqlError(q, Text(TextKind::CouldNotConfigureJournal).arg(m_path));
        if (Status s = migrate(); !s)
            return s;
        tightenFileModes();
    } else if (version < kSchemaVersion) {
        return Error::make(ErrorKind::Storage,
                           version == 0 ? Text(TextKind::NotYsellBridgeJournalYet).arg(m_path)
                                        : Text(TextKind::JournalHasOlderLayoutSchema).arg(m_path).arg(version));
    }

    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'orders_fts'"_s) || !q.next())
        return sqlError(q, Text(TextKind::NotYsellBridgeJournalDamaged).arg(m_path));
    m_hasSearchIndex = q.value(0).toInt() > 0;
    // The root of each table, cheaply: a damaged file is refused here by every command alike, not
    // read as an empty journal by one and reported by another.
    for (const QString &probe : {u"SELECT 1 FROM orders LIMIT 1"_s, u"SELECT max(id) FROM events"_s,
                                 u"SELECT max(id) FROM exchanges"_s}) {
        if (!q.exec(probe))
            return sqlError(q, Text(TextKind::NotYsellBridgeJournalDamaged).arg(m_path));
        q.next();
        if (q.lastError().isValid())
            return sqlError(q, Text(TextKind::NotYsellBridgeJournalDamaged).arg(m_path));
    }
    return Ok{};
}

Status Journal::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    const int current = q.value(0).toInt();
    q.finish();

    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        if (!db.transaction())
            return storageError(db.lastError(), Text(TextKind::CouldNotUpgradeJournal).arg(m_path));
        bool failed = false;
        for (const char *sql : m.statements) {
            if (!q.exec(QString::fromUtf8(sql))) {
                failed = true;
                break;
            }
        }
        if (failed && m.optional) {
            qCWarning(lcJournal).noquote() << "schema step" << m.version << "skipped:" << q.lastError().text()
                                           << "- search falls back to LIKE";
            db.rollback();
            if (!db.transaction())
                return storageError(db.lastError(), Text(TextKind::CouldNotUpgradeJournal).arg(m_path));
            failed = false;
        }
        if (failed || !q.exec(u"PRAGMA user_version = %1"_s.arg(m.version))) {
            Error e = sqlError(q, Text(TextKind::CouldNotUpgradeJournalSchema).arg(m_path).arg(m.version));
            db.rollback();
            return e;
        }
        if (!db.commit()) {
            Error e = storageError(db.lastError(), Text(TextKind::CouldNotUpgradeJournal).arg(m_path));
            db.rollback();
            return e;
        }
        qCInfo(lcJournal) << "journal schema upgraded to" << m.version;
    }
    return Ok{};
}

void Journal::tightenFileModes() const
{
    const QFileDevice::Permissions privateMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QStringList files = {m_path, m_path + u"-wal"_s, m_path + u"-shm"_s, m_path + u".lock"_s};
    for (const QString &f : files) {
        if (QFileInfo::exists(f) && QFile::permissions(f) != privateMode && !QFile::setPermissions(f, privateMode))
            qCWarning(lcJournal) << "could not make" << f << "private (0600)";
    }
}

int Journal::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : 0;
}

QVariant Journal::pragma(const QString &name) const
{
    static const QRegularExpression identifier(u"^[a-z_]+$"_s);
    if (!identifier.match(name).hasMatch())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0) : QVariant();
}

Status Journal::checkIntegrity() const
{
    flushExchanges();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return sqlError(q, Text(TextKind::CouldNotCheckJournal).arg(m_path));
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{u"ok"_s})
        return Ok{};
    return Error::make(ErrorKind::Storage, Text(TextKind::JournalDamaged).arg(m_path), problems.join(u"; "_s));
}

void Journal::setSecretValues(const QStringList &values)
{
    m_secrets = Redactor::usableSecrets(values);
}

void Journal::recordExchange(const Exchange &exchange)
{
    if (m_mode == OpenMode::Shared) {
        qCWarning(lcJournal) << "exchange not recorded: journal open read-only";
        return;
    }
    const Redactor::Capped request = Redactor::storableBody(exchange.requestBody, m_secrets);
    const Redactor::Capped response = Redactor::storableBody(exchange.responseBody, m_secrets);
    const QString headers = cappedText(Redactor::redactHeaders(exchange.requestHeaders, m_secrets));
    const QDateTime at = exchange.startedUtc.isValid() ? exchange.startedUtc : m_clock->nowUtc();
    PendingExchange p;
    p.orderRef = exchange.orderRef;
    p.orderId = exchange.orderId;
    p.values = {at.toMSecsSinceEpoch(),
                text(exchange.system),
                text(exchange.route),
                text(exchange.method),
                text(cappedText(Redactor::redactUrl(exchange.url, m_secrets))),
                exchange.httpStatus,
                exchange.durationMs,
                text(exchange.correlationId),
                text(exchange.orderRef),
                text(Redactor::redactText(exchange.outcome, m_secrets)),
                text(headers),
                text(request.text),
                text(response.text),
                request.truncated || response.truncated,
                text(cappedText(Redactor::redactText(exchange.errorDetail, m_secrets)))};
    m_pendingExchanges.append(std::move(p));
    if (m_pendingExchanges.size() >= kMaxPendingExchanges)
        flushExchanges();
    else if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void Journal::writePendingExchanges(QList<QPair<qint64, QString>> *stored) const
{
    if (m_pendingExchanges.isEmpty())
        return;
    const QList<PendingExchange> pending = std::exchange(m_pendingExchanges, {});
    QHash<QPair<QString, qint64>, qint64> rows; // the order row of each (orderRef, orderId), once per batch
    for (const PendingExchange &p : pending) {
        const QPair<QString, qint64> key{p.orderRef, p.orderId};
        if (!p.orderRef.isEmpty() && !rows.contains(key)) {
            const Result<qint64> row = linkedRow(OrderKey(p.orderRef, p.orderId));
            rows.insert(key, row.ok() ? row.value() : 0);
        }
        QSqlQuery &q = statement(u"INSERT INTO exchanges (at, system, route, method, path, http_status, duration_ms, "
                                 "correlation_id, order_ref, outcome, request_headers, request_body, response_body, "
                                 "truncated, error_detail, order_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v : p.values)
            q.addBindValue(v);
        q.addBindValue(rows.value(key, 0));
        if (!q.exec()) {
            sqlError(q, Text(TextKind::CouldNotRecordExchangeJournal));
            continue;
        }
        stored->append({q.lastInsertId().toLongLong(), p.orderRef});
        q.finish();
    }
}

void Journal::announce(const QList<QPair<qint64, QString>> &stored) const
{
    auto *self = const_cast<Journal *>(this); // signals are not const; announcing changes nothing
    for (const auto &[id, orderRef] : stored)
        Q_EMIT self->exchangeRecorded(id, orderRef);
}

void Journal::flushExchanges() const
{
    if (m_pendingExchanges.isEmpty())
        return;
    if (const Status s = transaction([] { return Status(Ok{}); }); !s)
        qCWarning(lcJournal).noquote() << "exchanges not recorded:" << s.error().message;
}

Status Journal::transaction(const std::function<Status()> &write) const
{
    m_flushTimer->stop();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return storageError(db.lastError(), Text(TextKind::CouldNotWriteJournal).arg(m_path));
    QList<QPair<qint64, QString>> stored;
    writePendingExchanges(&stored);
    if (Status s = write(); !s) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        Error e = storageError(db.lastError(), Text(TextKind::CouldNotWriteJournal).arg(m_path));
        db.rollback();
        return e;
    }
    announce(stored);
    return Ok{};
}

QVariantList Journal::orderValues(const OrderRecord &o) const
{
    QVariantList values;
    for (const OrderField &f : orderFields()) {
        if (f.flags & OrderField::Stamped) {
            values << m_clock->nowUtc().toMSecsSinceEpoch();
            continue;
        }
        values << std::visit(
            [&](auto member) -> QVariant {
                const auto &value = o.*member;
                using T = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<T, QString>) {
                    if (f.flags & OrderField::PeopleText)
                        return text(cappedText(Redactor::redactText(value, m_secrets)));
                    return text(f.flags & OrderField::Capped ? cappedText(value) : value);
                } else if constexpr (std::is_same_v<T, Text>) {
                    return text(storedText(value, m_secrets));
                } else if constexpr (std::is_same_v<T, QDateTime>) {
                    return timeValue(value);
                } else if constexpr (std::is_same_v<T, OrderState>) {
                    return orderStateName(value);
                } else {
                    return value;
                }
            },
            f.member);
    }
    return values;
}

// The row an order lives in: found by its Odoo id (in its database, or in a row written before the
// database was recorded), else by its name while the row has no Odoo id yet. A record without an
// Odoo id (written before Odoo was read) is found by its name.
Result<std::optional<qint64>> Journal::rowOf(const OrderRecord &o) const
{
    QSqlQuery &q = o.odooId != 0
        ? statement(u"SELECT id FROM orders WHERE (odoo_id = ? AND (? = '' OR odoo_db IN (?, ''))) "
                    "OR (odoo_id = 0 AND name = ?) "
                    "ORDER BY odoo_id = 0, odoo_db = ? DESC, updated_at DESC, id DESC LIMIT 1"_s)
        : statement(u"SELECT id FROM orders WHERE name = ? ORDER BY updated_at DESC, id DESC LIMIT 1"_s);
    if (o.odooId != 0) {
        q.addBindValue(o.odooId);
        q.addBindValue(text(o.odooDb));
        q.addBindValue(text(o.odooDb));
    }
    q.addBindValue(o.name);
    if (o.odooId != 0)
        q.addBindValue(text(o.odooDb));
    if (!q.exec())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    std::optional<qint64> row;
    if (q.next())
        row = q.value(0).toLongLong();
    q.finish();
    return row;
}

Status Journal::writeOrder(const OrderRecord &o)
{
    if (o.name.trimmed().isEmpty())
        return Error::make(ErrorKind::Storage, Text(TextKind::OrderWithoutNameCannotStored));
    const Result<std::optional<qint64>> row = rowOf(o);
    if (!row.ok())
        return row.error();
    if (QSqlQuery history(QSqlDatabase::database(m_connectionName, false));
        row.value() && !followRename(history, *row.value(), o.name))
        return sqlError(history, Text(TextKind::CouldNotSaveOrderJournal).arg(o.name));
    QString sql;
    if (row.value()) {
        // An Odoo id, database or Ysell number, once known, is never forgotten by a write that lacks it.
        QStringList sets;
        for (const OrderField &f : orderFields()) {
            const QString c = f.column;
            if (!(f.flags & OrderField::KeptOnceKnown))
                sets << c + u" = ?"_s;
            else if (std::holds_alternative<QString OrderRecord::*>(f.member))
                sets << u"%1 = coalesce(nullif(?, ''), %1)"_s.arg(c);
            else
                sets << u"%1 = coalesce(nullif(?, 0), %1)"_s.arg(c);
        }
        sql = u"UPDATE orders SET %1 WHERE id = ?"_s.arg(sets.join(u", "_s));
    } else {
        sql = u"INSERT INTO orders (%1) VALUES (%2)"_s.arg(
            orderColumns(), QStringList(qsizetype(orderFields().size()), u"?"_s).join(u", "_s));
    }
    QSqlQuery &q = statement(sql);
    for (const QVariant &v : orderValues(o))
        q.addBindValue(v);
    if (row.value())
        q.addBindValue(*row.value());
    if (!q.exec())
        return sqlError(q, Text(TextKind::CouldNotSaveOrderJournal).arg(o.name));
    q.finish();
    return Ok{};
}

Status Journal::upsertOrder(const OrderRecord &order)
{
    if (Status w = writable(); !w)
        return w;
    if (Status s = transaction([&] { return writeOrder(order); }); !s)
        return s;
    Q_EMIT orderChanged(order.name);
    return Ok{};
}

Status Journal::upsertOrders(const QList<OrderRecord> &orders)
{
    if (Status w = writable(); !w)
        return w;
    if (orders.isEmpty())
        return Ok{};
    const Status written = transaction([&]() -> Status {
        for (const OrderRecord &o : orders) {
            if (Status s = writeOrder(o); !s)
                return s;
        }
        return Ok{};
    });
    if (!written)
        return written;
    for (const OrderRecord &o : orders)
        Q_EMIT orderChanged(o.name);
    return Ok{};
}

Result<std::optional<OrderRecord>> Journal::order(const QString &name) const
{
    QSqlQuery &q = statement(u"SELECT %1 FROM orders WHERE name = ? ORDER BY updated_at DESC, id DESC LIMIT 1"_s.arg(
        orderColumns()));
    q.addBindValue(name);
    return firstOrderRow(q);
}

Result<QList<OrderRecord>> Journal::ordersNamed(const QString &name) const
{
    QSqlQuery &q = statement(u"SELECT %1 FROM orders WHERE name = ? ORDER BY updated_at DESC, id DESC"_s.arg(
        orderColumns()));
    q.addBindValue(name);
    return orderRows(q);
}

Result<std::optional<OrderRecord>> Journal::orderByKey(const OrderKey &key) const
{
    return key.odooId ? orderById(key.odooDb, key.odooId) : order(key.name);
}

Result<OrderRecord> Journal::update(const OrderKey &key, const std::function<void(OrderRecord &)> &change)
{
    if (Status w = writable(); !w)
        return w.error();
    OrderRecord written;
    const Status s = transaction([&]() -> Status {
        const Result<std::optional<OrderRecord>> found = orderByKey(key);
        if (!found.ok())
            return found.error();
        if (!found.value()) {
            return Error::make(ErrorKind::MissingRecord,
                               key.odooId ? Text(TextKind::JournalHasNoOrderWith).arg(key.odooId)
                                          : Text(TextKind::JournalHasNoOrder).arg(key.name));
        }
        written = *found.value();
        change(written);
        written.updatedAt = m_clock->nowUtc();
        return writeOrder(written);
    });
    if (!s)
        return s.error();
    Q_EMIT orderChanged(written.name);
    return written;
}

Result<OrderRecord> Journal::findOrder(const QString &ref, const QString &odooDb) const
{
    if (ref.startsWith(u'#')) {
        bool ok = false;
        const qint64 id = ref.mid(1).toLongLong(&ok);
        const Result<std::optional<OrderRecord>> r = ok ? orderById(odooDb, id) : std::optional<OrderRecord>();
        if (!r.ok())
            return r.error();
        if (r.value())
            return *r.value();
        return Error::make(ErrorKind::MissingRecord, Text(TextKind::JournalHasNoOrderWith).arg(ref.mid(1)));
    }
    const Result<QList<OrderRecord>> read = ordersNamed(ref);
    if (!read.ok())
        return read.error();
    const QList<OrderRecord> &named = read.value();
    if (named.isEmpty())
        return Error::make(ErrorKind::MissingRecord, Text(TextKind::JournalHasNoOrder).arg(ref));
    if (named.size() == 1)
        return named.first();
    Text which(TextKind::List);
    for (const OrderRecord &o : named)
        which = which.arg(Text(TextKind::JournalOrderChoice).arg(o.odooId).arg(orderStateName(o.state)).arg(o.customer));
    return Error::make(ErrorKind::Config,
                       Text(TextKind::OrdersAreNamedGiveOne).arg(named.size()).arg(ref).arg(which).arg(named.first().odooId));
}

Result<std::optional<OrderRecord>> Journal::orderByYsellNumber(const QString &number) const
{
    QSqlQuery &q = statement(
        u"SELECT %1 FROM orders WHERE ysell_num = ? ORDER BY updated_at DESC, id DESC LIMIT 1"_s.arg(
            orderColumns()));
    q.addBindValue(number);
    return firstOrderRow(q);
}

Result<std::optional<OrderRecord>> Journal::orderById(const QString &odooDb, qint64 odooId) const
{
    QSqlQuery &q = statement(u"SELECT %1 FROM orders WHERE odoo_id = ? AND (? = '' OR odoo_db IN (?, '')) "
                             "ORDER BY odoo_db = ? DESC, updated_at DESC, id DESC LIMIT 1"_s.arg(
                                 orderColumns()));
    q.addBindValue(odooId);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(text(odooDb));
    return firstOrderRow(q);
}

Result<QList<OrderRecord>> Journal::orderRows(QSqlQuery &q) const
{
    QList<OrderRecord> out;
    if (!q.exec())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    while (q.next())
        out.append(orderFrom(q));
    // A step that fails half-way (SQLITE_BUSY, I/O error) ends the rows early: not "no more orders".
    if (q.lastError().isValid()) {
        Error e = sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
        q.finish();
        return e;
    }
    q.finish();
    return out;
}

Result<std::optional<OrderRecord>> Journal::firstOrderRow(QSqlQuery &q) const
{
    const Result<QList<OrderRecord>> rows = orderRows(q);
    if (!rows.ok())
        return rows.error();
    return rows.value().isEmpty() ? std::optional<OrderRecord>() : std::optional<OrderRecord>(rows.value().first());
}

QString Journal::whereClause(const OrderFilter &filter, QVariantList *binds) const
{
    QStringList conditions;
    // The states, or any of the "also" sets: one condition of alternatives.
    QStringList either;
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (OrderState s : filter.states) {
            marks << u"?"_s;
            binds->append(orderStateName(s));
        }
        either << u"state IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (filter.orStale)
        either << u"stale_reason <> ''"_s;
    if (filter.orOdooActivity)
        either << u"odoo_activity_id <> 0"_s;
    if (either.size() == 1)
        conditions << either.first();
    else if (either.size() > 1)
        conditions << u"(%1)"_s.arg(either.join(u" OR "_s));
    if (filter.withOdooActivity)
        conditions << u"odoo_activity_id <> 0"_s;
    if (filter.withOtherDeliveries)
        conditions << u"other_deliveries <> ''"_s;
    static const QRegularExpression spaces(u"\\s+"_s);
    const QStringList terms = filter.search.split(spaces, Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        // Trigrams count code points, not UTF-16 units (an emoji is two units but one character).
        // An FTS5 string cannot hold a NUL (MATCH fails with "unterminated string"): such a term is scanned.
        if (m_hasSearchIndex && term.toUcs4().size() >= 3 && !term.contains(QChar(u'\0'))) {
            // One FTS phrase: the term as a substring; double quotes are doubled, nothing else is special.
            QString phrase = term;
            phrase.replace(u'"', u"\"\""_s);
            conditions << u"id IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ?)"_s;
            binds->append(QString(u'"' + phrase + u'"'));
        } else {
            // Too short for trigrams: a scan, case-insensitive for ASCII only.
            conditions << u"(name LIKE ? ESCAPE '\\' OR customer LIKE ? ESCAPE '\\' OR ysell_id LIKE ? ESCAPE '\\' "
                          "OR serials LIKE ? ESCAPE '\\')"_s;
            const QString pattern = likePattern(term);
            for (int i = 0; i < 4; ++i)
                binds->append(pattern);
        }
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

QString Journal::selectSql(const OrderFilter &filter, QVariantList *binds) const
{
    const QString where = whereClause(filter, binds);
    const QString direction = filter.sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    // id as the tie-breaker keeps paging stable when many orders share a timestamp.
    QString sql = u"SELECT %1 FROM orders%2 ORDER BY %3 %4, id %4"_s.arg(orderColumns(), where,
                                                                         sortExpression(filter.sortColumn), direction);
    if (filter.limit >= 0 || filter.offset > 0) {
        sql += u" LIMIT ? OFFSET ?"_s;
        binds->append(filter.limit >= 0 ? filter.limit : -1);
        binds->append(std::max(filter.offset, 0));
    }
    return sql;
}

Result<QList<OrderRecord>> Journal::orders(const OrderFilter &filter) const
{
    QVariantList binds;
    const QString sql = selectSql(filter, &binds);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    return orderRows(q);
}

Result<QStringList> Journal::queryPlan(const OrderFilter &filter) const
{
    QVariantList binds;
    const QString sql = selectSql(filter, &binds);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.prepare(u"EXPLAIN QUERY PLAN "_s + sql))
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    if (q.lastError().isValid())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    return plan;
}

Result<int> Journal::countOrders(const OrderFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT count(*) FROM orders"_s + where);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    return q.value(0).toInt();
}

Result<QHash<OrderState, int>> Journal::countsByState() const
{
    QHash<OrderState, int> counts;
    const QList<OrderState> states = allOrderStates();
    for (OrderState s : states)
        counts.insert(s, 0);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(u"SELECT state, count(*) FROM orders GROUP BY state"_s))
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    while (q.next()) {
        if (const auto s = orderStateFromName(q.value(0).toString()))
            counts[*s] += q.value(1).toInt();
    }
    if (q.lastError().isValid())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    return counts;
}

Result<qint64> Journal::linkedRow(const OrderKey &key) const
{
    if (key.odooId != 0) {
        QSqlQuery &q = statement(u"SELECT id FROM orders WHERE odoo_id = ? AND (? = '' OR odoo_db IN (?, '')) "
                                 "ORDER BY odoo_db = ? DESC, updated_at DESC, id DESC LIMIT 1"_s);
        q.addBindValue(key.odooId);
        for (int i = 0; i < 3; ++i)
            q.addBindValue(text(key.odooDb));
        if (!q.exec())
            return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
        const qint64 row = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return row;
    }
    if (key.name.isEmpty())
        return qint64(0);
    // A bare name is an order while one row has it; else it may be the Ysell number one order was sent
    // under (exchanges with Ysell are labelled with the number).
    for (const QString &column : {u"name"_s, u"ysell_num"_s}) {
        QSqlQuery &q = statement(u"SELECT min(id), count(*) FROM orders WHERE %1 = ?"_s.arg(column));
        q.addBindValue(key.name);
        if (!q.exec() || !q.next())
            return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
        const qint64 row = q.value(1).toInt() == 1 ? q.value(0).toLongLong() : 0;
        q.finish();
        if (row != 0)
            return row;
    }
    return qint64(0);
}

Result<QString> Journal::historyWhere(const OrderKey &key, QVariantList *binds) const
{
    if (key.isEmpty())
        return QString();
    const Result<qint64> row = linkedRow(key);
    if (!row.ok())
        return row.error();
    QString name = key.name;
    if (row.value() != 0) {
        QSqlQuery &q = statement(u"SELECT name FROM orders WHERE id = ?"_s);
        q.addBindValue(row.value());
        if (!q.exec())
            return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
        if (q.next())
            name = q.value(0).toString();
        q.finish();
    }
    // -1 matches no row: an order the journal has no row for has only what was recorded by its name.
    binds->append(row.value() != 0 ? row.value() : qint64(-1));
    binds->append(text(name));
    return u" WHERE (order_row = ? OR (order_row = 0 AND order_ref = ?))"_s;
}

Status Journal::insertEvent(const OrderKey &order, qint64 row, const QString &kind, const Text &message) const
{
    QSqlQuery &q = statement(u"INSERT INTO events (at, order_ref, order_row, kind, message) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(m_clock->nowUtc().toMSecsSinceEpoch());
    q.addBindValue(text(order.name));
    q.addBindValue(row);
    q.addBindValue(text(kind));
    q.addBindValue(text(storedText(message, m_secrets)));
    if (!q.exec())
        return sqlError(q, Text(TextKind::CouldNotAddEventJournal));
    q.finish();
    return Ok{};
}

Status Journal::addEvent(const OrderKey &order, const QString &kind, const Text &message)
{
    if (Status w = writable(); !w)
        return w;
    const Status s = transaction([&]() -> Status {
        const Result<qint64> row = linkedRow(order);
        if (!row.ok())
            return row.error();
        return insertEvent(order, row.value(), kind, message);
    });
    if (!s)
        return s;
    Q_EMIT eventAdded(order.name);
    return Ok{};
}

Result<QList<EventRecord>> Journal::events(const OrderKey &order, int limit) const
{
    QVariantList binds;
    const Result<QString> where = historyWhere(order, &binds);
    QList<EventRecord> out;
    if (!where.ok())
        return where.error();
    QSqlQuery &q = statement(u"SELECT id, at, order_ref, kind, message FROM (SELECT * FROM events%1 ORDER BY id DESC "
                             "LIMIT ?) ORDER BY id ASC"_s.arg(where.value()));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit < 0 ? -1 : limit);
    if (!q.exec())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    while (q.next()) {
        EventRecord e;
        e.id = q.value(0).toLongLong();
        e.atUtc = timeFrom(q.value(1));
        e.orderRef = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.message = Text::fromStored(q.value(4).toString());
        out.append(e);
    }
    if (q.lastError().isValid()) {
        Error e = sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
        q.finish();
        return e;
    }
    q.finish();
    return out;
}

Result<QList<ExchangeRecord>> Journal::exchanges(const OrderKey &order, int limit) const
{
    flushExchanges();
    QVariantList binds;
    const Result<QString> where = historyWhere(order, &binds);
    QList<ExchangeRecord> out;
    if (!where.ok())
        return where.error();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM (SELECT * FROM exchanges%2 ORDER BY id DESC LIMIT ?) ORDER BY id ASC"_s.arg(
        QLatin1String(kExchangeColumns), where.value()));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(limit < 0 ? -1 : limit);
    if (!q.exec())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    while (q.next())
        out.append(exchangeFrom(q));
    if (q.lastError().isValid())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    return out;
}

Status Journal::setSerials(const OrderKey &order, qint64 lineId, const QStringList &serials)
{
    return saveSerials(order, {LineSerials{lineId, serials}}, {});
}

Status Journal::writeLineSerials(qint64 row, const QString &shown, const LineSerials &line) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (line.serials.isEmpty()) {
        q.prepare(u"DELETE FROM line_serials WHERE order_row = ? AND line_id = ?"_s);
        q.addBindValue(row);
        q.addBindValue(line.lineId);
    } else {
        q.prepare(u"INSERT INTO line_serials (order_row, order_ref, line_id, serials, updated_at) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT(order_row, order_ref, line_id) DO UPDATE SET serials = excluded.serials, "
                  "updated_at = excluded.updated_at"_s);
        q.addBindValue(row);
        q.addBindValue(text(shown));
        q.addBindValue(line.lineId);
        // A JSON array keeps serials with spaces or commas intact.
        q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(line.serials)).toJson(QJsonDocument::Compact)));
        q.addBindValue(m_clock->nowUtc().toMSecsSinceEpoch());
    }
    if (!q.exec())
        return sqlError(q, Text(TextKind::CouldNotSaveSerialNumbers).arg(shown));
    return Ok{};
}

Status Journal::saveSerials(const OrderKey &order, const QList<LineSerials> &lines, const QList<NewEvent> &events)
{
    if (Status w = writable(); !w)
        return w;
    QString shown = order.name;
    const Status s = transaction([&]() -> Status {
        const Result<qint64> row = linkedRow(order);
        if (!row.ok())
            return row.error();
        if (row.value() == 0) {
            return Error::make(ErrorKind::MissingRecord,
                               Text(TextKind::SerialNumbersOrderWereNot).arg(order.name));
        }
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(u"SELECT name FROM orders WHERE id = ?"_s);
        q.addBindValue(row.value());
        if (!q.exec() || !q.next())
            return sqlError(q, Text(TextKind::CouldNotSaveSerialNumbers).arg(order.name));
        shown = q.value(0).toString();
        q.finish();
        for (const LineSerials &line : lines) {
            if (Status written = writeLineSerials(row.value(), shown, line); !written)
                return written;
        }
        for (const NewEvent &e : events) {
            if (Status added = insertEvent(order, row.value(), e.kind, e.message); !added)
                return added;
        }
        return Ok{};
    });
    if (!s)
        return s;
    Q_EMIT orderChanged(shown);
    for (qsizetype i = 0; i < events.size(); ++i)
        Q_EMIT eventAdded(order.name);
    return Ok{};
}

Result<QHash<qint64, QStringList>> Journal::serials(const OrderKey &order) const
{
    QHash<qint64, QStringList> out;
    QVariantList binds;
    const Result<QString> where = historyWhere(order, &binds);
    if (!where.ok())
        return where.error();
    if (where.value().isEmpty())
        return out;
    // Linked rows last: what was entered for this very order wins over a shared older entry.
    QSqlQuery &q = statement(u"SELECT line_id, serials FROM line_serials%1 ORDER BY order_row <> 0"_s.arg(where.value()));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    while (q.next()) {
        const QJsonArray arr = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        QStringList list;
        for (const QJsonValue &v : arr)
            list << v.toString();
        out.insert(q.value(0).toLongLong(), list);
    }
    if (q.lastError().isValid()) {
        Error e = sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
        q.finish();
        return e;
    }
    q.finish();
    return out;
}

Result<QString> Journal::meta(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(text(key));
    if (!q.exec())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    const QString value = q.next() ? q.value(0).toString() : QString();
    if (q.lastError().isValid())
        return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
    return value;
}

Status Journal::setMeta(const QString &key, const QString &value)
{
    if (Status w = writable(); !w)
        return w;
    return transaction([&]() -> Status {
        QSqlQuery &q = statement(
            u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(text(key));
        q.addBindValue(text(value));
        if (!q.exec())
            return sqlError(q, Text(TextKind::CouldNotSaveSettingJournal));
        q.finish();
        return Ok{};
    });
}

Status Journal::exportJson(QIODevice *out, const OrderKey &order) const
{
    if (!out || !out->isWritable())
        return Error::make(ErrorKind::Storage, Text(TextKind::ExportFileNotOpenWriting));
    flushExchanges();
    bool writeOk = true;
    auto write = [&](const QByteArray &bytes) {
        if (writeOk && out->write(bytes) != bytes.size())
            writeOk = false;
    };
    auto compact = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };

    // Streamed record by record: a full journal can hold far more than fits comfortably in memory.
    const QJsonObject header{{u"format"_s, u"ysell-bridge-journal-export"_s},
                             {u"formatVersion"_s, 2}, // 2: orders with the snake_case keys of orderJson()
                             {u"schemaVersion"_s, schemaVersion()},
                             {u"exportedAt"_s, exportTime(m_clock->nowUtc())},
                             {u"orderRef"_s, order.name},
                             {u"odooId"_s, order.odooId}};
    QByteArray head = compact(header);
    head.chop(1); // reopen the object to append the arrays
    write(head);

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QVariantList refBinds;
    const Result<QString> history = historyWhere(order, &refBinds);
    if (!history.ok())
        return history.error();
    const Result<qint64> row = order.isEmpty() ? Result<qint64>(qint64(0)) : linkedRow(order);
    if (!row.ok())
        return row.error();
    // One order: its own row (or, not linked, the rows of its name); its history as events() shows it.
    const QString orderWhere = order.isEmpty() ? QString() : row.value() != 0 ? u" WHERE id = ?"_s : u" WHERE name = ?"_s;
    const QVariantList orderBinds = order.isEmpty()   ? QVariantList()
                                    : row.value() != 0 ? QVariantList{row.value()}
                                                       : QVariantList{text(order.name)};
    const QString refWhere = history.value();
    auto section = [&](const QByteArray &name, const QString &sql, const QVariantList &binds, auto toJson) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return sqlError(q, Text(TextKind::CouldNotReadJournal).arg(m_path));
        write(",\n\"" + name + "\":[");
        bool first = true;
        while (q.next()) {
            write(first ? "\n" : ",\n");
            first = false;
            write(compact(toJson(q)));
        }
        write("]");
        return Ok{};
    };

    if (Status s = section("orders", u"SELECT %1 FROM orders%2 ORDER BY id"_s.arg(orderColumns(), orderWhere), orderBinds,
                          [&](const QSqlQuery &q) { return redactedOrderJson(orderFrom(q), m_secrets); });
        !s)
        return s;
    if (Status s = section("lineSerials", u"SELECT order_ref, line_id, serials FROM line_serials%1 ORDER BY order_ref, line_id"_s.arg(refWhere), refBinds,
                          [&](const QSqlQuery &q) {
                              return QJsonObject{{u"orderRef"_s, q.value(0).toString()},
                                                 {u"lineId"_s, q.value(1).toLongLong()},
                                                 {u"serials"_s, QJsonDocument::fromJson(Redactor::redactText(q.value(2).toString(), m_secrets).toUtf8()).array()}};
                          });
        !s)
        return s;
    if (Status s = section("events", u"SELECT id, at, order_ref, kind, message FROM events%1 ORDER BY id"_s.arg(refWhere), refBinds,
                          [&](const QSqlQuery &q) {
                              EventRecord e;
                              e.id = q.value(0).toLongLong();
                              e.atUtc = timeFrom(q.value(1));
                              e.orderRef = q.value(2).toString();
                              e.kind = q.value(3).toString();
                              e.message = Text::fromStored(q.value(4).toString());
                              return eventJson(e, m_secrets);
                          });
        !s)
        return s;
    if (Status s = section("exchanges", u"SELECT %1 FROM exchanges%2 ORDER BY id"_s.arg(QLatin1String(kExchangeColumns), refWhere), refBinds,
                          [&](const QSqlQuery &q) { return exchangeJson(exchangeFrom(q), m_secrets); });
        !s)
        return s;
    if (order.isEmpty()) {
        if (Status s = section("meta", u"SELECT key, value FROM meta ORDER BY key"_s, {},
                              [&](const QSqlQuery &q) {
                                  return QJsonObject{{u"key"_s, q.value(0).toString()},
                                                     {u"value"_s, Redactor::isSecretKey(q.value(0).toString())
                                                                     ? Redactor::mask()
                                                                     : Redactor::redactText(q.value(1).toString(), m_secrets)}};
                              });
            !s)
            return s;
    }
    write("\n}\n");
    if (!writeOk)
        return Error::make(ErrorKind::Storage, Text(TextKind::CouldNotWriteExport).arg(out->errorString()));
    return Ok{};
}

} // namespace ysb
