#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/sync/Outbox.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Removable media: the office writes a signed, encrypted package of a batch's
// records for the registry; the registry answers with a signed receipt that
// the office imports, which updates the outbox exactly as an online sync does.
namespace sohoa::sync {

struct ExportOptions {
    // Also put in records that already travel in an earlier package (a lost
    // stick): they keep their keys, so the registry still takes each once.
    bool includeExported = false;
};

struct ExportResult {
    QString packageId;
    QString file;
    QString fileHash; // BLAKE2b-256 hex of the package file
    int records = 0;
    int pages = 0;
    qint64 bytes = 0;
    QJsonObject toJson() const;
};

// Needs Permission::Export; audited. Fails with sync.nothing_to_export when no
// record of the batch waits to be sent.
Result<ExportResult> exportBatch(accounts::Session& session, qint64 batchId, const QString& outFile,
                                 const ExportOptions& options = {});

struct ReceiptImportResult {
    QString receiptId;
    QString packageId;
    int answers = 0;
    int changed = 0; // outbox entries the receipt changed
    bool alreadyImported = false;
    QList<OutboxRecord> records; // the records it answers, as the outbox now holds them
    QJsonObject toJson() const;
};

// Needs Permission::Sync; audited. Importing the same receipt again changes nothing.
Result<ReceiptImportResult> importReceipt(accounts::Session& session, const QString& receiptFile);

} // namespace sohoa::sync
