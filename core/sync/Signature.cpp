#include "core/sync/Signature.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace sohoa::sync {

static_assert(sizeof(crypto_sign_state) <= 512);

SigningKeyPair SigningKeyPair::generate()
{
    crypto::ensureSodium();
    SigningKeyPair pair{QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized),
                        crypto::SecretBytes(crypto_sign_SECRETKEYBYTES)};
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

QByteArray signDetached(QByteArrayView message, const crypto::SecretBytes& secretKey)
{
    crypto::ensureSodium();
    Q_ASSERT(secretKey.size() == crypto_sign_SECRETKEYBYTES);
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.data()),
                         static_cast<unsigned long long>(message.size()), secretKey.data());
    return sig;
}

bool verifyDetached(QByteArrayView signature, QByteArrayView message, const QByteArray& publicKey)
{
    crypto::ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.data()),
                                       reinterpret_cast<const unsigned char*>(message.data()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

StreamSignature::StreamSignature()
{
    crypto::ensureSodium();
    crypto_sign_init(reinterpret_cast<crypto_sign_state*>(m_state));
}

void StreamSignature::add(QByteArrayView data)
{
    crypto_sign_update(reinterpret_cast<crypto_sign_state*>(m_state),
                       reinterpret_cast<const unsigned char*>(data.data()),
                       static_cast<unsigned long long>(data.size()));
}

QByteArray StreamSignature::sign(const crypto::SecretBytes& secretKey)
{
    Q_ASSERT(secretKey.size() == crypto_sign_SECRETKEYBYTES);
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_final_create(reinterpret_cast<crypto_sign_state*>(m_state),
                             reinterpret_cast<unsigned char*>(sig.data()), nullptr, secretKey.data());
    return sig;
}

bool StreamSignature::verify(QByteArrayView signature, const QByteArray& publicKey)
{
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_final_verify(reinterpret_cast<crypto_sign_state*>(m_state),
                                    reinterpret_cast<const unsigned char*>(signature.data()),
                                    reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

} // namespace sohoa::sync
