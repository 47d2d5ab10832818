#pragma once

#include <QLatin1String>

// The error codes of the national-table export and its encrypted archive: stable strings that programs and
// tests match on (sohoa::Error::code). Name them here and use the names, so that a typo cannot invent a code;
// a new code is a new line.
namespace sohoa::exporting::errors {

inline constexpr QLatin1String kArchiveDamaged{"export.archive_damaged"};
inline constexpr QLatin1String kArchiveFormat{"export.archive_format"};
inline constexpr QLatin1String kArchiveName{"export.archive_name"};
inline constexpr QLatin1String kArchivePassphrase{"export.archive_passphrase"};
inline constexpr QLatin1String kArchiveTruncated{"export.archive_truncated"};
inline constexpr QLatin1String kCancelled{"export.cancelled"};
inline constexpr QLatin1String kExists{"export.exists"};
inline constexpr QLatin1String kNoPrivateMemory{"export.no_private_memory"};
inline constexpr QLatin1String kNoTable{"export.no_table"};
inline constexpr QLatin1String kNotEmpty{"export.not_empty"};
inline constexpr QLatin1String kNothing{"export.nothing"};
inline constexpr QLatin1String kWeakPassphrase{"export.weak_passphrase"};
inline constexpr QLatin1String kWriteFailed{"export.write_failed"};
inline constexpr QLatin1String kUsageKdfProfile{"usage.kdf_profile"};

} // namespace sohoa::exporting::errors
