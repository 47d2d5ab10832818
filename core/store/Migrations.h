#pragma once

#include "common/Result.h"

namespace sohoa::store {

class Database;

// The schema version this build writes; schema files are resources/schema/NNNN-*.sql.
int latestSchemaVersion();

// Brings the database to targetVersion (default: latestSchemaVersion()) in one
// transaction. A database from a newer SoHoa is refused before anything is
// written to it. Older targets exist for tests that build "old" stores.
Result<int> migrateSchema(Database& db, int targetVersion = 0);

} // namespace sohoa::store
