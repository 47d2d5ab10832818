#include "registry/WalCheckpointer.h"

#include "registry/RegistryStore.h"
#include "store/Database.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace sohoa::registry {

struct WalCheckpointer::Impl {
    std::unique_ptr<store::Database> db; // its own connection, used on `thread` only
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    std::thread thread;

    void loop()
    {
        std::unique_lock lock(mutex);
        while (!stopping) {
            wake.wait_for(lock, std::chrono::milliseconds(100));
            if (stopping)
                break;
            lock.unlock();
            // PASSIVE: copies what it can without waiting for the serving
            // connection; a busy or failed pass is simply tried again next time.
            (void)db->exec("PRAGMA wal_checkpoint(PASSIVE);");
            lock.lock();
        }
    }
};

WalCheckpointer::WalCheckpointer(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{
}

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::start(const RegistryStore& store,
                                                                store::Database& servingDb)
{
    auto impl = std::make_unique<Impl>();
    auto db = store.openConnection();
    if (!db)
        return db.error();
    impl->db = std::move(*db);
    // 16384 pages of 4 KiB: the serving connection checkpoints only if this thread falls that far behind.
    SOHOA_TRY(servingDb.exec("PRAGMA wal_autocheckpoint = 16384;"));
    SOHOA_TRY(impl->db->exec("PRAGMA wal_autocheckpoint = 0;"));
    Impl* raw = impl.get();
    impl->thread = std::thread([raw] { raw->loop(); });
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(std::move(impl)));
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    d->thread.join();
}

} // namespace sohoa::registry
