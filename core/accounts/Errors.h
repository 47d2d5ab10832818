#pragma once

#include <QLatin1String>

// The error codes of accounts, sign-in, permissions and policies: stable strings that programs and tests
// match on (sohoa::Error::code). Name them here and use the names, so that a typo cannot invent a code; a new
// code is a new line.
namespace sohoa::accounts::errors {

inline constexpr QLatin1String kAccountActive{"account.active"};
inline constexpr QLatin1String kAccountBadName{"account.bad_name"};
inline constexpr QLatin1String kAccountDisabled{"account.disabled"};
inline constexpr QLatin1String kAccountExists{"account.exists"};
inline constexpr QLatin1String kAccountLastAdmin{"account.last_admin"};
inline constexpr QLatin1String kAccountNeedsPassword{"account.needs_password"};
inline constexpr QLatin1String kAccountNotFound{"account.not_found"};
inline constexpr QLatin1String kAccountSelf{"account.self"};
inline constexpr QLatin1String kAccountWeakPassword{"account.weak_password"};
inline constexpr QLatin1String kAuthBadRecoveryCode{"auth.bad_recovery_code"};
inline constexpr QLatin1String kAuthDisabled{"auth.disabled"};
inline constexpr QLatin1String kAuthFailed{"auth.failed"};
inline constexpr QLatin1String kAuthForbidden{"auth.forbidden"};
inline constexpr QLatin1String kAuthLocked{"auth.locked"};
inline constexpr QLatin1String kAuthMustChangePassword{"auth.must_change_password"};
inline constexpr QLatin1String kAuthNoRecovery{"auth.no_recovery"};
inline constexpr QLatin1String kPolicyBadValue{"policy.bad_value"};

} // namespace sohoa::accounts::errors
