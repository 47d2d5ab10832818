#pragma once

#include "core/common/Result.h"

#include <functional>

namespace sohoa::store {

class Database;

// The schema version this build writes; schema files are resources/schema/NNNN-*.sql.
int latestSchemaVersion();

// Called (on the migrating thread) when an upgrade is about to run, so that
// whoever waits can say why: re-indexing a large store takes a while, once.
using UpgradeStarted = std::function<void(int fromVersion, int toVersion)>;

// Brings the database to targetVersion (default: latestSchemaVersion()) in one
// transaction. A database from a newer SoHoa is refused before anything is
// written to it. Older targets exist for tests that build "old" stores.
Result<int> migrateSchema(Database& db, int targetVersion = 0, const UpgradeStarted& onUpgrade = {});

} // namespace sohoa::store
