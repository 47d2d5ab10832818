#pragma once

#include "core/search/Search.h"

#include <QAbstractTableModel>

namespace sohoa::ui {

// Search hits, best first: the person, the record type and state, and the
// fields the words matched.
class SearchResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Type, State, Matched, Id, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setHits(const QList<search::SearchHit>& hits);
    const search::SearchHit* hitAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<search::SearchHit> m_hits;
};

} // namespace sohoa::ui
