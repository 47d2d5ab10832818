#pragma once

#include "common/Result.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
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
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
};

// keyring.json beside the database: everything needed before the data key is
// known, and nothing personal. Authorisation (roles) is inside the encrypted
// database, so editing this file can at most lock someone out.
//
// Failed sign-ins happen without the data key, so they are sealed to the
// store's public key and queued here; the next successful sign-in moves them
// into the audit trail.
class Keyring {
public:
    static constexpr int kFormatVersion = 1;

    static Result<Keyring> load(const QString& file);
    static Keyring createNew();
    // Atomic replace (write, fsync, rename).
    Result<void> save(const QString& file) const;

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

    // A new slot for dataKey under a secret (password or recovery code).
    static Result<KeySlot> makeSlot(const QString& id, KeySlot::Kind kind, const crypto::SecretBytes& dataKey,
                                    const QByteArray& secretUtf8, const crypto::KdfParams& kdf);
    static Result<crypto::SecretBytes> unwrapSlot(const KeySlot& slot, const QByteArray& secretUtf8);
    // Seals a new data key to every slot (key rotation); no password is needed.
    void resealDataKey(const crypto::SecretBytes& newDataKey);

    void queueEvent(const QByteArray& sealedEvent) { m_pendingEvents.append(sealedEvent); }
    QList<QByteArray> takePendingEvents();

private:
    QString m_storeId;
    QByteArray m_slotSalt;
    QByteArray m_eventsPublicKey;
    QList<KeySlot> m_slots;
    QList<QByteArray> m_pendingEvents;
};

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
