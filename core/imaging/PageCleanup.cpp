#include "imaging/PageCleanup.h"

#include <QCoreApplication>

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>

namespace sohoa::imaging {

namespace {

constexpr double kPi = 3.14159265358979323846;

QString tr(const char* text)
{
    return QCoreApplication::translate("sohoa::imaging", text);
}

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

PixPtr despeckled(Pix* binary, int dpi)
{
    // Marks no bigger than ~0.17 mm in both directions are dust or scanner noise;
    // the smallest Vietnamese mark (the dot of dấu nặng) is larger.
    const int s = std::max(1, int(std::lround(dpi / 150.0)));
    PixPtr out = adopt(pixSelectBySize(binary, s + 1, s + 1, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GTE, nullptr));
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
    PixPtr small = adopt(pixReduceRankBinaryCascade(page.get(), 1, 0, 0, 0));
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

Result<CleanedPage> cleanPage(const Pix* original, int dpi, const CleanupOptions& options,
                              const OrientationFallback& fallback)
{
    quietLeptonica();
    Pix* src = const_cast<Pix*>(original);
    if (!src)
        return makeError(QStringLiteral("imaging.failed"), tr("There is no image to clean up."));
    CleanedPage out;
    out.dpi = dpi > 0 ? dpi : 300;
    out.originalWidth = pixGetWidth(src);
    out.originalHeight = pixGetHeight(src);

    PixPtr norm;
    PixPtr binary;
    int threshold = 0;
    if (pixGetDepth(src) == 1) {
        binary = clonePix(src);
    } else {
        PixPtr grey = toGrey(src);
        if (!grey)
            return makeError(QStringLiteral("imaging.failed"), tr("The page image cannot be converted to grey."));
        // Uneven light, yellowed paper and faded ink: flatten the background first.
        norm = adopt(pixBackgroundNormSimple(grey.get(), nullptr, nullptr));
        if (!norm)
            norm = std::move(grey); // a uniform page (all black or all white) has no background to estimate
        threshold = inkThreshold(norm.get());
        binary = adopt(pixThresholdToBinary(norm.get(), threshold));
    }
    if (!binary)
        return makeError(QStringLiteral("imaging.failed"), tr("The page image cannot be binarised."));
    if (options.despeckle)
        binary = despeckled(binary.get(), out.dpi);

    const Marks marks = measureMarks(binary.get(), out.dpi);
    out.inkRatio = marks.inkRatio;
    out.textComponents = marks.textComponents;
    out.blank = marks.textComponents < 3 && marks.inkRatio < 0.002;
    if (out.blank) {
        out.binary = std::move(binary);
        return out;
    }

    int quads = 0;
    if (options.detectOrientation && marks.textComponents >= 20) {
        const OrientationGuess guess = guessOrientation(binary.get(), out.dpi);
        quads = guess.quads;
        out.orientationSure = guess.sure;
        if (!guess.sure && fallback) {
            if (const std::optional<int> second = fallback(binary.get(), out.dpi)) {
                quads = *second & 3;
                out.orientationSure = true;
            } else {
                quads = 0; // unsure either way: leave the page as scanned
            }
        } else if (!guess.sure) {
            quads = 0;
        }
    }
    QTransform toOriginal = unturn(quads, out.originalWidth, out.originalHeight);
    if (quads) {
        binary = adopt(pixRotateOrth(binary.get(), quads));
        if (norm)
            norm = adopt(pixRotateOrth(norm.get(), quads));
        if (!binary)
            return makeError(QStringLiteral("imaging.failed"), tr("The page image cannot be turned."));
    }
    out.rotation = quads * 90;

    if (options.deskew) {
        PixPtr page = toAbout150Dpi(binary.get(), out.dpi);
        l_float32 angle = 0, conf = 0;
        if (page && pixFindSkewSweepAndSearch(page.get(), &angle, &conf, 1, 1, float(options.maxSkewDegrees), 1.f,
                                              0.01f) == 0
            && conf >= 3.0f && std::fabs(angle) >= 0.1f && std::fabs(angle) <= options.maxSkewDegrees) {
            const float radians = float(angle * kPi / 180.0);
            PixPtr turned;
            if (norm) {
                // Rotate the grey page (area mapping keeps strokes smooth), then threshold again.
                PixPtr g = adopt(pixRotate(norm.get(), radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
                if (g)
                    turned = adopt(pixThresholdToBinary(g.get(), threshold));
                if (turned && options.despeckle)
                    turned = despeckled(turned.get(), out.dpi);
            } else {
                turned = adopt(pixRotate(binary.get(), radians, L_ROTATE_SHEAR, L_BRING_IN_WHITE, 0, 0));
            }
            if (turned) {
                binary = std::move(turned);
                out.skew = angle;
                const double cx = pixGetWidth(binary.get()) / 2.0;
                const double cy = pixGetHeight(binary.get()) / 2.0;
                // Leptonica turns clockwise for positive angles about the centre; undo that.
                QTransform unskew;
                unskew.translate(cx, cy);
                unskew.rotate(-angle);
                unskew.translate(-cx, -cy);
                toOriginal = unskew * toOriginal;
            }
        }
    }
    pixSetResolution(binary.get(), out.dpi, out.dpi);
    out.binary = std::move(binary);
    out.toOriginal = toOriginal;
    return out;
}

} // namespace sohoa::imaging
