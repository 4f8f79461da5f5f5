#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ysb {

/// Odoo JSON-RPC (/jsonrpc) envelopes and answers, as pure functions.
///
/// Odoo answers every failure with HTTP 200 and an "error" object naming the Python exception;
/// these functions turn that into a typed Error whose message is the server's own text (first line)
/// and never the traceback in "debug".
namespace OdooRpc {

/// The request body: {"jsonrpc":"2.0","method":"call","params":{"service","method","args"},"id"}.
QByteArray envelope(const QString &service, const QString &method, const QJsonArray &args, qint64 id);

/// The args of object.execute_kw: [db, uid, secret, model, method, args(, kwargs)].
/// kwargs is left out when empty, as the transcript does for calls without keywords.
QJsonArray executeKwArgs(const QString &database, int uid, const QString &secret, const QString &model,
                         const QString &method, const QJsonArray &args, const QJsonObject &kwargs = {});

/// Parses an answer of /jsonrpc. `database` names the database in the WrongDatabase message when
/// the server text does not. A missing "result" key (a method returning None) is a null value.
Result<QJsonValue> parseResponse(int httpStatus, const QByteArray &body, const QString &database = {});

/// The typed error for an Odoo "error" object ({"code","message","data":{"name","message","debug"}}).
Error errorFromObject(const QJsonObject &error, const QString &database = {});

/// The ErrorKind for a Python exception class as Odoo names it in error.data.name.
ErrorKind kindForRemoteClass(const QString &remoteClass);

} // namespace OdooRpc
} // namespace ysb
