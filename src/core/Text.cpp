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
    K{TextKind::Words, "words", nullptr},
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
    K{TextKind::CouldNotWriteExport, "could_not_write_export", QT_TRANSLATE_NOOP("ysb::Text", "Could not write the export: %1")},
    K{TextKind::CouldNotReadJournal, "could_not_read_journal", QT_TRANSLATE_NOOP("ysb::Text", "Could not read the journal %1:")},
    K{TextKind::ExportFileNotOpenWriting, "export_file_not_open_writing", QT_TRANSLATE_NOOP("ysb::Text", "The export file is not open for writing.")},
    K{TextKind::CouldNotSaveSettingJournal, "could_not_save_setting_journal", QT_TRANSLATE_NOOP("ysb::Text", "Could not save a setting in the journal:")},
    K{TextKind::CouldNotSaveSerialNumbers, "could_not_save_serial_numbers", QT_TRANSLATE_NOOP("ysb::Text", "Could not save the serial numbers of order %1:")},
    K{TextKind::SerialNumbersOrderWereNot, "serial_numbers_order_were_not", QT_TRANSLATE_NOOP("ysb::Text", "The serial numbers of order %1 were not saved: the journal does not know the order, or several orders have that name.")},
    K{TextKind::CouldNotAddEventJournal, "could_not_add_event_journal", QT_TRANSLATE_NOOP("ysb::Text", "Could not add an event to the journal:")},
    K{TextKind::OrdersAreNamedGiveOne, "orders_are_named_give_one", QT_TRANSLATE_NOOP("ysb::Text", "%1 orders are named “%2”: %3. Give the one you mean by its Odoo id, e.g. #%4.")},
    K{TextKind::JournalOrderChoice, "journal_order_choice", nullptr},
    K{TextKind::JournalHasNoOrder, "journal_has_no_order", QT_TRANSLATE_NOOP("ysb::Text", "the journal has no order “%1”.")},
    K{TextKind::JournalHasNoOrderWith, "journal_has_no_order_with", QT_TRANSLATE_NOOP("ysb::Text", "the journal has no order with Odoo id %1.")},
    K{TextKind::CouldNotSaveOrderJournal, "could_not_save_order_journal", QT_TRANSLATE_NOOP("ysb::Text", "Could not save order %1 in the journal:")},
    K{TextKind::OrderWithoutNameCannotStored, "order_without_name_cannot_stored", QT_TRANSLATE_NOOP("ysb::Text", "An order without a name cannot be stored in the journal.")},
    K{TextKind::CouldNotWriteJournal, "could_not_write_journal", QT_TRANSLATE_NOOP("ysb::Text", "Could not write to the journal %1:")},
    K{TextKind::CouldNotRecordExchangeJournal, "could_not_record_exchange_journal", QT_TRANSLATE_NOOP("ysb::Text", "Could not record an exchange in the journal:")},
    K{TextKind::JournalDamaged, "journal_damaged", QT_TRANSLATE_NOOP("ysb::Text", "The journal %1 is damaged.")},
    K{TextKind::CouldNotCheckJournal, "could_not_check_journal", QT_TRANSLATE_NOOP("ysb::Text", "Could not check the journal %1:")},
    K{TextKind::CouldNotUpgradeJournal, "could_not_upgrade_journal", QT_TRANSLATE_NOOP("ysb::Text", "Could not upgrade the journal %1:")},
    K{TextKind::CouldNotUpgradeJournalSchema, "could_not_upgrade_journal_schema", QT_TRANSLATE_NOOP("ysb::Text", "Could not upgrade the journal %1 to schema %2:")},
    K{TextKind::NotYsellBridgeJournalDamaged, "not_ysell_bridge_journal_damaged", QT_TRANSLATE_NOOP("ysb::Text", "%1 is not a Ysell Bridge journal or is damaged:")},
    K{TextKind::JournalHasOlderLayoutSchema, "journal_has_older_layout_schema", QT_TRANSLATE_NOOP("ysb::Text", "The journal %1 has an older layout (schema %2); start Ysell Bridge once to upgrade it.")},
    K{TextKind::NotYsellBridgeJournalYet, "not_ysell_bridge_journal_yet", QT_TRANSLATE_NOOP("ysb::Text", "%1 is not a Ysell Bridge journal yet.")},
    K{TextKind::CouldNotConfigureJournal, "could_not_configure_journal", QT_TRANSLATE_NOOP("ysb::Text", "Could not configure the journal %1:")},
    K{TextKind::JournalCannotUseWriteAhead, "journal_cannot_use_write_ahead", QT_TRANSLATE_NOOP("ysb::Text", "The journal %1 cannot use write-ahead logging on this file system.")},
    K{TextKind::JournalWrittenNewerYsellBridge, "journal_written_newer_ysell_bridge", QT_TRANSLATE_NOOP("ysb::Text", "The journal %1 was written by a newer Ysell Bridge (schema %2; this version understands up to %3). Update Ysell Bridge or choose another journal file.")},
    K{TextKind::CouldNotOpenJournal, "could_not_open_journal", QT_TRANSLATE_NOOP("ysb::Text", "Could not open the journal %1:")},
    K{TextKind::SqliteDriverQtLibqsqliteNot, "sqlite_driver_qt_libqsqlite_not", QT_TRANSLATE_NOOP("ysb::Text", "The SQLite driver of Qt (libqsqlite) is not installed.")},
    K{TextKind::JournalOpenReadOnly, "journal_open_read_only", QT_TRANSLATE_NOOP("ysb::Text", "The journal %1 is open read-only.")},
    K{TextKind::ThereNoJournal, "there_no_journal", QT_TRANSLATE_NOOP("ysb::Text", "There is no journal at %1.")},
    K{TextKind::CouldNotCreateJournal, "could_not_create_journal", QT_TRANSLATE_NOOP("ysb::Text", "Could not create the journal %1: %2")},
    K{TextKind::CouldNotCreateLockFile, "could_not_create_lock_file", QT_TRANSLATE_NOOP("ysb::Text", "Could not create the lock file %1.lock: check the folder's permissions.")},
    K{TextKind::JournalOnReadOnlyFile, "journal_on_read_only_file", QT_TRANSLATE_NOOP("ysb::Text", "The journal %1 is on a read-only file system: the sync cannot run from it. “orders” and “log” can still read it.")},
    K{TextKind::DiskThatHoldsJournalFull, "disk_that_holds_journal_full", QT_TRANSLATE_NOOP("ysb::Text", "The disk that holds the journal %1 is full: free some space. Nothing is sent until the journal can record it.")},
    K{TextKind::AnotherYsellBridgeAlreadyUsing, "another_ysell_bridge_already_using", QT_TRANSLATE_NOOP("ysb::Text", "Another Ysell Bridge is already using the journal %1. Stop it first.")},
    K{TextKind::AnotherYsellBridgeProcessAlready, "another_ysell_bridge_process_already", QT_TRANSLATE_NOOP("ysb::Text", "Another Ysell Bridge (process %1) is already using the journal %2. Stop it first.")},
    K{TextKind::NoJournalFileGiven, "no_journal_file_given", QT_TRANSLATE_NOOP("ysb::Text", "No journal file was given.")},
    K{TextKind::JournalCouldNotOpenedCheck, "journal_could_not_opened_check", QT_TRANSLATE_NOOP("ysb::Text", "The journal %1 could not be opened (%2). Check that its folder exists and can be written.")},
    K{TextKind::JournalCouldNotReadWritten, "journal_could_not_read_written", QT_TRANSLATE_NOOP("ysb::Text", "The journal %1 could not be read or written (input/output error: %2). Check the disk.")},
    K{TextKind::JournalCannotWrittenFileFile, "journal_cannot_written_file_file", QT_TRANSLATE_NOOP("ysb::Text", "The journal %1 cannot be written: the file or its file system is read-only.")},
    K{TextKind::DiskThatHoldsJournalFull2, "disk_that_holds_journal_full_2", QT_TRANSLATE_NOOP("ysb::Text", "The disk that holds the journal %1 is full: free some space. Nothing more is recorded, so nothing more is sent, until then.")},
    K{TextKind::JournalDamagedYsellBridgeDoes, "journal_damaged_ysell_bridge_does", QT_TRANSLATE_NOOP("ysb::Text", "The journal %1 is damaged (%2). Ysell Bridge does not use a damaged journal: keep the file for support, move it aside and start again; orders that are already in Ysell are adopted, not sent twice.")},
    K{TextKind::NotFolder, "not_folder", QT_TRANSLATE_NOOP("ysb::Text", "%1 is not a folder.")},
    K{TextKind::CouldNotCreateFolderJournal, "could_not_create_folder_journal", QT_TRANSLATE_NOOP("ysb::Text", "Could not create the folder %1 for the journal.")},
    K{TextKind::OnlyHttpsAddressesAreAllowed, "only_https_addresses_are_allowed", QT_TRANSLATE_NOOP("ysb::Text", "Only https:// addresses are allowed; “%1” is not one. Enter the address like https://example.com.")},
    K{TextKind::OnlyHttpsAddressesAreAllowed2, "only_https_addresses_are_allowed_2", QT_TRANSLATE_NOOP("ysb::Text", "Only https:// addresses are allowed. Change “%1” to “https://%2” in the settings; unencrypted connections would expose passwords and tokens.")},
    K{TextKind::NotCompleteWebAddressEnter, "not_complete_web_address_enter", QT_TRANSLATE_NOOP("ysb::Text", "“%1” is not a complete web address. Enter it like https://example.com.")},
    K{TextKind::CaFileCouldNotRead, "ca_file_could_not_read", QT_TRANSLATE_NOOP("ysb::Text", "The CA file %1 could not be read or holds no certificate. Choose the CA certificate file (PEM, usually ending in .pem or .crt) in the settings, or clear the field.")},
    K{TextKind::OdooRefusedLoginPasswordApi, "odoo_refused_login_password_api", QT_TRANSLATE_NOOP("ysb::Text", "Odoo refused the login or password/API key for %1. Check both in the settings.")},
    K{TextKind::OdooRequestCancelled, "odoo_request_cancelled", QT_TRANSLATE_NOOP("ysb::Text", "The Odoo request was cancelled.")},
    K{TextKind::ModelList, "model_list", QT_TRANSLATE_NOOP("ysb::Text", "the model list")},
    K{TextKind::FieldList, "field_list", QT_TRANSLATE_NOOP("ysb::Text", "the field list")},
    K{TextKind::RecordReference, "record_reference", QT_TRANSLATE_NOOP("ysb::Text", "a record reference")},
    K{TextKind::SignAnswer, "sign_answer", QT_TRANSLATE_NOOP("ysb::Text", "the sign-in answer")},
    K{TextKind::ItsVersion, "its_version", QT_TRANSLATE_NOOP("ysb::Text", "its version")},
    K{TextKind::OperationTypes, "operation_types", QT_TRANSLATE_NOOP("ysb::Text", "the operation types")},
    K{TextKind::StockLocations, "stock_locations", QT_TRANSLATE_NOOP("ysb::Text", "the stock locations")},
    K{TextKind::Pickings, "pickings", QT_TRANSLATE_NOOP("ysb::Text", "the pickings")},
    K{TextKind::ReservedSerialNumbers, "reserved_serial_numbers", QT_TRANSLATE_NOOP("ysb::Text", "the reserved serial numbers")},
    K{TextKind::SalesOrders, "sales_orders", QT_TRANSLATE_NOOP("ysb::Text", "the sales orders")},
    K{TextKind::OdooSentUnexpectedShape, "odoo_sent_unexpected_shape", QT_TRANSLATE_NOOP("ysb::Text", "Odoo sent %1 in an unexpected shape.")},
    K{TextKind::OdooHasNoDatabaseNamed, "odoo_has_no_database_named", QT_TRANSLATE_NOOP("ysb::Text", "Odoo has no database named \"%1\". Check the database name in the settings.")},
    K{TextKind::OdooCouldNotOpenDatabase, "odoo_could_not_open_database", QT_TRANSLATE_NOOP("ysb::Text", "Odoo could not open the database: %1")},
    K{TextKind::ZipArchiveWouldLargerThan, "zip_archive_would_larger_than", QT_TRANSLATE_NOOP("ysb::Text", "The ZIP archive would be larger than 4 GiB.")},
    K{TextKind::ZipArchiveWithoutZip64Holds, "zip_archive_without_zip64_holds", QT_TRANSLATE_NOOP("ysb::Text", "A ZIP archive without ZIP64 holds at most 65,535 files.")},
    K{TextKind::FileNameTooLongZip, "file_name_too_long_zip", QT_TRANSLATE_NOOP("ysb::Text", "The file name “%1” is too long for a ZIP archive.")},
    K{TextKind::ZipArchiveAlreadyHasFile, "zip_archive_already_has_file", QT_TRANSLATE_NOOP("ysb::Text", "The ZIP archive already has a file “%1”.")},
    K{TextKind::NotValidNameFileZip, "not_valid_name_file_zip", QT_TRANSLATE_NOOP("ysb::Text", "“%1” is not a valid name for a file in a ZIP archive.")},
    K{TextKind::JournalClosedDuringReconciliation, "journal_closed_during_reconciliation", QT_TRANSLATE_NOOP("ysb::Text", "The journal was closed during the reconciliation.")},
    K{TextKind::ThereNoJournalYetNothing, "there_no_journal_yet_nothing", QT_TRANSLATE_NOOP("ysb::Text", "There is no journal yet: nothing has been sent to compare with.")},
    K{TextKind::CannotWriteSupportBundle, "cannot_write_support_bundle", QT_TRANSLATE_NOOP("ysb::Text", "Cannot write the support bundle to %1: %2.")},
    K{TextKind::SupportBundleNotWrittenWould, "support_bundle_not_written_would", QT_TRANSLATE_NOOP("ysb::Text", "The support bundle was not written: %1 would still contain a secret.")},
    K{TextKind::ThereNoJournalYetSo, "there_no_journal_yet_so", QT_TRANSLATE_NOOP("ysb::Text", "There is no journal yet, so it has no order “%1”.")},
    K{TextKind::CannotRemoveSecretFile, "cannot_remove_secret_file", QT_TRANSLATE_NOOP("ysb::Text", "Cannot remove the secret file %1.")},
    K{TextKind::CannotWriteSecretFile, "cannot_write_secret_file", QT_TRANSLATE_NOOP("ysb::Text", "Cannot write the secret file %1 (%2).")},
    K{TextKind::CannotMakeSecretFilePrivate, "cannot_make_secret_file_private", QT_TRANSLATE_NOOP("ysb::Text", "Cannot make the secret file %1 private.")},
    K{TextKind::CannotCreateSecretsDirectory, "cannot_create_secrets_directory", QT_TRANSLATE_NOOP("ysb::Text", "Cannot create the secrets directory %1.")},
    K{TextKind::SecretFileEmpty, "secret_file_empty", QT_TRANSLATE_NOOP("ysb::Text", "The secret file %1 is empty.")},
    K{TextKind::SecretFileNotUtf8, "secret_file_not_utf_8", QT_TRANSLATE_NOOP("ysb::Text", "The secret file %1 is not UTF-8 text.")},
    K{TextKind::SecretFileTooLargePassword, "secret_file_too_large_password", QT_TRANSLATE_NOOP("ysb::Text", "The secret file %1 is too large to be a password or token.")},
    K{TextKind::SecretFileCannotRead, "secret_file_cannot_read", QT_TRANSLATE_NOOP("ysb::Text", "The secret file %1 cannot be read (%2).")},
    K{TextKind::SecretFileCanReadChanged, "secret_file_can_read_changed", QT_TRANSLATE_NOOP("ysb::Text", "The secret file %1 can be read or changed by other users; it is refused until you run: chmod 600 %2")},
    K{TextKind::NotRegularFile, "not_regular_file", QT_TRANSLATE_NOOP("ysb::Text", "%1 is not a regular file.")},
    K{TextKind::SecretsDirectoryCanReadChanged, "secrets_directory_can_read_changed", QT_TRANSLATE_NOOP("ysb::Text", "The secrets directory %1 can be read or changed by other users; secrets there are refused until you run: chmod 700 %2")},
    K{TextKind::NotDirectorySecretsDirNeeds, "not_directory_secrets_dir_needs", QT_TRANSLATE_NOOP("ysb::Text", "%1 is not a directory; --secrets-dir needs a directory holding odoo-password and ysell-token.")},
    K{TextKind::SecretsDirectoryDoesNotExist, "secrets_directory_does_not_exist", QT_TRANSLATE_NOOP("ysb::Text", "The secrets directory %1 does not exist.")},
    K{TextKind::SystemKeychain, "system_keychain", QT_TRANSLATE_NOOP("ysb::Text", "the system keychain")},
    K{TextKind::SystemKeychainDidNotAnswer, "system_keychain_did_not_answer", QT_TRANSLATE_NOOP("ysb::Text", "The system keychain did not answer in time. If it asks for a password, unlock it and try again.")},
    K{TextKind::SystemKeychainCouldNotRemove, "system_keychain_could_not_remove", QT_TRANSLATE_NOOP("ysb::Text", "The system keychain could not remove the %1.")},
    K{TextKind::SystemKeychainCouldNotStore, "system_keychain_could_not_store", QT_TRANSLATE_NOOP("ysb::Text", "The system keychain could not store the %1.")},
    K{TextKind::SystemKeychainCouldNotRead, "system_keychain_could_not_read", QT_TRANSLATE_NOOP("ysb::Text", "The system keychain could not read the %1.")},
    K{TextKind::CouldNotRemovedFromSystem, "could_not_removed_from_system", QT_TRANSLATE_NOOP("ysb::Text", "The %1 could not be removed from the system keychain.")},
    K{TextKind::SystemKeychainRefusedAccessMay, "system_keychain_refused_access_may", QT_TRANSLATE_NOOP("ysb::Text", "The system keychain refused access; it may be locked. Unlock it and try again.")},
    K{TextKind::AccessSystemKeychainDeniedSo, "access_system_keychain_denied_so", QT_TRANSLATE_NOOP("ysb::Text", "Access to the system keychain was denied, so the %1 cannot be used.")},
    K{TextKind::NoSystemKeychainAvailableExample, "no_system_keychain_available_example", QT_TRANSLATE_NOOP("ysb::Text", "No system keychain is available (for example GNOME Keyring, KWallet or KeePassXC with Secret Service must be running).")},
    K{TextKind::LookedIn, "looked_in", QT_TRANSLATE_NOOP("ysb::Text", "(Looked in: %1.)")},
    K{TextKind::NoSecretNamedStoredYet, "no_secret_named_stored_yet", QT_TRANSLATE_NOOP("ysb::Text", "No secret named \"%1\" is stored yet.")},
    K{TextKind::NoOdooPasswordApiKey, "no_odoo_password_api_key", QT_TRANSLATE_NOOP("ysb::Text", "No Odoo password or API key is stored yet. Enter it in Settings, or run: ysell-bridge-cli secret set odoo")},
    K{TextKind::NoYsellTokenStoredYet, "no_ysell_token_stored_yet", QT_TRANSLATE_NOOP("ysb::Text", "No Ysell token is stored yet. Enter it in Settings, or run: ysell-bridge-cli secret set ysell")},
    K{TextKind::YsellToken, "ysell_token", QT_TRANSLATE_NOOP("ysb::Text", "Ysell token")},
    K{TextKind::OdooPasswordApiKey, "odoo_password_api_key", QT_TRANSLATE_NOOP("ysb::Text", "Odoo password or API key")},
    K{TextKind::EmptyCannotStored, "empty_cannot_stored", QT_TRANSLATE_NOOP("ysb::Text", "An empty %1 cannot be stored.")},
    K{TextKind::InvalidSecretNameCharactersName, "invalid_secret_name_characters_name", QT_TRANSLATE_NOOP("ysb::Text", "Invalid secret name (%1 characters); a name is lower-case letters, digits, \".\", \"_\" and \"-\".")},
    K{TextKind::CannotSaveSettings, "cannot_save_settings", QT_TRANSLATE_NOOP("ysb::Text", "Cannot save the settings to %1: %2.")},
    K{TextKind::CannotMakePrivateMode600, "cannot_make_private_mode_600", QT_TRANSLATE_NOOP("ysb::Text", "Cannot make %1 private (mode 600).")},
    K{TextKind::CannotCreateFolder, "cannot_create_folder", QT_TRANSLATE_NOOP("ysb::Text", "Cannot create the folder %1.")},
    K{TextKind::CannotPrepareSettingsFile, "cannot_prepare_settings_file", QT_TRANSLATE_NOOP("ysb::Text", "Cannot prepare the settings file.")},
    K{TextKind::CannotCreateTemporaryFolderSave, "cannot_create_temporary_folder_save", QT_TRANSLATE_NOOP("ysb::Text", "Cannot create a temporary folder to save the settings.")},
    K{TextKind::CannotSaveSettingsFolder, "cannot_save_settings_folder", QT_TRANSLATE_NOOP("ysb::Text", "Cannot save the settings: %1 is a folder.")},
    K{TextKind::SettingsWereNotSaved, "settings_were_not_saved", QT_TRANSLATE_NOOP("ysb::Text", "The settings were not saved:")},
    K{TextKind::NoConfigurationFileGiven, "no_configuration_file_given", QT_TRANSLATE_NOOP("ysb::Text", "No configuration file was given.")},
    K{TextKind::CannotCreateTemporaryCopyConfiguration, "cannot_create_temporary_copy_configuration", QT_TRANSLATE_NOOP("ysb::Text", "Cannot create a temporary copy of the configuration.")},
    K{TextKind::CannotCreateTemporaryFolderRead, "cannot_create_temporary_folder_read", QT_TRANSLATE_NOOP("ysb::Text", "Cannot create a temporary folder to read the configuration.")},
    K{TextKind::ConfigurationFileCannotUsed, "configuration_file_cannot_used", QT_TRANSLATE_NOOP("ysb::Text", "The configuration file %1 cannot be used:")},
    K{TextKind::YsellTokenContainsControlCharacter, "ysell_token_contains_control_character", QT_TRANSLATE_NOOP("ysb::Text", "The Ysell token contains a control character (a line break inside the file, say); store it again without.")},
    K{TextKind::OdooPasswordApiKeyContains, "odoo_password_api_key_contains", QT_TRANSLATE_NOOP("ysb::Text", "The Odoo password or API key contains a control character (a line break inside the file, say); store it again without.")},
    K{TextKind::YsellTokenNotSet, "ysell_token_not_set", QT_TRANSLATE_NOOP("ysb::Text", "The Ysell token is not set.")},
    K{TextKind::OdooPasswordApiKeyNot, "odoo_password_api_key_not", QT_TRANSLATE_NOOP("ysb::Text", "The Odoo password or API key is not set.")},
    K{TextKind::OdooHasNoOrderBridge, "odoo_has_no_order_bridge", QT_TRANSLATE_NOOP("ysb::Text", "Odoo has no order “%1” (or the bridge's Odoo user cannot see it).")},
    K{TextKind::JournalClosed, "journal_closed", QT_TRANSLATE_NOOP("ysb::Text", "The journal is closed.")},
    K{TextKind::OdooNoLongerHasOrder, "odoo_no_longer_has_order", QT_TRANSLATE_NOOP("ysb::Text", "Odoo no longer has order %1.")},
    K{TextKind::CouldNotReadLinesFrom, "could_not_read_lines_from", QT_TRANSLATE_NOOP("ysb::Text", "Could not read the lines of %1 from Odoo: %2")},
    K{TextKind::OrderHasNoOdooId, "order_has_no_odoo_id", QT_TRANSLATE_NOOP("ysb::Text", "Order %1 has no Odoo id in the journal yet; wait for the next send cycle.")},
    K{TextKind::SerialNumberAlreadyUsedOrder, "serial_number_already_used_order", QT_TRANSLATE_NOOP("ysb::Text", "Serial number %1 is already used for order %2.")},
    K{TextKind::SerialNumberGivenTwice, "serial_number_given_twice", QT_TRANSLATE_NOOP("ysb::Text", "Serial number %1 is given twice.")},
    K{TextKind::NeedsSerialNumbersAreEntered, "needs_serial_numbers_are_entered", QT_TRANSLATE_NOOP("ysb::Text", "%1 needs %2 serial numbers; %3 are entered. Fill in every unit, or leave all of them empty to use the serial numbers reserved in Odoo.")},
    K{TextKind::RequestWithoutTokenNotRefused, "request_without_token_not_refused", QT_TRANSLATE_NOOP("ysb::Text", "a request without the token was not refused but answered with HTTP %1")},
    K{TextKind::HttpStatusOnly, "http_status_only", QT_TRANSLATE_NOOP("ysb::Text", "HTTP %1")},
    K{TextKind::HttpWithAnswerThatNot, "http_with_answer_that_not", QT_TRANSLATE_NOOP("ysb::Text", "HTTP %1 with an answer that is not an order or a list of orders")},
    K{TextKind::Http404WithoutYsellS, "http_404_without_ysell_s", QT_TRANSLATE_NOOP("ysb::Text", "HTTP 404 without Ysell's error object")},
    K{TextKind::ServerDoesNotAnswerLike, "server_does_not_answer_like", QT_TRANSLATE_NOOP("ysb::Text", "The server at %1 does not answer like Ysell's API (%2). Check the Ysell address and the route preset in the settings.")},
    K{TextKind::NoYsellApiTokenSet, "no_ysell_api_token_set", QT_TRANSLATE_NOOP("ysb::Text", "No Ysell API token is set. Enter the token of the Ysell user in the settings.")},
    K{TextKind::NoHttpClientGiven, "no_http_client_given", QT_TRANSLATE_NOOP("ysb::Text", "No HTTP client was given.")},
    K{TextKind::YsellAnsweredSearchOrderWith, "ysell_answered_search_order_with", QT_TRANSLATE_NOOP("ysb::Text", "Ysell answered the search for order %1 with order %2. Check the find-by-number route in the settings.")},
    K{TextKind::YsellAnsweredSearchOrderWith2, "ysell_answered_search_order_with_2", QT_TRANSLATE_NOOP("ysb::Text", "Ysell answered the search for order %1 with a list of all orders. Check the find-by-number route in the settings.")},
    K{TextKind::YsellsListOrdersHolds, "ysells_list_orders_holds", QT_TRANSLATE_NOOP("ysb::Text", "Ysell's list of orders holds something that is not an order.")},
    K{TextKind::YsellsAnswerAboutOrder, "ysells_answer_about_order", QT_TRANSLATE_NOOP("ysb::Text", "Ysell's answer about the order has no status at “%1”. Check answer.status in the Ysell mapping file.")},
    K{TextKind::YsellsAnswerHasNo, "ysells_answer_has_no", QT_TRANSLATE_NOOP("ysb::Text", "Ysell's answer has no order id at “%1”; check answer.id in the Ysell mapping file.")},
    K{TextKind::YsellSentOrderStatusBridge, "ysell_sent_order_status_bridge", QT_TRANSLATE_NOOP("ysb::Text", "Ysell sent an order status the bridge cannot read at “%1”. Check answer.status in the Ysell mapping file.")},
    K{TextKind::YsellsAnswerHasNo2, "ysells_answer_has_no_2", QT_TRANSLATE_NOOP("ysb::Text", "Ysell's answer has no order id.")},
    K{TextKind::YsellsAnswerNotOrder, "ysells_answer_not_order", QT_TRANSLATE_NOOP("ysb::Text", "Ysell's answer is not an order.")},
    K{TextKind::YsellSentOrderStatusBridge2, "ysell_sent_order_status_bridge_2", QT_TRANSLATE_NOOP("ysb::Text", "Ysell sent an order status the bridge cannot read.")},
    K{TextKind::YsellSentOrderStatusWithout, "ysell_sent_order_status_without", QT_TRANSLATE_NOOP("ysb::Text", "Ysell sent an order status without a code.")},
    K{TextKind::YsellsAnswerNotValid, "ysells_answer_not_valid", QT_TRANSLATE_NOOP("ysb::Text", "Ysell's answer is not valid JSON. Check the Ysell address and route settings; a proxy or login page may be answering instead.")},
    K{TextKind::YsellsAnswerNestedToo, "ysells_answer_nested_too", QT_TRANSLATE_NOOP("ysb::Text", "Ysell's answer is nested too deeply to be order data. Check the Ysell address and route settings.")},
    K{TextKind::YsellSentEmptyAnswerWhere, "ysell_sent_empty_answer_where", QT_TRANSLATE_NOOP("ysb::Text", "Ysell sent an empty answer where order data was expected.")},
    K{TextKind::YsellAddressWithRouteDoes, "ysell_address_with_route_does", QT_TRANSLATE_NOOP("ysb::Text", "The Ysell address “%1” with route “%2” does not form a valid web address.")},
    K{TextKind::YsellRouteUsesWhichCannot, "ysell_route_uses_which_cannot", QT_TRANSLATE_NOOP("ysb::Text", "The Ysell route “%1” uses {%2}, which cannot be filled in here.")},
    K{TextKind::YsellRouteMustStartWith, "ysell_route_must_start_with", QT_TRANSLATE_NOOP("ysb::Text", "The Ysell route “%1” must start with a single “/”.")},
    K{TextKind::YsellRouteUsesOnlyId, "ysell_route_uses_only_id", QT_TRANSLATE_NOOP("ysb::Text", "The Ysell route “%1” uses {%2}; only {id} and {order_num} can be filled in.")},
    K{TextKind::YsellRouteNotValidWrite, "ysell_route_not_valid_write", QT_TRANSLATE_NOOP("ysb::Text", "The Ysell route “%1” is not valid. Write it like “GET /api/v1/order/{id}”.")},
    K{TextKind::YsellMappingFileHasProblems, "ysell_mapping_file_has_problems", QT_TRANSLATE_NOOP("ysb::Text", "The Ysell mapping file %1 has problems:")},
    K{TextKind::FileCannotRead, "file_cannot_read", QT_TRANSLATE_NOOP("ysb::Text", "the file cannot be read (%1).")},
    K{TextKind::ThisNotFile, "this_not_file", QT_TRANSLATE_NOOP("ysb::Text", "this is not a file.")},
    K{TextKind::FileDoesNotExist, "file_does_not_exist", QT_TRANSLATE_NOOP("ysb::Text", "the file does not exist.")},
    K{TextKind::YsellMappingFile, "ysell_mapping_file", QT_TRANSLATE_NOOP("ysb::Text", "The Ysell mapping file %1: %2")},
    K{TextKind::LineGoesUnderWhichClashes, "line_goes_under_which_clashes", QT_TRANSLATE_NOOP("ysb::Text", "line %1: %2 goes under “%3”, which clashes with %4 (“%5”, %6).")},
    K{TextKind::Preset, "preset", QT_TRANSLATE_NOOP("ysb::Text", "the preset")},
    K{TextKind::Line, "line", QT_TRANSLATE_NOOP("ysb::Text", "line %1")},
    K{TextKind::LineNotFieldBridgeKnows, "line_not_field_bridge_knows", QT_TRANSLATE_NOOP("ysb::Text", "line %1: “%2” is not a field the bridge knows. Known: preset, encoding, serials, answer.status, answer.status_name, answer.id, %3.")},
    K{TextKind::LineNotValidNameUse, "line_not_valid_name_use", QT_TRANSLATE_NOOP("ysb::Text", "line %1: “%2” is not a valid name; use letters, digits, _ and -, with dots to nest (recipient.city).")},
    K{TextKind::LineCannotLeftOutYsell, "line_cannot_left_out_ysell", QT_TRANSLATE_NOOP("ysb::Text", "line %1: %2 cannot be left out; Ysell needs it.")},
    K{TextKind::LineNotPathWriteDotted, "line_not_path_write_dotted", QT_TRANSLATE_NOOP("ysb::Text", "line %1: “%2” is not a path; write dotted names such as status.code.")},
    K{TextKind::LineCannotEmptyBridgeMust, "line_cannot_empty_bridge_must", QT_TRANSLATE_NOOP("ysb::Text", "line %1: %2 cannot be empty; the bridge must read it from Ysell's answer.")},
    K{TextKind::LineSerialsMustListComma, "line_serials_must_list_comma", QT_TRANSLATE_NOOP("ysb::Text", "line %1: serials must be list or comma, not “%2”.")},
    K{TextKind::LineEncodingMustJsonMultipart, "line_encoding_must_json_multipart", QT_TRANSLATE_NOOP("ysb::Text", "line %1: encoding must be json or multipart, not “%2”.")},
    K{TextKind::LinePresetMustNot, "line_preset_must_not", QT_TRANSLATE_NOOP("ysb::Text", "line %1: preset must be %2, not “%3”.")},
    K{TextKind::LineAlreadySetOnLine, "line_already_set_on_line", QT_TRANSLATE_NOOP("ysb::Text", "line %1: “%2” is already set on line %3.")},
    K{TextKind::LineWriteFieldNameE, "line_write_field_name_e", QT_TRANSLATE_NOOP("ysb::Text", "line %1: write “field = name”, e.g. “item.qty = qty”.")},
    K{TextKind::LineContainsControlCharacters, "line_contains_control_characters", QT_TRANSLATE_NOOP("ysb::Text", "line %1: contains control characters.")},
    K{TextKind::MappingNotUtf8Text, "mapping_not_utf_8_text", QT_TRANSLATE_NOOP("ysb::Text", "The mapping is not UTF-8 text.")},
    K{TextKind::MappingLargerThanKibNot, "mapping_larger_than_kib_not", QT_TRANSLATE_NOOP("ysb::Text", "The mapping is larger than %1 KiB; it is not a mapping file.")},
    K{TextKind::OdooHasNoModel, "odoo_has_no_model", QT_TRANSLATE_NOOP("ysb::Text", "Odoo has no model %1; is the Sales app installed?")},
    K{TextKind::CreatingFieldFailed, "creating_field_failed", QT_TRANSLATE_NOOP("ysb::Text", "Creating the field %1.%2 failed: %3")},
    K{TextKind::MayNotCreateFields, "may_not_create_fields", QT_TRANSLATE_NOOP("ysb::Text", "Your Odoo user may not create fields. Ask an Odoo administrator to create the fields x_ysell_product_id (on Product Variant), x_ysell_order_id and x_ysell_state (on Sales Order) as text fields, or to give your user the Administration/Settings rights for this step.")},
    K{TextKind::NotKnownYetPickedUp, "not_known_yet_picked_up", QT_TRANSLATE_NOOP("ysb::Text", "%1 is not known yet; it is picked up when Odoo lists it as confirmed.")},
    K{TextKind::SameNumberNotSent, "same_number_not_sent", QT_TRANSLATE_NOOP("ysb::Text", "Orders #%1 and #%2 have the same number %3 in Ysell; #%2 is not sent.")},
    K{TextKind::ReconcileCancelled, "reconcile_cancelled", QT_TRANSLATE_NOOP("ysb::Text", "The reconciliation was cancelled.")},
    K{TextKind::OtherDeliveryNoLongerOpen, "other_delivery_no_longer_open", QT_TRANSLATE_NOOP("ysb::Text", "The other delivery %1 is no longer open in Odoo (done or cancelled).")},
    K{TextKind::OtherDeliveriesNoLongerOpen, "other_deliveries_no_longer_open", QT_TRANSLATE_NOOP("ysb::Text", "The other deliveries %1 are no longer open in Odoo (done or cancelled).")},
    K{TextKind::OtherDeliveryStillOpen, "other_delivery_still_open", QT_TRANSLATE_NOOP("ysb::Text", "Still open: %1.")},
    K{TextKind::DeliveryNoLocationNamed, "delivery_no_location_named", QT_TRANSLATE_NOOP("ysb::Text", "Odoo has no internal location named “%1”.")},
    K{TextKind::DeliveryCreateLocation, "delivery_create_location", QT_TRANSLATE_NOOP("ysb::Text", "Create the location in Odoo (Inventory → Configuration → Locations), or enter its exact name in the settings.")},
    K{TextKind::DeliverySeveralLocations, "delivery_several_locations", QT_TRANSLATE_NOOP("ysb::Text", "Several locations match “%1”: %2.")},
    K{TextKind::DeliveryEnterFullName, "delivery_enter_full_name", QT_TRANSLATE_NOOP("ysb::Text", "Enter the full name of the right one (for example %1) in the settings.")},
    K{TextKind::DeliveryLocationNoWarehouse, "delivery_location_no_warehouse", QT_TRANSLATE_NOOP("ysb::Text", "The location %1 belongs to no warehouse.")},
    K{TextKind::DeliveryMoveLocation, "delivery_move_location", QT_TRANSLATE_NOOP("ysb::Text", "Move the location under a warehouse in Odoo, so that deliveries can start from it.")},
    K{TextKind::DeliveryLocationFound, "delivery_location_found", QT_TRANSLATE_NOOP("ysb::Text", "Found %1 (warehouse %2).")},
    K{TextKind::DeliveryNoType, "delivery_no_type", QT_TRANSLATE_NOOP("ysb::Text", "The warehouse of %1 has no delivery operation type.")},
    K{TextKind::DeliveryCreateType, "delivery_create_type", QT_TRANSLATE_NOOP("ysb::Text", "Create a Delivery operation type for that warehouse in Odoo (Inventory → Configuration → Operation Types).")},
    K{TextKind::DeliveryNoTypeNamed, "delivery_no_type_named", QT_TRANSLATE_NOOP("ysb::Text", "The warehouse of %1 has no delivery operation type named “%2”; it has %3.")},
    K{TextKind::DeliveryChooseType, "delivery_choose_type", QT_TRANSLATE_NOOP("ysb::Text", "Choose one of them as the delivery type in the settings, or leave the field empty to use the first one.")},
    K{TextKind::DeliveryTypeUsed, "delivery_type_used", QT_TRANSLATE_NOOP("ysb::Text", "Deliveries will use “%1” (%2).")},
    K{TextKind::DeliveryTypesFirstOfMany, "delivery_types_first_of_many", QT_TRANSLATE_N_NOOP("ysb::Text", "The warehouse has %n delivery types; this is the first by sequence, the others are %1."), true},
    K{TextKind::DeliveryTypesSameName, "delivery_types_same_name", QT_TRANSLATE_N_NOOP("ysb::Text", "%n delivery types of the warehouse are named “%1”; this is the first by sequence."), true},
    K{TextKind::DeliveryChooseOther, "delivery_choose_other", QT_TRANSLATE_NOOP("ysb::Text", "If deliveries should use another one, choose it as the delivery type in the settings.")},
    K{TextKind::DeliveryRenameOthers, "delivery_rename_others", QT_TRANSLATE_NOOP("ysb::Text", "Rename the others in Odoo (Inventory → Configuration → Operation Types).")},
    K{TextKind::DeliveryLocationsUnread, "delivery_locations_unread", QT_TRANSLATE_NOOP("ysb::Text", "The locations could not be read.")},
    K{TextKind::DeliveryCustomersFound, "delivery_customers_found", QT_TRANSLATE_NOOP("ysb::Text", "Found the Customers location.")},
    K{TextKind::DeliveryNoCustomers, "delivery_no_customers", QT_TRANSLATE_NOOP("ysb::Text", "Odoo has no standard Customers location: %1")},
    K{TextKind::DeliveryCheckInventory, "delivery_check_inventory", QT_TRANSLATE_NOOP("ysb::Text", "Check that the Inventory app is installed in Odoo.")},
    K{TextKind::DeliveryCustomersUnread, "delivery_customers_unread", QT_TRANSLATE_NOOP("ysb::Text", "The Customers location could not be looked up.")},
    K{TextKind::DeliveryWarehouseUnknown, "delivery_warehouse_unknown", QT_TRANSLATE_NOOP("ysb::Text", "the warehouse of the ShemaxGlobal location is not known.")},
    K{TextKind::DeliveryTypesUnread, "delivery_types_unread", QT_TRANSLATE_NOOP("ysb::Text", "The operation types could not be read.")},
    K{TextKind::Quoted, "quoted", QT_TRANSLATE_NOOP("ysb::Text", "“%1”")},
    K{TextKind::Alternatives, "alternatives", QT_TRANSLATE_NOOP("ysb::Text", "%1 or %2")},
    K{TextKind::SecretStoreKeychain, "secret_store_keychain", QT_TRANSLATE_NOOP("ysb::Text", "system keychain")},
    K{TextKind::SecretStoreDirectory, "secret_store_directory", QT_TRANSLATE_NOOP("ysb::Text", "secrets directory %1")},
    K{TextKind::SecretStoreSession, "secret_store_session", QT_TRANSLATE_NOOP("ysb::Text", "this session only")},
    K{TextKind::SessionOnlyNotice, "session_only_notice", QT_TRANSLATE_NOOP("ysb::Text", "No system keychain is available; secrets are kept for this session only.")},
    K{TextKind::ConfigBadValue, "config_bad_value", nullptr},
    K{TextKind::ConfigWhereWhat, "config_where_what", nullptr},
    K{TextKind::ConfigUrlHttp, "config_url_http", QT_TRANSLATE_NOOP("ysb::Text", "must start with https:// (plain http:// would send passwords and orders unencrypted)")},
    K{TextKind::ConfigUrlNotHttps, "config_url_not_https", QT_TRANSLATE_NOOP("ysb::Text", "must start with https://, e.g. https://example.com")},
    K{TextKind::ConfigUrlInvalid, "config_url_invalid", QT_TRANSLATE_NOOP("ysb::Text", "is not a valid address; write it like https://example.com")},
    K{TextKind::ConfigUrlUserInfo, "config_url_user_info", QT_TRANSLATE_NOOP("ysb::Text", "must not contain a user name or password; secrets belong in the keychain")},
    K{TextKind::ConfigUrlQuery, "config_url_query", QT_TRANSLATE_NOOP("ysb::Text", "must not contain \"?\" or \"#\"")},
    K{TextKind::ConfigTextControl, "config_text_control", QT_TRANSLATE_NOOP("ysb::Text", "must be one line of text without control characters")},
    K{TextKind::ConfigTextTooLong, "config_text_too_long", QT_TRANSLATE_NOOP("ysb::Text", "is longer than %1 characters")},
    K{TextKind::ConfigNumberRange, "config_number_range", QT_TRANSLATE_NOOP("ysb::Text", "must be a whole number from %1 to %2")},
    K{TextKind::ConfigRouteShape, "config_route_shape", QT_TRANSLATE_NOOP("ysb::Text", "must look like \"%1\" (the method may be left out), or be empty for the preset")},
    K{TextKind::ConfigRoutePlaceholder, "config_route_placeholder", QT_TRANSLATE_NOOP("ysb::Text", "uses {%1}; only {id} and {order_num} can be filled in")},
    K{TextKind::ConfigRouteMustContain, "config_route_must_contain", QT_TRANSLATE_NOOP("ysb::Text", "must contain %1")},
    K{TextKind::ConfigNotUtf8, "config_not_utf_8", QT_TRANSLATE_NOOP("ysb::Text", "The file is not UTF-8 text; it does not look like a configuration file.")},
    K{TextKind::ConfigLineBinary, "config_line_binary", QT_TRANSLATE_NOOP("ysb::Text", "Line %1 contains binary data or control characters; the file does not look like a configuration file.")},
    K{TextKind::ConfigLineSectionHeader, "config_line_section_header", QT_TRANSLATE_NOOP("ysb::Text", "Line %1: a section header must look like [name].")},
    K{TextKind::ConfigLineNeither, "config_line_neither", QT_TRANSLATE_NOOP("ysb::Text", "Line %1 is neither a [section] header nor a \"key = value\" line.")},
    K{TextKind::ConfigLineOutsideSection, "config_line_outside_section", QT_TRANSLATE_NOOP("ysb::Text", "Line %1: the key %2 is outside any [section].")},
    K{TextKind::ConfigAtValue, "config_at_value", QT_TRANSLATE_NOOP("ysb::Text", "%1 (line %2): values starting with @ are not supported; write @@ for a literal @.")},
    K{TextKind::ConfigComma, "config_comma", QT_TRANSLATE_NOOP("ysb::Text", "contains a comma; write the value in double quotes (\"…\")")},
    K{TextKind::ConfigBool, "config_bool", QT_TRANSLATE_NOOP("ysb::Text", "must be true or false")},
    K{TextKind::ConfigNoDoneStatus, "config_no_done_status", QT_TRANSLATE_NOOP("ysb::Text", "%1: must name at least one status, e.g. Done,7.1,7.2")},
    K{TextKind::ConfigDoneStatusShape, "config_done_status_shape", QT_TRANSLATE_NOOP("ysb::Text", "each status must be a short code or name, e.g. 7.1")},
    K{TextKind::ConfigAttentionStatusShape, "config_attention_status_shape", QT_TRANSLATE_NOOP("ysb::Text", "each status must be a short code or name, e.g. 3.1")},
    K{TextKind::ConfigAlsoDone, "config_also_done", QT_TRANSLATE_NOOP("ysb::Text", "is also a done status (done_statuses)")},
    K{TextKind::ConfigFileMissing, "config_file_missing", QT_TRANSLATE_NOOP("ysb::Text", "the file does not exist")},
    K{TextKind::ConfigNotAFile, "config_not_a_file", QT_TRANSLATE_NOOP("ysb::Text", "is not a file")},
    K{TextKind::ConfigFileUnreadable, "config_file_unreadable", QT_TRANSLATE_NOOP("ysb::Text", "the file cannot be read")},
    K{TextKind::ConfigJournalIsFolder, "config_journal_is_folder", QT_TRANSLATE_NOOP("ysb::Text", "is a folder; give a file name, e.g. journal.sqlite")},
    K{TextKind::ConfigInvalidDate, "config_invalid_date", QT_TRANSLATE_NOOP("ysb::Text", "%1: is not a valid date")},
    K{TextKind::ConfigNoShemax, "config_no_shemax", QT_TRANSLATE_NOOP("ysb::Text", "%1: must name the stock location, e.g. ShemaxGlobal")},
    K{TextKind::ConfigLanguage, "config_language", QT_TRANSLATE_NOOP("ysb::Text", "must be en, ru, or empty to follow the system")},
    K{TextKind::ConfigCategory, "config_category", QT_TRANSLATE_NOOP("ysb::Text", "each category must be a word of letters, digits, _ . or -")},
    K{TextKind::ConfigOdooUrlMissing, "config_odoo_url_missing", QT_TRANSLATE_NOOP("ysb::Text", "%1: the Odoo address is not set")},
    K{TextKind::ConfigOdooDatabaseMissing, "config_odoo_database_missing", QT_TRANSLATE_NOOP("ysb::Text", "%1: the Odoo database is not set")},
    K{TextKind::ConfigOdooLoginMissing, "config_odoo_login_missing", QT_TRANSLATE_NOOP("ysb::Text", "%1: the Odoo login is not set")},
    K{TextKind::ConfigYsellUrlMissing, "config_ysell_url_missing", QT_TRANSLATE_NOOP("ysb::Text", "%1: the Ysell address is not set")},
    K{TextKind::ConfigFileDoesNotExist, "config_file_does_not_exist", QT_TRANSLATE_NOOP("ysb::Text", "The file does not exist.")},
    K{TextKind::ConfigIsFolder, "config_is_folder", QT_TRANSLATE_NOOP("ysb::Text", "This is a folder, not a configuration file.")},
    K{TextKind::ConfigNotRegular, "config_not_regular", QT_TRANSLATE_NOOP("ysb::Text", "This is not a regular file (a pipe or a device, say), not a configuration file.")},
    K{TextKind::ConfigCannotRead, "config_cannot_read", QT_TRANSLATE_NOOP("ysb::Text", "The file cannot be read (%1).")},
    K{TextKind::ConfigTooLarge, "config_too_large", QT_TRANSLATE_NOOP("ysb::Text", "The file is larger than %1 KiB; it is not a configuration file.")},
    K{TextKind::ConfigNotIni, "config_not_ini", QT_TRANSLATE_NOOP("ysb::Text", "The file is not in INI format (sections in [brackets], then key = value lines).")},
    K{TextKind::ConfigUnknownSection, "config_unknown_section", QT_TRANSLATE_NOOP("ysb::Text", "[%1]: unknown section; known sections are %2.")},
    K{TextKind::ConfigSecretInFile, "config_secret_in_file", QT_TRANSLATE_NOOP("ysb::Text", "%1: secrets are never read from the configuration file; remove the line and store the secret in the system keychain (settings dialog or \"ysell-bridge-cli secret set\") or in the secrets directory.")},
    K{TextKind::ConfigUnknownKey, "config_unknown_key", QT_TRANSLATE_NOOP("ysb::Text", "%1: unknown setting; known keys in [%2] are %3.")},
    K{TextKind::ConfigAuth, "config_auth", QT_TRANSLATE_NOOP("ysb::Text", "%1: must be password or api_key (the secret itself is never written here)")},
    K{TextKind::ConfigMustBe, "config_must_be", QT_TRANSLATE_NOOP("ysb::Text", "must be %1")},
    K{TextKind::ConfigStartDate, "config_start_date", QT_TRANSLATE_NOOP("ysb::Text", "must be a date written as yyyy-MM-dd, e.g. 2026-01-31, or empty for none")},
    K{TextKind::SupportPeriodBackwards, "support_period_backwards", QT_TRANSLATE_NOOP("ysb::Text", "The period ends (%1) before it starts (%2).")},
    K{TextKind::SupportNoOrder, "support_no_order", QT_TRANSLATE_NOOP("ysb::Text", "The journal has no order “%1”.")},
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

bool Text::operator==(const Text &other) const = default;

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

Text Text::lines(const QList<Text> &texts)
{
    Text t(TextKind::Lines);
    t.m_args = texts;
    return t;
}

Text Text::dataLines(const QStringList &values)
{
    Text t(TextKind::Lines);
    for (const QString &v : values)
        t.m_args.append(data(v));
    return t;
}

Text Text::argList(const QStringList &values) const
{
    Text list(TextKind::List);
    for (const QString &v : values)
        list = list.arg(v);
    return arg(list);
}

Text Text::alternatives(const QStringList &values)
{
    Text t(TextKind::Alternatives);
    for (const QString &v : values)
        t.m_args.append(data(v));
    return t;
}

Text Text::counted(TextKind kind, qint64 count)
{
    return Text(kind).arg(count);
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
    case TextKind::Words:
        return join(m_args, u" "_s);
    case TextKind::JournalOrderChoice: // "#12 (sent, Customer)": the same in every language
        return substitute(u"#%1 (%2, %3)"_s, m_args);
    case TextKind::ConfigBadValue: // "[odoo] url = http://x: must start with https://…"
        return substitute(u"%1 = %2: %3"_s, m_args);
    case TextKind::ConfigWhereWhat:
        return substitute(u"%1: %2"_s, m_args);
    case TextKind::YsellStatus:
        return ysellStatusLabel(m_args.value(0).render(), m_args.value(1).render());
    case TextKind::Alternatives: // "a, b or c": the last two joined by the reader's "or"
        if (m_args.size() < 2)
            return join(m_args, {});
        return substitute(QCoreApplication::translate(kContext, kKinds[size_t(m_kind)].source),
                          {data(join(m_args.first(m_args.size() - 1), u", "_s)), m_args.last()});
    default:
        break;
    }
    const auto i = size_t(m_kind);
    if (i >= kKinds.size() || !kKinds[i].source)
        return m_data;
    if (kKinds[i].numerus) {
        // The count picks the plural form and fills %n; the other arguments fill %1, %2…
        bool counted = false;
        const int n = m_args.value(0).render().toInt(&counted);
        return substitute(QCoreApplication::translate(kContext, kKinds[i].source, nullptr, counted ? n : -1),
                          m_args.mid(1));
    }
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
