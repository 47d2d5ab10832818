#pragma once

#include "core/common/Result.h"
#include "core/imaging/Pix.h"

#include <QByteArray>
#include <QString>

namespace sohoa::imaging {

enum class FileFormat { Unknown, Png, Jpeg, Tiff, Pdf };

// From the first bytes of a file, never from its name: a text file called
// scan.png is not a PNG.
FileFormat sniffFormat(const QByteArray& head);
QString formatName(FileFormat format); // "png" | "jpeg" | "tiff" | "pdf" | ""

// Page images larger than this are refused before any pixel is decoded, so a
// small file that claims 30000 x 30000 pixels (a decompression bomb) costs
// nothing. An A2 sheet at 600 DPI still fits.
struct ImageLimits {
    static constexpr int kMinSide = 32;    // smaller than this is not a page
    static constexpr int kMaxSide = 20000; // pixels, either side
    static constexpr qint64 kMaxPixels = 100'000'000;
};
// input.unreadable naming `what` when the size is absurd.
Result<void> checkPageSize(int width, int height, const QString& what);

struct ImageHeader {
    int width = 0;
    int height = 0;
    int bitsPerSample = 0;
    int samplesPerPixel = 0;
    int dpi = 0;
};

// Number of pages of a TIFF held in memory (0 for a TIFF without any).
int tiffPageCount(const QByteArray& data);
// Reads the header of page `page` (TIFF) or of the image, without decoding pixels.
Result<ImageHeader> readImageHeader(const QByteArray& data, FileFormat format, int page = 0);

struct DecodedImage {
    PixPtr pix;  // as stored in the file: 1, 8 or 32 bpp (colormaps removed)
    int dpi = 0; // from the file, 0 when it does not say
};
// Checks the header against ImageLimits, then decodes. Truncated or damaged
// files are refused rather than half-decoded into grey bands.
Result<DecodedImage> decodeImage(const QByteArray& data, FileFormat format, int page = 0);

// A resolution for a page whose file does not state one (phone photos, some
// PDFs' images): the one that makes the longer side an A4 page, clamped.
int plausibleDpi(int statedDpi, int width, int height);

} // namespace sohoa::imaging
