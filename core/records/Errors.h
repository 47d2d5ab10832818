#pragma once

#include <QLatin1String>

// The error codes of records and their fields: stable strings that programs and tests match on
// (sohoa::Error::code). Name them here and use the names, so that a typo cannot
// invent a code; a new code is a new line.
namespace sohoa::records::errors {

inline constexpr QLatin1String kChanged{"record.changed"};
inline constexpr QLatin1String kNotFound{"record.not_found"};
inline constexpr QLatin1String kUnknownField{"record.unknown_field"};
inline constexpr QLatin1String kUnknownType{"record.unknown_type"};

} // namespace sohoa::records::errors
