#pragma once

#include "core/reporting/Dashboard.h"
#include "ui/mainwindow/Page.h"

class QChartView;
class QComboBox;
class QLabel;

namespace sohoa::ui {

class StoreAccess;

// Where the commune stands: records by state and type, work per account per
// day, pages per day, open issues by code and how far batches are towards the
// registry, as charts; exported as CSV without any personal data.
class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(StoreAccess* store, QWidget* parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction*> pageActions() override { return m_actions; }
    void activated() override;

    void reload();
    const reporting::DashboardData& data() const { return m_data; }
    bool hasData() const { return m_loaded; }
    // Writes the CSV (on a worker thread); emits exported.
    void exportCsv(const QString& path);

Q_SIGNALS:
    void dataLoaded();
    void exported(bool ok, const QString& message);

private:
    void show(const reporting::DashboardData& d);
    void chooseCsvFile();

    StoreAccess* m_store;
    QComboBox* m_period;
    QLabel* m_totals;
    QChartView* m_byState;
    QChartView* m_perAccount;
    QChartView* m_pages;
    QChartView* m_issues;
    QChartView* m_sync;
    QList<QAction*> m_actions;
    reporting::DashboardData m_data;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

} // namespace sohoa::ui
