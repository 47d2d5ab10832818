#include "ui/common/PageImageLoader.h"

#include "core/batches/DocumentRepository.h"
#include "ui/common/Async.h"
#include "ui/common/StoreAccess.h"
#include "ui/common/Tr.h"

#include <QCoreApplication>

namespace sohoa::ui {

namespace {
constexpr int kCachedPages = 6;
}

PageImageLoader::PageImageLoader(StoreAccess* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<sohoa::ui::LoadedPage>();
}

const LoadedPage* PageImageLoader::cached(qint64 documentId, int pageNo) const
{
    for (const LoadedPage& p : m_cache)
        if (p.documentId == documentId && p.pageNo == pageNo)
            return &p;
    return nullptr;
}

Result<LoadedPage> PageImageLoader::load(store::Database& db, qint64 documentId, int pageNo)
{
    auto pages = batches::documentPages(db, documentId);
    if (!pages)
        return pages.error();
    LoadedPage out;
    out.documentId = documentId;
    out.pageNo = pageNo;
    out.pageCount = int(pages->size());
    bool found = false;
    for (const batches::PageInfo& p : std::as_const(*pages))
        if (p.pageNo == pageNo) {
            out.info = p;
            found = true;
        }
    if (!found)
        return makeError(QStringLiteral("page.not_found"),
                         Tr::tr("Page %1 of this document is not in the store.").arg(pageNo));
    auto image = batches::loadPageImage(db, out.info.id);
    if (!image)
        return image.error();
    out.image = QImage::fromData(image->data, image->format.toLatin1().constData());
    if (out.image.isNull())
        out.image = QImage::fromData(image->data);
    if (out.image.isNull())
        return makeError(QStringLiteral("page.undecodable"),
                         Tr::tr("The stored image of page %1 cannot be shown (format %2).")
                             .arg(pageNo)
                             .arg(image->format));
    // Converted here so that turning it into a pixmap on the UI thread is a plain copy.
    if (out.image.format() != QImage::Format_RGB32 &&
        out.image.format() != QImage::Format_ARGB32_Premultiplied)
        out.image = out.image.convertToFormat(
            out.image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (auto ocr = batches::loadPageOcr(db, out.info.id))
        out.ocr = *ocr;
    return out;
}

void PageImageLoader::request(qint64 documentId, int pageNo)
{
    const quint64 generation = ++m_generation;
    if (const LoadedPage* p = cached(documentId, pageNo)) {
        const LoadedPage copy = *p;
        Q_EMIT pageLoaded(copy);
        return;
    }
    whenDone(
        m_store->read([documentId, pageNo](store::Database& db) { return load(db, documentId, pageNo); }),
        this, [this, generation, documentId, pageNo](const Result<LoadedPage>& r) {
            if (generation != m_generation)
                return;
            if (!r) {
                Q_EMIT pageFailed(documentId, pageNo, r.error().message);
                return;
            }
            m_cache.append(*r);
            while (m_cache.size() > kCachedPages)
                m_cache.removeFirst();
            Q_EMIT pageLoaded(*r);
        });
}

} // namespace sohoa::ui
