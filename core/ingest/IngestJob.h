#pragma once

#include "core/accounts/Session.h"
#include "core/ingest/BatchIngest.h"
#include "core/ocr/OcrWorkerPool.h"

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>
#include <thread>

namespace sohoa::ingest {

// Importing files into a batch from the desktop: the same pipeline as
// `sohoa-cli ingest`, on a thread of its own with its own store connection,
// reporting through queued signals. The Session must outlive the job.
//
//   auto* job = new IngestJob(session, batchId, files, {}, pool, this);
//   connect(job, &IngestJob::progress, ...);
//   connect(job, &IngestJob::finished, job, &QObject::deleteLater);
//   if (auto started = job->start(); !started) showError(started.error());
class IngestJob : public QObject {
    Q_OBJECT
public:
    // `pool`: the application's shared OCR workers (engines stay loaded
    // between jobs); null creates one for this job.
    IngestJob(accounts::Session& session, qint64 batchId, const QStringList& files,
              IngestOptions options = {}, std::shared_ptr<ocr::OcrWorkerPool> pool = {},
              QObject* parent = nullptr);
    ~IngestJob() override; // cancels and waits for the thread

    // Checks the Ingest permission, opens a store connection and starts.
    Result<void> start();
    // Stops the run; documents already stored stay, the others are not stored.
    void cancel();
    // Stops one page's OCR; that page keeps its image without text.
    void cancelPage(int documentIndex, int pageNo);
    bool isRunning() const { return m_running.load(); }

Q_SIGNALS:
    void progress(int pagesDone, int pagesTotal, double pagesPerMinute);
    void documentFinished(const sohoa::ingest::IngestedDocument& document);
    void finished(int stored, int failed, bool cancelled);

private:
    accounts::Session& m_session;
    qint64 m_batchId;
    QStringList m_files;
    IngestOptions m_options;
    std::shared_ptr<ocr::OcrWorkerPool> m_pool;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<BatchIngest> m_ingest;
    std::thread m_thread;
    std::atomic_bool m_running{false};
};

} // namespace sohoa::ingest
