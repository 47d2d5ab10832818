#include "core/batches/BatchRepository.h"

#include "core/audit/Actions.h"
#include "core/batches/Errors.h"
#include "core/common/Clock.h"
#include "core/i18n/Tr.h"
#include "core/store/Database.h"

#include <QCoreApplication>

namespace sohoa::batches {

namespace {

Batch readBatch(const store::Statement& st)
{
    return Batch{st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.integer(5) != 0};
}

template <typename Key> Result<Batch> findBy(store::Database& db, const char* where, const Key& key)
{
    const QByteArray sql =
        QByteArray("SELECT id, name, created_at, created_by, note, double_keying FROM batches WHERE ") +
        where + ';';
    SOHOA_TRY_ASSIGN(auto row, db.queryRow(sql.constData(), key));
    if (!row)
        return makeError(errors::kBatchNotFound, Tr::tr("There is no such batch."));
    return readBatch(*row);
}

Result<void> addCounts(store::Database& db, const char* sql, qint64 batchId, QMap<QString, int>& counts)
{
    SOHOA_TRY_ASSIGN(store::Statement st, db.prepare(sql));
    st.bind(1, batchId);
    return st.forEachRow([&](const store::Statement& row) { counts[row.text(0)] += int(row.integer(1)); });
}

} // namespace

Result<Batch> createBatch(accounts::Session& session, const QString& rawName, const QString& note)
{
    SOHOA_TRY(session.require(accounts::Permission::Ingest));
    const QString name = rawName.simplified();
    if (name.isEmpty() || name.size() > 200)
        return makeError(errors::kBatchBadName, Tr::tr("A batch needs a name of 1 to 200 characters."));
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    if (findBatch(session.db(), name))
        return makeError(errors::kBatchExists, Tr::tr("A batch named '%1' already exists.").arg(name));
    Batch b{0, name, nowIso(), session.actor(), note, false};
    SOHOA_TRY(
        session.db().execute("INSERT INTO batches (name, created_at, created_by, note) VALUES (?, ?, ?, ?);",
                             b.name, b.createdAt, b.createdBy, b.note));
    b.id = session.db().lastInsertId();
    SOHOA_TRY(session.audit(audit::actions::kBatchCreated, QStringLiteral("batch:%1").arg(b.id),
                            {{QStringLiteral("name"), b.name}}));
    SOHOA_TRY(tx.commit());
    return b;
}

Result<Batch> findOrCreateBatch(accounts::Session& session, const QString& name)
{
    if (auto b = findBatch(session.db(), name.simplified()))
        return b;
    return createBatch(session, name);
}

Result<Batch> findBatch(store::Database& db, const QString& name)
{
    return findBy(db, "name = ?", name);
}

Result<Batch> findBatchById(store::Database& db, qint64 id)
{
    return findBy(db, "id = ?", id);
}

Result<BatchSummary> summarizeBatch(store::Database& db, qint64 batchId)
{
    BatchSummary s;
    SOHOA_TRY_ASSIGN(s.batch, findBatchById(db, batchId));
    SOHOA_TRY_ASSIGN(auto docs, db.queryRow("SELECT count(*), coalesce(sum(page_count), 0) FROM documents "
                                            "WHERE batch_id = ?;",
                                            batchId));
    if (docs) { // an aggregate always has its one row
        s.documents = int(docs->integer(0));
        s.pages = int(docs->integer(1));
    }
    SOHOA_TRY(addCounts(
        db,
        "SELECT CASE status WHEN 'imported' THEN 'new' ELSE status END, count(*) FROM documents "
        "WHERE batch_id = ? AND status IN ('imported', 'ocr_running', 'ocr_failed') GROUP BY status;",
        batchId, s.counts));
    SOHOA_TRY(addCounts(db, "SELECT state, count(*) FROM records WHERE batch_id = ? GROUP BY state;", batchId,
                        s.counts));
    // The outbox (core/sync): in a package awaiting its receipt, accepted by the
    // registry, or refused / failing (rejected, conflict, will retry, needs attention).
    SOHOA_TRY(addCounts(
        db,
        "SELECT CASE WHEN state = 'sending' AND channel = 'package' THEN 'exported' "
        "WHEN state = 'accepted' THEN 'synced' ELSE 'sync_failed' END, count(*) FROM sync_records "
        "WHERE batch_id = ? AND (state IN ('accepted', 'rejected', 'conflict', 'failed_will_retry', "
        "'needs_attention') OR (state = 'sending' AND channel = 'package')) GROUP BY 1;",
        batchId, s.counts));
    return s;
}

Result<QList<BatchSummary>> listBatches(store::Database& db)
{
    SOHOA_TRY_ASSIGN(store::Statement st, db.prepare("SELECT id FROM batches ORDER BY id DESC;"));
    QList<qint64> ids;
    SOHOA_TRY(st.forEachRow([&](const store::Statement& row) { ids.append(row.integer(0)); }));
    QList<BatchSummary> out;
    for (qint64 id : ids) {
        SOHOA_TRY_ASSIGN(BatchSummary s, summarizeBatch(db, id));
        out.append(s);
    }
    return out;
}

} // namespace sohoa::batches
