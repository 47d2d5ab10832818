#include "core/ocr/ProcessEnvironment.h"

#include <cstdlib>
#include <cstring>

#ifdef _WIN32
#include <process.h>
#include <stdlib.h>
#else
#include <unistd.h>
#endif

namespace sohoa::ocr {

namespace {
constexpr const char* kVar = "OMP_THREAD_LIMIT";
}

bool ocrRuntimeIsSingleThreaded()
{
    const char* v = std::getenv(kVar);
    return v && std::strcmp(v, "1") == 0;
}

void ensureSingleThreadedOcrRuntime(int argc, char** argv)
{
    (void)argc;
    if (ocrRuntimeIsSingleThreaded())
        return;
#ifdef _WIN32
    _putenv_s(kVar, "1");
    // The OpenMP DLL is loaded with the executable, so start a child that inherits the variable.
    const intptr_t rc = _spawnv(_P_WAIT, argv[0], argv);
    if (rc != -1)
        std::exit(static_cast<int>(rc));
#else
    setenv(kVar, "1", 1);
#if defined(__linux__)
    execv("/proc/self/exe", argv);
#endif
    execvp(argv[0], argv);
    // exec failed: carry on in this process; OCR works, only slower with several workers.
#endif
}

} // namespace sohoa::ocr
