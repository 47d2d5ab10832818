#include "core/imaging/PageCapture.h"

#include <QPolygonF>
#include <algorithm>
#include <array>
#include <cmath>
#include <leptonica/allheaders.h>
#include <vector>

namespace sohoa::imaging {

namespace {

struct Rgb {
    double r = 0, g = 0, b = 0;
};

double luminance(const Rgb& c)
{
    return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
}

double project(const InkProjection& p, const Rgb& c)
{
    return p.red * c.r + p.green * c.g + p.blue * c.b;
}

// Up to ~`target` pixels of a 32 bpp image, spread evenly over it.
std::vector<Rgb> samplePixels(Pix* rgb, int target)
{
    std::vector<Rgb> out;
    const int w = pixGetWidth(rgb), h = pixGetHeight(rgb);
    if (w <= 0 || h <= 0)
        return out;
    const int step = std::max(1, int(std::sqrt(double(w) * h / target)));
    const l_uint32* data = pixGetData(rgb);
    const int wpl = pixGetWpl(rgb);
    out.reserve(size_t(w / step + 1) * size_t(h / step + 1));
    for (int y = step / 2; y < h; y += step) {
        const l_uint32* line = data + size_t(y) * wpl;
        for (int x = step / 2; x < w; x += step) {
            l_int32 r = 0, g = 0, b = 0;
            extractRGBValues(line[x], &r, &g, &b);
            out.push_back({double(r), double(g), double(b)});
        }
    }
    return out;
}

InkProjection mix(double r, double g, double b, bool lum = false)
{
    InkProjection p;
    p.red = r;
    p.green = g;
    p.blue = b;
    p.luminance = lum;
    return p;
}

} // namespace

InkProjection chooseInkProjection(const Pix* image)
{
    quietLeptonica();
    InkProjection lum;
    Pix* pix = const_cast<Pix*>(image);
    if (!pix || pixGetDepth(pix) != 32)
        return lum;
    std::vector<Rgb> samples = samplePixels(pix, 60000);
    if (samples.size() < 1000)
        return lum;
    std::vector<double> l(samples.size());
    for (size_t i = 0; i < samples.size(); ++i)
        l[i] = luminance(samples[i]);
    std::vector<double> sorted = l;
    std::sort(sorted.begin(), sorted.end());
    auto pct = [&](double q) { return sorted[std::min(sorted.size() - 1, size_t(q * sorted.size()))]; };
    // Ink: the darkest few per cent of the page; the rest (away from the
    // ink's anti-aliased edges) is paper and print. A good view keeps the ink
    // far below the paper and brings even the darkest print close to it.
    const double inkTo = pct(0.03), restFrom = pct(0.12);
    if (pct(0.5) - inkTo < 40)
        return lum; // no ink to keep apart from anything
    std::vector<const Rgb*> ink, rest;
    for (size_t i = 0; i < samples.size(); ++i) {
        if (l[i] <= inkTo)
            ink.push_back(&samples[i]);
        else if (l[i] >= restFrom)
            rest.push_back(&samples[i]);
    }
    if (ink.size() < 50 || rest.size() < 500)
        return lum;
    // Is there colour at all? Grey pages (or colour scans of black on white)
    // keep the luminance: one channel alone is only noisier.
    double saturation = 0;
    for (const Rgb* s : rest)
        saturation += std::max({s->r, s->g, s->b}) - std::min({s->r, s->g, s->b});
    saturation /= double(rest.size());
    InkProjection best = mix(0.299, 0.587, 0.114, true);
    std::vector<double> values(rest.size());
    auto residual = [&](InkProjection& p) {
        double inkV = 0;
        for (const Rgb* s : ink)
            inkV += project(p, *s);
        inkV /= double(ink.size());
        for (size_t i = 0; i < rest.size(); ++i)
            values[i] = project(p, *rest[i]);
        const size_t mid = values.size() / 2, dark = values.size() / 10;
        std::nth_element(values.begin(), values.begin() + mid, values.end());
        const double paperV = values[mid];
        std::nth_element(values.begin(), values.begin() + dark, values.begin() + mid);
        const double printV = values[dark];
        const double contrast = paperV - inkV;
        if (contrast < 30)
            return 1e9; // this view loses the ink
        p.printResidual = std::max(0.0, paperV - printV) / contrast;
        return p.printResidual;
    };
    const double lumScore = residual(best);
    if (saturation < 4)
        return best;
    const InkProjection candidates[] = {mix(1, 0, 0),     mix(0, 1, 0),     mix(0, 0, 1),
                                        mix(0.5, 0.5, 0), mix(0.5, 0, 0.5), mix(0, 0.5, 0.5),
                                        mix(0.7, 0.3, 0), mix(0.7, 0, 0.3)};
    double bestScore = lumScore;
    for (InkProjection c : candidates) {
        const double s = residual(c);
        if (s < bestScore) {
            bestScore = s;
            best = c;
        }
    }
    // A channel mix is noisier than luminance (JPEG keeps colour at half
    // resolution): take it only when it clearly lightens the print.
    if (!best.luminance && !(bestScore < 0.75 * lumScore && lumScore - bestScore > 0.015)) {
        best = mix(0.299, 0.587, 0.114, true);
        residual(best);
    }
    return best;
}

PixPtr projectInk(const Pix* image, const InkProjection& p)
{
    quietLeptonica();
    Pix* pix = const_cast<Pix*>(image);
    if (!pix)
        return {};
    if (pixGetDepth(pix) != 32)
        return adopt(pixConvertTo8(pix, 0));
    if (p.luminance)
        return adopt(pixConvertRGBToLuminance(pix));
    return adopt(pixConvertRGBToGray(pix, float(p.red), float(p.green), float(p.blue)));
}

namespace {

struct Feature {
    float l = 0, cr = 0, cb = 0;
};

float featureDistance(const Feature& a, const Feature& b)
{
    const float dl = a.l - b.l, dr = a.cr - b.cr, db = a.cb - b.cb;
    return dl * dl + dr * dr + db * db;
}

// Brightness and chromaticity of each pixel of the small picture.
std::vector<Feature> pixelFeatures(Pix* s, bool colour, int w, int h)
{
    std::vector<Feature> features(size_t(w) * h);
    l_uint32* src = pixGetData(s);
    const int swpl = pixGetWpl(s);
    for (int y = 0; y < h; ++y) {
        l_uint32* sl = src + size_t(y) * swpl;
        for (int x = 0; x < w; ++x) {
            Feature& f = features[size_t(y) * w + x];
            if (colour) {
                l_int32 r = 0, g = 0, b = 0;
                extractRGBValues(sl[x], &r, &g, &b);
                f.l = 0.299f * r + 0.587f * g + 0.114f * b;
                f.cr = 300.f * (r - g) / (f.l + 20.f);
                f.cb = 300.f * (g - b) / (f.l + 20.f);
            } else {
                f.l = float(GET_DATA_BYTE(sl, x));
            }
        }
    }
    return features;
}

// Page against desk: two clusters of brightness and chromaticity, seeded
// with the middle of the photo (page) and its border (desk). Chromaticity
// counts three times, so that a shadow on the page (darker, same hue)
// stays page while a grey or wooden desk does not. Where each pixel lies between
// desk (0) and page (1), or nullopt when the photo shows no page on a desk.
std::optional<std::vector<float>> pageDeskPosition(const std::vector<Feature>& features, int w, int h)
{
    Feature pageC, deskC;
    {
        double pl = 0, pr = 0, pb = 0, dl = 0, dr = 0, db = 0;
        long pn = 0, dn = 0;
        const int band = std::max(2, std::min(w, h) / 25);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const Feature& f = features[size_t(y) * w + x];
                if (x >= w / 3 && x < 2 * w / 3 && y >= h / 3 && y < 2 * h / 3) {
                    pl += f.l, pr += f.cr, pb += f.cb, ++pn;
                } else if (x < band || y < band || x >= w - band || y >= h - band) {
                    dl += f.l, dr += f.cr, db += f.cb, ++dn;
                }
            }
        if (!pn || !dn)
            return std::nullopt;
        pageC = {float(pl / pn), float(pr / pn), float(pb / pn)};
        deskC = {float(dl / dn), float(dr / dn), float(db / dn)};
    }
    if (featureDistance(pageC, deskC) < 25.f * 25.f)
        return std::nullopt; // the border looks like the page: a scan, or a photo of the page alone
    for (int iteration = 0; iteration < 8; ++iteration) {
        double sums[2][3] = {};
        long counts[2] = {};
        for (const Feature& f : features) {
            const int k = featureDistance(f, pageC) <= featureDistance(f, deskC) ? 0 : 1;
            sums[k][0] += f.l, sums[k][1] += f.cr, sums[k][2] += f.cb;
            ++counts[k];
        }
        if (!counts[0] || !counts[1])
            return std::nullopt;
        pageC = {float(sums[0][0] / counts[0]), float(sums[0][1] / counts[0]), float(sums[0][2] / counts[0])};
        deskC = {float(sums[1][0] / counts[1]), float(sums[1][1] / counts[1]), float(sums[1][2] / counts[1])};
    }
    if (pageC.l < deskC.l)
        return std::nullopt; // paper is the brighter of the two
    // A shadow on the page lowers the position gradually; the page's edge is a step.
    const float dl = pageC.l - deskC.l, dr = pageC.cr - deskC.cr, db = pageC.cb - deskC.cb;
    const float norm2 = dl * dl + dr * dr + db * db;
    std::vector<float> t(features.size());
    for (size_t i = 0; i < features.size(); ++i) {
        const Feature& f = features[i];
        t[i] = ((f.l - deskC.l) * dl + (f.cr - deskC.cr) * dr + (f.cb - deskC.cb) * db) / norm2;
    }
    return t;
}

struct Line {
    double slope = 0, offset = 0; // across = slope * along + offset
    bool found = false;
};

// A straight line through a side's points, robust to the ones that hit something else.
Line fitSide(const std::vector<std::pair<double, double>>& points, int lines, int length, bool fromStart)
{
    Line fit;
    std::vector<std::pair<double, double>> inliers = points;
    for (int round = 0; round < 4 && inliers.size() >= 8; ++round) {
        double sa = 0, sc = 0, saa = 0, sac = 0;
        for (const auto& [along, across] : inliers) {
            sa += along, sc += across, saa += along * along, sac += along * across;
        }
        const double n = double(inliers.size());
        const double den = n * saa - sa * sa;
        if (std::fabs(den) < 1e-9)
            break;
        fit.slope = (n * sac - sa * sc) / den;
        fit.offset = (sc - fit.slope * sa) / n;
        std::vector<double> residuals;
        residuals.reserve(points.size());
        for (const auto& [along, across] : points)
            residuals.push_back(std::fabs(across - (fit.slope * along + fit.offset)));
        std::vector<double> sorted = residuals;
        std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
        const double limit = std::max(1.5, 2.5 * sorted[sorted.size() / 2]);
        inliers.clear();
        for (size_t i = 0; i < points.size(); ++i)
            if (residuals[i] <= limit)
                inliers.push_back(points[i]);
    }
    // A side is found when a good part of the scan lines agree on it and it is not steep.
    fit.found = inliers.size() >= size_t(0.3 * lines) && std::fabs(fit.slope) < 0.35;
    if (!fit.found) {
        fit.slope = 0;
        fit.offset = fromStart ? 0 : length;
    }
    return fit;
}

// Each side of the page: scanning inwards from the photo's edge along
// every row (left, right) or column (top, bottom), the first clear step
// from desk to page; a straight line fitted through those points, robust
// to the ones that hit something else (glare, a stamp, a bent corner).
Line sideLine(const std::vector<float>& t, int w, int h, bool rows, bool fromStart)
{
    const int lines = rows ? h : w;  // scan lines
    const int length = rows ? w : h; // positions along each scan line
    auto value = [&](int line, int pos) {
        pos = std::clamp(pos, 0, length - 1);
        return rows ? t[size_t(line) * w + pos] : t[size_t(pos) * w + line];
    };
    std::vector<std::pair<double, double>> points; // (along = line, across = position)
    for (int line = 0; line < lines; ++line) {
        for (int k = 2; k < int(length * 0.45); ++k) {
            const int pos = fromStart ? k : length - 1 - k;
            const int dir = fromStart ? 1 : -1;
            const float step = value(line, pos + 2 * dir) - value(line, pos - 2 * dir);
            if (step < 0.3f)
                continue;
            float before = 0;
            for (int d = 3; d <= 8; ++d)
                before += value(line, pos - d * dir);
            if (before / 6 > 0.35f)
                break; // already on the page here: the page reaches the photo's edge
            // The strongest step close by.
            int bestPos = pos;
            float bestStep = step;
            for (int d = 1; d <= 3; ++d) {
                const int p2 = pos + d * dir;
                const float s2 = value(line, p2 + 2 * dir) - value(line, p2 - 2 * dir);
                if (s2 > bestStep) {
                    bestStep = s2;
                    bestPos = p2;
                }
            }
            points.emplace_back(line + 0.5, bestPos + (fromStart ? 0.0 : 1.0));
            break;
        }
    }
    return fitSide(points, lines, length, fromStart);
}

// A bent page's sides are not straight near its corners (curl lifts them):
// the corner is the page's outermost point near where the lines meet.
void snapCorners(PageQuad& q, const std::vector<float>& t, int w, int h)
{
    const int reach = std::max(4, std::max(w, h) / 12);
    const int signX[4] = {-1, 1, 1, -1}, signY[4] = {-1, -1, 1, 1};
    for (int i = 0; i < 4; ++i) {
        const int cx = int(std::lround(q[i].x())), cy = int(std::lround(q[i].y()));
        double best = -1e9;
        QPointF found = q[i];
        for (int y = std::max(0, cy - reach); y < std::min(h, cy + reach); ++y)
            for (int x = std::max(0, cx - reach); x < std::min(w, cx + reach); ++x) {
                if (t[size_t(y) * w + x] < 0.5f)
                    continue;
                const double score = signX[i] * x + signY[i] * y;
                if (score > best) {
                    best = score;
                    found = QPointF(x + (signX[i] > 0 ? 1 : 0), y + (signY[i] > 0 ? 1 : 0));
                }
            }
        if (best > -1e9)
            q[i] = found;
    }
}

// A page is a convex quadrilateral of some size and near-rectangular shape, not a sliver,
// and one that does not already fill the photo (nothing to gain then).
bool worthTakingAsPage(const PageQuad& q, int W, int H)
{
    const double topLen = QLineF(q[0], q[1]).length(), bottomLen = QLineF(q[3], q[2]).length();
    const double leftLen = QLineF(q[0], q[3]).length(), rightLen = QLineF(q[1], q[2]).length();
    const double area =
        0.5 *
        std::fabs((q[0].x() * q[1].y() - q[1].x() * q[0].y()) + (q[1].x() * q[2].y() - q[2].x() * q[1].y()) +
                  (q[2].x() * q[3].y() - q[3].x() * q[2].y()) + (q[3].x() * q[0].y() - q[0].x() * q[3].y()));
    if (std::min({topLen, bottomLen, leftLen, rightLen}) < 0.25 * std::max(W, H) ||
        std::min(topLen, bottomLen) < 0.7 * std::max(topLen, bottomLen) ||
        std::min(leftLen, rightLen) < 0.7 * std::max(leftLen, rightLen))
        return false;
    return !(area > 0.93 * double(W) * H);
}

} // namespace

std::optional<PageQuad> findPhotographedPage(const Pix* image)
{
    quietLeptonica();
    Pix* pix = const_cast<Pix*>(image);
    if (!pix || (pixGetDepth(pix) != 32 && pixGetDepth(pix) != 8))
        return std::nullopt;
    const int W = pixGetWidth(pix), H = pixGetHeight(pix);
    if (W < 200 || H < 200)
        return std::nullopt;
    const double factor = 480.0 / std::max(W, H);
    PixPtr small = adopt(pixScale(pix, float(factor), float(factor)));
    if (!small)
        return std::nullopt;
    const int w = pixGetWidth(small.get()), h = pixGetHeight(small.get());
    // Text and the desk's grain would speckle the split: close (text is dark
    // and thin at this scale) and smooth first.
    if (PixPtr closed = adopt(pixGetDepth(small.get()) == 32 ? pixColorMorph(small.get(), L_MORPH_CLOSE, 5, 5)
                                                             : pixCloseGray(small.get(), 5, 5)))
        small = std::move(closed);
    if (PixPtr smooth = adopt(pixBlockconv(small.get(), 1, 1)))
        small = std::move(smooth);
    const bool colour = pixGetDepth(small.get()) == 32;
    const std::optional<std::vector<float>> position =
        pageDeskPosition(pixelFeatures(small.get(), colour, w, h), w, h);
    if (!position)
        return std::nullopt;
    const std::vector<float>& t = *position;
    const Line left = sideLine(t, w, h, true, true), right = sideLine(t, w, h, true, false);
    const Line top = sideLine(t, w, h, false, true), bottom = sideLine(t, w, h, false, false);
    const int sides = int(left.found) + int(right.found) + int(top.found) + int(bottom.found);
    if (sides < 2)
        return std::nullopt;
    // x = v.slope * y + v.offset meets y = h.slope * x + h.offset.
    auto corner = [](const Line& v, const Line& hz) {
        const double den = 1.0 - v.slope * hz.slope;
        const double x = (v.slope * hz.offset + v.offset) / (std::fabs(den) < 1e-9 ? 1e-9 : den);
        return QPointF(x, hz.slope * x + hz.offset);
    };
    PageQuad q{corner(left, top), corner(right, top), corner(right, bottom), corner(left, bottom)};
    snapCorners(q, t, w, h);
    const double up = 1.0 / factor;
    for (QPointF& p : q)
        p = QPointF(std::clamp(p.x() * up, 0.0, double(W)), std::clamp(p.y() * up, 0.0, double(H)));
    if (!worthTakingAsPage(q, W, H))
        return std::nullopt;
    return q;
}

PixPtr warpPage(const Pix* image, const QTransform& toSource, int width, int height)
{
    quietLeptonica();
    Pix* pix = const_cast<Pix*>(image);
    if (!pix || width <= 0 || height <= 0)
        return {};
    const int depth = pixGetDepth(pix);
    PixPtr source = depth == 32 || depth == 8 ? clonePix(pix) : adopt(pixConvertTo8(pix, 0));
    if (!source)
        return {};
    const double m33 = toSource.m33();
    if (std::fabs(m33) < 1e-12)
        return {};
    // Leptonica's projective coefficients map each destination pixel to its source.
    l_float32 vc[8] = {float(toSource.m11() / m33), float(toSource.m21() / m33), float(toSource.m31() / m33),
                       float(toSource.m12() / m33), float(toSource.m22() / m33), float(toSource.m32() / m33),
                       float(toSource.m13() / m33), float(toSource.m23() / m33)};
    // The result has the source's size: pad the source on the right and at the
    // bottom (which moves no pixel) until the page fits, then crop it out.
    const int sw = pixGetWidth(source.get()), sh = pixGetHeight(source.get());
    const bool colour = pixGetDepth(source.get()) == 32;
    if (width > sw || height > sh)
        source = adopt(pixAddBorderGeneral(source.get(), 0, std::max(0, width - sw), 0,
                                           std::max(0, height - sh), colour ? 0xffffff00 : 255));
    if (!source)
        return {};
    PixPtr full = adopt(colour ? pixProjectiveColor(source.get(), vc, 0xffffff00)
                               : pixProjectiveGray(source.get(), vc, 255));
    if (!full)
        return {};
    Box* box = boxCreate(0, 0, width, height);
    PixPtr out = adopt(pixClipRectangle(full.get(), box, nullptr));
    boxDestroy(&box);
    return out;
}

double photographedAspect(const PageQuad& q, QSizeF imageSize)
{
    using V = std::array<double, 3>;
    auto v = [](QPointF p) { return V{p.x(), p.y(), 1.0}; };
    auto cross = [](const V& a, const V& b) {
        return V{a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    };
    auto dot = [](const V& a, const V& b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; };
    const V m1 = v(q[0]), m2 = v(q[1]), m3 = v(q[3]), m4 = v(q[2]);
    const double d2 = dot(cross(m2, m4), m3), d3 = dot(cross(m3, m4), m2);
    const double top = std::max(QLineF(q[0], q[1]).length(), QLineF(q[3], q[2]).length());
    const double side = std::max(QLineF(q[0], q[3]).length(), QLineF(q[1], q[2]).length());
    const double edgeRatio = side > 0 ? top / side : 1.0;
    if (std::fabs(d2) < 1e-9 || std::fabs(d3) < 1e-9)
        return edgeRatio;
    const double k2 = dot(cross(m1, m4), m3) / d2, k3 = dot(cross(m1, m4), m2) / d3;
    // The page's sides in the camera's frame, up to the focal length.
    V n2, n3;
    for (int i = 0; i < 3; ++i) {
        n2[i] = k2 * m2[i] - m1[i];
        n3[i] = k3 * m3[i] - m1[i];
    }
    const double u0 = imageSize.width() / 2.0, v0 = imageSize.height() / 2.0;
    const double longer = std::max(imageSize.width(), imageSize.height());
    // Both pairs of sides parallel: no perspective, the edges are true.
    if (std::fabs(k2 - 1.0) < 1e-3 && std::fabs(k3 - 1.0) < 1e-3)
        return edgeRatio;
    double f2 = 0;
    if (std::fabs(k2 - 1.0) >= 1e-3 && std::fabs(k3 - 1.0) >= 1e-3)
        f2 = -((n2[0] * n3[0] - (n2[0] * n3[2] + n2[2] * n3[0]) * u0 + n2[2] * n3[2] * u0 * u0) +
               (n2[1] * n3[1] - (n2[1] * n3[2] + n2[2] * n3[1]) * v0 + n2[2] * n3[2] * v0 * v0)) /
             (n2[2] * n3[2]);
    // A focal length no camera has (the quad's vanishing points say too little,
    // or the corners are a little off): a phone's, about 0.8 of the photo's longer side.
    if (!(f2 > 0) || std::sqrt(f2) < 0.3 * longer || std::sqrt(f2) > 5.0 * longer)
        f2 = 0.64 * longer * longer;
    auto norm2 = [&](const V& n) {
        const double x = n[0] - u0 * n[2], y = n[1] - v0 * n[2];
        return (x * x + y * y) / f2 + n[2] * n[2];
    };
    const double a = norm2(n2), b = norm2(n3);
    if (!(a > 0) || !(b > 0))
        return edgeRatio;
    const double ratio = std::sqrt(a / b);
    return ratio > 0.2 && ratio < 5.0 ? ratio : edgeRatio;
}

double pageAspect(const PageQuad& q, QSizeF imageSize)
{
    // Civil-status books, extracts and land certificates are ISO paper (A3, A4,
    // A5: sides in the ratio √2). A photo's estimate that close to it is that
    // paper: the camera's focal length and the corners found are never exact.
    const double estimate = photographedAspect(q, imageSize);
    constexpr double kIso = 1.4142135623730951;
    for (const double iso : {1.0 / kIso, kIso})
        if (std::fabs(estimate / iso - 1.0) < 0.13)
            return iso;
    return estimate;
}

std::optional<RectifiedPage> rectifyPage(const Pix* image, const PageQuad& q)
{
    quietLeptonica();
    Pix* pix = const_cast<Pix*>(image);
    if (!pix)
        return std::nullopt;
    double width = std::max(QLineF(q[0], q[1]).length(), QLineF(q[3], q[2]).length());
    double height = std::max(QLineF(q[0], q[3]).length(), QLineF(q[1], q[2]).length());
    // The longer edge keeps its resolution; the other follows the page's true
    // proportions when the whole page is in the photo (a side the photo cuts
    // off shows part of the page, whose proportions are its own) and they
    // differ from the edges' by more than the corners' precision.
    double aspect = width / height;
    bool whole = true;
    for (const QPointF& corner : q)
        whole = whole && corner.x() > 3 && corner.y() > 3 && corner.x() < pixGetWidth(pix) - 4 &&
                corner.y() < pixGetHeight(pix) - 4;
    if (whole) {
        const double proportions = pageAspect(q, QSizeF(pixGetWidth(pix), pixGetHeight(pix)));
        if (std::fabs(proportions / aspect - 1.0) > 0.02)
            aspect = proportions;
    }
    if (height >= width)
        width = height * aspect;
    else
        height = width / aspect;
    const int w = int(std::lround(width)), h = int(std::lround(height));
    if (w < 16 || h < 16)
        return std::nullopt;
    const QPolygonF rect(QList<QPointF>{QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)});
    const QPolygonF quad(QList<QPointF>(q.begin(), q.end()));
    RectifiedPage out;
    if (!QTransform::quadToQuad(rect, quad, out.toSource))
        return std::nullopt;
    PixPtr warped = warpPage(pix, out.toSource, w, h);
    if (!warped)
        return std::nullopt;
    out.image = std::move(warped);
    return out;
}

double medianMarkHeight(const Pix* binary)
{
    quietLeptonica();
    Pix* pix = const_cast<Pix*>(binary);
    if (!pix || pixGetDepth(pix) != 1)
        return 0;
    Boxa* boxes = pixConnCompBB(pix, 8);
    if (!boxes)
        return 0;
    // Weighted by area, so that dotted leaders and specks (many, but small)
    // do not pull the median below the letters.
    std::vector<std::pair<int, double>> heights;
    double total = 0;
    const int n = boxaGetCount(boxes);
    const int maxH = std::max(8, int(pixGetHeight(pix)) / 20);
    for (int i = 0; i < n; ++i) {
        l_int32 x = 0, y = 0, bw = 0, bh = 0;
        boxaGetBoxGeometry(boxes, i, &x, &y, &bw, &bh);
        // Letters: not specks, not rules or frames, not much wider than tall.
        if (bh >= 3 && bh <= maxH && bw >= 2 && bw <= 3 * bh) {
            heights.emplace_back(bh, double(bw) * bh);
            total += double(bw) * bh;
        }
    }
    boxaDestroy(&boxes);
    if (heights.size() < 30)
        return 0;
    std::sort(heights.begin(), heights.end());
    double acc = 0;
    for (const auto& [h, weight] : heights) {
        acc += weight;
        if (acc >= total / 2)
            return h;
    }
    return heights.back().first;
}

double enlargementFor(double markHeight)
{
    // Measured on devset2 and the real set with the tesseract CLI: marks of 9-13 px
    // read far better enlarged; at 16 px (11 pt at 150 DPI) enlarging no longer helps.
    constexpr double kReadsWell = 15.0;
    constexpr double kTarget = 24.0;
    if (markHeight <= 0 || markHeight >= kReadsWell)
        return 1.0;
    return std::clamp(kTarget / markHeight, 1.0, 3.0);
}

} // namespace sohoa::imaging

namespace sohoa::imaging {

double lightingSpread(const Pix* grey)
{
    quietLeptonica();
    Pix* pix = const_cast<Pix*>(grey);
    if (!pix || pixGetDepth(pix) != 8)
        return 0;
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    // The paper's brightness block by block (the brightest pixel of a block
    // is paper unless the block is all ink), inside the outer margins.
    const int block = std::max(8, std::max(w, h) / 40);
    PixPtr paper = adopt(pixScaleGrayMinMax(pix, block, block, L_CHOOSE_MAX));
    if (!paper)
        return 0;
    const int bw = pixGetWidth(paper.get()), bh = pixGetHeight(paper.get());
    std::vector<int> values;
    for (int y = bh / 10; y < bh - bh / 10; ++y)
        for (int x = bw / 10; x < bw - bw / 10; ++x) {
            l_uint32 v = 0;
            pixGetPixel(paper.get(), x, y, &v);
            values.push_back(int(v));
        }
    if (values.size() < 20)
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() * 9 / 10] - values[values.size() / 10];
}

} // namespace sohoa::imaging
