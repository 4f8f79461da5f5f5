#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace ysb {

class Journal;

/// The detail pane: one order's state, problem, serial numbers and a timeline of everything that
/// happened to it (events and HTTP exchanges merged by time, with the bodies as the journal stored
/// them, already redacted).
class OrderDetailsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailsView)
public:
    explicit OrderDetailsView(Journal *journal, QWidget *parent = nullptr);
    ~OrderDetailsView() override;

    /// Shows this order (empty: nothing selected) and follows its changes in the journal.
    void showOrder(const QString &name);
    QString orderName() const { return m_name; }
    /// The pane as plain text (what the clerk reads), for tests and copying.
    QString text() const;

    /// Bodies longer than this are cut in the pane (the journal keeps them whole).
    static constexpr int MaxBodyChars = 4000;

private:
    void onJournalChanged(const QString &orderRef);
    void render();

    QPointer<Journal> m_journal;
    QString m_name;
    QLabel *m_title = nullptr;
    QTextBrowser *m_browser = nullptr;
    QTimer m_renderTimer;
    bool m_scrollToTop = true;
};

} // namespace ysb
