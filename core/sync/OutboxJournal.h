#pragma once

#include "core/common/Result.h"
#include "core/sync/Outbox.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sohoa::store {
class Database;
}

// The outbox's persistence, for the sync engine and packages (not for the UI:
// it neither checks permissions nor opens transactions; callers do both and
// the audit entries written here commit with the state they describe).
namespace sohoa::sync::journal {

// Approved records not yet in the outbox are queued with a frozen payload.
Result<int> enqueueApprovedRecords(store::Database& db, const QString& actor, qint64 batchId);

// Records left "sending" online by a run that never finished are in doubt.
Result<int> recoverInterrupted(store::Database& db);

struct DueRecord {
    qint64 recordId = 0;
    qint64 batchId = 0;
    QString recordKey;
    QString registry;
    QString batchKey;
    QString batchName;
    QJsonObject payload;
    bool inDoubt = false;
    QString channel;
    QString packageId;
    int attempts = 0;
};

enum class Pick { DueOnline, ForPackage };
// DueOnline: queued/failed_will_retry whose time has come (packaged records are
// left to their package). ForPackage: everything of the batch not yet answered
// and not in flight online, includePackaged adding those awaiting another package.
Result<QList<DueRecord>> pickRecords(store::Database& db, Pick pick, qint64 batchId, int limit,
                                     qint64 afterRecordId, bool includePackaged = false);
// Records in doubt (asked about before anything is re-sent).
Result<QList<DueRecord>> inDoubtRecords(store::Database& db, qint64 batchId, int limit, qint64 afterRecordId,
                                        bool includePackaged);
// Earliest next_attempt_at among records waiting to retry (invalid when none).
Result<QDateTime> nextRetryTime(store::Database& db, qint64 batchId);

// Fills in the hash, size and format of each page a payload cites (reading an
// image only the first time any record cites it) and freezes the payload.
// Images read are handed back in *bytes (for the upload that follows).
Result<void> freezePages(store::Database& db, QList<DueRecord>& records, QHash<QString, QByteArray>* bytes);

// Marks records as being sent online, those still due only; returns the ones marked.
Result<QList<qint64>> markSending(store::Database& db, const QList<qint64>& recordIds);
// Records marked sending whose request never left: waiting again, the attempt not counted.
Result<void> unmarkSending(store::Database& db, const QList<qint64>& recordIds);
Result<void> markPackaged(store::Database& db, const QList<qint64>& recordIds, const QString& packageId,
                          const QString& message);

struct Applied {
    qint64 recordId = 0;
    SyncState state = SyncState::Queued;
    bool changed = false;
};
// Applies one registry answer (found by its record key). Unknown keys are
// skipped (applied.recordId == 0). A final answer already recorded is not changed.
Result<Applied> applyAnswer(store::Database& db, const QString& actor, const QJsonObject& answer,
                            const QString& channel);

Result<void> markFailed(store::Database& db, const QList<qint64>& recordIds, SyncState state,
                        const QString& code, const QString& message, const QDateTime& nextAttempt,
                        bool inDoubt);
Result<void> clearInDoubt(store::Database& db, const QList<qint64>& recordIds);
Result<void> noteBatchAttempt(store::Database& db, qint64 batchId, const QString& message);

// Page images cited by payloads.
struct PageState {
    QString hash;
    qint64 size = 0;
    QString format;
    bool started = false;
    bool confirmed = false;
};
Result<QList<PageState>> pageStates(store::Database& db, const QStringList& hashes);
Result<void> markPagesStarted(store::Database& db, const QStringList& hashes);
Result<void> setPagesConfirmed(store::Database& db, const QStringList& hashes, bool confirmed);
Result<QByteArray> pageBytes(store::Database& db, const QString& hash);

} // namespace sohoa::sync::journal
