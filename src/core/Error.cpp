#include "Error.h"

namespace ysb {

Error Error::make(ErrorKind kind, const Text &text, const QString &detail)
{
    Error e;
    e.kind = kind;
    e.text = text;
    e.message = text.render();
    e.detail = detail;
    return e;
}

void Error::setText(const Text &newText)
{
    text = newText;
    message = newText.render();
}

Text Error::asText() const
{
    return text.kind() == TextKind::Data || text.render() != message ? Text::data(message) : text;
}

bool Error::provablyNotSent() const
{
    if (requestMaybeSent)
        return false;
    switch (kind) {
    case ErrorKind::Dns:
    case ErrorKind::Refused:
    case ErrorKind::Tls:
    case ErrorKind::InsecureUrl:
    case ErrorKind::Config:
    case ErrorKind::RateLimited:
        return true;
    default:
        return false;
    }
}

bool Error::credentialsRefused() const
{
    // Odoo's AccessError (a missing right on one model) arrives as JSON-RPC over HTTP 200; only an
    // HTTP 403 refuses the caller as a whole.
    return kind == ErrorKind::BadCredentials || (kind == ErrorKind::AccessRights && httpStatus == 403);
}

QString Error::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Config: return QStringLiteral("config");
    case ErrorKind::InsecureUrl: return QStringLiteral("insecure_url");
    case ErrorKind::Dns: return QStringLiteral("dns");
    case ErrorKind::Refused: return QStringLiteral("refused");
    case ErrorKind::Tls: return QStringLiteral("tls");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Http: return QStringLiteral("http");
    case ErrorKind::RateLimited: return QStringLiteral("rate_limited");
    case ErrorKind::BadCredentials: return QStringLiteral("bad_credentials");
    case ErrorKind::AccessRights: return QStringLiteral("access_rights");
    case ErrorKind::MissingRecord: return QStringLiteral("missing_record");
    case ErrorKind::Validation: return QStringLiteral("validation");
    case ErrorKind::UserError: return QStringLiteral("user_error");
    case ErrorKind::WrongDatabase: return QStringLiteral("wrong_database");
    case ErrorKind::BadRequest: return QStringLiteral("bad_request");
    case ErrorKind::Protocol: return QStringLiteral("protocol");
    case ErrorKind::AlreadyExists: return QStringLiteral("already_exists");
    case ErrorKind::Preflight: return QStringLiteral("preflight");
    case ErrorKind::Storage: return QStringLiteral("storage");
    case ErrorKind::Keychain: return QStringLiteral("keychain");
    case ErrorKind::Busy: return QStringLiteral("busy");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

} // namespace ysb
