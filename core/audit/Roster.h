#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace sohoa::store {
class Database;
}

namespace sohoa::audit {

// The office's roster of signing keys (issue 21, finding 1): one Ed25519 key
// per account, its secret half wrapped by the account's password in
// keyring.json (store::KeySlot), its public half in the table signing_keys.
// Each roster row states (account, role, public key, first audit entry it
// applies to) and is signed by an administrator whose own row came earlier;
// the first row (the store's first administrator) signs itself and is the
// roster's root. Audit entries by accounts carry the actor's signature over
// the entry hash, so a data-key holder who rewrites actors or re-hashes the
// chain cannot produce entries that verify under another account's key.
struct RosterEntry {
    qint64 id = 0;
    QString account;
    QString role;
    QByteArray publicKey;
    qint64 fromSeq = 0;
    QString signedBy; // empty: not yet signed by an administrator
    QByteArray signerKey;
    QByteArray signature;
    // Format 2 (revocation rows written since December 2026): the account's
    // statements that existed and were not yet delivered when it was disabled
    // (sync::approvals::statementListItem: "seq:id"), signed with the row. The
    // registry takes a statement the account made before this row only if it
    // is listed here. Format 1 rows (every other row, and revocations written
    // before) carry no list and sign the same bytes as before.
    int format = 1;
    QStringList statements;
};

// The newest roster row format (RosterEntry::format).
inline constexpr int kRosterFormat = 2;

// The role of the roster row an administrator adds when an account is
// disabled: from that row's from_seq on, the account's key signs nothing the
// registry accepts (sync/Approvals.h) and no audit entry of it verifies.
inline constexpr char kDisabledRole[] = "disabled";

// The bytes an administrator signs for a roster row.
QByteArray canonicalRosterContent(const RosterEntry& e);
// The bytes an actor signs for an audit entry (its chain hash, domain-separated).
QByteArray auditSignedMessage(const QByteArray& entryHash);

// The key an account signs with in this process while it is signed in. The
// registration ends when the returned handle goes away (sign-out).
class SignerHandle {
public:
    ~SignerHandle();
    SignerHandle(const SignerHandle&) = delete;
    SignerHandle& operator=(const SignerHandle&) = delete;

private:
    friend std::unique_ptr<SignerHandle> registerSigner(const QString&, const QByteArray&,
                                                        crypto::SecretBytes);
    SignerHandle() = default;
    quint64 m_id = 0;
};
std::unique_ptr<SignerHandle> registerSigner(const QString& actor, const QByteArray& publicKey,
                                             crypto::SecretBytes secretKey);
// A copy of the registered secret key (a signed-in account's own password
// reset keeps its key); empty when none is registered.
crypto::SecretBytes registeredSecretKey(const QString& actor, const QByteArray& publicKey);
// Signs msg with the registered key of actor whose public key is publicKey; empty when none is registered.
QByteArray signAs(const QString& actor, const QByteArray& publicKey, const QByteArray& msg);

// The public key of the account's newest roster row, or empty.
Result<QByteArray> currentSigningKey(store::Database& db, const QString& account);
Result<QList<RosterEntry>> loadRoster(store::Database& db);

// Adds a row for account (role, publicKey), applying from the next audit
// entry. signer/signerPublicKey: the administrator who signs it (may be the
// account itself for the root); when signerPublicKey is empty the row waits
// for an administrator (signPendingRosterEntries). Inside the caller's transaction.
Result<void> addRosterEntry(store::Database& db, const QString& account, const QString& role,
                            const QByteArray& publicKey, const QString& signer,
                            const QByteArray& signerPublicKey);
// Adds the revocation row of account (role "disabled", format 2) listing its
// statements not yet delivered (`undelivered`), signed by the administrator
// signer, applying from the next audit entry. Inside the caller's transaction.
Result<void> addRevocationEntry(store::Database& db, const QString& account, const QByteArray& publicKey,
                                const QString& signer, const QByteArray& signerPublicKey,
                                const QStringList& undelivered);
// An administrator signs the rows that wait for one: accounts that got their
// key at sign-in after an upgrade, or the store's first administrator (whose
// own row, signed by itself, becomes the root). A waiting row of an account
// that already has a signed row is left alone (a key nobody asked for: verify
// reports it). The recovery code signs only administrators' rows. Returns how
// many were signed.
Result<int> signPendingRosterEntries(store::Database& db, const QString& admin,
                                     const QByteArray& adminPublicKey, bool adminRowsOnly = false);

struct RosterCheck {
    bool valid = true;
    QString problem;
    qint64 badFromSeq = 0; // the first audit entry the bad row applies to
    QByteArray rootKey; // the root administrator's public key (compare with the copy kept outside the store)
    QString rootAccount;
};
// Checks every row's signature: the root signs itself and is an administrator;
// every other row is signed by an administrator row that came before it.
RosterCheck checkRoster(const QList<RosterEntry>& roster);

// Printable fingerprint of a public key: BLAKE2b-128 in groups of four hex digits.
QString keyFingerprint(const QByteArray& publicKey);

} // namespace sohoa::audit
