#pragma once

#include "core/ocr/OcrEngine.h"
#include "core/ocr/OcrPage.h"

#include <QImage>
#include <QList>
#include <QString>

namespace sohoa::test {

// The product's OCR path for extraction tests: page clean-up (imaging) and
// the Tesseract engine (ocr), one engine per thread. Files go through the
// capture layer (PNG, JPEG, TIFF, PDF; a PDF's usable text layer is taken as is).
ocr::OcrPage ocrImage(const QImage& image, int dpi);
QList<ocr::OcrPage> ocrDocument(const QString& path);

// The pages of a file as clean-up leaves them for OCR (binary) and the
// original turned the same way (colour), for looking at what OCR is given
// (extraction_devrun --dump). Empty for text-layer pages.
struct CleanedView {
    QImage binary;
    QImage corrected;
};
QList<CleanedView> cleanedPages(const QString& path);

// Regions of page `page` (0-based) of a file read again, as the pipeline does
// for doubtful values (ingest::RegionReader); empty when it cannot be read.
QList<QList<ocr::OcrWord>> rereadFileRegions(const QString& path, int page,
                                             const QList<ocr::RegionRead>& regions);

} // namespace sohoa::test
