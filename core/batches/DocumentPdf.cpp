#include "core/batches/DocumentPdf.h"

#include "core/batches/DocumentRepository.h"
#include "core/ocr/SearchablePdf.h"

namespace sohoa::batches {

Result<QByteArray> searchablePdfForDocument(store::Database& db, qint64 documentId)
{
    auto pageInfos = documentPages(db, documentId);
    if (!pageInfos)
        return pageInfos.error();
    QList<ocr::SearchablePdfPage> pages;
    for (const PageInfo& info : *pageInfos) {
        auto image = loadPageImage(db, info.id);
        if (!image)
            return image.error();
        ocr::SearchablePdfPage p;
        p.image = image->data;
        p.imageFormat = image->format;
        if (auto pageOcr = loadPageOcr(db, info.id))
            p.ocr = *pageOcr;
        else {
            p.ocr.width = info.width;
            p.ocr.height = info.height;
            p.ocr.dpi = info.dpi;
        }
        pages.append(std::move(p));
    }
    return ocr::buildSearchablePdf(pages);
}

} // namespace sohoa::batches
