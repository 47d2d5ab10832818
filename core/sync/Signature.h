#pragma once

#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace sohoa::sync {

// Ed25519 (libsodium crypto_sign): the device signs its requests and packages,
// the registry signs its receipts.
struct SigningKeyPair {
    QByteArray publicKey;          // 32 bytes
    crypto::SecretBytes secretKey; // 64 bytes

    static SigningKeyPair generate();
};

inline constexpr int kSignatureBytes = 64;
inline constexpr int kSigningPublicKeyBytes = 32;

QByteArray signDetached(QByteArrayView message, const crypto::SecretBytes& secretKey);
bool verifyDetached(QByteArrayView signature, QByteArrayView message, const QByteArray& publicKey);

// Ed25519ph over a stream (packages are too large to sign in one piece).
class StreamSignature {
public:
    StreamSignature();
    void add(QByteArrayView data);
    QByteArray sign(const crypto::SecretBytes& secretKey);
    bool verify(QByteArrayView signature, const QByteArray& publicKey);

private:
    alignas(64) unsigned char m_state[512];
};

} // namespace sohoa::sync
