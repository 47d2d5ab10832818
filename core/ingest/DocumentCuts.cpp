#include "core/ingest/DocumentCuts.h"

#include "core/audit/Actions.h"
#include "core/batches/DocumentRepository.h"
#include "core/extraction/Extractor.h"
#include "core/i18n/Tr.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"
#include "core/validation/Validator.h"
#include "core/workflow/Workflow.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sohoa::ingest {

namespace {

QString entity(qint64 documentId)
{
    return QStringLiteral("document:%1").arg(documentId);
}

// The records of a document, which must all still wait for verification.
Result<QList<records::Record>> editableRecords(store::Database& db, qint64 documentId)
{
    records::RecordQuery q;
    q.documentId = documentId;
    auto found = records::queryRecords(db, q);
    if (!found)
        return found.error();
    for (const records::Record& r : *found)
        if (r.state != records::RecordState::ToVerify)
            return makeError(
                QStringLiteral("document.verified"),
                Tr::tr("Document %1 has a record that was already verified or decided; its pages can no "
                       "longer be moved.")
                    .arg(documentId));
    auto keyed = db.prepare("SELECT (SELECT count(*) FROM keying_first_pass WHERE document_id = ?1) + "
                            "(SELECT count(*) FROM keying_second_pass WHERE document_id = ?1);");
    if (!keyed)
        return keyed.error();
    keyed->bind(1, documentId);
    auto row = keyed->next();
    if (!row)
        return row.error();
    if (*row && keyed->integer(0) > 0)
        return makeError(
            QStringLiteral("document.keyed"),
            Tr::tr("Document %1 was keyed by hand; its pages can no longer be moved.").arg(documentId));
    return *found;
}

// A record and what indexes it (search text, names, duplicate keys, edits).
Result<void> removeRecord(store::Database& db, qint64 recordId)
{
    for (const char* sql :
         {"DELETE FROM records_fts WHERE docid = ?;", "DELETE FROM record_keys WHERE docid = ?;",
          "DELETE FROM record_names WHERE record_id = ?;", "DELETE FROM field_edits WHERE record_id = ?;",
          "DELETE FROM records WHERE id = ?;"}) {
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        st->bind(1, recordId);
        SOHOA_TRY(st->run());
    }
    return {};
}

Result<void> renumberPages(store::Database& db, qint64 fromDocument, int fromPage, qint64 toDocument,
                           int offset)
{
    // Two steps so that UNIQUE (document_id, page_no) never sees two pages at once.
    auto park = db.prepare("UPDATE pages SET page_no = -page_no WHERE document_id = ? AND page_no >= ?;");
    if (!park)
        return park.error();
    park->bind(1, fromDocument).bind(2, fromPage);
    SOHOA_TRY(park->run());
    auto move =
        db.prepare("UPDATE pages SET document_id = ?, page_no = -page_no + ? WHERE document_id = ? AND "
                   "page_no < 0;");
    if (!move)
        return move.error();
    move->bind(1, toDocument).bind(2, offset).bind(3, fromDocument);
    return move->run();
}

Result<int> recountPages(store::Database& db, qint64 documentId)
{
    auto st =
        db.prepare("UPDATE documents SET page_count = (SELECT count(*) FROM pages WHERE document_id = ?1) "
                   "WHERE id = ?1;");
    if (!st)
        return st.error();
    st->bind(1, documentId);
    SOHOA_TRY(st->run());
    auto pages = batches::documentPages(db, documentId);
    if (!pages)
        return pages.error();
    return int(pages->size());
}

// Reads the document's pages again into `record` (type kept when it has one).
Result<void> reread(store::Database& db, qint64 documentId, records::Record& record, const QString& typeHint)
{
    auto pages = batches::documentPages(db, documentId);
    if (!pages)
        return pages.error();
    QList<ocr::OcrPage> ocr;
    for (const batches::PageInfo& p : *pages) {
        if (p.blank)
            continue;
        auto o = batches::loadPageOcr(db, p.id);
        if (!o)
            return o.error();
        ocr.append(*o);
    }
    const bool known = !typeHint.isEmpty() && typeHint != QLatin1String("unknown");
    extraction::DocumentExtraction ex =
        extraction::extractDocument(ocr, known ? typeHint : QStringLiteral("auto"));
    record.type = ex.type;
    record.fields = ex.fields;
    record.issues = validation::validateRecord(record, workflow::storeValidationContext(db));
    return batches::setDocumentType(db, documentId, ex.type, ex.typeConfidence);
}

} // namespace

Result<CutResult> mergeDocuments(accounts::Session& session, qint64 first, qint64 second)
{
    SOHOA_TRY(session.require(accounts::Permission::Ingest));
    if (first == second)
        return makeError(QStringLiteral("usage.same_document"),
                         Tr::tr("A document cannot be merged with itself."));
    store::Database& db = session.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto a = batches::loadDocument(db, first);
    if (!a)
        return a.error();
    auto b = batches::loadDocument(db, second);
    if (!b)
        return b.error();
    if (a->batchId != b->batchId)
        return makeError(QStringLiteral("document.other_batch"),
                         Tr::tr("Documents %1 and %2 are in different batches.").arg(first).arg(second));
    auto recordsA = editableRecords(db, first);
    if (!recordsA)
        return recordsA.error();
    auto recordsB = editableRecords(db, second);
    if (!recordsB)
        return recordsB.error();
    if (recordsA->size() > 1 || recordsB->size() > 1)
        return makeError(QStringLiteral("document.several_records"),
                         Tr::tr("A document with several records cannot be merged."));

    SOHOA_TRY(renumberPages(db, second, 1, first, a->pageCount));
    for (const records::Record& r : *recordsB)
        SOHOA_TRY(removeRecord(db, r.id));
    {
        auto del = db.prepare("DELETE FROM documents WHERE id = ?;");
        if (!del)
            return del.error();
        del->bind(1, second);
        SOHOA_TRY(del->run());
    }
    auto pages = recountPages(db, first);
    if (!pages)
        return pages.error();

    CutResult out;
    out.documentId = first;
    out.pages = *pages;
    if (!recordsA->isEmpty()) {
        records::Record r = recordsA->first();
        SOHOA_TRY(reread(db, first, r, a->docType != QLatin1String("unknown") ? a->docType : b->docType));
        SOHOA_TRY(records::saveRecord(db, r));
        out.recordId = r.id;
    }
    QJsonArray removed;
    for (const records::Record& r : *recordsB)
        removed.append(r.id);
    SOHOA_TRY(session.audit(audit::actions::kDocumentMerged, entity(first),
                            QJsonObject{{QStringLiteral("batch"), a->batchId},
                                        {QStringLiteral("merged"), second},
                                        {QStringLiteral("pages_before"), a->pageCount},
                                        {QStringLiteral("pages"), out.pages},
                                        {QStringLiteral("record"), out.recordId},
                                        {QStringLiteral("removed_records"), removed}}));
    SOHOA_TRY(tx->commit());
    return out;
}

Result<CutResult> splitDocument(accounts::Session& session, qint64 documentId, int atPage)
{
    SOHOA_TRY(session.require(accounts::Permission::Ingest));
    store::Database& db = session.db();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto doc = batches::loadDocument(db, documentId);
    if (!doc)
        return doc.error();
    if (atPage < 2 || atPage > doc->pageCount)
        return makeError(QStringLiteral("usage.page"),
                         Tr::tr("Document %1 has %2 page(s): it can be split at page 2 to %2.")
                             .arg(documentId)
                             .arg(doc->pageCount));
    auto existing = editableRecords(db, documentId);
    if (!existing)
        return existing.error();
    if (existing->size() > 1)
        return makeError(QStringLiteral("document.several_records"),
                         Tr::tr("A document with several records cannot be split."));

    batches::NewDocument nd;
    nd.batchId = doc->batchId;
    nd.sourceName = doc->sourceName;
    nd.sourceKind = doc->sourceKind;
    nd.status = doc->status;
    nd.statusMessage = doc->statusMessage;
    auto newId = batches::insertDocument(db, nd, session.actor());
    if (!newId)
        return newId.error();
    SOHOA_TRY(renumberPages(db, documentId, atPage, *newId, 1 - atPage));
    auto pages = recountPages(db, documentId);
    if (!pages)
        return pages.error();
    auto newPages = recountPages(db, *newId);
    if (!newPages)
        return newPages.error();

    CutResult out;
    out.documentId = documentId;
    out.newDocumentId = *newId;
    out.pages = *pages;
    out.newPages = *newPages;
    if (!existing->isEmpty()) {
        records::Record r = existing->first();
        SOHOA_TRY(reread(db, documentId, r, doc->docType));
        SOHOA_TRY(records::saveRecord(db, r));
        out.recordId = r.id;
    } else {
        SOHOA_TRY(batches::setDocumentType(db, documentId, doc->docType, doc->typeConfidence));
    }
    // The later pages say themselves what they are.
    records::Record later;
    later.batchId = doc->batchId;
    later.documentId = *newId;
    SOHOA_TRY(reread(db, *newId, later, {}));
    records::NewRecord nr;
    nr.batchId = doc->batchId;
    nr.documentId = *newId;
    nr.type = later.type;
    nr.fields = later.fields;
    nr.issues = later.issues;
    auto newRecord = records::insertRecord(db, nr, session.actor());
    if (!newRecord)
        return newRecord.error();
    out.newRecordId = *newRecord;
    SOHOA_TRY(session.audit(audit::actions::kDocumentSplit, entity(documentId),
                            QJsonObject{{QStringLiteral("batch"), doc->batchId},
                                        {QStringLiteral("at_page"), atPage},
                                        {QStringLiteral("pages"), out.pages},
                                        {QStringLiteral("record"), out.recordId},
                                        {QStringLiteral("new_document"), out.newDocumentId},
                                        {QStringLiteral("new_pages"), out.newPages},
                                        {QStringLiteral("new_record"), out.newRecordId}}));
    SOHOA_TRY(tx->commit());
    return out;
}

} // namespace sohoa::ingest
