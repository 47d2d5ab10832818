#pragma once

#include "core/crypto/SecretBytes.h"

#include <QString>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace sohoa::store {

// Copies a store's write-ahead log back into the database file on a thread
// of its own, with its own connection, instead of on whichever connection's
// COMMIT crosses SQLite's 1,000-page mark (the automatic checkpoint costs the
// committing writer a fifth of its time on bulk inserts). One per store file
// in the process, shared by that file's connections; it ends with the last of
// them. Checkpoints are PASSIVE: they never wait for readers or writers.
class WalCheckpointer {
public:
    static std::shared_ptr<WalCheckpointer> forFile(const QString& file, const crypto::SecretBytes& key);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Installs the WAL hook on a connection to this checkpointer's file (whose
    // pages are pageSize bytes): past kRequestBytes in the log a checkpoint is
    // requested; past kWriterBytes (the thread cannot keep up) the committing
    // connection checkpoints itself, as SQLite would.
    void attach(sqlite3* db, int pageSize);

    // Checkpoints done by the thread (for tests).
    int completed() const;

    // How many connections of this process are open to the store file (each
    // holds the file's checkpointer). A key rotation refuses to swap the file
    // while another one (an import, a sync, a reader) would keep the old one.
    static long connectionsTo(const QString& file);

    static constexpr qint64 kRequestBytes = 4'000'000;
    static constexpr qint64 kWriterBytes = 64'000'000;

private:
    WalCheckpointer(QString file, crypto::SecretBytes key);
    static int onWalCommit(void* self, sqlite3* db, const char* dbName, int pages);
    void request();
    void run();

    const QString m_file;
    const crypto::SecretBytes m_key;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_completed = 0;
    std::atomic<int> m_pageSize{4096}; // the same for every connection to the file
    std::thread m_thread;
};

} // namespace sohoa::store
