#include "OdooSim.h"

#include "OdooActivities.h"
#include "OdooDemoData.h"
#include "OdooModel.h"
#include "OdooModelSchema.h"

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ysb::sim {

namespace {

// Marks "the method returned None": the answer then has no "result" key at all.
const QJsonValue kNone = QJsonValue(QJsonValue::Undefined);

QByteArray badRequestBody(const QString &why)
{
    return (u"<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n<p>"_s
            + why.toHtmlEscaped() + u"</p>\n"_s)
        .toUtf8();
}

QString pyTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return u"NoneType"_s;
    case QJsonValue::Bool: return u"bool"_s;
    case QJsonValue::Double: return u"int"_s;
    case QJsonValue::String: return u"str"_s;
    case QJsonValue::Array: return u"list"_s;
    case QJsonValue::Object: return u"dict"_s;
    }
    return u"object"_s;
}

Error typeError(const QString &message) { return odooFault(u"builtins.TypeError"_s, message); }
Error valueError(const QString &message) { return odooFault(u"builtins.ValueError"_s, message); }

// Python-style binding of positional args and keyword args to named parameters.
Result<QList<QJsonValue>> bindArgs(const QString &fn, const QJsonArray &args, const QJsonObject &kwargs,
                                   const QStringList &names, int required)
{
    if (args.size() > names.size()) {
        return typeError(u"%1() takes from %2 to %3 positional arguments but %4 were given"_s.arg(fn)
                             .arg(required + 1)
                             .arg(names.size() + 1)
                             .arg(args.size() + 1));
    }
    QList<QJsonValue> out(names.size(), kNone);
    for (qsizetype i = 0; i < args.size(); ++i)
        out[i] = args.at(i);
    for (auto it = kwargs.begin(); it != kwargs.end(); ++it) {
        const qsizetype idx = names.indexOf(it.key());
        if (idx < 0)
            return typeError(u"%1() got an unexpected keyword argument '%2'"_s.arg(fn, it.key()));
        if (idx < args.size())
            return typeError(u"%1() got multiple values for argument '%2'"_s.arg(fn, it.key()));
        out[idx] = it.value();
    }
    for (int i = 0; i < required; ++i) {
        if (out.at(i).isUndefined())
            return typeError(u"%1() missing 1 required positional argument: '%2'"_s.arg(fn, names.at(i)));
    }
    return out;
}

Result<QList<int>> toIds(const QString &model, const QJsonValue &v)
{
    QList<int> ids;
    if (v.isDouble()) {
        ids.append(v.toInt());
        return ids;
    }
    if (v.isUndefined() || v.isNull() || (v.isBool() && !v.toBool()))
        return ids;
    if (!v.isArray())
        return valueError(u"Invalid ids for %1: %2"_s.arg(model, OdooStore::pyRepr(v)));
    for (const auto &e : v.toArray()) {
        if (!e.isDouble())
            return typeError(u"'<' not supported between instances of '%1' and 'int'"_s.arg(pyTypeName(e)));
        ids.append(e.toInt());
    }
    return ids;
}

int intOr(const QJsonValue &v, int fallback)
{
    return v.isDouble() ? v.toInt() : fallback;
}

QString recordsRepr(const QString &model, const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts.append(QString::number(id));
    // Python's repr of a recordset: a single id keeps the tuple's trailing comma.
    return u"%1(%2%3)"_s.arg(model, parts.join(u", "_s), ids.size() == 1 ? u","_s : QString());
}

QString accessMessage(const QString &operation, const QString &description, const QString &model,
                      const QString &group)
{
    return u"You are not allowed to %1 '%2' (%3) records.\n\nThis operation is allowed for the following groups:\n"
           u"\t- %4\n\nContact your administrator to request access if necessary."_s.arg(operation, description, model,
                                                                                        group);
}

} // namespace

/// The JSON-RPC dispatcher and the model methods; nested so it sees OdooSim's counters.
class OdooSim::Impl final {
public:
    explicit Impl(OdooSim &sim)
        : q(sim)
        , s(*sim.m_store)
        , activities(*sim.m_store, [this](int uid, const QString &model, int id) { return mayWrite(uid, model, id); })
    {
    }

    Result<QJsonValue> dispatch(const QString &service, const QString &method, const QJsonArray &args);

private:
    struct Call {
        QString model;
        QString method;
        QJsonArray args;
        QJsonObject kwargs;
        QJsonObject context;
        int uid = 0;
    };
    Result<QJsonValue> common(const QString &method, const QJsonArray &args);
    Result<QJsonValue> executeKw(const QJsonArray &args);
    Result<QJsonValue> call(const Call &c);
    Result<QJsonValue> create(const Call &c);
    Result<QJsonValue> createCustomFields(const Call &c, const QJsonArray &valsList, bool single);
    std::optional<Error> messageCreateRefused(const Call &c, const QJsonArray &valsList);
    Result<QJsonValue> unlinkFields(const QList<int> &ids);
    Result<QJsonValue> messagePost(const Call &c);
    std::optional<Error> fault(const QString &key, const QString &model);
    Error wrongDb(const QString &db) const;
    std::optional<int> userFor(const QString &login) const;
    static QStringList groupsOf(int uid);
    static std::optional<QString> refusedBy(int uid, const QString &model, const QString &operation);
    static QJsonValue withRecordRules(int uid, const QString &model, const QJsonValue &domain);
    std::optional<Error> checkRecordRules(const Call &c, const QList<int> &ids, const QString &operation);
    /// May `uid` change this document, by model access and record rules (mail's _mail_post_access).
    bool mayWrite(int uid, const QString &model, int id);
    Result<QJsonValue> activityMethod(const Call &c);

    OdooSim &q;
    OdooStore &s;
    OdooActivities activities;
};

Error OdooSim::Impl::wrongDb(const QString &db) const
{
    return odooFault(u"psycopg2.OperationalError"_s,
                     u"connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \"%1\" does not exist\n"_s
                         .arg(db));
}

std::optional<int> OdooSim::Impl::userFor(const QString &login) const
{
    if (login == q.m_options.login)
        return odooids::kAdminUid;
    for (const SimUser &u : odooUsers()) {
        if (u.uid != odooids::kAdminUid && u.login == login)
            return u.uid;
    }
    return std::nullopt;
}

QStringList OdooSim::Impl::groupsOf(int uid)
{
    const SimUser *u = odooUser(uid);
    return u ? u->groups : QStringList();
}

// Odoo's ir.model.access for the models the bridge and the transcripts touch: which group may do
// what. Administrators (Settings) may do everything; nullopt = allowed, else the group to name.
std::optional<QString> OdooSim::Impl::refusedBy(int uid, const QString &model, const QString &operation)
{
    const QStringList g = groupsOf(uid);
    if (g.contains(u"base.group_system"_s))
        return std::nullopt;
    const bool read = operation == u"read"_s;
    const bool sales = g.contains(u"sales_team.group_sale_salesman"_s);
    const bool stock = g.contains(u"stock.group_stock_user"_s);
    if (model.startsWith(u"ir.model.fields"_s))
        return u"Administration/Access Rights"_s; // tag 4j.fields.search_count.nonadmin
    if (model == u"ir.model"_s || model == u"ir.model.data"_s)
        return read ? std::nullopt : std::optional<QString>(u"Administration/Access Rights"_s);
    if (model == u"sale.order"_s || model == u"sale.order.line"_s) {
        if (operation == u"unlink"_s)
            return u"Sales/Administrator"_s;
        return sales ? std::nullopt : std::optional<QString>(u"Sales/User: Own Documents Only"_s);
    }
    if (model == u"stock.picking"_s || model == u"stock.move"_s || model == u"stock.move.line"_s
        || model == u"stock.lot"_s || model == u"procurement.group"_s) {
        // Salespeople see the deliveries of their orders; only Inventory users make them.
        if (stock || (read && sales))
            return std::nullopt;
        return u"Inventory/User"_s;
    }
    if (model == u"stock.quant"_s) {
        if (read || (stock && operation != u"unlink"_s))
            return std::nullopt;
        return u"Inventory/User"_s;
    }
    if (model == u"stock.location"_s || model == u"stock.warehouse"_s || model == u"stock.picking.type"_s)
        return read ? std::nullopt : std::optional<QString>(u"Inventory/Administrator"_s);
    if (model == u"mail.message"_s)
        return operation == u"unlink"_s ? std::optional<QString>(u"Administration/Settings"_s) : std::nullopt;
    if (model == u"mail.activity"_s) // every internal user; the document's access decides (OdooActivities)
        return g.contains(u"base.group_user"_s) ? std::nullopt : std::optional<QString>(u"Internal User"_s);
    if (model == u"res.partner"_s && (sales || stock) && operation != u"unlink"_s)
        return std::nullopt;
    return read ? std::nullopt : std::optional<QString>(u"Administration/Settings"_s);
}

// The "own documents" record rule of Sales "User: Own Documents Only": orders of this salesperson
// or of none. Searches are narrowed silently (tag 4j.sale.search_count.own_docs).
QJsonValue OdooSim::Impl::withRecordRules(int uid, const QString &model, const QJsonValue &domain)
{
    const QStringList g = groupsOf(uid);
    if (g.contains(u"base.group_system"_s) || g.contains(u"sales_team.group_sale_salesman_all_leads"_s))
        return domain;
    QString field;
    if (model == u"sale.order"_s)
        field = u"user_id"_s;
    else if (model == u"sale.order.line"_s)
        field = u"order_id.user_id"_s;
    else
        return domain;
    QJsonArray out = domain.isArray() ? domain.toArray() : QJsonArray();
    out.append(u"|"_s);
    out.append(QJsonArray{field, u"="_s, uid});
    out.append(QJsonArray{field, u"="_s, false});
    return out;
}

std::optional<Error> OdooSim::Impl::checkRecordRules(const Call &c, const QList<int> &ids, const QString &operation)
{
    const QJsonValue narrowed = withRecordRules(c.uid, c.model, QJsonValue(QJsonArray()));
    if (narrowed.toArray().isEmpty() || ids.isEmpty())
        return std::nullopt;
    QJsonArray idList;
    for (int id : ids) {
        if (s.model(c.model)->record(id))
            idList.append(id);
    }
    const QJsonValue domain = withRecordRules(c.uid, c.model, QJsonArray{QJsonArray{u"id"_s, u"in"_s, idList}});
    const qsizetype visible = s.search(c.model, domain).valueOr(QList<int>()).size();
    if (visible == idList.size())
        return std::nullopt;
    const SimUser *u = odooUser(c.uid);
    return odooFault(u"odoo.exceptions.AccessError"_s,
                     u"Uh-oh! Looks like you have stumbled upon some top-secret records.\n\nSorry, %1 (id=%2) doesn't "
                     u"have '%3' access to:\n- %4 (%5)\n\nIf you really, really need access, perhaps you can win over "
                     u"your friendly administrator with a batch of freshly baked cookies."_s.arg(u ? u->name : QString())
                         .arg(c.uid)
                         .arg(operation, s.model(c.model)->description, c.model));
}

std::optional<Error> OdooSim::Impl::fault(const QString &key, const QString &model)
{
    for (qsizetype i = 0; i < q.m_faults.size(); ++i) {
        Fault &f = q.m_faults[i];
        if (f.target != u"*"_s && f.target != key)
            continue;
        if (f.count == 0)
            continue;
        if (f.rate < 1.0 && QRandomGenerator::global()->generateDouble() >= f.rate)
            continue;
        if (f.count > 0)
            --f.count;
        const QString m = model.isEmpty() ? u"res.users"_s : model;
        if (f.kind == u"access_denied"_s)
            return odooFault(u"odoo.exceptions.AccessDenied"_s, u"Access Denied"_s);
        if (f.kind == u"access_error"_s) {
            const OdooModel *om = s.model(m);
            return odooFault(u"odoo.exceptions.AccessError"_s,
                             accessMessage(u"access"_s, om ? om->description : m, m, u"Administration/Settings"_s));
        }
        if (f.kind == u"validation_error"_s)
            return odooFault(u"odoo.exceptions.ValidationError"_s,
                             u"The operation cannot be completed: simulated validation error on %1"_s.arg(m));
        if (f.kind == u"user_error"_s)
            return odooFault(u"odoo.exceptions.UserError"_s, u"Simulated user error on %1"_s.arg(m));
        if (f.kind == u"missing_error"_s)
            return odooFault(u"odoo.exceptions.MissingError"_s,
                             u"Record does not exist or has been deleted.\n(Record: %1(0,), User: 2)"_s.arg(m));
        if (f.kind == u"wrong_db"_s)
            return wrongDb(q.m_options.database);
    }
    return std::nullopt;
}

Result<QJsonValue> OdooSim::Impl::dispatch(const QString &service, const QString &method, const QJsonArray &args)
{
    if (service == u"common"_s)
        return common(method, args);
    if (service == u"object"_s) {
        if (method != u"execute_kw"_s && method != u"execute"_s)
            return odooFault(u"builtins.NameError"_s, u"Method not available %1"_s.arg(method));
        if (method == u"execute"_s) {
            // execute(db, uid, pw, model, method, *args): same as execute_kw without kwargs.
            QJsonArray kwArgs;
            for (qsizetype i = 0; i < std::min<qsizetype>(5, args.size()); ++i)
                kwArgs.append(args.at(i));
            QJsonArray rest;
            for (qsizetype i = 5; i < args.size(); ++i)
                rest.append(args.at(i));
            kwArgs.append(rest);
            return executeKw(kwArgs);
        }
        return executeKw(args);
    }
    if (service == u"db"_s && method == u"list"_s)
        return odooFault(u"odoo.exceptions.AccessDenied"_s, u"Access Denied"_s);
    return odooFault(u"builtins.NameError"_s, u"Service %1 not found"_s.arg(service));
}

Result<QJsonValue> OdooSim::Impl::common(const QString &method, const QJsonArray &args)
{
    const QString key = u"common."_s + method;
    q.m_calls[key]++;
    if (method == u"version"_s) {
        return QJsonValue(QJsonObject{{u"server_version"_s, u"17.0-20240709"_s},
                                      {u"server_version_info"_s, QJsonArray{17, 0, 0, u"final"_s, 0, u""_s}},
                                      {u"server_serie"_s, u"17.0"_s},
                                      {u"protocol_version"_s, 1}});
    }
    if (method == u"about"_s)
        return QJsonValue(u"See http://openerp.com"_s);
    if (method != u"authenticate"_s && method != u"login"_s)
        return odooFault(u"builtins.KeyError"_s, u"'dispatch'"_s);
    const int expected = method == u"login"_s ? 3 : 4;
    if (args.size() != expected) {
        return typeError(u"exp_%1() takes %2 positional arguments but %3 were given"_s.arg(method)
                             .arg(expected)
                             .arg(args.size()));
    }
    if (args.at(0).toString() != q.m_options.database)
        return wrongDb(args.at(0).toString());
    if (auto f = fault(key, {})) {
        if (f->remoteClass == u"odoo.exceptions.AccessDenied"_s)
            return QJsonValue(false); // authenticate answers false for refused credentials
        return *f;
    }
    const auto uid = userFor(args.at(1).toString());
    if (!uid || !args.at(2).isString() || args.at(2).toString() != q.m_options.password)
        return QJsonValue(false);
    return QJsonValue(*uid);
}

Result<QJsonValue> OdooSim::Impl::executeKw(const QJsonArray &args)
{
    if (args.size() < 6 || args.size() > 7) {
        return typeError(u"execute_kw() takes from 6 to 7 positional arguments but %1 were given"_s.arg(args.size()));
    }
    const QString model = args.at(3).toString();
    const QString method = args.at(4).toString();
    const QString key = model + u'.' + method;
    q.m_calls[key]++;
    if (args.at(0).toString() != q.m_options.database)
        return wrongDb(args.at(0).toString());

    // uid: Odoo runs int(uid) before checking the password.
    const QJsonValue uidv = args.at(1);
    int uid = 0;
    if (uidv.isDouble()) {
        uid = static_cast<int>(uidv.toDouble());
    } else if (uidv.isBool()) {
        uid = uidv.toBool() ? 1 : 0;
    } else if (uidv.isString()) {
        bool ok = false;
        uid = uidv.toString().trimmed().toInt(&ok);
        if (!ok)
            return valueError(u"invalid literal for int() with base 10: %1"_s.arg(OdooStore::pyRepr(uidv)));
    } else {
        return typeError(u"int() argument must be a string, a bytes-like object or a real number, not '%1'"_s.arg(
            pyTypeName(uidv)));
    }
    const SimUser *user = odooUser(uid);
    if (!user || !args.at(2).isString() || args.at(2).toString() != q.m_options.password)
        return odooFault(u"odoo.exceptions.AccessDenied"_s, u"Access Denied"_s);
    q.m_callsByLogin[uid == odooids::kAdminUid ? q.m_options.login : user->login]++;

    if (!s.model(model))
        return odooFault(u"odoo.exceptions.UserError"_s, u"Object %1 doesn't exist"_s.arg(model));
    if (method.startsWith(u'_'))
        return odooFault(u"odoo.exceptions.AccessError"_s,
                         u"Private methods (such as %1) cannot be called remotely."_s.arg(method));
    if (!args.at(5).isArray())
        return typeError(u"execute_kw() argument after * must be an iterable, not %1"_s.arg(pyTypeName(args.at(5))));
    Call c;
    c.model = model;
    c.method = method;
    c.args = args.at(5).toArray();
    c.kwargs = args.size() > 6 ? args.at(6).toObject() : QJsonObject();
    c.context = c.kwargs.take(u"context"_s).toObject();
    c.uid = uid;
    return call(c);
}

Result<QJsonValue> OdooSim::Impl::call(const Call &c)
{
    static const QStringList generic = {u"search"_s, u"search_read"_s, u"search_count"_s, u"read"_s,
                                        u"write"_s,  u"create"_s,      u"unlink"_s,       u"web_search_read"_s,
                                        u"web_read"_s, u"fields_get"_s, u"name_search"_s, u"check_access_rights"_s};
    static const QHash<QString, QStringList> specific = {
        {u"sale.order"_s, {u"message_post"_s, u"action_confirm"_s, u"action_cancel"_s}},
        {u"stock.picking"_s, {u"action_cancel"_s, u"action_confirm"_s, u"action_assign"_s, u"button_validate"_s,
                              u"message_post"_s}},
        {u"stock.quant"_s, {u"action_apply_inventory"_s}},
        {u"ir.model.data"_s, {u"check_object_reference"_s}},
        {u"res.users"_s, {u"has_group"_s}},
        {u"mail.activity"_s, {u"action_feedback"_s, u"action_done"_s}},
    };
    if (!generic.contains(c.method) && !specific.value(c.model).contains(c.method)) {
        return odooFault(u"builtins.AttributeError"_s,
                         u"The method '%1' does not exist on the model '%2'"_s.arg(c.method, c.model));
    }
    if (auto f = fault(c.model + u'.' + c.method, c.model))
        return *f;

    const OdooModel *m = s.model(c.model);
    const QString fn = u"BaseModel."_s + c.method;
    if (c.method == u"check_access_rights"_s) {
        auto b = bindArgs(fn, c.args, c.kwargs, {u"operation"_s, u"raise_exception"_s}, 1);
        if (!b)
            return b.error();
        const QString op = b->at(0).toString();
        if (op != u"read"_s && op != u"write"_s && op != u"create"_s && op != u"unlink"_s)
            return valueError(u"Invalid access mode"_s);
        const auto refused = refusedBy(c.uid, c.model, op);
        const bool raise = b->at(1).isUndefined() || b->at(1).toBool();
        if (refused && raise)
            return odooFault(u"odoo.exceptions.AccessError"_s, accessMessage(op == u"read"_s ? u"access"_s
                                                                              : op == u"write"_s ? u"modify"_s
                                                                              : op == u"unlink"_s ? u"delete"_s : op,
                                                                              m->description, c.model, *refused));
        return QJsonValue(!refused.has_value());
    }
    if (c.method == u"has_group"_s) {
        auto b = bindArgs(u"Users.has_group"_s, c.args, c.kwargs, {u"group_ext_id"_s}, 1);
        if (!b)
            return b.error();
        const QString group = b->at(0).toString();
        if (!group.contains(u'.'))
            return valueError(u"External ID must be fully qualified"_s);
        return QJsonValue(groupsOf(c.uid).contains(group));
    }
    // Model access (ir.model.access): the operation each method needs.
    static const QStringList readers = {u"search"_s, u"search_read"_s, u"search_count"_s, u"read"_s,
                                        u"web_read"_s, u"web_search_read"_s, u"name_search"_s};
    QString operation;
    if (readers.contains(c.method))
        operation = u"read"_s;
    else if (c.method == u"create"_s || c.method == u"unlink"_s)
        operation = c.method;
    else if (c.method != u"fields_get"_s && c.method != u"check_object_reference"_s)
        operation = u"write"_s; // write, message_post, action_*, button_validate
    if (!operation.isEmpty()) {
        if (const auto refused = refusedBy(c.uid, c.model, operation)) {
            const QString verb = operation == u"read"_s ? u"access"_s
                                 : operation == u"write"_s ? u"modify"_s
                                 : operation == u"unlink"_s ? u"delete"_s : operation;
            return odooFault(u"odoo.exceptions.AccessError"_s, accessMessage(verb, m->description, c.model, *refused));
        }
    }
    static const QStringList byIds = {u"read"_s, u"web_read"_s, u"write"_s, u"unlink"_s, u"message_post"_s};
    if ((byIds.contains(c.method) || (!readers.contains(c.method) && c.method.startsWith(u"action_"_s)))
        && !c.args.isEmpty()) {
        if (auto ids = toIds(c.model, c.args.at(0)); ids.ok()) {
            if (auto denied = checkRecordRules(c, ids.value(), operation))
                return *denied;
        }
    }
    static const QStringList activityChanges = {u"write"_s, u"unlink"_s, u"action_feedback"_s, u"action_done"_s};
    if (c.model == u"mail.activity"_s && activityChanges.contains(c.method))
        return activityMethod(c);

    if (c.method == u"search"_s || c.method == u"search_read"_s) {
        const bool isRead = c.method == u"search_read"_s;
        const QStringList names = isRead ? QStringList{u"domain"_s, u"fields"_s, u"offset"_s, u"limit"_s, u"order"_s, u"load"_s}
                                         : QStringList{u"domain"_s, u"offset"_s, u"limit"_s, u"order"_s, u"count"_s};
        auto b = bindArgs(fn, c.args, c.kwargs, names, isRead ? 0 : 1);
        if (!b)
            return b.error();
        const QList<QJsonValue> &a = b.value();
        const int off = isRead ? 2 : 1;
        auto ids = s.search(c.model, withRecordRules(c.uid, c.model, a.at(0)), a.at(off + 2).toString(),
                            intOr(a.at(off + 1), -1), intOr(a.at(off), 0));
        if (!ids)
            return ids.error();
        if (c.model == u"mail.activity"_s) // filtered after the limit, as mail.activity._search does
            ids = activities.visible(c.uid, ids.value());
        if (!isRead) {
            QJsonArray out;
            for (int id : ids.value())
                out.append(id);
            return QJsonValue(out);
        }
        auto rows = s.read(c.model, ids.value(), a.at(1));
        if (!rows)
            return rows.error();
        return QJsonValue(rows.value());
    }
    if (c.method == u"search_count"_s) {
        auto b = bindArgs(fn, c.args, c.kwargs, {u"domain"_s, u"limit"_s}, 1);
        if (!b)
            return b.error();
        auto n = s.searchCount(c.model, withRecordRules(c.uid, c.model, b->at(0)));
        if (!n)
            return n.error();
        const int limit = intOr(b->at(1), -1);
        return QJsonValue(limit >= 0 ? std::min<qsizetype>(limit, n.value()) : n.value());
    }
    if (c.method == u"read"_s || c.method == u"web_read"_s) {
        const bool web = c.method == u"web_read"_s;
        auto b = bindArgs(fn, c.args, c.kwargs,
                          web ? QStringList{u"ids"_s, u"specification"_s} : QStringList{u"ids"_s, u"fields"_s, u"load"_s},
                          web ? 2 : 1);
        if (!b)
            return b.error();
        auto ids = toIds(c.model, b->at(0));
        if (!ids)
            return ids.error();
        if (!web) {
            auto rows = s.read(c.model, ids.value(), b->at(1));
            if (!rows)
                return rows.error();
            return QJsonValue(rows.value());
        }
        QJsonArray out;
        for (int id : ids.value()) {
            if (!m->record(id))
                continue;
            auto rec = s.readSpec(c.model, id, b->at(1).toObject());
            if (!rec)
                return rec.error();
            out.append(rec.value());
        }
        return QJsonValue(out);
    }
    if (c.method == u"web_search_read"_s) {
        auto b = bindArgs(fn, c.args, c.kwargs,
                          {u"domain"_s, u"specification"_s, u"offset"_s, u"limit"_s, u"order"_s, u"count_limit"_s}, 2);
        if (!b)
            return b.error();
        const QList<QJsonValue> &a = b.value();
        auto all = s.search(c.model, withRecordRules(c.uid, c.model, a.at(0)), a.at(4).toString());
        if (!all)
            return all.error();
        const int offset = std::max(0, intOr(a.at(2), 0));
        const int limit = intOr(a.at(3), -1);
        QList<int> page = all->mid(offset);
        if (limit >= 0 && page.size() > limit)
            page.resize(limit);
        QJsonArray records;
        for (int id : page) {
            auto rec = s.readSpec(c.model, id, a.at(1).toObject());
            if (!rec)
                return rec.error();
            records.append(rec.value());
        }
        return QJsonValue(QJsonObject{{u"length"_s, all->size()}, {u"records"_s, records}});
    }
    if (c.method == u"fields_get"_s) {
        auto b = bindArgs(fn, c.args, c.kwargs, {u"allfields"_s, u"attributes"_s}, 0);
        if (!b)
            return b.error();
        auto r = s.fieldsGet(c.model, b->at(0), b->at(1));
        if (!r)
            return r.error();
        return QJsonValue(r.value());
    }
    if (c.method == u"name_search"_s) {
        auto b = bindArgs(fn, c.args, c.kwargs, {u"name"_s, u"args"_s, u"operator"_s, u"limit"_s}, 0);
        if (!b)
            return b.error();
        auto ids = s.search(c.model, withRecordRules(c.uid, c.model, b->at(1)), {}, intOr(b->at(3), 100));
        if (!ids)
            return ids.error();
        const QString needle = b->at(0).toString();
        QJsonArray out;
        for (int id : ids.value()) {
            const QString dn = s.displayName(c.model, id);
            if (needle.isEmpty() || dn.contains(needle, Qt::CaseInsensitive))
                out.append(QJsonArray{id, dn});
        }
        return QJsonValue(out);
    }
    if (c.method == u"create"_s)
        return create(c);
    if (c.method == u"write"_s) {
        auto b = bindArgs(fn, c.args, c.kwargs, {u"ids"_s, u"vals"_s}, 2);
        if (!b)
            return b.error();
        auto ids = toIds(c.model, b->at(0));
        if (!ids)
            return ids.error();
        if (!b->at(1).isObject())
            return typeError(u"'%1' object is not a mapping"_s.arg(pyTypeName(b->at(1))));
        if (c.model == u"ir.model.fields"_s)
            return odooFault(u"odoo.exceptions.UserError"_s, u"Changing the type of a field is not yet supported."_s);
        if (Status st = s.write(c.model, ids.value(), b->at(1).toObject()); !st)
            return st.error();
        return QJsonValue(true);
    }
    if (c.method == u"unlink"_s) {
        auto b = bindArgs(fn, c.args, c.kwargs, {u"ids"_s}, 1);
        if (!b)
            return b.error();
        auto ids = toIds(c.model, b->at(0));
        if (!ids)
            return ids.error();
        if (c.model == u"ir.model.fields"_s)
            return unlinkFields(ids.value());
        if (c.model == u"sale.order"_s) {
            for (int id : ids.value()) {
                const QString st = s.str(c.model, id, u"state"_s);
                if (st == u"sale"_s || st == u"sent"_s)
                    return odooFault(u"odoo.exceptions.UserError"_s,
                                     u"You can not delete a sent quotation or a confirmed sales order. You must first cancel it."_s);
            }
        }
        s.unlink(c.model, ids.value());
        return QJsonValue(true);
    }

    // Model-specific methods: the records are the first positional argument.
    if (c.method == u"message_post"_s)
        return messagePost(c);
    if (c.method == u"check_object_reference"_s) {
        auto b = bindArgs(u"IrModelData.check_object_reference"_s, c.args, c.kwargs,
                          {u"module"_s, u"xml_id"_s, u"raise_on_access_error"_s}, 2);
        if (!b)
            return b.error();
        const QString module = b->at(0).toString();
        const QString name = b->at(1).toString();
        const QJsonValue domain = QJsonArray{QJsonArray{u"module"_s, u"="_s, module}, QJsonArray{u"name"_s, u"="_s, name}};
        const QList<int> found = s.search(u"ir.model.data"_s, domain).valueOr(QList<int>());
        if (found.isEmpty())
            return valueError(u"External ID not found in the system: %1.%2"_s.arg(module, name));
        return QJsonValue(QJsonArray{s.raw(u"ir.model.data"_s, found.first(), u"model"_s),
                                     s.raw(u"ir.model.data"_s, found.first(), u"res_id"_s)});
    }
    if (c.args.isEmpty())
        return typeError(u"%1.%2() missing 1 required positional argument: 'self'"_s.arg(c.model, c.method));
    auto ids = toIds(c.model, c.args.at(0));
    if (!ids)
        return ids.error();
    QList<int> missing;
    for (int id : ids.value()) {
        if (!m->record(id))
            missing.append(id);
    }
    if (!missing.isEmpty()) {
        return odooFault(u"odoo.exceptions.MissingError"_s,
                         u"Record does not exist or has been deleted.\n(Record: %1, User: %2)"_s.arg(
                             recordsRepr(c.model, missing))
                             .arg(c.uid));
    }
    if (c.model == u"sale.order"_s && c.method == u"action_confirm"_s) {
        for (int id : ids.value()) {
            if (Status st = confirmSaleOrder(s, id); !st)
                return st.error();
        }
        return QJsonValue(true);
    }
    if (c.model == u"sale.order"_s && c.method == u"action_cancel"_s) {
        for (int id : ids.value()) {
            for (const auto &p : s.raw(c.model, id, u"picking_ids"_s).toArray()) {
                if (s.str(u"stock.picking"_s, p.toInt(), u"state"_s) != u"done"_s)
                    cancelPicking(s, p.toInt());
            }
            s.setRaw(c.model, id, u"state"_s, u"cancel"_s);
        }
        return QJsonValue(true);
    }
    if (c.model == u"stock.picking"_s) {
        for (int id : ids.value()) {
            if (c.method == u"action_cancel"_s)
                cancelPicking(s, id);
            else if (c.method == u"action_confirm"_s || c.method == u"action_assign"_s)
                confirmPicking(s, id);
        }
        if (c.method == u"button_validate"_s) {
            if (!c.context.value(u"skip_sms"_s).toBool()) {
                // Odoo 17 with stock_sms asks for an SMS confirmation first (tag 4g.B.button_validate);
                // button_validate has confirmed draft pickings by then, and that stays (tag 4g.A.read).
                QJsonArray pickIds;
                for (int id : ids.value()) {
                    pickIds.append(id);
                    confirmPicking(s, id);
                }
                return QJsonValue(QJsonObject{{u"name"_s, u"SMS"_s},
                                              {u"type"_s, u"ir.actions.act_window"_s},
                                              {u"view_mode"_s, u"form"_s},
                                              {u"res_model"_s, u"confirm.stock.sms"_s},
                                              {u"views"_s, QJsonArray{QJsonValue(QJsonArray{1047, u"form"_s})}},
                                              {u"view_id"_s, 1047},
                                              {u"target"_s, u"new"_s},
                                              {u"res_id"_s, 1},
                                              {u"context"_s, QJsonObject{{u"button_validate_picking_ids"_s, pickIds}}}});
            }
            for (int id : ids.value()) {
                if (Status st = validatePicking(s, id); !st)
                    return st.error();
            }
        }
        return QJsonValue(true);
    }
    if (c.model == u"stock.quant"_s && c.method == u"action_apply_inventory"_s) {
        for (int id : ids.value()) {
            s.setRaw(c.model, id, u"quantity"_s,
                     s.num(c.model, id, u"quantity"_s) + s.num(c.model, id, u"inventory_quantity"_s));
            s.setRaw(c.model, id, u"inventory_quantity"_s, 0.0);
        }
        return kNone;
    }
    return odooFault(u"builtins.AttributeError"_s,
                     u"The method '%1' does not exist on the model '%2'"_s.arg(c.method, c.model));
}

Result<QJsonValue> OdooSim::Impl::create(const Call &c)
{
    auto b = bindArgs(u"BaseModel.create"_s, c.args, c.kwargs, {u"vals_list"_s}, 1);
    if (!b)
        return b.error();
    const QJsonValue arg = b->at(0);
    const bool single = arg.isObject();
    if (!single && !arg.isArray())
        return typeError(u"'%1' object is not a mapping"_s.arg(pyTypeName(arg)));
    const QJsonArray list = single ? QJsonArray{arg} : arg.toArray();
    for (const auto &v : list) {
        if (!v.isObject())
            return typeError(u"'%1' object is not a mapping"_s.arg(pyTypeName(v)));
    }
    if (c.model == u"ir.model.fields"_s)
        return createCustomFields(c, list, single);
    if (c.model == u"mail.message"_s) {
        if (auto refused = messageCreateRefused(c, list))
            return *refused;
    }
    if (c.model == u"mail.activity"_s)
        return activities.create(c.uid, list, single);
    QJsonArray ids;
    for (const auto &v : list) {
        QJsonObject vals = v.toObject();
        if (c.model == u"stock.quant"_s && c.context.value(u"inventory_mode"_s).toBool())
            vals.remove(u"quantity"_s); // in inventory mode only the counted quantity is set
        auto id = s.create(c.model, vals);
        if (!id)
            return id.error();
        ids.append(id.value());
        if (c.model == u"stock.picking"_s)
            q.m_createdPickings.append(id.value());
    }
    return single ? ids.first() : QJsonValue(ids);
}

Result<QJsonValue> OdooSim::Impl::createCustomFields(const Call &c, const QJsonArray &valsList, bool single)
{
    Q_UNUSED(c)
    QJsonArray ids;
    for (const auto &v : valsList) {
        QJsonObject vals = v.toObject();
        const QString name = vals.value(u"name"_s).toString();
        if (!name.startsWith(u"x_"_s))
            return odooFault(u"odoo.exceptions.ValidationError"_s,
                             u"The operation cannot be completed: Custom fields must have a name that starts with 'x_'!"_s);
        QString modelName = vals.value(u"model"_s).toString();
        const int modelId = vals.value(u"model_id"_s).toInt(0);
        if (modelId > 0)
            modelName = s.str(u"ir.model"_s, modelId, u"model"_s);
        OdooModel *target = s.model(modelName);
        if (!target) {
            OdooModel *fm = s.model(u"ir.model.fields"_s);
            return odooFault(u"odoo.exceptions.ValidationError"_s,
                             u"The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n"
                             u"- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n"
                             u"Model: %1 (ir.model.fields)\nField: Model (model_id)\n"_s.arg(fm->description));
        }
        if (target->field(name))
            return odooFault(u"odoo.exceptions.ValidationError"_s,
                             u"The operation cannot be completed: Field names must be unique per model."_s);
        const QString ttype = vals.value(u"ttype"_s).toString();
        const OdooField *ttypeField = s.model(u"ir.model.fields"_s)->field(u"ttype"_s);
        const bool knownType = std::any_of(ttypeField->selection.cbegin(), ttypeField->selection.cend(),
                                           [&](const auto &p) { return p.first == ttype; });
        if (!knownType)
            return valueError(u"Wrong value for ir.model.fields.ttype: %1"_s.arg(OdooStore::pyRepr(vals.value(u"ttype"_s))));
        QList<std::pair<QString, QString>> selection;
        for (const auto &cmd : vals.value(u"selection_ids"_s).toArray()) {
            const QJsonObject sel = cmd.toArray().at(2).toObject();
            if (!sel.isEmpty())
                selection.append({sel.value(u"value"_s).toString(), sel.value(u"name"_s).toString()});
        }
        const QString description = vals.value(u"field_description"_s).toString(name);
        const int id = addManualField(s, modelName, name, ttype, description, selection,
                                      vals.value(u"relation"_s).toString());
        OdooModel *fm = s.model(u"ir.model.fields"_s);
        for (const QString &attr : {u"index"_s, u"copied"_s, u"required"_s, u"readonly"_s, u"tracking"_s, u"help"_s}) {
            if (vals.contains(attr) && fm->field(attr))
                s.setRaw(u"ir.model.fields"_s, id, attr, vals.value(attr));
        }
        if (!vals.contains(u"index"_s))
            s.setRaw(u"ir.model.fields"_s, id, u"index"_s, false);
        for (const auto &[value, label] : selection) {
            auto r = s.create(u"ir.model.fields.selection"_s,
                              QJsonObject{{u"field_id"_s, id}, {u"value"_s, value}, {u"name"_s, label}});
            Q_UNUSED(r)
        }
        ids.append(id);
    }
    return single ? ids.first() : QJsonValue(ids);
}

Result<QJsonValue> OdooSim::Impl::unlinkFields(const QList<int> &ids)
{
    for (int id : ids) {
        if (!s.model(u"ir.model.fields"_s)->record(id))
            continue;
        if (s.str(u"ir.model.fields"_s, id, u"state"_s) != u"manual"_s)
            return odooFault(u"odoo.exceptions.UserError"_s, u"This column contains module data and cannot be removed!"_s);
    }
    for (int id : ids) {
        OdooModel *target = s.model(s.str(u"ir.model.fields"_s, id, u"model"_s));
        const QString name = s.str(u"ir.model.fields"_s, id, u"name"_s);
        if (target && target->field(name)) {
            target->fields.removeAt(target->fieldIndex.value(name));
            target->fieldIndex.clear();
            for (qsizetype i = 0; i < target->fields.size(); ++i)
                target->fieldIndex.insert(target->fields.at(i).name, i);
            target->m2oIndex.remove(name);
            for (auto &[rid, rec] : target->records)
                rec.values.remove(name);
        }
        s.unlink(u"ir.model.fields.selection"_s, s.referencing(u"ir.model.fields.selection"_s, u"field_id"_s, id));
        s.unlink(u"ir.model.fields"_s, {id});
    }
    return QJsonValue(true);
}

Result<QJsonValue> OdooSim::Impl::messagePost(const Call &c)
{
    // message_post is keyword-only after the records (tags 4h.message_post.*).
    const QString cls = c.model == u"sale.order"_s ? u"SaleOrder"_s : u"Picking"_s;
    if (c.args.size() != 1) {
        return typeError(u"%1.message_post() takes 1 positional argument but %2 were given"_s.arg(cls).arg(c.args.size()));
    }
    auto ids = toIds(c.model, c.args.at(0));
    if (!ids)
        return ids.error();
    if (ids->size() != 1)
        return valueError(u"Expected singleton: %1"_s.arg(recordsRepr(c.model, ids.value()).replace(u",)"_s, u")"_s)));
    const int id = ids->first();
    if (!s.model(c.model)->record(id))
        return odooFault(u"odoo.exceptions.MissingError"_s,
                         u"Record does not exist or has been deleted.\n(Record: %1(%2,), User: %3)"_s.arg(c.model)
                             .arg(id)
                             .arg(c.uid));
    const QJsonValue body = c.kwargs.value(u"body"_s);
    QString html;
    if (body.isString()) {
        html = c.kwargs.value(u"body_is_html"_s).toBool() ? body.toString()
                                                           : u"<p>"_s + body.toString().toHtmlEscaped() + u"</p>"_s;
    }
    const QString subtypeXmlid = c.kwargs.value(u"subtype_xmlid"_s).toString(u"mail.mt_note"_s);
    const QStringList parts = subtypeXmlid.split(u'.');
    const QJsonValue domain = QJsonArray{QJsonArray{u"module"_s, u"="_s, parts.value(0)},
                                         QJsonArray{u"name"_s, u"="_s, parts.value(1)}};
    const QList<int> sub = s.search(u"ir.model.data"_s, domain).valueOr(QList<int>());
    if (sub.isEmpty())
        return valueError(u"External ID not found in the system: %1"_s.arg(subtypeXmlid));
    const int subtype = static_cast<int>(s.num(u"ir.model.data"_s, sub.first(), u"res_id"_s));
    auto msg = s.create(u"mail.message"_s,
                        QJsonObject{{u"model"_s, c.model},
                                    {u"res_id"_s, id},
                                    {u"body"_s, html.isEmpty() ? QJsonValue(false) : QJsonValue(html)},
                                    {u"message_type"_s, c.kwargs.value(u"message_type"_s).toString(u"notification"_s)},
                                    {u"subtype_id"_s, subtype},
                                    {u"author_id"_s, s.raw(u"res.users"_s, c.uid, u"partner_id"_s)},
                                    {u"is_internal"_s, false}});
    if (!msg)
        return msg.error();
    return QJsonValue(msg.value());
}

// A message on a document is posted with the right to change the document (mail.thread's
// _mail_post_access is "write", mail.message._check_access): a user who may not modify the order, by
// model access or by the "own documents" rule, may not put a note on it either. Modelled from Odoo 17's
// source (mail/models/mail_message.py), not recorded; the bridge relies only on the exception's class.
std::optional<Error> OdooSim::Impl::messageCreateRefused(const Call &c, const QJsonArray &valsList)
{
    for (const QJsonValue &v : valsList) {
        const QJsonObject vals = v.toObject();
        const QString docModel = vals.value(u"model"_s).toString();
        const int resId = vals.value(u"res_id"_s).toInt();
        if (docModel.isEmpty() || resId <= 0 || !s.model(docModel))
            continue;
        Call onDocument = c;
        onDocument.model = docModel;
        const bool refused = refusedBy(c.uid, docModel, u"write"_s).has_value()
                             || checkRecordRules(onDocument, QList<int>{resId}, u"write"_s).has_value();
        if (refused) {
            return odooFault(u"odoo.exceptions.AccessError"_s,
                             u"The requested operation cannot be completed due to security restrictions. Please "
                             "contact your system administrator.\n\n(Document type: %1, Operation: create) - "
                             "(Records: [%2], User: %3)"_s.arg(s.model(docModel)->description)
                                 .arg(resId)
                                 .arg(c.uid));
        }
    }
    return std::nullopt;
}

bool OdooSim::Impl::mayWrite(int uid, const QString &model, int id)
{
    if (!s.model(model))
        return false;
    Call onDocument;
    onDocument.uid = uid;
    onDocument.model = model;
    return !refusedBy(uid, model, u"write"_s).has_value()
           && !checkRecordRules(onDocument, QList<int>{id}, u"write"_s).has_value();
}

// write, unlink, action_feedback and action_done of mail.activity: allowed on the activities the
// user is assigned to or created, or whose document the user may change (OdooActivities).
Result<QJsonValue> OdooSim::Impl::activityMethod(const Call &c)
{
    const bool feedback = c.method == u"action_feedback"_s;
    const QStringList names = feedback ? QStringList{u"ids"_s, u"feedback"_s, u"attachment_ids"_s}
                              : c.method == u"write"_s ? QStringList{u"ids"_s, u"vals"_s}
                                                        : QStringList{u"ids"_s};
    auto b = bindArgs(u"MailActivity."_s + c.method, c.args, c.kwargs, names, c.method == u"write"_s ? 2 : 1);
    if (!b)
        return b.error();
    auto ids = toIds(c.model, b->at(0));
    if (!ids)
        return ids.error();
    if (feedback || c.method == u"action_done"_s)
        return activities.actionFeedback(c.uid, ids.value(), feedback ? b->at(1) : QJsonValue(false));
    if (auto refused = activities.changeRefused(c.uid, ids.value(), c.method))
        return *refused;
    if (c.method == u"unlink"_s) {
        s.unlink(c.model, ids.value());
        return QJsonValue(true);
    }
    if (!b->at(1).isObject())
        return typeError(u"'%1' object is not a mapping"_s.arg(pyTypeName(b->at(1))));
    if (Status st = s.write(c.model, ids.value(), b->at(1).toObject()); !st)
        return st.error();
    return QJsonValue(true);
}

// --- OdooSim ----------------------------------------------------------------------------------

OdooSim::OdooSim(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_store(std::make_unique<OdooStore>())
{
    defineOdooSchema(*m_store, m_options.customFields);
    m_impl = std::make_unique<Impl>(*this);
}

OdooSim::~OdooSim() = default;

OdooSim::Reply OdooSim::handle(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.toLower().contains("application/json")) {
        return Reply{400, "text/html; charset=utf-8",
                     badRequestBody(u"Function declared as capable of handling request of type 'json' but called with a "
                                    u"request of type 'http'"_s)};
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return Reply{400, "text/html; charset=utf-8",
                     badRequestBody(u"The browser (or proxy) sent a request that this server could not understand."_s)};
    }
    const QJsonObject request = doc.object();
    const QJsonObject params = request.value(u"params"_s).toObject();
    auto result = m_impl->dispatch(params.value(u"service"_s).toString(), params.value(u"method"_s).toString(),
                                   params.value(u"args"_s).toArray());
    QJsonObject answer{{u"jsonrpc"_s, u"2.0"_s},
                       {u"id"_s, request.contains(u"id"_s) ? request.value(u"id"_s) : QJsonValue()}};
    if (result) {
        if (!result.value().isUndefined())
            answer.insert(u"result"_s, result.value());
    } else {
        const Error &e = result.error();
        const QString shortName = e.remoteClass.section(u'.', -1);
        answer.insert(u"error"_s,
                      QJsonObject{{u"code"_s, 200},
                                  {u"message"_s, u"Odoo Server Error"_s},
                                  {u"data"_s, QJsonObject{{u"name"_s, e.remoteClass},
                                                          {u"debug"_s, QString(u"Traceback (most recent call last):\n"
                                                                       u"  File \"odoo-simulator\", in execute_kw\n"_s
                                                                           + e.remoteClass + u": "_s + e.message)},
                                                          {u"message"_s, e.message},
                                                          {u"arguments"_s, QJsonArray{e.message}},
                                                          {u"context"_s, QJsonObject()}}}});
        Q_UNUSED(shortName)
    }
    return Reply{200, "application/json", QJsonDocument(answer).toJson(QJsonDocument::Compact)};
}

void OdooSim::loadDemo()
{
    OdooDemoData::load(*m_store);
}

QStringList OdooSim::addConfirmedOrders(int count)
{
    return OdooDemoData::addConfirmedOrders(*m_store, count);
}

QJsonObject OdooSim::stats() const
{
    QJsonObject calls;
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it)
        calls.insert(it.key(), it.value());
    QJsonObject users;
    for (auto it = m_callsByLogin.cbegin(); it != m_callsByLogin.cend(); ++it)
        users.insert(it.key(), it.value());
    return QJsonObject{{u"calls"_s, calls}, {u"calls_by_user"_s, users}, {u"pickings"_s, m_createdPickings.size()}};
}

QJsonArray OdooSim::pickings() const
{
    const OdooStore &s = *m_store;
    const auto location = [&](const QString &model, int id, const QString &field) {
        const int loc = s.m2o(model, id, field);
        if (loc <= 0)
            return QJsonValue(false);
        return QJsonValue(QJsonObject{{u"id"_s, loc}, {u"complete_name"_s, s.displayName(u"stock.location"_s, loc)}});
    };
    QJsonArray out;
    for (int id : m_createdPickings) {
        if (!s.model(u"stock.picking"_s)->record(id))
            continue;
        QJsonArray moves;
        QJsonArray lines;
        for (int mv : s.referencing(u"stock.move"_s, u"picking_id"_s, id)) {
            moves.append(QJsonObject{{u"id"_s, mv},
                                     {u"product_id"_s, s.raw(u"stock.move"_s, mv, u"product_id"_s)},
                                     {u"product"_s, s.displayName(u"product.product"_s, s.m2o(u"stock.move"_s, mv, u"product_id"_s))},
                                     {u"product_uom_qty"_s, s.num(u"stock.move"_s, mv, u"product_uom_qty"_s)},
                                     {u"product_uom"_s, s.displayName(u"uom.uom"_s, s.m2o(u"stock.move"_s, mv, u"product_uom"_s))},
                                     {u"product_qty"_s, s.num(u"stock.move"_s, mv, u"product_qty"_s)},
                                     {u"quantity"_s, s.num(u"stock.move"_s, mv, u"quantity"_s)},
                                     {u"sale_line_id"_s, s.raw(u"stock.move"_s, mv, u"sale_line_id"_s)},
                                     {u"group_id"_s, s.raw(u"stock.move"_s, mv, u"group_id"_s)},
                                     {u"state"_s, s.raw(u"stock.move"_s, mv, u"state"_s)},
                                     {u"location_id"_s, location(u"stock.move"_s, mv, u"location_id"_s)},
                                     {u"location_dest_id"_s, location(u"stock.move"_s, mv, u"location_dest_id"_s)}});
        }
        for (int ml : s.referencing(u"stock.move.line"_s, u"picking_id"_s, id)) {
            const int lot = s.m2o(u"stock.move.line"_s, ml, u"lot_id"_s);
            lines.append(QJsonObject{{u"id"_s, ml},
                                     {u"move_id"_s, s.raw(u"stock.move.line"_s, ml, u"move_id"_s)},
                                     {u"product_id"_s, s.raw(u"stock.move.line"_s, ml, u"product_id"_s)},
                                     {u"lot_id"_s, lot > 0 ? QJsonValue(lot) : QJsonValue(false)},
                                     {u"lot_name"_s, lot > 0 ? s.raw(u"stock.lot"_s, lot, u"name"_s)
                                                             : s.raw(u"stock.move.line"_s, ml, u"lot_name"_s)},
                                     {u"quantity"_s, s.num(u"stock.move.line"_s, ml, u"quantity"_s)}});
        }
        out.append(QJsonObject{{u"id"_s, id},
                               {u"name"_s, s.raw(u"stock.picking"_s, id, u"name"_s)},
                               {u"state"_s, s.raw(u"stock.picking"_s, id, u"state"_s)},
                               {u"origin"_s, s.raw(u"stock.picking"_s, id, u"origin"_s)},
                               {u"partner_id"_s, s.raw(u"stock.picking"_s, id, u"partner_id"_s)},
                               {u"sale_id"_s, s.raw(u"stock.picking"_s, id, u"sale_id"_s)},
                               {u"location_id"_s, location(u"stock.picking"_s, id, u"location_id"_s)},
                               {u"location_dest_id"_s, location(u"stock.picking"_s, id, u"location_dest_id"_s)},
                               {u"picking_type_id"_s, s.raw(u"stock.picking"_s, id, u"picking_type_id"_s)},
                               {u"note"_s, s.raw(u"stock.picking"_s, id, u"note"_s)},
                               {u"moves"_s, moves},
                               {u"move_lines"_s, lines}});
    }
    return out;
}

void OdooSim::setFault(const QString &target, const QString &kind, double rate, int count)
{
    m_faults.append(Fault{target, kind, rate, count});
}

void OdooSim::clearFaults()
{
    m_faults.clear();
}

QString OdooSim::database() const
{
    return m_options.database;
}

QString OdooSim::login() const
{
    return m_options.login;
}

QStringList OdooSim::logins() const
{
    QStringList out{m_options.login};
    for (const SimUser &u : odooUsers()) {
        if (u.uid != odooids::kAdminUid)
            out << u.login;
    }
    return out;
}

QString OdooSim::password() const
{
    return m_options.password;
}

} // namespace ysb::sim
