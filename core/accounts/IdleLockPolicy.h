#pragma once

#include "core/accounts/Role.h"
#include "core/accounts/Session.h"
#include "core/common/Result.h"

namespace sohoa::accounts {

// How long a signed-in desktop may sit idle before it locks, at most, per
// role. An administrator sets it; each user may choose a shorter time but
// never a longer one nor "never" (0). Kept in the encrypted store, so it holds
// for every computer and cannot be edited away in a settings file.
inline constexpr int kDefaultIdleLockMaxMinutes = 15;
inline constexpr int kIdleLockMaxMinutesCeiling = 240;

Result<int> idleLockLimit(store::Database& db, Role role);
// Needs ManageSettings; 1..kIdleLockMaxMinutesCeiling minutes; audited.
Result<void> setIdleLockLimit(Session& admin, Role role, int maxMinutes);
// The idle time the session's desktop must use for what its user asked
// (0 = never): the request when it is within the limit, else the limit.
Result<int> effectiveIdleLockMinutes(Session& session, int requestedMinutes);

} // namespace sohoa::accounts
