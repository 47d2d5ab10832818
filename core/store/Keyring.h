#pragma once

#include "core/common/Result.h"
#include "core/crypto/PasswordKdf.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace sohoa::store {

// One way into the store. Each slot has an X25519 key pair: its secret key is
// wrapped (secretbox) under a key derived with Argon2id from the account's
// password or the recovery code, and the store's data key is sealed to its
// public key. So the data key can be rotated by sealing a new one to every
// slot without knowing any password, while only a password opens a slot.
struct KeySlot {
    enum class Kind { Account, Recovery };
    QString id; // for accounts: keyed hash of the account name, so no names sit in clear
    Kind kind = Kind::Account;
    QByteArray salt;
    crypto::KdfParams kdf;
    QByteArray publicKey;        // X25519
    QByteArray wrappedSecretKey; // secretbox(secret key, Argon2id(password, salt))
    QByteArray sealedDataKey;    // crypto_box_seal(data key, publicKey)
    QDateTime createdAt;         // UTC; events about an older slot of the same id no longer apply
    // Account slots: the account's Ed25519 signing key (audit entries, roster;
    // see audit/Roster.h). Empty in slots written before schema 12: added at the next sign-in.
    QByteArray signPublicKey;
    QByteArray wrappedSignSecretKey; // secretbox(signing secret key, Argon2id(password, salt))
    // Written without the data key (sign-in failures), so not covered by the MAC.
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
};

// keyring.json beside the database: everything needed before the data key is
// known, and nothing personal. Authorisation (roles) is inside the encrypted
// database.
//
// Integrity: the slots, the store identity, a generation counter and the
// anchor of the event chain carry a MAC keyed from the data key (version 2),
// so only someone who can open the store can change them; Session checks it
// at every sign-in, after the slot is unwrapped. The lockout counters and the
// queued events are written by failed sign-ins, which have no key, so they
// stay outside the MAC: each queued event is sealed to the store's public key
// and names, inside the sealing, the hash of the event before it, so an
// editor can neither read nor reorder nor drop events from the middle. What a
// password-less editor can still do (see docs/security.md): roll the whole
// file back to an older state (the database's generation counter catches
// most of that), or truncate the queue back to the last sign-in.
//
// Failed sign-ins never record what was typed as a name: only the slot id of
// an existing account, and the queue is capped (kMaxPendingEvents).
class Keyring {
public:
    static constexpr int kFormatVersion = 2;
    static constexpr int kMaxPendingEvents = 256;
    static constexpr qint64 kMaxFileBytes = qint64(4) * 1024 * 1024;

    static Result<Keyring> load(const QString& file);
    // load() for a key holder about to change the file: refuses one whose MAC
    // does not verify, so an edit is never blessed by the next authenticate().
    static Result<Keyring> loadVerified(const QString& file, const crypto::SecretBytes& dataKey);
    static Keyring createNew();
    // Atomic replace: write a temporary file, fsync, rename over, fsync the folder.
    Result<void> save(const QString& file) const;
    // Writes (and fsyncs) file without renaming anything: the first half of save().
    Result<void> writeDurably(const QString& file) const;

    // Integrity (see above). authenticate() bumps the generation and seals
    // the MAC with the data key: every change made by a key holder ends with it.
    bool hasMac() const { return !m_mac.isEmpty(); }
    bool verify(const crypto::SecretBytes& dataKey) const;
    void authenticate(const crypto::SecretBytes& dataKey);
    qint64 generation() const { return m_generation; }

    QString storeId() const { return m_storeId; }
    QByteArray eventsPublicKey() const { return m_eventsPublicKey; }
    void setEventsPublicKey(const QByteArray& key) { m_eventsPublicKey = key; }

    QString accountSlotId(const QString& accountName) const;
    KeySlot* findSlot(const QString& id);
    const KeySlot* findSlot(const QString& id) const;
    KeySlot* recoverySlot();
    void putSlot(KeySlot slot); // replaces a slot with the same id
    bool removeSlot(const QString& id);
    const QList<KeySlot>& keySlots() const { return m_slots; }

    // Locks a key holder has seen (imported auth.account_locked events), under
    // the MAC: erasing "locked_until" from a slot does not lift them.
    QDateTime sealedLockUntil(const QString& slotId) const { return m_sealedLocks.value(slotId); }
    void sealLock(const QString& slotId, const QDateTime& until);
    void dropExpiredLocks(const QDateTime& now);

    // A new slot for dataKey under a secret (password or recovery code). An
    // account slot gets a new signing key, or keeps signingSecretKey (a
    // password change by its owner) when one is given.
    static Result<KeySlot> makeSlot(const QString& id, KeySlot::Kind kind, const crypto::SecretBytes& dataKey,
                                    const QByteArray& secretUtf8, const crypto::KdfParams& kdf,
                                    const crypto::SecretBytes* signingSecretKey = nullptr);
    // kekOut (optional) receives the key derived from the secret, to open the signing key.
    static Result<crypto::SecretBytes> unwrapSlot(const KeySlot& slot, const QByteArray& secretUtf8,
                                                  crypto::SecretBytes* kekOut = nullptr);
    static Result<crypto::SecretBytes> unwrapSigningKey(const KeySlot& slot, const crypto::SecretBytes& kek);
    // Gives an older slot a new signing key wrapped under kek; returns its secret half.
    static crypto::SecretBytes addSigningKey(KeySlot& slot, const crypto::SecretBytes& kek);
    // Seals a new data key to every slot (key rotation); no password is needed.
    void resealDataKey(const crypto::SecretBytes& newDataKey);

    // Seals ev (with "prev", the chain hash) to the events key and queues it;
    // past kMaxPendingEvents only a counter grows.
    void queueEvent(QJsonObject ev);
    const QList<QByteArray>& pendingEvents() const { return m_pendingEvents; }
    int droppedEvents() const { return m_eventsDropped; }
    QByteArray eventsAnchor() const { return m_eventsAnchor; }
    // Empties the queue and moves the anchor past it (a key holder then authenticates and saves).
    QList<QByteArray> takePendingEvents();
    static QByteArray chainStep(const QByteArray& prev, const QByteArray& sealedEvent);

private:
    QByteArray macOf(const crypto::SecretBytes& dataKey) const;

    QString m_storeId;
    QByteArray m_slotSalt;
    QByteArray m_eventsPublicKey;
    QList<KeySlot> m_slots;
    qint64 m_generation = 0;
    QMap<QString, QDateTime> m_sealedLocks;
    QByteArray m_eventsAnchor; // chain hash after the last imported event
    QByteArray m_mac;
    QList<QByteArray> m_pendingEvents;
    int m_eventsDropped = 0;
};

// rename(from, to) replacing to atomically, then fsync of the folder, so that
// after a crash either the old or the new file is there.
Result<void> replaceFileDurably(const QString& from, const QString& to);
void syncFolder(const QString& fileInFolder);

// Serialises read-modify-write of keyring.json between processes (CLI and desktop).
class KeyringLock {
public:
    explicit KeyringLock(const QString& keyringFile);
    ~KeyringLock();
    bool acquired() const { return m_acquired; }

private:
    struct Impl;
    Impl* m_impl;
    bool m_acquired = false;
};

} // namespace sohoa::store
