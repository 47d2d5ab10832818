// Searchable PDF: page image plus an invisible text layer that poppler's
// pdftotext reads back with its Vietnamese diacritics. The PDF goes to the
// tools through a pipe: nothing is written to disk.
#include "core/ocr/SearchablePdf.h"

#include "TestPages.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

// Words laid out on a 300 DPI page as OCR would give them.
ocr::OcrPage pageWithLines(const QStringList& lines, int width, int height)
{
    ocr::OcrPage page;
    page.width = width;
    page.height = height;
    page.dpi = 300;
    int y = 300;
    for (const QString& line : lines) {
        ocr::OcrLine l;
        l.firstWord = int(page.words.size());
        int x = 250;
        for (const QString& word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            ocr::OcrWord w;
            w.text = word;
            w.box = QRect(x, y, 30 * int(word.size()), 48);
            w.confidence = 0.9f;
            w.charConfidences = QList<float>(word.size(), 0.9f);
            w.line = int(page.lines.size());
            page.words.append(w);
            x += w.box.width() + 25;
            ++l.wordCount;
        }
        l.box = QRect(250, y, x - 250, 48);
        page.lines.append(l);
        y += 90;
    }
    return page;
}

test::ProcessResult pdftotext(const QByteArray& pdf, const QStringList& extra = {})
{
    return test::runProgram(QStringLiteral("pdftotext"),
                            extra + QStringList{QStringLiteral("-"), QStringLiteral("-")}, {}, pdf, 60000);
}

} // namespace

TEST(SearchablePdf, VietnameseTextCanBeSearchedAndCopied)
{
    const QStringList lines = test::vietnameseSampleLines();
    const QImage image = test::textPage(lines, 300, {8, 11});
    QList<ocr::SearchablePdfPage> pages;
    pages.append({test::encodeJpeg(image, 80), QStringLiteral("jpeg"),
                  pageWithLines(lines, image.width(), image.height())});
    const QStringList second{QStringLiteral("Thửa đất số: 125, tờ bản đồ số: 07"),
                             QStringLiteral("Mục đích sử dụng: Đất ở tại nông thôn; Đất trồng cây lâu năm")};
    const QImage image2 = test::textPage(second, 300, {8, 11});
    pages.append({test::encodePng(image2), QStringLiteral("png"),
                  pageWithLines(second, image2.width(), image2.height())});

    auto pdf = ocr::buildSearchablePdf(pages);
    ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    EXPECT_TRUE(pdf->startsWith("%PDF-"));
    // The JPEG page image is embedded as it is (no second compression).
    EXPECT_TRUE(pdf->contains(pages[0].image));

    const test::ProcessResult text = pdftotext(*pdf);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QString extracted = test::normalisedText(QString::fromUtf8(text.out));
    for (const QString& line : lines + second)
        EXPECT_TRUE(extracted.contains(test::normalisedText(line))) << line.toStdString() << "\nin\n"
                                                                    << extracted.toStdString();
    // Two pages, A4-sized from the 300 DPI images.
    const test::ProcessResult info =
        test::runProgram(QStringLiteral("pdfinfo"), {QStringLiteral("-")}, {}, *pdf, 60000);
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(info.out).contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))))
        << info.out.toStdString();
    EXPECT_TRUE(info.out.contains("576 x 792 pts")) << info.out.toStdString();

    // Each word sits where OCR found it: pdftotext's boxes, back in 300 DPI pixels.
    const test::ProcessResult boxes =
        pdftotext(*pdf, {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                         QStringLiteral("-l"), QStringLiteral("1")});
    ASSERT_EQ(boxes.exitCode, 0);
    const QString html = QString::fromUtf8(boxes.out);
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>NGUYỄN</word>"));
    const auto m = word.match(html.normalized(QString::NormalizationForm_C));
    ASSERT_TRUE(m.hasMatch()) << html.left(2000).toStdString();
    const ocr::OcrWord* expected = nullptr;
    for (const ocr::OcrWord& w : pages[0].ocr.words)
        if (w.text == QStringLiteral("NGUYỄN"))
            expected = &w;
    ASSERT_TRUE(expected);
    EXPECT_NEAR(m.captured(1).toDouble() * 300 / 72, expected->box.left(), 6);
    EXPECT_NEAR(m.captured(2).toDouble() * 300 / 72, expected->box.top(), 20);
}

TEST(SearchablePdf, ImageOnlyPagesAndBadInput)
{
    const QImage image = test::textPage({QStringLiteral("Trang trắng")}, 150, {4, 4});
    QList<ocr::SearchablePdfPage> pages;
    ocr::OcrPage empty;
    empty.width = image.width();
    empty.height = image.height();
    empty.dpi = 150;
    pages.append({test::encodePng(image), QStringLiteral("png"), empty});
    auto pdf = ocr::buildSearchablePdf(pages);
    ASSERT_TRUE(pdf.ok());
    const test::ProcessResult info =
        test::runProgram(QStringLiteral("pdfinfo"), {QStringLiteral("-")}, {}, *pdf, 60000);
    EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains("288 x 288 pts")) << info.out.toStdString();

    EXPECT_FALSE(ocr::buildSearchablePdf({}).ok());
    pages[0].image = "not an image";
    EXPECT_FALSE(ocr::buildSearchablePdf(pages).ok());
}
