#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sohoa::crypto {

// BLAKE2b (libsodium generichash), 32 bytes unless asked otherwise.
QByteArray blake2b(QByteArrayView data, int outBytes = 32);
QByteArray blake2bKeyed(QByteArrayView data, QByteArrayView key, int outBytes = 32);

// Incremental BLAKE2b for large inputs (files, packages).
class Blake2bStream {
public:
    explicit Blake2bStream(int outBytes = 32);
    void add(QByteArrayView data);
    QByteArray finish();

private:
    alignas(64) unsigned char m_state[384];
    int m_outBytes;
};

bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// A 64-bit hash for equality lookups inside the encrypted store (SipHash-2-4,
// libsodium shorthash, with a fixed key so that every store and every version
// agree). Not a secret and not collision-proof: use it where a collision only
// costs an extra candidate that is checked in full afterwards.
qint64 shortHash(QByteArrayView data);

} // namespace sohoa::crypto
