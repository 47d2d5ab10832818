// Capture normalisation (imaging/PageCapture.h through cleanPage): phone photos
// found and rectified, small print enlarged, uneven light, coloured print. On
// real files (../shared/data/real), devset2's photos and pages rendered here
// with known geometry; a few pages are read by real Tesseract to show that a
// step makes them read better, not only that it runs.
#include "TestSupport.h"
#include "core/capture/PageSource.h"
#include "core/imaging/ImageCodec.h"
#include "core/imaging/PageCapture.h"
#include "core/imaging/PageCleanup.h"
#include "core/ocr/OcrEngine.h"

#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <cmath>
#include <gtest/gtest.h>
#include <iostream>
#include <leptonica/allheaders.h>
#include <memory>

using namespace sohoa;
using namespace sohoa::imaging;

namespace {

QString sharedFile(const QString& relative)
{
    return QStringLiteral(SOHOA_SHARED_DATA "/") + relative;
}

struct Page {
    PixPtr pix;
    int dpi = 0;
};

Page load(const QString& path)
{
    Page p;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "missing test file " << path.toStdString();
        return p;
    }
    const QByteArray data = f.readAll();
    auto decoded = decodeImage(data, sniffFormat(data));
    EXPECT_TRUE(decoded.ok()) << path.toStdString();
    if (!decoded)
        return p;
    p.dpi = plausibleDpi(decoded->dpi, pixWidth(decoded->pix.get()), pixHeight(decoded->pix.get()));
    p.pix = std::move(decoded->pix);
    return p;
}

ocr::OcrEngine& engine()
{
    static std::unique_ptr<ocr::OcrEngine> e = [] {
        auto created = ocr::OcrEngine::create();
        EXPECT_TRUE(created.ok()) << (created ? "" : created.error().message.toStdString());
        return created ? std::move(*created) : nullptr;
    }();
    return *e;
}

CleanupOptions without(bool rectify, bool colour, bool enlarge, bool local)
{
    CleanupOptions o;
    o.rectifyPhotos = rectify;
    o.removeColourPrint = colour;
    o.enlargeSmallPrint = enlarge;
    o.localThreshold = local;
    return o;
}

// What Tesseract makes of a page cleaned with `options`.
struct Reading {
    int sureWords = 0; // words of 3+ characters read at confidence >= 0.8
    QStringList text;  // every word
};

Reading readPage(const Pix* pix, int dpi, const CleanupOptions& options)
{
    Reading r;
    auto cleaned =
        cleanPage(pix, dpi, options, [](Pix* b, int d) { return engine().detectOrientation(b, d); });
    EXPECT_TRUE(cleaned.ok());
    if (!cleaned)
        return r;
    auto page = engine().recognize(*cleaned);
    EXPECT_TRUE(page.ok());
    if (!page)
        return r;
    for (const ocr::OcrWord& w : page->words) {
        r.text.append(w.text);
        if (w.text.size() >= 3 && w.confidence >= 0.8f)
            ++r.sureWords;
    }
    return r;
}

int countWords(const Reading& r, const QStringList& wanted)
{
    int n = 0;
    for (const QString& w : wanted)
        if (r.text.contains(w))
            ++n;
    return n;
}

double distance(const QPointF& a, const QPointF& b)
{
    return QLineF(a, b).length();
}

// A devset scan laid on a wooden desk in perspective, as a phone would see it.
struct Photo {
    PixPtr pix;
    QPolygonF corners; // where the page's corners are, tl tr br bl
    QSize pageSize;    // the page image as drawn
};

Photo photograph(const QString& devsetFile, const QPolygonF& corners, QSize canvas)
{
    Photo out;
    QImage page(test::devsetDir() + QStringLiteral("/images/") + devsetFile);
    EXPECT_FALSE(page.isNull()) << devsetFile.toStdString();
    if (page.isNull())
        return out;
    page = page.convertToFormat(QImage::Format_RGB32)
               .scaled(1000, 1414, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage photo(canvas, QImage::Format_RGB32);
    photo.fill(QColor(96, 62, 36));
    QPainter p(&photo);
    QRandomGenerator rng(7);
    for (int y = 0; y < canvas.height(); y += 3) // grain of the wood
        p.fillRect(0, y, canvas.width(), 2, QColor(80 + int(rng.bounded(40)), 50 + int(rng.bounded(25)), 30));
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QTransform place;
    const QPolygonF rect{QPointF(0, 0), QPointF(page.width(), 0), QPointF(page.width(), page.height()),
                         QPointF(0, page.height())};
    EXPECT_TRUE(QTransform::quadToQuad(rect, corners, place));
    p.setTransform(place);
    p.drawImage(0, 0, page);
    p.end();
    out.pix = pixFromQImage(photo);
    out.corners = corners;
    out.pageSize = page.size();
    return out;
}

} // namespace

// ---- finding the page of a photo ----

TEST(CapturePhoto, FindsAPageLaidInPerspectiveAndMapsItBack)
{
    const QPolygonF corners{QPointF(182, 131), QPointF(1206, 176), QPointF(1255, 1561), QPointF(139, 1528)};
    const Photo photo = photograph(QStringLiteral("scan-0003.jpg"), corners, QSize(1400, 1700));
    ASSERT_TRUE(photo.pix);
    const std::optional<PageQuad> found = findPhotographedPage(photo.pix.get());
    ASSERT_TRUE(found.has_value());
    for (int i = 0; i < 4; ++i)
        EXPECT_LT(distance((*found)[i], corners[i]), 12.0) << "corner " << i;

    auto cleaned = cleanPage(photo.pix.get(), 72);
    ASSERT_TRUE(cleaned.ok());
    EXPECT_TRUE(cleaned->photo);
    // The page is ~1400 px high in the photo: about 120 DPI for A4, not the 72 the file says.
    EXPECT_NEAR(cleaned->dpi / cleaned->enlargement, 1400 / 11.69, 15);
    EXPECT_EQ(cleaned->rotation, 0);
    // The cleaned page's corners land on the photo's page corners (turned by
    // the deskew about the page's centre, so compare after undoing it).
    const int w = pixWidth(cleaned->binary.get()), h = pixHeight(cleaned->binary.get());
    QTransform reskew;
    reskew.translate(w / 2.0, h / 2.0);
    reskew.rotate(-cleaned->skew);
    reskew.translate(-w / 2.0, -h / 2.0);
    const QTransform pageToPhoto = reskew.inverted() * cleaned->toOriginal;
    const QPointF mapped[4] = {pageToPhoto.map(QPointF(0, 0)), pageToPhoto.map(QPointF(w, 0)),
                               pageToPhoto.map(QPointF(w, h)), pageToPhoto.map(QPointF(0, h))};
    for (int i = 0; i < 4; ++i)
        EXPECT_LT(distance(mapped[i], corners[i]), 12.0) << "corner " << i << " skew " << cleaned->skew;

    // The corrected view (the photo warped like the page OCR read) lines up
    // with the binary page: their ink falls on the same pixels.
    PixPtr view = correctedView(photo.pix.get(), *cleaned);
    ASSERT_TRUE(view);
    ASSERT_EQ(pixWidth(view.get()), w);
    ASSERT_EQ(pixHeight(view.get()), h);
    PixPtr viewGrey = toGrey(view.get());
    // Inside the page (the deskew brings desk into the view's corners).
    Box* inner = boxCreate(w / 10, h / 10, w * 8 / 10, h * 8 / 10);
    PixPtr viewInk = adopt(pixThresholdToBinary(viewGrey.get(), 128));
    viewInk = adopt(pixClipRectangle(viewInk.get(), inner, nullptr));
    PixPtr binaryInner = adopt(pixClipRectangle(cleaned->binary.get(), inner, nullptr));
    boxDestroy(&inner);
    PixPtr near = adopt(pixDilateBrick(nullptr, binaryInner.get(), 5, 5));
    l_int32 inkCount = 0, overlap = 0;
    pixCountPixels(viewInk.get(), &inkCount, nullptr);
    PixPtr both = adopt(pixAnd(nullptr, viewInk.get(), near.get()));
    pixCountPixels(both.get(), &overlap, nullptr);
    ASSERT_GT(inkCount, 1000);
    EXPECT_GT(double(overlap) / inkCount, 0.9);
}

namespace {

// The corners (clockwise from the top left) of a width x height page a pinhole
// camera of focal length f sees, the page turned by tiltX about its horizontal
// axis and tiltY about its vertical one, its centre `distance` away, a little
// off the photo's centre.
PageQuad pinholePhoto(double width, double height, double tiltX, double tiltY, double f, double distance,
                      QSizeF photo)
{
    const double ax = tiltX * M_PI / 180, ay = tiltY * M_PI / 180;
    PageQuad q;
    const QPointF corners[4] = {{-width / 2, -height / 2},
                                {width / 2, -height / 2},
                                {width / 2, height / 2},
                                {-width / 2, height / 2}};
    for (int i = 0; i < 4; ++i) {
        const double x = corners[i].x(), y = corners[i].y();
        // About x: y, z turn; then about y: x, z turn.
        const double y1 = y * std::cos(ax), z1 = y * std::sin(ax);
        const double x2 = x * std::cos(ay) + z1 * std::sin(ay), z2 = -x * std::sin(ay) + z1 * std::cos(ay);
        const double zc = distance + z2;
        q[i] = QPointF(f * (x2 + 40) / zc + photo.width() / 2, f * (y1 - 60) / zc + photo.height() / 2);
    }
    return q;
}

} // namespace

TEST(CapturePhoto, PerspectiveKeepsThePagesProportions)
{
    const QSizeF photo(1500, 2000);
    const double a4 = 1.0 / std::sqrt(2.0); // width over height
    // Tilted away about one axis (top and bottom edges stay parallel): the focal
    // length is a phone's. The edges alone would say about 1.25 for 1.41.
    const PageQuad tilted = pinholePhoto(1000, 1414, 35, 0, 1600, 2600, photo);
    const double edges =
        std::max(QLineF(tilted[0], tilted[3]).length(), QLineF(tilted[1], tilted[2]).length()) /
        std::max(QLineF(tilted[0], tilted[1]).length(), QLineF(tilted[3], tilted[2]).length());
    EXPECT_LT(edges, 1.3); // what the old estimate gave
    EXPECT_NEAR(photographedAspect(tilted, photo), a4, 0.02);
    // Tilted about both axes with another lens: the focal length is found from the quad.
    for (const double f : {1100.0, 2400.0}) {
        const PageQuad both = pinholePhoto(1000, 1414, 28, -20, f, f * 1.7, photo);
        EXPECT_NEAR(photographedAspect(both, photo), a4, 0.02) << "f " << f;
    }
    // Landscape pages (marriage A) and a flat page keep their own proportions.
    EXPECT_NEAR(photographedAspect(pinholePhoto(1414, 1000, 25, 15, 1500, 2600, photo), photo), 1.414, 0.03);
    EXPECT_NEAR(photographedAspect(pinholePhoto(1000, 1414, 0, 0, 1600, 2600, photo), photo), a4, 0.005);

    // The page's proportions: ISO paper when the estimate comes near it, else the estimate.
    EXPECT_DOUBLE_EQ(pageAspect(pinholePhoto(1000, 1414, 35, 0, 1900, 2600, photo), photo),
                     1.0 / std::sqrt(2.0));
    EXPECT_NEAR(pageAspect(pinholePhoto(1000, 1000, 30, 10, 1600, 2600, photo), photo), 1.0, 0.03);

    // The rectified page has those proportions.
    PixPtr desk = adopt(pixCreate(int(photo.width()), int(photo.height()), 8));
    pixSetAll(desk.get());
    const std::optional<RectifiedPage> page = rectifyPage(desk.get(), tilted);
    ASSERT_TRUE(page.has_value());
    EXPECT_NEAR(double(pixWidth(page->image.get())) / pixHeight(page->image.get()), a4, 0.02);
}

TEST(CapturePhoto, DevsetPhotoCornersMatchHandMeasured)
{
    // Corners measured by eye on the images (pixels of the photo), to within a few pixels.
    struct Case {
        const char* file;
        QPointF corners[4];
    };
    const Case cases[] = {
        {"devset2/images/scan-0022.jpg", {{169, 60}, {782, 107}, {765, 1079}, {74, 1058}}},
        {"devset2/images/scan-0035.jpg", {{144, 341}, {1288, 129}, {1495, 2025}, {200, 2000}}},
    };
    for (const Case& c : cases) {
        Page page = load(sharedFile(QString::fromLatin1(c.file)));
        ASSERT_TRUE(page.pix);
        const std::optional<PageQuad> found = findPhotographedPage(page.pix.get());
        ASSERT_TRUE(found.has_value()) << c.file;
        const double tolerance = 0.01 * std::max(pixWidth(page.pix.get()), pixHeight(page.pix.get()));
        for (int i = 0; i < 4; ++i)
            EXPECT_LT(distance((*found)[i], c.corners[i]), tolerance)
                << c.file << " corner " << i << " found at " << (*found)[i].x() << "," << (*found)[i].y();
    }
}

TEST(CapturePhoto, RealLandPhotoIsCutFromTheDesk)
{
    // gcn4-page2: the page spans the photo's width; desk above y~99 and below y~908.
    Page page = load(sharedFile(QStringLiteral("real/land/gcn4-page2.jpg")));
    ASSERT_TRUE(page.pix);
    const std::optional<PageQuad> found = findPhotographedPage(page.pix.get());
    ASSERT_TRUE(found.has_value());
    EXPECT_NEAR((*found)[0].y(), 99, 8);
    EXPECT_NEAR((*found)[2].y(), 908, 8);
    EXPECT_NEAR((*found)[0].x(), 0, 8);
    EXPECT_NEAR((*found)[2].x(), 540, 8);
}

TEST(CapturePhoto, ScansAreLeftAsTheyAre)
{
    // Grey and colour scans, security print included: no page to find, no
    // enlargement at 200-300 DPI, the global threshold, and the very same
    // binary page as without capture normalisation.
    for (const QString& file :
         {QStringLiteral("devset/images/scan-0003.jpg"), QStringLiteral("devset/images/scan-0007.png"),
          QStringLiteral("devset2/images/scan-0012.jpg"), QStringLiteral("devset2/images/scan-0048.jpg"),
          QStringLiteral("devset2/images/scan-0004.jpg")}) {
        Page page = load(sharedFile(file));
        ASSERT_TRUE(page.pix);
        EXPECT_FALSE(findPhotographedPage(page.pix.get()).has_value()) << file.toStdString();
        auto cleaned = cleanPage(page.pix.get(), page.dpi);
        ASSERT_TRUE(cleaned.ok());
        EXPECT_FALSE(cleaned->photo) << file.toStdString();
        EXPECT_DOUBLE_EQ(cleaned->enlargement, 1.0) << file.toStdString();
        EXPECT_FALSE(cleaned->localThreshold) << file.toStdString();
        EXPECT_LT(cleaned->lightingSpread, 25) << file.toStdString();
        auto plain = cleanPage(page.pix.get(), page.dpi, without(false, false, false, false));
        ASSERT_TRUE(plain.ok());
        if (cleaned->ink.luminance) {
            l_int32 same = 0;
            pixEqual(cleaned->binary.get(), plain->binary.get(), &same);
            EXPECT_TRUE(same) << file.toStdString();
        }
        EXPECT_EQ(cleaned->toOriginal, plain->toOriginal) << file.toStdString();
    }
}

TEST(CapturePhoto, BorderedPdfPageStaysUpright)
{
    // A colour PDF of a birth certificate with a green rope border, rendered
    // by Poppler: the border must not turn the page (it once came out upside down).
    auto source = capture::openFile(sharedFile(QStringLiteral("devset2/images/scan-0005.pdf")));
    ASSERT_TRUE(source.ok());
    auto captured = (*source)->readPage(0);
    ASSERT_TRUE(captured.ok());
    auto decoded = captured->takeImage();
    ASSERT_TRUE(decoded.ok());
    auto cleaned = cleanPage(decoded->pix.get(), decoded->dpi > 0 ? decoded->dpi : 300);
    ASSERT_TRUE(cleaned.ok());
    EXPECT_FALSE(cleaned->photo);
    EXPECT_FALSE(cleaned->orientationSure && cleaned->rotation != 0) << "turned by " << cleaned->rotation;
}

// ---- each step makes real pages read better (Tesseract) ----

TEST(CaptureReading, RectifiedPhotoReadsBetter)
{
    // A devset2 phone photo (marriage certificate on a wooden desk, 86 DPI-equivalent).
    Page page = load(sharedFile(QStringLiteral("devset2/images/scan-0022.jpg")));
    ASSERT_TRUE(page.pix);
    const Reading raw = readPage(page.pix.get(), page.dpi, without(false, false, false, false));
    const Reading rectified = readPage(page.pix.get(), page.dpi, without(true, true, false, true));
    const Reading all = readPage(page.pix.get(), page.dpi, {});
    const QStringList labels{QStringLiteral("Quốc"), QStringLiteral("tịch:"), QStringLiteral("Dân"),
                             QStringLiteral("tộc:"), QStringLiteral("GIẤY"),  QStringLiteral("NHẬN"),
                             QStringLiteral("KẾT"),  QStringLiteral("HÔN"),   QStringLiteral("Việt"),
                             QStringLiteral("Nam")};
    std::cout << "scan-0022 sure words: raw " << raw.sureWords << ", rectified " << rectified.sureWords
              << ", all steps " << all.sureWords << "; labels " << countWords(raw, labels) << " / "
              << countWords(all, labels) << "\n";
    EXPECT_GT(rectified.sureWords, raw.sureWords);
    EXPECT_GT(all.sureWords, raw.sureWords * 3 / 2);
    EXPECT_GE(countWords(all, labels), 8);
}

TEST(CaptureReading, RealLandPhotoReadsItsLabels)
{
    Page page = load(sharedFile(QStringLiteral("real/land/gcn4-page2.jpg")));
    ASSERT_TRUE(page.pix);
    const Reading raw = readPage(page.pix.get(), page.dpi, without(false, false, false, false));
    const Reading all = readPage(page.pix.get(), page.dpi, {});
    const QStringList labels{QStringLiteral("Thửa"), QStringLiteral("đất"),  QStringLiteral("Địa"),
                             QStringLiteral("chỉ:"), QStringLiteral("Diện"), QStringLiteral("tích:"),
                             QStringLiteral("Mục"),  QStringLiteral("đích"), QStringLiteral("Nguồn"),
                             QStringLiteral("gốc"),  QStringLiteral("Thời"), QStringLiteral("hạn")};
    std::cout << "gcn4-page2 sure words: raw " << raw.sureWords << ", all steps " << all.sureWords
              << "; labels " << countWords(raw, labels) << " / " << countWords(all, labels) << "\n";
    EXPECT_GT(all.sureWords, raw.sureWords * 3 / 2);
    EXPECT_GT(countWords(all, labels), countWords(raw, labels));
    EXPECT_GE(countWords(all, labels), 6);
}

TEST(CaptureReading, CurledRealPhotoIsDeskewed)
{
    // gcn5-page2: a pink page photographed at a tilt of ~5 degrees, curled, so that
    // the skew sweep's peak is broad (confidence ~1.6, under the 3 a scan needs).
    Page page = load(sharedFile(QStringLiteral("real/land/gcn5-page2.jpg")));
    ASSERT_TRUE(page.pix);
    auto cleaned = cleanPage(page.pix.get(), page.dpi);
    ASSERT_TRUE(cleaned.ok());
    EXPECT_TRUE(cleaned->localThreshold);
    EXPECT_LT(cleaned->skew, -3.0);
    EXPECT_GT(cleaned->skew, -6.0);
    CleanupOptions level;
    level.deskew = false;
    const Reading tilted = readPage(page.pix.get(), page.dpi, level);
    const Reading deskewed = readPage(page.pix.get(), page.dpi, {});
    const QStringList words{QStringLiteral("Thửa"), QStringLiteral("Diện"),  QStringLiteral("Mục"),
                            QStringLiteral("đích"), QStringLiteral("Thời"),  QStringLiteral("hạn"),
                            QStringLiteral("Đất"),  QStringLiteral("riêng"), QStringLiteral("615"),
                            QStringLiteral("dài"),  QStringLiteral("Nhận"),  QStringLiteral("Hình")};
    std::cout << "gcn5-page2 sure words: tilted " << tilted.sureWords << ", deskewed " << deskewed.sureWords
              << "; words " << countWords(tilted, words) << " / " << countWords(deskewed, words) << "\n";
    EXPECT_GT(countWords(deskewed, words), countWords(tilted, words));
    EXPECT_GT(deskewed.sureWords, tilted.sureWords);
}

TEST(CaptureReading, SmallPrintIsEnlarged)
{
    // A low-resolution devset2 photo (page ~1200 px high, marks ~10 px).
    Page page = load(sharedFile(QStringLiteral("devset2/images/scan-0021.jpg")));
    ASSERT_TRUE(page.pix);
    auto cleaned = cleanPage(page.pix.get(), page.dpi);
    ASSERT_TRUE(cleaned.ok());
    EXPECT_LT(cleaned->markHeight, 15);
    EXPECT_GT(cleaned->enlargement, 1.5);
    const Reading small = readPage(page.pix.get(), page.dpi, without(true, true, false, true));
    const Reading enlarged = readPage(page.pix.get(), page.dpi, {});
    std::cout << "scan-0021 sure words: not enlarged " << small.sureWords << ", enlarged "
              << enlarged.sureWords << "\n";
    EXPECT_GT(enlarged.sureWords, small.sureWords * 3 / 2);

    // A 300 DPI scan's marks are far above the size that needs it.
    Page scan = load(sharedFile(QStringLiteral("devset/images/scan-0003.jpg")));
    ASSERT_TRUE(scan.pix);
    auto sharp = cleanPage(scan.pix.get(), scan.dpi);
    ASSERT_TRUE(sharp.ok());
    EXPECT_GT(sharp->markHeight, 25);
    EXPECT_DOUBLE_EQ(sharp->enlargement, 1.0);
}

TEST(CaptureReading, UnevenLightGetsALocalThreshold)
{
    // A real land certificate photographed whole (no desk to cut away) in the
    // light of a window: the top is darker than the rest.
    Page page = load(sharedFile(QStringLiteral("real/land/gcn5-page2.jpg")));
    ASSERT_TRUE(page.pix);
    auto cleaned = cleanPage(page.pix.get(), page.dpi);
    ASSERT_TRUE(cleaned.ok());
    EXPECT_GT(cleaned->lightingSpread, 30);
    EXPECT_TRUE(cleaned->localThreshold);
    const Reading global = readPage(page.pix.get(), page.dpi, without(true, true, true, false));
    const Reading local = readPage(page.pix.get(), page.dpi, {});
    std::cout << "gcn5-page2 sure words: global threshold " << global.sureWords << ", local "
              << local.sureWords << "\n";
    EXPECT_GT(local.sureWords, global.sureWords * 3 / 2);
}

// ---- coloured print ----

TEST(CaptureColour, SaturatedPrintIsProjectedAway)
{
    // Black text under a dense green pattern that is as dark as mid-grey in
    // luminance but light in the green channel.
    QImage image(1240, 1754, QImage::Format_RGB32);
    image.fill(QColor(246, 248, 240));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pattern(QColor(60, 200, 90));
    pattern.setWidthF(3);
    p.setPen(pattern);
    for (int k = 0; k < 160; ++k) {
        QPainterPath wave;
        wave.moveTo(0, k * 11);
        for (int x = 0; x <= 1240; x += 20)
            wave.lineTo(x, k * 11 + 18 * std::sin(x / 60.0 + k * 0.7));
        p.drawPath(wave);
    }
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(34);
    p.setFont(font);
    p.setPen(QColor(20, 20, 20));
    const QStringList lines{QStringLiteral("Họ, chữ đệm, tên: NGUYỄN VĂN AN"),
                            QStringLiteral("Ngày, tháng, năm sinh: 12/03/1990"),
                            QStringLiteral("Nơi cư trú: Thôn 3, xã Tân Phú"),
                            QStringLiteral("Quốc tịch: Việt Nam")};
    for (int i = 0; i < 24; ++i)
        p.drawText(120, 160 + i * 60, lines[i % lines.size()]);
    p.end();
    PixPtr pix = pixFromQImage(image);
    ASSERT_TRUE(pix);

    const InkProjection chosen = chooseInkProjection(pix.get());
    EXPECT_FALSE(chosen.luminance);
    EXPECT_GT(chosen.green, chosen.red);
    InkProjection lum;
    PixPtr lumGrey = projectInk(pix.get(), lum);
    PixPtr chosenGrey = projectInk(pix.get(), chosen);
    ASSERT_TRUE(lumGrey && chosenGrey);
    // The pattern's pixels (away from the text, left of x=100) come out close to paper.
    auto darkest = [](Pix* grey) {
        Box* box = boxCreate(10, 10, 90, 1700);
        PixPtr strip = adopt(pixClipRectangle(grey, box, nullptr));
        boxDestroy(&box);
        l_int32 minValue = 255;
        pixGetExtremeValue(strip.get(), 1, L_SELECT_MIN, nullptr, nullptr, nullptr, &minValue);
        return minValue;
    };
    EXPECT_GT(darkest(chosenGrey.get()), darkest(lumGrey.get()) + 40);

    const Reading withColour = readPage(pix.get(), 150, {});
    const Reading lumOnly = readPage(pix.get(), 150, without(true, false, true, true));
    std::cout << "green print sure words: luminance " << lumOnly.sureWords << ", projected "
              << withColour.sureWords << "\n";
    EXPECT_GE(withColour.sureWords, lumOnly.sureWords);
    EXPECT_GE(
        countWords(withColour, {QStringLiteral("Quốc"), QStringLiteral("tịch:"), QStringLiteral("Việt")}), 3);
}

TEST(CaptureColour, ScanOfBlackOnWhiteKeepsLuminance)
{
    Page page =
        load(sharedFile(QStringLiteral("devset/images/scan-0002.jpg"))); // an RGB scan, black on white
    ASSERT_TRUE(page.pix);
    ASSERT_EQ(pixDepth(page.pix.get()), 32);
    EXPECT_TRUE(chooseInkProjection(page.pix.get()).luminance);
}

// ---- the corrected page for the verification station ----

TEST(CaptureView, ReadingRecordsTheCorrectedPageGeometry)
{
    const QPolygonF corners{QPointF(150, 120), QPointF(1180, 90), QPointF(1240, 1530), QPointF(120, 1560)};
    const Photo photo = photograph(QStringLiteral("scan-0004.jpg"), corners, QSize(1400, 1700));
    ASSERT_TRUE(photo.pix);
    auto cleaned =
        cleanPage(photo.pix.get(), 72, {}, [](Pix* b, int d) { return engine().detectOrientation(b, d); });
    ASSERT_TRUE(cleaned.ok());
    ASSERT_TRUE(cleaned->photo);
    auto page = engine().recognize(*cleaned);
    ASSERT_TRUE(page.ok());
    ASSERT_GT(page->words.size(), 50);
    EXPECT_EQ(page->correctedSize, QSize(pixWidth(cleaned->binary.get()), pixHeight(cleaned->binary.get())));
    EXPECT_EQ(page->correctedToOriginal, cleaned->toOriginal);
    // The words' boxes are the photo's pixels, inside the page; brought onto
    // the corrected page they fall inside it too.
    const QPolygonF pagePolygon = corners;
    const QTransform toCorrected = page->correctedToOriginal.inverted();
    const QRectF corrected(QPointF(0, 0), QSizeF(page->correctedSize));
    int inside = 0;
    for (const ocr::OcrWord& w : page->words) {
        if (pagePolygon.containsPoint(QRectF(w.box).center(), Qt::OddEvenFill) &&
            corrected.adjusted(-5, -5, 5, 5).contains(toCorrected.map(QRectF(w.box).center())))
            ++inside;
    }
    EXPECT_GE(inside, int(page->words.size()) * 9 / 10);
    // Stored and loaded with the reading.
    ocr::OcrPage back;
    ASSERT_TRUE(ocr::OcrPage::deserialize(page->serialize(), back));
    EXPECT_EQ(back.correctedSize, page->correctedSize);
    EXPECT_EQ(back.correctedToOriginal, page->correctedToOriginal);
}
