#include "OcrHarness.h"

#include "core/capture/PageSource.h"
#include "core/imaging/ImageCodec.h"
#include "core/imaging/PageCleanup.h"
#include "core/imaging/Pix.h"
#include "core/ingest/Reread.h"
#include "core/ocr/OcrEngine.h"

#include <memory>

namespace sohoa::test {

namespace {

ocr::OcrEngine* threadEngine()
{
    static thread_local std::unique_ptr<ocr::OcrEngine> engine;
    if (!engine) {
        auto e = ocr::OcrEngine::create();
        if (!e)
            return nullptr;
        engine = std::move(*e);
    }
    return engine.get();
}

ocr::OcrPage ocrPix(const Pix* pix, int dpi)
{
    ocr::OcrPage empty;
    ocr::OcrEngine* engine = threadEngine();
    if (!engine || !pix)
        return empty;
    auto cleaned = imaging::cleanPage(
        pix, dpi, {}, [engine](Pix* binary, int d) { return engine->detectOrientation(binary, d); });
    if (!cleaned)
        return empty;
    auto page = engine->recognize(*cleaned);
    return page ? *page : empty;
}

// A captured page's image, and its DPI as the product's pipeline judges it (*dpi; a phone
// photo's 72-dpi tag is not believed).
Result<imaging::DecodedImage> decodePage(capture::CapturedPage& captured, int* dpi)
{
    const int statedDpi = captured.dpi;
    auto decoded = captured.takeImage();
    if (decoded) {
        const Pix* pix = decoded->pix.get();
        *dpi = imaging::plausibleDpi(decoded->dpi > 0 ? decoded->dpi : statedDpi, imaging::pixWidth(pix),
                                     imaging::pixHeight(pix));
    }
    return decoded;
}

} // namespace

ocr::OcrPage ocrImage(const QImage& image, int dpi)
{
    imaging::PixPtr pix = imaging::pixFromQImage(image);
    return ocrPix(pix.get(), dpi);
}

QList<ocr::OcrPage> ocrDocument(const QString& path)
{
    QList<ocr::OcrPage> pages;
    auto source = capture::openFile(path);
    if (!source)
        return pages;
    for (int i = 0; i < (*source)->pageCount(); ++i) {
        auto captured = (*source)->readPage(i);
        if (!captured)
            continue;
        if (captured->textLayer) {
            pages.append(*captured->textLayer);
            continue;
        }
        int dpi = 0;
        auto decoded = decodePage(*captured, &dpi);
        if (!decoded)
            continue;
        pages.append(ocrPix(decoded->pix.get(), dpi));
    }
    return pages;
}

QList<CleanedView> cleanedPages(const QString& path)
{
    QList<CleanedView> out;
    ocr::OcrEngine* engine = threadEngine();
    auto source = capture::openFile(path);
    if (!engine || !source)
        return out;
    for (int i = 0; i < (*source)->pageCount(); ++i) {
        auto captured = (*source)->readPage(i);
        if (!captured || captured->textLayer)
            continue;
        int dpi = 0;
        auto decoded = decodePage(*captured, &dpi);
        if (!decoded)
            continue;
        const Pix* pix = decoded->pix.get();
        auto cleaned = imaging::cleanPage(
            pix, dpi, {}, [engine](Pix* binary, int d) { return engine->detectOrientation(binary, d); });
        if (!cleaned)
            continue;
        imaging::PixPtr view = imaging::correctedView(pix, *cleaned);
        out.append({imaging::qimageFromPix(cleaned->binary.get()), imaging::qimageFromPix(view.get())});
    }
    return out;
}

QList<QList<ocr::OcrWord>> rereadFileRegions(const QString& path, int page,
                                             const QList<ocr::RegionRead>& regions)
{
    ocr::OcrEngine* engine = threadEngine();
    auto source = capture::openFile(path);
    if (!engine || !source || page < 0 || page >= (*source)->pageCount())
        return {};
    auto captured = (*source)->readPage(page);
    if (!captured || captured->textLayer)
        return {};
    const int statedDpi = captured->dpi;
    auto decoded = captured->takeImage();
    if (!decoded)
        return {};
    capture::CapturedPage image;
    image.pageNo = page + 1;
    const int dpi = decoded->dpi > 0 ? decoded->dpi : statedDpi;
    image.dpi = dpi;
    const QSize size(imaging::pixWidth(decoded->pix.get()), imaging::pixHeight(decoded->pix.get()));
    image.image = std::move(decoded->pix);
    return ingest::readPageRegions(*engine, std::move(image), dpi, size, {}, regions);
}

} // namespace sohoa::test
