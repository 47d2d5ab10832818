#include "core/crypto/Hash.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace sohoa::crypto {

static_assert(sizeof(crypto_generichash_state) <= 384);

QByteArray blake2b(QByteArrayView data, int outBytes)
{
    return blake2bKeyed(data, {}, outBytes);
}

QByteArray blake2bKeyed(QByteArrayView data, QByteArrayView key, int outBytes)
{
    ensureSodium();
    QByteArray out(outBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(outBytes),
                       reinterpret_cast<const unsigned char*>(data.data()),
                       static_cast<unsigned long long>(data.size()),
                       key.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(key.data()),
                       static_cast<size_t>(key.size()));
    return out;
}

Blake2bStream::Blake2bStream(int outBytes)
    : m_outBytes(outBytes)
{
    ensureSodium();
    crypto_generichash_init(reinterpret_cast<crypto_generichash_state*>(m_state), nullptr, 0,
                            static_cast<size_t>(outBytes));
}

void Blake2bStream::add(QByteArrayView data)
{
    crypto_generichash_update(reinterpret_cast<crypto_generichash_state*>(m_state),
                              reinterpret_cast<const unsigned char*>(data.data()),
                              static_cast<unsigned long long>(data.size()));
}

QByteArray Blake2bStream::finish()
{
    QByteArray out(m_outBytes, Qt::Uninitialized);
    crypto_generichash_final(reinterpret_cast<crypto_generichash_state*>(m_state),
                             reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(m_outBytes));
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() &&
           (a.isEmpty() || sodium_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0);
}

qint64 shortHash(QByteArrayView data)
{
    static_assert(crypto_shorthash_BYTES == sizeof(qint64));
    // Fixed for ever: stored hashes (record_keys) depend on it.
    static const unsigned char key[crypto_shorthash_KEYBYTES] = {'s', 'o', 'h', 'o', 'a', '-', 'b', 'l',
                                                                 'o', 'c', 'k', 'i', 'n', 'g', '-', '1'};
    ensureSodium();
    unsigned char out[crypto_shorthash_BYTES];
    crypto_shorthash(out, reinterpret_cast<const unsigned char*>(data.data()),
                     static_cast<unsigned long long>(data.size()), key);
    qint64 v = 0;
    for (int i = crypto_shorthash_BYTES - 1; i >= 0; --i)
        v = qint64((quint64(v) << 8) | out[i]);
    return v;
}

} // namespace sohoa::crypto
