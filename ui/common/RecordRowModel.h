#pragma once

#include "core/review/RecordRows.h"

#include <QAbstractTableModel>

namespace sohoa::ui {

class StoreAccess;

// Records as a table that loads lazily: 200 rows at a time on a reader thread
// as the view scrolls (keyset paging), so 100k records open at once and
// scroll smoothly. Refreshes itself when the store changes.
class RecordRowModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Type, Title, State, Batch, Issues, Confidence, VerifiedBy, Updated, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, RowRole };

    explicit RecordRowModel(StoreAccess* store, QObject* parent = nullptr);

    void setQuery(const review::RowQuery& query); // reloads from the start
    const review::RowQuery& query() const { return m_query; }
    void refresh(); // re-reads what is loaded, keeps the rest

    const review::RecordRow* rowAt(int row) const;
    int rowForId(qint64 id) const;
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loaded(); // a page of rows (or a refresh) arrived
    void totalChanged(qint64 total);
    void failed(const QString& message);

private:
    void loadPage();
    void countTotal();

    StoreAccess* m_store;
    review::RowQuery m_query;
    QList<review::RecordRow> m_rows;
    qint64 m_total = -1;
    bool m_atEnd = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    static constexpr int kPageSize = 200;
};

} // namespace sohoa::ui
