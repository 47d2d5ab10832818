#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/imaging/PageCleanup.h"
#include "core/ocr/OcrPage.h"

#include <QPolygonF>
#include <QString>
#include <memory>
#include <optional>

struct Pix;

namespace sohoa::ocr {

struct OcrSettings {
    QString language = QStringLiteral("vie"); // `vie` alone reads better than vie+eng
    QString tessdataDir;                      // empty: TESSDATA_PREFIX, beside the program, then the system's
};

// A part of a page to read a second time, in the archived original's pixels.
// A quadrilateral, so that a line of a skewed page is given as it lies.
struct RegionRead {
    QPolygonF area;
    double scale = 1.0;     // enlarge before reading (small print, a digit read twice)
    QString allowedChars;   // only these characters (e.g. the ten digits); empty: any
    bool singleLine = true; // one line of text; otherwise a block of lines
    double textHeight = 0;  // height of the print's words, original pixels (0: unknown)
    // The ruled table inside the area read cell by cell (imaging/RuledTable.h):
    // each cell cut out without its rules, enlarged and read alone (with
    // allowedChars), its words put in lines by height across the table.
    // Nothing is read when the area holds no ruled grid.
    bool tableCells = false;
};

// Where the traineddata for `language` is: $TESSDATA_PREFIX, <app>/tessdata,
// <app>/../share/tessdata, then the Debian/Ubuntu locations. Empty if nowhere.
QString findTessdataDir(const QString& language);

// One Tesseract instance. Not thread-safe: each worker thread owns one
// (OcrWorkerPool does that).
class OcrEngine {
public:
    static Result<std::unique_ptr<OcrEngine>> create(const OcrSettings& settings = {});
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // Reads a cleaned page. Words, lines and per-character confidences come
    // back in the coordinates of the original image (page.toOriginal), with
    // rotation, skew and blankness recorded. Stops early when `cancel` is set
    // (error "ocr.cancelled").
    Result<OcrPage> recognize(const imaging::CleanedPage& page, const CancelToken& cancel = {});

    // Reads parts of a cleaned page again, each on its own (after a first
    // reading that was doubtful or missed a line). One word list per region,
    // in the original's pixel coordinates like recognize(); `line` counts the
    // lines within the region and every word is marked `reread`. `original`:
    // the page image cleanPage was given, where table cells are taken from.
    Result<QList<QList<OcrWord>>> readRegions(const imaging::CleanedPage& page,
                                              const QList<RegionRead>& regions,
                                              const CancelToken& cancel = {}, const Pix* original = nullptr);

    // Tesseract's orientation and script detection on a binary page: the
    // clockwise quarter turns that make it upright, when it is confident.
    std::optional<int> detectOrientation(Pix* binary, int dpi);

    QString engineName() const; // "tesseract 5.3.0 vie"

private:
    OcrEngine();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sohoa::ocr
