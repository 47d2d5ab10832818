#pragma once

#include "core/extraction/Extractor.h"
#include "core/ingest/DocumentPipeline.h"

#include <QBuffer>
#include <QImage>

namespace sohoa::test {

// A one-page document as ingest stores it, from a page's OCR alone: the image is a blank stand-in (what
// these tests check is read from the OCR), the fields as the generic reading of `type` finds them.
inline ingest::DocumentResult documentFromOcr(const QString& name, const ocr::OcrPage& ocr,
                                              const QString& type)
{
    ingest::DocumentResult d;
    d.name = name;
    d.format = QStringLiteral("png");
    d.sourcePages = 1;
    ingest::ProcessedPage page;
    page.pageNo = 1;
    QImage blank(8, 8, QImage::Format_Grayscale8);
    blank.fill(255);
    QBuffer png(&page.page.imageData);
    png.open(QIODevice::WriteOnly);
    blank.save(&png, "PNG");
    page.page.imageFormat = QStringLiteral("png");
    page.page.ocr = ocr;
    page.page.width = ocr.width;
    page.page.height = ocr.height;
    page.page.dpi = 300;
    page.page.hasOcr = true;
    d.pages.append(page);
    d.extraction = extraction::extractDocument(d.keptOcr(), type);
    return d;
}

} // namespace sohoa::test
