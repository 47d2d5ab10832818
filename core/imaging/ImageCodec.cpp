#include "core/imaging/ImageCodec.h"

#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <leptonica/allheaders.h>

namespace sohoa::imaging {

namespace {

Error unreadable(const QString& message)
{
    return makeError(QStringLiteral("input.unreadable"), message);
}

const l_uint8* bytes(const QByteArray& data)
{
    return reinterpret_cast<const l_uint8*>(data.constData());
}

// Whether a JPEG stream ends with its EOI marker (a truncated download or a
// scan interrupted mid-transfer does not).
bool jpegLooksComplete(const QByteArray& data)
{
    qsizetype end = data.size();
    // Some writers pad after EOI; allow a little trailing slack.
    const qsizetype stop = std::max<qsizetype>(2, end - 4096);
    for (qsizetype i = end - 2; i >= stop - 2 && i >= 0; --i) {
        if (uchar(data[i]) == 0xFF && uchar(data[i + 1]) == 0xD9)
            return true;
    }
    return false;
}

} // namespace

FileFormat sniffFormat(const QByteArray& head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return FileFormat::Png;
    if (head.size() >= 3 && uchar(head[0]) == 0xFF && uchar(head[1]) == 0xD8 && uchar(head[2]) == 0xFF)
        return FileFormat::Jpeg;
    if (head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4)))
        return FileFormat::Tiff;
    // PDF allows junk before the header within the first 1024 bytes.
    const qsizetype pdf = head.left(1024).indexOf("%PDF-");
    if (pdf >= 0)
        return FileFormat::Pdf;
    return FileFormat::Unknown;
}

QString formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Png:
        return QStringLiteral("png");
    case FileFormat::Jpeg:
        return QStringLiteral("jpeg");
    case FileFormat::Tiff:
        return QStringLiteral("tiff");
    case FileFormat::Pdf:
        return QStringLiteral("pdf");
    case FileFormat::Unknown:
        break;
    }
    return {};
}

Result<void> checkPageSize(int width, int height, const QString& what)
{
    if (width <= 0 || height <= 0)
        return unreadable(Tr::tr("%1 has no pixels.").arg(what));
    if (width < ImageLimits::kMinSide || height < ImageLimits::kMinSide)
        return unreadable(Tr::tr("%1 is only %2 x %3 pixels: too small to be a scanned page.")
                              .arg(what)
                              .arg(width)
                              .arg(height));
    if (width > ImageLimits::kMaxSide || height > ImageLimits::kMaxSide ||
        qint64(width) * height > ImageLimits::kMaxPixels)
        return unreadable(Tr::tr("%1 claims %2 x %3 pixels, more than any scanned page; it was not opened.")
                              .arg(what)
                              .arg(width)
                              .arg(height));
    return {};
}

int tiffPageCount(const QByteArray& data)
{
    quietLeptonica();
    // Each header read walks the directory chain; cap it so a looping chain ends.
    constexpr int kMaxPages = 5000;
    int n = 0;
    for (; n < kMaxPages; ++n) {
        l_int32 w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, fmt = 0;
        if (readHeaderMemTiff(bytes(data), size_t(data.size()), n, &w, &h, &bps, &spp, &res, &cmap, &fmt) !=
            0)
            break;
    }
    return n;
}

Result<ImageHeader> readImageHeader(const QByteArray& data, FileFormat format, int page)
{
    quietLeptonica();
    ImageHeader h;
    if (data.isEmpty())
        return unreadable(Tr::tr("The file is empty."));
    if (format == FileFormat::Tiff) {
        l_int32 w = 0, hh = 0, bps = 0, spp = 0, res = 0, cmap = 0, fmt = 0;
        if (readHeaderMemTiff(bytes(data), size_t(data.size()), page, &w, &hh, &bps, &spp, &res, &cmap,
                              &fmt) != 0)
            return unreadable(Tr::tr("Page %1 of the TIFF file cannot be read.").arg(page + 1));
        h = ImageHeader{w, hh, bps, spp, res};
        return h;
    }
    if (format != FileFormat::Png && format != FileFormat::Jpeg)
        return unreadable(Tr::tr("This is not an image format SoHoa reads (PNG, JPEG, TIFF)."));
    l_int32 fmt = 0, w = 0, hh = 0, bps = 0, spp = 0, cmap = 0;
    if (pixReadHeaderMem(bytes(data), size_t(data.size()), &fmt, &w, &hh, &bps, &spp, &cmap) != 0)
        return unreadable(Tr::tr("The image header is damaged."));
    h = ImageHeader{w, hh, bps, spp, 0};
    return h;
}

Result<DecodedImage> decodeImage(const QByteArray& data, FileFormat format, int page)
{
    quietLeptonica();
    auto header = readImageHeader(data, format, page);
    if (!header)
        return header.error();
    const QString what =
        format == FileFormat::Tiff ? Tr::tr("Page %1 of the TIFF file").arg(page + 1) : Tr::tr("The image");
    SOHOA_TRY(checkPageSize(header->width, header->height, what));

    PixPtr pix;
    switch (format) {
    case FileFormat::Png:
        pix = adopt(pixReadMemPng(bytes(data), size_t(data.size())));
        break;
    case FileFormat::Jpeg: {
        if (!jpegLooksComplete(data))
            return unreadable(Tr::tr("The JPEG file is truncated (it has no end marker)."));
        l_int32 warnings = 0;
        pix = adopt(pixReadMemJpeg(bytes(data), size_t(data.size()), 0, 1, &warnings, 0));
        break;
    }
    case FileFormat::Tiff:
        pix = adopt(pixReadMemTiff(bytes(data), size_t(data.size()), page));
        break;
    case FileFormat::Pdf:
    case FileFormat::Unknown:
        break;
    }
    if (!pix)
        return unreadable(Tr::tr("%1 is damaged and cannot be decoded.").arg(what));
    if (pixGetWidth(pix.get()) != header->width || pixGetHeight(pix.get()) != header->height)
        return unreadable(Tr::tr("%1 is damaged: its pixels do not match its header.").arg(what));

    if (pixGetColormap(pix.get()))
        pix = adopt(pixRemoveColormap(pix.get(), REMOVE_CMAP_BASED_ON_SRC));
    if (pix && pixGetDepth(pix.get()) == 16)
        pix = adopt(pixConvert16To8(pix.get(), L_MS_BYTE));
    if (pix && (pixGetDepth(pix.get()) == 2 || pixGetDepth(pix.get()) == 4))
        pix = adopt(pixConvertTo8(pix.get(), 0));
    if (pix && pixGetDepth(pix.get()) == 32 && pixGetSpp(pix.get()) == 4)
        pix = adopt(pixAlphaBlendUniform(pix.get(), 0xffffff00));
    if (!pix)
        return unreadable(Tr::tr("%1 uses a pixel format SoHoa cannot convert.").arg(what));
    if (pixGetDepth(pix.get()) == 24)
        return unreadable(Tr::tr("%1 uses a pixel format SoHoa cannot convert.").arg(what));

    DecodedImage out;
    out.dpi = header->dpi > 0 ? header->dpi : int(pixGetXRes(pix.get()));
    out.pix = std::move(pix);
    return out;
}

int plausibleDpi(int statedDpi, int width, int height)
{
    if (statedDpi >= 70 && statedDpi <= 1200)
        return statedDpi;
    // Assume the longer side is an A4 page's (11.69 in); clamp to what scanners produce.
    const double guess = std::max(width, height) / 11.69;
    return std::clamp(int(std::lround(guess / 10.0) * 10), 100, 600);
}

} // namespace sohoa::imaging
