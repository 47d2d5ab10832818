// Text hidden under a visible scan (issue 21): a PDF page holds a full-page
// image and a text layer that says something else (invisible text, render
// mode 3, or text drawn before the image covers it). The ink test of
// capture/PdfSource cannot see it (the scan has ink in the same places), so
// the page's text layer is compared with real Tesseract's reading of the image
// (ingest/TextLayerCheck.h): the OCR is used and the clerk is warned. Every PDF
// is made here, with made-up names.
#include "HandMadePdf.h"
#include "TestPages.h"
#include "core/capture/PageSource.h"
#include "core/ingest/DocumentPipeline.h"
#include "core/ingest/TextLayerCheck.h"
#include "core/ocr/OcrEngine.h"
#include "core/ocr/SearchablePdf.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QProcess>
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

// A page of Vietnamese lines with marks, drawn word by word in DejaVu Sans at
// 16 pt, and the exact words with their boxes (a text layer that says what
// the page shows, as a born-digital PDF would).
struct MarkedPage {
    QImage scan;
    ocr::OcrPage words;
};

const QList<QString>& markedLines()
{
    static const QList<QString> lines{
        QStringLiteral("Họ và tên người được khai sinh: Nguyễn Văn An"),
        QStringLiteral("Ngày tháng năm sinh: mười lăm tháng năm"),
        QStringLiteral("Nơi sinh: Trạm y tế xã Hòa Bình"),
        QStringLiteral("Họ và tên mẹ: Lê Thị Hồng Nhung"),
        QStringLiteral("Họ và tên cha: Trần Đức Thắng"),
    };
    return lines;
}

MarkedPage markedPage(const QHash<QString, QString>& layerSays = {})
{
    MarkedPage out;
    const int w = 595 * kImageDpi / 72, h = 842 * kImageDpi / 72;
    out.scan = QImage(w, h, QImage::Format_Grayscale8);
    out.scan.fill(255);
    QPainter p(&out.scan);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(16 * kImageDpi / 72);
    p.setFont(font);
    p.setPen(Qt::black);
    const QFontMetrics fm(font);
    out.words.width = w;
    out.words.height = h;
    out.words.dpi = kImageDpi;
    for (int i = 0; i < markedLines().size(); ++i) {
        const int baseline = (70 + 34 * i) * kImageDpi / 72;
        int x = 60 * kImageDpi / 72;
        ocr::OcrLine line;
        line.firstWord = int(out.words.words.size());
        for (const QString& word : markedLines()[i].split(QLatin1Char(' '))) {
            p.drawText(QPoint(x, baseline), word);
            ocr::OcrWord said;
            said.text = layerSays.value(word, word);
            said.box =
                QRect(x, baseline - fm.ascent(), fm.horizontalAdvance(word), fm.ascent() + fm.descent());
            said.confidence = 1;
            said.line = i;
            out.words.words.append(said);
            line.box = line.box.united(said.box);
            ++line.wordCount;
            x += fm.horizontalAdvance(word + QLatin1Char(' '));
        }
        out.words.lines.append(line);
    }
    return out;
}

// The PDF as an OCR program that does not name itself would write it: PDFs
// whose producer is a known OCR tool (SoHoa, tesseract...) have their layer
// ignored outright, but many scanners' and editors' OCR says nothing, and a
// forger can write any name. Same length, so the cross-reference table holds.
QByteArray withUnnamedProducer(QByteArray pdf)
{
    pdf.replace("(SoHoa", "(Scann");
    pdf.replace("Tesseract", "Scanner01");
    pdf.replace("tesseract", "scanner01");
    return pdf;
}

// The page with `layer` as its invisible text layer, the way SoHoa writes
// searchable PDFs (Type 3 font of empty glyphs, ToUnicode map).
QByteArray searchablePdfOf(const QImage& scan, const ocr::OcrPage& layer)
{
    auto pdf = ocr::buildSearchablePdf(
        {ocr::SearchablePdfPage{test::encodePng(scan), QStringLiteral("png"), layer}});
    EXPECT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    return pdf ? withUnnamedProducer(*pdf) : QByteArray();
}

int provenanceInt(const Read& r, const char* key)
{
    return r.page.page.provenance.value(QLatin1String(key)).toInt();
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

TEST(TextLayerCheck, MarksThatOcrReadOtherwiseLowerTheLayersTrustAndManySureOnesRefuseIt)
{
    ocr::OcrPage layer, read;
    ocr::OcrWord w;
    w.text = QStringLiteral("Nguyên");
    w.box = QRect(100, 100, 120, 30);
    w.confidence = 0.8f;
    layer.words.append(w);
    w.text = QStringLiteral("Nguyễn,");
    w.box = QRect(104, 98, 118, 33);
    w.confidence = 0.95f;
    w.charConfidences = QList<float>(w.text.size(), 0.95f);
    read.words.append(w);
    // The letters agree, the marks do not, and OCR is sure of its ễ: one word
    // is not enough to refuse the layer (OCR is sometimes surely wrong), but
    // the word takes OCR's marks and is doubted.
    const auto sure = ingest::compareTextLayer(layer, read);
    EXPECT_EQ(sure.wordsMarksCompared, 1);
    EXPECT_EQ(sure.wordsMarksContradicted, 1);
    EXPECT_FALSE(sure.contradicted());
    ASSERT_EQ(sure.marksDoubted.size(), 1);
    ocr::OcrPage kept = layer;
    ingest::applyMarkDoubts(kept, sure);
    EXPECT_EQ(kept.words[0].text, QStringLiteral("Nguyễn"));
    EXPECT_LE(kept.words[0].confidence, 0.5f);
    // Less sure there: the layer's word stays, doubted.
    read.words[0].charConfidences[4] = 0.6f;
    const auto unsure = ingest::compareTextLayer(layer, read);
    EXPECT_EQ(unsure.wordsMarksContradicted, 0);
    ASSERT_EQ(unsure.marksDoubted.size(), 1);
    EXPECT_TRUE(unsure.marksDoubted[0].text.isEmpty());
    kept = layer;
    ingest::applyMarkDoubts(kept, unsure);
    EXPECT_EQ(kept.words[0].text, QStringLiteral("Nguyên"));
    EXPECT_LE(kept.words[0].confidence, 0.5f);
    // A layer word without any mark (a producer that drops them) is only doubted.
    layer.words[0].text = QStringLiteral("Nguyen");
    read.words[0].charConfidences[4] = 0.95f;
    const auto plain = ingest::compareTextLayer(layer, read);
    EXPECT_EQ(plain.wordsMarksContradicted, 0);
    EXPECT_EQ(plain.marksDoubted.size(), 1);
    // The same marks, in capitals: nothing.
    layer.words[0].text = QStringLiteral("NGUYỄN");
    const auto same = ingest::compareTextLayer(layer, read);
    EXPECT_TRUE(same.marksDoubted.isEmpty());
    EXPECT_EQ(same.wordsMarksCompared, 1);
    // Three words of three whose marks OCR surely read otherwise: refused.
    layer.words[0].text = QStringLiteral("Nguyên");
    for (int i = 1; i < 3; ++i) {
        ocr::OcrWord l = layer.words[0], r = read.words[0];
        l.box.translate(0, 60 * i);
        r.box.translate(0, 60 * i);
        layer.words.append(l);
        read.words.append(r);
    }
    const auto many = ingest::compareTextLayer(layer, read);
    EXPECT_EQ(many.wordsMarksContradicted, 3);
    EXPECT_TRUE(many.contradicted());
    EXPECT_EQ(many.firstContradiction, layer.words[0].box);
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

// Text hidden by its tone marks only (issue 21): the layer says Nguyên Vàn Ăn
// where the page shows Nguyễn Văn An, Lê Thi Hông where it shows Lê Thị Hồng;
// accents aside the words agree. Marks are compared where OCR read the letters
// exactly and is sure of their marks. Honest layers stay trusted: the exact
// words, SoHoa's own searchable PDF of the page (Tesseract's reading, with its
// own mark slips) and a PDF made by the tesseract program (another OCR
// producer, its own preprocessing).
TEST(HiddenText, ALayerThatDiffersOnlyInToneMarksIsRefusedAndHonestOcrLayersAreNot)
{
    auto engine = ocr::OcrEngine::create();
    ASSERT_TRUE(engine.ok()) << engine.error().message.toStdString();
    QTemporaryDir dir;
    const MarkedPage page = markedPage();

    const Read exact =
        readFirstPage(dir, QStringLiteral("exact.pdf"), searchablePdfOf(page.scan, page.words), **engine);
    ASSERT_TRUE(exact.hadTextLayer);
    EXPECT_EQ(exact.page.page.ocr.source, QStringLiteral("pdf_text"));
    EXPECT_GT(provenanceInt(exact, "text_layer_marks_compared"), 15);
    EXPECT_TRUE(ingest::hiddenTextIssues({&exact.page}).isEmpty());

    // Five words of names shifted in their marks: too few to refuse the layer
    // (honest OCR layers of real scans differ from Tesseract in up to 11% of
    // their words), but each takes the marks OCR read (the image is what the
    // paper says) and is left for the clerk to check.
    const QHash<QString, QString> names{{QStringLiteral("Nguyễn"), QStringLiteral("Nguyên")},
                                        {QStringLiteral("Văn"), QStringLiteral("Vàn")},
                                        {QStringLiteral("An"), QStringLiteral("Ăn")},
                                        {QStringLiteral("Hồng"), QStringLiteral("Hông")},
                                        {QStringLiteral("Thắng"), QStringLiteral("Thẳng")}};
    const Read fewNames = readFirstPage(dir, QStringLiteral("names.pdf"),
                                        searchablePdfOf(page.scan, markedPage(names).words), **engine);
    ASSERT_TRUE(fewNames.hadTextLayer);
    EXPECT_EQ(fewNames.page.page.ocr.source, QStringLiteral("pdf_text"));
    EXPECT_TRUE(ingest::hiddenTextIssues({&fewNames.page}).isEmpty());
    int corrected = 0;
    for (const ocr::OcrWord& w : fewNames.page.page.ocr.words) {
        for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
            EXPECT_NE(w.text, it.value()) << "the shifted word was kept as it is";
            if (w.text == it.key() && w.confidence <= 0.5f)
                ++corrected;
        }
    }
    EXPECT_EQ(corrected, names.size()) << wordsOf(fewNames.page.page.ocr).toStdString();

    // Marks shifted throughout (half the words): refused, the page read from its image.
    QHash<QString, QString> throughout = names;
    throughout.insert(QHash<QString, QString>{{QStringLiteral("tên"), QStringLiteral("tến")},
                                              {QStringLiteral("người"), QStringLiteral("ngưới")},
                                              {QStringLiteral("Ngày"), QStringLiteral("Ngảy")},
                                              {QStringLiteral("tháng"), QStringLiteral("thàng")},
                                              {QStringLiteral("năm"), QStringLiteral("nắm")},
                                              {QStringLiteral("Trạm"), QStringLiteral("Trám")},
                                              {QStringLiteral("Bình"), QStringLiteral("Bính")},
                                              {QStringLiteral("Trần"), QStringLiteral("Trấn")},
                                              {QStringLiteral("Đức"), QStringLiteral("Đực")}});
    const Read forged = readFirstPage(dir, QStringLiteral("marks.pdf"),
                                      searchablePdfOf(page.scan, markedPage(throughout).words), **engine);
    ASSERT_TRUE(forged.hadTextLayer);
    EXPECT_EQ(forged.page.page.ocr.source, QStringLiteral("ocr"));
    EXPECT_EQ(forged.page.page.provenance.value(QLatin1String("text_layer")).toString(),
              QStringLiteral("contradicted"));
    EXPECT_GE(provenanceInt(forged, "text_layer_marks_contradicted"), 10);
    const auto issues = ingest::hiddenTextIssues({&forged.page});
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].code, QStringLiteral("source.hidden_text"));

    // SoHoa's own searchable PDF of the page: its layer is Tesseract's reading.
    const QString pngPath = dir.path() + QStringLiteral("/page.png");
    ASSERT_TRUE(page.scan.save(pngPath, "PNG"));
    auto source = capture::openFile(pngPath);
    ASSERT_TRUE(source.ok());
    auto captured = (*source)->readPage(0);
    ASSERT_TRUE(captured.ok());
    ingest::PipelineOptions options;
    options.archiveImages = false;
    auto read = ingest::processPage(engine->get(), nullptr, std::move(*captured), options, {}, {});
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const Read own =
        readFirstPage(dir, QStringLiteral("own.pdf"), searchablePdfOf(page.scan, read->page.ocr), **engine);
    ASSERT_TRUE(own.hadTextLayer);
    EXPECT_EQ(own.page.page.ocr.source, QStringLiteral("pdf_text")) << wordsOf(read->page.ocr).toStdString();
    EXPECT_TRUE(ingest::hiddenTextIssues({&own.page}).isEmpty());

    // The tesseract program's searchable PDF (its GlyphLessFont layer) of the same page.
    QProcess tesseract;
    tesseract.start(QStringLiteral("tesseract"),
                    {pngPath, dir.path() + QStringLiteral("/tess"), QStringLiteral("-l"),
                     QStringLiteral("vie"), QStringLiteral("--dpi"), QString::number(kImageDpi),
                     QStringLiteral("pdf")});
    ASSERT_TRUE(tesseract.waitForFinished(120000));
    ASSERT_EQ(tesseract.exitCode(), 0) << tesseract.readAllStandardError().toStdString();
    QFile tessPdf(dir.path() + QStringLiteral("/tess.pdf"));
    ASSERT_TRUE(tessPdf.open(QIODevice::ReadOnly));
    const Read other =
        readFirstPage(dir, QStringLiteral("other.pdf"), withUnnamedProducer(tessPdf.readAll()), **engine);
    ASSERT_TRUE(other.hadTextLayer);
    EXPECT_EQ(other.page.page.ocr.source, QStringLiteral("pdf_text"));
    EXPECT_TRUE(ingest::hiddenTextIssues({&other.page}).isEmpty());
    std::printf(
        "[ measure ] marks compared / contradicted / doubted: exact %d/%d/%d, five names %d/%d/%d, "
        "throughout %d/%d, own %d/%d/%d, tesseract %d/%d/%d\n",
        provenanceInt(exact, "text_layer_marks_compared"),
        provenanceInt(exact, "text_layer_marks_contradicted"),
        provenanceInt(exact, "text_layer_marks_doubted"),
        provenanceInt(fewNames, "text_layer_marks_compared"),
        provenanceInt(fewNames, "text_layer_marks_contradicted"),
        provenanceInt(fewNames, "text_layer_marks_doubted"),
        provenanceInt(forged, "text_layer_marks_compared"),
        provenanceInt(forged, "text_layer_marks_contradicted"),
        provenanceInt(own, "text_layer_marks_compared"), provenanceInt(own, "text_layer_marks_contradicted"),
        provenanceInt(own, "text_layer_marks_doubted"), provenanceInt(other, "text_layer_marks_compared"),
        provenanceInt(other, "text_layer_marks_contradicted"),
        provenanceInt(other, "text_layer_marks_doubted"));
}
