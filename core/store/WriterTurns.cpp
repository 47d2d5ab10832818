#include "store/WriterTurns.h"

#include <QFile>

#ifdef _WIN32
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace sohoa::store {

WriterTurns::WriterTurns(QString databaseFile)
    : m_path(databaseFile + QStringLiteral("-turns"))
{
}

#ifdef _WIN32

namespace {
bool lockByte(void* file, bool exclusive)
{
    OVERLAPPED ov{};
    const DWORD flags = LOCKFILE_FAIL_IMMEDIATELY | (exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0);
    return LockFileEx(static_cast<HANDLE>(file), flags, 0, 1, 0, &ov) != 0;
}
void unlockByte(void* file)
{
    OVERLAPPED ov{};
    UnlockFileEx(static_cast<HANDLE>(file), 0, 1, 0, &ov);
}
} // namespace

WriterTurns::~WriterTurns()
{
    if (m_file)
        CloseHandle(static_cast<HANDLE>(m_file)); // releases its lock
}

bool WriterTurns::openFile()
{
    if (m_file || m_openFailed)
        return m_file != nullptr;
    const std::wstring path = m_path.toStdWString();
    HANDLE h = CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_ALWAYS,
                           FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        m_openFailed = true;
        return false;
    }
    m_file = h;
    return true;
}

void WriterTurns::startWaiting()
{
    if (!m_waiting && openFile())
        m_waiting = lockByte(m_file, false);
}

void WriterTurns::stopWaiting()
{
    if (!m_waiting)
        return;
    unlockByte(m_file);
    m_waiting = false;
}

bool WriterTurns::othersWaiting()
{
    if (!openFile())
        return true;
    if (!lockByte(m_file, true))
        return true;
    unlockByte(m_file);
    return false;
}

#else

WriterTurns::~WriterTurns()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases its lock
}

bool WriterTurns::openFile()
{
    if (m_fd >= 0 || m_openFailed)
        return m_fd >= 0;
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    m_openFailed = m_fd < 0;
    return m_fd >= 0;
}

void WriterTurns::startWaiting()
{
    if (!m_waiting && openFile())
        m_waiting = ::flock(m_fd, LOCK_SH | LOCK_NB) == 0;
}

void WriterTurns::stopWaiting()
{
    if (!m_waiting)
        return;
    ::flock(m_fd, LOCK_UN);
    m_waiting = false;
}

bool WriterTurns::othersWaiting()
{
    if (!openFile())
        return true;
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0)
        return true; // EWOULDBLOCK: a waiter holds it shared
    ::flock(m_fd, LOCK_UN);
    return false;
}

#endif

} // namespace sohoa::store
