#pragma once

// The layouts an office has taught or imported, in its store: ingest and the
// desktop read every document with them.
#include "accounts/Session.h"
#include "layouts/Layout.h"
#include "store/Database.h"

namespace sohoa::layouts {

struct StoredLayout {
    qint64 id = 0;
    LayoutModel layout;
    QString createdAt, createdBy;
};

// Every stored layout, oldest first (no permission: ingest reads them).
Result<QList<StoredLayout>> listLayouts(store::Database& db);
Result<QList<LayoutModel>> loadLayouts(store::Database& db);

// Stores a layout (clerks who verify, or administrators); audited as
// layout.add. A layout already stored (same id) is not stored twice: its row id is returned.
Result<qint64> addLayout(accounts::Session& session, const LayoutModel& layout);
// Removes one; audited as layout.remove. layout.not_found when there is no such layout.
Result<void> removeLayout(accounts::Session& session, qint64 id);

} // namespace sohoa::layouts
