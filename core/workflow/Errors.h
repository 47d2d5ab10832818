#pragma once

#include <QLatin1String>

// The error codes of the record workflow (verify, approve, reject, hold, acknowledge): stable strings that
// programs and tests match on (sohoa::Error::code). Name them here and use the names, so that a typo cannot
// invent a code; a new code is a new line.
namespace sohoa::workflow::errors {

inline constexpr QLatin1String kAcknowledged{"workflow.acknowledged"};
inline constexpr QLatin1String kHeld{"workflow.held"};
inline constexpr QLatin1String kNoNote{"workflow.no_note"};
inline constexpr QLatin1String kNoReason{"workflow.no_reason"};
inline constexpr QLatin1String kNoSuchIssue{"workflow.no_such_issue"};
inline constexpr QLatin1String kNotHeld{"workflow.not_held"};
inline constexpr QLatin1String kNotYours{"workflow.not_yours"};
inline constexpr QLatin1String kOpenErrors{"workflow.open_errors"};
inline constexpr QLatin1String kSameAccount{"workflow.same_account"};
inline constexpr QLatin1String kState{"workflow.state"};
inline constexpr QLatin1String kWarnings{"workflow.warnings"};

} // namespace sohoa::workflow::errors
