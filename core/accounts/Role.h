#pragma once

#include <QString>
#include <optional>

namespace sohoa::accounts {

enum class Role { Clerk, Supervisor, Admin };

// What an operation needs; roles grant permissions (clerks ingest and verify,
// supervisors decide and ship, admins run accounts and settings).
enum class Permission {
    ReadRecords,
    Ingest,
    Verify,
    Approve, // approve or reject
    Export,
    Sync,
    ViewAudit,
    ManageAccounts,
    ManageSettings,
    Backup,
};

bool roleHas(Role role, Permission permission);
QString roleName(Role role); // "clerk" | "supervisor" | "admin"
std::optional<Role> roleFromName(const QString& name);
QString permissionName(Permission permission);

} // namespace sohoa::accounts
