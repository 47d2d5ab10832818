#pragma once

#include "core/common/Result.h"
#include "core/imaging/ImageCodec.h"
#include "core/imaging/Pix.h"
#include "core/ocr/OcrPage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace sohoa::capture {

// One page as captured, before any clean-up: the original image (decoded, or
// still encoded so that a worker thread decodes it) and where it came from.
struct CapturedPage {
    int pageNo = 0;        // 1-based within its source
    imaging::PixPtr image; // decoded original; null while `encoded` holds it
    QByteArray encoded;    // file bytes (shared, not copied, for multi-page TIFFs)
    imaging::FileFormat encodedFormat = imaging::FileFormat::Unknown;
    int encodedIndex = 0; // page within a multi-page TIFF
    bool encodedIsOriginalFile =
        false;   // the bytes are a single-image PNG/JPEG file: archive them as they are
    int dpi = 0; // as stated by the source; 0 = unknown
    std::optional<ocr::OcrPage> textLayer; // a usable PDF text layer, in this image's pixels
    QJsonObject provenance;                // {"source", "kind", "page", "at", "by", ...}

    // Decodes `encoded` (any thread), or hands over `image`.
    Result<imaging::DecodedImage> takeImage();
};

// Where a document's pages come from: a file being imported or sheets from a
// scanner. Pages are read in order, one at a time, so a 500-page PDF is never
// all in memory.
class PageSource {
public:
    virtual ~PageSource() = default;
    virtual QString name() const = 0;   // file name without folders, or the scanner
    virtual QString kind() const = 0;   // "file" | "scanner"
    virtual QString format() const = 0; // "png" | "jpeg" | "tiff" | "pdf" | "scan"
    virtual int pageCount() const = 0;
    virtual Result<CapturedPage> readPage(int index) = 0; // 0-based
    virtual QByteArray sha256() const { return {}; }
};

struct ImportOptions {
    QString actor;               // account name, for provenance
    bool usePdfTextLayer = true; // see PdfSource.h for how a text layer is judged usable
    int pdfDpi = 300;
    // Limits for PDFs (issue 21): a whole civil-status book scanned at 300 dpi
    // is a few hundred pages and well under a gigabyte; anything beyond is
    // refused before Poppler parses it (input.unreadable, SPEC §3, with its own message). A page whose
    // drawing takes longer than the timeout is abandoned (input.unreadable, saying so).
    int maxPdfPages = 2000;
    qint64 maxPdfBytes = qint64(1) << 30;
    int pdfRenderTimeoutMs = 60000;
};

// Opens a PNG, JPEG, TIFF (any number of pages) or PDF for import. The format
// comes from the content, never the name; sizes are checked before decoding.
// Every failure is "input.unreadable" with a message a clerk can act on.
Result<std::unique_ptr<PageSource>> openFile(const QString& path, const ImportOptions& options = {});

// Pages already in memory (a scanned sheet set).
class MemoryPageSource : public PageSource {
public:
    MemoryPageSource(QString name, QString kind, std::vector<CapturedPage>&& pages);
    QString name() const override { return m_name; }
    QString kind() const override { return m_kind; }
    QString format() const override { return QStringLiteral("scan"); }
    int pageCount() const override { return int(m_pages.size()); }
    Result<CapturedPage> readPage(int index) override;

private:
    QString m_name;
    QString m_kind;
    QList<std::shared_ptr<CapturedPage>> m_pages;
};

// Files to import from command-line or dialog arguments: files as given,
// folders expanded (recursively, in natural name order) to the files whose
// extension SoHoa imports. Unknown extensions given explicitly are kept (their
// content decides).
QStringList expandInputs(const QStringList& paths, bool recursive = true);

} // namespace sohoa::capture
