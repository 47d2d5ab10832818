// libFuzzer target: PDF import (core/capture PdfSource through openFile): the
// end-of-file check, Poppler's parser and repair detection, the text-layer rule
// and rendering. The bytes are handed over as an in-memory file (memfd), so
// fuzzing writes nothing to disk; pages are rendered at a low DPI to keep runs
// fast (the parsing is the same at any DPI).
#include "core/capture/PageSource.h"

#include <QString>
#include <cstddef>
#include <cstdint>
#include <sys/mman.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 5 || size > 2 * 1024 * 1024 ||
        std::string_view(reinterpret_cast<const char*>(data), 5) != "%PDF-")
        return 0; // other formats are fuzz_image_import's
    const int fd = memfd_create("fuzz-pdf", 0);
    if (fd < 0)
        return 0;
    size_t written = 0;
    while (written < size) {
        const ssize_t n = write(fd, data + written, size - written);
        if (n <= 0)
            break;
        written += size_t(n);
    }
    if (written == size) {
        sohoa::capture::ImportOptions options;
        options.pdfDpi = 36;
        auto source = sohoa::capture::openFile(QStringLiteral("/proc/self/fd/%1").arg(fd), options);
        if (source) {
            const int pages = std::min((*source)->pageCount(), 2);
            for (int i = 0; i < pages; ++i) {
                auto page = (*source)->readPage(i);
                if (page)
                    (void)page->takeImage().ok();
            }
        }
    }
    close(fd);
    return 0;
}
