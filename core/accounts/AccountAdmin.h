#pragma once

#include "accounts/Account.h"
#include "accounts/Session.h"
#include "common/Result.h"
#include "crypto/PasswordKdf.h"

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

Result<void> setAccountActive(Session& admin, const QString& name, bool active);
Result<void> setAccountRole(Session& admin, const QString& name, Role role);

Result<QList<Account>> listAccounts(Session& session);

} // namespace sohoa::accounts
