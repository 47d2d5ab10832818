// Page curl (imaging/PageCurl.h through cleanPage): text lines bent by a page
// that does not lie flat are straightened with Leptonica's vertical disparity
// model, only when they bend, and OCR boxes still land on the words of the
// archived original. On pages rendered here with a known bend (so the test
// runs everywhere), devset2's phone photos and a real curled certificate
// (../shared/data/real, skipped where absent); flat scans of the devset are
// left alone.
#include "core/imaging/PageCurl.h"

#include "TestSupport.h"
#include "core/imaging/ImageCodec.h"
#include "core/imaging/PageCleanup.h"
#include "core/ocr/OcrEngine.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSet>
#include <cmath>
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>
#include <memory>

using namespace sohoa;
using namespace sohoa::imaging;

namespace {

QString sharedFile(const QString& relative)
{
    return QStringLiteral(SOHOA_SHARED_DATA "/") + relative;
}

PixPtr loadPix(const QString& path, int* dpi = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    auto decoded = decodeImage(data, sniffFormat(data));
    if (!decoded)
        return {};
    if (dpi)
        *dpi = plausibleDpi(decoded->dpi, pixWidth(decoded->pix.get()), pixHeight(decoded->pix.get()));
    return std::move(decoded->pix);
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

// Lines of a land certificate's page II and a civil-status extract (printed
// captions, no personal data), each drawn across the page.
const char* const kLines[] = {
    "Thửa đất, nhà ở và tài sản khác gắn liền với đất",
    "Thửa đất số: 1005, tờ bản đồ số: 43, diện tích 1716 mét vuông",
    "Địa chỉ: Thôn Tân Lập, xã Quế Phước, huyện Quế Sơn, tỉnh Quảng Nam",
    "Hình thức sử dụng: Sử dụng riêng; Mục đích sử dụng: Đất ở tại nông thôn",
    "Thời hạn sử dụng: Lâu dài; Nguồn gốc sử dụng: Nhà nước giao đất có thu tiền",
    "Nơi đăng ký khai sinh: Ủy ban nhân dân xã Trực Đạo, tỉnh Nam Định",
    "Ngày, tháng, năm đăng ký: 24/09/2014; Quốc tịch: Việt Nam; Dân tộc: Kinh",
    "Giấy chứng nhận này được cấp do tách thửa từ Giấy chứng nhận số 12699",
};

constexpr int kWidth = 1700, kHeight = 2300;
constexpr int kFirstBaseline = 200, kLineStep = 52, kLineCount = 36;
constexpr int kLeft = 100, kRight = 1600; // every line runs across the page

// A flat page of text lines (about 200 DPI), each line filled with captions
// from kLines up to the right margin.
QImage flatPage()
{
    QImage page(kWidth, kHeight, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(28);
    p.setFont(font);
    p.setPen(QColor(25, 25, 25));
    const QFontMetrics metrics(font);
    const size_t count = sizeof kLines / sizeof *kLines;
    for (int i = 0; i < kLineCount; ++i) {
        QString text;
        for (size_t k = size_t(i);; ++k) {
            const QString next = QString::fromUtf8(kLines[k % count]);
            const QString longer = text.isEmpty() ? next : text + QStringLiteral("; ") + next;
            if (metrics.horizontalAdvance(longer) > kRight - kLeft) {
                // The last caption word by word, up to the margin.
                for (const QString& word : next.split(QLatin1Char(' '))) {
                    const QString more = text + QLatin1Char(' ') + word;
                    if (metrics.horizontalAdvance(more) > kRight - kLeft)
                        break;
                    text = more;
                }
                break;
            }
            text = longer;
        }
        p.drawText(QPointF(kLeft, kFirstBaseline + i * kLineStep), text);
    }
    p.end();
    return page;
}

// How far the page is bent down at column x, in pixels: a spine curl, the
// lines sagging towards both edges (symmetric), or only towards the right
// edge over its last 45 % (a page lifting off the desk).
double sag(double x, double amplitude, bool oneSided = false)
{
    if (oneSided) {
        const double u = std::max(0.0, (x - 0.55 * kWidth) / (0.45 * kWidth));
        return amplitude * u * u;
    }
    const double u = (2.0 * x / kWidth) - 1.0;
    return amplitude * u * u;
}

// The flat page bent (pixel (x, y) shows the flat page's (x, y - sag(x))) and
// shaded towards the right like a curled page under a lamp.
QImage bentPage(const QImage& flat, double amplitude, bool oneSided = false)
{
    QImage out(flat.size(), QImage::Format_RGB32);
    for (int y = 0; y < out.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            const double sy = y - sag(x, amplitude, oneSided);
            const int y0 = int(std::floor(sy));
            const double f = sy - y0;
            auto grey = [&](int yy) {
                return yy < 0 || yy >= flat.height() ? 255.0 : double(qGray(flat.pixel(x, yy)));
            };
            const double g = grey(y0) * (1 - f) + grey(y0 + 1) * f;
            const double light = 1.0 - 0.28 * double(x) / out.width();
            const int v = std::clamp(int(std::lround(g * light)), 0, 255);
            line[x] = qRgb(v, v, std::max(0, v - 6));
        }
    }
    return out;
}

// The page laid on a dark desk, as a phone photographs it (the page is found
// and rectified): the page's pixel (x, y) is the photo's (x + kDesk, y + kDesk).
constexpr int kDesk = 110;
QImage onDesk(const QImage& page)
{
    QImage photo(page.width() + 2 * kDesk, page.height() + 2 * kDesk, QImage::Format_RGB32);
    photo.fill(QColor(96, 62, 36));
    QPainter p(&photo);
    for (int y = 0; y < photo.height(); y += 3) // grain of the wood
        p.fillRect(0, y, photo.width(), 1, QColor(84 + (y * 7) % 23, 55, 32));
    p.drawImage(kDesk, kDesk, page);
    p.end();
    return photo;
}

PixPtr binaryOf(const QImage& image)
{
    PixPtr pix = pixFromQImage(image);
    PixPtr grey = toGrey(pix.get());
    PixPtr norm = adopt(pixBackgroundNormSimple(grey.get(), nullptr, nullptr));
    return adopt(pixThresholdToBinary(norm ? norm.get() : grey.get(), 140));
}

int countWords(const ocr::OcrPage& page, const QStringList& wanted)
{
    int n = 0;
    for (const ocr::OcrWord& w : page.words)
        if (wanted.contains(w.text))
            ++n;
    return n;
}

} // namespace

TEST(PageCurl, ABentPageIsMeasuredAndFlattened)
{
    const QImage flat = flatPage();
    const QImage bent = bentPage(flat, 40);
    PixPtr binary = binaryOf(bent);
    ASSERT_TRUE(binary);
    const std::optional<CurlModel> model = measureCurl(binary.get(), 24);
    ASSERT_TRUE(model.has_value());
    EXPECT_GE(model->lines, 10);
    // The model's shift follows the bend: between the page's middle and a
    // column near its edge the lines sag by sag(x) - sag(middle).
    const double y = kFirstBaseline + 16 * kLineStep;
    for (const double x : {250.0, 500.0, 1200.0, 1500.0}) {
        const double modelled =
            model->toCurled(QPointF(x, y)).y() - model->toCurled(QPointF(kWidth / 2.0, y)).y();
        EXPECT_NEAR(modelled, sag(x, 40) - sag(kWidth / 2.0, 40), 4.0) << "x " << x;
        // toFlat undoes toCurled.
        const QPointF back = model->toFlat(model->toCurled(QPointF(x, y)));
        EXPECT_NEAR(back.y(), y, 0.5);
    }
    // Flattened, the lines are straight: nothing left to measure.
    PixPtr flattened = flattenCurl(binary.get(), *model);
    ASSERT_TRUE(flattened);
    EXPECT_EQ(pixWidth(flattened.get()), kWidth);
    EXPECT_EQ(pixHeight(flattened.get()), kHeight);
    EXPECT_FALSE(measureCurl(flattened.get(), 24).has_value());
}

TEST(PageCurl, AFlatPageIsLeftAlone)
{
    PixPtr binary = binaryOf(flatPage());
    ASSERT_TRUE(binary);
    EXPECT_FALSE(measureCurl(binary.get(), 24).has_value());
    // Through cleanPage too: scanned, scanned under uneven light, or
    // photographed flat on a desk.
    const QImage pages[] = {flatPage(), bentPage(flatPage(), 0), onDesk(bentPage(flatPage(), 0))};
    for (const QImage& page : pages) {
        PixPtr pix = pixFromQImage(page);
        auto cleaned = cleanPage(pix.get(), 200);
        ASSERT_TRUE(cleaned.ok());
        EXPECT_FALSE(cleaned->curl);
    }
    // A bent page that is not photographed (its perspective not removed) is
    // not flattened either.
    PixPtr bent = pixFromQImage(bentPage(flatPage(), 80, true));
    auto cleaned = cleanPage(bent.get(), 200);
    ASSERT_TRUE(cleaned.ok());
    EXPECT_FALSE(cleaned->photo);
    EXPECT_FALSE(cleaned->curl);
}

// Read by Tesseract: flattened, the bent page reads better, and the words'
// boxes (in the original's pixels) fall where the bent page shows them.
TEST(PageCurl, ABentPageReadsBetterAndItsBoxesLandOnTheOriginal)
{
    const QImage flat = flatPage();
    constexpr double kAmplitude = 80;
    const QImage bent = onDesk(bentPage(flat, kAmplitude, true));
    PixPtr pix = pixFromQImage(bent);
    CleanupOptions without;
    without.flattenCurl = false;
    auto straight = cleanPage(pix.get(), 200);
    auto curled = cleanPage(pix.get(), 200, without);
    ASSERT_TRUE(straight.ok());
    ASSERT_TRUE(curled.ok());
    EXPECT_TRUE(straight->photo);
    ASSERT_TRUE(straight->curl);
    EXPECT_FALSE(curled->curl);
    auto flatRead = engine().recognize(*straight);
    auto curledRead = engine().recognize(*curled);
    ASSERT_TRUE(flatRead.ok());
    ASSERT_TRUE(curledRead.ok());
    // Words of three letters or more read with confidence, on the bent half.
    auto sureWords = [](const ocr::OcrPage& page) {
        int n = 0;
        for (const ocr::OcrWord& w : page.words)
            if (w.text.size() >= 3 && w.confidence >= 0.85f && w.box.left() > kDesk + 0.55 * kWidth)
                ++n;
        return n;
    };
    const int withFlattening = sureWords(*flatRead);
    const int withoutFlattening = sureWords(*curledRead);
    std::printf("sure words on the bent half: %d flattened, %d as bent\n", withFlattening, withoutFlattening);
    EXPECT_GT(withFlattening, withoutFlattening + withoutFlattening / 10);

    // Boxes: a word of the line drawn at baseline b shows on the photo
    // around kDesk + b - 10 + sag(x) (the middle of its letters).
    int checked = 0, onTheWord = 0;
    for (const ocr::OcrWord& w : flatRead->words) {
        if (w.text.size() < 4 || w.confidence < 0.8f)
            continue;
        const double cx = w.box.center().x() - kDesk, cy = w.box.center().y() - kDesk;
        const double flatMiddle = cy - sag(cx, kAmplitude, true);
        const int line = int(std::lround((flatMiddle + 10 - kFirstBaseline) / kLineStep));
        if (line < 0 || line >= kLineCount)
            continue;
        const double expected = kFirstBaseline + line * kLineStep - 10 + sag(cx, kAmplitude, true);
        ++checked;
        if (std::fabs(cy - expected) < 14)
            ++onTheWord;
    }
    ASSERT_GT(checked, 100);
    EXPECT_GT(double(onTheWord) / checked, 0.9) << onTheWord << " of " << checked;
}

// A second reading of a region (OcrEngine::readRegions) finds the region on
// the flattened page: a line asked for in the original's pixels, where the
// page bends most, comes back whole and in its place.
TEST(PageCurl, ARegionOfTheOriginalIsReadOnTheFlattenedPage)
{
    constexpr double kAmplitude = 80;
    const QImage bent = onDesk(bentPage(flatPage(), kAmplitude, true));
    PixPtr pix = pixFromQImage(bent);
    auto cleaned = cleanPage(pix.get(), 200);
    ASSERT_TRUE(cleaned.ok());
    ASSERT_TRUE(cleaned->curl);
    QSet<QString> printed;
    for (const char* line : kLines)
        for (const QString& w : QString::fromUtf8(line).split(QLatin1Char(' ')))
            printed.insert(w);
    for (const int line : {5, 20}) {
        // The line's right half, as it lies on the photo.
        const double baseline = kFirstBaseline + line * kLineStep;
        QPolygonF area;
        for (int x = 1000; x <= kRight; x += 60)
            area << QPointF(kDesk + x, kDesk + baseline - 30 + sag(x, kAmplitude, true));
        for (int x = kRight; x >= 1000; x -= 60)
            area << QPointF(kDesk + x, kDesk + baseline + 9 + sag(x, kAmplitude, true));
        ocr::RegionRead region;
        region.area = area;
        region.singleLine = true;
        auto read = engine().readRegions(*cleaned, {region});
        ASSERT_TRUE(read.ok());
        ASSERT_EQ(read->size(), 1);
        int words = 0, known = 0, inPlace = 0;
        for (const ocr::OcrWord& w : read->first()) {
            if (w.text.size() < 3)
                continue;
            ++words;
            known += printed.contains(w.text) ? 1 : 0;
            const double expected = kDesk + baseline - 10 + sag(w.box.center().x() - kDesk, kAmplitude, true);
            inPlace += std::fabs(w.box.center().y() - expected) < 14 ? 1 : 0;
        }
        EXPECT_GE(words, 5) << "line " << line;
        EXPECT_GE(known, words - 1) << "line " << line;
        EXPECT_GE(inPlace, words - 1) << "line " << line;
    }
}

// devset2's phone photos are bent (spine or wave): their curl is found and
// flattened. Its flat scans, like every scan of the devset, are left alone.
TEST(PageCurl, Devset2PhotosAreFlattenedAndScansAreNot)
{
    QFile truth(sharedFile(QStringLiteral("devset2/truth.jsonl")));
    if (!truth.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "devset2 is not beside the checkout";
    QStringList photos, scans;
    for (const QByteArray& line : truth.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString file = o.value(QLatin1String("file")).toString();
        if (file.isEmpty() || !file.endsWith(QLatin1String(".jpg")))
            continue;
        const QJsonObject degradations =
            o.value(QLatin1String("variant")).toObject().value(QLatin1String("degradations")).toObject();
        (degradations.contains(QLatin1String("phone_photo")) ? photos : scans).append(file);
    }
    ASSERT_GE(photos.size(), 8);
    int flattened = 0;
    for (const QString& file : photos) {
        int dpi = 0;
        PixPtr pix = loadPix(sharedFile(QStringLiteral("devset2/") + file), &dpi);
        ASSERT_TRUE(pix) << file.toStdString();
        auto cleaned = cleanPage(pix.get(), dpi);
        ASSERT_TRUE(cleaned.ok());
        if (cleaned->curl)
            ++flattened;
    }
    EXPECT_GE(flattened, photos.size() - 1) << "of " << photos.size();
    // A dozen scans (the time a test may take): none flattened.
    for (qsizetype i = 0; i < std::min<qsizetype>(12, scans.size()); ++i) {
        int dpi = 0;
        PixPtr pix = loadPix(sharedFile(QStringLiteral("devset2/") + scans[i]), &dpi);
        ASSERT_TRUE(pix);
        auto cleaned = cleanPage(pix.get(), dpi);
        ASSERT_TRUE(cleaned.ok());
        EXPECT_FALSE(cleaned->curl) << scans[i].toStdString();
    }
}

TEST(PageCurl, DevsetScansAreNotFlattened)
{
    const QDir images(test::devsetDir() + QStringLiteral("/images"));
    const QStringList files =
        images.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files);
    if (files.isEmpty())
        GTEST_SKIP() << "the devset is not beside the checkout";
    for (qsizetype i = 0; i < files.size(); i += 3) { // every third: the time a test may take
        int dpi = 0;
        PixPtr pix = loadPix(images.filePath(files[i]), &dpi);
        ASSERT_TRUE(pix) << files[i].toStdString();
        auto cleaned = cleanPage(pix.get(), dpi);
        ASSERT_TRUE(cleaned.ok());
        EXPECT_FALSE(cleaned->curl) << files[i].toStdString();
    }
}

// The real land photos: the curled page II of gcn5 was photographed without
// its outline (the page is not found, its perspective stays), so it is not
// flattened; flattened anyway, Tesseract reads more of its words, which is
// why the step exists, but see PageCleanup.cpp for why it waits for a
// rectified page. gcn4's page II is rectified and lies flat: left alone.
TEST(PageCurl, RealLandPhotosAreFlattenedOnlyWhenRectifiedAndBent)
{
    const QString curledPath = sharedFile(QStringLiteral("real/land/gcn5-page2.jpg"));
    const QString flatPath = sharedFile(QStringLiteral("real/land/gcn4-page2.jpg"));
    if (!QFile::exists(curledPath) || !QFile::exists(flatPath))
        GTEST_SKIP() << "the real set is not beside the checkout";
    int dpi = 0;
    PixPtr flat = loadPix(flatPath, &dpi);
    ASSERT_TRUE(flat);
    auto flatCleaned = cleanPage(flat.get(), dpi);
    ASSERT_TRUE(flatCleaned.ok());
    EXPECT_TRUE(flatCleaned->photo);
    EXPECT_FALSE(flatCleaned->curl);

    PixPtr pix = loadPix(curledPath, &dpi);
    ASSERT_TRUE(pix);
    auto cleaned = cleanPage(pix.get(), dpi);
    ASSERT_TRUE(cleaned.ok());
    EXPECT_FALSE(cleaned->photo);
    EXPECT_FALSE(cleaned->curl);
    // Its lines do bend: measured on its cleaned page, the model is there.
    const std::optional<CurlModel> model =
        measureCurl(cleaned->binary.get(), cleaned->markHeight * cleaned->enlargement);
    ASSERT_TRUE(model.has_value());
    EXPECT_GT(model->bend, 10.0);
    PixPtr flattened = flattenCurl(cleaned->binary.get(), *model);
    ASSERT_TRUE(flattened);
    imaging::CleanedPage straight;
    straight.binary = std::move(flattened);
    straight.dpi = cleaned->dpi;
    straight.originalDpi = cleaned->originalDpi;
    straight.originalWidth = cleaned->originalWidth;
    straight.originalHeight = cleaned->originalHeight;
    straight.toOriginal = cleaned->toOriginal;
    straight.curl = std::make_shared<const CurlModel>(*model);
    auto flatRead = engine().recognize(straight);
    auto curledRead = engine().recognize(*cleaned);
    ASSERT_TRUE(flatRead.ok());
    ASSERT_TRUE(curledRead.ok());
    const QStringList wanted =
        QString::fromUtf8("Thửa đất số: tờ bản đồ Địa chỉ: Phường quận Gò Vấp, Diện tích: "
                          "Hình thức sử dụng: riêng Mục đích Thời hạn Lâu dài Nguồn gốc "
                          "Nhận chuyển nhượng được công nhận")
            .split(QLatin1Char(' '));
    const int withFlattening = countWords(*flatRead, wanted);
    const int withoutFlattening = countWords(*curledRead, wanted);
    std::printf("real page II words: %d flattened, %d curled\n", withFlattening, withoutFlattening);
    EXPECT_GT(withFlattening, withoutFlattening);
}
