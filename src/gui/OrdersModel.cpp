#include "OrdersModel.h"

#include "Logging.h"
#include "Printable.h"
#include "journal/Journal.h"
#include "journal/OrderFields.h"
#include "ysell/YsellStatus.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ysb {

namespace {
// Pages kept in memory: a screenful or two around where the clerk looks, and where they were.
constexpr int MaxPages = 16;
// orderChanged comes once per order during a sweep; the table catches up a few times a second.
constexpr int RefreshDelayMs = 250;

// The journal field behind each column (OrdersModel::Column order): its header, its text and its sort key.
constexpr QStringView kColumnFields[] = {u"name",   u"customer", u"confirmed_at", u"ysell_id",
                                               u"ysell_status_code", u"state", u"last_error",
                                               u"picking_name", u"other_deliveries"};
static_assert(std::size(kColumnFields) == OrdersModel::ColumnCount);

const OrderField &fieldOf(int column)
{
    const OrderField *field = orderField(kColumnFields[column]);
    Q_ASSERT(field);
    return *field;
}
} // namespace

OrdersModel::OrdersModel(Journal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OrdersModel::refresh);
    if (m_journal) {
        connect(m_journal, &Journal::orderChanged, this, &OrdersModel::onOrderChanged);
        m_count = count();
    }
}

int OrdersModel::count() const
{
    const Result<int> n = m_journal->countOrders(baseFilter());
    if (!n.ok())
        readFailed(n.error());
    return n.valueOr(0);
}

void OrdersModel::readFailed(const Error &error) const
{
    qCWarning(lcGui) << "orders not read:" << error.detail;
    // Told, never shown as an empty journal. const: pages are read lazily from data().
    Q_EMIT const_cast<OrdersModel *>(this)->journalReadFailed(error.message);
}

OrdersModel::~OrdersModel() = default;

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<OrderState> OrdersModel::statesOf(Filter filter)
{
    switch (filter) {
    case Filter::All: return {};
    case Filter::NeedsAttention: return {OrderState::NeedsAttention};
    case Filter::Sent: return {OrderState::Sent};
    case Filter::Done: return {OrderState::Done};
    case Filter::PickingCreated: return {OrderState::PickingCreated};
    }
    return {};
}

QString OrdersModel::filterLabel(Filter filter)
{
    switch (filter) {
    case Filter::All: return tr("All");
    case Filter::NeedsAttention: return tr("Needs attention");
    case Filter::Sent: return tr("Sent");
    case Filter::Done: return tr("Done");
    case Filter::PickingCreated: return tr("Picking created");
    }
    return QString();
}

QString OrdersModel::sortColumnName(int column)
{
    return fieldOf(column >= 0 && column < ColumnCount ? column : ConfirmedColumn).column;
}

OrderFilter OrdersModel::baseFilter() const
{
    OrderFilter f;
    f.states = statesOf(m_filter);
    f.orStale = m_filter == Filter::NeedsAttention; // sent orders Ysell has not moved for too long
    f.search = m_search;
    f.sortColumn = sortColumnName(m_sortColumn);
    f.sortOrder = m_sortOrder;
    return f;
}

const QList<OrderRecord> &OrdersModel::page(int pageIndex) const
{
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        m_pageUse.removeOne(pageIndex);
        m_pageUse.append(pageIndex);
        return it.value();
    }
    while (m_pageUse.size() >= MaxPages)
        m_pages.remove(m_pageUse.takeFirst());
    OrderFilter f = baseFilter();
    f.offset = pageIndex * PageSize;
    f.limit = PageSize;
    QList<OrderRecord> rows;
    if (m_journal) {
        Result<QList<OrderRecord>> read = m_journal->orders(f);
        if (read.ok())
            rows = std::move(read).value();
        else
            readFailed(read.error());
    }
    m_pageUse.append(pageIndex);
    return m_pages.insert(pageIndex, std::move(rows)).value();
}

std::optional<OrderRecord> OrdersModel::orderAt(int row) const
{
    if (row < 0 || row >= m_count)
        return std::nullopt;
    const QList<OrderRecord> &rows = page(row / PageSize);
    const int inPage = row % PageSize;
    if (inPage >= rows.size())
        return std::nullopt; // the journal shrank since the count; the next refresh catches up
    return rows.at(inPage);
}

int OrdersModel::cachedRowOf(const QString &name) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).name == name)
                return it.key() * PageSize + int(i);
        }
    }
    return -1;
}

int OrdersModel::cachedRowCount() const
{
    int n = 0;
    for (const QList<OrderRecord> &rows : std::as_const(m_pages))
        n += int(rows.size());
    return n;
}

namespace {

/// One table: a state's colour and its drawing (src/gui/icons, the same colour).
struct StateLook {
    OrderState state;
    QRgb colour;
    const char *icon;
};
constexpr StateLook StateLooks[] = {
    {OrderState::New, 0x5f6368, "state-new"},
    {OrderState::NeedsAttention, 0xb01c1c, "state-attention"},
    {OrderState::Sending, 0x2b5797, "state-sending"},
    {OrderState::Sent, 0x1f5fa8, "state-sent"},
    {OrderState::Done, 0x2e7d32, "state-done"},
    {OrderState::PickingCreated, 0x1d6f2b, "state-picking"},
    {OrderState::Closed, 0x757575, "state-closed"},
};

const StateLook &lookOf(OrderState state)
{
    for (const StateLook &l : StateLooks) {
        if (l.state == state)
            return l;
    }
    return StateLooks[0];
}

} // namespace

QColor OrdersModel::stateColour(OrderState state)
{
    return QColor(lookOf(state).colour);
}

QIcon OrdersModel::stateIcon(OrderState state)
{
    // Made once per state: the view asks for every visible row on each paint.
    static QHash<OrderState, QIcon> icons;
    auto it = icons.find(state);
    if (it == icons.end())
        it = icons.insert(state, QIcon(u":/gui/%1.svg"_s.arg(QLatin1String(lookOf(state).icon))));
    return *it;
}

QIcon OrdersModel::otherDeliveryIcon()
{
    static const QIcon icon(u":/gui/other-delivery.svg"_s);
    return icon;
}

QString OrdersModel::otherDeliveryHint(const QString &pickings)
{
    return tr("Odoo still has the open delivery %1 for this order. If Ysell shipped everything, cancel it in "
              "Odoo, so that the goods are not delivered twice.")
        .arg(pickings);
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::optional<OrderRecord> rec = orderAt(index.row());
    if (!rec)
        return {};
    const OrderRecord &r = *rec;
    // Text from Odoo and Ysell as shown: a control character is made visible, never interpreted.
    using Printable::visible;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case YsellStatusColumn: return visible(ysellStatusLabel(r.ysellStatusCode, r.ysellStatusName));
        case ProblemColumn: {
            QString text = orderProblem(r);
            text.replace(u'\n', u' ');
            return visible(text);
        }
        default: return visible(orderFieldText(r, fieldOf(index.column())));
        }
    case Qt::ToolTipRole:
        if (index.column() == ProblemColumn) {
            const QString text = visible(orderProblem(r), true);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        if (index.column() == OtherDeliveryColumn && !r.otherDeliveries.isEmpty())
            return otherDeliveryHint(visible(r.otherDeliveries));
        if (index.column() == StateColumn && r.nextAttemptAt.isValid() && r.state != OrderState::PickingCreated)
            return tr("Next attempt: %1").arg(QLocale().toString(r.nextAttemptAt.toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::DecorationRole:
        if (index.column() == OtherDeliveryColumn)
            return r.otherDeliveries.isEmpty() ? QVariant() : QVariant(otherDeliveryIcon());
        return index.column() == StateColumn ? QVariant(stateIcon(r.state)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StateColumn
            || (r.state == OrderState::NeedsAttention && index.column() == ProblemColumn))
            return QBrush(stateColour(r.state));
        if (!r.staleReason.isEmpty() && r.lastError.isEmpty() && index.column() == ProblemColumn)
            return QBrush(stateColour(OrderState::NeedsAttention)); // a stale sent order needs the clerk too
        return {};
    case OrderNameRole: return r.name;
    case OrderStateRole: return int(r.state);
    case OdooIdRole: return r.odooId;
    case PickingIdRole: return r.pickingId;
    case YsellIdRole: return r.ysellId;
    default: return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    return orderFieldLabel(fieldOf(section));
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
    endResetModel();
}

void OrdersModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    reload();
    endResetModel();
}

void OrdersModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    beginResetModel();
    m_search = trimmed;
    reload();
    endResetModel();
}

void OrdersModel::reload()
{
    m_pages.clear();
    m_pageUse.clear();
    m_count = m_journal ? count() : 0;
}

void OrdersModel::onOrderChanged(const QString &)
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void OrdersModel::refresh()
{
    m_refreshTimer.stop();
    if (!m_journal)
        return;
    const int newCount = count();
    // Rows at the end come and go first, while the pages in memory still serve the old rows.
    if (newCount > m_count) {
        beginInsertRows({}, m_count, newCount - 1);
        m_count = newCount;
        endInsertRows();
    } else if (newCount < m_count) {
        beginRemoveRows({}, newCount, m_count - 1);
        m_count = newCount;
        endRemoveRows();
    }

    if (persistentIndexList().isEmpty()) {
        m_pages.clear();
        m_pageUse.clear();
        if (m_count > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
        Q_EMIT refreshed();
        return;
    }

    // A selected order may have moved (new orders above it, another sort position): views follow it
    // by name. Orders move little between two refreshes, so its old page and the neighbours suffice.
    Q_EMIT layoutAboutToBeChanged();
    // After the signal: selection models turn their ranges into persistent indexes in it.
    const QModelIndexList persistent = persistentIndexList();
    QList<QPair<QString, int>> before; // name, old row
    before.reserve(persistent.size());
    for (const QModelIndex &idx : persistent) {
        const auto rec = orderAt(idx.row());
        before.append({rec ? rec->name : QString(), idx.row()});
    }
    m_pages.clear();
    m_pageUse.clear();
    QModelIndexList after;
    after.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const auto &[name, oldRow] = before.at(i);
        int newRow = -1;
        if (!name.isEmpty()) {
            const int oldPage = oldRow / PageSize;
            for (int p : {oldPage, oldPage - 1, oldPage + 1}) {
                if (p < 0 || p * PageSize >= m_count)
                    continue;
                const QList<OrderRecord> &rows = page(p);
                for (qsizetype r = 0; r < rows.size(); ++r) {
                    if (rows.at(r).name == name) {
                        newRow = p * PageSize + int(r);
                        break;
                    }
                }
                if (newRow >= 0)
                    break;
            }
        }
        after.append(newRow >= 0 ? index(newRow, persistent.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, after);
    Q_EMIT layoutChanged();
    Q_EMIT refreshed();
}

} // namespace ysb
