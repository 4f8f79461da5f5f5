#pragma once

#include "Error.h"
#include "journal/OrderRecord.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace ysb {

class Journal;

/// The orders table over the journal: rows are read a page at a time when a view asks for them,
/// so a journal of 100,000 orders opens at once; sorting, filtering and search run in SQLite.
class OrdersModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)
public:
    enum Column { OrderColumn, CustomerColumn, ConfirmedColumn, YsellIdColumn, YsellStatusColumn, StateColumn,
                  ProblemColumn, PickingColumn, OtherDeliveryColumn, ColumnCount };
    /// Which orders the table shows; the filter buttons above the table.
    enum class Filter { All, NeedsAttention, Sent, Done, PickingCreated };
    enum Role { OrderNameRole = Qt::UserRole + 1, OrderStateRole, OdooIdRole, PickingIdRole, YsellIdRole };

    explicit OrdersModel(Journal *journal, QObject *parent = nullptr);
    ~OrdersModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    /// Words matched in order name, customer, Ysell id and serial numbers.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    static QList<OrderState> statesOf(Filter filter);
    static QString filterLabel(Filter filter);
    /// How the state column shows a state: its colour, and its icon (a shape per state, so it reads
    /// without the colour too).
    static QColor stateColour(OrderState state);
    static QIcon stateIcon(OrderState state);
    /// The mark of an order whose other Odoo delivery is still open, and what the clerk does about it.
    static QIcon otherDeliveryIcon();
    static QString otherDeliveryHint(const QString &pickings);

    /// The order on `row` (reads its page if needed); nullopt outside the table.
    std::optional<OrderRecord> orderAt(int row) const;
    /// The row of `name` among the rows read so far; -1 when it is not on a page in memory.
    int cachedRowOf(const QString &name) const;
    /// Rows currently held in memory (for tests: the table is lazy).
    int cachedRowCount() const;
    /// Journal column name sorted by for a table column.
    static QString sortColumnName(int column);

    /// Rows per journal query.
    static constexpr int PageSize = 200;

public Q_SLOTS:
    /// Re-reads count and visible rows now; views keep their selection when the order is still listed.
    void refresh();

Q_SIGNALS:
    /// The rows were re-read after journal changes (counts in the status bar may have changed too).
    void refreshed();
    /// The journal could not be read (`message` for the clerk): the rows shown are not the journal's.
    void journalReadFailed(const QString &message);

private:
    void onOrderChanged(const QString &name);
    OrderFilter baseFilter() const;
    const QList<OrderRecord> &page(int pageIndex) const;
    void reload();
    int count() const; // the rows of the filter; 0 with journalReadFailed() when the journal cannot say
    void readFailed(const ysb::Error &error) const;

    QPointer<Journal> m_journal;
    Filter m_filter = Filter::All;
    QString m_search;
    int m_sortColumn = ConfirmedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_count = 0;
    mutable QHash<int, QList<OrderRecord>> m_pages;
    mutable QList<int> m_pageUse; // most recently used last; bounds memory
    QTimer m_refreshTimer;
};

} // namespace ysb
