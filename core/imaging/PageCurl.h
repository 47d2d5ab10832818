#pragma once

#include "core/imaging/Pix.h"

#include <QPointF>
#include <optional>
#include <vector>

namespace sohoa::imaging {

// Page curl: a photographed page that does not lie flat (a book's spine, a
// certificate folded for years) bends its text lines, so that one printed line
// crosses several of Tesseract's and values are cut in the middle. Leptonica's
// dewarping reads the curvature of the page's long text lines and builds a
// vertical disparity model: how far each pixel has to move up or down for the
// lines to become straight. SoHoa builds the model with Leptonica
// (dewarpGetTextlineCenters, dewarpFindVertDisparity) and keeps it, so that
// OCR boxes can be mapped back onto the archived original.
//
// Only the vertical disparity is used: the perspective is removed before
// (PageCapture.h), and a horizontal model built from the ends of the lines
// mistakes a form's indented labels for a bent margin.
struct CurlModel {
    int width = 0, height = 0; // of the page it was measured on
    int step = 1;              // grid spacing, pixels
    int columns = 0, rows = 0;
    // Leptonica's convention: flat pixel (x, y) comes from curled pixel
    // (x, y - shift(x, y)). Sampled every `step` pixels; beyond the text
    // lines the model was built from it is held at the outermost line's value
    // (never extrapolated: a quadratic fitted to the lines of a page's top
    // half runs away below them).
    std::vector<float> shift;
    int lines = 0;     // long text lines the model was built from
    double spread = 0; // largest minus smallest shift across the text, pixels
    double bend = 0;   // how much the lines bend (the shift without its linear part), pixels

    float shiftAt(double x, double y) const; // bilinear
    QPointF toCurled(QPointF flat) const;    // a point of the flattened page on the page it was built from
    QPointF toFlat(QPointF curled) const;    // the inverse (a few fixed-point steps)
};

// The page's curl measured on a deskewed binary page (text upright), or
// nothing when the page has too few long text lines to tell or when its lines
// do not bend enough to be worth moving pixels for (a flat page): the lines
// must bend by at least max(3 px, 0.35 x markHeight) somewhere. markHeight is
// the median height of the page's marks (0: unknown).
std::optional<CurlModel> measureCurl(const Pix* binary, double markHeight);

// The page with its curl removed: 1, 8 or 32 bpp in, the same size and depth
// out (pixels brought in from outside the page are white).
PixPtr flattenCurl(const Pix* image, const CurlModel& model);

} // namespace sohoa::imaging
