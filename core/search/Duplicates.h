#pragma once

#include "common/Result.h"
#include "records/Record.h"

namespace sohoa::store {
class Database;
}

namespace sohoa::search {

// `duplicate.suspect` warnings for records in the store that are probably the
// same event as `record` (blocking keys first, then a similarity score).
Result<QList<records::Issue>> findDuplicateIssues(store::Database& db, const records::Record& record);

} // namespace sohoa::search
