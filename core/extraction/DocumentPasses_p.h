#pragma once

// Private to core/extraction: passes over a whole document's extraction, run
// after every field was read (Extractor.cpp, in this order).
#include "core/extraction/Extractor.h"
#include "core/extraction/PageModel.h"
#include "core/records/RecordType.h"

namespace sohoa::extraction::detail {

// Required fields with no label found, on a page where OCR skipped a line among
// its labels: their absence is no sign that the paper lacks them (out.unread).
void markUnreadRequired(const DocumentModel& doc, const records::RecordType& type, DocumentExtraction& out);

// A 0 read as 6, 8 or 9 somewhere on the paper: every other 6, 8 or 9 is doubtful.
void markZeroDoubt(DocumentExtraction& out);

// A place cut after a unit, completed from the same unit printed whole in another place.
void completeCutPlaces(DocumentExtraction& out);

// A page read poorly as a whole keeps every value below 0.9.
void capPoorPage(const records::RecordType& type, DocumentExtraction& out);

} // namespace sohoa::extraction::detail
