#pragma once
// Fixed keys for the fuzz targets, so that the seed corpus (made with
// fuzz_seeds from the same seeds) opens and the fuzzer can reach past the
// signature and the sealing.
#include "core/crypto/SecretBytes.h"
#include "core/crypto/Sodium.h"

#include <QByteArray>
#include <sodium.h>

namespace sohoa::fuzz {

struct FixedKeys {
    QByteArray signPublic;
    crypto::SecretBytes signSecret{crypto_sign_SECRETKEYBYTES};
    QByteArray boxPublic;
    crypto::SecretBytes boxSecret{crypto_box_SECRETKEYBYTES};

    explicit FixedKeys(unsigned char tag)
    {
        crypto::ensureSodium();
        unsigned char seed[32];
        for (unsigned char& b : seed)
            b = tag;
        signPublic.resize(crypto_sign_PUBLICKEYBYTES);
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(signPublic.data()), signSecret.data(),
                                 seed);
        seed[0] ^= 0xff;
        boxPublic.resize(crypto_box_PUBLICKEYBYTES);
        crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(boxPublic.data()), boxSecret.data(), seed);
    }
};

// The registry's keys and the device's keys.
inline const FixedKeys& registryKeys()
{
    static const FixedKeys k(0x52);
    return k;
}
inline const FixedKeys& deviceKeys()
{
    static const FixedKeys k(0x44);
    return k;
}
inline constexpr const char* kDeviceId = "fuzz-device";

} // namespace sohoa::fuzz
