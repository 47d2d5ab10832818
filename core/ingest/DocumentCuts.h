#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"

namespace sohoa::ingest {

// Correcting where a stack was cut, before verification: two documents that
// are one are merged, a document that is two is split at a page. The pages
// (images and OCR) move between documents as they are; the records of the
// documents are extracted and validated again from the pages they now hold.
// Refused once a record of the documents has left `to_verify` or was keyed by
// hand (its values are a person's work), and across batches. Each change is
// one transaction with its audit entry (document.merged / document.split).

struct CutResult {
    qint64 documentId = 0; // the document that remains (merge) or the first part (split)
    qint64 recordId = 0;
    qint64 newDocumentId = 0; // split: the document made of the later pages
    qint64 newRecordId = 0;
    int pages = 0;    // of documentId
    int newPages = 0; // of newDocumentId
};

// Appends the pages of `second` to `first` (in their order) and removes
// `second` and its record; `first`'s record is read again from all the pages.
Result<CutResult> mergeDocuments(accounts::Session& session, qint64 first, qint64 second);

// Moves the pages from `atPage` (1-based, 2..page count) on into a new
// document of the same batch with a record of its own; both are read again.
Result<CutResult> splitDocument(accounts::Session& session, qint64 documentId, int atPage);

} // namespace sohoa::ingest
