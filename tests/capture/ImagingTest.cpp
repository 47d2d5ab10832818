// Page clean-up, decoding guards and archive encoding (Leptonica, no OCR).
#include "TestPages.h"
#include "TestSupport.h"
#include "core/imaging/ArchiveImage.h"
#include "core/imaging/ImageCodec.h"
#include "core/imaging/PageCleanup.h"

#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <cmath>
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

using namespace sohoa;
using namespace sohoa::imaging;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

PixPtr devsetPix(const QString& name, int* dpi = nullptr)
{
    const QByteArray data = readFile(test::devsetImage(name));
    auto decoded = decodeImage(data, sniffFormat(data));
    EXPECT_TRUE(decoded.ok()) << name.toStdString();
    if (!decoded)
        return {};
    if (dpi)
        *dpi = plausibleDpi(decoded->dpi, pixWidth(decoded->pix.get()), pixHeight(decoded->pix.get()));
    return std::move(decoded->pix);
}

// Bounding box of the largest connected component of a binary image.
QRect largestComponent(Pix* binary)
{
    Boxa* boxes = pixConnCompBB(binary, 8);
    QRect best;
    for (int i = 0; i < boxaGetCount(boxes); ++i) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        if (qint64(w) * h > qint64(best.width()) * best.height())
            best = QRect(x, y, w, h);
    }
    boxaDestroy(&boxes);
    return best;
}

} // namespace

TEST(Imaging, FormatComesFromContentNotName)
{
    EXPECT_EQ(sniffFormat(test::encodePng(test::textPage({QStringLiteral("a")}, 100))), FileFormat::Png);
    EXPECT_EQ(sniffFormat(test::encodeJpeg(test::textPage({QStringLiteral("a")}, 100))), FileFormat::Jpeg);
    EXPECT_EQ(sniffFormat(test::encryptedPdf()), FileFormat::Pdf);
    EXPECT_EQ(sniffFormat(QByteArray("II*\0", 4)), FileFormat::Tiff);
    EXPECT_EQ(sniffFormat("Kính gửi Ủy ban nhân dân xã"), FileFormat::Unknown);
    EXPECT_EQ(sniffFormat(QByteArray()), FileFormat::Unknown);
}

TEST(Imaging, DecompressionBombRefusedFromItsHeader)
{
    const QByteArray bomb = test::pngWithHeader(30000, 30000);
    auto header = readImageHeader(bomb, FileFormat::Png);
    ASSERT_TRUE(header.ok());
    EXPECT_EQ(header->width, 30000);
    auto decoded = decodeImage(bomb, FileFormat::Png);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, QStringLiteral("input.unreadable"));
    EXPECT_TRUE(decoded.error().message.contains(QStringLiteral("30000")))
        << decoded.error().message.toStdString();

    QImage dot(1, 1, QImage::Format_Grayscale8);
    dot.fill(0);
    auto tiny = decodeImage(test::encodePng(dot), FileFormat::Png);
    ASSERT_FALSE(tiny.ok());
    EXPECT_EQ(tiny.error().code, QStringLiteral("input.unreadable"));

    // A truncated JPEG is refused rather than decoded into grey bands.
    const QByteArray jpeg = test::encodeJpeg(test::textPage(test::vietnameseSampleLines(), 150));
    auto cut = decodeImage(jpeg.left(jpeg.size() / 2), FileFormat::Jpeg);
    EXPECT_FALSE(cut.ok());
    EXPECT_TRUE(decodeImage(jpeg, FileFormat::Jpeg).ok());
}

TEST(Imaging, TurnedPagesAreFoundUpright)
{
    int dpi = 0;
    PixPtr page = devsetPix(QStringLiteral("scan-0020.png"), &dpi);
    ASSERT_TRUE(page);
    for (int quads : {0, 1, 2, 3}) {
        PixPtr turned = adopt(pixRotateOrth(page.get(), quads));
        auto cleaned = cleanPage(turned.get(), dpi);
        ASSERT_TRUE(cleaned.ok());
        EXPECT_TRUE(cleaned->orientationSure) << "quads " << quads;
        // Turned `quads` clockwise quarter turns: the correction is the rest of the circle.
        EXPECT_EQ(cleaned->rotation, ((4 - quads) % 4) * 90) << "quads " << quads;
        EXPECT_EQ(pixWidth(cleaned->binary.get()), pixWidth(page.get()));
    }
}

TEST(Imaging, SkewIsMeasuredCorrectedAndMappedBack)
{
    QImage sheet = test::textPage(test::vietnameseSampleLines(), 200, {7, 5});
    {
        // A black square marker: its box must map back onto the original.
        QPainter p(&sheet);
        p.fillRect(QRect(1100, 700, 60, 60), Qt::black);
    }
    PixPtr straight = pixFromQImage(sheet);
    const double degrees = 2.0;
    PixPtr skewed = adopt(
        pixRotate(straight.get(), float(degrees * M_PI / 180.0), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
    for (int quads : {0, 1}) {
        PixPtr input = adopt(pixRotateOrth(skewed.get(), quads));
        auto cleaned = cleanPage(input.get(), 200);
        ASSERT_TRUE(cleaned.ok());
        EXPECT_NEAR(std::fabs(cleaned->skew), degrees, 0.3) << "quads " << quads;
        // After correction the page measures straight.
        l_float32 angle = 0, conf = 0;
        pixFindSkew(cleaned->binary.get(), &angle, &conf);
        EXPECT_LT(std::fabs(angle), 0.3) << "residual skew " << angle;

        // The marker in the cleaned page, mapped back, lands where it is in the input.
        const QRect inCleaned = largestComponent(cleaned->binary.get());
        const QRectF mapped = cleaned->toOriginal.mapRect(QRectF(inCleaned));
        PixPtr inputBinary = adopt(pixConvertTo1(input.get(), 128));
        const QRect inInput = largestComponent(inputBinary.get());
        EXPECT_LT(std::abs(mapped.center().x() - QRectF(inInput).center().x()), 4.0) << "quads " << quads;
        EXPECT_LT(std::abs(mapped.center().y() - QRectF(inInput).center().y()), 4.0) << "quads " << quads;
    }
}

TEST(Imaging, BlankBackSidesAreRecognised)
{
    // Paper with scanner noise, a faint show-through and dust: blank.
    QImage back(1240, 1754, QImage::Format_Grayscale8);
    QRandomGenerator rng(42);
    for (int y = 0; y < back.height(); ++y) {
        uchar* line = back.scanLine(y);
        for (int x = 0; x < back.width(); ++x)
            line[x] = uchar(232 + rng.bounded(10));
    }
    {
        QPainter p(&back);
        p.setPen(QColor(222, 222, 222)); // text showing through from the other side
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(33);
        p.setFont(f);
        for (int i = 0; i < 12; ++i)
            p.drawText(150, 300 + i * 60, QStringLiteral("Họ, chữ đệm, tên người mẹ: TRẦN THỊ THẢO"));
        p.setPen(Qt::black);
        for (int i = 0; i < 40; ++i)
            p.drawPoint(rng.bounded(back.width()), rng.bounded(back.height()));
    }
    back.setDotsPerMeterX(5906);
    back.setDotsPerMeterY(5906);
    PixPtr blank = pixFromQImage(back);
    auto cleanedBlank = cleanPage(blank.get(), 150);
    ASSERT_TRUE(cleanedBlank.ok());
    EXPECT_TRUE(cleanedBlank->blank) << "ink " << cleanedBlank->inkRatio << " marks "
                                     << cleanedBlank->textComponents;

    // One short line of real ink is not blank.
    PixPtr line = pixFromQImage(test::textPage({QStringLiteral("Trang 2 - Ghi chú")}, 150, {8, 11}));
    auto cleanedLine = cleanPage(line.get(), 150);
    ASSERT_TRUE(cleanedLine.ok());
    EXPECT_FALSE(cleanedLine->blank);

    QImage black(800, 1000, QImage::Format_Grayscale8);
    black.fill(0);
    PixPtr dark = pixFromQImage(black);
    auto cleanedDark = cleanPage(dark.get(), 100);
    ASSERT_TRUE(cleanedDark.ok());
    EXPECT_FALSE(cleanedDark->blank);
}

TEST(Imaging, DespeckleRemovesDustButKeepsDiacritics)
{
    QImage sheet =
        test::textPage({QStringLiteral("Nguyễn Thị Hạnh, Đặng Quốc Việt, Lạc Dương")}, 300, {6, 2});
    QRandomGenerator rng(7);
    for (int i = 0; i < 400; ++i) // single-pixel dust
        sheet.setPixel(rng.bounded(sheet.width()), rng.bounded(sheet.height()), qRgb(0, 0, 0));
    PixPtr pix = pixFromQImage(sheet);
    CleanupOptions noDeskew;
    noDeskew.deskew = false;
    noDeskew.detectOrientation = false;
    auto cleaned = cleanPage(pix.get(), 300, noDeskew);
    ASSERT_TRUE(cleaned.ok());
    // No one-pixel marks are left; every dot of dấu nặng (ạ, ặ, ị, ệ) survives.
    PixPtr dust =
        adopt(pixSelectBySize(cleaned->binary.get(), 2, 2, 8, L_SELECT_IF_BOTH, L_SELECT_IF_LT, nullptr));
    l_int32 dustCount = 0;
    pixCountConnComp(dust.get(), 8, &dustCount);
    EXPECT_EQ(dustCount, 0);
    CleanupOptions keepDust = noDeskew;
    keepDust.despeckle = false;
    auto raw = cleanPage(pix.get(), 300, keepDust);
    ASSERT_TRUE(raw.ok());
    l_int32 before = 0, after = 0;
    PixPtr dotsBefore =
        adopt(pixSelectBySize(raw->binary.get(), 12, 12, 8, L_SELECT_IF_BOTH, L_SELECT_IF_LTE, nullptr));
    PixPtr dotsAfter =
        adopt(pixSelectBySize(cleaned->binary.get(), 12, 12, 8, L_SELECT_IF_BOTH, L_SELECT_IF_LTE, nullptr));
    PixPtr marksBefore =
        adopt(pixSelectBySize(dotsBefore.get(), 3, 3, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GTE, nullptr));
    PixPtr marksAfter =
        adopt(pixSelectBySize(dotsAfter.get(), 3, 3, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GTE, nullptr));
    pixCountConnComp(marksBefore.get(), 8, &before);
    pixCountConnComp(marksAfter.get(), 8, &after);
    EXPECT_GT(before, 5);
    EXPECT_EQ(after, before);
}

TEST(Imaging, ArchivedPagesAreCompactAndReadable)
{
    // A grey A4 page at 300 DPI with scanner noise, from pixels (as a scanner or PDF gives it).
    QImage sheet = test::textPage(test::vietnameseSampleLines(), 300, {8, 11});
    QImage page(2480, 3508, QImage::Format_Grayscale8);
    page.fill(255);
    {
        QPainter p(&page);
        p.drawImage(0, 0, sheet.convertToFormat(QImage::Format_RGB32));
    }
    QRandomGenerator rng(3);
    for (int y = 0; y < page.height(); ++y) {
        uchar* line = page.scanLine(y);
        for (int x = 0; x < page.width(); ++x)
            line[x] = uchar(std::clamp(int(line[x]) - 20 + int(rng.bounded(8)), 0, 255));
    }
    PixPtr pix = pixFromQImage(page);
    auto archived = archiveImage(pix.get(), 300);
    ASSERT_TRUE(archived.ok());
    EXPECT_EQ(archived->format, QStringLiteral("jpeg"));
    EXPECT_GT(archived->data.size(), 20'000);
    EXPECT_LE(archived->data.size(), 320'000) << archived->data.size();
    const QImage back = QImage::fromData(archived->data);
    EXPECT_EQ(back.size(), page.size());
    EXPECT_TRUE(back.isGrayscale());

    // A devset PNG of a sensible size is kept byte for byte.
    const QByteArray png = readFile(test::devsetImage(QStringLiteral("scan-0020.png")));
    auto decoded = decodeImage(png, FileFormat::Png);
    ASSERT_TRUE(decoded.ok());
    auto kept = archiveImage(decoded->pix.get(), 300, png, FileFormat::Png);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->data, png);

    // Bilevel pages become 1-bit PNG.
    PixPtr bw = adopt(pixConvertTo1(pix.get(), 128));
    auto bilevel = archiveImage(bw.get(), 300);
    ASSERT_TRUE(bilevel.ok());
    EXPECT_EQ(bilevel->format, QStringLiteral("png"));
    EXPECT_LT(bilevel->data.size(), 300'000);
}
