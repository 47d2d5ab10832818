#pragma once

#include "core/store/Migrations.h"

class QLabel;

namespace sohoa::ui {

// For Session::signIn* run in a worker: when the store's schema is upgraded
// (once after an update, minutes on a large store), `message` says so instead
// of still claiming to check the password. Safe if the label is gone by then.
store::UpgradeStarted upgradeNotice(QLabel* message);

} // namespace sohoa::ui
