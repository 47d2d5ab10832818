#pragma once

#include "core/common/Result.h"
#include "core/store/StoreLayout.h"

#include <memory>

namespace sohoa::store {

class LockFile;

// Says "this store is open here" to every other process, with an OS file lock
// on <store>/in-use.lock that the OS drops when the process dies. Every
// session holds it shared; key rotation and replacing a store by a restore
// need it exclusive, so they never swap files under a running SoHoa.
class StoreUseLock {
public:
    enum class Mode { Shared, Exclusive };

    // Never waits: fails with "store.in_use" when the other mode is held.
    static Result<std::unique_ptr<StoreUseLock>> acquire(const StoreLayout& layout, Mode mode);
    ~StoreUseLock();
    StoreUseLock(const StoreUseLock&) = delete;
    StoreUseLock& operator=(const StoreUseLock&) = delete;

    // Shared -> exclusive without letting go, when nobody else holds it.
    Result<void> upgradeToExclusive();
    void downgradeToShared();

private:
    StoreUseLock() = default;
    std::unique_ptr<LockFile> m_file;
};

} // namespace sohoa::store
