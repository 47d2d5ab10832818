#include "core/imaging/ArchiveImage.h"

#include "core/i18n/Tr.h"
#include "core/imaging/PageCleanup.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdlib>
#include <leptonica/allheaders.h>

namespace sohoa::imaging {

namespace {

QByteArray takeLeptonicaBuffer(l_uint8* data, size_t size)
{
    QByteArray out(reinterpret_cast<const char*>(data), qsizetype(size));
    lept_free(data);
    return out;
}

bool encodeJpeg(Pix* pix, int quality, QByteArray& out)
{
    l_uint8* data = nullptr;
    size_t size = 0;
    if (pixWriteMemJpeg(&data, &size, pix, quality, 0) != 0 || !data)
        return false;
    out = takeLeptonicaBuffer(data, size);
    return true;
}

bool encodePng(Pix* pix, QByteArray& out)
{
    l_uint8* data = nullptr;
    size_t size = 0;
    if (pixWriteMemPng(&data, &size, pix, 0.f) != 0 || !data)
        return false;
    out = takeLeptonicaBuffer(data, size);
    return true;
}

// Four bands spread down the page (a quarter of its rows, heights a multiple
// of the JPEG block) put together: its JPEG size times four estimates the
// page's, at a quarter of the cost of encoding the page.
PixPtr sampleBands(Pix* page)
{
    const int w = pixGetWidth(page), h = pixGetHeight(page);
    const int band = (h / 16) & ~15;
    if (band < 16)
        return {};
    PixPtr out(pixCreate(w, 4 * band, pixGetDepth(page)));
    if (!out)
        return {};
    for (int k = 0; k < 4; ++k)
        pixRasterop(out.get(), 0, k * band, w, band, PIX_SRC, page, 0, (2 * k + 1) * h / 8 - band / 2);
    return out;
}

} // namespace

qint64 archiveBudgetBytes(int width, int height, int dpi)
{
    // 300 kB for A4 at 300 DPI (2480 x 3508 pixels), scaled by pixel count.
    constexpr double kA4At300 = 2480.0 * 3508.0;
    Q_UNUSED(dpi);
    return std::max<qint64>(60'000, qint64(300'000.0 * (double(width) * height) / kA4At300));
}

bool hasSignificantColour(const Pix* image)
{
    Pix* pix = const_cast<Pix*>(image);
    if (!pix || pixGetDepth(pix) != 32)
        return false;
    l_float32 pixelFraction = 0, colourFraction = 0;
    // Sample every 4th pixel; count pixels whose channels differ by more than 40
    // (grey scans stored as RGB differ by a few levels of JPEG noise).
    if (pixColorFraction(pix, 30, 225, 40, 4, &pixelFraction, &colourFraction) != 0)
        return false;
    return pixelFraction * colourFraction > 0.0005f;
}

Result<ArchivedImage> archiveImage(const Pix* original, int dpi, const QByteArray& sourceBytes,
                                   FileFormat sourceFormat)
{
    quietLeptonica();
    Pix* src = const_cast<Pix*>(original);
    if (!src)
        return makeError(QStringLiteral("imaging.failed"), Tr::tr("There is no image to archive."));
    ArchivedImage out;
    out.width = pixGetWidth(src);
    out.height = pixGetHeight(src);
    out.dpi = dpi;
    const qint64 budget = archiveBudgetBytes(out.width, out.height, dpi);

    if (!sourceBytes.isEmpty() && (sourceFormat == FileFormat::Jpeg || sourceFormat == FileFormat::Png) &&
        sourceBytes.size() <= budget * 3 / 2) {
        out.data = sourceBytes;
        out.format = formatName(sourceFormat);
        return out;
    }

    PixPtr page = clonePix(src);
    if (dpi > 0)
        pixSetResolution(page.get(), dpi, dpi);

    if (pixGetDepth(page.get()) == 1) {
        if (!encodePng(page.get(), out.data))
            return makeError(QStringLiteral("imaging.failed"),
                             Tr::tr("The page image cannot be compressed."));
        out.format = QStringLiteral("png");
        return out;
    }
    PixPtr toEncode;
    if (pixGetDepth(page.get()) == 32 && hasSignificantColour(page.get()))
        toEncode = std::move(page);
    else
        toEncode = toGrey(page.get());
    if (!toEncode)
        return makeError(QStringLiteral("imaging.failed"), Tr::tr("The page image cannot be compressed."));
    if (dpi > 0)
        pixSetResolution(toEncode.get(), dpi, dpi);

    // Quality 75 reads as the paper did; noisy scans need less to fit the budget
    // (one more try at most, so archiving stays cheap next to OCR). Most scans
    // are noisy: the quality is chosen from a sample of the page first, so the
    // page is usually encoded once (encoding it twice was most of what ingest
    // costs beyond reading).
    int quality = 75;
    if (PixPtr sample = sampleBands(toEncode.get())) {
        QByteArray probe;
        if (encodeJpeg(sample.get(), 75, probe)) {
            const double estimate =
                double(probe.size()) * pixGetHeight(toEncode.get()) / double(pixGetHeight(sample.get()));
            if (estimate > 1.1 * double(budget))
                quality = estimate > 2.0 * double(budget) ? 45 : 60;
        }
    }
    QByteArray best;
    if (!encodeJpeg(toEncode.get(), quality, best))
        return makeError(QStringLiteral("imaging.failed"), Tr::tr("The page image cannot be compressed."));
    if (quality == 75 && best.size() > budget) {
        QByteArray smaller;
        if (encodeJpeg(toEncode.get(), best.size() > 2 * budget ? 45 : 60, smaller) &&
            smaller.size() < best.size())
            best = std::move(smaller);
    }
    out.data = std::move(best);
    out.format = QStringLiteral("jpeg");
    return out;
}

} // namespace sohoa::imaging
