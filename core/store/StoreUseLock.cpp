#include "store/StoreUseLock.h"

#include <QCoreApplication>
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

namespace {

Error inUse()
{
    return makeError(QStringLiteral("store.in_use"),
                     QCoreApplication::translate("sohoa::store",
                                                 "The store is open in another SoHoa window or program. Close it "
                                                 "there first, then try again."));
}

} // namespace

#ifdef _WIN32

struct StoreUseLock::Impl {
    HANDLE file = INVALID_HANDLE_VALUE;
    bool lock(bool exclusive)
    {
        OVERLAPPED ov{};
        const DWORD flags = LOCKFILE_FAIL_IMMEDIATELY | (exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0);
        return LockFileEx(file, flags, 0, 1, 0, &ov) != 0;
    }
    void unlock()
    {
        OVERLAPPED ov{};
        UnlockFileEx(file, 0, 1, 0, &ov);
    }
    ~Impl()
    {
        if (file != INVALID_HANDLE_VALUE)
            CloseHandle(file);
    }
};

Result<std::unique_ptr<StoreUseLock>> StoreUseLock::acquire(const StoreLayout& layout, Mode mode)
{
    std::unique_ptr<StoreUseLock> l(new StoreUseLock);
    l->m_impl = std::make_unique<Impl>();
    const std::wstring path = (layout.dir + QStringLiteral("/in-use.lock")).toStdWString();
    l->m_impl->file = CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                  nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (l->m_impl->file == INVALID_HANDLE_VALUE)
        return makeError(QStringLiteral("store.cannot_open"),
                         QCoreApplication::translate("sohoa::store", "Cannot open %1.").arg(layout.dir));
    if (!l->m_impl->lock(mode == Mode::Exclusive))
        return inUse();
    return l;
}

Result<void> StoreUseLock::upgradeToExclusive()
{
    m_impl->unlock();
    if (m_impl->lock(true))
        return {};
    m_impl->lock(false);
    return inUse();
}

void StoreUseLock::downgradeToShared()
{
    m_impl->unlock();
    m_impl->lock(false);
}

#else

struct StoreUseLock::Impl {
    int fd = -1;
    ~Impl()
    {
        if (fd >= 0)
            ::close(fd); // releases the lock
    }
};

Result<std::unique_ptr<StoreUseLock>> StoreUseLock::acquire(const StoreLayout& layout, Mode mode)
{
    std::unique_ptr<StoreUseLock> l(new StoreUseLock);
    l->m_impl = std::make_unique<Impl>();
    const QByteArray path = QFile::encodeName(layout.dir + QStringLiteral("/in-use.lock"));
    l->m_impl->fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (l->m_impl->fd < 0)
        return makeError(QStringLiteral("store.cannot_open"),
                         QCoreApplication::translate("sohoa::store", "Cannot open %1.").arg(layout.dir));
    if (::flock(l->m_impl->fd, (mode == Mode::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0)
        return inUse();
    return l;
}

Result<void> StoreUseLock::upgradeToExclusive()
{
    if (::flock(m_impl->fd, LOCK_EX | LOCK_NB) == 0)
        return {};
    // flock converts by dropping the old lock first: take the shared one again.
    ::flock(m_impl->fd, LOCK_SH | LOCK_NB);
    return inUse();
}

void StoreUseLock::downgradeToShared()
{
    ::flock(m_impl->fd, LOCK_SH | LOCK_NB);
}

#endif

StoreUseLock::~StoreUseLock() = default;

} // namespace sohoa::store
