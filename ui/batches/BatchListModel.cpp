#include "batches/BatchListModel.h"

#include "common/Labels.h"

#include <QBrush>
#include <QFont>

namespace sohoa::ui {

namespace {
constexpr int kFixedColumns = 5; // name, created, by, documents, pages
}

BatchListModel::BatchListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_countKeys(batchCountKeys())
{
}

void BatchListModel::setBatches(const QList<batches::BatchSummary>& batches)
{
    // Same batches in the same order: only figures changed (keeps selection and scroll).
    bool same = batches.size() == m_batches.size();
    for (int i = 0; same && i < batches.size(); ++i)
        same = batches[i].batch.id == m_batches[i].batch.id;
    if (same) {
        m_batches = batches;
        if (!m_batches.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_batches.size()) - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

const batches::BatchSummary* BatchListModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches[row] : nullptr;
}

int BatchListModel::rowForId(qint64 id) const
{
    for (int i = 0; i < m_batches.size(); ++i)
        if (m_batches[i].batch.id == id)
            return i;
    return -1;
}

int BatchListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFixedColumns + int(m_countKeys.size());
}

QVariant BatchListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const batches::BatchSummary& b = m_batches[index.row()];
    const int c = index.column();
    if (role == BatchIdRole)
        return b.batch.id;
    if (role == Qt::DisplayRole) {
        switch (c) {
        case 0:
            return b.batch.name;
        case 1:
            return localTime(b.batch.createdAt);
        case 2:
            return b.batch.createdBy;
        case 3:
            return b.documents;
        case 4:
            return b.pages;
        default: {
            const int n = b.counts.value(m_countKeys[c - kFixedColumns]);
            return n ? QVariant(n) : QVariant(QString());
        }
        }
    }
    if (role == Qt::TextAlignmentRole && c >= 3)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && c == 0) {
        QString tip = b.batch.note;
        if (b.batch.doubleKeying)
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Double keying");
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    if (role == Qt::ForegroundRole && c >= kFixedColumns) {
        const QString& key = m_countKeys[c - kFixedColumns];
        if ((key == QLatin1String("rejected") || key == QLatin1String("sync_failed")) && b.counts.value(key))
            return QBrush(errorColor());
    }
    if (role == Qt::FontRole && c == 0) {
        QFont f;
        f.setBold(b.counts.value(QStringLiteral("to_verify")) > 0);
        return f;
    }
    return {};
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return tr("Batch");
    case 1:
        return tr("Created");
    case 2:
        return tr("By");
    case 3:
        return tr("Documents");
    case 4:
        return tr("Pages");
    default:
        if (section - kFixedColumns < m_countKeys.size())
            return stateLabel(m_countKeys[section - kFixedColumns]);
        return {};
    }
}

} // namespace sohoa::ui
