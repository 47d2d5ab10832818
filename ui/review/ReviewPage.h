#pragma once

#include "core/common/CancelToken.h"
#include "ui/mainwindow/Page.h"

#include <memory>
#include <optional>

class QMessageBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sohoa::ui {

class RecordDetail;
class RecordRowModel;
class StoreAccess;

// The supervisor's queue of verified records: the record and its page side by
// side with the clerk's corrections, approve (Ctrl+Enter) or reject with a
// reason (Ctrl+R; the record goes back to the clerk with it), and approve in
// bulk the records that carry no warning at all. The account that verified a
// record cannot decide on it.
class ReviewPage : public Page {
    Q_OBJECT
public:
    explicit ReviewPage(StoreAccess* store, QWidget* parent = nullptr);

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction*> pageActions() override { return m_actions; }
    void activated() override;

    void openBatch(qint64 batchId);
    void openRecord(qint64 recordId);

    RecordRowModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    RecordDetail* detail() const { return m_detail; }
    qint64 currentRecordId() const;
    QString decisionMessage() const;

    void approveCurrent();
    void rejectCurrent(const QString& reason);
    void approveAllClean();
    bool isBulkRunning() const { return m_bulkCancel.has_value(); }

Q_SIGNALS:
    void decided(qint64 recordId, bool approved);
    void bulkFinished(int approved, int refused);

private:
    void setUpWidgets();
    void createActions();
    void buildLayout();
    void connectSignals();
    void rejectOrAskReason();
    void moveCurrentRow(int step);
    void rowsLoaded();
    void reloadBatches();
    void applyFilter();
    void currentChanged();
    void recordShown();
    void setDecisionMessage(const QString& text, bool error);
    void selectNextAfterDecision(int row);
    void approveRecords(qint64 batch, const QList<qint64>& ids);
    static constexpr int kBatchNameRole = Qt::UserRole + 1;

    StoreAccess* m_store;
    RecordRowModel* m_model;
    QTableView* m_view;
    RecordDetail* m_detail;
    QComboBox* m_batch;
    QLabel* m_count;
    QLabel* m_message;
    QCheckBox* m_acknowledge;
    QLineEdit* m_reason;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QProgressBar* m_progress;
    QPushButton* m_cancelBulk;
    QPushButton* m_bulkButton = nullptr;
    QList<QAction*> m_actions;
    qint64 m_batchId = 0;
    qint64 m_wantedRecord = 0;
    std::optional<CancelToken> m_bulkCancel; // while a bulk approval runs
    QMessageBox* m_bulkQuestion = nullptr;
};

} // namespace sohoa::ui
