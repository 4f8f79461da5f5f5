#include "RedactionPolicy.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ysb {
namespace {

// A member of the "params" object of a JSON-RPC request (depth 2), e.g. params.method.
bool isParamsMember(const JsonScanner::Path &path, QStringView member)
{
    return path.size() == 2 && path[0].object && path[0].key == u"params" && path[1].object
        && path[1].key == member;
}

// An element of params.args (depth 3).
bool isParamsArg(const JsonScanner::Path &path, int index)
{
    return path.size() == 3 && path[0].object && path[0].key == u"params" && path[1].object
        && path[1].key == u"args" && !path[2].object && path[2].index == index;
}

} // namespace

RedactionPolicy::RedactionPolicy(const QByteArray &jsonBody)
{
    // Only a JSON-RPC request names a service and method under "params" (possibly escaped).
    if (!jsonBody.contains("params") && !jsonBody.contains('\\'))
        return;
    // Key order is free, so "args" may precede "method": read the call before deciding anything.
    QString service, method;
    JsonScanner::replaceValues(
        jsonBody,
        [&](const JsonScanner::Path &path, QByteArrayView scalar) {
            if (!scalar.isEmpty() && isParamsMember(path, u"method"))
                method = JsonScanner::decodeString(scalar);
            else if (!scalar.isEmpty() && isParamsMember(path, u"service"))
                service = JsonScanner::decodeString(scalar);
            return false;
        },
        {});
    m_secretArg = rpcSecretArg(service, method);
}

bool RedactionPolicy::isSecretValue(const JsonScanner::Path &path) const
{
    if (path.isEmpty())
        return false;
    if (path.last().object)
        return isSecretKey(path.last().key);
    return m_secretArg >= 0 && isParamsArg(path, m_secretArg);
}

bool RedactionPolicy::isSecretKey(QStringView key)
{
    static const QSet<QString> exact = {
        u"password"_s, u"passwd"_s,      u"pwd"_s,          u"token"_s,         u"api_key"_s,
        u"apikey"_s,   u"api-key"_s,     u"secret"_s,       u"authorization"_s, u"access_token"_s,
        u"refresh_token"_s, u"client_secret"_s, u"session_id"_s, u"cookie"_s,   u"set-cookie"_s,
        u"x-api-key"_s, u"master_pwd"_s, u"new_password"_s, u"old_password"_s, u"key"_s,
    };
    const QString k = key.trimmed().toString().toLower();
    if (exact.contains(k))
        return true;
    // Anything spelled like a credential (odoo_password, x_api_key, auth_token, clientSecret…).
    return k.contains(u"password") || k.contains(u"passwd") || k.contains(u"secret")
        || k.contains(u"api_key") || k.contains(u"apikey") || k.contains(u"api-key")
        || k.endsWith(u"token") || k.contains(u"authorization");
}

bool RedactionPolicy::isSecretHeader(QByteArrayView name)
{
    const QByteArray n = name.trimmed().toByteArray().toLower();
    static const QSet<QByteArray> names = {"authorization", "proxy-authorization", "cookie", "set-cookie",
                                          "x-api-key", "api-key", "apikey", "x-auth-token",
                                          "x-openerp-session-id", "x-csrf-token", "x-access-token"};
    return names.contains(n) || isSecretKey(QString::fromLatin1(n));
}

int RedactionPolicy::rpcSecretArg(QStringView service, QStringView method)
{
    if (method == u"execute_kw" || method == u"execute" || method == u"execute_workflow")
        return 2;
    if (method == u"authenticate" || method == u"login")
        return 2;
    // db.* calls take the master password first, except the harmless listings.
    if (service == u"db") {
        static const QSet<QString> harmless = {u"list"_s, u"list_lang"_s, u"list_countries"_s,
                                               u"server_version"_s, u"db_exist"_s};
        return harmless.contains(method.toString()) ? -1 : 0;
    }
    return -1;
}

bool RedactionPolicy::isCredential(QStringView scheme, QStringView value)
{
    if (scheme.compare(u"bearer", Qt::CaseInsensitive) == 0)
        return value.size() >= 8;
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.contains(':');
}

} // namespace ysb
