#pragma once

// Private to core/extraction: parts of a page worth reading again that the
// per-field requests of Extractor.cpp do not cover (RereadRequests.cpp).
#include "core/extraction/Extractor.h"
#include "core/extraction/PageModel.h"
#include "core/records/RecordType.h"

namespace sohoa::extraction::detail {

// A value printed in a ruled table (locator "coordinate_table") asks for the
// table's cells to be read one by one (RereadRequest::TableCells): from the
// table's heading (the field's "anchors") or the rows first read, to the
// page's end.
void askTableCells(const DocumentModel& doc, const records::RecordType& type, DocumentExtraction& out);

} // namespace sohoa::extraction::detail
