#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/ingest/DocumentPipeline.h"
#include "core/ocr/OcrWorkerPool.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace sohoa::store {
class Database;
}

namespace sohoa::ingest {

struct IngestOptions {
    PipelineOptions pipeline;
    bool allowDuplicates = false; // import a file again into a batch that already has it
};

// What happened to one document of an ingest run: a whole input, or one
// document of a stack (several per input, in page order).
struct IngestedDocument {
    int index = 0; // of the input
    int part = 0;  // of the documents of the input
    bool lastOfSource = true;
    int firstPage = 1; // 1-based page of the input where the document starts
    int pages = 0;     // pages of the document (blank ones included)
    QString input;
    QString name;
    std::optional<Error> error; // input.unreadable, input.duplicate, ingest.cancelled, store errors
    qint64 documentId = 0;
    qint64 recordId = 0;
    qint64 duplicateOf = 0; // with error input.duplicate
    int sourcePages = 0;
    int storedPages = 0;
    QList<int> blankPages; // page numbers in the source
    bool blankPagesKept = false;
    QString type;
    double typeConfidence = 0;
    QMap<QString, records::FieldValue> fields;
    QList<records::Issue> issues;

    bool ok() const { return !error.has_value(); }
    QJsonObject toJson() const; // the `sohoa-cli ingest` line
};

struct StoredDocument {
    qint64 documentId = 0;
    qint64 recordId = 0;
    int pages = 0;
};

// Writes one processed document - document, pages with their original images
// and OCR, its record, and an audit entry - in ONE transaction: a document is
// in the store whole or not at all. OCR happened before; the transaction only
// holds the write lock for the inserts. Page images may already wait in the
// store's staging table (BatchIngest stages them page by page); they move
// into the document in the same transaction.
Result<StoredDocument> storeDocument(store::Database& db, const QString& actor, qint64 batchId,
                                     const DocumentResult& document);

// Files or scanned sheets into a batch of the store: the pipeline, with a
// store writer as its sink. Synchronous: runs on the caller's thread, which
// must own `db` (the session's connection on its own thread, or a connection
// from Session::openConnection() on a worker thread).
class BatchIngest {
public:
    // Refuses accounts without the Ingest permission.
    static Result<std::unique_ptr<BatchIngest>> create(accounts::Session& session, store::Database& db,
                                                       qint64 batchId, ocr::OcrWorkerPool& pool,
                                                       IngestOptions options);

    // Stops the pipeline and drops the staged images of documents never stored.
    ~BatchIngest();
    BatchIngest(const BatchIngest&) = delete;
    BatchIngest& operator=(const BatchIngest&) = delete;

    DocumentPipeline& pipeline() { return *m_pipeline; }
    qint64 batchId() const { return m_batchId; }

    void setDocumentSink(std::function<void(const IngestedDocument&)> sink) { m_sink = std::move(sink); }

    void addFiles(const QStringList& paths);
    int addSource(std::unique_ptr<capture::PageSource> source, const QString& input);
    // Processes and stores everything added; returns when all are done.
    void run();
    void poll() { m_pipeline->poll(); }

    int stored() const { return m_stored; }
    int failed() const { return m_failed; }
    int duplicates() const { return m_duplicates; }

private:
    BatchIngest(store::Database& db, QString actor, qint64 batchId, ocr::OcrWorkerPool& pool,
                IngestOptions options);
    void onDocument(DocumentResult& document);
    std::optional<Error> stagePage(int documentIndex, ProcessedPage& page);
    void discardStaged(int documentIndex);

    store::Database& m_db;
    QString m_actor;
    qint64 m_batchId;
    IngestOptions m_options;
    std::unique_ptr<DocumentPipeline> m_pipeline;
    std::function<void(const IngestedDocument&)> m_sink;
    QMap<int, qint64> m_duplicateOf;
    QMap<int, QList<qint64>> m_staged; // document index -> its page images waiting in the store
    int m_stored = 0;
    int m_failed = 0;
    int m_duplicates = 0;
};

} // namespace sohoa::ingest

Q_DECLARE_METATYPE(sohoa::ingest::IngestedDocument)
