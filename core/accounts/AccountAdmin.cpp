#include "core/accounts/AccountAdmin.h"

#include "core/accounts/AccountDeletion.h"
#include "core/accounts/Errors.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/audit/Actions.h"
#include "core/audit/Roster.h"
#include "core/common/Clock.h"
#include "core/i18n/Tr.h"
#include "core/store/Errors.h"
#include "core/store/Keyring.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>

namespace sohoa::accounts {

namespace {

Error noSuchAccount(const QString& name)
{
    return makeError(errors::kAccountNotFound, Tr::tr("There is no account named '%1'.").arg(name));
}

Error keyFileBusy()
{
    return makeError(store::errors::kBusy, Tr::tr("The store is busy in another program; try again."));
}

struct AccountRow {
    qint64 id = 0;
    QString name;
    QString slotId;
    Role role = Role::Clerk;
    bool active = true;
};

Result<AccountRow> findAccount(store::Database& db, const QString& name)
{
    SOHOA_TRY_ASSIGN(
        auto row,
        db.queryRow(
            "SELECT id, name, slot_id, role, active FROM accounts WHERE name = ? AND deleted_at IS NULL;",
            name.trimmed()));
    if (!row)
        return noSuchAccount(name);
    return AccountRow{row->integer(0), row->text(1), row->text(2),
                      roleFromName(row->text(3)).value_or(Role::Clerk), row->integer(4) != 0};
}

Result<qint64> countActiveAdmins(store::Database& db)
{
    return db.queryInt("SELECT count(*) FROM accounts WHERE role = 'admin' AND active = 1;");
}

// The account a slot opens, for its roster row (audit/Roster.h).
struct SlotOwner {
    QString name;
    Role role = Role::Clerk;
    const crypto::SecretBytes* keepSigningKey = nullptr; // the owner's own password change
};

// Writes a new key slot for slotId under password, then runs `change` (SQL +
// audit) in a transaction; the key file is restored if the transaction fails.
// A slot with a new signing key gets a roster row signed by the session's account.
template <typename Change>
Result<void> withNewSlot(Session& session, const QString& slotId, const QByteArray& passwordUtf8,
                         const crypto::KdfParams& kdf, const SlotOwner& owner, Change change)
{
    // An account that sets its own new password keeps its key.
    crypto::SecretBytes ownKey;
    if (!owner.keepSigningKey && owner.name == session.actor())
        ownKey = audit::registeredSecretKey(session.actor(), session.signingPublicKey());
    SOHOA_TRY_ASSIGN(const store::KeySlot slot,
                     store::Keyring::makeSlot(slotId, store::KeySlot::Kind::Account, session.dataKey(),
                                              passwordUtf8, kdf,
                                              owner.keepSigningKey ? owner.keepSigningKey
                                                                   : (ownKey.isEmpty() ? nullptr : &ownKey)));
    const QString keyringFile = session.layout().keyringFile();
    store::KeyringLock lock(keyringFile);
    if (!lock.acquired())
        return keyFileBusy();
    SOHOA_TRY_ASSIGN(auto keyring, store::Keyring::loadVerified(keyringFile, session.dataKey()));
    const store::Keyring before = keyring;
    keyring.putSlot(slot);
    keyring.authenticate(session.dataKey());

    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    SOHOA_TRY(change());
    SOHOA_TRY_ASSIGN(auto listed, audit::currentSigningKey(session.db(), owner.name));
    if (listed != slot.signPublicKey)
        SOHOA_TRY(audit::addRosterEntry(session.db(), owner.name, roleName(owner.role), slot.signPublicKey,
                                        session.actor(), session.signingPublicKey()));
    SOHOA_TRY(keyring.save(keyringFile));
    if (auto r = tx.commit(); !r) {
        (void)before.save(keyringFile);
        return r.error();
    }
    return {};
}

} // namespace

Result<Account> addAccount(Session& admin, const QString& rawName, Role role, QByteArray passwordUtf8,
                           const crypto::KdfParams& kdf)
{
    struct Wipe {
        QByteArray& b;
        ~Wipe() { crypto::wipe(b); }
    } wipe{passwordUtf8};
    SOHOA_TRY(admin.require(Permission::ManageAccounts));
    if (admin.isRecovery())
        return makeError(errors::kAuthForbidden,
                         Tr::tr("With the recovery code you can only set a new administrator password."));
    const QString name = rawName.trimmed();
    SOHOA_TRY(checkAccountName(name));
    SOHOA_TRY(checkPasswordPolicy(passwordUtf8));
    SOHOA_TRY(checkNameNotDeleted(admin.db(), name));
    if (auto existing = findAccount(admin.db(), name); existing)
        return makeError(errors::kAccountExists, Tr::tr("An account named '%1' already exists.").arg(name));

    SOHOA_TRY_ASSIGN(auto keyring, store::Keyring::load(admin.layout().keyringFile()));
    const QString slotId = keyring.accountSlotId(name);
    Account created;
    SOHOA_TRY(withNewSlot(admin, slotId, passwordUtf8, kdf, SlotOwner{name, role}, [&]() -> Result<void> {
        const QString now = nowIso();
        SOHOA_TRY(admin.db().execute("INSERT INTO accounts (name, role, slot_id, created_at, created_by) "
                                     "VALUES (?, ?, ?, ?, ?);",
                                     name, roleName(role), slotId, now, admin.actor()));
        created.id = admin.db().lastInsertId();
        created.name = name;
        created.role = role;
        created.createdAt = now;
        SOHOA_TRY(admin.audit(audit::actions::kAccountCreated, QStringLiteral("account:") + name,
                              {{QStringLiteral("role"), roleName(role)}}));
        return {};
    }));
    return created;
}

Result<void> resetPassword(Session& admin, const QString& name, QByteArray newPasswordUtf8,
                           const crypto::KdfParams& kdf)
{
    struct Wipe {
        QByteArray& b;
        ~Wipe() { crypto::wipe(b); }
    } wipe{newPasswordUtf8};
    SOHOA_TRY(admin.require(Permission::ManageAccounts));
    SOHOA_TRY(checkPasswordPolicy(newPasswordUtf8));
    SOHOA_TRY_ASSIGN(auto target, findAccount(admin.db(), name));
    if (admin.isRecovery() && target.role != Role::Admin)
        return makeError(errors::kAuthForbidden,
                         Tr::tr("With the recovery code you can only set a new administrator password."));
    // Re-enabling is its own audited decision (enableAccount), never a side effect.
    if (!target.active)
        return makeError(
            errors::kAccountDisabled,
            Tr::tr("The account '%1' is disabled. Enable it first (it then gets a new password).")
                .arg(target.name));
    // An administrator who resets a password knows it; the owner must replace it.
    // After recovery the administrator sets their own new password, so no change is forced.
    const bool forceChange = !admin.isRecovery() && target.id != admin.account().id;
    return withNewSlot(
        admin, target.slotId, newPasswordUtf8, kdf, SlotOwner{target.name, target.role},
        [&]() -> Result<void> {
            SOHOA_TRY(admin.db().execute("UPDATE accounts SET must_change_password = ? WHERE id = ?;",
                                         forceChange, target.id));
            SOHOA_TRY(admin.audit(admin.isRecovery() ? audit::actions::kAccountPasswordResetByRecovery
                                                     : audit::actions::kAccountPasswordReset,
                                  QStringLiteral("account:") + target.name));
            return {};
        });
}

Result<void> changeOwnPassword(Session& self, QByteArray oldPasswordUtf8, QByteArray newPasswordUtf8,
                               const crypto::KdfParams& kdf)
{
    struct Wipe {
        QByteArray& a;
        QByteArray& b;
        ~Wipe()
        {
            crypto::wipe(a);
            crypto::wipe(b);
        }
    } wipe{oldPasswordUtf8, newPasswordUtf8};
    if (self.isRecovery())
        return makeError(errors::kAuthForbidden, Tr::tr("Sign in with an account to change its password."));
    SOHOA_TRY(checkPasswordPolicy(newPasswordUtf8));
    SOHOA_TRY_ASSIGN(auto row, findAccount(self.db(), self.actor()));
    SOHOA_TRY_ASSIGN(auto keyring, store::Keyring::load(self.layout().keyringFile()));
    const store::KeySlot* slot = keyring.findSlot(row.slotId);
    crypto::SecretBytes kek;
    if (!slot || !store::Keyring::unwrapSlot(*slot, oldPasswordUtf8, &kek))
        return makeError(errors::kAuthFailed, Tr::tr("The current password is wrong."));
    // The signing key stays the same (its roster row stays valid); only its wrapping changes.
    crypto::SecretBytes signingKey;
    if (!slot->signPublicKey.isEmpty()) {
        SOHOA_TRY_ASSIGN(auto opened, store::Keyring::unwrapSigningKey(*slot, kek));
        signingKey = std::move(opened);
    }
    const SlotOwner owner{row.name, row.role, signingKey.isEmpty() ? nullptr : &signingKey};
    SOHOA_TRY(withNewSlot(self, row.slotId, newPasswordUtf8, kdf, owner, [&]() -> Result<void> {
        SOHOA_TRY(self.db().execute("UPDATE accounts SET must_change_password = 0 WHERE id = ?;", row.id));
        SOHOA_TRY(self.audit(audit::actions::kAccountPasswordChanged, QStringLiteral("account:") + row.name));
        return {};
    }));
    self.refreshAccount();
    return {};
}

Result<void> setAccountActive(Session& admin, const QString& name, bool active)
{
    SOHOA_TRY(admin.require(Permission::ManageAccounts));
    SOHOA_TRY_ASSIGN(auto target, findAccount(admin.db(), name));
    if (active) {
        // A disabled account's slot is gone (see disable below): it needs a new password.
        SOHOA_TRY_ASSIGN(auto keyring, store::Keyring::load(admin.layout().keyringFile()));
        if (!target.active && !keyring.findSlot(target.slotId))
            return makeError(
                errors::kAccountNeedsPassword,
                Tr::tr("The account '%1' has no password since it was disabled. Enable it with a new "
                       "password.")
                    .arg(target.name));
    }
    if (!active && target.id == admin.account().id)
        return makeError(errors::kAccountSelf, Tr::tr("You cannot disable your own account."));
    if (!active && target.role == Role::Admin) {
        SOHOA_TRY_ASSIGN(auto admins, countActiveAdmins(admin.db()));
        if (admins <= 1)
            return makeError(errors::kAccountLastAdmin, Tr::tr("The last administrator cannot be disabled."));
    }
    if (active == target.active)
        return {};
    auto change = [&]() -> Result<void> {
        SOHOA_TRY(admin.db().execute("UPDATE accounts SET active = ? WHERE id = ?;", active, target.id));
        if (!active)
            SOHOA_TRY(store::writeMeta(admin.db(), "rekey_pending", QStringLiteral("1")));
        // The roster says so, signed by this administrator: the registry then
        // refuses statements the account's key makes from this entry on, and
        // those dated before that it did not list. Enabling (an old account
        // that kept its slot) states the role again.
        if (!active)
            SOHOA_TRY(revokeSigningKey(admin, target.name));
        SOHOA_TRY_ASSIGN(auto key, audit::currentSigningKey(admin.db(), target.name));
        if (active && !key.isEmpty())
            SOHOA_TRY(audit::addRosterEntry(admin.db(), target.name, roleName(target.role), key,
                                            admin.actor(), admin.signingPublicKey()));
        SOHOA_TRY(
            admin.audit(active ? audit::actions::kAccountEnabled : audit::actions::kAccountDisabled,
                        QStringLiteral("account:") + target.name,
                        active ? QJsonObject{} : QJsonObject{{QStringLiteral("key_slot_removed"), true}}));
        return {};
    };
    if (active) {
        SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(admin.db()));
        SOHOA_TRY(change());
        return tx.commit();
    }
    // Disabling removes the account's key slot, so its password no longer
    // opens the key file; the store key itself is replaced by rotateDataKey()
    // (the CLI does it at once; until then rekeyPending() says so).
    return removeKeySlot(admin, target.slotId, change);
}

Result<void> enableAccount(Session& admin, const QString& name, QByteArray newPasswordUtf8,
                           const crypto::KdfParams& kdf)
{
    struct Wipe {
        QByteArray& b;
        ~Wipe() { crypto::wipe(b); }
    } wipe{newPasswordUtf8};
    SOHOA_TRY(admin.require(Permission::ManageAccounts));
    if (admin.isRecovery())
        return makeError(errors::kAuthForbidden,
                         Tr::tr("With the recovery code you can only set a new administrator password."));
    SOHOA_TRY(checkPasswordPolicy(newPasswordUtf8));
    SOHOA_TRY_ASSIGN(auto target, findAccount(admin.db(), name));
    if (target.active)
        return makeError(errors::kAccountActive,
                         Tr::tr("The account '%1' is not disabled.").arg(target.name));
    return withNewSlot(
        admin, target.slotId, newPasswordUtf8, kdf, SlotOwner{target.name, target.role},
        [&]() -> Result<void> {
            SOHOA_TRY(admin.db().execute(
                "UPDATE accounts SET active = 1, must_change_password = 1 WHERE id = ?;", target.id));
            SOHOA_TRY(admin.audit(audit::actions::kAccountEnabled, QStringLiteral("account:") + target.name,
                                  {{QStringLiteral("new_password"), true}}));
            return {};
        });
}

Result<bool> rekeyPending(Session& session)
{
    SOHOA_TRY_ASSIGN(auto v, store::readMeta(session.db(), "rekey_pending"));
    return v == QLatin1String("1");
}

Result<void> setAccountRole(Session& admin, const QString& name, Role role)
{
    SOHOA_TRY(admin.require(Permission::ManageAccounts));
    if (admin.isRecovery())
        return makeError(errors::kAuthForbidden,
                         Tr::tr("With the recovery code you can only set a new administrator password."));
    SOHOA_TRY_ASSIGN(auto target, findAccount(admin.db(), name));
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(admin.db()));
    if (target.role == Role::Admin && role != Role::Admin) {
        SOHOA_TRY_ASSIGN(auto admins, countActiveAdmins(admin.db()));
        if (admins <= 1)
            return makeError(errors::kAccountLastAdmin,
                             Tr::tr("The last administrator cannot be given another role."));
    }
    SOHOA_TRY(admin.db().execute("UPDATE accounts SET role = ? WHERE id = ?;", roleName(role), target.id));
    SOHOA_TRY(admin.audit(
        audit::actions::kAccountRoleChanged, QStringLiteral("account:") + target.name,
        {{QStringLiteral("from"), roleName(target.role)}, {QStringLiteral("to"), roleName(role)}}));
    // The roster states the new role with the same key, signed by this administrator.
    SOHOA_TRY_ASSIGN(auto key, audit::currentSigningKey(admin.db(), target.name));
    // A disabled account's row stays "disabled"; enabling it states its role then.
    if (!key.isEmpty() && role != target.role && target.active)
        SOHOA_TRY(audit::addRosterEntry(admin.db(), target.name, roleName(role), key, admin.actor(),
                                        admin.signingPublicKey()));
    return tx.commit();
}

Result<QList<Account>> listAccounts(Session& session)
{
    SOHOA_TRY(session.require(Permission::ReadRecords));
    SOHOA_TRY_ASSIGN(store::Statement st,
                     session.db().prepare("SELECT id, name, display_name, role, active, "
                                          "must_change_password, created_at "
                                          "FROM accounts WHERE deleted_at IS NULL ORDER BY name;"));
    QList<Account> out;
    SOHOA_TRY(st.forEachRow([&](const store::Statement& row) {
        Account a;
        a.id = row.integer(0);
        a.name = row.text(1);
        a.displayName = row.text(2);
        a.role = roleFromName(row.text(3)).value_or(Role::Clerk);
        a.active = row.integer(4) != 0;
        a.mustChangePassword = row.integer(5) != 0;
        a.createdAt = row.text(6);
        out.append(a);
    }));
    return out;
}

} // namespace sohoa::accounts
