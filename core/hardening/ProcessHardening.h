#pragma once

namespace sohoa::hardening {

// What hardenProcess() managed to switch on (for tests and diagnostics).
struct HardeningState {
    bool coreDumpsOff = false; // RLIMIT_CORE = 0
    bool notDumpable = false;  // PR_SET_DUMPABLE 0: no core file, no ptrace attach by the same user
};

// Called first thing in every main(): the data key and the records a program
// holds in memory must never land in a core file (finding 9: SQLCipher keeps
// its own copies of the raw key, 3.4.1 has no cipher_memory_security to
// scrub them, so the dump itself has to go).
// Linux: setrlimit(RLIMIT_CORE, 0) and prctl(PR_SET_DUMPABLE, 0); both are
// inherited by or re-applied after the OCR re-exec (main calls this again).
// Windows (not built yet): SetErrorMode(SEM_NOGPFAULTERRORBOX) and
// WerAddExcludedApplication / no MiniDumpWriteDump handler, so Windows Error
// Reporting writes no dump with heap memory.
HardeningState hardenProcess();

// The current state, read back from the kernel.
HardeningState currentHardening();

} // namespace sohoa::hardening
