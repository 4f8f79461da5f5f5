#pragma once

#include "OdooModel.h"

#include <functional>

namespace ysb::sim {

/// mail.activity as Odoo 17 runs it (mail/models/mail_activity.py), for the calls the bridge makes:
/// create with a list of values, search by what a user may see, action_feedback / action_done, and
/// who may change or remove an activity. Access follows the document: creating, changing or removing
/// an activity needs the right to change its document (sale.order's _mail_post_access is "write"),
/// unless the user is the one it is assigned to or created it; reading needs that right too, or the
/// assignment.
class OdooActivities final {
public:
    /// May `uid` change document `id` of `model` (model access and record rules)?
    using MayWrite = std::function<bool(int uid, const QString &model, int id)>;

    OdooActivities(OdooStore &store, MayWrite mayWrite);

    /// mail.activity.create(vals_list): all or nothing, as one Odoo transaction.
    Result<QJsonValue> create(int uid, const QJsonArray &valsList, bool single);
    /// The activities of `ids` that `uid` may see (mail.activity._search).
    QList<int> visible(int uid, const QList<int> &ids) const;
    /// Why `uid` may not write or unlink these activities (missing ones are a MissingError).
    std::optional<Error> changeRefused(int uid, const QList<int> &ids, const QString &operation) const;
    /// action_feedback(ids, feedback=False, attachment_ids=None): a "done" message on each document
    /// with the feedback, then the activity is unlinked (archived when its type keeps done ones).
    /// Returns the first message's id.
    Result<QJsonValue> actionFeedback(int uid, const QList<int> &ids, const QJsonValue &feedback);

private:
    Error accessError(const QList<int> &ids, const QString &operation, int uid) const;

    OdooStore &s;
    MayWrite m_mayWrite;
};

} // namespace ysb::sim
