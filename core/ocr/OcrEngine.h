#pragma once

#include "common/Result.h"
#include "imaging/PageCleanup.h"
#include "ocr/CancelToken.h"
#include "ocr/OcrPage.h"

#include <QString>

#include <memory>
#include <optional>

struct Pix;

namespace sohoa::ocr {

struct OcrSettings {
    QString language = QStringLiteral("vie"); // `vie` alone reads better than vie+eng
    QString tessdataDir;                       // empty: TESSDATA_PREFIX, beside the program, then the system's
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
