#pragma once

#include "ui/mainwindow/Page.h"

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sohoa::ui {

class RecordDetail;
class SearchResultModel;
class StoreAccess;

// One box, results as you type (accent-insensitive: "nguyen van duc" finds
// "Nguyễn Văn Đức"), Enter opens the record where this account works on it.
class SearchPage : public Page {
    Q_OBJECT
public:
    explicit SearchPage(StoreAccess* store, QWidget* parent = nullptr);

    QString title() const override;
    void activated() override;

    void setQuery(const QString& text); // as if typed
    void showRecord(qint64 recordId);
    SearchResultModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_box; }
    bool isSearching() const { return m_searching; }

Q_SIGNALS:
    void resultsShown(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void openCurrent();

    StoreAccess* m_store;
    QLineEdit* m_box;
    QLabel* m_info;
    SearchResultModel* m_model;
    QTableView* m_view;
    RecordDetail* m_detail;
    QTimer* m_debounce;
    quint64 m_generation = 0;
    bool m_searching = false;
};

} // namespace sohoa::ui
