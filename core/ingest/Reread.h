#pragma once

#include "core/capture/PageSource.h"
#include "core/extraction/Extractor.h"
#include "core/imaging/PageCleanup.h"
#include "core/ocr/OcrEngine.h"
#include "core/ocr/OcrPage.h"
#include "core/validation/Validator.h"

#include <QList>
#include <QSize>
#include <functional>

namespace sohoa::ingest {

// Reads parts of one page of the document a second time: whoever holds the
// page image and an OCR engine (the pipeline, a test). One word list per
// region, in order; an empty list when the page cannot be read again.
using RegionReader =
    std::function<QList<QList<ocr::OcrWord>>(int page, const QList<ocr::RegionRead>& regions)>;

struct RereadOutcome {
    int requests = 0; // doubtful values the extractor pointed at
    int taken = 0;    // second readings that replaced or completed a value
};

// Second readings of the values extraction found doubtful
// (DocumentExtraction::rereads), before validation:
//  - an id read with a digit count ids never have: its words are read again
//    with digits only, as they are and enlarged; a reading is taken only when
//    validation accepts it in this record (12 digits, province, century and
//    sex, year of birth) and it is within two edits of the first reading, so
//    an id really printed wrong keeps its issue;
//  - a line of a value read with odd characters, faintly or not in its form
//    (typed over a dotted leader): read again without the leader's dots; taken
//    when the value reads better (fewer odd characters, clearer, a place now
//    whole, a word now in the vocabulary, or a value now in its form where
//    there was none) and no worse in any of those, no other field changes and
//    the field gets no new issue;
//  - a wrapped value whose next line OCR missed: the band below it is read;
//    taken when the value only grows by clearly read words, no other field
//    changes and the field gets no new issue.
// What is taken is written into `pages` (words marked OcrWord::reread, so
// the clerk is asked to check the value) and `extraction` is extracted again
// from them, keeping its type. Nothing changes when nothing is taken.
RereadOutcome rereadDoubtfulValues(QList<ocr::OcrPage>& pages, extraction::DocumentExtraction& extraction,
                                   const RegionReader& reader, const validation::ValidationContext& context);

// Regions of a page image read again with `engine`: the image is decoded and
// cleaned up as for its first reading (same size expected, else nothing),
// then each region is read. For a RegionReader on a worker thread.
QList<QList<ocr::OcrWord>> readPageRegions(ocr::OcrEngine& engine, capture::CapturedPage&& page, int dpi,
                                           const QSize& expected, const imaging::CleanupOptions& cleanup,
                                           const QList<ocr::RegionRead>& regions,
                                           const CancelToken& cancel = {});

// The regions rereadDoubtfulValues asks `reader` for, per request (exposed for tests).
QList<ocr::RegionRead> regionsFor(const extraction::RereadRequest& request);

} // namespace sohoa::ingest
