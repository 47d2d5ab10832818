#pragma once

#include "core/common/Result.h"
#include "core/crypto/PasswordKdf.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/Database.h"

#include <QByteArray>
#include <QString>
#include <memory>

// The reference national registry's own store (serve-registry --data DIR):
//   DIR/registry.json  format, KDF salt and cost, creation time; nothing secret
//   DIR/registry.db    SQLCipher database: devices, records, page images, answers,
//                      and the registry's secret keys
// The database key is derived (Argon2id) from a passphrase the operator gives
// on the command line (--key-file), never stored beside the data unless the
// operator asks for demo mode (see RegistryCommands).
namespace sohoa::registry {

struct RegistryKeys {
    QString name;                // shown to devices at enrolment
    QByteArray packagePublicKey; // X25519: offices seal packages to it
    crypto::SecretBytes packageSecretKey;
    QByteArray receiptPublicKey; // Ed25519: receipts are signed with it
    crypto::SecretBytes receiptSecretKey;
};

class RegistryStore {
public:
    static bool exists(const QString& dir);
    // Creates DIR (empty or missing) with a new database and fresh keys.
    static Result<void> create(const QString& dir, QByteArray passphrase, const crypto::KdfParams& kdf,
                               const QString& registryName);
    static Result<std::unique_ptr<RegistryStore>> open(const QString& dir, QByteArray passphrase);
    ~RegistryStore();

    store::Database& db() { return *m_db; }
    const RegistryKeys& keys() const { return m_keys; }
    QString dir() const { return m_dir; }

private:
    RegistryStore() = default;
    QString m_dir;
    crypto::SecretBytes m_dbKey;
    std::unique_ptr<store::Database> m_db;
    RegistryKeys m_keys;
};

} // namespace sohoa::registry
