#pragma once

// The layouts an office has taught or imported, in its store: ingest and the
// desktop read every document with them.
#include "accounts/Session.h"
#include "layouts/Layout.h"
#include "records/Record.h"
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

// Whether a confirmed record is worth remembering as a layout: at least five
// of its values, and most of them, were typed or corrected by a clerk (the
// reading did not know the form).
bool mostlyTyped(const records::Record& record);

// Teaches a layout from a verified (or approved) record: its document's OCR and
// the values as confirmed; stores it under name (addLayout, audited with the
// record's id). layout.not_verified for a record not verified yet,
// layout.no_document for a record keyed without a document.
Result<qint64> learnFromRecord(accounts::Session& session, qint64 recordId, const QString& name);

} // namespace sohoa::layouts
