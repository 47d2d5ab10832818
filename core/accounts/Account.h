#pragma once

#include "core/accounts/Role.h"

#include <QString>

namespace sohoa::accounts {

struct Account {
    qint64 id = 0;
    QString name;
    QString displayName;
    Role role = Role::Clerk;
    bool active = true;
    bool mustChangePassword = false;
    QString createdAt;
};

} // namespace sohoa::accounts
