#include "core/crypto/KeyWrap.h"

#include "core/crypto/Sodium.h"
#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <sodium.h>

namespace sohoa::crypto {

namespace {

Error authenticationFailed()
{
    return makeError(QStringLiteral("crypto.authentication_failed"),
                     Tr::tr("Decryption failed: wrong key or altered data."));
}

} // namespace

QByteArray wrapKey(const SecretBytes& secret, const SecretBytes& kek)
{
    ensureSodium();
    Q_ASSERT(kek.size() == crypto_secretbox_KEYBYTES);
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + secret.size(),
                   Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, secret.data(), secret.size(), nonce,
                          kek.data());
    return out;
}

Result<SecretBytes> unwrapKey(const QByteArray& wrapped, const SecretBytes& kek)
{
    ensureSodium();
    const auto minSize = qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (wrapped.size() <= minSize || kek.size() != crypto_secretbox_KEYBYTES)
        return authenticationFailed();
    const auto* nonce = reinterpret_cast<const unsigned char*>(wrapped.constData());
    SecretBytes plain(static_cast<std::size_t>(wrapped.size() - minSize));
    if (crypto_secretbox_open_easy(plain.data(), nonce + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(wrapped.size()) -
                                       crypto_secretbox_NONCEBYTES,
                                   nonce, kek.data()) != 0)
        return authenticationFailed();
    return plain;
}

QByteArray seal(const QByteArray& plain, const SecretBytes& key)
{
    ensureSodium();
    Q_ASSERT(key.size() == crypto_secretbox_KEYBYTES);
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()), nonce, key.data());
    return out;
}

Result<QByteArray> open(const QByteArray& sealed, const SecretBytes& key)
{
    ensureSodium();
    const auto minSize = qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (sealed.size() < minSize || key.size() != crypto_secretbox_KEYBYTES)
        return authenticationFailed();
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    QByteArray plain(sealed.size() - minSize, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
            static_cast<unsigned long long>(sealed.size()) - crypto_secretbox_NONCEBYTES, nonce,
            key.data()) != 0)
        return authenticationFailed();
    return plain;
}

} // namespace sohoa::crypto
