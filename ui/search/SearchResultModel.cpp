#include "ui/search/SearchResultModel.h"

#include "core/records/RecordType.h"
#include "ui/common/Labels.h"
#include "ui/verify/FieldFormat.h"

namespace sohoa::ui {

void SearchResultModel::setHits(const QList<search::SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

const search::SearchHit* SearchResultModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits[row] : nullptr;
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const search::SearchHit& h = m_hits[index.row()];
    if (role == Qt::UserRole)
        return h.recordId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return h.title;
    case Type:
        return recordTypeName(h.type);
    case State:
        return stateLabel(h.state);
    case Matched: {
        const records::RecordType* type = records::RecordTypeRegistry::builtin().find(h.type);
        QStringList parts;
        for (auto it = h.snippet.constBegin(); it != h.snippet.constEnd(); ++it) {
            const records::FieldDef* def = type ? type->field(it.key()) : nullptr;
            parts.append(def ? QStringLiteral("%1: %2").arg(def->label(), displayValue(*def, it.value()))
                             : it.value());
        }
        return parts.join(QStringLiteral("; "));
    }
    case Id:
        return h.recordId;
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Name");
    case Type:
        return tr("Type");
    case State:
        return tr("State");
    case Matched:
        return tr("Matched");
    case Id:
        return tr("No.");
    default:
        return {};
    }
}

} // namespace sohoa::ui
