// Import sources: formats, the broken-file corpus, PDF text layers, folders.
#include "TestPages.h"
#include "TestSupport.h"
#include "core/capture/PageSource.h"
#include "core/capture/PdfSource.h"
#include "core/imaging/ImageCodec.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

using namespace sohoa;

namespace {

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(data), data.size());
}

// Opens and reads every page the way the pipeline does; the first error wins.
std::optional<Error> readAll(const QString& path)
{
    auto source = capture::openFile(path);
    if (!source)
        return source.error();
    for (int i = 0; i < (*source)->pageCount(); ++i) {
        auto page = (*source)->readPage(i);
        if (!page)
            return page.error();
        auto image = page->takeImage();
        if (!image)
            return image.error();
    }
    return std::nullopt;
}

} // namespace

TEST(Capture, EveryBrokenFileGivesAClearUnreadableError)
{
    QTemporaryDir dir;
    const QList<test::BadFile> corpus = test::writeBadInputCorpus(dir.path());
    ASSERT_GE(corpus.size(), 9);
    for (const test::BadFile& bad : corpus) {
        const std::optional<Error> error = readAll(dir.path() + QLatin1Char('/') + bad.name);
        ASSERT_TRUE(error.has_value()) << bad.what.toStdString() << " was accepted";
        EXPECT_EQ(error->code, QStringLiteral("input.unreadable")) << bad.what.toStdString();
        EXPECT_GT(error->message.size(), 15) << bad.what.toStdString();
    }
    // Specific, actionable messages.
    auto encrypted = capture::openFile(dir.path() + QStringLiteral("/encrypted.pdf"));
    ASSERT_FALSE(encrypted.ok());
    EXPECT_TRUE(encrypted.error().message.contains(QStringLiteral("password")))
        << encrypted.error().message.toStdString();
    auto text = capture::openFile(dir.path() + QStringLiteral("/letter.png"));
    ASSERT_FALSE(text.ok());
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("not a PNG")))
        << text.error().message.toStdString();
    auto missing = capture::openFile(dir.path() + QStringLiteral("/no-such-file.png"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("input.unreadable"));

    // The intact version of the corrupted PDF reads fine (the corpus breaks a good file).
    writeFile(dir.path() + QStringLiteral("/good.pdf"),
              test::imagePdf(test::textPage(test::vietnameseSampleLines(), 150), 150));
    EXPECT_FALSE(readAll(dir.path() + QStringLiteral("/good.pdf")).has_value());
}

TEST(Capture, MultiPageTiffGivesEveryPage)
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/book.tif");
    const QByteArray file = QFile::encodeName(path);
    for (int i = 0; i < 3; ++i) {
        imaging::PixPtr page = imaging::pixFromQImage(test::textPage(
            {QStringLiteral("Trang %1: Họ, chữ đệm, tên: LÊ VĂN TÁM").arg(i + 1)}, 150, {4, 2}));
        imaging::PixPtr bw = imaging::adopt(pixConvertTo1(page.get(), 128));
        pixSetResolution(bw.get(), 150, 150);
        ASSERT_EQ(pixWriteTiff(file.constData(), bw.get(), IFF_TIFF_G4, i == 0 ? "w" : "a"), 0);
    }
    auto source = capture::openFile(path);
    ASSERT_TRUE(source.ok()) << source.error().message.toStdString();
    EXPECT_EQ((*source)->format(), QStringLiteral("tiff"));
    ASSERT_EQ((*source)->pageCount(), 3);
    EXPECT_EQ((*source)->sha256().size(), 32);
    for (int i = 0; i < 3; ++i) {
        auto page = (*source)->readPage(i);
        ASSERT_TRUE(page.ok());
        EXPECT_EQ(page->pageNo, i + 1);
        EXPECT_EQ(page->provenance.value(QStringLiteral("source")).toString(), QStringLiteral("book.tif"));
        EXPECT_EQ(page->provenance.value(QStringLiteral("page")).toInt(), i + 1);
        EXPECT_FALSE(page->provenance.value(QStringLiteral("at")).toString().isEmpty());
        auto image = page->takeImage();
        ASSERT_TRUE(image.ok());
        EXPECT_EQ(imaging::pixWidth(image->pix.get()), 600);
        EXPECT_EQ(image->dpi, 150);
    }
}

TEST(Capture, PdfPagesRenderAt300Dpi)
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/two.pdf");
    // A two-page scan-like PDF: page images only.
    const QByteArray one = test::imagePdf(test::textPage(test::vietnameseSampleLines(), 150, {8, 11}), 150);
    writeFile(path, one);
    auto source = capture::openFile(path, capture::ImportOptions{QStringLiteral("clerk"), true, 300});
    ASSERT_TRUE(source.ok()) << source.error().message.toStdString();
    ASSERT_EQ((*source)->pageCount(), 1);
    auto page = (*source)->readPage(0);
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    EXPECT_EQ(page->dpi, 300);
    EXPECT_FALSE(page->textLayer.has_value()); // an image-only page is OCR'd
    EXPECT_EQ(page->provenance.value(QStringLiteral("by")).toString(), QStringLiteral("clerk"));
    auto image = page->takeImage();
    ASSERT_TRUE(image.ok());
    EXPECT_EQ(imaging::pixWidth(image->pix.get()), 2400);
    EXPECT_EQ(imaging::pixDepth(image->pix.get()), 8); // a grey page stays grey
}

TEST(Capture, BornDigitalPdfTextLayerIsUsed)
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/typed.pdf");
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Word processor"));
        QPainter p(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(12);
        p.setFont(font);
        int y = 200;
        for (const QString& line : test::vietnameseSampleLines()) {
            p.drawText(150, y, line);
            y += 90;
        }
    }
    auto source = capture::openFile(path);
    ASSERT_TRUE(source.ok()) << source.error().message.toStdString();
    auto page = (*source)->readPage(0);
    ASSERT_TRUE(page.ok());
    ASSERT_TRUE(page->textLayer.has_value());
    const ocr::OcrPage& text = *page->textLayer;
    EXPECT_EQ(text.source, QStringLiteral("pdf_text"));
    EXPECT_TRUE(test::normalisedText(text.text()).contains(QStringLiteral("NGUYỄN THỊ HỒNG NHUNG")))
        << text.text().toStdString();
    // Words sit on the rendered page (300 DPI pixels), one confidence per character.
    for (const ocr::OcrWord& w : text.words) {
        EXPECT_EQ(w.charConfidences.size(), w.text.size());
        EXPECT_TRUE(QRect(0, 0, text.width, text.height).contains(w.box)) << w.text.toStdString();
    }
    EXPECT_NEAR(text.width, 2480, 1);

    // With the text layer switched off, the page goes to OCR.
    auto ocrOnly = capture::openFile(path, capture::ImportOptions{{}, false, 300});
    ASSERT_TRUE(ocrOnly.ok());
    auto again = (*ocrOnly)->readPage(0);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->textLayer.has_value());
}

TEST(Capture, TextLayerRule)
{
    EXPECT_TRUE(capture::pdfTextLayerUsable(test::vietnameseSampleLines().join(QLatin1Char('\n'))));
    // TCVN3 (ABC) bytes shown as Latin-1: "Cộng hòa xã hội chủ nghĩa Việt Nam".
    EXPECT_FALSE(capture::pdfTextLayerUsable(QStringLiteral(
        "Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc. Hä vµ tªn: NguyÔn V¨n An")));
    EXPECT_FALSE(capture::pdfTextLayerUsable(QStringLiteral("Trang 1")));
    EXPECT_FALSE(capture::pdfTextLayerUsable(QString(40, QChar(0xFFFD))));
    EXPECT_TRUE(capture::producerIsOcrTool(QStringLiteral("ocrmypdf 14.0.1 / Tesseract OCR-PDF 5.3.0")));
    EXPECT_TRUE(capture::producerIsOcrTool(QStringLiteral("ABBYY FineReader 15")));
    EXPECT_FALSE(capture::producerIsOcrTool(QStringLiteral("Microsoft® Word for Microsoft 365")));
}

TEST(Capture, FoldersExpandToImportableFilesInNaturalOrder)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    for (const char* name : {"scan-10.png", "scan-2.jpg", "notes.txt", "sub/scan-1.PDF", "scan-1.tiff"})
        writeFile(dir.path() + QLatin1Char('/') + QString::fromLatin1(name), "x");
    const QStringList found = capture::expandInputs({dir.path()});
    QStringList names;
    for (const QString& f : found)
        names.append(f.mid(dir.path().size() + 1));
    EXPECT_EQ(names, (QStringList{QStringLiteral("scan-1.tiff"), QStringLiteral("scan-2.jpg"),
                                  QStringLiteral("scan-10.png"), QStringLiteral("sub/scan-1.PDF")}));
    // A file named explicitly stays, whatever its extension: its content decides.
    EXPECT_EQ(capture::expandInputs({dir.path() + QStringLiteral("/notes.txt")}).size(), 1);
}
