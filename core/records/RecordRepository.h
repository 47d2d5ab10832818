#pragma once

#include "core/common/Result.h"
#include "core/records/Record.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace sohoa::store {
class Database;
}

namespace sohoa::records {

// Persistence of records. These functions neither check permissions nor write
// the audit trail: callers (ingest, workflow) do both, inside the same
// transaction, so that a change and its audit entry commit together.

struct NewRecord {
    qint64 batchId = 0;
    qint64 documentId = 0;
    int pageNo = 1;
    QString type;
    QMap<QString, FieldValue> fields;
    QList<Issue> issues;
};

Result<qint64> insertRecord(store::Database& db, const NewRecord& record, const QString& actor);

// Inserts many records (a bulk import, a commune's archive) in the caller's
// transaction, in order, and returns their ids. What needs no database (the
// stored JSON, search text, blocking keys) is computed on another thread while
// the records before are written, so the work uses two cores. `afterEach`
// (optional) runs on the calling thread after each insert with the record's
// position in `records` and its id, e.g. to write its audit entry; an error
// from it stops the insert and is returned.
using AfterInsert = std::function<Result<void>(qsizetype index, qint64 id)>;
// How many records a bulk insert should put in one transaction. The full-text
// index writes a segment at each commit, and a segment (and every later merge
// of it) costs per distinct word in it: words shared by many records cost
// less in fewer, larger segments. Realistic births went in ~25 % faster at
// 5,000 per transaction than at 1,000 (bench/store_bench --per-transaction);
// beyond, little changes, while other writers wait longer for their turn.
constexpr int kBulkRecordsPerTransaction = 5000;
Result<QList<qint64>> insertRecords(store::Database& db, const QList<NewRecord>& records,
                                    const QString& actor, const AfterInsert& afterEach = {});

Result<Record> loadRecord(store::Database& db, qint64 id);

struct RecordQuery {
    qint64 batchId = 0; // 0 = all batches
    std::optional<RecordState> state;
    QString type;
    qint64 documentId = 0;
    qint64 afterId = 0; // keyset paging: ids greater than this
    int limit = 1000;
};
Result<QList<Record>> queryRecords(store::Database& db, const RecordQuery& query);
Result<qint64> countRecords(store::Database& db, const RecordQuery& query);

// Writes fields, issues, state and decision columns of an existing record,
// bumps its version, and refreshes its search text and duplicate keys.
Result<void> saveRecord(store::Database& db, const Record& record);

// Records sharing a duplicate-blocking key with `record` (excluding itself).
Result<QList<qint64>> recordsSharingKeys(store::Database& db, const Record& record);

} // namespace sohoa::records
