#include "core/imaging/PageCleanup.h"

#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <leptonica/allheaders.h>

namespace sohoa::imaging {

namespace {

constexpr double kPi = 3.14159265358979323846;
// Paper brightness varying more than this across the page (lightingSpread)
// calls for a threshold that follows the light.
constexpr double kUnevenLight = 30;
// A photographed page that curls has no single skew: the projection profile's
// peak is broad, so the sweep's confidence stays low even for a clear tilt of a
// few degrees. On such pages (unevenly lit, thresholded locally) a tilt of at
// least a degree is taken at this lower confidence.
constexpr float kCurledSkewConfidence = 1.5f;

// Global Otsu split of the background-normalised page (background ~200).
// Clamped so that a nearly empty page's paper noise does not become "ink".
int inkThreshold(Pix* normalised)
{
    Numa* hist = pixGetGrayHistogram(normalised, 1);
    if (!hist)
        return 130;
    l_int32 split = 129;
    numaSplitDistribution(hist, 0.1f, &split, nullptr, nullptr, nullptr, nullptr, nullptr);
    numaDestroy(&hist);
    return std::clamp(int(split) + 1, 40, 170);
}

// Ink from the background-normalised grey page: the page's global split, or
// when `local`, Sauvola's threshold over windows about two letters wide (half
// width one mark height), which follows light that varies across the page
// (phone photos, faded print). Wider windows (1.5 mark heights) thickened the
// soft strokes of photos until letters merged: devset2's phone photos read
// 74.6 % of fields with them, 76.3 % with these.
PixPtr binarise(Pix* normalised, int threshold, bool local, double markHeight)
{
    if (local) {
        const int half = std::clamp(int(std::lround(markHeight > 0 ? 1.0 * markHeight : 20)), 8, 60);
        Pix* sauvola = nullptr;
        // k = 0.15 (Leptonica suggests ~0.35 for clean scans): phone photos are soft
        // and low in contrast; 0.15 read most words on devset2's and the real photos.
        if (pixSauvolaBinarizeTiled(normalised, half, 0.15f, 1, 1, nullptr, &sauvola) == 0 && sauvola) {
            // Sauvola alone turns paper noise into ink where the page is empty: keep only what
            // is also darker than the paper by some margin.
            PixPtr global = adopt(pixThresholdToBinary(normalised, std::min(threshold + 40, 190)));
            if (global)
                pixAnd(sauvola, sauvola, global.get());
            return adopt(sauvola);
        }
    }
    return adopt(pixThresholdToBinary(normalised, threshold));
}

PixPtr despeckled(Pix* binary, int dpi)
{
    // Marks no bigger than ~0.17 mm in both directions are dust or scanner noise;
    // the smallest Vietnamese mark (the dot of dấu nặng) is larger.
    const int s = std::max(1, int(std::lround(dpi / 150.0)));
    PixPtr out =
        adopt(pixSelectBySize(binary, s + 1, s + 1, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GTE, nullptr));
    return out ? std::move(out) : clonePix(binary);
}

// Reduces a binary page to roughly 150 DPI (what Leptonica's text statistics expect).
PixPtr toAbout150Dpi(Pix* binary, int dpi)
{
    if (dpi >= 250)
        return adopt(pixReduceRankBinaryCascade(binary, 1, 0, 0, 0));
    return clonePix(binary);
}

struct Marks {
    double inkRatio = 0;
    int textComponents = 0;
};

// Ink inside the margins (scanner edges, punch holes and lid shadows live there).
Marks measureMarks(Pix* binary, int dpi)
{
    Marks m;
    const int w = pixGetWidth(binary);
    const int h = pixGetHeight(binary);
    const int mx = w / 20, my = h / 20;
    Box* box = boxCreate(mx, my, w - 2 * mx, h - 2 * my);
    PixPtr inner = adopt(pixClipRectangle(binary, box, nullptr));
    boxDestroy(&box);
    if (!inner)
        return m;
    l_int32 count = 0;
    pixCountPixels(inner.get(), &count, nullptr);
    m.inkRatio = double(count) / (double(pixGetWidth(inner.get())) * pixGetHeight(inner.get()));
    if (m.inkRatio > 0.5)
        return m; // a dark page; not blank whatever its components
    Boxa* boxes = pixConnCompBB(inner.get(), 8);
    if (!boxes)
        return m;
    const int minH = std::max(4, int(dpi * 0.04));
    const int maxH = int(dpi * 0.6);
    const int maxW = dpi;
    const int n = boxaGetCount(boxes);
    for (int i = 0; i < n; ++i) {
        l_int32 bx = 0, by = 0, bw = 0, bh = 0;
        boxaGetBoxGeometry(boxes, i, &bx, &by, &bw, &bh);
        if (bh >= minH && bh <= maxH && bw >= 2 && bw <= maxW)
            ++m.textComponents;
    }
    boxaDestroy(&boxes);
    return m;
}

struct OrientationGuess {
    int quads = 0; // clockwise quarter turns that make the page upright
    bool sure = false;
};

OrientationGuess guessOrientation(Pix* binary, int dpi)
{
    OrientationGuess g;
    PixPtr page = toAbout150Dpi(binary, dpi);
    PixPtr inner;
    if (page) {
        // Inside the margins: a printed frame or rope border runs both ways and
        // blurs the comparison of the two axes. (Up or down is judged on the
        // whole page: cutting lines at the margins misleads the ascender count.)
        const int w = pixGetWidth(page.get()), h = pixGetHeight(page.get());
        Box* box = boxCreate(w / 12, h / 12, w - w / 6, h - h / 6);
        inner = adopt(pixClipRectangle(page.get(), box, nullptr));
        boxDestroy(&box);
    }
    PixPtr small = adopt(pixReduceRankBinaryCascade(inner ? inner.get() : page.get(), 1, 0, 0, 0));
    if (!page || !small)
        return g;
    PixPtr small90 = adopt(pixRotate90(small.get(), 1));
    // Text lines give a sharp projection profile along their direction: compare both axes.
    l_float32 angle = 0, conf = 0, along = 0, across = 0;
    pixFindSkewSweepAndSearchScore(small.get(), &angle, &conf, &along, 1, 1, 0.f, 5.f, 1.f, 0.05f);
    pixFindSkewSweepAndSearchScore(small90.get(), &angle, &conf, &across, 1, 1, 0.f, 5.f, 1.f, 0.05f);
    const bool horizontal = along >= across;
    const double lo = std::max<double>(1e-6, std::min(along, across));
    const double ratio = std::max(along, across) / lo;
    PixPtr level = horizontal ? clonePix(page.get()) : adopt(pixRotate90(page.get(), 1));
    // Ascenders vs descenders tell upright from upside down.
    l_float32 up = 0;
    if (!level || pixUpDownDetect(level.get(), &up, 0, 0, 0) != 0)
        return g;
    g.quads = horizontal ? (up >= 0 ? 0 : 2) : (up >= 0 ? 1 : 3);
    g.sure = ratio >= 1.5 && std::fabs(up) >= 1.0;
    return g;
}

// Maps coordinates of an image turned `quads` clockwise quarter turns back onto
// the unturned image of size w x h (continuous pixel-edge coordinates).
QTransform unturn(int quads, int w, int h)
{
    switch (quads & 3) {
    case 1:
        return QTransform(0, -1, 1, 0, 0, h);
    case 2:
        return QTransform(-1, 0, 0, -1, w, h);
    case 3:
        return QTransform(0, 1, -1, 0, w, 0);
    default:
        return {};
    }
}

} // namespace

PixPtr toGrey(const Pix* image)
{
    quietLeptonica();
    Pix* pix = const_cast<Pix*>(image);
    if (!pix)
        return {};
    switch (pixGetDepth(pix)) {
    case 8:
        return pixGetColormap(pix) ? adopt(pixRemoveColormap(pix, REMOVE_CMAP_TO_GRAYSCALE)) : clonePix(pix);
    case 32:
        return adopt(pixConvertRGBToLuminance(pix));
    default:
        return adopt(pixConvertTo8(pix, 0));
    }
}

namespace {

// The page as cleanPage() prepares it, step by step.
struct PageInProgress {
    PixPtr norm; // the grey page, background flattened (none for a page that came binary)
    PixPtr binary;
    int threshold = 0;
    double localMarkHeight = 0;
    // Maps pixels of the page being prepared onto the original; grows as the
    // page is rectified, enlarged, turned and deskewed.
    QTransform toOriginal;
};

// Small print enlarged: the grey page scaled up (smooth edges), then normalised and thresholded again.
void enlargeSmallPrint(Pix* grey, CleanedPage& out, PageInProgress& w)
{
    out.markHeight = medianMarkHeight(w.binary.get());
    // At most 40 Mpx after enlarging (an A4 page at ~900 DPI): memory and OCR time stay bounded.
    const double pixels = double(pixGetWidth(grey)) * pixGetHeight(grey);
    const double factor = std::min(enlargementFor(out.markHeight), std::sqrt(4.0e7 / std::max(1.0, pixels)));
    if (factor <= 1.1)
        return;
    PixPtr big = adopt(pixScaleGrayLI(grey, float(factor), float(factor)));
    if (!big)
        return;
    PixPtr bigNorm = adopt(pixBackgroundNormSimple(big.get(), nullptr, nullptr));
    if (!bigNorm)
        bigNorm = std::move(big);
    PixPtr bigBinary = adopt(pixThresholdToBinary(bigNorm.get(), w.threshold));
    if (!bigBinary)
        return;
    const double sx = double(pixGetWidth(grey)) / pixGetWidth(bigNorm.get());
    const double sy = double(pixGetHeight(grey)) / pixGetHeight(bigNorm.get());
    w.toOriginal = QTransform::fromScale(sx, sy) * w.toOriginal;
    w.norm = std::move(bigNorm);
    w.binary = std::move(bigBinary);
    out.enlargement = factor;
    w.localMarkHeight = out.markHeight * factor;
    out.dpi = int(std::lround(out.dpi * factor));
}

// A grey or colour page made binary: a photographed page rectified, colour print dropped,
// the background flattened, small print enlarged and the ink thresholded.
Result<void> binarisePage(Pix* src, const CleanupOptions& options, CleanedPage& out, PageInProgress& w)
{
    PixPtr work = clonePix(src);
    if (options.rectifyPhotos) {
        if (const std::optional<PageQuad> quad = findPhotographedPage(src)) {
            if (std::optional<RectifiedPage> page = rectifyPage(src, *quad)) {
                work = std::move(page->image);
                w.toOriginal = page->toSource;
                out.photo = true;
                out.pageCorners = *quad;
                // A phone's file says 72 DPI whatever the distance: judge the
                // resolution from the page, taken as A4 (297 mm on its longer side).
                const int longSide = std::max(pixGetWidth(work.get()), pixGetHeight(work.get()));
                out.dpi = std::clamp(int(std::lround(longSide / 11.69)), 50, 600);
            }
        }
    }
    PixPtr grey;
    if (options.removeColourPrint && pixGetDepth(work.get()) == 32) {
        out.ink = chooseInkProjection(work.get());
        grey = projectInk(work.get(), out.ink);
    } else {
        grey = toGrey(work.get());
    }
    work.reset();
    if (grey) {
        out.lightingSpread = lightingSpread(grey.get());
        out.localThreshold = options.localThreshold && (out.photo || out.lightingSpread > kUnevenLight);
    }
    if (!grey)
        return makeError(QStringLiteral("imaging.failed"),
                         Tr::tr("The page image cannot be converted to grey."));
    // Uneven light, yellowed paper and faded ink: flatten the background first.
    w.norm = adopt(pixBackgroundNormSimple(grey.get(), nullptr, nullptr));
    if (!w.norm)
        w.norm =
            clonePix(grey.get()); // a uniform page (all black or all white) has no background to estimate
    w.threshold = inkThreshold(w.norm.get());
    w.binary = adopt(pixThresholdToBinary(w.norm.get(), w.threshold));
    if (w.binary && options.enlargeSmallPrint)
        enlargeSmallPrint(grey.get(), out, w);
    if (w.localMarkHeight <= 0)
        w.localMarkHeight = out.markHeight;
    if (out.localThreshold) {
        if (PixPtr ink = binarise(w.norm.get(), w.threshold, true, w.localMarkHeight))
            w.binary = std::move(ink);
    }
    return {};
}

// The page turned upright by quarter turns when its orientation is known (sure by the marks,
// or by the fallback's second opinion).
Result<void> turnUpright(const CleanupOptions& options, const OrientationFallback& fallback,
                         int textComponents, CleanedPage& out, PageInProgress& w)
{
    int quads = 0;
    if (options.detectOrientation && textComponents >= 20) {
        const OrientationGuess guess = guessOrientation(w.binary.get(), out.dpi);
        quads = guess.quads;
        out.orientationSure = guess.sure;
        if (!guess.sure && fallback) {
            if (const std::optional<int> second = fallback(w.binary.get(), out.dpi)) {
                quads = *second & 3;
                out.orientationSure = true;
            } else {
                quads = 0; // unsure either way: leave the page as scanned
            }
        } else if (!guess.sure) {
            quads = 0;
        }
    }
    w.toOriginal = unturn(quads, pixGetWidth(w.binary.get()), pixGetHeight(w.binary.get())) * w.toOriginal;
    if (quads) {
        w.binary = adopt(pixRotateOrth(w.binary.get(), quads));
        if (w.norm)
            w.norm = adopt(pixRotateOrth(w.norm.get(), quads));
        if (!w.binary)
            return makeError(QStringLiteral("imaging.failed"), Tr::tr("The page image cannot be turned."));
    }
    out.rotation = quads * 90;
    return {};
}

// The skew found and undone: the grey page rotated and thresholded again when there is one.
void deskewPage(const CleanupOptions& options, CleanedPage& out, PageInProgress& w)
{
    PixPtr page = toAbout150Dpi(w.binary.get(), out.dpi);
    l_float32 angle = 0, conf = 0;
    if (!(page &&
          pixFindSkewSweepAndSearch(page.get(), &angle, &conf, 1, 1, float(options.maxSkewDegrees), 1.f,
                                    0.01f) == 0 &&
          (conf >= 3.0f ||
           (out.localThreshold && conf >= kCurledSkewConfidence && std::fabs(angle) >= 1.0f)) &&
          std::fabs(angle) >= 0.1f && std::fabs(angle) <= options.maxSkewDegrees))
        return;
    const float radians = float(angle * kPi / 180.0);
    PixPtr turned;
    if (w.norm) {
        // Rotate the grey page (area mapping keeps strokes smooth), then threshold again.
        PixPtr g = adopt(pixRotate(w.norm.get(), radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
        if (g)
            turned = binarise(g.get(), w.threshold, out.localThreshold, w.localMarkHeight);
        if (turned && options.despeckle)
            turned = despeckled(turned.get(), out.dpi);
    } else {
        turned = adopt(pixRotate(w.binary.get(), radians, L_ROTATE_SHEAR, L_BRING_IN_WHITE, 0, 0));
    }
    if (!turned)
        return;
    w.binary = std::move(turned);
    out.skew = angle;
    const double cx = pixGetWidth(w.binary.get()) / 2.0;
    const double cy = pixGetHeight(w.binary.get()) / 2.0;
    // Leptonica turns clockwise for positive angles about the centre; undo that.
    QTransform unskew;
    unskew.translate(cx, cy);
    unskew.rotate(-angle);
    unskew.translate(-cx, -cy);
    w.toOriginal = unskew * w.toOriginal;
}

} // namespace

Result<CleanedPage> cleanPage(const Pix* original, int dpi, const CleanupOptions& options,
                              const OrientationFallback& fallback)
{
    quietLeptonica();
    Pix* src = const_cast<Pix*>(original);
    if (!src)
        return makeError(QStringLiteral("imaging.failed"), Tr::tr("There is no image to clean up."));
    CleanedPage out;
    out.dpi = dpi > 0 ? dpi : 300;
    out.originalDpi = out.dpi;
    out.originalWidth = pixGetWidth(src);
    out.originalHeight = pixGetHeight(src);

    PageInProgress w;
    if (pixGetDepth(src) == 1)
        w.binary = clonePix(src);
    else
        SOHOA_TRY(binarisePage(src, options, out, w));
    if (!w.binary)
        return makeError(QStringLiteral("imaging.failed"), Tr::tr("The page image cannot be binarised."));
    if (options.despeckle)
        w.binary = despeckled(w.binary.get(), out.dpi);

    const Marks marks = measureMarks(w.binary.get(), out.dpi);
    out.inkRatio = marks.inkRatio;
    out.textComponents = marks.textComponents;
    out.blank = marks.textComponents < 3 && marks.inkRatio < 0.002;
    if (out.blank) {
        out.binary = std::move(w.binary);
        out.toOriginal = w.toOriginal;
        return out;
    }
    SOHOA_TRY(turnUpright(options, fallback, marks.textComponents, out, w));
    if (options.deskew)
        deskewPage(options, out, w);
    // Curl: only on a photographed page whose outline was found and its
    // perspective removed. A flatbed scan is flat. On a photo whose page was
    // not found the perspective is still there, and a vertical disparity
    // model takes converging lines for curl; and flattening such a page
    // (measured on a real certificate) gave Tesseract more words but a
    // geometry on the original that the extractor joined into wrong rows.
    if (options.flattenCurl && out.photo) {
        const double letters = w.localMarkHeight > 0 ? w.localMarkHeight : out.markHeight;
        if (std::optional<CurlModel> model = measureCurl(w.binary.get(), letters)) {
            if (PixPtr flat = flattenCurl(w.binary.get(), *model)) {
                w.binary = std::move(flat);
                out.curl = std::make_shared<const CurlModel>(std::move(*model));
            }
        }
    }
    pixSetResolution(w.binary.get(), out.dpi, out.dpi);
    out.binary = std::move(w.binary);
    out.toOriginal = w.toOriginal;
    return out;
}

QRectF mapToOriginal(const CleanedPage& page, const QRectF& box)
{
    if (!page.curl)
        return page.toOriginal.mapRect(box);
    // The box moves with the curl at its middle and keeps its height: a word's
    // box on the original stays as tall as its letters (a box stretched over
    // the curl's slope would reach into the lines above and below it, and
    // rows of words would run together), and its middle is on the word.
    return page.toOriginal.mapRect(box.translated(page.curl->toCurled(box.center()) - box.center()));
}

QPolygonF mapFromOriginal(const CleanedPage& page, const QPolygonF& area)
{
    bool invertible = false;
    const QTransform toCleaned = page.toOriginal.inverted(&invertible);
    if (!invertible)
        return {};
    QPolygonF out = toCleaned.map(area);
    if (page.curl)
        for (QPointF& p : out)
            p = page.curl->toFlat(p);
    return out;
}

PixPtr correctedView(const Pix* original, const CleanedPage& page)
{
    quietLeptonica();
    if (!original || !page.binary)
        return {};
    return warpPage(original, page.toOriginal, pixGetWidth(page.binary.get()),
                    pixGetHeight(page.binary.get()));
}

} // namespace sohoa::imaging
