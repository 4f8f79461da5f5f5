#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace ysb {

class Journal;
class OrderPreviewJob;

/// The detail pane: one order's state, problem, serial numbers and a timeline of everything that
/// happened to it (events and HTTP exchanges merged by time, with the bodies as the journal stored
/// them, already redacted).
class OrderDetailsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailsView)
public:
    explicit OrderDetailsView(Journal *journal, QWidget *parent = nullptr);
    ~OrderDetailsView() override;

    /// Shows this order (empty: nothing selected) and follows its changes in the journal. With an
    /// Odoo id it is that very order, whatever other orders share its name.
    void showOrder(const QString &name, qint64 odooId = 0);
    QString orderName() const { return m_name; }
    qint64 odooId() const { return m_odooId; }
    /// The pane as plain text (what the clerk reads), for tests and copying.
    QString text() const;

    /// Starts the preview of an order's create request ("Show request"); without one the button
    /// stays disabled. The job must emit OrderPreviewJob::finished once. The order is given as
    /// "#ID" when its Odoo id is known, else by its name.
    using Previewer = std::function<OrderPreviewJob *(const QString &orderRef)>;
    void setRequestPreviewer(Previewer previewer);
    /// The request shown under "Show request" (empty until asked for), as plain text.
    QString requestText() const;

    /// Bodies longer than this are cut in the pane (the journal keeps them whole).
    static constexpr int MaxBodyChars = 4000;

private:
    void onJournalChanged(const QString &orderRef);
    void onShowRequestClicked();
    void render();

    QPointer<Journal> m_journal;
    QString m_name;
    qint64 m_odooId = 0;
    QLabel *m_title = nullptr;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_showRequest = nullptr;
    QPlainTextEdit *m_request = nullptr;
    Previewer m_previewer;
    int m_previewSerial = 0; // answers for an order no longer shown are dropped
    QTimer m_renderTimer;
    bool m_scrollToTop = true;
};

} // namespace ysb
