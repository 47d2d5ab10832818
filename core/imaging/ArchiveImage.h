#pragma once

#include "core/common/Result.h"
#include "core/imaging/ImageCodec.h"
#include "core/imaging/Pix.h"

#include <QByteArray>
#include <QString>

namespace sohoa::imaging {

// The original page image as kept in the encrypted store: always a format Qt
// can display (JPEG or PNG), never the cleaned-up OCR image.
struct ArchivedImage {
    QByteArray data;
    QString format; // "jpeg" | "png"
    int width = 0;
    int height = 0;
    int dpi = 0;
};

// Budget: about 300 kB for a grey A4 page at 300 DPI, proportionally more or
// less for other sizes. The file's own bytes are kept when they are a PNG or
// JPEG within 1.5x the budget (no generation loss); otherwise the page is
// encoded again: bilevel pages as 1-bit PNG, grey pages as grey JPEG, pages
// with real colour (red stamps, blue ink) as colour JPEG, lowering the JPEG
// quality until the page fits.
Result<ArchivedImage> archiveImage(const Pix* original, int dpi, const QByteArray& sourceBytes = {},
                                   FileFormat sourceFormat = FileFormat::Unknown);

qint64 archiveBudgetBytes(int width, int height, int dpi);

// True when a 32 bpp image carries colour worth keeping (not a grey scan saved as RGB).
bool hasSignificantColour(const Pix* image);

} // namespace sohoa::imaging
