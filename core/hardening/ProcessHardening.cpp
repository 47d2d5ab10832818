#include "core/hardening/ProcessHardening.h"

#include "core/crypto/Sodium.h"

#ifdef __linux__
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace sohoa::hardening {

HardeningState hardenProcess()
{
#ifdef __linux__
    rlimit none{0, 0};
    (void)setrlimit(RLIMIT_CORE, &none);
    (void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    // libsodium ready before any key is allocated (sodium_malloc: guard pages, mlock).
    crypto::ensureSodium();
    return currentHardening();
}

HardeningState currentHardening()
{
    HardeningState s;
#ifdef __linux__
    rlimit lim{};
    s.coreDumpsOff = getrlimit(RLIMIT_CORE, &lim) == 0 && lim.rlim_cur == 0 && lim.rlim_max == 0;
    s.notDumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return s;
}

} // namespace sohoa::hardening
