#include "core/crypto/SealedBox.h"

#include "core/crypto/Sodium.h"
#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <sodium.h>

namespace sohoa::crypto {

BoxKeyPair BoxKeyPair::generate()
{
    ensureSodium();
    BoxKeyPair pair{QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized),
                    SecretBytes(crypto_box_SECRETKEYBYTES)};
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

QByteArray sealTo(const QByteArray& plain, const QByteArray& recipientPublicKey)
{
    ensureSodium();
    Q_ASSERT(recipientPublicKey.size() == crypto_box_PUBLICKEYBYTES);
    QByteArray out(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()),
                    reinterpret_cast<const unsigned char*>(plain.constData()),
                    static_cast<unsigned long long>(plain.size()),
                    reinterpret_cast<const unsigned char*>(recipientPublicKey.constData()));
    return out;
}

QByteArray sealTo(const SecretBytes& plain, const QByteArray& recipientPublicKey)
{
    ensureSodium();
    Q_ASSERT(recipientPublicKey.size() == crypto_box_PUBLICKEYBYTES);
    QByteArray out(qsizetype(plain.size() + crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()), plain.data(), plain.size(),
                    reinterpret_cast<const unsigned char*>(recipientPublicKey.constData()));
    return out;
}

Result<SecretBytes> openSealedSecret(const QByteArray& sealed, const QByteArray& publicKey,
                                     const SecretBytes& secretKey)
{
    ensureSodium();
    if (sealed.size() <= qsizetype(crypto_box_SEALBYTES) || publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        secretKey.size() != crypto_box_SECRETKEYBYTES)
        return makeError(QStringLiteral("crypto.authentication_failed"), Tr::tr("Sealed data is malformed."));
    SecretBytes plain(std::size_t(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plain.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char*>(publicKey.constData()),
                             secretKey.data()) != 0)
        return makeError(QStringLiteral("crypto.authentication_failed"),
                         Tr::tr("Sealed data could not be opened."));
    return plain;
}

Result<QByteArray> openSealed(const QByteArray& sealed, const QByteArray& publicKey,
                              const SecretBytes& secretKey)
{
    ensureSodium();
    if (sealed.size() < qsizetype(crypto_box_SEALBYTES) || publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        secretKey.size() != crypto_box_SECRETKEYBYTES)
        return makeError(QStringLiteral("crypto.authentication_failed"), Tr::tr("Sealed data is malformed."));
    QByteArray plain(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                             reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char*>(publicKey.constData()),
                             secretKey.data()) != 0)
        return makeError(QStringLiteral("crypto.authentication_failed"),
                         Tr::tr("Sealed data could not be opened."));
    return plain;
}

} // namespace sohoa::crypto
