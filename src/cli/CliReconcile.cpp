// ysell-bridge-cli reconcile [--json]
#include "CliApp.h"

#include "Printable.h"
#include "journal/Journal.h"
#include "ops/ReconcileJob.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ysb::cli {

void CliApp::cmdReconcile()
{
    if (!m_args.isEmpty()) {
        fail(Error::plain(ErrorKind::Config, tr("reconcile: unexpected argument “%1”.").arg(m_args.first())));
        return;
    }
    if (!loadConfig())
        return;
    // A reconciliation changes nothing.
    withSecrets([this](const BridgeSecrets &secrets) {
        withReadOnlyJournal([this, &secrets](const std::shared_ptr<Journal> &journal) {
            auto *job = ReconcileJob::start(m_config, secrets, journal.get(), Clock::system(), this);
            connect(job, &ReconcileJob::finished, this, [this, journal](const Result<ReconcileReport> &r) {
                if (!r.ok()) {
                    fail(r.error());
                    return;
                }
                printReconcileReport(r.value());
                quit(r->rows.isEmpty() ? ExitOk : ExitAttention);
            });
        });
    });
}

void CliApp::printReconcileReport(const ReconcileReport &report)
{
    if (m_json) {
        QJsonArray rows;
        for (const ReconcileRow &row : report.rows)
            rows.append(row.toJson());
        m_out << QJsonDocument(QJsonObject{{u"rows"_s, rows},
                                           {u"odoo_orders"_s, report.odooOrders},
                                           {u"odoo_pickings"_s, report.odooPickings},
                                           {u"odoo_calls"_s, report.odooCalls},
                                           {u"ysell_lookups"_s, report.ysellLookups}})
                     .toJson(QJsonDocument::Indented);
        return;
    }
    for (const ReconcileRow &row : report.rows) {
        m_out << Printable::visible(row.order) << u"  "_s << ReconcileRow::kindLabel(row.kind) << u'\n'
              << u"  "_s << tr("found: %1").arg(Printable::visible(row.found())) << u'\n'
              << u"  "_s << tr("to do: %1").arg(row.advice) << u'\n';
    }
    m_out << report.summary() << tr(" (%1 Odoo calls, %2 Ysell look-ups).").arg(report.odooCalls).arg(report.ysellLookups)
          << u'\n';
}

} // namespace ysb::cli
