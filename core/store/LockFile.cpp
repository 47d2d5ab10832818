#include "core/store/LockFile.h"

#include <QFile>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace sohoa::store {

LockFile::LockFile(QString path)
    : m_path(std::move(path))
{
}

#ifdef _WIN32

LockFile::~LockFile()
{
    if (m_handle)
        CloseHandle(static_cast<HANDLE>(m_handle));
}

bool LockFile::open()
{
    if (m_handle)
        return true;
    const std::wstring path = m_path.toStdWString();
    HANDLE h = CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                           nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    m_handle = h;
    return true;
}

bool LockFile::isOpen() const
{
    return m_handle != nullptr;
}

bool LockFile::tryLock(bool exclusive)
{
    unlock(); // LockFileEx does not convert a held lock
    OVERLAPPED ov{};
    const DWORD flags = LOCKFILE_FAIL_IMMEDIATELY | (exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0);
    return LockFileEx(static_cast<HANDLE>(m_handle), flags, 0, 1, 0, &ov) != 0;
}

void LockFile::unlock()
{
    OVERLAPPED ov{};
    UnlockFileEx(static_cast<HANDLE>(m_handle), 0, 1, 0, &ov); // fails harmlessly when none is held
}

#else

LockFile::~LockFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool LockFile::open()
{
    if (m_fd < 0)
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    return m_fd >= 0;
}

bool LockFile::isOpen() const
{
    return m_fd >= 0;
}

bool LockFile::tryLock(bool exclusive)
{
    return ::flock(m_fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0;
}

void LockFile::unlock()
{
    ::flock(m_fd, LOCK_UN);
}

#endif

} // namespace sohoa::store
