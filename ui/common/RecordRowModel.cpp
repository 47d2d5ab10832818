#include "ui/common/RecordRowModel.h"

#include "ui/common/Async.h"
#include "ui/common/Labels.h"
#include "ui/common/StoreAccess.h"

#include <QBrush>

namespace sohoa::ui {

RecordRowModel::RecordRowModel(StoreAccess* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &StoreAccess::storeChanged, this, &RecordRowModel::refresh);
}

void RecordRowModel::setQuery(const review::RowQuery& query)
{
    ++m_generation;
    beginResetModel();
    m_query = query;
    m_query.afterId = 0;
    m_rows.clear();
    m_atEnd = false;
    m_loading = false;
    m_total = -1;
    endResetModel();
    countTotal();
    loadPage();
}

const review::RecordRow* RecordRowModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int RecordRowModel::rowForId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int RecordRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordRowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordRowModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const review::RecordRow& r = m_rows[index.row()];
    if (role == RecordIdRole)
        return r.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return r.id;
        case Type:
            return recordTypeName(r.type);
        case Title:
            return r.title;
        case State:
            return stateLabel(r.state);
        case Batch:
            return r.batchName;
        case Issues:
            if (!r.errors && !r.warnings)
                return QString();
            return tr("%1 errors, %2 warnings").arg(r.errors).arg(r.warnings);
        case Confidence:
            return QStringLiteral("%1%").arg(qRound(r.lowestConfidence * 100));
        case VerifiedBy:
            return r.verifiedBy;
        case Updated:
            return localTime(r.updatedAt);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Issues)
        return QBrush(r.errors ? errorColor() : warningColor());
    if (role == Qt::ToolTipRole && index.column() == State && !r.rejectReason.isEmpty())
        return tr("Rejected by %1: %2").arg(r.decidedBy, r.rejectReason);
    // Names and batch names may be longer than their column: the whole text on hover.
    if (role == Qt::ToolTipRole &&
        (index.column() == Title || index.column() == Batch || index.column() == Type))
        return data(index, Qt::DisplayRole);
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Confidence))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RecordRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("No.");
    case Type:
        return tr("Type");
    case Title:
        return tr("Name");
    case State:
        return tr("State");
    case Batch:
        return tr("Batch");
    case Issues:
        return tr("Issues");
    case Confidence:
        return tr("Lowest confidence");
    case VerifiedBy:
        return tr("Verified by");
    case Updated:
        return tr("Last change");
    default:
        return {};
    }
}

bool RecordRowModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void RecordRowModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid())
        loadPage();
}

void RecordRowModel::countTotal()
{
    const quint64 generation = m_generation;
    const review::RowQuery q = m_query;
    whenDone(m_store->read([q](store::Database& db) { return review::countRows(db, q); }), this,
             [this, generation](const Result<qint64>& n) {
                 if (generation != m_generation || !n)
                     return;
                 m_total = *n;
                 Q_EMIT totalChanged(m_total);
             });
}

void RecordRowModel::loadPage()
{
    if (m_loading || m_atEnd)
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    review::RowQuery q = m_query;
    q.afterId = m_rows.isEmpty() ? 0 : m_rows.last().id;
    q.limit = kPageSize;
    whenDone(m_store->read([q](store::Database& db) { return review::recordRows(db, q); }), this,
             [this, generation](const Result<QList<review::RecordRow>>& rows) {
                 if (generation != m_generation)
                     return;
                 if (!rows) {
                     m_loading = false;
                     m_atEnd = true;
                     Q_EMIT failed(rows.error().message);
                     return;
                 }
                 if (rows->size() < kPageSize)
                     m_atEnd = true;
                 // Still "loading" while the rows go in: a view may ask for more from
                 // rowsInserted, and must then start after these rows.
                 if (!rows->isEmpty()) {
                     beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
                     m_rows.append(*rows);
                     endInsertRows();
                 }
                 m_loading = false;
                 Q_EMIT loaded();
             });
}

void RecordRowModel::refresh()
{
    const quint64 generation = ++m_generation;
    review::RowQuery q = m_query;
    q.afterId = 0;
    q.limit = int(qMax<qsizetype>(kPageSize, m_rows.size()));
    m_loading = true;
    countTotal();
    whenDone(m_store->read([q](store::Database& db) { return review::recordRows(db, q); }), this,
             [this, generation, q](const Result<QList<review::RecordRow>>& rows) {
                 if (generation != m_generation)
                     return;
                 if (!rows) {
                     m_loading = false;
                     Q_EMIT failed(rows.error().message);
                     return;
                 }
                 bool sameIds = rows->size() == m_rows.size();
                 for (int i = 0; sameIds && i < rows->size(); ++i)
                     sameIds = (*rows)[i].id == m_rows[i].id;
                 if (sameIds) {
                     m_rows = *rows;
                     if (!m_rows.isEmpty())
                         Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
                 } else {
                     beginResetModel();
                     m_rows = *rows;
                     endResetModel();
                 }
                 m_atEnd = rows->size() < q.limit;
                 m_loading = false;
                 Q_EMIT loaded();
             });
}

} // namespace sohoa::ui
