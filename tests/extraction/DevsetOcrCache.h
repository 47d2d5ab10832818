#pragma once

#include "core/ocr/OcrPage.h"

#include <QList>
#include <QString>

namespace sohoa::test {

// OCR of devset files through the Tesseract harness, computed once and kept in
// a cache folder (the devset is synthetic: no personal data). Threads: at most `jobs`.
QList<QList<ocr::OcrPage>> ocrFilesCached(const QStringList& files, const QString& cacheDir, int jobs);

} // namespace sohoa::test
