#pragma once

#include "core/extraction/Extractor.h"

namespace sohoa::extraction {

// A blank form (a form nobody filled in, kept in a book or scanned as a
// sample) is its type with no values: its labels stand over empty dotted
// leaders, and what OCR makes of the dots ("Q.0. Q00 nu chu") is no value.
// When most labels found on the document stand before an empty line, the few
// "values" read at less than kBlankFormSure are taken as such noise: they are
// dropped (the field is blank, validation reports the required ones as
// missing) with their requests for a second reading. A filled form keeps
// everything: its labels are mostly followed by values.
constexpr double kBlankFormSure = 0.9;
bool looksBlank(const DocumentExtraction& extraction);
void dropLeaderNoiseOfBlankForm(DocumentExtraction& extraction);

} // namespace sohoa::extraction
