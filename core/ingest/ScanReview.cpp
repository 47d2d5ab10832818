#include "core/ingest/ScanReview.h"

#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <algorithm>
#include <leptonica/allheaders.h>

namespace sohoa::ingest {

namespace {

int normalTurns(int quarterTurns)
{
    return ((quarterTurns % 4) + 4) % 4;
}

imaging::PixPtr scaledForThumbnail(Pix* pix, int side)
{
    const int w = imaging::pixWidth(pix);
    const int h = imaging::pixHeight(pix);
    if (w <= 0 || h <= 0)
        return {};
    const float factor = std::min(1.0f, float(side) / float(std::max(w, h)));
    if (factor >= 1.0f)
        return imaging::clonePix(pix);
    // Bilevel pages shrink into grey (thin strokes stay visible).
    if (imaging::pixDepth(pix) == 1 && factor >= 0.0625f)
        return imaging::adopt(pixScaleToGray(pix, factor));
    return imaging::adopt(pixScale(pix, factor, factor));
}

} // namespace

QImage pageThumbnail(const capture::CapturedPage& page, int side)
{
    imaging::quietLeptonica();
    if (page.image) {
        imaging::PixPtr small = scaledForThumbnail(page.image.get(), side);
        return small ? imaging::qimageFromPix(small.get()) : QImage();
    }
    if (page.encoded.isEmpty())
        return {};
    auto decoded = imaging::decodeImage(page.encoded, page.encodedFormat, page.encodedIndex);
    if (!decoded || !decoded->pix)
        return {};
    imaging::PixPtr small = scaledForThumbnail(decoded->pix.get(), side);
    return small ? imaging::qimageFromPix(small.get()) : QImage();
}

int indexOfPage(const ScanReview& review, quint64 id)
{
    for (size_t i = 0; i < review.pages.size(); ++i)
        if (review.pages[i].id == id)
            return int(i);
    return -1;
}

namespace {

ReviewPage reviewPageOf(capture::CapturedPage&& page, quint64 id)
{
    ReviewPage r;
    r.id = id;
    r.thumbnail = pageThumbnail(page);
    r.sheet = page.provenance.value(QStringLiteral("sheet")).toInt();
    r.back = page.provenance.value(QStringLiteral("side")).toString() == QStringLiteral("back");
    r.page = std::make_shared<capture::CapturedPage>(std::move(page));
    return r;
}

} // namespace

quint64 appendPage(ScanReview& review, capture::CapturedPage&& page)
{
    const quint64 id = review.nextId++;
    review.pages.push_back(reviewPageOf(std::move(page), id));
    return id;
}

bool rotatePage(ScanReview& review, quint64 id, int quarterTurns)
{
    const int i = indexOfPage(review, id);
    if (i < 0)
        return false;
    ReviewPage& p = review.pages[size_t(i)];
    p.quarterTurns = normalTurns(p.quarterTurns + quarterTurns);
    return true;
}

bool removePage(ScanReview& review, quint64 id)
{
    const int i = indexOfPage(review, id);
    if (i < 0)
        return false;
    review.pages.erase(review.pages.begin() + i);
    return true;
}

bool movePage(ScanReview& review, quint64 id, int toIndex)
{
    const int from = indexOfPage(review, id);
    if (from < 0)
        return false;
    const int to = std::clamp(toIndex, 0, int(review.pages.size()) - 1);
    if (to == from)
        return true;
    ReviewPage moving = std::move(review.pages[size_t(from)]);
    review.pages.erase(review.pages.begin() + from);
    review.pages.insert(review.pages.begin() + to, std::move(moving));
    return true;
}

void reorderPages(ScanReview& review, const QList<quint64>& ids)
{
    std::vector<ReviewPage> ordered;
    ordered.reserve(review.pages.size());
    std::vector<bool> taken(review.pages.size(), false);
    for (quint64 id : ids) {
        const int i = indexOfPage(review, id);
        if (i < 0 || taken[size_t(i)])
            continue;
        taken[size_t(i)] = true;
        ordered.push_back(review.pages[size_t(i)]);
    }
    for (size_t i = 0; i < review.pages.size(); ++i)
        if (!taken[i])
            ordered.push_back(review.pages[i]);
    review.pages = std::move(ordered);
}

bool replacePage(ScanReview& review, quint64 id, capture::CapturedPage&& page)
{
    const int i = indexOfPage(review, id);
    if (i < 0)
        return false;
    review.pages[size_t(i)] = reviewPageOf(std::move(page), id);
    return true;
}

namespace {

Result<void> applyTurns(capture::CapturedPage& page, int quarterTurns)
{
    if (quarterTurns == 0)
        return {};
    if (!page.image) {
        auto decoded = page.takeImage();
        if (!decoded)
            return decoded.error();
        page.image = std::move(decoded->pix);
        page.encoded.clear();
        page.encodedIsOriginalFile = false;
        page.textLayer.reset(); // its coordinates are those of the unturned page
    }
    imaging::PixPtr turned = imaging::adopt(pixRotateOrth(page.image.get(), quarterTurns));
    if (!turned)
        return makeError(QStringLiteral("scan.rotate_failed"),
                         Tr::tr("Page %1 could not be turned.").arg(page.pageNo));
    page.image = std::move(turned);
    page.provenance.insert(QStringLiteral("turned_by_clerk"), 90 * quarterTurns);
    return {};
}

} // namespace

Result<std::vector<std::vector<capture::CapturedPage>>> takeDocuments(ScanReview& review,
                                                                      int sheetsPerDocument)
{
    imaging::quietLeptonica();
    std::vector<capture::CapturedPage> pages;
    pages.reserve(review.pages.size());
    for (const ReviewPage& r : review.pages) {
        // Copies share the pixels (Leptonica reference counts), so a failure
        // below leaves the list as it was.
        capture::CapturedPage copy;
        copy.pageNo = r.page->pageNo;
        copy.image = r.page->image ? imaging::clonePix(r.page->image.get()) : imaging::PixPtr();
        copy.encoded = r.page->encoded;
        copy.encodedFormat = r.page->encodedFormat;
        copy.encodedIndex = r.page->encodedIndex;
        copy.encodedIsOriginalFile = r.page->encodedIsOriginalFile;
        copy.dpi = r.page->dpi;
        copy.textLayer = r.page->textLayer;
        copy.provenance = r.page->provenance;
        SOHOA_TRY(applyTurns(copy, r.quarterTurns));
        pages.push_back(std::move(copy));
    }
    std::vector<std::vector<capture::CapturedPage>> documents;
    int sheetsInCurrent = 0;
    for (size_t i = 0; i < pages.size(); ++i) {
        const ReviewPage& r = review.pages[i];
        // A back joins the page before it when that is its own front.
        const bool joinsFront =
            r.back && i > 0 && !review.pages[i - 1].back && review.pages[i - 1].sheet == r.sheet;
        const bool newSheet = !joinsFront;
        if (documents.empty() ||
            (newSheet && sheetsPerDocument > 0 && sheetsInCurrent >= sheetsPerDocument)) {
            documents.emplace_back();
            sheetsInCurrent = 0;
        }
        if (newSheet)
            ++sheetsInCurrent;
        documents.back().push_back(std::move(pages[i]));
    }
    for (auto& document : documents) {
        int n = 0;
        for (capture::CapturedPage& p : document)
            p.pageNo = ++n;
    }
    review.pages.clear();
    return documents;
}

} // namespace sohoa::ingest
