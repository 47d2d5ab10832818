#include "core/capture/PdfSource.h"

#include "core/common/Clock.h"
#include "core/i18n/Tr.h"
#include "core/imaging/ImageCodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <poppler-qt6.h>

namespace sohoa::capture {

namespace {

Error unreadable(const QString& message)
{
    return makeError(QStringLiteral("input.unreadable"), message);
}

// Poppler reports syntax problems through a global callback; count them per
// thread so a damaged page can be told apart from a clean one.
thread_local int t_popplerErrors = 0;
thread_local QString t_popplerLastError;

void popplerError(const QString& message, const QVariant& /*closure*/)
{
    ++t_popplerErrors;
    t_popplerLastError = message;
}

void installPopplerErrorHandler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(&popplerError, QVariant()); });
}

// A PDF ends with %%EOF (possibly followed by a little padding); a truncated
// download or copy does not.
bool pdfLooksComplete(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = f.size();
    f.seek(std::max<qint64>(0, size - 2048));
    return f.read(2048).contains("%%EOF");
}

bool isVietnameseLetter(QChar c)
{
    const QString d = QString(c).normalized(QString::NormalizationForm_D);
    const QChar base = d.at(0);
    const bool latin = (base >= QLatin1Char('a') && base <= QLatin1Char('z')) ||
                       (base >= QLatin1Char('A') && base <= QLatin1Char('Z')) || base == QChar(0x0111) ||
                       base == QChar(0x0110);
    if (!latin)
        return false;
    for (qsizetype i = 1; i < d.size(); ++i) {
        switch (d.at(i).unicode()) {
        case 0x0300: // huyền
        case 0x0301: // sắc
        case 0x0303: // ngã
        case 0x0309: // hỏi
        case 0x0323: // nặng
        case 0x0302: // â ê ô
        case 0x0306: // ă
        case 0x031B: // ơ ư
            break;
        default:
            return false;
        }
    }
    return true;
}

// Words of a PDF page's text layer in image pixels, grouped into lines.
ocr::OcrPage textLayerPage(const std::vector<std::unique_ptr<Poppler::TextBox>>& boxes, double scale,
                           int width, int height, int dpi)
{
    ocr::OcrPage page;
    page.width = width;
    page.height = height;
    page.dpi = dpi;
    page.source = QStringLiteral("pdf_text");
    page.engine = QStringLiteral("pdf text layer");
    double lineMid = -1, lineHeight = 0, lastRight = 0;
    for (const auto& box : boxes) {
        const QString text = box->text().normalized(QString::NormalizationForm_C).simplified();
        if (text.isEmpty())
            continue;
        const QRectF r = box->boundingBox();
        const QRect px(int(std::floor(r.left() * scale)), int(std::floor(r.top() * scale)),
                       std::max(1, int(std::ceil(r.width() * scale))),
                       std::max(1, int(std::ceil(r.height() * scale))));
        const double mid = px.center().y();
        const bool newLine = page.lines.isEmpty() ||
                             std::fabs(mid - lineMid) > 0.5 * std::max(lineHeight, 1.0) ||
                             px.left() < lastRight - px.height();
        if (newLine) {
            ocr::OcrLine line;
            line.box = px;
            line.firstWord = int(page.words.size());
            line.block = page.lines.isEmpty() ? 0 : page.lines.last().block;
            page.lines.append(line);
            lineMid = mid;
            lineHeight = px.height();
        }
        ocr::OcrLine& line = page.lines.last();
        line.box = line.box.united(px);
        line.wordCount += 1;
        ocr::OcrWord word;
        word.text = text;
        word.box = px;
        word.confidence = kPdfTextLayerConfidence;
        word.charConfidences = QList<float>(text.size(), kPdfTextLayerConfidence);
        word.line = int(page.lines.size() - 1);
        page.words.append(word);
        lastRight = px.right();
    }
    return page;
}

// Poppler asks this while drawing; the payload is the steady-clock deadline (ms).
bool renderTooLong(const QVariant& deadline)
{
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::steady_clock::now().time_since_epoch())
                         .count();
    return now >= deadline.toLongLong();
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

class PdfSource : public PageSource {
public:
    PdfSource(std::unique_ptr<Poppler::Document> doc, QString name, QByteArray sha, ImportOptions options,
              bool textLayerAllowed)
        : m_doc(std::move(doc))
        , m_name(std::move(name))
        , m_sha(std::move(sha))
        , m_options(std::move(options))
        , m_textLayerAllowed(textLayerAllowed)
        , m_at(nowIso())
    {
        m_doc->setRenderHint(Poppler::Document::Antialiasing, true);
        m_doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    }
    QString name() const override { return m_name; }
    QString kind() const override { return QStringLiteral("file"); }
    QString format() const override { return QStringLiteral("pdf"); }
    int pageCount() const override { return m_doc->numPages(); }
    QByteArray sha256() const override { return m_sha; }

    Result<CapturedPage> readPage(int index) override
    {
        installPopplerErrorHandler();
        const int pages = m_doc->numPages();
        const QString what = Tr::tr("Page %1 of %2").arg(index + 1).arg(m_name);
        std::unique_ptr<Poppler::Page> page(index >= 0 && index < pages ? m_doc->page(index) : nullptr);
        if (!page)
            return unreadable(Tr::tr("%1 cannot be opened: the PDF is damaged.").arg(what));
        const QSizeF points = page->pageSizeF();
        int dpi = std::max(72, m_options.pdfDpi);
        // Pages larger than any scan (posters, broken MediaBoxes) render at a lower resolution.
        auto pixels = [&](int d) {
            return QSize(int(points.width() / 72.0 * d), int(points.height() / 72.0 * d));
        };
        while (dpi > 72 &&
               (pixels(dpi).width() > imaging::ImageLimits::kMaxSide ||
                pixels(dpi).height() > imaging::ImageLimits::kMaxSide ||
                qint64(pixels(dpi).width()) * pixels(dpi).height() > imaging::ImageLimits::kMaxPixels))
            dpi = std::max(72, int(dpi * 0.8));
        const QSize size = pixels(dpi);
        SOHOA_TRY(imaging::checkPageSize(size.width(), size.height(), what));

        const int errorsBefore = t_popplerErrors;
        const qint64 deadline = steadyMs() + std::max(1, m_options.pdfRenderTimeoutMs);
        const QImage rendered = page->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr,
                                                    nullptr, &renderTooLong, QVariant(deadline));
        if (steadyMs() >= deadline)
            return makeError(
                QStringLiteral("input.unreadable"),
                Tr::tr("%1 takes too long to draw (over %2 seconds); it was abandoned. Print the PDF "
                       "to a new file or scan the paper instead.")
                    .arg(what)
                    .arg(std::max(1, m_options.pdfRenderTimeoutMs / 1000)));
        if (rendered.isNull())
            return unreadable(Tr::tr("%1 cannot be rendered: the PDF is damaged.").arg(what));
        CapturedPage out;
        out.pageNo = index + 1;
        out.image = imaging::pixFromQImage(rendered);
        if (!out.image)
            return unreadable(Tr::tr("%1 cannot be rendered.").arg(what));
        out.dpi = dpi;
        // A clean scanned page renders without complaint; errors while drawing
        // mean part of the page is missing or garbled (a damaged stream).
        if (t_popplerErrors > errorsBefore)
            return unreadable(Tr::tr("%1 is damaged and cannot be drawn completely (%2).")
                                  .arg(what, t_popplerLastError.left(200)));

        if (m_textLayerAllowed) {
            auto boxes = page->textList();
            QString text;
            for (const auto& b : boxes)
                text += b->text() + QLatin1Char(' ');
            if (pdfTextLayerUsable(text)) {
                const double scale = dpi / 72.0;
                ocr::OcrPage layer = textLayerPage(boxes, scale, rendered.width(), rendered.height(), dpi);
                QList<QRect> wordBoxes;
                for (const ocr::OcrWord& w : layer.words)
                    wordBoxes.append(w.box);
                // Text nobody can see is not what the page shows: OCR the page instead.
                if (inkedWordShare(rendered, wordBoxes) >= 0.8)
                    out.textLayer = std::move(layer);
            }
        }
        QJsonObject prov{
            {QStringLiteral("source"), m_name},
            {QStringLiteral("kind"), QStringLiteral("file")},
            {QStringLiteral("format"), QStringLiteral("pdf")},
            {QStringLiteral("page"), index + 1},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("at"), m_at},
            {QStringLiteral("dpi"), dpi},
            {QStringLiteral("text"), out.textLayer ? QStringLiteral("pdf_text") : QStringLiteral("ocr")}};
        if (!m_options.actor.isEmpty())
            prov.insert(QStringLiteral("by"), m_options.actor);
        out.provenance = prov;
        return out;
    }

private:
    std::unique_ptr<Poppler::Document> m_doc;
    QString m_name;
    QByteArray m_sha;
    ImportOptions m_options;
    bool m_textLayerAllowed;
    QString m_at;
};

} // namespace

double inkedWordShare(const QImage& rendered, const QList<QRect>& wordBoxes)
{
    if (wordBoxes.isEmpty() || rendered.isNull())
        return 0;
    const QImage grey = rendered.convertToFormat(QImage::Format_Grayscale8);
    int inked = 0;
    for (const QRect& box : wordBoxes) {
        const QRect r = box.intersected(grey.rect());
        qint64 dark = 0;
        // Every second pixel in both directions is enough to see glyphs.
        for (int y = r.top(); y <= r.bottom(); y += 2) {
            const uchar* line = grey.constScanLine(y);
            for (int x = r.left(); x <= r.right(); x += 2)
                dark += line[x] < 128;
        }
        // A word's glyphs ink a few percent of its box at least.
        const qint64 sampled = qint64((r.width() + 1) / 2) * ((r.height() + 1) / 2);
        if (sampled > 0 && dark * 100 >= sampled * 2)
            ++inked;
    }
    return double(inked) / double(wordBoxes.size());
}

bool producerIsOcrTool(const QString& producerOrCreator)
{
    static const QRegularExpression ocr(
        QStringLiteral("ocrmypdf|tesseract|abbyy|finereader|omnipage|readiris|\\bocr\\b|sohoa"),
        QRegularExpression::CaseInsensitiveOption);
    return ocr.match(producerOrCreator).hasMatch();
}

bool pdfTextLayerUsable(const QString& pageText)
{
    int letters = 0, ordinary = 0, visible = 0;
    for (QChar c : pageText) {
        if (c.isSpace())
            continue;
        ++visible;
        if (c.isLetter())
            ++letters;
        const bool odd = c == QChar::ReplacementCharacter || c.category() == QChar::Other_PrivateUse ||
                         c.category() == QChar::Other_Control || c.category() == QChar::Other_NotAssigned;
        if (!odd && (c.isLetterOrNumber() || c.isPunct() || c.isSymbol()))
            ++ordinary;
    }
    if (letters < 20 || ordinary < 0.95 * visible)
        return false;
    int words = 0, vietnamese = 0;
    const QStringList tokens =
        pageText.normalized(QString::NormalizationForm_C)
            .split(QRegularExpression(QStringLiteral("[^\\p{L}]+")), Qt::SkipEmptyParts);
    for (const QString& w : tokens) {
        ++words;
        if (std::all_of(w.begin(), w.end(), isVietnameseLetter))
            ++vietnamese;
    }
    return words > 0 && vietnamese >= 0.9 * words;
}

Result<std::unique_ptr<PageSource>> openPdf(const QString& path, const QString& displayName,
                                            const QByteArray& sha256, const ImportOptions& options)
{
    installPopplerErrorHandler();
    if (!pdfLooksComplete(path))
        return unreadable(Tr::tr("%1 is truncated: the PDF has no end-of-file marker.").arg(displayName));
    const int errorsBefore = t_popplerErrors;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return unreadable(Tr::tr("%1 is damaged and cannot be opened as a PDF.").arg(displayName));
    // Poppler repairs what it can (a rebuilt cross-reference table); SoHoa does
    // not archive a half-repaired document: re-save or print it to a new PDF.
    if (t_popplerErrors > errorsBefore && !doc->isLocked())
        return unreadable(Tr::tr("%1 is damaged (%2). Save or print it to a new PDF and import that.")
                              .arg(displayName, t_popplerLastError.left(200)));
    if (doc->isLocked())
        return unreadable(
            Tr::tr("%1 is protected by a password. Remove the protection (or print it to a new PDF) "
                   "and import it again.")
                .arg(displayName));
    if (doc->numPages() <= 0)
        return unreadable(Tr::tr("%1 has no pages.").arg(displayName));
    if (doc->numPages() > options.maxPdfPages)
        return makeError(QStringLiteral("input.unreadable"),
                         Tr::tr("%1 has %2 pages; at most %3 pages are imported from one PDF. Split it into "
                                "smaller PDFs.")
                             .arg(displayName)
                             .arg(doc->numPages())
                             .arg(options.maxPdfPages));
    const bool textAllowed =
        options.usePdfTextLayer && !producerIsOcrTool(doc->producer()) && !producerIsOcrTool(doc->creator());
    return std::unique_ptr<PageSource>(
        new PdfSource(std::move(doc), displayName, sha256, options, textAllowed));
}

} // namespace sohoa::capture
