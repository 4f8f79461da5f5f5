#include "OdooActivities.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ysb::sim {

namespace {

const QString kActivity = u"mail.activity"_s;

int xmlidRes(const OdooStore &s, const QString &module, const QString &name)
{
    const QJsonValue domain = QJsonArray{QJsonArray{u"module"_s, u"="_s, module}, QJsonArray{u"name"_s, u"="_s, name}};
    const QList<int> found = s.search(u"ir.model.data"_s, domain).valueOr(QList<int>());
    return found.isEmpty() ? 0 : static_cast<int>(s.num(u"ir.model.data"_s, found.first(), u"res_id"_s));
}

Error missing(const QString &model, const QList<int> &ids, int uid)
{
    QStringList parts;
    for (int id : ids)
        parts << QString::number(id);
    return odooFault(u"odoo.exceptions.MissingError"_s,
                     u"Record does not exist or has been deleted.\n(Record: %1(%2%3), User: %4)"_s.arg(model, parts.join(u", "_s),
                                                                                                    ids.size() == 1 ? u","_s : QString())
                         .arg(uid));
}

} // namespace

OdooActivities::OdooActivities(OdooStore &store, MayWrite mayWrite)
    : s(store)
    , m_mayWrite(std::move(mayWrite))
{
}

// mail.activity._make_access_error (Odoo 17): the activity ids, not the documents', and the user.
Error OdooActivities::accessError(const QList<int> &ids, const QString &operation, int uid) const
{
    QStringList parts;
    for (int id : ids.mid(0, 6))
        parts << QString::number(id);
    return odooFault(u"odoo.exceptions.AccessError"_s,
                     u"The requested operation cannot be completed due to security restrictions. Please contact your "
                     u"system administrator.\n\n(Document type: Activity, Operation: %1)\n\nRecords: [%2], User: %3"_s
                         .arg(operation, parts.join(u", "_s))
                         .arg(uid));
}

Result<QJsonValue> OdooActivities::create(int uid, const QJsonArray &valsList, bool single)
{
    const int todo = xmlidRes(s, u"mail"_s, u"mail_activity_data_todo"_s);
    QList<QJsonObject> prepared;
    for (const QJsonValue &v : valsList) {
        QJsonObject vals = v.toObject();
        // Defaults computed for the calling user (default_get): the assignee and the To-Do type.
        if (!vals.contains(u"user_id"_s))
            vals.insert(u"user_id"_s, uid);
        if (!vals.contains(u"activity_type_id"_s) && todo > 0)
            vals.insert(u"activity_type_id"_s, todo);
        vals.insert(u"create_uid"_s, uid); // the ORM's log field, whatever the values say
        prepared << vals;
    }
    // The document's access is checked on the activities as created, before the transaction commits:
    // one refused document refuses the whole call (_check_access('create'), mail_post_access "write").
    QList<int> created;
    const auto rollback = [&] { s.unlink(kActivity, created); };
    for (const QJsonObject &vals : std::as_const(prepared)) {
        auto id = s.create(kActivity, vals);
        if (!id) {
            rollback();
            return id.error();
        }
        created << id.value();
    }
    QList<int> forbidden;
    for (int id : std::as_const(created)) {
        const QString docModel = s.str(kActivity, id, u"res_model"_s);
        const int resId = static_cast<int>(s.num(kActivity, id, u"res_id"_s));
        if (!s.model(docModel) || !s.model(docModel)->record(resId)) {
            rollback();
            return missing(docModel, {resId}, uid);
        }
        if (!m_mayWrite(uid, docModel, resId))
            forbidden << id;
    }
    if (!forbidden.isEmpty()) {
        rollback();
        return accessError(forbidden, u"create"_s, uid);
    }
    if (single)
        return QJsonValue(created.first());
    QJsonArray ids;
    for (int id : std::as_const(created))
        ids.append(id);
    return QJsonValue(ids);
}

QList<int> OdooActivities::visible(int uid, const QList<int> &ids) const
{
    QList<int> out;
    for (int id : ids) {
        if (s.m2o(kActivity, id, u"user_id"_s) == uid
            || m_mayWrite(uid, s.str(kActivity, id, u"res_model"_s), static_cast<int>(s.num(kActivity, id, u"res_id"_s))))
            out << id;
    }
    return out;
}

std::optional<Error> OdooActivities::changeRefused(int uid, const QList<int> &ids, const QString &operation) const
{
    QList<int> gone;
    QList<int> forbidden;
    for (int id : ids) {
        if (!s.model(kActivity)->record(id)) {
            gone << id;
            continue;
        }
        // The record rule (assigned to or created by the user) OR the right to change the document.
        const bool mine = s.m2o(kActivity, id, u"user_id"_s) == uid || s.m2o(kActivity, id, u"create_uid"_s) == uid;
        if (!mine && !m_mayWrite(uid, s.str(kActivity, id, u"res_model"_s), static_cast<int>(s.num(kActivity, id, u"res_id"_s))))
            forbidden << id;
    }
    if (!gone.isEmpty())
        return missing(kActivity, gone, uid);
    if (!forbidden.isEmpty())
        return accessError(forbidden, operation, uid);
    return std::nullopt;
}

Result<QJsonValue> OdooActivities::actionFeedback(int uid, const QList<int> &ids, const QJsonValue &feedback)
{
    if (auto refused = changeRefused(uid, ids, u"unlink"_s))
        return *refused;
    const int subtype = xmlidRes(s, u"mail"_s, u"mt_activities"_s);
    const QString text = feedback.isString() ? feedback.toString() : QString();
    QList<int> messages;
    QList<int> toUnlink;
    QSet<int> seen;
    for (int id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const int type = s.m2o(kActivity, id, u"activity_type_id"_s);
        const int assignee = s.m2o(kActivity, id, u"user_id"_s);
        // mail.message_activity_done, reduced to what a reader of the chatter sees.
        QString body = u"<div><p><span>%1</span> done%2: <span class=\"o_mail_activity_summary\">%3</span></p>"_s.arg(
            s.displayName(u"mail.activity.type"_s, type).toHtmlEscaped(),
            assignee != uid ? u" (originally assigned to %1)"_s.arg(s.str(u"res.users"_s, assignee, u"name"_s).toHtmlEscaped())
                            : QString(),
            s.str(kActivity, id, u"summary"_s).toHtmlEscaped());
        if (!text.isEmpty())
            body += u"<div><div class=\"fw-bold\">Feedback:</div><p>%1</p></div>"_s.arg(text.toHtmlEscaped());
        body += u"</div>"_s;
        auto msg = s.create(u"mail.message"_s,
                            QJsonObject{{u"model"_s, s.str(kActivity, id, u"res_model"_s)},
                                        {u"res_id"_s, s.num(kActivity, id, u"res_id"_s)},
                                        {u"body"_s, body},
                                        {u"message_type"_s, u"notification"_s},
                                        {u"subtype_id"_s, subtype},
                                        {u"mail_activity_type_id"_s, type > 0 ? QJsonValue(type) : QJsonValue(false)},
                                        {u"author_id"_s, s.raw(u"res.users"_s, uid, u"partner_id"_s)},
                                        {u"is_internal"_s, true}});
        if (!msg)
            return msg.error();
        messages << msg.value();
        if (type > 0 && s.raw(u"mail.activity.type"_s, type, u"keep_done"_s).toBool())
            s.setRaw(kActivity, id, u"active"_s, false);
        else
            toUnlink << id;
    }
    s.unlink(kActivity, toUnlink);
    return messages.isEmpty() ? QJsonValue(false) : QJsonValue(messages.first());
}

} // namespace ysb::sim
