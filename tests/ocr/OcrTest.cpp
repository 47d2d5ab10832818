// Real Tesseract (vie) on devset pages: names with their diacritics, turned and
// skewed pages, the worker pool and its cancellation.
#include "TestPages.h"
#include "TestSupport.h"
#include "core/imaging/ImageCodec.h"
#include "core/imaging/PageCleanup.h"
#include "core/imaging/TextRegion.h"
#include "core/ocr/OcrEngine.h"
#include "core/ocr/OcrWorkerPool.h"
#include "core/ocr/ProcessEnvironment.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QJsonObject>
#include <QPainter>
#include <QSet>
#include <QThread>
#include <cmath>
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

using namespace sohoa;

namespace {

struct DevsetPage {
    imaging::PixPtr pix;
    int dpi = 0;
};

DevsetPage loadDevset(const QString& name)
{
    QFile f(test::devsetImage(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    const QByteArray data = f.readAll();
    auto decoded = imaging::decodeImage(data, imaging::sniffFormat(data));
    EXPECT_TRUE(decoded.ok());
    DevsetPage p;
    if (!decoded)
        return p;
    p.dpi = imaging::plausibleDpi(decoded->dpi, imaging::pixWidth(decoded->pix.get()),
                                  imaging::pixHeight(decoded->pix.get()));
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

ocr::OcrPage read(Pix* pix, int dpi)
{
    auto cleaned =
        imaging::cleanPage(pix, dpi, {}, [](Pix* b, int d) { return engine().detectOrientation(b, d); });
    EXPECT_TRUE(cleaned.ok());
    auto page = engine().recognize(*cleaned);
    EXPECT_TRUE(page.ok()) << (page ? "" : page.error().message.toStdString());
    return page ? *page : ocr::OcrPage();
}

QSet<QString> wordSet(const ocr::OcrPage& page)
{
    QSet<QString> words;
    for (const ocr::OcrWord& w : page.words)
        if (w.text.size() >= 3)
            words.insert(w.text);
    return words;
}

// The box of the first word equal to `text`.
QRect boxOf(const ocr::OcrPage& page, const QString& text)
{
    for (const ocr::OcrWord& w : page.words)
        if (w.text == text)
            return w.box;
    return {};
}

double overlap(const QRect& a, const QRect& b)
{
    const QRect i = a.intersected(b);
    const double u =
        double(a.width()) * a.height() + double(b.width()) * b.height() - double(i.width()) * i.height();
    return u > 0 ? double(i.width()) * i.height() / u : 0;
}

void expectWellFormed(const ocr::OcrPage& page)
{
    ASSERT_FALSE(page.words.isEmpty());
    const QRect bounds(0, 0, page.width, page.height);
    for (const ocr::OcrWord& w : page.words) {
        EXPECT_EQ(w.charConfidences.size(), w.text.size()) << w.text.toStdString();
        EXPECT_EQ(w.text, w.text.normalized(QString::NormalizationForm_C));
        EXPECT_TRUE(bounds.contains(w.box)) << w.text.toStdString();
        EXPECT_GE(w.confidence, 0.f);
        EXPECT_LE(w.confidence, 1.f);
        ASSERT_GE(w.line, 0);
        ASSERT_LT(w.line, page.lines.size());
        EXPECT_TRUE(page.lines[w.line].box.adjusted(-2, -2, 2, 2).contains(w.box)) << w.text.toStdString();
    }
    int words = 0;
    for (const ocr::OcrLine& l : page.lines)
        words += l.wordCount;
    EXPECT_EQ(words, page.words.size());
}

} // namespace

TEST(Ocr, ThisTestRunsWithTheSingleThreadedRuntime)
{
    EXPECT_TRUE(ocr::ocrRuntimeIsSingleThreaded());
    EXPECT_FALSE(ocr::findTessdataDir(QStringLiteral("vie")).isEmpty());
    EXPECT_TRUE(engine().engineName().startsWith(QStringLiteral("tesseract 5")));
}

TEST(Ocr, CleanDevsetPagesGiveNamesWithTheirDiacritics)
{
    struct Case {
        QString file;
        QStringList keys;
    };
    const QList<Case> cases{
        {QStringLiteral("scan-0020.png"), {QStringLiteral("full_name"), QStringLiteral("father_name")}},
        {QStringLiteral("scan-0046.png"), {QStringLiteral("husband_name"), QStringLiteral("wife_name")}}};
    for (const Case& c : cases) {
        const QJsonObject truth = test::devsetTruth(c.file);
        ASSERT_FALSE(truth.isEmpty()) << c.file.toStdString();
        DevsetPage page = loadDevset(c.file);
        ASSERT_TRUE(page.pix);
        const ocr::OcrPage ocr = read(page.pix.get(), page.dpi);
        expectWellFormed(ocr);
        EXPECT_EQ(ocr.width, imaging::pixWidth(page.pix.get()));
        const QString text = test::normalisedText(ocr.text());
        for (const QString& key : c.keys) {
            const QString name = truth.value(QStringLiteral("fields")).toObject().value(key).toString();
            ASSERT_FALSE(name.isEmpty());
            EXPECT_TRUE(text.contains(name))
                << c.file.toStdString() << ": " << name.toStdString() << " not in\n"
                << text.toStdString();
        }
        // Diacritics are in the text, with per-character confidences, not stripped.
        EXPECT_TRUE(text.contains(QStringLiteral("Họ, chữ đệm, tên")));
        EXPECT_GT(ocr.meanConfidence(), 0.7f);
    }
}

TEST(Ocr, TurnedAndSkewedPagesReadAsWellAsStraightOnes)
{
    const QString file = QStringLiteral("scan-0020.png");
    const QJsonObject fields = test::devsetTruth(file).value(QStringLiteral("fields")).toObject();
    const QString fullName = fields.value(QStringLiteral("full_name")).toString();
    const QString father = fields.value(QStringLiteral("father_name")).toString();
    DevsetPage page = loadDevset(file);
    ASSERT_TRUE(page.pix);
    const ocr::OcrPage straight = read(page.pix.get(), page.dpi);
    const QSet<QString> straightWords = wordSet(straight);
    ASSERT_GT(straightWords.size(), 60);
    const QString surname = fullName.section(QLatin1Char(' '), 0, 0);
    const QRect straightBox = boxOf(straight, surname);
    ASSERT_FALSE(straightBox.isEmpty());
    const int w = imaging::pixWidth(page.pix.get()), h = imaging::pixHeight(page.pix.get());

    struct Variant {
        const char* name;
        imaging::PixPtr pix;
        int expectedRotation;
        QTransform fromStraight; // where a straight-page point lands in the variant
    };
    QList<std::shared_ptr<Variant>> variants;
    variants.append(std::make_shared<Variant>(Variant{
        "turned 90", imaging::adopt(pixRotateOrth(page.pix.get(), 1)), 270, QTransform(0, 1, -1, 0, h, 0)}));
    variants.append(
        std::make_shared<Variant>(Variant{"turned 180", imaging::adopt(pixRotateOrth(page.pix.get(), 2)), 180,
                                          QTransform(-1, 0, 0, -1, w, h)}));
    {
        const double degrees = 2.0;
        QTransform t;
        t.translate(w / 2.0, h / 2.0);
        t.rotate(degrees);
        t.translate(-w / 2.0, -h / 2.0);
        variants.append(std::make_shared<Variant>(
            Variant{"skewed 2 degrees",
                    imaging::adopt(pixRotate(page.pix.get(), float(degrees * M_PI / 180.0), L_ROTATE_AREA_MAP,
                                             L_BRING_IN_WHITE, 0, 0)),
                    0, t}));
    }
    for (const auto& v : variants) {
        SCOPED_TRACE(v->name);
        ASSERT_TRUE(v->pix);
        const ocr::OcrPage ocr = read(v->pix.get(), page.dpi);
        expectWellFormed(ocr);
        EXPECT_EQ(ocr.rotationApplied, v->expectedRotation);
        const QString text = test::normalisedText(ocr.text());
        EXPECT_TRUE(text.contains(fullName)) << text.toStdString();
        EXPECT_TRUE(text.contains(father)) << text.toStdString();
        // As well as straight: nearly the same words...
        const QSet<QString> words = wordSet(ocr);
        const double recall =
            double(QSet<QString>(straightWords).intersect(words).size()) / straightWords.size();
        EXPECT_GE(recall, 0.93) << "recall " << recall;
        // ...in the same places on the image the clerk sees (boxes are in the input's pixels).
        const QRect box = boxOf(ocr, surname);
        const QRect expected = v->fromStraight.mapRect(QRectF(straightBox)).toAlignedRect();
        EXPECT_GT(overlap(box, expected), 0.5)
            << "box " << box.x() << "," << box.y() << " " << box.width() << "x" << box.height()
            << " expected " << expected.x() << "," << expected.y() << " " << expected.width() << "x"
            << expected.height();
    }
}

TEST(OcrPool, PagesRunInParallelAndCancelPerPageAndPerBatch)
{
    ocr::OcrWorkerPool pool(2);
    EXPECT_EQ(pool.workerCount(), 2);
    auto clean = [](const QStringList& lines) {
        imaging::PixPtr pix = imaging::pixFromQImage(test::textPage(lines, 200, {5, 2}));
        auto cleaned = imaging::cleanPage(pix.get(), 200);
        EXPECT_TRUE(cleaned.ok());
        return std::move(*cleaned);
    };
    CancelToken batch;
    CancelToken cancelledPage = batch.child();
    cancelledPage.cancel();
    auto first = pool.recognize(clean({QStringLiteral("Họ, chữ đệm, tên: PHẠM VĂN ĐỒNG")}), batch.child());
    auto second =
        pool.recognize(clean({QStringLiteral("Nơi sinh: Bệnh viện Đa khoa tỉnh Lai Châu")}), cancelledPage);
    first.waitForFinished();
    second.waitForFinished();
    ASSERT_TRUE(first.result().ok());
    EXPECT_TRUE(test::normalisedText(first.result()->text()).contains(QStringLiteral("PHẠM VĂN ĐỒNG")))
        << first.result()->text().toStdString();
    ASSERT_FALSE(second.result().ok());
    EXPECT_EQ(second.result().error().code, QStringLiteral("ocr.cancelled"));

    // Cancelling the batch stops every page that has not finished.
    QList<QFuture<Result<ocr::OcrPage>>> futures;
    for (int i = 0; i < 6; ++i)
        futures.append(pool.recognize(clean(test::vietnameseSampleLines()), batch.child()));
    batch.cancel();
    int cancelled = 0;
    for (auto& f : futures) {
        f.waitForFinished();
        if (!f.result().ok() && f.result().error().code == QStringLiteral("ocr.cancelled"))
            ++cancelled;
    }
    EXPECT_GE(cancelled, 4); // at most the two already running may have finished
    // A page's future finishes a moment before its worker counts the task done.
    QElapsedTimer settle;
    settle.start();
    while (pool.pendingTasks() > 0 && settle.elapsed() < 5000)
        QThread::msleep(1);
    EXPECT_EQ(pool.pendingTasks(), 0);
}

namespace {

// A rendered form line or two (DejaVu Sans 12 pt at 300 dpi, TestPages.h):
// baselines at 200, 285, 370... pixels, text from x = 150.
constexpr int kDpi = 300, kFontPx = 50, kFirstBaseline = 200, kLineStep = 85, kLeft = 150;

QRectF renderedLine(int index, int right)
{
    const int baseline = kFirstBaseline + index * kLineStep;
    return QRectF(QPointF(kLeft - 20, baseline - kFontPx - 8), QPointF(right, baseline + 18));
}

int blackPixels(Pix* pix, const QRect& r)
{
    BOX* box = boxCreate(r.x(), r.y(), r.width(), r.height());
    imaging::PixPtr clip = imaging::adopt(pixClipRectangle(pix, box, nullptr));
    boxDestroy(&box);
    l_int32 count = 0;
    if (clip)
        pixCountPixels(clip.get(), &count, nullptr);
    return count;
}

QString joined(const QList<ocr::OcrWord>& words)
{
    QStringList out;
    for (const ocr::OcrWord& w : words)
        out.append(w.text);
    return out.join(QLatin1Char(' '));
}

} // namespace

TEST(TextRegion, LeaderDotsAndCutNeighboursGoLettersAndMarksStay)
{
    // "Minh" then a dotted leader; below, a line of words with many marks.
    const QString dots(60, QLatin1Char('.'));
    QImage image = test::textPage(
        {QStringLiteral("Minh ") + dots, QString::fromUtf8("Nguyễn Thị Ngọc Hoàng Việt ở Đắk Lắk")}, kDpi,
        {7, 1});
    imaging::PixPtr grey = imaging::pixFromQImage(image);
    ASSERT_TRUE(grey);
    imaging::PixPtr binary = imaging::adopt(pixConvertTo1(grey.get(), 128));
    ASSERT_TRUE(binary);
    const int w = imaging::pixWidth(binary.get());
    const QRect word(kLeft - 10, 120, 140, 110);               // "Minh"
    const QRect leader(kLeft + 150, 170, w - kLeft - 160, 50); // its dots on the baseline
    const QRect marks(kLeft - 10, 215, w - kLeft, 90);         // the second line, marks and all
    ASSERT_GT(blackPixels(binary.get(), leader), 200);
    imaging::PixPtr tidy = imaging::textRegionForReading(binary.get(), kFontPx);
    ASSERT_TRUE(tidy);
    EXPECT_EQ(blackPixels(tidy.get(), leader), 0);
    EXPECT_EQ(blackPixels(tidy.get(), word), blackPixels(binary.get(), word));
    EXPECT_EQ(blackPixels(tidy.get(), marks), blackPixels(binary.get(), marks));
    // Without the height of the print it is judged from the marks: the same.
    imaging::PixPtr judged = imaging::textRegionForReading(binary.get());
    ASSERT_TRUE(judged);
    EXPECT_EQ(blackPixels(judged.get(), leader), 0);
    EXPECT_EQ(blackPixels(judged.get(), marks), blackPixels(binary.get(), marks));
    EXPECT_EQ(imaging::textRegionForReading(grey.get()), nullptr) << "1 bpp only";

    // Pieces of the line below cut by a crop go; the line in the crop stays.
    imaging::PixPtr two = imaging::adopt(pixConvertTo1(
        imaging::pixFromQImage(
            test::textPage({QStringLiteral("Minh NAM"), QStringLiteral("HOA BINH LONG AN")}, kDpi, {7, 1}))
            .get(),
        128));
    ASSERT_TRUE(two);
    const QRect middle(0, 130, w, 130); // line 1 whole, the tops of line 2's capitals cut
    BOX* box = boxCreate(middle.x(), middle.y(), middle.width(), middle.height());
    imaging::PixPtr crop = imaging::adopt(pixClipRectangle(two.get(), box, nullptr));
    boxDestroy(&box);
    ASSERT_TRUE(crop);
    const QRect cutTops(0, middle.height() - 14, w, 14);
    ASSERT_GT(blackPixels(crop.get(), cutTops), 100);
    imaging::PixPtr cleaned = imaging::textRegionForReading(crop.get(), kFontPx);
    ASSERT_TRUE(cleaned);
    EXPECT_EQ(blackPixels(cleaned.get(), cutTops), 0);
    const QRect firstLine(0, 0, w, middle.height() - 14);
    EXPECT_EQ(blackPixels(cleaned.get(), firstLine), blackPixels(crop.get(), firstLine));
}

TEST(TextRegion, LeaderDotsBetweenWordsTypedOverThemGoToo)
{
    // A form's dotted leader with a value typed over its first part (a typewriter
    // or printer that does not hit the line): between the typed words only two or
    // three dots show, too few for a run of their own, but they stand on the
    // leader's level and pitch, which its free part shows.
    QImage image(1400, 140, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    const int level = 90; // top of the dots
    const double pitch = 12.5;
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setPixelSize(kFontPx);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    QList<QRect> gaps;
    QList<QPair<double, double>> words; // where the typed words hide the dots
    double x = 30;
    for (const char* word : {"Số", "837/GBT", "do", "Trạm", "Y", "tế"}) {
        const QString w = QString::fromUtf8(word);
        painter.drawText(QPointF(x, level + 6), w);
        const double end = x + std::max(metrics.horizontalAdvance(w), 40.0);
        words.append({x, end});
        gaps.append(QRect(int(end) + 6, level - 3, int(3 * pitch) - 12, 11));
        x = end + 3 * pitch;
    }
    for (int i = 0; i < 104; ++i) {
        const double dx = 20 + i * pitch;
        bool hidden = false;
        for (const auto& [from, to] : words)
            hidden |= dx + 5 > from && dx < to;
        if (!hidden)
            painter.fillRect(QRectF(dx, level, 5, 5), Qt::black);
    }
    painter.end();
    imaging::PixPtr grey = imaging::pixFromQImage(image);
    ASSERT_TRUE(grey);
    imaging::PixPtr binary = imaging::adopt(pixConvertTo1(grey.get(), 128));
    ASSERT_TRUE(binary);
    imaging::PixPtr tidy = imaging::textRegionForReading(binary.get(), kFontPx);
    ASSERT_TRUE(tidy);
    for (const QRect& gap : gaps) {
        ASSERT_GT(blackPixels(binary.get(), gap), 0) << gap.x();
        EXPECT_EQ(blackPixels(tidy.get(), gap), 0) << "dots left between the words at x " << gap.x();
    }
    // The letters above the leader and the dot under "ạ" below it stay.
    const QRect above(0, 0, image.width(), level - 4), below(0, level + 10, image.width(), 40);
    EXPECT_EQ(blackPixels(tidy.get(), above), blackPixels(binary.get(), above));
    EXPECT_EQ(blackPixels(tidy.get(), below), blackPixels(binary.get(), below));
    EXPECT_GT(blackPixels(binary.get(), below), 0);
}

TEST(OcrRegions, AnIdReadAgainWithDigitsOnlyGivesItsDigitsOnStraightAndSkewedPages)
{
    const QString id = QStringLiteral("006080200247");
    const QImage image = test::textPage({QString::fromUtf8("Quốc tịch: Việt Nam"),
                                         QString::fromUtf8("Số định danh cá nhân: ") + id +
                                             QStringLiteral(" ") + QString(40, QLatin1Char('.')),
                                         QString::fromUtf8("Nơi cư trú: Ấp Hòa Lạc, tỉnh Vĩnh Long")},
                                        kDpi, {7, 2});
    imaging::PixPtr straight = imaging::pixFromQImage(image);
    ASSERT_TRUE(straight);
    const double degrees = 1.5;
    imaging::PixPtr skewed = imaging::adopt(
        pixRotate(straight.get(), float(degrees * M_PI / 180.0), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
    for (Pix* pix : {straight.get(), skewed.get()}) {
        SCOPED_TRACE(pix == straight.get() ? "straight" : "skewed");
        auto cleaned =
            imaging::cleanPage(pix, kDpi, {}, [](Pix* b, int d) { return engine().detectOrientation(b, d); });
        ASSERT_TRUE(cleaned.ok());
        auto page = engine().recognize(*cleaned);
        ASSERT_TRUE(page.ok());
        QRect box;
        for (const ocr::OcrWord& w : page->words)
            if (w.text.contains(QStringLiteral("0802")))
                box = w.box;
        ASSERT_FALSE(box.isEmpty()) << page->text().toStdString();
        QList<ocr::RegionRead> regions;
        for (double scale : {1.0, 2.0}) {
            ocr::RegionRead r;
            r.area = QPolygonF(QRectF(box.adjusted(-6, -6, 6, 6)));
            r.scale = scale;
            r.allowedChars = QStringLiteral("0123456789");
            r.textHeight = kFontPx;
            regions.append(r);
        }
        auto read = engine().readRegions(*cleaned, regions);
        ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
        ASSERT_EQ(read->size(), 2);
        for (const QList<ocr::OcrWord>& words : *read) {
            EXPECT_EQ(joined(words).remove(QLatin1Char(' ')), id);
            for (const ocr::OcrWord& w : words) {
                EXPECT_TRUE(w.reread);
                EXPECT_EQ(w.charConfidences.size(), w.text.size());
                // In the original's pixels, where the id is.
                EXPECT_TRUE(box.adjusted(-12, -12, 12, 12).contains(w.box))
                    << w.box.x() << "," << w.box.y() << " " << w.box.width() << "x" << w.box.height();
            }
        }
        // The engine reads whole pages as before afterwards (no whitelist left behind).
        auto again = engine().recognize(*cleaned);
        ASSERT_TRUE(again.ok());
        EXPECT_TRUE(again->text().contains(QString::fromUtf8("Việt Nam"))) << again->text().toStdString();
    }
}

TEST(OcrRegions, AShortWordBeforeADottedLeaderIsReadWhenItsLineIsReadAgain)
{
    const QImage image =
        test::textPage({QString::fromUtf8("Nơi cư trú cuối cùng: Số 254, đường Võ Thị Sáu, thành phố Hồ Chí"),
                        QStringLiteral("Minh ") + QString(70, QLatin1Char('.')),
                        QString::fromUtf8("Đã chết vào lúc: 10 giờ 45 phút")},
                       kDpi, {8, 2});
    imaging::PixPtr pix = imaging::pixFromQImage(image);
    auto cleaned = imaging::cleanPage(pix.get(), kDpi, {},
                                      [](Pix* b, int d) { return engine().detectOrientation(b, d); });
    ASSERT_TRUE(cleaned.ok());
    ocr::RegionRead band;
    band.area = QPolygonF(renderedLine(1, image.width() - 150));
    band.singleLine = false;
    band.textHeight = kFontPx;
    auto read = engine().readRegions(*cleaned, {band});
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->size(), 1);
    const QString text = joined(read->first());
    EXPECT_TRUE(text.startsWith(QStringLiteral("Minh"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QString::fromUtf8("Chí"))) << "the line above is not read";
    EXPECT_FALSE(text.contains(QString::fromUtf8("chết"))) << "nor the line below";
    // An empty area or one off the page reads nothing and does not fail.
    ocr::RegionRead off;
    off.area = QPolygonF(QRectF(-500, -500, 100, 100));
    auto nothing = engine().readRegions(*cleaned, {off});
    ASSERT_TRUE(nothing.ok());
    ASSERT_EQ(nothing->size(), 1);
    EXPECT_TRUE(nothing->first().isEmpty());
}

TEST(OcrPage, SerialisedPageRoundTrips)
{
    ocr::OcrPage p;
    p.width = 2480;
    p.height = 3508;
    p.dpi = 300;
    p.rotationApplied = 90;
    p.skewCorrected = -1.5;
    p.engine = QStringLiteral("tesseract 5.3.0 vie");
    p.lines.append(ocr::OcrLine{QRect(10, 20, 300, 40), 0, 0, 2});
    p.words.append(ocr::OcrWord{
        QStringLiteral("NGUYỄN"), QRect(10, 20, 140, 40), 0.9f, {0.9f, 0.9f, 0.8f, 0.9f, 0.7f, 0.9f}, 0});
    p.words.append(ocr::OcrWord{QStringLiteral("VĂN"), QRect(160, 20, 80, 40), 0.95f, {1.f, 0.9f, 1.f}, 0});
    p.words[1].reread = true;
    ocr::OcrPage back;
    ASSERT_TRUE(ocr::OcrPage::deserialize(p.serialize(), back));
    EXPECT_EQ(back.text(), QStringLiteral("NGUYỄN VĂN"));
    EXPECT_FALSE(back.words[0].reread);
    EXPECT_TRUE(back.words[1].reread);
    EXPECT_EQ(back.words[0].charConfidences, p.words[0].charConfidences);
    EXPECT_EQ(back.rotationApplied, 90);
    EXPECT_FALSE(ocr::OcrPage::deserialize(QByteArray("garbage"), back));
}

TEST(OcrPage, PagesStoredInTheFirstFormatStillLoad)
{
    // Format 1 (before OcrWord::reread), as stores written by earlier versions hold it.
    QByteArray bytes;
    {
        QDataStream s(&bytes, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_4);
        s << quint32(0x534f4350) << quint16(1) << qint32(1000) << qint32(800) << qint32(300) << qint32(0)
          << 0.0 << false << QStringLiteral("tesseract 5.3.0 vie") << QStringLiteral("ocr");
        s << qint32(2);
        s << QStringLiteral("Kinh") << QRect(10, 10, 80, 30) << 0.9f << QList<float>{0.9f, 0.9f, 0.9f, 0.9f}
          << qint32(0);
        s << QStringLiteral("2019") << QRect(100, 10, 80, 30) << 0.8f << QList<float>{0.8f, 0.8f, 0.8f, 0.8f}
          << qint32(0);
        s << qint32(1) << QRect(10, 10, 170, 30) << qint32(0) << qint32(0) << qint32(2);
    }
    ocr::OcrPage page;
    ASSERT_TRUE(ocr::OcrPage::deserialize(bytes, page));
    EXPECT_EQ(page.text(), QStringLiteral("Kinh 2019"));
    EXPECT_FALSE(page.words[0].reread);
    EXPECT_FALSE(page.words[1].reread);
    EXPECT_EQ(page.width, 1000);
}
