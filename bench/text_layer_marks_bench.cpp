// Honest text layers under the tone-mark check (issue 21): how often does a
// searchable PDF made by an OCR program, whose marks may differ from
// Tesseract's reading of the page by OCR noise, get its layer refused as text
// hidden under the scan (ingest/TextLayerCheck.h)? For each page image given:
//  - "own": SoHoa's searchable PDF of the page (ocr::buildSearchablePdf over
//    its own OCR reading, as the export writes it);
//  - "tesseract": the tesseract program's searchable PDF (GlyphLessFont, its
//    own preprocessing: another OCR producer);
// each with its producer's name taken out (PDFs that name a known OCR tool
// have their layer ignored outright; many scanners' OCR names nothing), read
// back through the PDF import and compared with OCR of the
// rendered page. Prints per page the words compared, the marks compared, the
// words contradicted (letters or marks) and the marks doubted, and the pages
// refused. The PDFs are written under --work (deleted at the end).
// Usage: text_layer_marks_bench [--work DIR] IMAGE...
#include "core/capture/PageSource.h"
#include "core/ingest/DocumentPipeline.h"
#include "core/ocr/OcrEngine.h"
#include "core/ocr/SearchablePdf.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace sohoa;

namespace {

struct Counts {
    int pages = 0;
    int refused = 0;
    int words = 0;
    int marks = 0;
    int contradicted = 0;
    int marksContradicted = 0;
    int doubted = 0;
};

// Same length, so the cross-reference table holds.
QByteArray withUnnamedProducer(QByteArray pdf)
{
    pdf.replace("(SoHoa", "(Scann");
    pdf.replace("Tesseract", "Scanner01");
    pdf.replace("tesseract", "scanner01");
    return pdf;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The first page of `path` read as an import reads it (OCR of the image, the text layer checked).
Result<ingest::ProcessedPage> readPage(ocr::OcrEngine& engine, const QString& path, bool archive)
{
    auto source = capture::openFile(path);
    if (!source)
        return source.error();
    auto page = (*source)->readPage(0);
    if (!page)
        return page.error();
    ingest::PipelineOptions options;
    options.archiveImages = archive;
    return ingest::processPage(&engine, nullptr, std::move(*page), options, {}, {});
}

void count(const char* kind, const QString& name, const ingest::ProcessedPage& p, Counts& c)
{
    auto n = [&](const char* key) { return p.page.provenance.value(QLatin1String(key)).toInt(); };
    const bool refused = !ingest::hiddenTextIssues({&p}).isEmpty();
    std::printf("%-10s %-24s words %4d marks %4d contradicted %2d (marks %2d) doubted %3d %s\n", kind,
                qPrintable(name), n("text_layer_words_compared"), n("text_layer_marks_compared"),
                n("text_layer_words_contradicted"), n("text_layer_marks_contradicted"),
                n("text_layer_marks_doubted"), refused ? "REFUSED" : "kept");
    ++c.pages;
    c.refused += refused ? 1 : 0;
    c.words += n("text_layer_words_compared");
    c.marks += n("text_layer_marks_compared");
    c.contradicted += n("text_layer_words_contradicted");
    c.marksContradicted += n("text_layer_marks_contradicted");
    c.doubted += n("text_layer_marks_doubted");
}

void total(const char* kind, const Counts& c)
{
    std::printf(
        "%-10s %d pages, %d refused; %d words, %d marks compared, %d words contradicted (%d by marks), "
        "%d doubted\n",
        kind, c.pages, c.refused, c.words, c.marks, c.contradicted, c.marksContradicted, c.doubted);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // a line per page as it is done (a run takes minutes)
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("work"), QStringLiteral("Folder for the PDFs (deleted after)."),
                      QStringLiteral("dir"), QDir::currentPath()});
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("Page images (PNG, JPEG)."));
    parser.process(app);
    QTemporaryDir work(parser.value(QStringLiteral("work")) + QStringLiteral("/text-layer-marks-XXXXXX"));
    auto engine = ocr::OcrEngine::create();
    if (!engine || !work.isValid()) {
        std::fprintf(stderr, "no OCR engine or work folder\n");
        return 1;
    }
    Counts own, tess;
    QElapsedTimer clock;
    clock.start();
    for (const QString& image : parser.positionalArguments()) {
        const QString name = QFileInfo(image).fileName();
        QFile in(image);
        auto read = readPage(**engine, image, false);
        if (!in.open(QIODevice::ReadOnly) || !read) {
            std::fprintf(stderr, "%s: cannot be read\n", qPrintable(name));
            continue;
        }
        const QString format = name.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)
                                   ? QStringLiteral("png")
                                   : QStringLiteral("jpeg");
        auto pdf = ocr::buildSearchablePdf({ocr::SearchablePdfPage{in.readAll(), format, read->page.ocr}});
        const QString ownPath = work.filePath(QStringLiteral("own.pdf"));
        if (pdf && writeFile(ownPath, withUnnamedProducer(*pdf))) {
            if (auto p = readPage(**engine, ownPath, false))
                count("own", name, *p, own);
        }
        QProcess tesseract;
        tesseract.start(QStringLiteral("tesseract"),
                        {image, work.filePath(QStringLiteral("tess")), QStringLiteral("-l"),
                         QStringLiteral("vie"), QStringLiteral("pdf")});
        QFile tessPdf(work.filePath(QStringLiteral("tess.pdf")));
        const QString otherPath = work.filePath(QStringLiteral("other.pdf"));
        if (tesseract.waitForFinished(300000) && tesseract.exitCode() == 0 &&
            tessPdf.open(QIODevice::ReadOnly) &&
            writeFile(otherPath, withUnnamedProducer(tessPdf.readAll()))) {
            if (auto p = readPage(**engine, otherPath, false))
                count("tesseract", name, *p, tess);
        }
    }
    total("own", own);
    total("tesseract", tess);
    std::printf("%.0f s\n", clock.elapsed() / 1000.0);
    return 0;
}
