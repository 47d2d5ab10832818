#pragma once

#include "core/accounts/Session.h"
#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/sync/Outbox.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

// One sync run: queue what was approved, ask the registry about anything whose
// fate is unknown (a request that may have arrived before a crash, a cut or a
// timeout), upload missing page images (resuming partial ones), submit records,
// and record each answer with its audit entry. Failures are retried with
// exponential backoff and jitter, never sooner than the registry's Retry-After;
// nothing the registry may already hold is sent again without asking first.
namespace sohoa::sync {

struct SyncOptions {
    QString serverUrl;     // empty: the URL saved at enrolment
    qint64 batchId = 0;    // 0: every batch
    int timeoutMs = 30000; // per request
    int maxParallel = 4;   // requests in flight
    int recordsPerRequest = 100;
    // How long this run keeps waiting for retries that fall due (0: one pass only).
    int patienceSeconds = 120;
    int backoffBaseMs = 2000; // first retry after about this long, doubling
    int backoffCapMs = 30 * 60 * 1000;
    int maxClockCorrections = 3;
};

struct SyncProgress {
    int total = 0; // records this run is working on
    int answered = 0;
    int accepted = 0, rejected = 0, conflicts = 0;
    int failed = 0; // attempts that failed (will retry or need attention)
    qint64 bytesUploaded = 0;
    QString message; // what is happening now
};

struct SyncSummary {
    QString serverUrl;
    int accepted = 0, rejected = 0, conflicts = 0, failedWillRetry = 0, needsAttention = 0, waiting = 0;
    int requests = 0;
    qint64 bytesUploaded = 0;
    QList<OutboxRecord> records; // every record this run dealt with, as the outbox now holds it
    // Set when the run had to stop for something only a person can fix (device
    // refused by the registry, certificate mismatch): the records say so too.
    QString stoppedCode, stoppedMessage;
    QJsonObject toJson() const;
};

class SyncEngine {
public:
    // db: a connection of the calling thread; actor: the signed-in supervisor.
    SyncEngine(store::Database& db, QString actor, SyncOptions options);
    ~SyncEngine();

    void setProgressHandler(std::function<void(const SyncProgress&)> handler)
    {
        m_progress = std::move(handler);
    }
    void setCancelToken(const CancelToken& cancel) { m_cancel = cancel; }

    // Fails only when nothing could be attempted (not enrolled, bad address,
    // store error); per-record outcomes and a stop reason are in the summary.
    Result<SyncSummary> run();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    std::function<void(const SyncProgress&)> m_progress;
    CancelToken m_cancel;
};

// Convenience for the CLI: checks Permission::Sync and runs on the session's connection.
Result<SyncSummary> syncNow(accounts::Session& session, const SyncOptions& options,
                            const std::function<void(const SyncProgress&)>& progress = {});

} // namespace sohoa::sync
