#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>

namespace sohoa::crypto {

// An X25519 key pair for anonymous sealed boxes (libsodium crypto_box_seal):
// anyone with the public key can encrypt, only the secret key decrypts.
struct BoxKeyPair {
    QByteArray publicKey;
    SecretBytes secretKey;

    static BoxKeyPair generate();
};

QByteArray sealTo(const QByteArray& plain, const QByteArray& recipientPublicKey);
QByteArray sealTo(const SecretBytes& plain, const QByteArray& recipientPublicKey);
// Opens into guarded memory (for keys).
Result<SecretBytes> openSealedSecret(const QByteArray& sealed, const QByteArray& publicKey,
                                     const SecretBytes& secretKey);
Result<QByteArray> openSealed(const QByteArray& sealed, const QByteArray& publicKey,
                              const SecretBytes& secretKey);

} // namespace sohoa::crypto
