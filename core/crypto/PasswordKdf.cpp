#include "core/crypto/PasswordKdf.h"

#include "core/crypto/Sodium.h"
#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <sodium.h>

namespace sohoa::crypto {

namespace {

Error invalidSettings()
{
    return makeError(QStringLiteral("store.keyring_corrupt"),
                     Tr::tr("The key file holds invalid key-derivation settings."));
}

} // namespace

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::sensitive()
{
    return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
}

Result<KdfParams> KdfParams::fromProfileName(const QString& name)
{
    if (name == QLatin1String("moderate"))
        return moderate();
    if (name == QLatin1String("interactive"))
        return interactive();
    if (name == QLatin1String("sensitive"))
        return sensitive();
    return makeError(QStringLiteral("usage.kdf_profile"),
                     Tr::tr("Unknown key-derivation profile '%1' (use interactive, "
                            "moderate or sensitive).")
                         .arg(name));
}

bool KdfParams::isAcceptable() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE && opsLimit <= crypto_pwhash_OPSLIMIT_MAX &&
           memLimitBytes >= crypto_pwhash_MEMLIMIT_INTERACTIVE && memLimitBytes <= (std::uint64_t(4) << 30);
}

QByteArray randomSalt()
{
    ensureSodium();
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), kSaltBytes);
    return salt;
}

Result<SecretBytes> derivePasswordKey(const QByteArray& passwordUtf8, const QByteArray& salt,
                                      const KdfParams& params)
{
    ensureSodium();
    static_assert(kSaltBytes == crypto_pwhash_SALTBYTES);
    if (salt.size() != qsizetype(kSaltBytes) || !params.isAcceptable())
        return invalidSettings();
    return argon2id(passwordUtf8, salt, params.opsLimit, params.memLimitBytes);
}

Result<SecretBytes> argon2id(const QByteArray& passwordUtf8, const QByteArray& salt, std::uint64_t opsLimit,
                             std::uint64_t memLimitBytes, std::size_t outBytes)
{
    ensureSodium();
    if (salt.size() != qsizetype(kSaltBytes) || outBytes < crypto_pwhash_BYTES_MIN)
        return invalidSettings();
    SecretBytes key(outBytes);
    if (crypto_pwhash(key.data(), key.size(), passwordUtf8.constData(),
                      static_cast<unsigned long long>(passwordUtf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), opsLimit,
                      static_cast<size_t>(memLimitBytes), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(
            QStringLiteral("system.out_of_memory"),
            Tr::tr("Not enough memory to check the password (%1 MiB needed).").arg(memLimitBytes >> 20));
    return key;
}

} // namespace sohoa::crypto
