#include "core/batches/DocumentRepository.h"

#include "core/batches/Errors.h"
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/i18n/Tr.h"
#include "core/store/Database.h"
#include "core/store/Errors.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sohoa::batches {

namespace {

DocumentInfo readDocument(const store::Statement& st)
{
    DocumentInfo d;
    d.id = st.integer(0);
    d.batchId = st.integer(1);
    d.sourceName = st.text(2);
    d.sourceKind = st.text(3);
    d.importedAt = st.text(4);
    d.importedBy = st.text(5);
    d.pageCount = int(st.integer(6));
    d.docType = st.text(7);
    d.typeConfidence = st.real(8);
    d.status = st.text(9);
    d.statusMessage = st.text(10);
    return d;
}

constexpr const char* kDocumentColumns = "id, batch_id, source_name, source_kind, imported_at, imported_by, "
                                         "page_count, doc_type, type_confidence, status, status_message";

} // namespace

Result<qint64> appendPage(store::Database& db, qint64 documentId, const NewPage& p)
{
    SOHOA_TRY_ASSIGN(
        const auto next,
        db.queryRow("SELECT coalesce(max(page_no), 0) + 1 FROM pages WHERE document_id = ?;", documentId));
    // An aggregate always returns its one row.
    const qint64 pageNo = next ? next->integer(0) : 1;

    SOHOA_TRY_ASSIGN(auto st,
                     db.prepare("INSERT INTO pages (document_id, page_no, width, height, dpi, rotation, "
                                "skew, blank, ocr, ocr_text, provenance) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);"));
    st.bind(1, documentId).bind(2, pageNo).bind(3, p.width).bind(4, p.height).bind(5, p.dpi);
    st.bind(6, p.rotation).bind(7, p.skew).bind(8, qint64(p.blank));
    if (p.hasOcr) {
        st.bindBlob(9, p.ocr.serialize());
        st.bind(10, p.ocr.text());
    } else {
        st.bindNull(9).bindNull(10);
    }
    st.bind(11, QString::fromUtf8(canonicalJson(p.provenance)));
    SOHOA_TRY(st.run());
    const qint64 pageId = db.lastInsertId();

    if (p.stagedImageId > 0) {
        SOHOA_TRY(db.execute("INSERT INTO page_images (page_id, format, data) "
                             "SELECT ?, format, data FROM staged_images WHERE id = ?;",
                             pageId, p.stagedImageId));
        if (db.changes() != 1)
            return makeError(
                store::errors::kStagedImageMissing,
                Tr::tr("The image of page %1 waiting to be stored is missing; the document was not stored.")
                    .arg(pageNo));
        SOHOA_TRY(discardStagedImages(db, {p.stagedImageId}));
    } else {
        SOHOA_TRY_ASSIGN(auto img,
                         db.prepare("INSERT INTO page_images (page_id, format, data) VALUES (?, ?, ?);"));
        img.bind(1, pageId).bind(2, p.imageFormat).bindBlob(3, p.imageData);
        SOHOA_TRY(img.run());
    }

    SOHOA_TRY(db.execute("UPDATE documents SET page_count = page_count + 1 WHERE id = ?;", documentId));
    return pageId;
}

Result<qint64> stageImage(store::Database& db, const QString& format, const QByteArray& data)
{
    SOHOA_TRY_ASSIGN(auto st,
                     db.prepare("INSERT INTO staged_images (staged_at, format, data) VALUES (?, ?, ?);"));
    st.bind(1, nowIso()).bind(2, format).bindBlob(3, data);
    SOHOA_TRY(st.run());
    return db.lastInsertId();
}

Result<void> discardStagedImages(store::Database& db, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return {};
    SOHOA_TRY_ASSIGN(auto st, db.prepare("DELETE FROM staged_images WHERE id = ?;"));
    for (qint64 id : ids) {
        st.reset();
        st.bind(1, id);
        SOHOA_TRY(st.run());
    }
    return {};
}

Result<int> purgeStagedImages(store::Database& db, const QString& stagedBefore)
{
    SOHOA_TRY(db.execute("DELETE FROM staged_images WHERE staged_at < ?;", stagedBefore));
    return db.changes();
}

Result<qint64> insertDocument(store::Database& db, const NewDocument& doc, const QString& actor)
{
    SOHOA_TRY_ASSIGN(
        auto st, db.prepare("INSERT INTO documents (batch_id, source_name, source_kind, source_sha256, "
                            "imported_at, imported_by, doc_type, type_confidence, status, status_message) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);"));
    st.bind(1, doc.batchId).bind(2, doc.sourceName).bind(3, doc.sourceKind);
    if (doc.sourceSha256.isEmpty())
        st.bindNull(4);
    else
        st.bindBlob(4, doc.sourceSha256);
    st.bind(5, nowIso()).bind(6, actor).bind(7, doc.docType).bind(8, doc.typeConfidence);
    st.bind(9, doc.status).bind(10, doc.statusMessage);
    SOHOA_TRY(st.run());
    const qint64 id = db.lastInsertId();
    for (const NewPage& p : doc.pages)
        SOHOA_TRY(appendPage(db, id, p));
    return id;
}

Result<void> setDocumentStatus(store::Database& db, qint64 documentId, const QString& status,
                               const QString& message)
{
    return db.execute("UPDATE documents SET status = ?, status_message = ? WHERE id = ?;", status, message,
                      documentId);
}

Result<void> setDocumentType(store::Database& db, qint64 documentId, const QString& type, double confidence)
{
    return db.execute("UPDATE documents SET doc_type = ?, type_confidence = ? WHERE id = ?;", type,
                      confidence, documentId);
}

Result<void> setPageOcr(store::Database& db, qint64 pageId, const ocr::OcrPage& ocr)
{
    SOHOA_TRY_ASSIGN(
        auto st,
        db.prepare(
            "UPDATE pages SET ocr = ?, ocr_text = ?, rotation = ?, skew = ?, blank = ? WHERE id = ?;"));
    st.bindBlob(1, ocr.serialize())
        .bind(2, ocr.text())
        .bind(3, ocr.rotationApplied)
        .bind(4, ocr.skewCorrected);
    st.bind(5, qint64(ocr.blank)).bind(6, pageId);
    return st.run();
}

Result<DocumentInfo> loadDocument(store::Database& db, qint64 documentId)
{
    const QByteArray sql = QByteArray("SELECT ") + kDocumentColumns + " FROM documents WHERE id = ?;";
    SOHOA_TRY_ASSIGN(const auto row, db.queryRow(sql.constData(), documentId));
    if (!row)
        return makeError(errors::kDocumentNotFound, Tr::tr("There is no document %1.").arg(documentId));
    return readDocument(*row);
}

Result<QList<DocumentInfo>> documentsInBatch(store::Database& db, qint64 batchId)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kDocumentColumns + " FROM documents WHERE batch_id = ? ORDER BY id;";
    SOHOA_TRY_ASSIGN(auto st, db.prepare(sql.constData()));
    st.bind(1, batchId);
    QList<DocumentInfo> out;
    SOHOA_TRY(st.forEachRow([&](const store::Statement& row) { out.append(readDocument(row)); }));
    return out;
}

Result<QList<PageInfo>> documentPages(store::Database& db, qint64 documentId)
{
    SOHOA_TRY_ASSIGN(auto st,
                     db.prepare("SELECT id, document_id, page_no, width, height, dpi, rotation, skew, blank, "
                                "provenance FROM pages WHERE document_id = ? ORDER BY page_no;"));
    st.bind(1, documentId);
    QList<PageInfo> out;
    SOHOA_TRY(st.forEachRow([&](const store::Statement& row) {
        PageInfo p;
        p.id = row.integer(0);
        p.documentId = row.integer(1);
        p.pageNo = int(row.integer(2));
        p.width = int(row.integer(3));
        p.height = int(row.integer(4));
        p.dpi = int(row.integer(5));
        p.rotation = int(row.integer(6));
        p.skew = row.real(7);
        p.blank = row.integer(8) != 0;
        p.provenance = QJsonDocument::fromJson(row.text(9).toUtf8()).object();
        out.append(p);
    }));
    return out;
}

Result<PageImage> loadPageImage(store::Database& db, qint64 pageId)
{
    SOHOA_TRY_ASSIGN(const auto row,
                     db.queryRow("SELECT data, format FROM page_images WHERE page_id = ?;", pageId));
    if (!row)
        return makeError(errors::kPageNotFound, Tr::tr("There is no image for page %1.").arg(pageId));
    return PageImage{row->blob(0), row->text(1)};
}

Result<ocr::OcrPage> loadPageOcr(store::Database& db, qint64 pageId)
{
    SOHOA_TRY_ASSIGN(const auto row, db.queryRow("SELECT ocr FROM pages WHERE id = ?;", pageId));
    ocr::OcrPage page;
    if (!row || row->isNull(0) || !ocr::OcrPage::deserialize(row->blob(0), page))
        return makeError(errors::kPageNoOcr, Tr::tr("Page %1 has no OCR result.").arg(pageId));
    return page;
}

Result<qint64> findDocumentBySha256(store::Database& db, qint64 batchId, const QByteArray& sha256)
{
    SOHOA_TRY_ASSIGN(
        auto st, db.prepare("SELECT id FROM documents WHERE batch_id = ? AND source_sha256 = ? LIMIT 1;"));
    st.bind(1, batchId).bindBlob(2, sha256);
    SOHOA_TRY_ASSIGN(const bool has, st.next());
    return has ? st.integer(0) : qint64(0);
}

} // namespace sohoa::batches
