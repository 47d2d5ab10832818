#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/StoreLayout.h"

#include <memory>

namespace sohoa::store {

enum class Migrate { Yes, No };

// Opens a store's database with its data key, refuses a newer schema untouched,
// then switches to the encrypted WAL journal and applies pending migrations.
Result<std::unique_ptr<Database>> openStoreDatabase(const StoreLayout& layout,
                                                    const crypto::SecretBytes& dataKey,
                                                    Migrate migrate = Migrate::Yes,
                                                    const UpgradeStarted& onUpgrade = {});

// Creates an empty encrypted database at layout.databaseFile() with the current schema.
Result<std::unique_ptr<Database>> createStoreDatabase(const StoreLayout& layout,
                                                      const crypto::SecretBytes& dataKey);

// What every store connection sets after opening: the encrypted WAL journal,
// full fsync on commit, the page cache size.
Result<void> applyConnectionSettings(Database& db);

// Settings table helpers (inside the encrypted database).
Result<QString> readMeta(Database& db, const char* key);
Result<void> writeMeta(Database& db, const char* key, const QString& value);

} // namespace sohoa::store
