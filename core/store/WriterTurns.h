#pragma once

#include <QString>

namespace sohoa::store {

// Which connections to a database file wait to write, across processes. SQLite
// gives the write lock to whoever asks at the right moment, not to whoever has
// waited longest, so a writer that commits back to back must leave a gap now
// and then; it need only do so when someone waits. Waiters hold a shared OS
// lock on <file>-turns while SQLite keeps them out; a writer asks for it
// exclusively, without waiting, to learn whether anyone does. The locks belong
// to each open file (flock, LockFileEx), so connections in one process see
// each other as well as those in other processes, and the OS drops them when
// a process dies. The file stays empty.
class WriterTurns {
public:
    explicit WriterTurns(QString databaseFile);
    ~WriterTurns();
    WriterTurns(const WriterTurns&) = delete;
    WriterTurns& operator=(const WriterTurns&) = delete;

    // Says "this connection waits to write" until stopWaiting(). Idempotent;
    // called on each busy retry, so a try that failed is made again.
    void startWaiting();
    void stopWaiting();
    bool waiting() const { return m_waiting; }

    // Whether another connection waits now. True as well when that cannot be
    // learned (no lock file here): a needless pause costs little, a writer
    // that never pauses can keep the others out until they time out.
    bool othersWaiting();

private:
    bool openFile();

    QString m_path;
    bool m_waiting = false;
    bool m_openFailed = false;
#ifdef _WIN32
    void* m_file = nullptr; // HANDLE
#else
    int m_fd = -1;
#endif
};

} // namespace sohoa::store
