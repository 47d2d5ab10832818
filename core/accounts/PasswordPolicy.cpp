#include "core/accounts/PasswordPolicy.h"

#include "core/accounts/Errors.h"
#include "core/i18n/Tr.h"

#include <QCoreApplication>

namespace sohoa::accounts {

Result<void> checkPasswordPolicy(const QByteArray& passwordUtf8)
{
    const QString pw = QString::fromUtf8(passwordUtf8);
    const bool repeated = !pw.isEmpty() && pw.count(pw.front()) == pw.size();
    if (pw.size() < kMinPasswordLength || repeated)
        return makeError(errors::kAccountWeakPassword,
                         Tr::tr("The password must have at least %1 characters and not be "
                                "one character repeated.")
                             .arg(kMinPasswordLength));
    return {};
}

Result<void> checkAccountName(const QString& name)
{
    bool ok = !name.isEmpty() && name.size() <= 64;
    for (QChar c : name)
        ok = ok && (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') ||
                    c == QLatin1Char('-'));
    if (!ok || name == QLatin1String("system") || name == QLatin1String("recovery-code"))
        return makeError(errors::kAccountBadName,
                         Tr::tr("Account names have 1 to 64 letters, digits, '.', '_' or "
                                "'-' (for example lan.nguyen)."));
    return {};
}

} // namespace sohoa::accounts
