#pragma once

#include <QString>

namespace sohoa::store {

// An OS lock on an empty file: flock() of the whole file on Unix, LockFileEx()
// of its first byte on Windows. Both belong to the open file, not to the
// process, so two LockFiles on one path conflict even inside one process; the
// OS drops the lock when the file is closed or the process dies. Nothing is
// ever written to the file.
class LockFile {
public:
    explicit LockFile(QString path);
    ~LockFile(); // closing releases the lock
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;

    // Opens the file, creating it (owner only) if needed; false if it cannot.
    bool open();
    bool isOpen() const;
    // Never waits: false when another open file holds a conflicting lock. A
    // held lock is released first (on Unix flock converts the same way).
    bool tryLock(bool exclusive);
    void unlock();

private:
    QString m_path;
#ifdef _WIN32
    void* m_handle = nullptr; // HANDLE
#else
    int m_fd = -1;
#endif
};

} // namespace sohoa::store
