#pragma once

#include "core/accounts/Account.h"
#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/crypto/PasswordKdf.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sohoa::accounts {

// Account administration. Each function checks the session's permission
// itself and writes the change and its audit entry in one transaction.

Result<Account> addAccount(Session& admin, const QString& name, Role role, QByteArray passwordUtf8,
                           const crypto::KdfParams& kdf = crypto::KdfParams::moderate());

// An administrator sets a new password for another account (which must change
// it at its next sign-in). A recovery-code session may only do this for admins.
Result<void> resetPassword(Session& admin, const QString& name, QByteArray newPasswordUtf8,
                           const crypto::KdfParams& kdf = crypto::KdfParams::moderate());

// The signed-in account changes its own password (the old one is checked again).
Result<void> changeOwnPassword(Session& self, QByteArray oldPasswordUtf8, QByteArray newPasswordUtf8,
                               const crypto::KdfParams& kdf = crypto::KdfParams::moderate());

// Disabling removes the account's key slot at once and marks the store for a
// new data key (rekeyPending), because the account's owner may have kept the
// old key: sohoa-cli user disable rotates it immediately; the desktop asks the
// administrator to run it while no one else has the store open. Enabling
// again needs a new password: enableAccount (an account that still has its
// slot, from before this rule, may be enabled without one).
Result<void> setAccountActive(Session& admin, const QString& name, bool active);
Result<void> enableAccount(Session& admin, const QString& name, QByteArray newPasswordUtf8,
                           const crypto::KdfParams& kdf = crypto::KdfParams::moderate());
// True after an account was disabled until the data key is replaced.
Result<bool> rekeyPending(Session& session);
Result<void> setAccountRole(Session& admin, const QString& name, Role role);

Result<QList<Account>> listAccounts(Session& session);

} // namespace sohoa::accounts
