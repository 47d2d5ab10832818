#pragma once

#include "core/batches/Batch.h"
#include "core/capture/PageSource.h"
#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/extraction/Extractor.h"
#include "core/extraction/StackSeparation.h"
#include "core/imaging/PageCleanup.h"
#include "core/layouts/Layout.h"
#include "core/ocr/OcrWorkerPool.h"
#include "core/records/Record.h"
#include "core/validation/Validator.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace sohoa::ingest {

// The one path from files or scanned sheets to OCR'd, extracted and validated
// documents, used by `sohoa-cli extract`, `sohoa-cli ingest`, scanning and the
// desktop's import (IngestJob).
//
// Sources (files, scanner passes) are taken in order; their pages are decoded (or rendered),
// cleaned up, OCR'd and compressed on the worker pool, several pages at once
// across documents, with a bounded number of pages in flight so memory does
// not grow with the size of a PDF. A source that holds a stack is separated
// into documents by what its pages print (extraction/StackSeparation.h), as its
// pages come back in order: a document is extracted and delivered as soon as
// the page that starts the next one is read. Documents are delivered in input
// order and, within a source, in page order, on the thread that drives the
// pipeline.

struct PipelineOptions {
    QString typeHint;              // "" or "auto": classify; otherwise a record type id
    bool keepBlankPages = false;   // blank pages (duplex back sides) are reported and skipped unless kept
    bool archiveImages = true;     // ingest keeps the originals; extract only reads
    bool separateDocuments = true; // a source may hold several documents; false: one source, one document
    capture::ImportOptions import;
    imaging::CleanupOptions cleanup;
    int maxPagesInFlight = 0; // 0: two more than the pool's workers
    // Layouts taught to the office (core/layouts): a document that matches one is read with it first.
    std::shared_ptr<const QList<layouts::LayoutModel>> layouts;
};

struct ProcessedPage {
    int pageNo = 0;                  // in the source
    extraction::PageClass pageClass; // what the page is, for separating a stack
    bool blank = false;
    bool skipped = false;      // blank and not kept
    bool ocrCancelled = false; // this page's OCR was cancelled by itself: image kept, no text
    batches::NewPage page;     // archived image (when archiving), OCR, provenance
};

// One document: a whole source, or the part of a stack from firstPage on.
struct DocumentResult {
    int index = 0;            // position among the sources added
    int part = 0;             // 0 for the first document of its source, 1 for the next...
    bool lastOfSource = true; // no document of the same source follows
    int firstPage = 1;        // 1-based page of the source where the document starts
    QString input;            // path as given, or the scanner's label
    QString name;             // file name or device
    QString sourceKind = QStringLiteral("file");
    QString format; // "png" | "jpeg" | "tiff" | "pdf" | "scan"
    QByteArray sha256;
    int sourcePages = 0;        // pages in the file (or sheets sides scanned)
    std::optional<Error> error; // input.unreadable, ingest.cancelled, ...
    QList<ProcessedPage> pages; // every page of the document in order; blank ones flagged
    extraction::DocumentExtraction extraction;
    QList<records::Issue> issues;
    double seconds = 0;

    bool ok() const { return !error.has_value(); }
    int pageCount() const { return int(pages.size()); }
    QList<int> blankPages() const; // page numbers in the source
    QList<const ProcessedPage*> keptPages() const;
    QList<ocr::OcrPage> keptOcr() const;
    // The record extraction and validation describe (no ids yet).
    records::Record record() const;
};

struct PipelineProgress {
    int pagesDone = 0;
    int pagesKnown = 0;         // pages of the documents opened so far
    int documentsDone = 0;      // sources (files, scanner passes) done
    int documentsTotal = 0;     // sources added
    int documentsDelivered = 0; // documents delivered: a stack is several
    double pagesPerMinute = 0;
};

class DocumentPipeline {
public:
    using DocumentSink = std::function<void(DocumentResult& document)>;
    using ProgressSink = std::function<void(const PipelineProgress& progress)>;
    // Decides whether an opened source is processed (e.g. not imported twice);
    // an error delivers the document with that error instead.
    using Admission = std::function<std::optional<Error>(const capture::PageSource& source)>;
    // Called on the driving thread as each page finishes, before its document
    // is complete: ingest moves the page's image into the store here, so that a
    // long PDF does not hold all its images in memory. An error fails the document.
    using PageSink = std::function<std::optional<Error>(int documentIndex, ProcessedPage& page)>;

    DocumentPipeline(ocr::OcrWorkerPool& pool, PipelineOptions options);
    // Cancels what is still running and waits for the workers to let go.
    ~DocumentPipeline();
    DocumentPipeline(const DocumentPipeline&) = delete;
    DocumentPipeline& operator=(const DocumentPipeline&) = delete;

    void setDocumentSink(DocumentSink sink) { m_documentSink = std::move(sink); }
    void setProgressSink(ProgressSink sink) { m_progressSink = std::move(sink); }
    void setAdmission(Admission admission) { m_admission = std::move(admission); }
    void setPageSink(PageSink sink) { m_pageSink = std::move(sink); }
    void setValidationContext(validation::ValidationContext context) { m_validation = std::move(context); }

    // Queues a file (opened when its turn comes) or a ready page source.
    int addFile(const QString& path);
    int addSource(std::unique_ptr<capture::PageSource> source, const QString& input);

    // Feeds the workers and delivers what has finished, without waiting.
    void poll();
    // Returns once every queued document has been delivered.
    void finish();

    // Stops the whole run: running pages stop, unfinished documents are
    // delivered with "ingest.cancelled" (and must not be stored).
    void cancel();
    // Stops one page's OCR; the page keeps its image, without text.
    // cancel() and cancelPage() may be called from any thread.
    void cancelPage(int documentIndex, int pageNo);
    const CancelToken& cancelToken() const { return m_cancel; }

    PipelineProgress progress() const;
    int workerCount() const;

private:
    struct Pending;
    struct Completion;
    void feed();
    void drain(bool wait);
    void deliverReady();
    void separate(Pending& doc);
    void deliverPart(Pending& doc, bool last);
    void finalize(Pending& doc, DocumentResult& r);
    void rereadDoubtful(Pending& doc, DocumentResult& r);
    void reportProgress();

    ocr::OcrWorkerPool& m_pool;
    PipelineOptions m_options;
    validation::ValidationContext m_validation;
    DocumentSink m_documentSink;
    ProgressSink m_progressSink;
    Admission m_admission;
    PageSink m_pageSink;
    CancelToken m_cancel;

    std::vector<std::unique_ptr<Pending>> m_docs;
    int m_nextToDeliver = 0;
    int m_delivered = 0;
    int m_nextToFeed = 0;
    int m_inFlight = 0;
    int m_pagesDone = 0;
    int m_pagesKnown = 0;
    QElapsedTimer m_clock;

    struct Shared;
    std::shared_ptr<Shared> m_shared; // completion queue shared with worker tasks
    std::mutex m_tokensMutex;
    QMap<QPair<int, int>, CancelToken> m_pageTokens; // (document, page number) of pages in flight
};

// A page whose PDF text layer OCR of its image contradicted (TextLayerCheck.h)
// has provenance "text_layer": kTextLayerContradicted and its document a
// warning kHiddenTextIssue, which the clerk and the supervisor see (it is kept
// when the record's issues are computed again: workflow keeps "source." issues).
inline constexpr char kTextLayerContradicted[] = "contradicted";
inline constexpr char kHiddenTextIssue[] = "source.hidden_text";
QList<records::Issue> hiddenTextIssues(const QList<const ProcessedPage*>& pages);

// Per-page work on a worker thread: decode, archive, clean up, OCR.
Result<ProcessedPage> processPage(ocr::OcrEngine* engine, const Error* engineError,
                                  capture::CapturedPage&& page, const PipelineOptions& options,
                                  const CancelToken& pageToken, const CancelToken& runToken);

} // namespace sohoa::ingest
