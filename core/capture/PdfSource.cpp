#include "capture/PdfSource.h"

#include "common/Clock.h"
#include "imaging/ImageCodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <mutex>
#include <poppler-qt6.h>

namespace sohoa::capture {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sohoa::capture", text);
}

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
        word.confidence = 1.f;
        word.charConfidences = QList<float>(text.size(), 1.f);
        word.line = int(page.lines.size() - 1);
        page.words.append(word);
        lastRight = px.right();
    }
    return page;
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
        const QString what = tr("Page %1 of %2").arg(index + 1).arg(m_name);
        std::unique_ptr<Poppler::Page> page(index >= 0 && index < pages ? m_doc->page(index) : nullptr);
        if (!page)
            return unreadable(tr("%1 cannot be opened: the PDF is damaged.").arg(what));
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
        const QImage rendered = page->renderToImage(dpi, dpi);
        if (rendered.isNull())
            return unreadable(tr("%1 cannot be rendered: the PDF is damaged.").arg(what));
        CapturedPage out;
        out.pageNo = index + 1;
        out.image = imaging::pixFromQImage(rendered);
        if (!out.image)
            return unreadable(tr("%1 cannot be rendered.").arg(what));
        out.dpi = dpi;
        // A clean scanned page renders without complaint; errors while drawing
        // mean part of the page is missing or garbled (a damaged stream).
        if (t_popplerErrors > errorsBefore)
            return unreadable(tr("%1 is damaged and cannot be drawn completely (%2).")
                                  .arg(what, t_popplerLastError.left(200)));

        if (m_textLayerAllowed) {
            auto boxes = page->textList();
            QString text;
            for (const auto& b : boxes)
                text += b->text() + QLatin1Char(' ');
            if (pdfTextLayerUsable(text)) {
                const double scale = dpi / 72.0;
                out.textLayer = textLayerPage(boxes, scale, rendered.width(), rendered.height(), dpi);
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
        return unreadable(tr("%1 is truncated: the PDF has no end-of-file marker.").arg(displayName));
    const int errorsBefore = t_popplerErrors;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return unreadable(tr("%1 is damaged and cannot be opened as a PDF.").arg(displayName));
    // Poppler repairs what it can (a rebuilt cross-reference table); SoHoa does
    // not archive a half-repaired document: re-save or print it to a new PDF.
    if (t_popplerErrors > errorsBefore && !doc->isLocked())
        return unreadable(tr("%1 is damaged (%2). Save or print it to a new PDF and import that.")
                              .arg(displayName, t_popplerLastError.left(200)));
    if (doc->isLocked())
        return unreadable(
            tr("%1 is protected by a password. Remove the protection (or print it to a new PDF) "
               "and import it again.")
                .arg(displayName));
    if (doc->numPages() <= 0)
        return unreadable(tr("%1 has no pages.").arg(displayName));
    const bool textAllowed =
        options.usePdfTextLayer && !producerIsOcrTool(doc->producer()) && !producerIsOcrTool(doc->creator());
    return std::unique_ptr<PageSource>(
        new PdfSource(std::move(doc), displayName, sha256, options, textAllowed));
}

} // namespace sohoa::capture
