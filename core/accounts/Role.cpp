#include "core/accounts/Role.h"

namespace sohoa::accounts {

bool roleHas(Role role, Permission p)
{
    switch (role) {
    case Role::Clerk:
        return p == Permission::ReadRecords || p == Permission::Ingest || p == Permission::Verify;
    case Role::Supervisor:
        return p == Permission::ReadRecords || p == Permission::Approve || p == Permission::Export ||
               p == Permission::Sync || p == Permission::ViewAudit || p == Permission::Backup;
    case Role::Admin:
        return p == Permission::ReadRecords || p == Permission::ViewAudit ||
               p == Permission::ManageAccounts || p == Permission::ManageSettings || p == Permission::Backup;
    }
    return false;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("clerk"))
        return Role::Clerk;
    if (n == QLatin1String("supervisor"))
        return Role::Supervisor;
    if (n == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

QString permissionName(Permission p)
{
    switch (p) {
    case Permission::ReadRecords:
        return QStringLiteral("read_records");
    case Permission::Ingest:
        return QStringLiteral("ingest");
    case Permission::Verify:
        return QStringLiteral("verify");
    case Permission::Approve:
        return QStringLiteral("approve");
    case Permission::Export:
        return QStringLiteral("export");
    case Permission::Sync:
        return QStringLiteral("sync");
    case Permission::ViewAudit:
        return QStringLiteral("view_audit");
    case Permission::ManageAccounts:
        return QStringLiteral("manage_accounts");
    case Permission::ManageSettings:
        return QStringLiteral("manage_settings");
    case Permission::Backup:
        return QStringLiteral("backup");
    }
    return {};
}

} // namespace sohoa::accounts
