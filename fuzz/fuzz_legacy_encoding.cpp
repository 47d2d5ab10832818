// libFuzzer target: the legacy Vietnamese encoding converter (core/text):
// bytes and text in TCVN3, VNI, VIQR and VISCII, both directions, and the detector.
#include "core/text/LegacyEncoding.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sohoa::text;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString asText = QString::fromUtf8(bytes);
    for (LegacyEncoding e :
         {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viqr, LegacyEncoding::Viscii}) {
        const QString decoded = decodeLegacyBytes(e, bytes);
        (void)encodeLegacy(e, decoded);
        (void)decodeLegacy(e, asText);
        (void)encodeLegacy(e, asText);
    }
    (void)detectEncodingProblem(asText);
    return 0;
}
