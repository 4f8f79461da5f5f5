#pragma once

#include "net/HttpTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ysb {

/// Takes secrets out of whatever the journal, the logs or a support export keep. Pure functions:
/// secrets by name (JSON keys, JSON-RPC password arguments, headers, query items) and by value
/// (every registered secret, raw, JSON-escaped or URL-encoded).
class Redactor final {
public:
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;
    static constexpr qsizetype kMinSecretLength = 4;

    static QString mask() { return QStringLiteral("***"); }

    /// True for a JSON key or query item name whose value is secret by its name (case-insensitive).
    static bool isSecretKey(QStringView key);
    /// True for a header whose value is a credential (Authorization, Cookie, Set-Cookie, X-Api-Key…).
    static bool isSecretHeader(QByteArrayView name);

    /// The values worth looking for: non-empty, at least kMinSecretLength characters, no
    /// duplicates, longest first (so a secret containing another is masked whole).
    static QStringList usableSecrets(const QStringList &values);

    /// JSON bodies: secret keys and the password argument of JSON-RPC calls (object.execute_kw,
    /// object.execute, common.authenticate, common.login, db.*) become "***"; form bodies: secret
    /// items; then every secret value anywhere. Never fails: malformed input is scanned leniently.
    static QByteArray redactBody(const QByteArray &body, const QStringList &secrets);
    /// Every secret value (all its encodings) and "Bearer …"/"Basic …" credentials in free text.
    static QByteArray redactBytes(const QByteArray &bytes, const QStringList &secrets);
    static QString redactText(const QString &text, const QStringList &secrets);
    /// "Name: value" lines; credential headers masked, secret values masked in the others.
    static QString redactHeaders(const HeaderList &headers, const QStringList &secrets);
    /// Path and query only (no scheme, host or user info); secret query items masked.
    static QString redactUrl(const QString &url, const QStringList &secrets);

    struct Capped {
        QString text;
        bool truncated = false;
    };
    /// Decodes UTF-8 lossily (invalid bytes become U+FFFD) and keeps at most maxBytes of UTF-8,
    /// cut at a character boundary.
    static Capped capUtf8(const QByteArray &bytes, qsizetype maxBytes = kMaxBodyBytes);
    /// redactBody() then capUtf8(): what the journal stores for a body.
    static Capped storableBody(const QByteArray &body, const QStringList &secrets,
                               qsizetype maxBytes = kMaxBodyBytes);

    /// The encodings of one secret that the value pass looks for (raw UTF-8 first).
    static QList<QByteArray> secretForms(const QString &secret);
};

} // namespace ysb
