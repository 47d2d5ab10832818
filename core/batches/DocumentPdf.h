#pragma once

#include "core/common/Result.h"

#include <QByteArray>

namespace sohoa::store {
class Database;
}

namespace sohoa::batches {

// A stored document as a searchable PDF (ocr::buildSearchablePdf over its
// archived page images and OCR results), built in memory. Here rather than in
// core/ocr so that OCR does not read the store (batches uses OCR, not the
// other way round).
Result<QByteArray> searchablePdfForDocument(store::Database& db, qint64 documentId);

} // namespace sohoa::batches
