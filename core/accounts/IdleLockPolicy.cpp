#include "core/accounts/IdleLockPolicy.h"

#include "core/accounts/Errors.h"
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
    auto v = store::readMeta(db, key.constData());
    if (!v)
        return v.error();
    bool ok = false;
    const int minutes = v->toInt(&ok);
    return ok && minutes > 0 && minutes <= kIdleLockMaxMinutesCeiling ? minutes : kDefaultIdleLockMaxMinutes;
}

Result<void> setIdleLockLimit(Session& admin, Role role, int maxMinutes)
{
    SOHOA_TRY(admin.require(Permission::ManageSettings));
    if (maxMinutes < 1 || maxMinutes > kIdleLockMaxMinutesCeiling)
        return makeError(errors::kPolicyBadValue,
                         QCoreApplication::translate("sohoa::accounts::IdleLockPolicy",
                                                     "The idle lock must be between 1 and %1 minutes.")
                             .arg(kIdleLockMaxMinutesCeiling));
    auto tx = store::Transaction::begin(admin.db());
    if (!tx)
        return tx.error();
    auto before = idleLockLimit(admin.db(), role);
    if (!before)
        return before.error();
    const QByteArray key = metaKey(role);
    SOHOA_TRY(store::writeMeta(admin.db(), key.constData(), QString::number(maxMinutes)));
    SOHOA_TRY(admin.audit(QStringLiteral("policy.idle_lock_changed"),
                          QStringLiteral("role:") + roleName(role),
                          {{QStringLiteral("from"), *before}, {QStringLiteral("to"), maxMinutes}}));
    return tx->commit();
}

Result<int> effectiveIdleLockMinutes(Session& session, int requestedMinutes)
{
    auto limit = idleLockLimit(session.db(), session.role());
    if (!limit)
        return limit.error();
    if (requestedMinutes <= 0 || requestedMinutes > *limit)
        return *limit;
    return requestedMinutes;
}

} // namespace sohoa::accounts
