#include "core/records/RecordRepository.h"

#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/i18n/Tr.h"
#include "core/records/Errors.h"
#include "core/records/RecordIndex.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace sohoa::records {

namespace {

constexpr const char* kColumns =
    "id, batch_id, document_id, page_no, record_type, state, fields, issues, created_at, "
    "created_by, updated_at, verified_by, verified_at, decided_by, decided_at, "
    "reject_reason, version";

Record readRow(const store::Statement& st)
{
    Record r;
    r.id = st.integer(0);
    r.batchId = st.integer(1);
    r.documentId = st.isNull(2) ? 0 : st.integer(2);
    r.pageNo = int(st.integer(3));
    r.type = st.text(4);
    stateFromName(st.text(5), r.state);
    r.fields = fieldsFromJson(QJsonDocument::fromJson(st.text(6).toUtf8()).object());
    r.issues = issuesFromJson(QJsonDocument::fromJson(st.text(7).toUtf8()).array());
    r.createdAt = st.text(8);
    r.createdBy = st.text(9);
    r.updatedAt = st.text(10);
    r.verifiedBy = st.text(11);
    r.verifiedAt = st.text(12);
    r.decidedBy = st.text(13);
    r.decidedAt = st.text(14);
    r.rejectReason = st.text(15);
    r.version = int(st.integer(16));
    return r;
}

// Everything of a new record that is computed before it is written.
struct PreparedRecord {
    QByteArray fieldsJson;
    QByteArray issuesJson;
    IndexEntry index;
};

PreparedRecord prepareRecord(const NewRecord& n)
{
    Record r;
    r.type = n.type;
    r.fields = n.fields;
    r.issues = n.issues;
    return {r.fieldsJsonText(), canonicalJson(r.issuesJson()), indexEntry(r)};
}

QList<PreparedRecord> prepareRecords(const QList<NewRecord>& records, qsizetype from, qsizetype to)
{
    QList<PreparedRecord> out;
    out.reserve(to - from);
    for (qsizetype i = from; i < to; ++i)
        out.append(prepareRecord(records[i]));
    return out;
}

Result<qint64> writeRecord(store::Database& db, const NewRecord& n, const PreparedRecord& p,
                           const QString& actor, const QString& now)
{
    auto st =
        db.cached("INSERT INTO records (batch_id, document_id, page_no, record_type, state, fields, issues, "
                  "created_at, created_by, updated_at) VALUES (?, ?, ?, ?, 'to_verify', ?, ?, ?, ?, ?);");
    if (!st)
        return st.error();
    st->bind(1, n.batchId);
    if (n.documentId)
        st->bind(2, n.documentId);
    else
        st->bindNull(2);
    st->bind(3, n.pageNo).bind(4, n.type);
    st->bindUtf8(5, p.fieldsJson).bindUtf8(6, p.issuesJson);
    st->bind(7, now).bind(8, actor).bind(9, now);
    SOHOA_TRY(st->run());
    const qint64 id = db.lastInsertId();
    SOHOA_TRY(writeIndexEntry(db, id, p.index, false));
    return id;
}

// The thread that prepares a bulk insert's next records. One is enough: the
// writer takes one chunk at a time. Not the global pool, where OCR jobs may
// hold every thread for seconds.
QThreadPool& preparationThread()
{
    static QThreadPool pool;
    static const bool oneThread = (pool.setMaxThreadCount(1), true);
    Q_UNUSED(oneThread);
    return pool;
}

QByteArray whereClause(const RecordQuery& q)
{
    QByteArray sql = " WHERE id > ?1";
    if (q.batchId)
        sql += " AND batch_id = ?2";
    if (q.state)
        sql += " AND state = ?3";
    if (!q.type.isEmpty())
        sql += " AND record_type = ?4";
    if (q.documentId)
        sql += " AND document_id = ?5";
    return sql;
}

void bindQuery(store::Statement& st, const RecordQuery& q)
{
    st.bind(1, q.afterId);
    if (q.batchId)
        st.bind(2, q.batchId);
    if (q.state)
        st.bind(3, stateName(*q.state));
    if (!q.type.isEmpty())
        st.bind(4, q.type);
    if (q.documentId)
        st.bind(5, q.documentId);
}

} // namespace

Result<qint64> insertRecord(store::Database& db, const NewRecord& n, const QString& actor)
{
    return writeRecord(db, n, prepareRecord(n), actor, nowIso());
}

Result<QList<qint64>> insertRecords(store::Database& db, const QList<NewRecord>& records,
                                    const QString& actor, const AfterInsert& afterEach)
{
    // Chunks small enough that the writer waits little for the first one, large
    // enough that handing them over costs nothing next to preparing them.
    constexpr qsizetype kChunk = 64;
    const qsizetype count = records.size();
    auto prepareChunk = [&records, count](qsizetype from) {
        const qsizetype to = std::min(from + kChunk, count);
        return QtConcurrent::run(&preparationThread(),
                                 [&records, from, to] { return prepareRecords(records, from, to); });
    };
    QFuture<QList<PreparedRecord>> next;
    if (count > 0)
        next = prepareChunk(0);
    // The preparing thread reads `records`: never return while it runs.
    const auto waitForPreparation = qScopeGuard([&next] { next.waitForFinished(); });
    const QString now = nowIso();
    QList<qint64> ids;
    ids.reserve(count);
    for (qsizetype from = 0; from < count; from += kChunk) {
        const QList<PreparedRecord> chunk = next.result();
        if (from + kChunk < count)
            next = prepareChunk(from + kChunk);
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            auto id = writeRecord(db, records[from + i], chunk[i], actor, now);
            if (!id)
                return id.error();
            ids.append(*id);
            if (afterEach)
                SOHOA_TRY(afterEach(from + i, *id));
        }
    }
    return ids;
}

Result<Record> loadRecord(store::Database& db, qint64 id)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM records WHERE id = ?;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, id);
    auto has = st->next();
    if (!has)
        return has.error();
    if (!*has)
        return makeError(errors::kNotFound, Tr::tr("There is no record %1.").arg(id));
    return readRow(*st);
}

Result<QList<Record>> queryRecords(store::Database& db, const RecordQuery& q)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM records" + whereClause(q) + " ORDER BY id LIMIT ?6;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindQuery(*st, q);
    st->bind(6, qint64(q.limit));
    QList<Record> out;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) { out.append(readRow(row)); }));
    return out;
}

Result<qint64> countRecords(store::Database& db, const RecordQuery& q)
{
    const QByteArray sql = "SELECT count(*) FROM records" + whereClause(q) + ';';
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindQuery(*st, q);
    auto has = st->next();
    if (!has)
        return has.error();
    return st->integer(0);
}

Result<void> saveRecord(store::Database& db, const Record& r)
{
    auto st =
        db.prepare("UPDATE records SET record_type = ?, state = ?, fields = ?, issues = ?, updated_at = ?, "
                   "verified_by = ?, verified_at = ?, decided_by = ?, decided_at = ?, reject_reason = ?, "
                   "version = version + 1 WHERE id = ?;");
    if (!st)
        return st.error();
    st->bind(1, r.type).bind(2, stateName(r.state));
    st->bindUtf8(3, r.fieldsJsonText());
    st->bindUtf8(4, canonicalJson(r.issuesJson()));
    st->bind(5, nowIso());
    st->bindOptional(6, r.verifiedBy).bindOptional(7, r.verifiedAt);
    st->bindOptional(8, r.decidedBy).bindOptional(9, r.decidedAt).bindOptional(10, r.rejectReason);
    st->bind(11, r.id);
    SOHOA_TRY(st->run());
    if (db.changes() != 1)
        return makeError(errors::kNotFound, Tr::tr("There is no record %1.").arg(r.id));
    return indexRecord(db, r, true); // the rows core/search reads (RecordIndex.h)
}

Result<QList<qint64>> recordsSharingKeys(store::Database& db, const Record& record)
{
    QList<qint64> out;
    auto st = db.prepare("SELECT DISTINCT docid FROM record_keys WHERE keys MATCH ? AND docid != ?;");
    if (!st)
        return st.error();
    for (const QString& k : blockingKeys(record)) {
        st->bind(1, blockingKeyTerm(k)).bind(2, record.id);
        SOHOA_TRY(st->forEachRow([&](const store::Statement& row) {
            if (!out.contains(row.integer(0)))
                out.append(row.integer(0));
        }));
        st->reset();
    }
    return out;
}

} // namespace sohoa::records
