#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"

#include <QString>
#include <functional>

namespace sohoa::accounts {

// Deleting an account (administrators; never one's own, never the last
// administrator). It goes the way disabling goes: the key slot is removed at
// once, the store is marked for a new data key (rekeyPending; sohoa-cli and the
// desktop then call Session::rotateDataKey), and unless the account was already
// disabled an administrator-signed roster row with role "disabled" revokes its
// signing key, so the registry refuses what that key signs from then on. The
// account's row stays, marked deleted: its audit entries keep its name, it is
// no longer listed, and its name cannot be given to a new account.
Result<void> deleteAccount(Session& admin, const QString& name);

// Refuses a name that belonged to a deleted account (addAccount calls it).
Result<void> checkNameNotDeleted(store::Database& db, const QString& name);

// The one way an account loses its key slot (disable and delete): removes the
// slot from keyring.json under the key-file lock, then runs `change` (SQL,
// roster, audit) in one transaction and saves the key file; the key file is
// put back if the transaction fails.
Result<void> removeKeySlot(Session& admin, const QString& slotId,
                           const std::function<Result<void>()>& change);

// The administrator-signed roster row that revokes account's signing key from
// the next audit entry on (disable and delete), listing the account's
// statements not yet delivered so that the registry still takes those and
// nothing else dated before the revocation (sync::approvals). Nothing when the
// account never had a key. Inside the caller's transaction.
Result<void> revokeSigningKey(Session& admin, const QString& account);

} // namespace sohoa::accounts
