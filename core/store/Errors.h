#pragma once

#include <QLatin1String>

// The error codes of the encrypted store (SQLCipher file, keyring, schema): stable strings that programs and
// tests match on (sohoa::Error::code). Name them here and use the names, so that a typo cannot invent a code;
// a new code is a new line.
namespace sohoa::store::errors {

inline constexpr QLatin1String kBadKey{"store.bad_key"};
inline constexpr QLatin1String kBusy{"store.busy"};
inline constexpr QLatin1String kCannotOpen{"store.cannot_open"};
inline constexpr QLatin1String kCannotWrite{"store.cannot_write"};
inline constexpr QLatin1String kConstraint{"store.constraint"};
inline constexpr QLatin1String kCorrupt{"store.corrupt"};
inline constexpr QLatin1String kDiskFull{"store.disk_full"};
inline constexpr QLatin1String kError{"store.error"};
inline constexpr QLatin1String kExists{"store.exists"};
inline constexpr QLatin1String kInUse{"store.in_use"};
inline constexpr QLatin1String kIoError{"store.io_error"};
inline constexpr QLatin1String kKeyringCorrupt{"store.keyring_corrupt"};
inline constexpr QLatin1String kKeyringTampered{"store.keyring_tampered"};
inline constexpr QLatin1String kNoEncryption{"store.no_encryption"};
inline constexpr QLatin1String kNotAStore{"store.not_a_store"};
inline constexpr QLatin1String kNotFound{"store.not_found"};
inline constexpr QLatin1String kReadOnly{"store.read_only"};
inline constexpr QLatin1String kSchemaMissing{"store.schema_missing"};
inline constexpr QLatin1String kStagedImageMissing{"store.staged_image_missing"};
inline constexpr QLatin1String kSystemOutOfMemory{"system.out_of_memory"};
inline constexpr QLatin1String kTooNew{"store.too_new"};

} // namespace sohoa::store::errors
