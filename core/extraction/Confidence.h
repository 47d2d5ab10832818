#pragma once

#include "core/extraction/Extractor.h"

namespace sohoa::extraction {

// The probability that a field's value is right, from what was seen while
// reading it: OCR character confidences, how well the label matched, how
// cleanly the value parsed, whether the vocabulary knew it, and whether a value
// printed twice (digits and words) agreed. A logistic model; its weights were
// fitted on rendered synthetic forms (bench/accuracy.sh reports calibration on
// the devset), so that confidence >= 0.9 means right at least 99 times in 100.
double fieldConfidence(const FieldEvidence& e, const QString& kind);

// True when what was seen while reading a value gives a reason to doubt the
// reading itself (not the paper): characters read with low confidence, a
// misread label, a value that may be cut at its line end, a place whose units
// are not all known, a value read again or whose digits and words disagree. A
// rule the value breaks is then blamed on the reading (validation::validateReading).
bool doubtfulReading(const FieldEvidence& e);

} // namespace sohoa::extraction
