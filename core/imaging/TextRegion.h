#pragma once

#include "core/imaging/Pix.h"

namespace sohoa::imaging {

// A part of a binary page prepared to be read on its own (OCR of one value or
// one line again): a copy without
//  - dotted leaders: runs of five or more small marks on one level, closely
//    spaced, which make Tesseract drop a short word standing before them; and
//    the same leader's few dots between words typed over it, on the run's
//    level and pitch (which Tesseract mixes into those words: "§ố 88 7/GBT");
//  - pieces of the lines above and below: marks cut by the crop's top or
//    bottom edge that do not reach its middle.
// Letters, digits and diacritics (a tone mark is small but never in a run of
// five evenly spaced on one level) are kept. `textHeight`: the height of the
// print's words in pixels (0: judged from the marks). Null unless 1 bpp.
PixPtr textRegionForReading(const Pix* binary, double textHeight = 0);

} // namespace sohoa::imaging
