#pragma once

#include "core/accounts/Session.h"
#include "core/backup/BackupFile.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace sohoa::backup {

// A consistent online backup of the open store (SQLite's backup API reading a
// snapshot while others keep writing), still encrypted, with a manifest and
// checksums. Needs the Backup permission; recorded in the audit trail and as
// the store's last backup time. progress(done, total) counts database pages.
Result<BackupManifest> backupStore(accounts::Session& session, const QString& outFile,
                                   const std::function<void(int, int)>& progress = {});

struct RestoreRequest {
    QString backupFile;
    QString targetPath;
    QString account;              // an account of the backed-up store, to prove the key
    QByteArray password;          // wiped
    bool replaceExisting = false; // move an existing store aside (never delete it)
};
struct RestoreResult {
    BackupManifest manifest;
    QString previousStoreMovedTo; // when an existing store was moved aside
};

// Checks the whole backup, rebuilds the store beside the target, signs in to
// it, runs the integrity and audit-chain checks, and only then puts it in
// place. An existing store is never overwritten: without replaceExisting the
// restore is refused; with it the old store is renamed, not deleted.
Result<RestoreResult> restoreStore(RestoreRequest request);

// When this store was last backed up (invalid if never): the UI reminds after 7 days.
Result<QDateTime> lastBackupTime(store::Database& db);

} // namespace sohoa::backup
