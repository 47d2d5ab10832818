#include "core/imaging/Pix.h"

#include <cmath>
#include <cstring>
#include <leptonica/allheaders.h>
#include <mutex>

namespace sohoa::imaging {

void PixDeleter::operator()(Pix* pix) const
{
    if (pix)
        pixDestroy(&pix);
}

PixPtr clonePix(Pix* pix)
{
    return adopt(pix ? pixClone(pix) : nullptr);
}

int pixWidth(const Pix* pix)
{
    return pix ? int(pixGetWidth(const_cast<Pix*>(pix))) : 0;
}

int pixHeight(const Pix* pix)
{
    return pix ? int(pixGetHeight(const_cast<Pix*>(pix))) : 0;
}

int pixDepth(const Pix* pix)
{
    return pix ? int(pixGetDepth(const_cast<Pix*>(pix))) : 0;
}

int pixDpi(const Pix* pix)
{
    return pix ? int(pixGetXRes(const_cast<Pix*>(pix))) : 0;
}

void quietLeptonica()
{
    static std::once_flag once;
    std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

PixPtr pixFromQImage(const QImage& source)
{
    quietLeptonica();
    if (source.isNull())
        return {};
    const int w = source.width();
    const int h = source.height();
    const int dpi = source.dotsPerMeterX() > 0 ? int(std::lround(source.dotsPerMeterX() * 0.0254)) : 0;
    if (source.isGrayscale() && source.format() != QImage::Format_Mono &&
        source.format() != QImage::Format_MonoLSB) {
        const QImage grey = source.format() == QImage::Format_Grayscale8
                                ? source
                                : source.convertToFormat(QImage::Format_Grayscale8);
        PixPtr pix = adopt(pixCreate(w, h, 8));
        if (!pix)
            return {};
        l_uint32* data = pixGetData(pix.get());
        const int wpl = pixGetWpl(pix.get());
        for (int y = 0; y < h; ++y) {
            const uchar* in = grey.constScanLine(y);
            l_uint32* line = data + qsizetype(y) * wpl;
            for (int x = 0; x < w; ++x)
                SET_DATA_BYTE(line, x, in[x]);
        }
        pixSetResolution(pix.get(), dpi, dpi);
        return pix;
    }
    QImage rgb = source;
    if (rgb.hasAlphaChannel()) {
        QImage flat(w, h, QImage::Format_RGB32);
        flat.fill(Qt::white);
        // Composite onto white paper without needing a QGuiApplication (no QPainter fonts involved).
        const QImage argb = rgb.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < h; ++y) {
            const QRgb* in = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
            QRgb* out = reinterpret_cast<QRgb*>(flat.scanLine(y));
            for (int x = 0; x < w; ++x) {
                const int a = qAlpha(in[x]);
                out[x] = qRgb((qRed(in[x]) * a + 255 * (255 - a)) / 255,
                              (qGreen(in[x]) * a + 255 * (255 - a)) / 255,
                              (qBlue(in[x]) * a + 255 * (255 - a)) / 255);
            }
        }
        rgb = flat;
    } else if (rgb.format() != QImage::Format_RGB32) {
        rgb = rgb.convertToFormat(QImage::Format_RGB32);
    }
    PixPtr pix = adopt(pixCreate(w, h, 32));
    if (!pix)
        return {};
    l_uint32* data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < h; ++y) {
        const QRgb* in = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        l_uint32* line = data + qsizetype(y) * wpl;
        for (int x = 0; x < w; ++x) {
            l_uint32 px = 0;
            composeRGBPixel(qRed(in[x]), qGreen(in[x]), qBlue(in[x]), &px);
            line[x] = px;
        }
    }
    pixSetResolution(pix.get(), dpi, dpi);
    return pix;
}

QImage qimageFromPix(const Pix* cpix)
{
    Pix* pix = const_cast<Pix*>(cpix);
    if (!pix)
        return {};
    const int w = pixGetWidth(pix);
    const int h = pixGetHeight(pix);
    const int d = pixGetDepth(pix);
    QImage out;
    if (d == 1) {
        out = QImage(w, h, QImage::Format_Grayscale8);
        const l_uint32* data = pixGetData(pix);
        const int wpl = pixGetWpl(pix);
        for (int y = 0; y < h; ++y) {
            const l_uint32* line = data + qsizetype(y) * wpl;
            uchar* o = out.scanLine(y);
            for (int x = 0; x < w; ++x)
                o[x] = GET_DATA_BIT(line, x) ? 0 : 255;
        }
    } else if (d == 32) {
        out = QImage(w, h, QImage::Format_RGB32);
        const l_uint32* data = pixGetData(pix);
        const int wpl = pixGetWpl(pix);
        for (int y = 0; y < h; ++y) {
            const l_uint32* line = data + qsizetype(y) * wpl;
            QRgb* o = reinterpret_cast<QRgb*>(out.scanLine(y));
            for (int x = 0; x < w; ++x) {
                l_int32 r = 0, g = 0, b = 0;
                extractRGBValues(line[x], &r, &g, &b);
                o[x] = qRgb(r, g, b);
            }
        }
    } else {
        PixPtr grey = adopt(d == 8 && !pixGetColormap(pix) ? pixClone(pix) : pixConvertTo8(pix, 0));
        if (!grey)
            return {};
        out = QImage(w, h, QImage::Format_Grayscale8);
        const l_uint32* data = pixGetData(grey.get());
        const int wpl = pixGetWpl(grey.get());
        for (int y = 0; y < h; ++y) {
            const l_uint32* line = data + qsizetype(y) * wpl;
            uchar* o = out.scanLine(y);
            for (int x = 0; x < w; ++x)
                o[x] = uchar(GET_DATA_BYTE(line, x));
        }
    }
    const int dpi = pixGetXRes(pix);
    if (dpi > 0) {
        out.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
        out.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    }
    return out;
}

} // namespace sohoa::imaging
