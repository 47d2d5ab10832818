#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace sohoa::ocr {
class OcrWorkerPool;
}
namespace sohoa::ingest {
class IngestJob;
struct IngestedDocument;
} // namespace sohoa::ingest

namespace sohoa::ui {

class StoreAccess;

// Imports files into a batch on the ingest job's own thread and shows how it
// goes: pages done of pages known, pages per minute, documents stored or
// refused and why. Cancel stops the run and keeps every document already
// stored. The window stays responsive throughout.
class ImportPanel : public QWidget {
    Q_OBJECT
public:
    ImportPanel(StoreAccess* store, QWidget* parent = nullptr);
    ~ImportPanel() override;

    // Folders are expanded (recursively) on a worker thread first.
    void importInto(qint64 batchId, const QString& batchName, const QStringList& paths);
    bool isRunning() const;
    void cancel();

    // The OCR workers shared by imports and scans of this window.
    std::shared_ptr<ocr::OcrWorkerPool> ocrPool();

    // For tests.
    QString statusText() const;
    int storedCount() const { return m_stored; }
    int failedCount() const { return m_failed; }

Q_SIGNALS:
    void started();
    void finished(int stored, int failed, bool cancelled);

private:
    void startJob(qint64 batchId, const QString& batchName, const QStringList& files);
    void documentDone(const ingest::IngestedDocument& document);

    StoreAccess* m_store;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QListWidget* m_log;
    ingest::IngestJob* m_job = nullptr;
    std::shared_ptr<ocr::OcrWorkerPool> m_pool;
    QString m_batchName;
    int m_stored = 0;
    int m_failed = 0;
    bool m_expanding = false;
};

} // namespace sohoa::ui
