#pragma once

#include "core/imaging/Pix.h"

#include <QPointF>
#include <QSizeF>
#include <QTransform>
#include <array>
#include <optional>

namespace sohoa::imaging {

// Capture normalisation for paper that was not laid flat on a scanner's glass
// in black on white: security-printed colour backgrounds, phone photos of a
// page on a desk, low resolution. Leptonica throughout; cleanPage() calls it.

// A grey view of a colour page as a weighted sum of its channels, chosen so
// that the ink stays dark while coloured security print, yellowed paper and
// red stamps come out as light as the paper (e.g. the red channel for pink
// guilloche). The weights are learned from the page's own colours: paper (the
// bright majority), ink (the darkest few per cent) and everything else (the
// print), and a channel mix wins over plain luminance only when it makes the
// print clearly lighter relative to the ink.
struct InkProjection {
    double red = 0.299;
    double green = 0.587;
    double blue = 0.114;
    bool luminance = true;    // the plain luminance mix: the page has no colour print to remove
    double printResidual = 0; // how dark the print stays in this view, as a fraction of the ink's contrast
};
InkProjection chooseInkProjection(const Pix* rgb);
// 8 bpp: the projection of a 32 bpp page (a grey page is returned as it is).
PixPtr projectInk(const Pix* image, const InkProjection& projection);

// The four corners of a page photographed on a desk, in the photo's pixels:
// top-left, top-right, bottom-right, bottom-left.
using PageQuad = std::array<QPointF, 4>;

// Finds the page of a photo against the desk, on a 480 px thumbnail (cheap):
// page and desk told apart by brightness and chromaticity (two clusters
// seeded with the photo's middle and its border, so a shadow on the page stays
// page), each side a straight line fitted through the desk-to-page steps along
// the rows or columns (robust to glare and stamps; a side the page cuts off is
// the photo's edge), each corner moved to the page's outermost point near it
// (curl lifts corners off the lines). Nothing when the border looks like the
// page (a scan), fewer than two sides are found, or the page already fills
// the photo.
std::optional<PageQuad> findPhotographedPage(const Pix* image);

// The page inside `quad` made rectangular (perspective removed), at the
// resolution of its longer edges, in the page's proportions (pageAspect) when
// the whole page is in the photo. `toSource` maps the result's pixels back to
// the input's (a projective QTransform).
struct RectifiedPage {
    PixPtr image;
    QTransform toSource;
};
std::optional<RectifiedPage> rectifyPage(const Pix* image, const PageQuad& quad);

// Width over height of the rectangle that `quad` (corners clockwise from the
// top left) shows in a photo of imageSize: the camera's focal length is found
// from the quad's two vanishing points and the photo's centre (Zhang and He,
// whiteboard scanning), or taken as a phone camera's (0.8 of the longer side)
// when one pair of sides stays parallel. The edges' own lengths shrink the
// side the camera looks along (an A4 page tilted away reads 1.25 for 1.41).
double photographedAspect(const PageQuad& quad, QSizeF imageSize);

// The proportions rectifyPage gives the page: photographedAspect, taken as ISO
// paper (√2, portrait or landscape) when it comes within 13 % of it.
double pageAspect(const PageQuad& quad, QSizeF imageSize);

// A width x height image whose pixel p is the input's pixel toSource.map(p)
// (interpolated; white outside the input). 8 or 32 bpp in, same depth out.
PixPtr warpPage(const Pix* image, const QTransform& toSource, int width, int height);

// Median height in pixels of the character-sized marks of a binary page (0
// when there are too few to tell). The marks of Vietnamese text are letters
// with their diacritics, a little taller than the x-height.
double medianMarkHeight(const Pix* binary);

// How much the paper's brightness varies across a grey page (the spread
// between its brighter and darker tenth, 0..255): shadows, a lamp's fall-off,
// curl. A flatbed scan stays within a few levels.
double lightingSpread(const Pix* grey);

// The factor to enlarge a page by so that its marks reach the height Tesseract
// reads best (1 when they already do; at most 3).
double enlargementFor(double markHeight);

} // namespace sohoa::imaging
