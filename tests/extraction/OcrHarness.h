#pragma once

#include "ocr/OcrPage.h"

#include <QImage>
#include <QList>
#include <QString>

namespace sohoa::test {

// The product's OCR path for extraction tests: page clean-up (imaging) and
// the Tesseract engine (ocr), one engine per thread. Files go through the
// capture layer (PNG, JPEG, TIFF, PDF; a PDF's usable text layer is taken as is).
ocr::OcrPage ocrImage(const QImage& image, int dpi);
QList<ocr::OcrPage> ocrDocument(const QString& path);

} // namespace sohoa::test
