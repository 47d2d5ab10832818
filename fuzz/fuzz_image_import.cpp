// libFuzzer target: image import decoding (core/imaging ImageCodec): format
// sniffing, header reading and decoding of PNG, JPEG and TIFF (every page).
#include "core/imaging/ImageCodec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sohoa::imaging;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const FileFormat format = sniffFormat(bytes.left(64));
    if (format == FileFormat::Unknown || format == FileFormat::Pdf)
        return 0; // PDF rendering (poppler) is not part of this target
    const int pages = format == FileFormat::Tiff ? qBound(1, tiffPageCount(bytes), 4) : 1;
    for (int page = 0; page < pages; ++page) {
        auto header = readImageHeader(bytes, format, page);
        if (!header)
            continue;
        auto image = decodeImage(bytes, format, page);
        (void)image.ok();
    }
    return 0;
}
