#pragma once

#include "core/accounts/Account.h"
#include "core/accounts/Role.h"
#include "core/audit/Roster.h"
#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/StoreLayout.h"
#include "core/store/StoreUseLock.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace sohoa::store {
class Keyring;
}

namespace sohoa::accounts {

inline constexpr int kMaxFailedSignIns = 5;
inline constexpr int kLockoutMinutes = 15;

// A signed-in account on an open store. Every operation that changes data
// takes a Session and asks it for the permission it needs, so what a role may
// do is decided here, not by what the UI happens to show.
class Session {
public:
    // Checks the password against the account's key slot (Argon2id), counts
    // failures (kMaxFailedSignIns in a row lock the account for kLockoutMinutes),
    // opens and migrates the database, and records the sign-in. The password
    // bytes are wiped. onUpgrade hears (on this thread) when a migration starts.
    static Result<std::unique_ptr<Session>> signIn(const QString& storePath, const QString& accountName,
                                                   QByteArray passwordUtf8,
                                                   const store::UpgradeStarted& onUpgrade = {});

    // Opens the store with the recovery code from the commune's safe. The
    // session may only set a new administrator password (see AccountAdmin).
    static Result<std::unique_ptr<Session>>
    signInWithRecoveryCode(const QString& storePath, const QString& recoveryCode,
                           const store::UpgradeStarted& onUpgrade = {});

    ~Session();

    const Account& account() const { return m_account; }
    QString actor() const { return m_account.name; }
    Role role() const { return m_account.role; }
    bool isRecovery() const { return m_recovery; }
    bool can(Permission p) const;
    // An error "auth.forbidden" naming what was refused when the role lacks p.
    Result<void> require(Permission p) const;

    store::Database& db() { return *m_db; }
    const store::StoreLayout& layout() const { return m_layout; }
    QString storeId() const { return m_storeId; }

    // Appends to the audit trail as this account (inside the caller's transaction).
    Result<qint64> audit(const QString& action, const QString& entity, const QJsonObject& details = {});

    // Another connection to the same store for a worker thread.
    Result<std::unique_ptr<store::Database>> openConnection() const;

    // The public half of this account's signing key (audit/Roster.h); its
    // secret half signs this account's audit entries while the session lasts.
    QByteArray signingPublicKey() const { return m_signingPublicKey; }

    // For account administration (AccountAdmin) only: the data key to wrap for a new slot.
    const crypto::SecretBytes& dataKey() const { return m_dataKey; }
    void refreshAccount();

    // Records a sign-out (desktop: explicit sign-out or idle lock).
    void signOut(const QString& reason);

    // Administrators: replaces the store's data key. The database is copied
    // into a file encrypted with a new random key (sqlcipher_export), the new
    // key is sealed to every account's and the recovery code's key slot (no
    // password needed, see store::KeySlot), and the files are swapped so that a
    // crash at any point leaves a store that opens with the old or the new key.
    // Refused while another program has the store open.
    Result<void> rotateDataKey();

private:
    Session() = default;
    static Result<std::unique_ptr<Session>> openWithKey(const store::StoreLayout& layout,
                                                        crypto::SecretBytes key, crypto::SecretBytes slotKek,
                                                        const QString& slotId, bool recovery,
                                                        const store::UpgradeStarted& onUpgrade);
    Result<void> importPendingEvents();
    Result<void> setUpSigningKey(store::Keyring& keyring, const QString& slotId, bool& keyringChanged);
    Result<void> updateRoster();

    store::StoreLayout m_layout;
    crypto::SecretBytes m_dataKey;
    std::unique_ptr<store::StoreUseLock> m_useLock;
    std::unique_ptr<store::Database> m_db;
    Account m_account;
    QString m_storeId;
    bool m_recovery = false;
    bool m_signedOut = false;
    crypto::SecretBytes m_slotKek; // only during sign-in: opens the signing key
    QByteArray m_signingPublicKey;
    QByteArray m_recoverySigningKey; // the recovery slot's, listed by an administrator
    std::unique_ptr<audit::SignerHandle> m_signer;
};

} // namespace sohoa::accounts
