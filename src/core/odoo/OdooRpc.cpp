#include "odoo/OdooRpc.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ysb::OdooRpc {

namespace {

// Odoo messages are often a headline plus details on further lines; the headline is what a clerk
// needs. A headline ending in ':' announces a list, so the rest of its paragraph belongs to it.
QString plainMessage(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    QStringList kept;
    bool list = false;
    for (const QString &raw : lines) {
        const QString line = raw.simplified();
        if (line.isEmpty()) {
            if (kept.isEmpty() || (list && kept.last().endsWith(u':')))
                continue;
            break;
        }
        kept << line;
        if (!list) {
            if (!line.endsWith(u':'))
                break;
            list = true;
        }
    }
    return kept.join(u' ');
}

Text databaseNotFound(const QString &serverText, const QString &database)
{
    static const QRegularExpression re(u"database \"([^\"]+)\" does not exist"_s);
    const auto m = re.match(serverText);
    const QString name = m.hasMatch() ? m.captured(1) : database;
    if (name.isEmpty())
        return Text(TextKind::OdooCouldNotOpenDatabase).arg(plainMessage(serverText));
    return Text(TextKind::OdooHasNoDatabaseNamed).arg(name);
}

} // namespace

QByteArray envelope(const QString &service, const QString &method, const QJsonArray &args, qint64 id)
{
    const QJsonObject params{{u"service"_s, service}, {u"method"_s, method}, {u"args"_s, args}};
    const QJsonObject root{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"call"_s}, {u"params"_s, params},
                           {u"id"_s, id}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonArray executeKwArgs(const QString &database, int uid, const QString &secret, const QString &model,
                         const QString &method, const QJsonArray &args, const QJsonObject &kwargs)
{
    QJsonArray a{database, uid, secret, model, method, args};
    if (!kwargs.isEmpty())
        a.append(kwargs);
    return a;
}

ErrorKind kindForRemoteClass(const QString &remoteClass)
{
    static const QHash<QString, ErrorKind> kinds{
        {u"odoo.exceptions.AccessDenied"_s, ErrorKind::BadCredentials},
        {u"odoo.exceptions.AccessError"_s, ErrorKind::AccessRights},
        {u"odoo.exceptions.MissingError"_s, ErrorKind::MissingRecord},
        {u"odoo.exceptions.ValidationError"_s, ErrorKind::Validation},
        {u"odoo.exceptions.UserError"_s, ErrorKind::UserError},
        {u"builtins.ValueError"_s, ErrorKind::BadRequest},
        {u"builtins.KeyError"_s, ErrorKind::BadRequest},
        {u"psycopg2.OperationalError"_s, ErrorKind::WrongDatabase},
    };
    return kinds.value(remoteClass, ErrorKind::Unknown);
}

Error errorFromObject(const QJsonObject &error, const QString &database)
{
    const QJsonObject data = error.value(u"data"_s).toObject();
    const QString remoteClass = data.value(u"name"_s).toString();
    QString serverText = data.value(u"message"_s).toString();
    if (serverText.trimmed().isEmpty())
        serverText = error.value(u"message"_s).toString();

    Error e;
    e.kind = kindForRemoteClass(remoteClass);
    e.remoteClass = remoteClass;
    e.httpStatus = 200;
    // "debug" holds the server traceback: it is deliberately never read.
    const QString full = serverText.trimmed();
    e.detail = remoteClass.isEmpty() ? full : remoteClass + u": "_s + full;

    if (e.kind == ErrorKind::WrongDatabase) {
        e.setText(databaseNotFound(serverText, database));
    } else {
        // Odoo's own words are data, shown as they are in every language.
        const QString said = plainMessage(serverText);
        e.setText(said.isEmpty() ? Text(TextKind::OdooNoMessage) : Text::data(said));
    }
    return e;
}

Result<QJsonValue> parseResponse(int httpStatus, const QByteArray &body, const QString &database)
{
    if (httpStatus == 400) {
        // Odoo's answer to a malformed body or a wrong Content-Type is an HTML page, not JSON-RPC.
        Error e = Error::make(ErrorKind::BadRequest, Text(TextKind::OdooMalformed),
                              u"HTTP 400: "_s + QString::fromUtf8(body.left(200)).simplified());
        e.httpStatus = 400;
        return e;
    }
    if (httpStatus == 429 || httpStatus == 503) {
        Error e = Error::make(ErrorKind::RateLimited,
                              Text(TextKind::OdooBusy).arg(httpStatus),
                              u"HTTP %1"_s.arg(httpStatus));
        e.httpStatus = httpStatus;
        return e;
    }
    if (httpStatus != 200) {
        Error e = Error::make(ErrorKind::Http, Text(TextKind::OdooHttp).arg(httpStatus),
                              u"HTTP %1: "_s.arg(httpStatus) + QString::fromUtf8(body.left(200)).simplified());
        e.httpStatus = httpStatus;
        // A server error after the request arrived: Odoo may or may not have committed it.
        e.requestMaybeSent = httpStatus >= 500;
        return e;
    }

    auto protocol = [](const QString &detail) {
        Error e = Error::make(ErrorKind::Protocol, Text(TextKind::OdooNotJsonRpc), detail);
        e.httpStatus = 200;
        e.requestMaybeSent = true;
        return e;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return protocol(u"invalid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return protocol(u"the answer is not a JSON object"_s);
    const QJsonObject root = doc.object();
    if (root.value(u"jsonrpc"_s).toString() != u"2.0")
        return protocol(u"missing \"jsonrpc\":\"2.0\""_s);
    if (root.contains(u"error"_s)) {
        const QJsonValue err = root.value(u"error"_s);
        if (!err.isObject())
            return protocol(u"\"error\" is not an object"_s);
        return errorFromObject(err.toObject(), database);
    }
    // A Python method returning None gives no "result" key at all: that is success.
    return root.value(u"result"_s).isUndefined() ? QJsonValue(QJsonValue::Null) : root.value(u"result"_s);
}

} // namespace ysb::OdooRpc
