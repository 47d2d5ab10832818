#pragma once

#include "core/extraction/Extractor.h"

namespace sohoa::extraction {

// After values were placed by other means than their labels (a stored layout,
// core/layouts), the document is judged again as a whole, as the generic
// reading judges its own values: a 0 misread as 6, 8 or 9 anywhere makes every
// 6, 8 and 9 doubtful, and a page read poorly as a whole keeps every value below 0.9.
void judgeDocumentAgain(DocumentExtraction& extraction);

} // namespace sohoa::extraction
