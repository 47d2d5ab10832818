#pragma once

#include "core/common/Result.h"
#include "core/imaging/PageCapture.h"
#include "core/imaging/PageCurl.h"
#include "core/imaging/Pix.h"

#include <QPolygonF>
#include <QRectF>
#include <QTransform>
#include <functional>
#include <memory>
#include <optional>

namespace sohoa::imaging {

struct CleanupOptions {
    bool detectOrientation = true;
    bool deskew = true;
    bool despeckle = true;
    double maxSkewDegrees = 7.0;
    // Capture normalisation (PageCapture.h): the page of a phone photo found
    // and its perspective removed, coloured security print projected away,
    // small print enlarged.
    bool rectifyPhotos = true;
    bool removeColourPrint = true;
    bool enlargeSmallPrint = true;
    bool localThreshold = true; // Sauvola where the light varies (photos, lightingSpread > 30)
    // Page curl removed (PageCurl.h) on rectified phone photos whose text
    // lines bend; never on a scan.
    bool flattenCurl = true;
};

// A second opinion on orientation when the quick statistics are unsure
// (Tesseract's OSD, supplied by the OCR engine): clockwise quarter turns that
// make the page upright, or nothing when it cannot tell either.
using OrientationFallback = std::function<std::optional<int>(Pix* binary, int dpi)>;

// The page as OCR should see it. The archived original is never touched:
// toOriginal maps pixel coordinates of `binary` back onto it, so OCR boxes can
// be drawn on the image the clerk sees.
struct CleanedPage {
    PixPtr binary;       // 1 bpp, upright, deskewed, background-normalised, despeckled
    int dpi = 0;         // of `binary` (a photo's estimated from its page; times the enlargement)
    int originalDpi = 0; // of the original, as given to cleanPage
    int originalWidth = 0;
    int originalHeight = 0;
    int rotation = 0; // degrees clockwise applied to the original: 0, 90, 180, 270
    bool orientationSure = true;
    double skew = 0; // degrees clockwise applied after the rotation
    bool blank = false;
    double inkRatio = 0;    // dark pixels / pixels inside the margins
    int textComponents = 0; // character-sized marks inside the margins
    // Maps pixels of `binary` onto the original. Projective when a photographed
    // page was rectified (QTransform::map and mapRect handle that; a box maps
    // to the bounding box of its four mapped corners). When the page's curl was
    // flattened (`curl`), this maps the page as it was before flattening: use
    // mapToOriginal / mapFromOriginal, which apply both.
    QTransform toOriginal;
    // The page's curl, removed from `binary` (null when its lines were straight
    // enough, or for a scan): flat pixel p of `binary` is pixel curl->toCurled(p)
    // of the page that toOriginal maps.
    std::shared_ptr<const CurlModel> curl;
    // Capture normalisation applied (PageCapture.h).
    bool photo = false;        // a photographed page was found and rectified
    PageQuad pageCorners{};    // the page's corners in the original (photo only)
    InkProjection ink;         // how a colour page was turned grey
    double enlargement = 1.0;  // the page was scaled by this before binarisation
    double markHeight = 0;     // median height of its marks before enlargement, in original-resolution pixels
    double lightingSpread = 0; // how unevenly the page is lit (PageCapture.h)
    bool localThreshold = false; // binarised by Sauvola's local threshold (photos, uneven light)
};

// Capture normalisation (a photographed page rectified, with its DPI estimated
// from the page's size; colour print projected away; small print enlarged),
// orientation (0/90/180/270) from text-line direction and ascender/descender
// statistics, skew (up to maxSkewDegrees) by projection profiles, background
// normalisation and a global Otsu threshold, speckle removal, and blank-page
// detection (back sides of duplex scans). All Leptonica.
Result<CleanedPage> cleanPage(const Pix* original, int dpi, const CleanupOptions& options = {},
                              const OrientationFallback& fallback = {});

// A box of `page.binary` on the original: moved by the curl at its middle (if
// the curl was flattened; its height kept), then mapped through toOriginal.
QRectF mapToOriginal(const CleanedPage& page, const QRectF& box);
// An area of the original in `page.binary`'s pixels (the inverse); empty when
// the page's geometry cannot be inverted.
QPolygonF mapFromOriginal(const CleanedPage& page, const QPolygonF& area);

// An 8 bpp grey version of any page image (luminance for colour).
PixPtr toGrey(const Pix* image);

// The original page as OCR saw it, in colour: rectified, enlarged, turned
// upright and deskewed like `page.binary`, the same size as it, so that boxes
// in its pixels (page.toOriginal.inverted() of the words' boxes) fall on the
// words. For the verification station's corrected view; null on failure.
// A flattened curl is not applied: the view is the page as rectified and
// deskewed, and boxes mapped through the original fall on its words.
PixPtr correctedView(const Pix* original, const CleanedPage& page);

} // namespace sohoa::imaging
