#pragma once

#include "core/export/ApprovedExport.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "ui/mainwindow/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sohoa::ui {

class StoreAccess;
class SyncRun;

// The supervisor's view of what travels to the national registry: one row per
// batch with its records counted by sync state, the last attempt and what
// happened, the selected batch's records below. Approved records join the
// outbox, are sent now (on a job thread, with progress and a Stop), retried,
// taken back from sending with a reason, returned to the clerk after a
// rejection, or exported as an encrypted package for a USB stick.
class OutboxPage : public Page {
    Q_OBJECT
public:
    explicit OutboxPage(StoreAccess* store, QWidget* parent = nullptr);
    ~OutboxPage() override;

    QString title() const override;
    QString menuTitle() const override;
    QList<QAction*> pageActions() override { return m_actions; }
    void activated() override;

    void reload();
    void enqueueApproved();
    // Sends every record that is due, on a job thread.
    void syncNow();
    void stopSync();
    bool isSyncing() const { return m_syncRun != nullptr; }
    // How a run waits for retries and answers (the engine's defaults, shorter patience
    // so that "Sync now" ends soon when the registry is away).
    void setSyncOptions(const sync::SyncOptions& options) { m_syncOptions = options; }
    // The selected records, or the whole selected batch when none is selected.
    void retry();
    void cancelSending(const QString& reason);
    void returnToClerk();
    void exportPackage(const QString& file);
    // The national import workbooks / land list of the selected batch's approved records into `dir`;
    // with a passphrase, into one encrypted file `dir` instead (nothing plaintext is written).
    void exportForNationalImport(const QString& dir, exporting::TableFormat format,
                                 const QByteArray& passphrase = {});
    void importReceipt(const QString& file);

    QTableWidget* batchTable() const { return m_batches; }
    QTableWidget* recordTable() const { return m_records; }
    qint64 selectedBatchId() const;
    void selectBatch(qint64 batchId);
    QList<qint64> selectedRecordIds() const;
    const QList<sync::OutboxBatch>& batches() const { return m_batchList; }
    const QList<sync::OutboxRecord>& records() const { return m_recordList; }
    QString message() const;
    bool isEnrolled() const { return m_enrolled; }
    // Answers from the store arrived and nothing is being loaded.
    bool isLoaded() const { return m_pendingLoads == 0; }

Q_SIGNALS:
    void loaded();
    void syncFinished(bool ok);

private:
    void createActions();
    void layOut();
    void connectSignals();
    void showBatches(const QList<sync::OutboxBatch>& list);
    void loadRecords();
    void showRecords(const QList<sync::OutboxRecord>& list);
    void setMessage(const QString& text, bool error);
    void afterChange(const Result<int>& changed, const QString& doneText);
    void askExportFile();
    void askNationalExport();
    void askEncryptedNationalExport();
    void askReceiptFile();

    StoreAccess* m_store;
    QLabel* m_enrolment;
    QTableWidget* m_batches;
    QTableWidget* m_records;
    QComboBox* m_recordFilter;
    QLineEdit* m_reason;
    QLabel* m_message;
    QProgressBar* m_progress;
    QPushButton* m_stop;
    QList<QAction*> m_actions;
    QAction* m_enqueueAction = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_retryAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_returnAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_nationalExportAction = nullptr;
    QAction* m_receiptAction = nullptr;
    QList<sync::OutboxBatch> m_batchList;
    QList<sync::OutboxRecord> m_recordList;
    qint64 m_wantedBatch = 0;
    int m_pendingLoads = 0;
    bool m_enrolled = false;
    SyncRun* m_syncRun = nullptr;
    sync::SyncOptions m_syncOptions = defaultSyncOptions();

    static sync::SyncOptions defaultSyncOptions();
};

} // namespace sohoa::ui
