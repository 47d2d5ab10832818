#include "core/accounts/IdleLockPolicy.h"

#include "core/accounts/Errors.h"
#include "core/audit/Actions.h"
#include "core/i18n/Tr.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>

namespace sohoa::accounts {

namespace {

QByteArray metaKey(Role role)
{
    return "idle_lock_max_minutes." + roleName(role).toLatin1();
}

} // namespace

Result<int> idleLockLimit(store::Database& db, Role role)
{
    const QByteArray key = metaKey(role);
    SOHOA_TRY_ASSIGN(const QString v, store::readMeta(db, key.constData()));
    bool ok = false;
    const int minutes = v.toInt(&ok);
    return ok && minutes > 0 && minutes <= kIdleLockMaxMinutesCeiling ? minutes : kDefaultIdleLockMaxMinutes;
}

Result<void> setIdleLockLimit(Session& admin, Role role, int maxMinutes)
{
    SOHOA_TRY(admin.require(Permission::ManageSettings));
    if (maxMinutes < 1 || maxMinutes > kIdleLockMaxMinutesCeiling)
        return makeError(
            errors::kPolicyBadValue,
            Tr::tr("The idle lock must be between 1 and %1 minutes.").arg(kIdleLockMaxMinutesCeiling));
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(admin.db()));
    SOHOA_TRY_ASSIGN(const int before, idleLockLimit(admin.db(), role));
    const QByteArray key = metaKey(role);
    SOHOA_TRY(store::writeMeta(admin.db(), key.constData(), QString::number(maxMinutes)));
    SOHOA_TRY(admin.audit(audit::actions::kPolicyIdleLockChanged, QStringLiteral("role:") + roleName(role),
                          {{QStringLiteral("from"), before}, {QStringLiteral("to"), maxMinutes}}));
    return tx.commit();
}

Result<int> effectiveIdleLockMinutes(Session& session, int requestedMinutes)
{
    SOHOA_TRY_ASSIGN(const int limit, idleLockLimit(session.db(), session.role()));
    if (requestedMinutes <= 0 || requestedMinutes > limit)
        return limit;
    return requestedMinutes;
}

} // namespace sohoa::accounts
