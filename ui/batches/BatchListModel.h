#pragma once

#include "core/batches/Batch.h"

#include <QAbstractTableModel>

namespace sohoa::ui {

// Batches with how far each has come: documents, pages and one progress
// column that sums up the records (and documents) in each state.
class BatchListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { BatchIdRole = Qt::UserRole + 1 };
    explicit BatchListModel(QObject* parent = nullptr);

    void setBatches(const QList<batches::BatchSummary>& batches);
    const batches::BatchSummary* batchAt(int row) const;
    int rowForId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3 of 12 approved · 5 to verify ...": only what is not zero.
    static QString progressText(const batches::BatchSummary& b);
    // Every state with its count, one a line.
    QString progressDetails(const batches::BatchSummary& b) const;

private:
    QList<batches::BatchSummary> m_batches;
    QStringList m_countKeys;
};

} // namespace sohoa::ui
