#include "core/store/StoreUseLock.h"

#include "core/i18n/Tr.h"
#include "core/store/Errors.h"
#include "core/store/LockFile.h"

#include <QCoreApplication>

namespace sohoa::store {

namespace {

Error inUse()
{
    return makeError(errors::kInUse, Tr::tr("The store is open in another SoHoa window or program. Close it "
                                            "there first, then try again."));
}

} // namespace

Result<std::unique_ptr<StoreUseLock>> StoreUseLock::acquire(const StoreLayout& layout, Mode mode)
{
    std::unique_ptr<StoreUseLock> l(new StoreUseLock);
    l->m_file = std::make_unique<LockFile>(layout.dir + QStringLiteral("/in-use.lock"));
    if (!l->m_file->open())
        return makeError(errors::kCannotOpen, Tr::tr("Cannot open %1.").arg(layout.dir));
    if (!l->m_file->tryLock(mode == Mode::Exclusive))
        return inUse();
    return l;
}

Result<void> StoreUseLock::upgradeToExclusive()
{
    if (m_file->tryLock(true))
        return {};
    // The shared lock was let go to ask: take it again.
    m_file->tryLock(false);
    return inUse();
}

void StoreUseLock::downgradeToShared()
{
    m_file->tryLock(false);
}

StoreUseLock::~StoreUseLock() = default;

} // namespace sohoa::store
