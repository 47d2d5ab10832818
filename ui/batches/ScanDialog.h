#pragma once

#include "core/capture/Scanner.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace sohoa::ocr {
class OcrWorkerPool;
}
namespace sohoa::ingest {
class ScanJob;
}

namespace sohoa::ui {

class ScanPageStrip;
class StoreAccess;

// Scanning into a batch: choose the scanner (listed off the UI thread), its
// paper source, resolution and colour; a live page counter while the feeder
// runs; a paper jam or empty feeder keeps what was scanned and waits for
// Continue or Finish. Scanned pages appear as thumbnails and wait (in memory)
// for the clerk to turn, delete, reorder or rescan them; "Send to reading"
// (or Finish) cuts them into documents that are read and stored while
// scanning goes on.
class ScanDialog : public QDialog {
    Q_OBJECT
public:
    ScanDialog(StoreAccess* store, qint64 batchId, const QString& batchName,
               std::shared_ptr<ocr::OcrWorkerPool> pool, QWidget* parent = nullptr);
    ~ScanDialog() override;

    int pagesScanned() const { return m_pages; }
    QString statusText() const;
    void selectDevice(const QString& id);
    void startScan();
    void finishScan();
    void sendToReading();
    ScanPageStrip* pageStrip() const { return m_strip; }

Q_SIGNALS:
    void devicesListed(int count);
    void scanFinished(int stored, int failed, bool cancelled);
    // The page list changed (a page arrived, was edited or sent).
    void pagesChanged(int pagesWaiting);
    void passFinished();

public Q_SLOTS:
    void reject() override;

private:
    void layOut(QPushButton* lookAgain);
    void connectPageStrip();
    void listDevices();
    void loadCapabilities();
    capture::ScanSettings settings() const;
    void setRunning(bool running, bool waiting);
    void showCounter();

    StoreAccess* m_store;
    qint64 m_batchId;
    QString m_batchName;
    std::shared_ptr<ocr::OcrWorkerPool> m_pool;
    QComboBox* m_device;
    QComboBox* m_source;
    QComboBox* m_dpi;
    QComboBox* m_mode;
    QSpinBox* m_sheets;
    QLabel* m_counter;
    QLabel* m_status;
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_continue;
    QPushButton* m_finish;
    QPushButton* m_send;
    ScanPageStrip* m_strip;
    QPushButton* m_close;
    ingest::ScanJob* m_job = nullptr;
    int m_pages = 0;
    int m_waiting = 0; // pages in the strip, not yet sent
    int m_sent = 0;
    QString m_readingText;
    bool m_running = false;
    int m_stored = 0;
    bool m_finished = false;
};

} // namespace sohoa::ui
