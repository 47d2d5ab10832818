#pragma once

#include "core/accounts/Session.h"
#include "core/capture/Scanner.h"
#include "core/ingest/ScanReview.h"
#include "core/ingest/ScanSession.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace sohoa::ingest {

// Scanning into a batch from the desktop. The device, the store connection
// and the scan session live on the job's own thread; the UI talks to it with
// start()/resume()/pauseAfterPage()/finish()/cancel() and listens to queued
// signals. After scannerError() the job waits: the clerk fixes the paper and
// presses Continue (resume()) or ends the batch (finish()); pages scanned
// before the error are kept either way. The Session must outlive the job.
class ScanJob : public QObject {
    Q_OBJECT
public:
    ScanJob(accounts::Session& session, qint64 batchId, QString deviceId, capture::ScanSettings settings,
            ScanOptions options = {}, std::shared_ptr<ocr::OcrWorkerPool> pool = {},
            QObject* parent = nullptr);
    ~ScanJob() override; // cancels and waits

    // Checks the permission and opens a store connection, then opens the
    // device and runs the first pass on the job's thread.
    Result<void> start();
    // Another pass (after an error, a pause, or to scan the next stack).
    void resume();
    void setSettings(const capture::ScanSettings& settings); // for the next pass
    // Stops after the page being scanned (the rest stays in the feeder).
    void pauseAfterPage();
    // Stores held pages, waits for OCR, then emits finished().
    void finish();
    void cancel();

    // Review before reading (ScanOptions::reviewBeforeReading). The page list
    // is shared with the job's thread: edits apply at once, even while the
    // feeder runs; finish() sends the pages still in the list.
    std::vector<ReviewPage> reviewPages() const;
    void rotatePage(quint64 id, int quarterTurns);
    void removePage(quint64 id);
    void movePage(quint64 id, int toIndex);
    void reorderPages(const QList<quint64>& ids);
    // Scans one page (the next pass) in the place of `id`.
    void rescanPage(quint64 id);
    // Cuts the listed pages into documents and starts reading them.
    void sendToReading();

Q_SIGNALS:
    void pageScanned(int pagesScanned, int sheet, bool back);
    // A pass ended normally: feederEmpty / paused.
    void passEnded(int pagesScanned, bool feederEmpty, bool paused);
    // A pass ended with a scanner error; `pagesKept` were scanned before it.
    void scannerError(const QString& code, const QString& message, int pagesKept);
    void progress(int pagesDone, int pagesTotal, double pagesPerMinute);
    void documentFinished(const sohoa::ingest::IngestedDocument& document);
    void finished(int stored, int failed, bool cancelled);
    // The review list changed (a page arrived, was edited or sent).
    void reviewChanged();
    // Reviewed pages were queued for reading as `documents` documents.
    void pagesSent(int pages, int documents);
    // Sending failed (a page could not be turned); the list is unchanged.
    void sendFailed(const QString& message);

private:
    enum class Command { Scan, Rescan, Send, Finish };
    void post(Command c);
    void loop();
    void sendReviewed(ScanSession& scan);

    accounts::Session& m_session;
    qint64 m_batchId;
    QString m_deviceId;
    ScanOptions m_options;
    std::shared_ptr<ocr::OcrWorkerPool> m_pool;
    std::unique_ptr<store::Database> m_db;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Command> m_commands;
    capture::ScanSettings m_settings;
    bool m_quit = false;
    std::atomic_bool m_pause{false};
    CancelToken m_cancel;
    std::thread m_thread;

    mutable std::mutex m_reviewMutex;
    ScanReview m_review;
    quint64 m_rescanTarget = 0; // guarded by m_reviewMutex; 0: pages are appended
};

} // namespace sohoa::ingest
