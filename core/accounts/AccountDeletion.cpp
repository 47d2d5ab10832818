#include "core/accounts/AccountDeletion.h"

#include "core/accounts/Errors.h"
#include "core/audit/Actions.h"
#include "core/audit/Roster.h"
#include "core/common/Clock.h"
#include "core/i18n/Tr.h"
#include "core/store/Errors.h"
#include "core/store/Keyring.h"
#include "core/store/StoreDatabase.h"
#include "core/sync/Approvals.h"

#include <QCoreApplication>

namespace sohoa::accounts {

Result<void> removeKeySlot(Session& admin, const QString& slotId, const std::function<Result<void>()>& change)
{
    const QString keyringFile = admin.layout().keyringFile();
    store::KeyringLock lock(keyringFile);
    if (!lock.acquired())
        return makeError(store::errors::kBusy, Tr::tr("The store is busy in another program; try again."));
    SOHOA_TRY_ASSIGN(auto keyring, store::Keyring::loadVerified(keyringFile, admin.dataKey()));
    const store::Keyring before = keyring;
    keyring.removeSlot(slotId);
    keyring.authenticate(admin.dataKey());
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(admin.db()));
    SOHOA_TRY(change());
    SOHOA_TRY(keyring.save(keyringFile));
    if (auto r = tx.commit(); !r) {
        (void)before.save(keyringFile);
        return r.error();
    }
    return {};
}

Result<void> revokeSigningKey(Session& admin, const QString& account)
{
    SOHOA_TRY_ASSIGN(auto key, audit::currentSigningKey(admin.db(), account));
    if (key.isEmpty())
        return {};
    SOHOA_TRY_ASSIGN(auto undelivered, sync::approvals::undeliveredStatements(admin.db(), account));
    return audit::addRevocationEntry(admin.db(), account, key, admin.actor(), admin.signingPublicKey(),
                                     undelivered);
}

Result<void> checkNameNotDeleted(store::Database& db, const QString& name)
{
    SOHOA_TRY_ASSIGN(
        auto row,
        db.queryRow("SELECT name FROM accounts WHERE name = ? AND deleted_at IS NOT NULL;", name.trimmed()));
    if (row)
        return makeError(errors::kAccountExists,
                         Tr::tr("An account named '%1' existed and was deleted; its history keeps that name. "
                                "Choose another name.")
                             .arg(row->text(0)));
    return {};
}

Result<void> deleteAccount(Session& admin, const QString& rawName)
{
    SOHOA_TRY(admin.require(Permission::ManageAccounts));
    if (admin.isRecovery())
        return makeError(errors::kAuthForbidden,
                         Tr::tr("With the recovery code you can only set a new administrator password."));
    const QString name = rawName.trimmed();
    SOHOA_TRY_ASSIGN(auto row, admin.db().queryRow("SELECT id, name, slot_id, role, active FROM accounts "
                                                   "WHERE name = ? AND deleted_at IS NULL;",
                                                   name));
    if (!row)
        return makeError(errors::kAccountNotFound, Tr::tr("There is no account named '%1'.").arg(name));
    const qint64 id = row->integer(0);
    const QString accountName = row->text(1);
    const QString slotId = row->text(2);
    const Role role = roleFromName(row->text(3)).value_or(Role::Clerk);
    const bool active = row->integer(4) != 0;
    if (id == admin.account().id)
        return makeError(errors::kAccountSelf, Tr::tr("You cannot delete your own account."));
    if (role == Role::Admin) {
        SOHOA_TRY_ASSIGN(auto others,
                         admin.db().queryRow("SELECT count(*) FROM accounts WHERE role = 'admin' "
                                             "AND active = 1 AND deleted_at IS NULL AND id <> ?;",
                                             id));
        if (!others || others->integer(0) < 1)
            return makeError(errors::kAccountLastAdmin, Tr::tr("The last administrator cannot be deleted."));
    }
    return removeKeySlot(admin, slotId, [&]() -> Result<void> {
        SOHOA_TRY(
            admin.db().execute("UPDATE accounts SET active = 0, deleted_at = ?, deleted_by = ? WHERE id = ?;",
                               nowIso(), admin.actor(), id));
        SOHOA_TRY(store::writeMeta(admin.db(), "rekey_pending", QStringLiteral("1")));
        // A disabled account's key is revoked already; otherwise the roster
        // says so now, signed by this administrator, from this entry on.
        if (active)
            SOHOA_TRY(revokeSigningKey(admin, accountName));
        SOHOA_TRY(admin.audit(audit::actions::kAccountDeleted, QStringLiteral("account:") + accountName,
                              {{QStringLiteral("role"), roleName(role)},
                               {QStringLiteral("was_active"), active},
                               {QStringLiteral("key_slot_removed"), true}}));
        return {};
    });
}

} // namespace sohoa::accounts
