#pragma once

#include "core/batches/Batch.h"
#include "core/common/Result.h"

namespace sohoa::store {
class Database;
}

namespace sohoa::batches {

// Persistence of documents and their pages (images and OCR). Like
// RecordRepository, no permission checks or audit here: ingest does both.
Result<qint64> insertDocument(store::Database& db, const NewDocument& doc, const QString& actor);
Result<void> setDocumentStatus(store::Database& db, qint64 documentId, const QString& status,
                               const QString& message = {});
Result<void> setDocumentType(store::Database& db, qint64 documentId, const QString& type, double confidence);
// Adds a page to an existing document (scanning appends sheet by sheet).
Result<qint64> appendPage(store::Database& db, qint64 documentId, const NewPage& page);
Result<void> setPageOcr(store::Database& db, qint64 pageId, const ocr::OcrPage& ocr);

// Page images of a document still being imported wait in the store instead of
// memory; appendPage() moves a NewPage's staged image into page_images (in the
// caller's transaction) and removes it from staging.
Result<qint64> stageImage(store::Database& db, const QString& format, const QByteArray& data);
Result<void> discardStagedImages(store::Database& db, const QList<qint64>& ids);
// Removes images staged before `stagedBefore` (ISO time) by imports that never
// finished (a crash); returns how many.
Result<int> purgeStagedImages(store::Database& db, const QString& stagedBefore);

Result<DocumentInfo> loadDocument(store::Database& db, qint64 documentId);
Result<QList<DocumentInfo>> documentsInBatch(store::Database& db, qint64 batchId);
Result<QList<PageInfo>> documentPages(store::Database& db, qint64 documentId);
struct PageImage {
    QByteArray data;
    QString format;
};
Result<PageImage> loadPageImage(store::Database& db, qint64 pageId);
Result<ocr::OcrPage> loadPageOcr(store::Database& db, qint64 pageId);
// A document already imported from the same bytes, or 0.
Result<qint64> findDocumentBySha256(store::Database& db, qint64 batchId, const QByteArray& sha256);

} // namespace sohoa::batches
