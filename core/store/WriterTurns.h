#pragma once

#include "core/store/LockFile.h"

#include <QString>

namespace sohoa::store {

// Which connections to a database file wait to write, across processes. SQLite
// gives the write lock to whoever asks at the right moment, not to whoever has
// waited longest, so a writer that commits back to back must leave a gap now
// and then; it need only do so when someone waits. Waiters hold a shared OS
// lock on <file>-turns while SQLite keeps them out; a writer asks for it
// exclusively, without waiting, to learn whether anyone does. A LockFile's lock
// belongs to its open file, so connections in one process see each other as
// well as those in other processes.
class WriterTurns {
public:
    explicit WriterTurns(const QString& databaseFile);

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

    LockFile m_file; // opened at first need
    bool m_waiting = false;
    bool m_openFailed = false;
};

} // namespace sohoa::store
