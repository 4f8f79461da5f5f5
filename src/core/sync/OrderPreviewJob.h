#pragma once

#include "Clock.h"
#include "OneShotJob.h"
#include "Result.h"
#include "settings/Config.h"
#include "sync/Bridge.h"
#include "sync/SyncContext.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace ysb {

class HttpClient;
class Journal;
class OdooClient;
class YsellClient;

/// What `preview` shows for one order.
struct OrderPreview {
    QString orderName;
    QString ysellNumber;  ///< the order_num it was, or would now be, sent under (NAME-<odoo id> for a twin)
    QString requestText;  ///< method and URL, headers (token masked), body: YsellClient::describe()
    QStringList problems; ///< why the order would not be sent now; empty when it would be
};

/// Builds the create request the bridge would send for one order, without sending it and without
/// changing any state: the order and its reserved serials are read from Odoo over a connection of
/// its own that records nothing, the clerk's serials come from the journal read-only, and there
/// is no claim in Odoo and no request to Ysell. Emits finished() once, then deletes itself.
class OrderPreviewJob final : public OneShotJob {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderPreviewJob)
public:
    /// `journal` (may be null) is only read. Settings or secrets that would stop the bridge stop
    /// the preview too, with the same message.
    static OrderPreviewJob *start(const Config &config, const BridgeSecrets &secrets, const QString &orderName,
                                  const Journal *journal, Clock *clock = Clock::system(),
                                  QObject *parent = nullptr);
    ~OrderPreviewJob() override;

Q_SIGNALS:
    /// The preview, or why it could not be made (settings, connection, no such order in Odoo).
    void finished(const ysb::Result<ysb::OrderPreview> &result);

private:
    OrderPreviewJob(QString orderName, const Journal *journal, QObject *parent);
    Status setUp(const Config &config, const BridgeSecrets &secrets, Clock *clock);
    void readOrder();
    void readSerials(const SaleOrder &order);
    void build(const SaleOrder &order, const QList<MoveLineSerial> &reserved);
    void done(const Result<OrderPreview> &result);

    QString m_name;                    // as given: the order's name, or "#ID" (its Odoo id)
    std::optional<OrderRecord> m_record; // the journal's row of the order, when it has one
    QPointer<const Journal> m_journal; // the app's journal may close while Odoo answers
    HttpClient *m_odooHttp = nullptr;
    OdooClient *m_odoo = nullptr;
    YsellClient *m_ysell = nullptr;
    SyncContext m_ctx;
};

} // namespace ysb
