#include "core/imaging/PageCurl.h"

#include <algorithm>
#include <cmath>
#include <leptonica/allheaders.h>

namespace sohoa::imaging {

namespace {

// Grid spacing of the disparity model (Leptonica's default sampling).
constexpr int kSampling = 30;
// Lines shorter than this part of the longest are left out: Leptonica fits
// each line with a quadratic across the whole page width, and a short line's
// fit runs away beyond its ends. (Leptonica's own page model keeps only lines
// of 0.8 of the longest, which on a form leaves three or four: labels and
// values are short.)
constexpr double kLongLine = 0.5;
// Fewer long lines than this say too little about the page's shape.
constexpr int kMinLines = 6;
// The model is not believed when it moves pixels by more than this part of
// the page's height: a misfit, not a page.
constexpr double kMaxSpread = 0.08;

struct LineSpan {
    double x0 = 0, x1 = 0, midY = 0;
};

LineSpan spanOf(Pta* pta)
{
    LineSpan s;
    const int n = ptaGetCount(pta);
    if (n <= 0)
        return s;
    l_float32 x = 0, y = 0;
    ptaGetPt(pta, 0, &x, &y);
    s.x0 = x;
    ptaGetPt(pta, n - 1, &x, &y);
    s.x1 = x;
    ptaGetPt(pta, n / 2, &x, &y);
    s.midY = y;
    if (s.x1 < s.x0)
        std::swap(s.x0, s.x1);
    return s;
}

struct DewarpaDeleter {
    void operator()(L_Dewarpa* d) const { dewarpaDestroy(&d); }
};
struct PtaaDeleter {
    void operator()(Ptaa* p) const { ptaaDestroy(&p); }
};

} // namespace

float CurlModel::shiftAt(double x, double y) const
{
    if (columns <= 0 || rows <= 0 || shift.empty())
        return 0.f;
    const double gx = std::clamp(x / step, 0.0, double(columns - 1));
    const double gy = std::clamp(y / step, 0.0, double(rows - 1));
    const int x0 = std::min(int(gx), columns - 1), y0 = std::min(int(gy), rows - 1);
    const int x1 = std::min(x0 + 1, columns - 1), y1 = std::min(y0 + 1, rows - 1);
    const double fx = gx - x0, fy = gy - y0;
    auto at = [&](int cx, int cy) { return double(shift[size_t(cy) * columns + cx]); };
    const double top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx;
    const double bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
    return float(top * (1 - fy) + bottom * fy);
}

QPointF CurlModel::toCurled(QPointF flat) const
{
    return QPointF(flat.x(), flat.y() - shiftAt(flat.x(), flat.y()));
}

QPointF CurlModel::toFlat(QPointF curled) const
{
    // y_flat - shift(x, y_flat) = y_curled: the shift changes slowly along y
    // (a pixel per tens of pixels), so the fixed point converges in a few steps.
    double y = curled.y();
    for (int i = 0; i < 6; ++i)
        y = curled.y() + shiftAt(curled.x(), y);
    return QPointF(curled.x(), y);
}

std::optional<CurlModel> measureCurl(const Pix* binary, double markHeight)
{
    quietLeptonica();
    Pix* pix = const_cast<Pix*>(binary);
    if (!pix || pixGetDepth(pix) != 1)
        return std::nullopt;
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    if (w < 4 * kSampling || h < 4 * kSampling)
        return std::nullopt;
    std::unique_ptr<Ptaa, PtaaDeleter> centres(dewarpGetTextlineCenters(pix, 0));
    if (!centres)
        return std::nullopt;
    const int n = ptaaGetCount(centres.get());
    double longest = 0;
    for (int i = 0; i < n; ++i) {
        Pta* pta = ptaaGetPta(centres.get(), i, L_CLONE);
        const LineSpan s = spanOf(pta);
        ptaDestroy(&pta);
        longest = std::max(longest, s.x1 - s.x0);
    }
    if (longest < 0.3 * w)
        return std::nullopt; // no line runs across the page: a table of short cells, a sketch
    std::unique_ptr<Ptaa, PtaaDeleter> kept(ptaaCreate(n));
    double left = w, right = 0, top = h, bottom = 0;
    for (int i = 0; i < n; ++i) {
        Pta* pta = ptaaGetPta(centres.get(), i, L_CLONE);
        const LineSpan s = spanOf(pta);
        if (s.x1 - s.x0 >= kLongLine * longest && ptaGetCount(pta) >= 3) {
            ptaaAddPta(kept.get(), pta, L_COPY);
            left = std::min(left, s.x0);
            right = std::max(right, s.x1);
            top = std::min(top, s.midY);
            bottom = std::max(bottom, s.midY);
        }
        ptaDestroy(&pta);
    }
    const int lines = ptaaGetCount(kept.get());
    if (lines < kMinLines || bottom - top < 0.15 * h)
        return std::nullopt;

    std::unique_ptr<L_Dewarpa, DewarpaDeleter> dewa(dewarpaCreate(1, kSampling, 1, kMinLines, 0));
    if (!dewa)
        return std::nullopt;
    dewarpaUseBothArrays(dewa.get(), 0);
    L_Dewarp* dew = dewarpCreate(pix, 0);
    if (!dew)
        return std::nullopt;
    dewarpaInsertDewarp(dewa.get(), dew); // owned by dewa from here
    if (dewarpFindVertDisparity(dew, kept.get(), 0) != 0 || !dew->vsuccess || !dew->sampvdispar)
        return std::nullopt;

    l_int32 nx = 0, ny = 0;
    fpixGetDimensions(dew->sampvdispar, &nx, &ny);
    if (nx < 2 || ny < 2)
        return std::nullopt;
    CurlModel m;
    m.width = w;
    m.height = h;
    m.step = kSampling;
    m.columns = nx;
    m.rows = ny;
    m.lines = lines;
    m.shift.resize(size_t(nx) * ny);
    // Held at the outermost lines' values beyond them (left/right: the
    // lines' ends; top/bottom: the first and last line).
    auto clampIndex = [](double v, int count) { return std::clamp(int(std::lround(v)), 0, count - 1); };
    const int cx0 = clampIndex(left / kSampling, nx), cx1 = clampIndex(right / kSampling, nx);
    const int cy0 = clampIndex(top / kSampling, ny), cy1 = clampIndex(bottom / kSampling, ny);
    for (int gy = 0; gy < ny; ++gy)
        for (int gx = 0; gx < nx; ++gx) {
            l_float32 v = 0;
            fpixGetPixel(dew->sampvdispar, std::clamp(gx, cx0, cx1), std::clamp(gy, cy0, cy1), &v);
            m.shift[size_t(gy) * nx + gx] = std::isfinite(v) ? v : 0.f;
        }
    // Spread, and bend: along each row of the grid, how far the shift strays
    // from a straight line (a tilt left over from deskewing is straight).
    double lo = 1e9, hi = -1e9;
    for (int gy = cy0; gy <= cy1; ++gy) {
        double sx = 0, sv = 0, sxx = 0, sxv = 0;
        const int count = cx1 - cx0 + 1;
        for (int gx = cx0; gx <= cx1; ++gx) {
            const double v = m.shift[size_t(gy) * nx + gx];
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            sx += gx, sv += v, sxx += double(gx) * gx, sxv += gx * v;
        }
        const double den = count * sxx - sx * sx;
        const double slope = std::fabs(den) > 1e-9 ? (count * sxv - sx * sv) / den : 0.0;
        const double offset = (sv - slope * sx) / count;
        double rlo = 1e9, rhi = -1e9;
        for (int gx = cx0; gx <= cx1; ++gx) {
            const double r = m.shift[size_t(gy) * nx + gx] - (slope * gx + offset);
            rlo = std::min(rlo, r);
            rhi = std::max(rhi, r);
        }
        m.bend = std::max(m.bend, rhi - rlo);
    }
    m.spread = hi - lo;
    if (!(m.spread <= kMaxSpread * h))
        return std::nullopt;
    if (m.bend < std::max(3.0, 0.35 * markHeight))
        return std::nullopt; // flat enough: moving pixels would only blur it
    return m;
}

PixPtr flattenCurl(const Pix* image, const CurlModel& model)
{
    quietLeptonica();
    Pix* pix = const_cast<Pix*>(image);
    if (!pix)
        return {};
    const int d = pixGetDepth(pix);
    if (d != 1 && d != 8 && d != 32)
        return {};
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    PixPtr out = adopt(pixCreateTemplate(pix));
    if (!out)
        return {};
    if (d == 8)
        pixSetAllGray(out.get(), 255);
    else if (d == 32)
        pixSetAll(out.get()); // 32 bpp: all bits set is white
    const l_uint32* src = pixGetData(pix);
    l_uint32* dst = pixGetData(out.get());
    const int swpl = pixGetWpl(pix), dwpl = pixGetWpl(out.get());
    // Per column, the shift at the grid's rows; between them it is linear.
    std::vector<float> atRows(size_t(std::max(1, model.rows)));
    for (int x = 0; x < w; ++x) {
        for (int r = 0; r < model.rows; ++r)
            atRows[size_t(r)] = model.shiftAt(x, double(r) * model.step);
        for (int y = 0; y < h; ++y) {
            double shift = 0;
            if (model.rows > 0) {
                const double g = std::clamp(double(y) / model.step, 0.0, double(model.rows - 1));
                const int r0 = std::min(int(g), model.rows - 1), r1 = std::min(r0 + 1, model.rows - 1);
                shift = atRows[size_t(r0)] * (1 - (g - r0)) + atRows[size_t(r1)] * (g - r0);
            }
            const int sy = int(std::lround(y - shift));
            if (sy < 0 || sy >= h)
                continue; // stays white
            const l_uint32* sl = src + size_t(sy) * swpl;
            l_uint32* dl = dst + size_t(y) * dwpl;
            if (d == 1) {
                if (GET_DATA_BIT(sl, x))
                    SET_DATA_BIT(dl, x);
            } else if (d == 8) {
                SET_DATA_BYTE(dl, x, GET_DATA_BYTE(sl, x));
            } else {
                dl[x] = sl[x];
            }
        }
    }
    pixCopyResolution(out.get(), pix);
    return out;
}

} // namespace sohoa::imaging
