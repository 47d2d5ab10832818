#include "core/ocr/OcrEngine.h"

#include "core/i18n/Tr.h"
#include "core/imaging/Pix.h"
#include "core/imaging/TextRegion.h"
#include "core/ocr/OcrEngine_p.h"
#include "core/ocr/ProcessEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineF>
#include <QLoggingCategory>
#include <QTextBoundaryFinder>
#include <algorithm>
#include <cmath>
#include <functional>
#include <leptonica/allheaders.h>
#include <mutex>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

namespace sohoa::ocr {

Q_LOGGING_CATEGORY(lcOcr, "sohoa.ocr")

namespace {

#ifdef _WIN32
constexpr const char* kNullDevice = "nul";
#else
constexpr const char* kNullDevice = "/dev/null";
#endif

// Loading a model writes some of Tesseract's parameters that are process-wide
// globals (debug_file among them): two workers starting engines at once raced
// on its std::string (ThreadSanitizer, OcrPool test, full tsan build). Models
// load one at a time, and debug_file is set once, before any engine reads.
std::mutex& modelLoadMutex()
{
    static std::mutex m;
    return m;
}

// Inside modelLoadMutex.
void silenceTesseractOnce(tesseract::TessBaseAPI& api)
{
    static bool silenced = false;
    if (!silenced)
        api.SetVariable("debug_file", kNullDevice); // Tesseract's own chatter stays off stderr
    silenced = true;
}

bool hasAllModels(const QString& dir, const QString& language)
{
    if (dir.isEmpty())
        return false;
    for (const QString& lang : language.split(QLatin1Char('+'), Qt::SkipEmptyParts))
        if (!QFileInfo::exists(dir + QLatin1Char('/') + lang + QStringLiteral(".traineddata")))
            return false;
    return true;
}

bool cancelRequested(void* token, int /*words*/)
{
    return static_cast<const CancelToken*>(token)->isCancelled();
}

// Tesseract gives one confidence per symbol; SoHoa text is NFC. Normalise each
// grapheme cluster and give its characters the lowest confidence inside it,
// so charConfidences stays one per QChar of the final text.
void normaliseWord(QString& text, QList<float>& confidences)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    if (nfc == text && confidences.size() == text.size())
        return;
    QString out;
    QList<float> outConf;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (start < text.size()) {
        finder.setPosition(start);
        qsizetype end = finder.toNextBoundary();
        if (end <= start)
            end = text.size();
        float c = 1.f;
        for (qsizetype i = start; i < end && i < confidences.size(); ++i)
            c = std::min(c, confidences[i]);
        const QString piece = text.mid(start, end - start).normalized(QString::NormalizationForm_C);
        out += piece;
        for (qsizetype i = 0; i < piece.size(); ++i)
            outConf.append(c);
        start = end;
    }
    text = out;
    confidences = outConf;
}

} // namespace

namespace detail {

// A box of the cleaned image mapped onto the original image, clipped to it.
QRect mapBox(const imaging::CleanedPage& page, int left, int top, int right, int bottom)
{
    const QRectF mapped = imaging::mapToOriginal(page, QRectF(QPointF(left, top), QPointF(right, bottom)));
    const int x0 = std::max(0, int(std::floor(mapped.left())));
    const int y0 = std::max(0, int(std::floor(mapped.top())));
    const int x1 = std::min(page.originalWidth, int(std::ceil(mapped.right())));
    const int y1 = std::min(page.originalHeight, int(std::ceil(mapped.bottom())));
    return QRect(QPoint(x0, y0), QPoint(std::max(x0, x1 - 1), std::max(y0, y1 - 1)));
}

// Words and lines of the last Recognize(), boxes mapped by `map` (from the
// recognised image's pixels to the original's).
void collectWords(tesseract::TessBaseAPI& api, const std::function<QRect(int, int, int, int)>& map,
                  OcrPage& out)
{
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    int block = -1;
    OcrWord word;
    bool inWord = false;
    auto flushWord = [&] {
        if (!inWord)
            return;
        inWord = false;
        normaliseWord(word.text, word.charConfidences);
        if (word.text.trimmed().isEmpty() || out.lines.isEmpty())
            return;
        word.line = int(out.lines.size() - 1);
        out.lines.last().wordCount += 1;
        out.words.append(word);
    };
    if (it) {
        const tesseract::PageIteratorLevel sym = tesseract::RIL_SYMBOL;
        do {
            if (it->Empty(sym))
                continue;
            if (it->IsAtBeginningOf(tesseract::RIL_BLOCK))
                ++block;
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
                flushWord();
                // Drop a previous line that ended up without words.
                if (!out.lines.isEmpty() && out.lines.last().wordCount == 0)
                    out.lines.removeLast();
                OcrLine line;
                int l = 0, t = 0, r = 0, b = 0;
                it->BoundingBox(tesseract::RIL_TEXTLINE, &l, &t, &r, &b);
                line.box = map(l, t, r, b);
                line.block = std::max(0, block);
                line.firstWord = int(out.words.size());
                out.lines.append(line);
            }
            if (it->IsAtBeginningOf(tesseract::RIL_WORD)) {
                flushWord();
                word = OcrWord();
                int l = 0, t = 0, r = 0, b = 0;
                it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b);
                word.box = map(l, t, r, b);
                word.confidence = std::clamp(it->Confidence(tesseract::RIL_WORD) / 100.f, 0.f, 1.f);
                inWord = true;
            }
            std::unique_ptr<char[]> text(it->GetUTF8Text(sym));
            if (!text || !inWord)
                continue;
            const QString s = QString::fromUtf8(text.get());
            const float c = std::clamp(it->Confidence(sym) / 100.f, 0.f, 1.f);
            word.text += s;
            for (qsizetype i = 0; i < s.size(); ++i)
                word.charConfidences.append(c);
        } while (it->Next(sym));
        flushWord();
        if (!out.lines.isEmpty() && out.lines.last().wordCount == 0)
            out.lines.removeLast();
    }
}

} // namespace detail

QString findTessdataDir(const QString& language)
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!env.isEmpty())
        candidates << env << env + QStringLiteral("/tessdata");
    if (QCoreApplication::instance()) {
        const QString app = QCoreApplication::applicationDirPath();
        candidates << app + QStringLiteral("/tessdata") << app + QStringLiteral("/../share/tessdata")
                   << app + QStringLiteral("/../share/sohoa/tessdata");
    }
    candidates << QStringLiteral("/usr/share/tesseract-ocr/5/tessdata")
               << QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata")
               << QStringLiteral("/usr/share/tessdata") << QStringLiteral("/usr/local/share/tessdata");
    for (const QString& dir : candidates)
        if (hasAllModels(dir, language))
            return QDir::cleanPath(dir);
    return {};
}

struct OcrEngine::Impl {
    tesseract::TessBaseAPI api;
    std::unique_ptr<tesseract::TessBaseAPI> osd;
    bool osdUnavailable = false;
    // Table cells of figures: Tesseract's `eng` model reads digits and decimal
    // points of small print better than `vie` (the corner table of a real
    // phone photo: 10 of 14 figures read right against 3). Loaded on first
    // use; `vie` when it is not installed.
    std::unique_ptr<tesseract::TessBaseAPI> figures;
    bool figuresUnavailable = false;
    tesseract::TessBaseAPI& figuresApi();
    QString dataDir;
    QString language;
};

tesseract::TessBaseAPI& OcrEngine::Impl::figuresApi()
{
    if (figures || figuresUnavailable)
        return figures ? *figures : api;
    const QString model = QStringLiteral("eng");
    auto engine = std::make_unique<tesseract::TessBaseAPI>();
    const QByteArray dirUtf8 = QFile::encodeName(dataDir);
    if (!hasAllModels(dataDir, model) ||
        engine->Init(dirUtf8.constData(), "eng", tesseract::OEM_LSTM_ONLY) != 0) {
        figuresUnavailable = true;
        return api;
    }
    engine->SetVariable("debug_file", kNullDevice);
    engine->SetVariable("tessedit_do_invert", "0");
    figures = std::move(engine);
    return *figures;
}

OcrEngine::OcrEngine()
    : d(std::make_unique<Impl>())
{
}

OcrEngine::~OcrEngine()
{
    if (d->osd)
        d->osd->End();
    if (d->figures)
        d->figures->End();
    d->api.End();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::create(const OcrSettings& settings)
{
    imaging::quietLeptonica();
    if (!ocrRuntimeIsSingleThreaded())
        qCWarning(lcOcr) << "OMP_THREAD_LIMIT is not 1 in this process: OCR will be several times slower";
    const QString dir =
        settings.tessdataDir.isEmpty() ? findTessdataDir(settings.language) : settings.tessdataDir;
    if (!hasAllModels(dir, settings.language))
        return makeError(
            QStringLiteral("ocr.unavailable"),
            Tr::tr("The OCR model for '%1' is not installed (%1.traineddata). Install the package "
                   "tesseract-ocr-vie or set TESSDATA_PREFIX.")
                .arg(settings.language));
    std::unique_ptr<OcrEngine> engine(new OcrEngine);
    engine->d->dataDir = dir;
    engine->d->language = settings.language;
    const QByteArray dirUtf8 = QFile::encodeName(dir);
    const QByteArray lang = settings.language.toUtf8();
    std::unique_lock loading(modelLoadMutex());
    if (engine->d->api.Init(dirUtf8.constData(), lang.constData(), tesseract::OEM_LSTM_ONLY) != 0)
        return makeError(
            QStringLiteral("ocr.unavailable"),
            Tr::tr("Tesseract could not load the '%1' model from %2.").arg(settings.language, dir));
    tesseract::TessBaseAPI& api = engine->d->api;
    silenceTesseractOnce(api);
    loading.unlock();
    // Old books are dark ink on light paper; the inverted retry per line only costs time.
    api.SetVariable("tessedit_do_invert", "0");
    api.SetPageSegMode(tesseract::PSM_AUTO);
    return engine;
}

QString OcrEngine::engineName() const
{
    return QStringLiteral("tesseract %1 %2")
        .arg(QString::fromLatin1(tesseract::TessBaseAPI::Version()), d->language);
}

std::optional<int> OcrEngine::detectOrientation(Pix* binary, int dpi)
{
    if (!binary || d->osdUnavailable)
        return std::nullopt;
    if (!d->osd) {
        if (!hasAllModels(d->dataDir, QStringLiteral("osd"))) {
            d->osdUnavailable = true;
            return std::nullopt;
        }
        auto osd = std::make_unique<tesseract::TessBaseAPI>();
        const QByteArray dirUtf8 = QFile::encodeName(d->dataDir);
        {
            std::lock_guard loading(modelLoadMutex());
            if (osd->Init(dirUtf8.constData(), "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
                d->osdUnavailable = true;
                return std::nullopt;
            }
        }
        osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
        d->osd = std::move(osd);
    }
    d->osd->SetImage(binary);
    d->osd->SetSourceResolution(dpi > 0 ? dpi : 300);
    int degrees = 0;
    float confidence = 0, scriptConfidence = 0;
    const char* script = nullptr;
    const bool ok = d->osd->DetectOrientationScript(&degrees, &confidence, &script, &scriptConfidence);
    d->osd->Clear();
    if (!ok || confidence < 3.f)
        return std::nullopt;
    // OSD reports how far the page is turned; undo it with the complementary clockwise turns.
    return (4 - (degrees / 90) % 4) % 4;
}

Result<OcrPage> OcrEngine::recognize(const imaging::CleanedPage& page, const CancelToken& cancel)
{
    OcrPage out;
    out.width = page.originalWidth;
    out.height = page.originalHeight;
    out.dpi =
        page.originalDpi > 0 ? page.originalDpi : page.dpi; // the words' boxes are the original's pixels
    out.rotationApplied = page.rotation;
    out.skewCorrected = page.skew;
    out.blank = page.blank;
    out.engine = engineName();
    out.source = QStringLiteral("ocr");
    if (page.binary) {
        out.correctedSize =
            QSize(imaging::pixWidth(page.binary.get()), imaging::pixHeight(page.binary.get()));
        out.correctedToOriginal = page.toOriginal;
    }
    if (page.blank || !page.binary)
        return out;
    if (cancel.isCancelled())
        return makeError(QStringLiteral("ocr.cancelled"), Tr::tr("OCR was cancelled."));

    tesseract::TessBaseAPI& api = d->api;
    api.SetImage(page.binary.get());
    api.SetSourceResolution(page.dpi > 0 ? page.dpi : 300);
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &cancelRequested;
    monitor.cancel_this = const_cast<CancelToken*>(&cancel);
    const int rc = api.Recognize(&monitor);
    if (cancel.isCancelled()) {
        api.Clear();
        return makeError(QStringLiteral("ocr.cancelled"), Tr::tr("OCR was cancelled."));
    }
    if (rc != 0) {
        api.Clear();
        return makeError(QStringLiteral("ocr.failed"), Tr::tr("Tesseract could not read this page."));
    }

    detail::collectWords(
        api, [&](int l, int t, int r, int b) { return detail::mapBox(page, l, t, r, b); }, out);
    api.Clear();
    return out;
}

Result<QList<QList<OcrWord>>> OcrEngine::readRegions(const imaging::CleanedPage& page,
                                                     const QList<RegionRead>& regions,
                                                     const CancelToken& cancel, const Pix* original)
{
    QList<QList<OcrWord>> out;
    if (!page.binary || page.blank) {
        for (qsizetype i = 0; i < regions.size(); ++i)
            out.append(QList<OcrWord>());
        return out;
    }
    bool invertible = false;
    const QTransform toCleaned = page.toOriginal.inverted(&invertible);
    if (!invertible)
        return makeError(QStringLiteral("ocr.failed"), Tr::tr("The page's geometry cannot be mapped back."));
    tesseract::TessBaseAPI& api = d->api;
    // The engine reads whole pages between these calls: leave it as it was.
    struct Restore {
        tesseract::TessBaseAPI& api;
        ~Restore()
        {
            api.SetVariable("tessedit_char_whitelist", "");
            api.SetPageSegMode(tesseract::PSM_AUTO);
            api.Clear();
        }
    } restore{api};
    Pix* binary = page.binary.get();
    const int width = imaging::pixWidth(binary), height = imaging::pixHeight(binary);
    for (const RegionRead& region : regions) {
        if (cancel.isCancelled())
            return makeError(QStringLiteral("ocr.cancelled"), Tr::tr("OCR was cancelled."));
        const QRect box = imaging::mapFromOriginal(page, region.area)
                              .boundingRect()
                              .toAlignedRect()
                              .intersected(QRect(0, 0, width, height));
        if (region.tableCells) {
            tesseract::TessBaseAPI& cellApi = d->figuresApi();
            QList<OcrWord> cells = detail::readTableCells(cellApi, page, original, box, region);
            cellApi.SetVariable("tessedit_char_whitelist", "");
            cellApi.Clear();
            for (OcrWord& w : cells)
                w.reread = true;
            out.append(cells);
            continue;
        }
        if (box.width() < 4 || box.height() < 4) {
            out.append(QList<OcrWord>());
            continue;
        }
        BOX* clipBox = boxCreate(box.x(), box.y(), box.width(), box.height());
        imaging::PixPtr clip = imaging::adopt(pixClipRectangle(binary, clipBox, nullptr));
        boxDestroy(&clipBox);
        if (!clip) {
            out.append(QList<OcrWord>());
            continue;
        }
        // Without leader dots and cut pieces of the lines around (see TextRegion.h).
        const double textHeight =
            region.textHeight > 0 ? region.textHeight * toCleaned.map(QLineF(0, 0, 0, 1)).length() : 0;
        if (imaging::PixPtr tidy = imaging::textRegionForReading(clip.get(), textHeight))
            clip = std::move(tidy);
        // Glyphs touching the crop's edge read badly: a white margin around it.
        const int border = std::max(8, box.height() / 4);
        imaging::PixPtr input = imaging::adopt(pixAddBorder(clip.get(), border, 0)); // 1 bpp: 0 is white
        const double scale = std::clamp(region.scale, 1.0, 4.0);
        if (input && scale > 1.01) {
            // Enlarged from grey, so that edges stay smooth for the recogniser.
            imaging::PixPtr grey = imaging::adopt(pixConvertTo8(input.get(), 0));
            input = grey ? imaging::adopt(pixScaleGrayLI(grey.get(), float(scale), float(scale))) : nullptr;
        }
        if (!input) {
            out.append(QList<OcrWord>());
            continue;
        }
        api.SetVariable("tessedit_char_whitelist", region.allowedChars.toUtf8().constData());
        api.SetPageSegMode(region.singleLine ? tesseract::PSM_SINGLE_LINE : tesseract::PSM_SINGLE_BLOCK);
        api.SetImage(input.get());
        api.SetSourceResolution(int(std::lround((page.dpi > 0 ? page.dpi : 300) * scale)));
        tesseract::ETEXT_DESC monitor;
        monitor.cancel = &cancelRequested;
        monitor.cancel_this = const_cast<CancelToken*>(&cancel);
        const int rc = api.Recognize(&monitor);
        if (cancel.isCancelled())
            return makeError(QStringLiteral("ocr.cancelled"), Tr::tr("OCR was cancelled."));
        OcrPage part;
        if (rc == 0) {
            auto toPage = [&](int v, int origin) { return int(std::lround(v / scale)) - border + origin; };
            detail::collectWords(
                api,
                [&](int l, int t, int r, int b) {
                    return detail::mapBox(page, toPage(l, box.x()), toPage(t, box.y()), toPage(r, box.x()),
                                          toPage(b, box.y()));
                },
                part);
        }
        for (OcrWord& w : part.words)
            w.reread = true;
        out.append(part.words);
    }
    return out;
}

} // namespace sohoa::ocr
