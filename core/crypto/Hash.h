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

} // namespace sohoa::crypto
