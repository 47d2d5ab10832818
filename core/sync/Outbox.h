#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// The outbox: every approved record on its way to a national registry, with
// its sync state, when it was last tried, what happened, and what comes next.
// Nothing in it is ever a mystery: each state carries the registry's or the
// network's own words. This is the API the outbox view and the CLI read.
namespace sohoa::sync {

enum class SyncState {
    Queued,          // waiting to be sent (or re-sent after a retry was asked for)
    Sending,         // a request is on its way, or it travels in a package awaiting its receipt
    Accepted,        // the registry holds it (registry id known)
    Rejected,        // the registry refused it (reason code and message): supervisor's queue
    Conflict,        // the registry holds another version of the same event: supervisor's queue
    FailedWillRetry, // network or registry trouble; retried automatically at next_attempt_at
    NeedsAttention, // cannot go on by itself (device revoked, certificate changed, ...): the message says why
};
QString syncStateName(SyncState s); // "queued", "sending", "accepted", "rejected", "conflict",
                                    // "failed_will_retry", "needs_attention"
bool syncStateFromName(const QString& name, SyncState& out);
QString syncStateLabel(SyncState s); // translated, for people

struct OutboxRecord {
    qint64 recordId = 0;
    qint64 batchId = 0;
    QString batchName;
    QString recordType;
    QString recordKey; // idempotency key of this submission
    QString registry;  // "civil_status" | "land"
    SyncState state = SyncState::Queued;
    QString channel;   // "online" | "package"
    QString packageId; // while it travels in a package
    bool inDoubt = false;
    int attempts = 0;
    QString queuedAt, lastAttemptAt, nextAttemptAt, answeredAt; // UTC ISO; empty when none
    QString lastCode;    // e.g. "personal_id.other_person", "sync.network"
    QString lastMessage; // what happened, in words
    QString registryId;
    QJsonObject answer; // the registry's whole answer: reason, and both versions for a conflict

    bool needsSupervisor() const
    {
        return state == SyncState::Rejected || state == SyncState::Conflict ||
               state == SyncState::NeedsAttention;
    }
    QJsonObject toJson() const;
};

struct OutboxBatch {
    qint64 batchId = 0;
    QString batchName;
    QString batchKey;
    SyncState state = SyncState::Queued; // the most urgent state among its records
    QMap<QString, int> counts;           // state name -> records
    int total = 0;
    QString lastAttemptAt, nextAttemptAt, lastMessage;
    QJsonObject toJson() const;
};

struct OutboxFilter {
    qint64 batchId = 0; // 0 = all
    std::optional<SyncState> state;
    bool needsSupervisor = false; // rejected, conflict, needs_attention only
    qint64 afterRecordId = 0;     // keyset paging
    int limit = 1000;
};

Result<QList<OutboxBatch>> outboxBatches(store::Database& db);
Result<QList<OutboxRecord>> outboxRecords(store::Database& db, const OutboxFilter& filter = {});
// Outbox entries of these records (records not in the outbox are absent).
Result<QHash<qint64, OutboxRecord>> outboxRecordsFor(store::Database& db, const QList<qint64>& recordIds);

// Supervisor actions: each needs Permission::Sync and is audited.
// Approved records not in the outbox yet join it (batchId 0 = every batch).
Result<int> enqueueApproved(accounts::Session& session, qint64 batchId = 0);
// Failed, needs-attention or package-awaiting records are tried again at the next sync.
Result<int> retryRecords(accounts::Session& session, const QList<qint64>& recordIds);
Result<int> retryBatch(accounts::Session& session, qint64 batchId);
// Takes records that certainly never reached the registry out of the outbox and
// sends them back to the clerk (workflow state "rejected") with the reason.
Result<int> cancelRecords(accounts::Session& session, const QList<qint64>& recordIds, const QString& reason);
// Rejected or conflicting records go back to the clerk with the registry's reason;
// once corrected and approved again they are queued as a new submission.
Result<int> returnToClerk(accounts::Session& session, const QList<qint64>& recordIds);

} // namespace sohoa::sync
