#pragma once

#include "common/Result.h"
#include "store/StoreLayout.h"

#include <memory>

namespace sohoa::store {

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
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace sohoa::store
