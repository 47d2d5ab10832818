#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace sohoa::accounts {

inline constexpr int kMinPasswordLength = 8;

// At least kMinPasswordLength characters and not only one repeated character.
Result<void> checkPasswordPolicy(const QByteArray& passwordUtf8);

// Account names: 1-64 letters, digits, '.', '_' or '-' (they appear in the audit trail).
Result<void> checkAccountName(const QString& name);

} // namespace sohoa::accounts
