#include "core/crypto/Sodium.h"

#include <cstdio>
#include <cstdlib>
#include <sodium.h>

namespace sohoa::crypto {

void ensureSodium()
{
    static const bool ready = [] {
        if (sodium_init() < 0) {
            std::fputs("sohoa: libsodium failed to initialise\n", stderr);
            std::abort();
        }
        return true;
    }();
    (void)ready;
}

} // namespace sohoa::crypto
