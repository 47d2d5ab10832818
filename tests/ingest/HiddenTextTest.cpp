// Text hidden under a visible scan (issue 21): a PDF page holds a full-page
// image and a text layer that says something else (invisible text, render
// mode 3, or text drawn before the image covers it). The ink test of
// capture/PdfSource cannot see it (the scan has ink in the same places), so
// the page's text layer is compared with real Tesseract's reading of the image
// (ingest/TextLayerCheck.h): the OCR is used and the clerk is warned. Every PDF
// is made here, with made-up names.
#include "HandMadePdf.h"
#include "core/capture/PageSource.h"
#include "core/ingest/DocumentPipeline.h"
#include "core/ingest/TextLayerCheck.h"
#include "core/ocr/OcrEngine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

constexpr int kImageDpi = 200;

// Form lines (ASCII Vietnamese without marks passes the text-layer rule), from
// the top of an A4 page, one every 30 points from y = 62 pt, at x = 60 pt.
QList<QByteArray> formLines(const QByteArray& name)
{
    return {"Ho va ten nguoi duoc khai sinh " + name, "Ngay thang nam sinh muoi hai thang ba",
            "Noi sinh tram y te xa Hoa Binh", "Ho va ten me Le Thi Hoa", "Ho va ten cha Tran Van Nam"};
}

// The scan: the lines drawn in Liberation Sans (Helvetica's metrics) at 14 pt, grey bytes.
QImage scanOf(const QList<QByteArray>& lines)
{
    const int w = 595 * kImageDpi / 72, h = 842 * kImageDpi / 72;
    QImage img(w, h, QImage::Format_Grayscale8);
    img.fill(255);
    QPainter p(&img);
    QFont font(QStringLiteral("Liberation Sans"));
    font.setPixelSize(14 * kImageDpi / 72);
    p.setFont(font);
    p.setPen(Qt::black);
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(QPointF(60.0 * kImageDpi / 72, (62.0 + 30 * i) * kImageDpi / 72),
                   QString::fromLatin1(lines[i]));
    return img;
}

// A one-page PDF: the scan as a full-page image and a Helvetica text layer.
// mode 3: invisible text over the image; mode 0 with textFirst: visible text
// that the image, drawn after it, covers.
QByteArray pdfOf(const QImage& scan, const QList<QByteArray>& textLines, int mode, bool textFirst)
{
    QByteArray pixels;
    for (int y = 0; y < scan.height(); ++y)
        pixels.append(reinterpret_cast<const char*>(scan.constScanLine(y)), scan.width());
    const QByteArray zlib = qCompress(pixels, 6).mid(4); // qCompress prefixes the length
    QByteArray text = "BT\n/F1 14 Tf\n" + QByteArray::number(mode) + " Tr\n";
    for (int i = 0; i < textLines.size(); ++i)
        text += "1 0 0 1 60 " + QByteArray::number(842 - 62 - 30 * i) + " Tm\n(" + textLines[i] + ") Tj\n";
    text += "ET\n";
    const QByteArray image = "q 595 0 0 842 0 0 cm /Im1 Do Q\n";
    const QByteArray content = textFirst ? text + image : image + text;
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> "
        "/XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(scan.width()) + " /Height " +
            QByteArray::number(scan.height()) +
            " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length " +
            QByteArray::number(zlib.size()) + " >>\nstream\n" + zlib + "\nendstream",
    };
    return test::assemblePdf(objects);
}

struct Read {
    ingest::ProcessedPage page;
    bool hadTextLayer = false;
    double seconds = 0;
};

Read readFirstPage(const QTemporaryDir& dir, const QString& name, const QByteArray& pdf,
                   ocr::OcrEngine& engine)
{
    const QString path = dir.path() + QLatin1Char('/') + name;
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    Read out;
    auto source = capture::openFile(path);
    EXPECT_TRUE(source.ok()) << source.error().message.toStdString();
    if (!source)
        return out;
    auto page = (*source)->readPage(0);
    EXPECT_TRUE(page.ok()) << page.error().message.toStdString();
    if (!page)
        return out;
    out.hadTextLayer = page->textLayer.has_value();
    ingest::PipelineOptions options;
    options.archiveImages = false;
    QElapsedTimer clock;
    clock.start();
    auto processed = ingest::processPage(&engine, nullptr, std::move(*page), options, {}, {});
    out.seconds = clock.elapsed() / 1000.0;
    EXPECT_TRUE(processed.ok()) << processed.error().message.toStdString();
    if (processed)
        out.page = std::move(*processed);
    return out;
}

QString wordsOf(const ocr::OcrPage& page)
{
    QStringList words;
    for (const ocr::OcrWord& w : page.words)
        words.append(w.text);
    return words.join(QLatin1Char(' '));
}

} // namespace

TEST(TextLayerCheck, NearestPartCountsTheEditsToTheBestMatchingSpan)
{
    EXPECT_EQ(ingest::editsToNearestPart(QStringLiteral("nguyen"), QStringLiteral("hovatennguyenvan")), 0);
    EXPECT_EQ(ingest::editsToNearestPart(QStringLiteral("nguyen"), QStringLiteral("hovatenngujenvan")), 1);
    EXPECT_GE(ingest::editsToNearestPart(QStringLiteral("tran"), QStringLiteral("nguyen")), 3);
    EXPECT_EQ(ingest::editsToNearestPart(QStringLiteral("abc"), QString()), 3);
    // Words are compared by letters, accents aside; one word that OCR read as another contradicts.
    ocr::OcrPage layer, read;
    ocr::OcrWord w;
    w.text = QStringLiteral("Nguyễn");
    w.box = QRect(100, 100, 120, 30);
    layer.words.append(w);
    w.text = QStringLiteral("NGUYEN,");
    w.box = QRect(104, 98, 118, 33);
    read.words.append(w);
    EXPECT_FALSE(ingest::compareTextLayer(layer, read).contradicted());
    read.words[0].text = QStringLiteral("Trần");
    const auto check = ingest::compareTextLayer(layer, read);
    EXPECT_TRUE(check.contradicted());
    EXPECT_EQ(check.firstContradiction, layer.words[0].box);
    // Nothing read there: neither way.
    read.words[0].box = QRect(100, 400, 120, 30);
    const auto unread = ingest::compareTextLayer(layer, read);
    EXPECT_FALSE(unread.contradicted());
    EXPECT_EQ(unread.wordsUnread, 1);
}

TEST(HiddenText, ATextLayerThatTheScanContradictsIsRefusedAndTheClerkIsWarned)
{
    auto engine = ocr::OcrEngine::create();
    ASSERT_TRUE(engine.ok()) << engine.error().message.toStdString();
    QTemporaryDir dir;
    const QImage scan = scanOf(formLines("Nguyen Minh Khoa"));

    // The text layer agrees with the scan: it is used (its exact text, no reading errors).
    const Read honest = readFirstPage(dir, QStringLiteral("honest.pdf"),
                                      pdfOf(scan, formLines("Nguyen Minh Khoa"), 3, false), **engine);
    ASSERT_TRUE(honest.hadTextLayer);
    EXPECT_EQ(honest.page.page.ocr.source, QStringLiteral("pdf_text"));
    EXPECT_GT(honest.page.page.provenance.value(QLatin1String("text_layer_words_compared")).toInt(), 10);
    EXPECT_TRUE(ingest::hiddenTextIssues({&honest.page}).isEmpty());

    // Invisible text over the scan, or text the scan covers, names someone else.
    for (const auto& [name, mode, textFirst] : {std::tuple{QStringLiteral("invisible.pdf"), 3, false},
                                                std::tuple{QStringLiteral("under.pdf"), 0, true}}) {
        const Read forged =
            readFirstPage(dir, name, pdfOf(scan, formLines("Tran Van Binh"), mode, textFirst), **engine);
        // Today's ink test lets it through: the scan has ink where the words are.
        ASSERT_TRUE(forged.hadTextLayer) << name.toStdString();
        const batches::NewPage& np = forged.page.page;
        EXPECT_EQ(np.ocr.source, QStringLiteral("ocr")) << name.toStdString();
        EXPECT_EQ(np.provenance.value(QLatin1String("text")).toString(), QStringLiteral("ocr"));
        EXPECT_EQ(np.provenance.value(QLatin1String("text_layer")).toString(),
                  QStringLiteral("contradicted"));
        EXPECT_GE(np.provenance.value(QLatin1String("text_layer_words_contradicted")).toInt(), 2);
        const QString read = wordsOf(np.ocr);
        EXPECT_TRUE(read.contains(QStringLiteral("Khoa"))) << read.toStdString();
        EXPECT_FALSE(read.contains(QStringLiteral("Binh Ngay"))) << read.toStdString();
        const auto issues = ingest::hiddenTextIssues({&forged.page});
        ASSERT_EQ(issues.size(), 1);
        EXPECT_EQ(issues[0].code, QStringLiteral("source.hidden_text"));
        EXPECT_EQ(issues[0].severity, records::Severity::Warning);
        EXPECT_TRUE(issues[0].message.contains(QStringLiteral("hidden text")))
            << issues[0].message.toStdString();
        std::printf("[ measure ] %s: page read and checked in %.2f s\n", qPrintable(name), forged.seconds);
    }
    std::printf("[ measure ] honest text layer: page read and checked in %.2f s\n", honest.seconds);
}
