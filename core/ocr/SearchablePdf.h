#pragma once

#include "core/common/Result.h"
#include "core/ocr/OcrPage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sohoa::ocr {

struct SearchablePdfPage {
    QByteArray image;    // the archived page image, JPEG or PNG (JPEG goes in as is)
    QString imageFormat; // "jpeg" | "png"
    OcrPage ocr;         // words in image pixels; width/height/dpi size the page
};

// A PDF, built in memory (nothing touches the disk), with each page image and
// an invisible text layer of the OCR words placed on their boxes, so the
// Vietnamese text can be searched, selected and copied. The text uses a
// Type 3 font of empty glyphs with a ToUnicode map: no font file is embedded
// and any Unicode character works.
Result<QByteArray> buildSearchablePdf(const QList<SearchablePdfPage>& pages);

} // namespace sohoa::ocr
