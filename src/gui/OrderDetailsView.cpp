#include "OrderDetailsView.h"

#include "OrdersModel.h"
#include "Printable.h"
#include "journal/Journal.h"
#include "journal/OrderFields.h"
#include "ysell/YsellStatus.h"
#include "sync/OrderPreviewJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {

// Times in the details: to the second, in the local time zone.
const QString kTimeFormat = u"yyyy-MM-dd HH:mm:ss"_s;

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), kTimeFormat) : QString();
}

QString esc(const QString &s)
{
    // Text from Odoo and Ysell: controls made visible (an ESC or a bidi override stays inert).
    return Printable::visible(s, true).toHtmlEscaped();
}

QString body(const QString &text)
{
    if (text.isEmpty())
        return QString();
    QString shown = text.left(OrderDetailsView::MaxBodyChars);
    if (text.size() > shown.size())
        shown += u"\n…"_s;
    return u"<pre style=\"margin:2px 0 6px 16px; white-space:pre-wrap;\">"_s + esc(shown) + u"</pre>"_s;
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><td style=\"padding-right:12px; color:#555;\">"_s + esc(label) + u"</td><td>"_s + valueHtml
         + u"</td></tr>"_s;
}

// One field of the order as a row of the details table; nothing when it has no value to show.
QString fieldRow(const OrderRecord &r, const OrderField &field)
{
    const QString label = orderFieldLabel(field);
    if (field.column == "ysell_status_code"_L1) {
        if (r.ysellStatusCode.isEmpty())
            return QString();
        return row(label, esc(ysellStatusLabel(r.ysellStatusCode, r.ysellStatusName)));
    }
    if (field.column == "next_attempt_at"_L1 && (r.state == OrderState::PickingCreated || r.state == OrderState::Closed))
        return QString();
    const QString text = orderFieldText(r, field, kTimeFormat);
    if (text.isEmpty())
        return QString();
    // Odoo's other open delivery: what it is and what to do, in amber like a warning.
    if (field.column == "other_deliveries"_L1) {
        return row(label, u"<span style=\"color:#9a5b00;\">"_s + esc(OrdersModel::otherDeliveryHint(text))
                              + u"</span>"_s);
    }
    // Problems in red, warnings in amber, over several lines as written.
    if (field.column == "last_error"_L1 || field.column == "warning"_L1) {
        const QString colour = field.column == "last_error"_L1 ? u"#b01c1c"_s : u"#9a5b00"_s;
        return row(label, u"<span style=\"color:"_s + colour + u";\">"_s + esc(text).replace(u'\n', u"<br>"_s)
                              + u"</span>"_s);
    }
    return row(label, esc(text));
}

} // namespace

OrderDetailsView::OrderDetailsView(Journal *journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    setObjectName(u"orderDetails"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(u"detailsTitle"_s);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    m_showRequest = new QPushButton(tr("Show request"), this);
    m_showRequest->setObjectName(u"showRequestButton"_s);
    m_showRequest->setToolTip(tr("Show the request that would create this order in Ysell, with the token hidden. "
                                 "Nothing is sent and nothing changes."));
    m_showRequest->setEnabled(false);
    connect(m_showRequest, &QPushButton::clicked, this, &OrderDetailsView::onShowRequestClicked);
    header->addWidget(m_showRequest);
    layout->addLayout(header);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"detailsBrowser"_s);
    m_browser->setOpenLinks(false);
    layout->addWidget(m_browser, 1);
    m_request = new QPlainTextEdit(this);
    m_request->setObjectName(u"requestView"_s);
    m_request->setReadOnly(true);
    m_request->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->hide();
    layout->addWidget(m_request, 1);

    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(200);
    connect(&m_renderTimer, &QTimer::timeout, this, &OrderDetailsView::render);
    if (m_journal) {
        connect(m_journal, &Journal::orderChanged, this, &OrderDetailsView::onJournalChanged);
        connect(m_journal, &Journal::eventAdded, this, &OrderDetailsView::onJournalChanged);
        connect(m_journal, &Journal::exchangeRecorded, this,
                [this](qint64, const QString &orderRef) { onJournalChanged(orderRef); });
    }
    render();
}

OrderDetailsView::~OrderDetailsView() = default;

void OrderDetailsView::showOrder(const QString &name, qint64 odooId)
{
    if (name == m_name && odooId == m_odooId)
        return;
    m_name = name;
    m_odooId = odooId;
    m_scrollToTop = true;
    ++m_previewSerial;
    m_request->clear();
    m_request->hide();
    m_showRequest->setEnabled(m_previewer && !m_name.isEmpty());
    render();
}

void OrderDetailsView::setRequestPreviewer(Previewer previewer)
{
    m_previewer = std::move(previewer);
    m_showRequest->setEnabled(m_previewer && !m_name.isEmpty());
}

QString OrderDetailsView::requestText() const
{
    return m_request->toPlainText();
}

void OrderDetailsView::onShowRequestClicked()
{
    if (!m_previewer || m_name.isEmpty())
        return;
    OrderPreviewJob *job = m_previewer(m_odooId ? u"#%1"_s.arg(m_odooId) : m_name);
    if (!job)
        return;
    const int serial = ++m_previewSerial;
    m_showRequest->setEnabled(false);
    m_request->setPlainText(tr("Reading order %1 from Odoo…").arg(m_name));
    m_request->show();
    connect(job, &OrderPreviewJob::finished, this, [this, serial](const Result<OrderPreview> &r) {
        if (serial != m_previewSerial)
            return;
        m_showRequest->setEnabled(true);
        if (!r.ok()) {
            m_request->setPlainText(tr("The request cannot be shown: %1").arg(r.error().message));
            return;
        }
        const QString number = r->ysellNumber.isEmpty() ? r->orderName : r->ysellNumber;
        QString text = tr("This request would create order %1 in Ysell. It has not been sent.").arg(number)
                     + u'\n';
        for (const QString &p : r->problems)
            text += tr("Not sent now: %1").arg(p) + u'\n';
        text += u'\n' + r->requestText;
        m_request->setPlainText(text);
    });
}

QString OrderDetailsView::text() const
{
    return m_title->text() + u'\n' + m_browser->toPlainText();
}

void OrderDetailsView::onJournalChanged(const QString &orderRef)
{
    if (!m_name.isEmpty() && orderRef == m_name && !m_renderTimer.isActive())
        m_renderTimer.start();
}

void OrderDetailsView::render()
{
    m_renderTimer.stop();
    // The selected row's own order (by its Odoo id), not whichever order of that name changed last.
    const Result<std::optional<OrderRecord>> read = !m_journal || m_name.isEmpty()
                                                         ? std::optional<OrderRecord>()
                                                         : m_journal->orderByKey(OrderKey(m_name, m_odooId));
    // The order's history needs every read: one that fails shows the journal's error, not a partial page.
    const Result<QHash<qint64, QStringList>> entered =
        !read.ok() || !read.value() ? QHash<qint64, QStringList>() : m_journal->serials(OrderKey::of(*read.value()));
    const Result<QList<EventRecord>> events =
        !read.ok() || !read.value() ? QList<EventRecord>() : m_journal->events(OrderKey::of(*read.value()), 300);
    const Result<QList<ExchangeRecord>> exchanges =
        !read.ok() || !read.value() ? QList<ExchangeRecord>() : m_journal->exchanges(OrderKey::of(*read.value()), 200);
    for (const Status &s : {statusOf(read), statusOf(entered), statusOf(events), statusOf(exchanges)}) {
        if (!s.ok()) {
            m_title->setText(m_name);
            m_browser->setHtml(u"<p style=\"color:#b01c1c;\">"_s + esc(s.error().message) + u"</p>"_s);
            return;
        }
    }
    const std::optional<OrderRecord> &rec = read.value();
    if (!rec) {
        m_title->setText(m_name.isEmpty() ? tr("No order selected") : tr("Order %1 is not in the journal").arg(m_name));
        m_browser->setHtml(u"<p style=\"color:#666;\">"_s
                           + esc(tr("Select an order to see what happened to it: each exchange with Odoo and "
                                    "Ysell, retries, the picking."))
                           + u"</p>"_s);
        return;
    }
    const OrderRecord &r = *rec;
    m_title->setText(r.customer.isEmpty() ? r.name : tr("%1 — %2").arg(r.name, r.customer));

    QString html;
    html += u"<table>"_s;
    // The journal's fields in the order shown, labelled as everywhere (OrderFields); empty ones left out.
    for (const char16_t *column : {u"state", u"confirmed_at", u"ysell_id", u"ysell_status_code",
                                           u"picking_name", u"other_deliveries", u"last_error", u"warning", u"attempts",
                                           u"next_attempt_at"}) {
        html += fieldRow(r, *orderField(column));
    }

    // Serial numbers: those the clerk entered per line, else what went to Ysell.
    QList<qint64> lineIds = entered->keys();
    std::sort(lineIds.begin(), lineIds.end());
    QStringList serialLines;
    for (qint64 id : std::as_const(lineIds))
        serialLines << esc(tr("line %1: %2").arg(id).arg(entered->value(id).join(u", "_s)));
    if (serialLines.isEmpty() && !r.serials.isEmpty())
        serialLines << esc(r.serials.split(u' ', Qt::SkipEmptyParts).join(u", "_s));
    html += row(orderFieldLabel(*orderField(u"serials")), serialLines.isEmpty() ? esc(tr("none")) : serialLines.join(u"<br>"_s));
    // The lines as they went to Ysell.
    QStringList lines;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.items.toUtf8()).array()) {
        const QJsonObject item = v.toObject();
        QString line = tr("%1 × %2").arg(item.value(u"qty"_s).toInteger()).arg(item.value(u"title"_s).toString());
        const QStringList sns = item.value(u"serial_numbers"_s).toVariant().toStringList();
        if (!sns.isEmpty())
            line = tr("%1 (serials: %2)").arg(line, sns.join(u", "_s));
        lines << esc(line);
    }
    if (!lines.isEmpty())
        html += row(orderFieldLabel(*orderField(u"items")), lines.join(u"<br>"_s));
    html += u"</table>"_s;

    // The timeline: oldest first, as it happened.
    struct Item {
        QDateTime at;
        qint64 id;
        QString html;
    };
    QList<Item> items;
    for (const EventRecord &e : events.value()) {
        // The event's machine name (for support) is its tooltip: the clerk reads the sentence in their language.
        items.append({e.atUtc, e.id,
                      u"<p style=\"margin:6px 0 0 0;\"><b>"_s + esc(when(e.atUtc)) + u"</b> <span title=\""_s
                          + esc(e.kind) + u"\">"_s + esc(e.message) + u"</span></p>"_s});
    }
    for (const ExchangeRecord &x : exchanges.value()) {
        const QString system = x.system == u"odoo"_s ? tr("Odoo") : x.system == u"ysell"_s ? tr("Ysell") : x.system;
        const QString status = x.httpStatus > 0 ? tr("HTTP %1").arg(x.httpStatus) : tr("no answer");
        const QString line = tr("%1: %2 %3 → %4, %5 ms").arg(system, x.method, x.path, status).arg(x.durationMs);
        // The outcome's machine name ("ok", "timeout") for support, as a tooltip like the events' kinds.
        QString h = u"<p style=\"margin:6px 0 0 0;\"><b>"_s + esc(when(x.atUtc)) + u"</b> <span title=\""_s
                  + esc(x.outcome) + u"\">"_s + esc(line) + u"</span></p>"_s;
        if (!x.errorDetail.isEmpty())
            h += u"<p style=\"margin:0 0 0 16px; color:#b01c1c;\">"_s + esc(x.errorDetail) + u"</p>"_s;
        if (!x.requestBody.isEmpty())
            h += u"<p style=\"margin:0 0 0 16px; color:#555;\">"_s + esc(tr("Request:")) + u"</p>"_s + body(x.requestBody);
        if (!x.responseBody.isEmpty())
            h += u"<p style=\"margin:0 0 0 16px; color:#555;\">"_s + esc(tr("Response:")) + u"</p>"_s + body(x.responseBody);
        items.append({x.atUtc, x.id, h});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.at < b.at; });
    html += u"<h4 style=\"margin-top:12px;\">"_s + esc(tr("What happened")) + u"</h4>"_s;
    if (items.isEmpty())
        html += u"<p style=\"color:#666;\">"_s + esc(tr("Nothing yet.")) + u"</p>"_s;
    for (const Item &i : std::as_const(items))
        html += i.html;

    const bool atEnd = m_browser->verticalScrollBar()->value() >= m_browser->verticalScrollBar()->maximum() - 4;
    const int keep = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html);
    const bool toTop = m_scrollToTop;
    m_scrollToTop = false;
    // A new order opens at its summary; new entries of the same order arrive at the bottom: stay
    // there if the clerk was there, else keep their place.
    if (toTop)
        m_browser->verticalScrollBar()->setValue(0);
    else if (atEnd)
        m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
    else
        m_browser->verticalScrollBar()->setValue(keep);
}

} // namespace ysb
