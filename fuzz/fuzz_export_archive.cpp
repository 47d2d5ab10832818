// libFuzzer target: the reader of the encrypted national export
// (core/export/EncryptedArchive, `sohoa-cli export open`). See FuzzArchive.h
// for what the input means.
#include "FuzzArchive.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sohoa;
    fuzz::CountingVisitor visitor;
    auto entries =
        fuzz::openFuzzArchive(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)), visitor);
    // What was accepted is consistent: every file announced was ended, no more
    // bytes handed over than the files declared.
    if (entries) {
        qint64 declared = 0;
        for (const exporting::ArchiveEntry& e : *entries)
            declared += e.size;
        if (visitor.files != entries->size() || visitor.ended != visitor.files ||
            visitor.bytesSeen != declared)
            std::abort();
    }
    return 0;
}
