#pragma once

#include "core/sync/RegistryClient.h"

#include <functional>
#include <memory>

// A RegistryClient on a thread of its own. The sync engine hands it the network
// part of a round and meanwhile reads and hashes the next round's images and
// records the previous round's answers in its store, so the office's work, the
// TLS work and the registry's work overlap instead of taking turns.
namespace sohoa::sync {

class ClientThread {
public:
    explicit ClientThread(ClientConfig config);
    ~ClientThread(); // waits for the jobs already started

    // Runs `job` on the client's thread, after the jobs started before it.
    // Returns a ticket for wait().
    quint64 start(std::function<void(RegistryClient&)> job);
    // Blocks until the job with this ticket (and all before it) finished,
    // processing the calling thread's events meanwhile (as RegistryClient does).
    // Call it from the thread that made this object.
    void wait(quint64 ticket);
    // Runs `job` and waits for it.
    void run(std::function<void(RegistryClient&)> job) { wait(start(std::move(job))); }

    // Thread-safe.
    void setClockOffset(qint64 seconds);

    struct Impl;

private:
    void drain();
    std::unique_ptr<Impl> d;
};

} // namespace sohoa::sync
