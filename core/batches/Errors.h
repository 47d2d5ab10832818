#pragma once

#include <QLatin1String>

// The error codes of batches, documents and pages: stable strings that programs and tests match on
// (sohoa::Error::code). Name them here and use the names, so that a typo cannot
// invent a code; a new code is a new line.
namespace sohoa::batches::errors {

inline constexpr QLatin1String kBatchBadName{"batch.bad_name"};
inline constexpr QLatin1String kBatchExists{"batch.exists"};
inline constexpr QLatin1String kBatchNotFound{"batch.not_found"};
inline constexpr QLatin1String kDocumentNotFound{"document.not_found"};
inline constexpr QLatin1String kPageNoOcr{"page.no_ocr"};
inline constexpr QLatin1String kPageNotFound{"page.not_found"};

} // namespace sohoa::batches::errors
