#pragma once

#include <QImage>
#include <memory>

struct Pix;

namespace sohoa::imaging {

// Leptonica images with RAII. Core code that cleans pages or feeds Tesseract
// works on Pix; QImage appears only at the edges (Poppler, SANE, the UI).
struct PixDeleter {
    void operator()(Pix* pix) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// Takes ownership of a Pix returned by Leptonica (null stays null).
inline PixPtr adopt(Pix* pix)
{
    return PixPtr(pix);
}
// Another reference to the same pixels (Leptonica reference counting).
PixPtr clonePix(Pix* pix);

int pixWidth(const Pix* pix);
int pixHeight(const Pix* pix);
int pixDepth(const Pix* pix);
int pixDpi(const Pix* pix); // 0 when unknown

// QImage -> Pix: grey images become 8 bpp, everything else 32 bpp RGB
// (alpha is flattened onto white paper). Null QImage gives null.
PixPtr pixFromQImage(const QImage& image);
// Pix -> QImage (Grayscale8, Mono for 1 bpp, or RGB32).
QImage qimageFromPix(const Pix* pix);

// Leptonica prints its diagnostics to stderr; SoHoa reports errors itself.
// Called once by every entry point into imaging (cheap after the first call).
void quietLeptonica();

} // namespace sohoa::imaging
