#pragma once

namespace sohoa::crypto {

// Initialise libsodium once per process; safe to call from any thread, any number of times.
// Aborts if the library cannot start: nothing secure can be done without it.
void ensureSodium();

} // namespace sohoa::crypto
