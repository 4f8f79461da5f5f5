#pragma once

#include "journal/JsonScanner.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace ysb {

/// Which parts of what the bridge exchanges are secret: JSON keys, query items and headers by
/// their name, the password argument of Odoo's JSON-RPC calls by its position, and "Bearer …" or
/// "Basic …" values that really are credentials. Decides only; JsonScanner and Redactor rewrite.
class RedactionPolicy final {
public:
    /// The policy for one JSON body: finds out which JSON-RPC call it is, if any.
    explicit RedactionPolicy(const QByteArray &jsonBody);

    /// True for a JSON value that is to be masked, given where it sits.
    bool isSecretValue(const JsonScanner::Path &path) const;

    static bool isSecretKey(QStringView key);
    static bool isSecretHeader(QByteArrayView name);
    /// Position of the password (or API key) in params.args of a JSON-RPC call, or -1 for none.
    static int rpcSecretArg(QStringView service, QStringView method);
    /// True when the value after "Bearer" or "Basic" is a credential (not "Basic T-shirt").
    static bool isCredential(QStringView scheme, QStringView value);

private:
    int m_secretArg = -1;
};

} // namespace ysb
