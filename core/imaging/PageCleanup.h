#pragma once

#include "common/Result.h"
#include "imaging/Pix.h"

#include <QTransform>

#include <functional>
#include <optional>

namespace sohoa::imaging {

struct CleanupOptions {
    bool detectOrientation = true;
    bool deskew = true;
    bool despeckle = true;
    double maxSkewDegrees = 7.0;
};

// A second opinion on orientation when the quick statistics are unsure
// (Tesseract's OSD, supplied by the OCR engine): clockwise quarter turns that
// make the page upright, or nothing when it cannot tell either.
using OrientationFallback = std::function<std::optional<int>(Pix* binary, int dpi)>;

// The page as OCR should see it. The archived original is never touched:
// toOriginal maps pixel coordinates of `binary` back onto it, so OCR boxes can
// be drawn on the image the clerk sees.
struct CleanedPage {
    PixPtr binary;          // 1 bpp, upright, deskewed, background-normalised, despeckled
    int dpi = 0;
    int originalWidth = 0;
    int originalHeight = 0;
    int rotation = 0;       // degrees clockwise applied to the original: 0, 90, 180, 270
    bool orientationSure = true;
    double skew = 0;        // degrees clockwise applied after the rotation
    bool blank = false;
    double inkRatio = 0;    // dark pixels / pixels inside the margins
    int textComponents = 0; // character-sized marks inside the margins
    QTransform toOriginal;
};

// Orientation (0/90/180/270) from text-line direction and ascender/descender
// statistics, skew (up to maxSkewDegrees) by projection profiles, background
// normalisation and a global Otsu threshold, speckle removal, and blank-page
// detection (back sides of duplex scans). All Leptonica.
Result<CleanedPage> cleanPage(const Pix* original, int dpi, const CleanupOptions& options = {},
                              const OrientationFallback& fallback = {});

// An 8 bpp grey version of any page image (luminance for colour).
PixPtr toGrey(const Pix* image);

} // namespace sohoa::imaging
