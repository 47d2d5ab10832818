#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace sohoa::crypto {

// Argon2id cost. Stored beside every wrapped key so costs can be raised later
// without breaking existing accounts.
struct KdfParams {
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimitBytes = 0;

    // 3 passes over 256 MiB: ~0.6 s on the 2-core reference PC. The default for accounts.
    static KdfParams moderate();
    // 2 passes over 64 MiB: ~0.09 s. For tests and very weak PCs.
    static KdfParams interactive();
    // 4 passes over 1 GiB: for an admin who wants more margin and has the RAM.
    static KdfParams sensitive();
    static Result<KdfParams> fromProfileName(const QString& name);

    bool isAcceptable() const; // within libsodium's limits and not absurdly weak
};

inline constexpr std::size_t kSaltBytes = 16;
inline constexpr std::size_t kKeyBytes = 32;

QByteArray randomSalt();

// Derive a 256-bit key-encryption key from a password with Argon2id.
Result<SecretBytes> derivePasswordKey(const QByteArray& passwordUtf8, const QByteArray& salt,
                                      const KdfParams& params);

// The derivation itself: Argon2id v1.3, one lane, a 16-byte salt, outBytes of output (16 or more), with no
// cost policy. derivePasswordKey checks the costs and calls it; the known-answer tests (tests/crypto) call it
// with the published vectors' costs, which are below what SoHoa accepts for accounts.
Result<SecretBytes> argon2id(const QByteArray& passwordUtf8, const QByteArray& salt, std::uint64_t opsLimit,
                             std::uint64_t memLimitBytes, std::size_t outBytes = kKeyBytes);

} // namespace sohoa::crypto
