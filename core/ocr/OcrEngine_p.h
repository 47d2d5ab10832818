#pragma once

// Private to core/ocr: what OcrEngine.cpp and TableCells.cpp share.
#include "core/imaging/PageCleanup.h"
#include "core/ocr/OcrEngine.h"
#include "core/ocr/OcrPage.h"

#include <QRect>
#include <functional>

namespace tesseract {
class TessBaseAPI;
}

namespace sohoa::ocr::detail {

// A box of the cleaned image mapped onto the original image, clipped to it.
QRect mapBox(const imaging::CleanedPage& page, int left, int top, int right, int bottom);

// Words and lines of the engine's last Recognize(), boxes mapped by `map`
// (from the recognised image's pixels to the wanted ones), appended to `out`.
void collectWords(tesseract::TessBaseAPI& api, const std::function<QRect(int, int, int, int)>& map,
                  OcrPage& out);

// The cells of the ruled table inside `box` of the cleaned page read one by
// one (RegionRead::tableCells; TableCells.cpp): nothing when `box` holds no
// ruled grid. `original`: the page cleanPage was given (cells are taken from
// it in colour when given). Words in the original's pixels, a row of cells a line.
QList<OcrWord> readTableCells(tesseract::TessBaseAPI& api, const imaging::CleanedPage& page,
                              const Pix* original, const QRect& box, const RegionRead& region);

} // namespace sohoa::ocr::detail
