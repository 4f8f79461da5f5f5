#include "Text.h"

#include "ysell/YsellStatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

using K = Text::KindInfo;

// The one list of every sentence the engine records. lupdate reads the sources here; the test of
// this class checks each has a Russian translation with the same placeholders.
const std::array kKinds{
    K{TextKind::Data, "data", nullptr},
    K{TextKind::Lines, "lines", nullptr},
    K{TextKind::List, "list", nullptr},
    K{TextKind::YsellStatus, "ysell_status_label", nullptr},
    K{TextKind::Renamed, "renamed", QT_TRANSLATE_NOOP("ysb::Text", "Renamed in Odoo (was %1).")},
    K{TextKind::AdoptedFromOdoo, "adopted_from_odoo", QT_TRANSLATE_NOOP("ysb::Text", "Already sent to Ysell (order %1), as Odoo records; adopted.")},
    K{TextKind::AdoptedFromOtherWorkstation, "adopted_from_other_workstation", QT_TRANSLATE_NOOP("ysb::Text", "Already sent to Ysell (order %1) by another workstation; adopted.")},
    K{TextKind::AdoptedFoundByNumber, "adopted_found_by_number", QT_TRANSLATE_NOOP("ysb::Text", "Ysell already had this order (id %1); adopted instead of sending it twice.")},
    K{TextKind::AdoptedAfterInterruptedSend, "adopted_after_interrupted_send", QT_TRANSLATE_NOOP("ysb::Text", "Found in Ysell by its number (id %1) after an interrupted send; adopted.")},
    K{TextKind::CreatedInYsell, "created_in_ysell", QT_TRANSLATE_NOOP("ysb::Text", "Created in Ysell as order %1.")},
    K{TextKind::NotSent, "not_sent", QT_TRANSLATE_NOOP("ysb::Text", "Not sent: %1")},
    K{TextKind::NoLongerConfirmed, "no_longer_confirmed", QT_TRANSLATE_NOOP("ysb::Text", "The order is no longer confirmed in Odoo (state %1); it is not sent.")},
    K{TextKind::ClaimExpired, "claim_expired", QT_TRANSLATE_NOOP("ysb::Text", "Workstation %1's claim on this order ran out; it is looked up in Ysell before it is sent.")},
    K{TextKind::ClaimedUntil, "claimed_until", QT_TRANSLATE_NOOP("ysb::Text", "Left alone: workstation %1 claimed this order in Odoo until %2 UTC.")},
    K{TextKind::ClaimedByOther, "claimed_by_other", QT_TRANSLATE_NOOP("ysb::Text", "Left alone: another workstation claimed this order in Odoo.")},
    K{TextKind::MissingInOdoo, "missing_in_odoo", QT_TRANSLATE_NOOP("ysb::Text", "Odoo no longer lists this order (deleted, or not visible to this user).")},
    K{TextKind::NextTryAt, "next_try_at", QT_TRANSLATE_NOOP("ysb::Text", "%1 Next try at %2 UTC.")},
    K{TextKind::UnknownOutcomeStopped, "unknown_outcome_stopped", QT_TRANSLATE_NOOP("ysb::Text", "%1 It is unknown whether Ysell received the order; after %2 tries Ysell Bridge stopped. Retry looks the order up in Ysell before sending anything.")},
    K{TextKind::MayHaveReceived, "may_have_received", QT_TRANSLATE_NOOP("ysb::Text", "%1 Ysell may have received it: the next try (at %2 UTC) looks it up first.")},
    K{TextKind::GaveUp, "gave_up", QT_TRANSLATE_NOOP("ysb::Text", "%1 (gave up after %2 tries; use Retry)")},
    K{TextKind::YsellDoesNotKnowId, "ysell_does_not_know_id", QT_TRANSLATE_NOOP("ysb::Text", "Ysell does not know the order id %1 (any more).")},
    K{TextKind::NumberFoundButNotFound, "number_found_but_not_found", QT_TRANSLATE_NOOP("ysb::Text", "Ysell reports an order numbered %1 but does not find it by that number; the order is not sent again. Check it in Ysell.")},
    K{TextKind::NumberTaken, "number_taken", QT_TRANSLATE_NOOP("ysb::Text", "Ysell already has an order numbered %1 (Ysell id %2) for another Odoo order (#%3); it was not taken for this one (#%4). Retry sends this order as %5.")},
    K{TextKind::OdooWriteFailed, "odoo_write_failed", QT_TRANSLATE_NOOP("ysb::Text", "Sent, but the Ysell id could not be written to Odoo: %1")},
    K{TextKind::OdooNoteFailed, "odoo_note_failed", QT_TRANSLATE_NOOP("ysb::Text", "The note in Odoo's chatter failed: %1")},
    K{TextKind::RetryRequested, "retry_requested", QT_TRANSLATE_NOOP("ysb::Text", "Retry requested by the user.")},
    K{TextKind::AddressLacks, "address_lacks", QT_TRANSLATE_NOOP("ysb::Text", "The shipping address lacks: %1.")},
    K{TextKind::AddressName, "address_name", QT_TRANSLATE_NOOP("ysb::Text", "name")},
    K{TextKind::AddressStreet, "address_street", QT_TRANSLATE_NOOP("ysb::Text", "street")},
    K{TextKind::AddressCity, "address_city", QT_TRANSLATE_NOOP("ysb::Text", "city")},
    K{TextKind::AddressZip, "address_zip", QT_TRANSLATE_NOOP("ysb::Text", "zip code")},
    K{TextKind::AddressCountry, "address_country", QT_TRANSLATE_NOOP("ysb::Text", "country")},
    K{TextKind::LineNotWholeUnits, "line_not_whole_units", QT_TRANSLATE_NOOP("ysb::Text", "Line “%1” is %2 %3, which is %4 %5; Ysell takes whole units of the product only.")},
    K{TextKind::LineNotPositive, "line_not_positive", QT_TRANSLATE_NOOP("ysb::Text", "Line “%1” has quantity %2; only positive quantities can be shipped.")},
    K{TextKind::LineTooMany, "line_too_many", QT_TRANSLATE_NOOP("ysb::Text", "Line “%1” has quantity %2; more than %3 units in one line cannot be right.")},
    K{TextKind::LineNotWhole, "line_not_whole", QT_TRANSLATE_NOOP("ysb::Text", "Line “%1” has quantity %2; Ysell takes whole units only.")},
    K{TextKind::NoYsellProductId, "no_ysell_product_id", QT_TRANSLATE_NOOP("ysb::Text", "Product “%1” has no Ysell product id (field x_ysell_product_id in Odoo).")},
    K{TextKind::SerialsMissing, "serials_missing", QT_TRANSLATE_NOOP("ysb::Text", "Product “%1” (order line %3) needs %2 serial numbers and has none yet: reserve stock in Odoo or enter the serial numbers in Ysell Bridge.")},
    K{TextKind::SerialsCountWrong, "serials_count_wrong", QT_TRANSLATE_NOOP("ysb::Text", "Product “%1” (order line %4) needs %2 serial numbers but has %3.")},
    K{TextKind::SerialRepeated, "serial_repeated", QT_TRANSLATE_NOOP("ysb::Text", "Serial number %1 appears more than once.")},
    K{TextKind::NoProductLines, "no_product_lines", QT_TRANSLATE_NOOP("ysb::Text", "The order has no product lines to ship.")},
    K{TextKind::YsellDone, "ysell_done", QT_TRANSLATE_NOOP("ysb::Text", "Ysell reports the order done (%1).")},
    K{TextKind::YsellClosed, "ysell_closed", QT_TRANSLATE_NOOP("ysb::Text", "Ysell status %1: the order is closed; Ysell Bridge takes no action (returns and cancellations are handled in Odoo by hand).")},
    K{TextKind::YsellAttention, "ysell_attention", QT_TRANSLATE_NOOP("ysb::Text", "Ysell needs attention: %1.")},
    K{TextKind::YsellStatusChanged, "ysell_status", QT_TRANSLATE_NOOP("ysb::Text", "Ysell status: %1.")},
    K{TextKind::PickingFailed, "picking_failed", QT_TRANSLATE_NOOP("ysb::Text", "The draft delivery could not be created: %1")},
    K{TextKind::PickingNotInOdoo, "picking_not_in_odoo", QT_TRANSLATE_NOOP("ysb::Text", "Odoo no longer lists this order; no delivery was created.")},
    K{TextKind::PickingUnexpectedAnswer, "picking_unexpected_answer", QT_TRANSLATE_NOOP("ysb::Text", "Odoo answered the picking creation unexpectedly.")},
    K{TextKind::PickingAdopted, "picking_adopted", QT_TRANSLATE_NOOP("ysb::Text", "The delivery %1 from %2 already exists; adopted, not created again.")},
    K{TextKind::PickingCreating, "picking_creating", QT_TRANSLATE_NOOP("ysb::Text", "Creating the draft delivery from %1.")},
    K{TextKind::PickingCreated, "picking_created", QT_TRANSLATE_NOOP("ysb::Text", "Draft delivery %1 created from %2 to the customer.")},
    K{TextKind::SerialsNotReserved, "serials_not_reserved", QT_TRANSLATE_NOOP("ysb::Text", "Serials not reserved: %1")},
    K{TextKind::SerialsNotFree, "serials_not_free", QT_TRANSLATE_NOOP("ysb::Text", "Serials not reserved: %1 not free in %2; the delivery stays draft.")},
    K{TextKind::SerialsReserved, "serials_reserved", QT_TRANSLATE_NOOP("ysb::Text", "Serials reserved in %1; the delivery is Ready.")},
    K{TextKind::OtherDeliveryCancelled, "other_delivery_cancelled", QT_TRANSLATE_NOOP("ysb::Text", "The other open delivery %1 is cancelled (setting “cancel other delivery”).")},
    K{TextKind::OtherDeliveryOpen, "other_delivery_open", QT_TRANSLATE_NOOP("ysb::Text", "Odoo still has the open delivery %1 for this order; cancel it in Odoo if Ysell shipped everything.")},
    K{TextKind::OtherDeliveryCancelFailed, "other_delivery_cancel_failed", QT_TRANSLATE_NOOP("ysb::Text", "The other delivery %1 could not be cancelled: %2")},
    K{TextKind::SerialsRemoved, "serials_removed", QT_TRANSLATE_NOOP("ysb::Text", "Serial numbers of line %1 removed; the ones reserved in Odoo are used.")},
    K{TextKind::SerialsEntered, "serials_entered", QT_TRANSLATE_NOOP("ysb::Text", "Serial numbers entered for line %1: %2")},
    K{TextKind::LineUnitNotConvertible, "line_unit_not_convertible", QT_TRANSLATE_NOOP("ysb::Text", "Line “%1” is sold in “%2”, which cannot be converted to the product's unit “%3”: correct the unit on the order line in Odoo.")},
    K{TextKind::YsellStatusNote, "ysell_status_note", QT_TRANSLATE_NOOP("ysb::Text", "Ysell status %1")},
    K{TextKind::YsellAttentionNote, "ysell_attention_note", QT_TRANSLATE_NOOP("ysb::Text", "Ysell needs attention: %1")},
    K{TextKind::YsellFieldsMissing, "ysell_fields_missing", QT_TRANSLATE_NOOP("ysb::Text", "The Ysell fields (x_ysell_*) are missing in Odoo: orders are sent, but neither the Ysell id nor the claim that keeps two workstations apart can be stored in Odoo. Run the setup check to create them.")},
    K{TextKind::WithYsellSaid, "with_ysell_said", QT_TRANSLATE_NOOP("ysb::Text", "%1 Ysell said: %2")},
    K{TextKind::YsellTokenRefused, "ysell_token_refused", QT_TRANSLATE_NOOP("ysb::Text", "The Ysell token was refused. Enter a valid API token in the settings (in Ysell it is set on the user, under Settings → Users).")},
    K{TextKind::YsellAccessRefused, "ysell_access_refused", QT_TRANSLATE_NOOP("ysb::Text", "Ysell refused access. The Ysell user of this token needs the right to manage orders.")},
    K{TextKind::YsellCreateRouteUnknown, "ysell_create_route_unknown", QT_TRANSLATE_NOOP("ysb::Text", "Ysell does not know the create-order address (HTTP 404). Check the Ysell address and the route preset in the settings.")},
    K{TextKind::YsellOrderUnknown, "ysell_order_unknown", QT_TRANSLATE_NOOP("ysb::Text", "Ysell does not know this order (HTTP 404).")},
    K{TextKind::YsellHasNumber, "ysell_has_number", QT_TRANSLATE_NOOP("ysb::Text", "Ysell already has an order with this number; the bridge will look it up.")},
    K{TextKind::YsellHasOrder, "ysell_has_order", QT_TRANSLATE_NOOP("ysb::Text", "Ysell already has this order (Ysell id %1).")},
    K{TextKind::YsellRejectedData, "ysell_rejected_data", QT_TRANSLATE_NOOP("ysb::Text", "Ysell rejected the order data (HTTP 422).")},
    K{TextKind::YsellRejectedDataSaid, "ysell_rejected_data_said", QT_TRANSLATE_NOOP("ysb::Text", "Ysell rejected the order data: %1")},
    K{TextKind::YsellBadRequest, "ysell_bad_request", QT_TRANSLATE_NOOP("ysb::Text", "Ysell could not understand the request (HTTP 400).")},
    K{TextKind::YsellBusyWait, "ysell_busy_wait", QT_TRANSLATE_NOOP("ysb::Text", "Ysell is busy (HTTP %1) and asked to wait %2 seconds; the bridge will try again then.")},
    K{TextKind::YsellBusy, "ysell_busy", QT_TRANSLATE_NOOP("ysb::Text", "Ysell is busy (HTTP %1); the bridge will try again later.")},
    K{TextKind::YsellServerProblemCreate, "ysell_server_problem_create", QT_TRANSLATE_NOOP("ysb::Text", "Ysell had a server problem (HTTP %1) while taking the order; the bridge will look the order up before sending it again.")},
    K{TextKind::YsellServerProblem, "ysell_server_problem", QT_TRANSLATE_NOOP("ysb::Text", "Ysell had a server problem (HTTP %1); the bridge will try again later.")},
    K{TextKind::YsellRedirected, "ysell_redirected", QT_TRANSLATE_NOOP("ysb::Text", "Ysell redirected the request (HTTP %1) to %2. Check the Ysell address in the settings.")},
    K{TextKind::YsellHttp, "ysell_http", QT_TRANSLATE_NOOP("ysb::Text", "Ysell answered with HTTP %1.")},
    K{TextKind::YsellAnswerUnreadable, "ysell_answer_unreadable", QT_TRANSLATE_NOOP("ysb::Text", "Ysell accepted the order but its answer could not be read (%1). The bridge will look the order up by its number before sending it again.")},
    K{TextKind::TlsNameMismatch, "tls_name_mismatch", QT_TRANSLATE_NOOP("ysb::Text", "The certificate of %1 was issued for a different server name (%2). Check the server address in the settings: it must be the exact name the certificate was issued for.")},
    K{TextKind::TlsUnknownName, "tls_unknown_name", QT_TRANSLATE_NOOP("ysb::Text", "unknown")},
    K{TextKind::TlsExpired, "tls_expired", QT_TRANSLATE_NOOP("ysb::Text", "The certificate of %1 has expired (it was valid until %2). Ask the server's administrator to renew it; until then the connection is refused.")},
    K{TextKind::TlsNotYetValid, "tls_not_yet_valid", QT_TRANSLATE_NOOP("ysb::Text", "The certificate of %1 is not valid yet. Check that this computer's date and time are correct.")},
    K{TextKind::TlsRevoked, "tls_revoked", QT_TRANSLATE_NOOP("ysb::Text", "The certificate of %1 has been revoked. Contact the server's administrator.")},
    K{TextKind::TlsUntrusted, "tls_untrusted", QT_TRANSLATE_NOOP("ysb::Text", "The certificate of %1 is not trusted on this computer. If your company uses its own certificate authority, add its CA file in the settings; otherwise ask your IT administrator.")},
    K{TextKind::TlsFailed, "tls_failed", QT_TRANSLATE_NOOP("ysb::Text", "A secure connection to %1 could not be established. Check the server address; if it is correct, ask your IT administrator.")},
    K{TextKind::AnswerTooLarge, "answer_too_large", QT_TRANSLATE_NOOP("ysb::Text", "The answer from %1 was larger than %2 MiB and was refused. Check the server address and route settings.")},
    K{TextKind::ConnectTimeout, "connect_timeout", QT_TRANSLATE_NOOP("ysb::Text", "%1 did not answer within %2 seconds when connecting. Check the address and the network connection; the bridge will try again.")},
    K{TextKind::RequestTimeout, "request_timeout", QT_TRANSLATE_NOOP("ysb::Text", "%1 did not finish answering within %2 seconds.")},
    K{TextKind::HostNotFound, "host_not_found", QT_TRANSLATE_NOOP("ysb::Text", "The server name %1 could not be found. Check the address in the settings and this computer's network connection.")},
    K{TextKind::ConnectionRefused, "connection_refused", QT_TRANSLATE_NOOP("ysb::Text", "%1 refused the connection. Check the address and port in the settings, and whether the server is running.")},
    K{TextKind::ConnectionTimedOut, "connection_timed_out", QT_TRANSLATE_NOOP("ysb::Text", "The connection to %1 timed out.")},
    K{TextKind::ConnectionLost, "connection_lost", QT_TRANSLATE_NOOP("ysb::Text", "The connection to %1 was lost before the answer arrived; it is not known whether the request was carried out.")},
    K{TextKind::RequestCancelled, "request_cancelled", QT_TRANSLATE_NOOP("ysb::Text", "The request to %1 was cancelled.")},
    K{TextKind::NotHttp, "not_http", QT_TRANSLATE_NOOP("ysb::Text", "%1 answered something that is not valid HTTP. Check the address and port in the settings.")},
    K{TextKind::ConnectionFailed, "connection_failed", QT_TRANSLATE_NOOP("ysb::Text", "The connection to %1 failed (%2). Check this computer's network connection; the bridge will try again.")},
    K{TextKind::OdooNoMessage, "odoo_no_message", QT_TRANSLATE_NOOP("ysb::Text", "Odoo reported an error without a message.")},
    K{TextKind::OdooMalformed, "odoo_malformed", QT_TRANSLATE_NOOP("ysb::Text", "Odoo rejected the request as malformed (HTTP 400).")},
    K{TextKind::OdooBusy, "odoo_busy", QT_TRANSLATE_NOOP("ysb::Text", "Odoo is busy or unavailable (HTTP %1); the request will be tried again later.")},
    K{TextKind::OdooHttp, "odoo_http", QT_TRANSLATE_NOOP("ysb::Text", "Odoo answered with HTTP status %1.")},
    K{TextKind::OdooNotJsonRpc, "odoo_not_json_rpc", QT_TRANSLATE_NOOP("ysb::Text", "Odoo sent an answer that is not valid JSON-RPC.")},
    K{TextKind::StaleAttentionStatus, "stale_attention_status", QT_TRANSLATE_NOOP("ysb::Text", "Ysell has kept the order in status %1 since %2 UTC (longer than %3 h): Ysell needs a person to look at it.")},
    K{TextKind::StaleNoStatus, "stale_no_status", QT_TRANSLATE_NOOP("ysb::Text", "No status from Ysell since the order was sent on %1 UTC (longer than %2 days): check the order in Ysell.")},
    K{TextKind::StaleNoChange, "stale_no_change", QT_TRANSLATE_NOOP("ysb::Text", "The Ysell status %1 has not changed since %2 UTC (longer than %3 days): check the order in Ysell.")},
    K{TextKind::StaleClearedYsellMoved, "stale_cleared_ysell_moved", QT_TRANSLATE_NOOP("ysb::Text", "Ysell moved the order (status %1): it no longer needs attention.")},
    K{TextKind::StaleClearedLimits, "stale_cleared_limits", QT_TRANSLATE_NOOP("ysb::Text", "The order no longer needs attention (the stale limits changed).")},
    K{TextKind::ActivitySummary, "activity_summary", QT_TRANSLATE_NOOP("ysb::Text", "%1 needs a person")},
    K{TextKind::ActivityNote, "activity_note", QT_TRANSLATE_NOOP("ysb::Text", "Ysell Bridge cannot take order %1 further: %2 Once the cause is fixed, the bridge goes on with the order and marks this To-Do done.")},
    K{TextKind::ActivityFeedback, "activity_feedback", QT_TRANSLATE_NOOP("ysb::Text", "Resolved by Ysell Bridge: the order went through.")},
    K{TextKind::ActivityOpened, "activity_opened", QT_TRANSLATE_NOOP("ysb::Text", "A To-Do for the salesperson was created in Odoo (activity %1).")},
    K{TextKind::ActivityAdopted, "activity_adopted", QT_TRANSLATE_NOOP("ysb::Text", "Odoo already has the bridge's To-Do for this order (activity %1).")},
    K{TextKind::ActivityClosed, "activity_closed", QT_TRANSLATE_NOOP("ysb::Text", "The To-Do in Odoo was marked done: the order went through.")},
    K{TextKind::ActivityGone, "activity_gone", QT_TRANSLATE_NOOP("ysb::Text", "The To-Do in Odoo had already been marked done or removed.")},
    K{TextKind::ActivityFailed, "activity_failed", QT_TRANSLATE_NOOP("ysb::Text", "The To-Do in Odoo could not be created or closed: %1")},
    K{TextKind::ActivitiesFailed, "activities_failed", QT_TRANSLATE_NOOP("ysb::Text", "Odoo did not take the To-Do of %1 order(s): %2")},
};
static_assert(kKinds.size() == size_t(TextKind::Count_), "every TextKind has one row in kKinds");

/// `pattern` with %1…%99 replaced by the rendered arguments; a placeholder without an argument stays.
QString substitute(const QString &pattern, const QList<Text> &args)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            qsizetype j = i + 1;
            int n = 0;
            while (j < pattern.size() && pattern.at(j).isDigit() && j < i + 3)
                n = n * 10 + pattern.at(j++).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1).render();
                i = j - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

Text::Text(TextKind kind)
    : m_kind(kind)
{
}

Text Text::data(const QString &value)
{
    Text t;
    t.m_data = value;
    return t;
}

Text Text::arg(const QString &value) const
{
    return arg(data(value));
}

Text Text::arg(qint64 value) const
{
    return arg(data(QString::number(value)));
}

Text Text::arg(const Text &nested) const
{
    Text t = *this;
    t.m_args.append(nested);
    return t;
}

Text Text::argList(const QStringList &values) const
{
    Text list(TextKind::List);
    for (const QString &v : values)
        list = list.arg(v);
    return arg(list);
}

QString Text::join(const QList<Text> &texts, const QString &separator)
{
    QStringList parts;
    for (const Text &t : texts)
        parts << t.render();
    return parts.join(separator);
}

std::span<const Text::KindInfo> Text::kinds()
{
    return kKinds;
}

QString Text::kindName(TextKind kind)
{
    const auto i = size_t(kind);
    return i < kKinds.size() ? QString::fromLatin1(kKinds[i].name) : QString();
}

QString Text::render() const
{
    switch (m_kind) {
    case TextKind::Data:
        return m_data;
    case TextKind::Lines:
        return join(m_args, u"\n"_s);
    case TextKind::List:
        return join(m_args, u", "_s);
    case TextKind::YsellStatus:
        return ysellStatusLabel(m_args.value(0).render(), m_args.value(1).render());
    default:
        break;
    }
    const auto i = size_t(m_kind);
    if (i >= kKinds.size() || !kKinds[i].source)
        return m_data;
    return substitute(QCoreApplication::translate(kContext, kKinds[i].source), m_args);
}

QJsonObject Text::toJson(bool withText) const
{
    QJsonArray args;
    if (m_kind == TextKind::Data)
        args.append(m_data);
    for (const Text &a : m_args)
        args.append(a.m_kind == TextKind::Data ? QJsonValue(a.m_data) : QJsonValue(a.toJson()));
    QJsonObject o{{u"kind"_s, kindName()}, {u"args"_s, args}};
    if (withText)
        o.insert(u"text"_s, render());
    return o;
}

Text Text::fromJson(const QJsonObject &json)
{
    const QString name = json.value(u"kind"_s).toString();
    const QJsonArray args = json.value(u"args"_s).toArray();
    const auto row = std::find_if(kKinds.cbegin(), kKinds.cend(), [&](const K &k) { return name == QLatin1StringView(k.name); });
    if (row == kKinds.cend() || !json.value(u"args"_s).isArray())
        return data(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    if (row->kind == TextKind::Data)
        return data(args.at(0).toString());
    Text t(row->kind);
    for (const QJsonValue &a : args)
        t.m_args.append(a.isObject() ? fromJson(a.toObject()) : data(a.isString() ? a.toString() : a.toVariant().toString()));
    return t;
}

QString Text::toStored() const
{
    if (m_kind == TextKind::Data)
        return m_data;
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

Text Text::fromStored(const QString &stored)
{
    // toStored() writes {"args":[…],"kind":"…"} (QJsonDocument sorts the keys); old free text is anything else.
    if (!stored.startsWith(u'{') || !stored.endsWith(u'}') || !stored.contains(u"\"kind\":"_s))
        return data(stored);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(u"kind"_s).isString()
        || !doc.object().value(u"args"_s).isArray())
        return data(stored);
    const Text t = fromJson(doc.object());
    return t.kind() == TextKind::Data && doc.object().value(u"kind"_s).toString() != kindName(TextKind::Data) ? data(stored) : t;
}

} // namespace ysb
