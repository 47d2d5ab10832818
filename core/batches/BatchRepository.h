#pragma once

#include "core/accounts/Session.h"
#include "core/batches/Batch.h"
#include "core/common/Result.h"

namespace sohoa::batches {

// Creates a batch (clerks and supervisors with Ingest), audited.
Result<Batch> createBatch(accounts::Session& session, const QString& name, const QString& note = {});
// The batch of that name, created if missing (as ingest does).
Result<Batch> findOrCreateBatch(accounts::Session& session, const QString& name);

Result<Batch> findBatch(store::Database& db, const QString& name);
Result<Batch> findBatchById(store::Database& db, qint64 id);
Result<QList<BatchSummary>> listBatches(store::Database& db);
Result<BatchSummary> summarizeBatch(store::Database& db, qint64 batchId);

} // namespace sohoa::batches
