// The clerk's page list between the scanner and the reader (ScanReview.h):
// turn, delete, reorder and rescan on plain values, no scanner or OCR.
#include "core/ingest/ScanReview.h"

#include <QJsonObject>
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

using namespace sohoa;

namespace {

// A w x h grey page whose top-left pixel is black and the rest white, so a
// turn can be told from its pixels, not only from its size.
capture::CapturedPage page(int sheet, int w = 60, int h = 40, bool back = false)
{
    Pix* pix = pixCreate(w, h, 8);
    pixSetAllArbitrary(pix, 255);
    pixSetPixel(pix, 0, 0, 0);
    capture::CapturedPage p;
    p.image = imaging::adopt(pix);
    p.dpi = 100;
    p.provenance =
        QJsonObject{{QStringLiteral("sheet"), sheet},
                    {QStringLiteral("side"), back ? QStringLiteral("back") : QStringLiteral("front")}};
    return p;
}

QList<int> sheets(const ingest::ScanReview& review)
{
    QList<int> out;
    for (const ingest::ReviewPage& p : review.pages)
        out.append(p.sheet);
    return out;
}

quint64 idAt(const ingest::ScanReview& review, int i)
{
    return review.pages.at(size_t(i)).id;
}

bool blackAt(const Pix* pix, int x, int y)
{
    l_uint32 v = 255;
    pixGetPixel(const_cast<Pix*>(pix), x, y, &v);
    return v == 0;
}

} // namespace

TEST(ScanReview, PagesGetStableIdsAndSmallThumbnails)
{
    ingest::ScanReview review;
    const quint64 a = ingest::appendPage(review, page(1, 1200, 1700));
    const quint64 b = ingest::appendPage(review, page(2));
    EXPECT_NE(a, b);
    ASSERT_EQ(review.pages.size(), 2u);
    const QImage thumb = review.pages[0].thumbnail;
    ASSERT_FALSE(thumb.isNull());
    EXPECT_EQ(thumb.height(), ingest::kThumbnailSide);
    EXPECT_LT(thumb.width(), thumb.height());
    // The page itself is kept whole.
    EXPECT_EQ(imaging::pixWidth(review.pages[0].page->image.get()), 1200);
    EXPECT_EQ(ingest::indexOfPage(review, b), 1);
    EXPECT_EQ(ingest::indexOfPage(review, 999), -1);
}

TEST(ScanReview, TurnsAddUpInQuarters)
{
    ingest::ScanReview review;
    const quint64 a = ingest::appendPage(review, page(1));
    EXPECT_TRUE(ingest::rotatePage(review, a, 1));
    EXPECT_EQ(review.pages[0].quarterTurns, 1);
    EXPECT_TRUE(ingest::rotatePage(review, a, -1));
    EXPECT_TRUE(ingest::rotatePage(review, a, -1));
    EXPECT_EQ(review.pages[0].quarterTurns, 3);
    EXPECT_TRUE(ingest::rotatePage(review, a, 2));
    EXPECT_EQ(review.pages[0].quarterTurns, 1);
    EXPECT_FALSE(ingest::rotatePage(review, 77, 1));
}

TEST(ScanReview, DeleteMoveAndReorder)
{
    ingest::ScanReview review;
    for (int s = 1; s <= 5; ++s)
        ingest::appendPage(review, page(s));
    EXPECT_TRUE(ingest::removePage(review, idAt(review, 1)));
    EXPECT_EQ(sheets(review), (QList<int>{1, 3, 4, 5}));
    EXPECT_FALSE(ingest::removePage(review, 12345));
    // Move right by one, then to the front, then past the end (clamped).
    EXPECT_TRUE(ingest::movePage(review, idAt(review, 0), 1));
    EXPECT_EQ(sheets(review), (QList<int>{3, 1, 4, 5}));
    EXPECT_TRUE(ingest::movePage(review, idAt(review, 3), 0));
    EXPECT_EQ(sheets(review), (QList<int>{5, 3, 1, 4}));
    EXPECT_TRUE(ingest::movePage(review, idAt(review, 0), 99));
    EXPECT_EQ(sheets(review), (QList<int>{3, 1, 4, 5}));
    // A drag names the new order; pages it does not name keep theirs, after.
    const quint64 four = idAt(review, 2), three = idAt(review, 0);
    ingest::reorderPages(review, {four, 424242, three, four});
    EXPECT_EQ(sheets(review), (QList<int>{4, 3, 1, 5}));
}

TEST(ScanReview, RescanTakesThePlaceUprightAndKeepsTheId)
{
    ingest::ScanReview review;
    ingest::appendPage(review, page(1));
    const quint64 b = ingest::appendPage(review, page(2));
    ingest::appendPage(review, page(3));
    ingest::rotatePage(review, b, 1);
    EXPECT_TRUE(ingest::replacePage(review, b, page(4, 30, 90)));
    EXPECT_EQ(sheets(review), (QList<int>{1, 4, 3}));
    EXPECT_EQ(review.pages[1].id, b);
    EXPECT_EQ(review.pages[1].quarterTurns, 0);
    EXPECT_EQ(imaging::pixHeight(review.pages[1].page->image.get()), 90);
    EXPECT_FALSE(ingest::replacePage(review, 999, page(5)));
    EXPECT_EQ(review.pages.size(), 3u);
}

TEST(ScanReview, TakenPagesAreTurnedAndCutIntoDocuments)
{
    ingest::ScanReview review;
    for (int s = 1; s <= 5; ++s)
        ingest::appendPage(review, page(s));
    ingest::rotatePage(review, idAt(review, 1), 1);  // clockwise
    ingest::rotatePage(review, idAt(review, 2), -1); // anticlockwise
    ingest::rotatePage(review, idAt(review, 3), 2);
    auto documents = ingest::takeDocuments(review, 2);
    ASSERT_TRUE(documents.ok()) << documents.error().message.toStdString();
    EXPECT_TRUE(review.pages.empty());
    ASSERT_EQ(documents->size(), 3u);
    ASSERT_EQ((*documents)[0].size(), 2u);
    ASSERT_EQ((*documents)[1].size(), 2u);
    ASSERT_EQ((*documents)[2].size(), 1u);
    const auto& first = (*documents)[0][0];
    EXPECT_EQ(first.pageNo, 1);
    EXPECT_EQ(imaging::pixWidth(first.image.get()), 60);
    EXPECT_TRUE(blackAt(first.image.get(), 0, 0));
    EXPECT_FALSE(first.provenance.contains(QStringLiteral("turned_by_clerk")));
    // Clockwise: the top-left corner goes to the top-right.
    const auto& cw = (*documents)[0][1];
    EXPECT_EQ(cw.pageNo, 2);
    EXPECT_EQ(imaging::pixWidth(cw.image.get()), 40);
    EXPECT_EQ(imaging::pixHeight(cw.image.get()), 60);
    EXPECT_TRUE(blackAt(cw.image.get(), 39, 0));
    EXPECT_EQ(cw.provenance.value(QStringLiteral("turned_by_clerk")).toInt(), 90);
    // Anticlockwise: to the bottom-left.
    const auto& ccw = (*documents)[1][0];
    EXPECT_EQ(ccw.pageNo, 1);
    EXPECT_EQ(ccw.provenance.value(QStringLiteral("sheet")).toInt(), 3);
    EXPECT_TRUE(blackAt(ccw.image.get(), 0, 59));
    EXPECT_EQ(ccw.provenance.value(QStringLiteral("turned_by_clerk")).toInt(), 270);
    const auto& half = (*documents)[1][1];
    EXPECT_TRUE(blackAt(half.image.get(), 59, 39));
    EXPECT_EQ((*documents)[2][0].provenance.value(QStringLiteral("sheet")).toInt(), 5);
}

TEST(ScanReview, DuplexBacksStayWithTheirFrontAndZeroMeansOneDocument)
{
    ingest::ScanReview review;
    ingest::appendPage(review, page(1));
    ingest::appendPage(review, page(1, 60, 40, true));
    ingest::appendPage(review, page(2));
    ingest::appendPage(review, page(2, 60, 40, true));
    ingest::appendPage(review, page(3));
    {
        ingest::ScanReview copy = review;
        auto documents = ingest::takeDocuments(copy, 1);
        ASSERT_TRUE(documents.ok());
        ASSERT_EQ(documents->size(), 3u);
        EXPECT_EQ((*documents)[0].size(), 2u);
        EXPECT_EQ((*documents)[1].size(), 2u);
        EXPECT_EQ((*documents)[2].size(), 1u);
    }
    {
        // A back moved away from its front is a sheet of its own.
        ingest::ScanReview copy = review;
        ingest::movePage(copy, idAt(copy, 1), 4);
        auto documents = ingest::takeDocuments(copy, 1);
        ASSERT_TRUE(documents.ok());
        EXPECT_EQ(documents->size(), 4u);
    }
    auto all = ingest::takeDocuments(review, 0);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1u);
    EXPECT_EQ(all->front().size(), 5u);
    EXPECT_EQ(all->back().back().pageNo, 5);
    auto none = ingest::takeDocuments(review, 1);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
}
