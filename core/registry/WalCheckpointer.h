#pragma once

#include "common/Result.h"

#include <memory>

namespace sohoa::store {
class Database;
}

// Copies the registry database's write-ahead log into the database file on a
// thread of its own, so that the requests being served do not wait for it:
// left to SQLite, the commit that crosses 1000 WAL pages does the copy and its
// two fsyncs itself (about a third of the time of a page-image upload). It only
// moves data already committed (and synced) in the WAL, so durability is the
// same. If it falls far behind, the serving connection checkpoints again itself.
namespace sohoa::registry {

class RegistryStore;

class WalCheckpointer {
public:
    // servingDb: the connection requests are served on (its own checkpoints are
    // pushed back to a 64 MiB log).
    static Result<std::unique_ptr<WalCheckpointer>> start(const RegistryStore& store,
                                                          store::Database& servingDb);
    ~WalCheckpointer();

    struct Impl;

private:
    explicit WalCheckpointer(std::unique_ptr<Impl> d);
    std::unique_ptr<Impl> d;
};

} // namespace sohoa::registry
