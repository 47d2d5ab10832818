#include "batches/BatchRepository.h"

#include "batches/Errors.h"
#include "common/Clock.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace sohoa::batches {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sohoa::batches", text);
}

Batch readBatch(const store::Statement& st)
{
    return Batch{st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.integer(5) != 0};
}

Result<Batch> findBy(store::Database& db, const char* where,
                     const std::function<void(store::Statement&)>& bind)
{
    const QByteArray sql =
        QByteArray("SELECT id, name, created_at, created_by, note, double_keying FROM batches WHERE ") +
        where + ';';
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    bind(*st);
    auto has = st->next();
    if (!has)
        return has.error();
    if (!*has)
        return makeError(errors::kBatchNotFound, tr("There is no such batch."));
    return readBatch(*st);
}

Result<void> addCounts(store::Database& db, const char* sql, qint64 batchId, QMap<QString, int>& counts)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, batchId);
    SOHOA_TRY(
        st->forEachRow([&](const store::Statement& row) { counts[row.text(0)] += int(row.integer(1)); }));
    return {};
}

} // namespace

Result<Batch> createBatch(accounts::Session& session, const QString& rawName, const QString& note)
{
    SOHOA_TRY(session.require(accounts::Permission::Ingest));
    const QString name = rawName.simplified();
    if (name.isEmpty() || name.size() > 200)
        return makeError(errors::kBatchBadName, tr("A batch needs a name of 1 to 200 characters."));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    if (findBatch(session.db(), name))
        return makeError(errors::kBatchExists, tr("A batch named '%1' already exists.").arg(name));
    Batch b{0, name, nowIso(), session.actor(), note, false};
    auto st =
        session.db().prepare("INSERT INTO batches (name, created_at, created_by, note) VALUES (?, ?, ?, ?);");
    if (!st)
        return st.error();
    st->bind(1, b.name).bind(2, b.createdAt).bind(3, b.createdBy).bind(4, b.note);
    SOHOA_TRY(st->run());
    b.id = session.db().lastInsertId();
    SOHOA_TRY(session.audit(QStringLiteral("batch.created"), QStringLiteral("batch:%1").arg(b.id),
                            {{QStringLiteral("name"), b.name}}));
    SOHOA_TRY(tx->commit());
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
    return findBy(db, "name = ?", [&](store::Statement& st) { st.bind(1, name); });
}

Result<Batch> findBatchById(store::Database& db, qint64 id)
{
    return findBy(db, "id = ?", [&](store::Statement& st) { st.bind(1, id); });
}

Result<BatchSummary> summarizeBatch(store::Database& db, qint64 batchId)
{
    BatchSummary s;
    auto b = findBatchById(db, batchId);
    if (!b)
        return b.error();
    s.batch = *b;
    auto docs =
        db.prepare("SELECT count(*), coalesce(sum(page_count), 0) FROM documents WHERE batch_id = ?;");
    if (!docs)
        return docs.error();
    docs->bind(1, batchId);
    if (auto has = docs->next(); !has)
        return has.error();
    s.documents = int(docs->integer(0));
    s.pages = int(docs->integer(1));
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
    auto st = db.prepare("SELECT id FROM batches ORDER BY id DESC;");
    if (!st)
        return st.error();
    QList<qint64> ids;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) { ids.append(row.integer(0)); }));
    QList<BatchSummary> out;
    for (qint64 id : ids) {
        auto s = summarizeBatch(db, id);
        if (!s)
            return s.error();
        out.append(*s);
    }
    return out;
}

} // namespace sohoa::batches
