// libFuzzer target: the registry receipt reader (core/sync/Receipt).
#include "FuzzKeys.h"
#include "core/sync/Receipt.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sohoa;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto receipt =
        sync::decodeReceipt(bytes, fuzz::registryKeys().signPublic, QString::fromLatin1(fuzz::kDeviceId),
                            fuzz::deviceKeys().boxPublic, fuzz::deviceKeys().boxSecret);
    if (receipt)
        (void)receipt->answers.size();
    return 0;
}
