#pragma once

#include "Text.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ysb {

/// What went wrong, in categories a clerk can act on. Clients map every failure to one of these.
enum class ErrorKind {
    Config,          ///< settings missing or invalid
    InsecureUrl,     ///< an http:// (or other non-https) URL was given
    Dns,             ///< host name not found
    Refused,         ///< connection refused
    Tls,             ///< certificate or handshake failure
    Timeout,         ///< connect or request timed out
    Network,         ///< connection reset or other transport failure
    Http,            ///< HTTP 4xx/5xx not covered below
    RateLimited,     ///< HTTP 429 or 503 (with optional Retry-After)
    BadCredentials,  ///< Odoo AccessDenied / authenticate false, Ysell 401
    AccessRights,    ///< Odoo AccessError, HTTP 403
    MissingRecord,   ///< Odoo MissingError, HTTP 404
    Validation,      ///< Odoo ValidationError, Ysell 422 field errors
    UserError,       ///< Odoo UserError
    WrongDatabase,   ///< Odoo psycopg2.OperationalError
    BadRequest,      ///< Odoo builtins.ValueError (bad field, domain, selection), HTTP 400
    Protocol,        ///< malformed JSON, wrong shape, oversized response
    AlreadyExists,   ///< Ysell duplicate order_num
    Preflight,       ///< order data not fit to send
    Storage,         ///< journal / file system
    Keychain,        ///< secret store
    Busy,            ///< another instance holds the lock or the lease
    Cancelled,
    Unknown,
};

/// An error as a value: a kind, a translated message for people and a detail for the log.
/// Neither ever carries a secret.
struct Error {
    ErrorKind kind = ErrorKind::Unknown;
    QString message;       // plain words for the clerk (translated): text rendered when the error was made
    Text text;             // the same as data, for what is stored (the journal) and shown later
    QString detail;        // for the developer log and the journal (never a secret, never a traceback)
    int httpStatus = 0;    // 0 when no HTTP answer was received
    std::optional<qint64> retryAfterSecs; // from Retry-After when the server sent one
    bool requestMaybeSent = false; // true when the server may have acted on the request (outcome unknown)
    QString remoteClass;   // e.g. "odoo.exceptions.AccessError" when the server named one
    QString existingId;    // with AlreadyExists: the id the server named

    static Error make(ErrorKind kind, const Text &text, const QString &detail = {});
    /// A finished sentence cannot make an error: the journal would keep it in one language. Say it as a
    /// Text kind (Text.cpp), or, outside the engine, use plain().
    static Error make(ErrorKind kind, const QString &message, const QString &detail = {}) = delete;
#ifndef YSB_ENGINE
    /// An error from a sentence already in the reader's language, for the CLI, the GUI and the simulators
    /// (never stored by the engine). src/core is compiled with YSB_ENGINE, so it cannot call this.
    static Error plain(ErrorKind kind, const QString &message, const QString &detail = {})
    {
        return make(kind, Text::data(message), detail);
    }
#endif
    /// `text` and the `message` rendered from it, e.g. when a caller words a lower error in its own terms.
    void setText(const Text &newText);
    /// What the journal stores: `text`, or `message` as plain text when the error has no translatable text
    /// or when code changed `message` after make().
    Text asText() const;
    /// Network-level failures that prove the request never reached the server.
    bool provablyNotSent() const;
    /// The server refused who we are (Odoo AccessDenied, Ysell 401 or 403): nothing can work until the
    /// credentials are fixed, so a cycle stops at the first refusal instead of failing order by order.
    bool credentialsRefused() const;
    /// Machine name of the kind, stable, for the journal and JSON output ("tls", "timeout"…).
    static QString kindName(ErrorKind kind);
    QString kindName() const { return kindName(kind); }
};

} // namespace ysb
