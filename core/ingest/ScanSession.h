#pragma once

#include "core/accounts/Session.h"
#include "core/capture/Scanner.h"
#include "core/ingest/BatchIngest.h"

#include <QDateTime>
#include <functional>
#include <memory>
#include <vector>

namespace sohoa::ingest {

struct ScanOptions {
    IngestOptions ingest;
    // Sheets that make one document: 1 for books with one registration per
    // sheet (duplex back sides join their front), 2 for land certificates...
    // 0: everything scanned until finish() is one document.
    int sheetsPerDocument = 1;
    // Instead of a fixed number of sheets, documents are separated by what
    // their pages print (extraction/StackSeparation.h): the pages of a pass
    // that empties the feeder are queued as one stack; a pass that stops on a
    // jam or a pause keeps its pages for the next, so no document is cut where
    // the paper stopped.
    bool separateByContent = false;
    // ScanJob only: pages wait in a ScanReview until the clerk sends them to
    // be read (ScanJob::sendToReading), instead of being read as they arrive.
    bool reviewBeforeReading = false;
};

struct ScanEvent {
    int pagesScanned = 0; // in this session, all passes
    int sheet = 0;        // in this session
    bool back = false;
    int pagesHeld = 0; // scanned but not yet queued as a document
    int documentsQueued = 0;
};

// Scanning into a batch: a feeder's pages become documents that are OCR'd and
// stored while the scanner keeps feeding. A paper jam, open cover, empty
// feeder or I/O error ends a pass with that error; every page scanned before
// it is kept (stored, or held for the unfinished document), and scan() is
// called again once the clerk has fixed the paper. The thread that calls
// scan()/finish() must own `db` and the device.
class ScanSession {
public:
    static Result<std::unique_ptr<ScanSession>> create(accounts::Session& session, store::Database& db,
                                                       qint64 batchId, capture::ScannerDevice& device,
                                                       ocr::OcrWorkerPool& pool, ScanOptions options = {});
    ~ScanSession();

    void setDocumentSink(std::function<void(const IngestedDocument&)> sink);
    void setProgressSink(DocumentPipeline::ProgressSink sink);
    // Review before reading: every scanned page goes to `sink` (the clerk's
    // page list, ScanReview.h) instead of being cut into documents here; the
    // reviewed pages come back through queueDocument().
    void setReviewSink(std::function<void(capture::CapturedPage&&)> sink);
    // Queues pages (already reviewed, in order) as one document, or as one
    // stack to separate by content when the options say so.
    void queueDocument(std::vector<capture::CapturedPage>&& pages);

    // One pass: a flatbed page, or the feeder until it is empty. `onPage` is
    // called after each page; returning false pauses after it.
    Result<capture::ScanRun> scan(const capture::ScanSettings& settings,
                                  const std::function<bool(const ScanEvent&)>& onPage = {},
                                  const CancelToken& cancel = {});

    // Delivers documents whose OCR has finished, without waiting.
    void poll();
    // Queues the held pages of an unfinished document, then waits until every
    // document is OCR'd and stored.
    void finish();
    // Stops OCR; documents not yet stored are not stored (their pages are lost
    // only from this session: the paper is still in the tray).
    void cancel();

    int pagesScanned() const { return m_pagesScanned; }
    int pagesHeld() const { return int(m_held.size()); }
    int documentsQueued() const { return m_documentsQueued; }
    const BatchIngest& ingest() const { return *m_ingest; }

private:
    ScanSession(capture::ScannerDevice& device, QString actor, ScanOptions options);
    void queueHeld();

    capture::ScannerDevice& m_device;
    QString m_actor;
    ScanOptions m_options;
    std::unique_ptr<BatchIngest> m_ingest;
    std::function<void(capture::CapturedPage&&)> m_reviewSink;
    std::vector<capture::CapturedPage> m_held;
    int m_heldSheets = 0;
    int m_pagesScanned = 0;
    int m_sheets = 0;
    int m_passes = 0;
    int m_documentsQueued = 0;
};

} // namespace sohoa::ingest
