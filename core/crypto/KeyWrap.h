#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>

namespace sohoa::crypto {

// Authenticated encryption of a small secret (the store's data key) under a
// key-encryption key: XSalsa20-Poly1305 (libsodium secretbox), nonce prepended.
QByteArray wrapKey(const SecretBytes& secret, const SecretBytes& kek);

// Fails (without saying more) when kek is wrong or the wrapped bytes were altered.
Result<SecretBytes> unwrapKey(const QByteArray& wrapped, const SecretBytes& kek);

// The same construction for arbitrary bytes (encrypted blobs, packages).
QByteArray seal(const QByteArray& plain, const SecretBytes& key);
Result<QByteArray> open(const QByteArray& sealed, const SecretBytes& key);

} // namespace sohoa::crypto
