// The outbox's journal: the rows a sync run or an offline package reads and writes (records due,
// frozen page hashes, answers applied), split from Outbox.cpp, which holds what a user does with the
// outbox (list, retry, cancel, send back). See OutboxJournal.h.
#include "core/sync/OutboxJournal.h"

#include "core/audit/Actions.h"
#include "core/audit/AuditChain.h"
#include "core/batches/DocumentRepository.h"
#include "core/batches/Errors.h"
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/i18n/Tr.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"
#include "core/sync/Approvals.h"
#include "core/sync/Errors.h"
#include "core/sync/Outbox.h"
#include "core/sync/Protocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sohoa::sync {

namespace {

QString registryLabel(const QString& registry)
{
    return registry == QLatin1String("land") ? Tr::tr("land registry") : Tr::tr("civil-status registry");
}

Result<void> run(store::Statement& st)
{
    return st.run();
}

Result<void> ensureBatchRow(store::Database& db, qint64 batchId)
{
    auto st =
        db.cached("INSERT OR IGNORE INTO sync_batches (batch_id, batch_key, queued_at) VALUES (?, ?, ?);");
    if (!st)
        return st.error();
    st->bind(1, batchId).bind(2, protocol::newKey("bat")).bind(3, nowIso());
    return run(*st);
}

// Pages of a record's document, by page id; their hashes are filled in when the
// record is first sent or packed (journal::freezePages), so each image is read once.
Result<QJsonArray> pagesOf(store::Database& db, const records::Record& r)
{
    QJsonArray out;
    if (!r.documentId)
        return out;
    auto pages = batches::documentPages(db, r.documentId);
    if (!pages)
        return pages.error();
    for (const batches::PageInfo& p : *pages)
        out.append(
            QJsonObject{{QStringLiteral("page_no"), p.pageNo}, {QStringLiteral("page_id"), double(p.id)}});
    return out;
}

QString answerMessage(const QJsonObject& answer, const QString& registry)
{
    const QString status = answer.value(QLatin1String("status")).toString();
    const QJsonObject reason = answer.value(QLatin1String("reason")).toObject();
    const QString registryId = answer.value(QLatin1String("registry_id")).toString();
    if (status == QLatin1String(protocol::kAccepted)) {
        if (answer.value(QLatin1String("already_registered")).toBool())
            return Tr::tr("Accepted: the %1 already held this event identically as %2.")
                .arg(registryLabel(registry), registryId);
        return Tr::tr("Accepted by the %1 as %2.").arg(registryLabel(registry), registryId);
    }
    if (status == QLatin1String(protocol::kConflict))
        return Tr::tr(
                   "Conflict: the %1 holds a different version of this event (%2). Compare both versions and "
                   "decide.")
            .arg(registryLabel(registry), registryId);
    return Tr::tr("Rejected by the %1: %2 (%3).")
        .arg(registryLabel(registry), reason.value(QLatin1String("message")).toString(),
             reason.value(QLatin1String("code")).toString());
}

} // namespace

namespace journal {

Result<int> enqueueApprovedRecords(store::Database& db, const QString& actor, qint64 batchId)
{
    QByteArray sql = "SELECT r.id FROM records r LEFT JOIN sync_records s ON s.record_id = r.id "
                     "WHERE r.state = 'approved' AND s.record_id IS NULL";
    if (batchId)
        sql += " AND r.batch_id = ?1";
    sql += " ORDER BY r.id;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    if (batchId)
        st->bind(1, batchId);
    QList<qint64> ids;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) { ids.append(row.integer(0)); }));
    QMap<qint64, int> perBatch;
    const QString now = nowIso();
    for (qint64 id : ids) {
        auto r = records::loadRecord(db, id);
        if (!r)
            return r.error();
        SOHOA_TRY(ensureBatchRow(db, r->batchId));
        auto pages = pagesOf(db, *r);
        if (!pages)
            return pages.error();
        const QString key = protocol::newKey("rec");
        // The clerk's and the supervisor's signed statements go with the record: the
        // registry takes it only with both (sync/Approvals.h).
        SOHOA_TRY_ASSIGN(auto pageHashes, approvals::documentPageHashes(db, r->documentId));
        auto approvals = approvals::approvalsOf(
            db, r->id, protocol::recordContentHash(r->type, r->plainValues(), pageHashes),
            protocol::recordContentHash(r->type, r->plainValues(), {}));
        if (!approvals)
            return approvals.error();
        const QJsonObject payload{
            {QStringLiteral("key"), key},      {QStringLiteral("local_id"), double(r->id)},
            {QStringLiteral("type"), r->type}, {QStringLiteral("fields"), r->plainValues()},
            {QStringLiteral("pages"), *pages}, {QStringLiteral("approvals"), *approvals}};
        protocol::Registry registry;
        const bool known = protocol::registryForType(r->type, registry);
        auto ins = db.cached(
            "INSERT INTO sync_records (record_id, batch_id, record_key, registry, state, payload, "
            "content_hash, queued_at, last_code, last_message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
        if (!ins)
            return ins.error();
        ins->bind(1, r->id).bind(2, r->batchId).bind(3, key);
        ins->bind(4, known ? protocol::registryName(registry) : QStringLiteral("none"));
        ins->bind(5, known ? QStringLiteral("queued") : QStringLiteral("needs_attention"));
        ins->bind(6, QString::fromUtf8(canonicalJson(payload)));
        ins->bind(7, protocol::recordContentHash(r->type, r->plainValues(), protocol::pageHashesOf(payload)));
        ins->bind(8, now).bind(9, known ? QString() : errors::kNoRegistry);
        ins->bind(10, known ? Tr::tr("Waiting to be sent.")
                            : Tr::tr("No national registry takes records of type '%1'.").arg(r->type));
        SOHOA_TRY(run(*ins));
        perBatch[r->batchId] += 1;
    }
    for (auto it = perBatch.constBegin(); it != perBatch.constEnd(); ++it)
        SOHOA_TRY(audit::appendAudit(db, actor, audit::actions::kSyncQueued,
                                     QStringLiteral("batch:%1").arg(it.key()),
                                     {{QStringLiteral("records"), it.value()}}));
    return int(ids.size());
}

Result<int> recoverInterrupted(store::Database& db)
{
    auto st = db.prepare(
        "UPDATE sync_records SET state = 'failed_will_retry', in_doubt = 1, next_attempt_at = NULL, "
        "last_code = 'sync.interrupted', last_message = ? "
        "WHERE state = 'sending' AND channel = 'online';");
    if (!st)
        return st.error();
    st->bind(
        1,
        Tr::tr("The last sync was interrupted while this record was being sent; the registry will be asked "
               "whether it arrived before anything is sent again."));
    SOHOA_TRY(st->run());
    return db.changes();
}

namespace {

constexpr const char* kDueColumns =
    "s.record_id, s.batch_id, s.record_key, s.registry, sb.batch_key, b.name, "
    "s.payload, s.in_doubt, s.channel, s.package_id, s.attempts";

Result<QList<DueRecord>> readDue(store::Statement& st)
{
    QList<DueRecord> out;
    SOHOA_TRY(st.forEachRow([&](const store::Statement& row) {
        DueRecord d;
        d.recordId = row.integer(0);
        d.batchId = row.integer(1);
        d.recordKey = row.text(2);
        d.registry = row.text(3);
        d.batchKey = row.text(4);
        d.batchName = row.text(5);
        d.payload = QJsonDocument::fromJson(row.text(6).toUtf8()).object();
        d.inDoubt = row.integer(7) != 0;
        d.channel = row.text(8);
        d.packageId = row.text(9);
        d.attempts = int(row.integer(10));
        out.append(d);
    }));
    return out;
}

} // namespace

Result<QList<DueRecord>> pickRecords(store::Database& db, Pick pick, qint64 batchId, int limit,
                                     qint64 afterRecordId, bool includePackaged)
{
    QByteArray sql = QByteArray("SELECT ") + kDueColumns +
                     " FROM sync_records s JOIN sync_batches sb ON sb.batch_id = s.batch_id JOIN batches b "
                     "ON b.id = s.batch_id"
                     " WHERE s.record_id > ?1 AND (?2 = 0 OR s.batch_id = ?2) AND s.registry != 'none'";
    if (pick == Pick::DueOnline)
        sql += " AND s.state IN ('queued', 'failed_will_retry') AND s.package_id IS NULL"
               " AND (s.next_attempt_at IS NULL OR s.next_attempt_at <= ?3)";
    else if (includePackaged)
        sql += " AND (s.state IN ('queued', 'failed_will_retry', 'needs_attention')"
               " OR (s.state = 'sending' AND s.channel = 'package'))";
    else
        sql += " AND s.state IN ('queued', 'failed_will_retry', 'needs_attention') AND s.package_id IS NULL";
    sql += " ORDER BY s.record_id LIMIT ?4;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, afterRecordId).bind(2, batchId);
    if (pick == Pick::DueOnline)
        st->bind(3, nowIso());
    st->bind(4, qint64(limit));
    return readDue(*st);
}

Result<QList<DueRecord>> inDoubtRecords(store::Database& db, qint64 batchId, int limit, qint64 afterRecordId,
                                        bool includePackaged)
{
    QByteArray sql = QByteArray("SELECT ") + kDueColumns +
                     " FROM sync_records s JOIN sync_batches sb ON sb.batch_id = s.batch_id JOIN batches b "
                     "ON b.id = s.batch_id"
                     " WHERE s.record_id > ?1 AND (?2 = 0 OR s.batch_id = ?2)"
                     " AND s.state NOT IN ('accepted', 'rejected', 'conflict')"
                     " AND (s.in_doubt = 1";
    if (includePackaged)
        sql += " OR (s.state = 'sending' AND s.channel = 'package')";
    sql += ") ORDER BY s.record_id LIMIT ?3;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, afterRecordId).bind(2, batchId).bind(3, qint64(limit));
    return readDue(*st);
}

Result<QDateTime> nextRetryTime(store::Database& db, qint64 batchId)
{
    auto st = db.prepare("SELECT min(next_attempt_at) FROM sync_records WHERE state = 'failed_will_retry' "
                         "AND package_id IS NULL AND (?1 = 0 OR batch_id = ?1);");
    if (!st)
        return st.error();
    st->bind(1, batchId);
    if (auto has = st->next(); !has)
        return has.error();
    if (st->isNull(0))
        return QDateTime();
    return parseIsoTimestamp(st->text(0));
}

Result<void> freezePages(store::Database& db, QList<DueRecord>& records, QHash<QString, QByteArray>* bytes)
{
    for (DueRecord& r : records) {
        QJsonArray pages = r.payload.value(QLatin1String("pages")).toArray();
        bool changed = false;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QJsonObject p = pages[i].toObject();
            if (!p.contains(QLatin1String("page_id")))
                continue;
            const qint64 pageId = qint64(p.value(QLatin1String("page_id")).toDouble());
            QString hash, format;
            qint64 size = 0;
            auto known = db.cached("SELECT hash, size, format FROM sync_pages WHERE page_id = ?;");
            if (!known)
                return known.error();
            known->bind(1, pageId);
            auto has = known->next();
            if (!has)
                return has.error();
            if (*has) {
                hash = known->text(0);
                size = known->integer(1);
                format = known->text(2);
                known->reset();
            } else {
                known->reset();
                auto image = batches::loadPageImage(db, pageId);
                if (!image)
                    return image.error();
                hash = protocol::contentHash(image->data);
                size = image->data.size();
                format = image->format;
                auto confirmed = db.cached("SELECT max(confirmed) FROM sync_pages WHERE hash = ?;");
                if (!confirmed)
                    return confirmed.error();
                confirmed->bind(1, hash);
                if (auto c = confirmed->next(); !c)
                    return c.error();
                const qint64 already = confirmed->integer(0);
                confirmed->reset();
                auto ins = db.cached("INSERT INTO sync_pages (page_id, hash, size, format, confirmed) VALUES "
                                     "(?, ?, ?, ?, ?);");
                if (!ins)
                    return ins.error();
                ins->bind(1, pageId).bind(2, hash).bind(3, size).bind(4, format).bind(5, already);
                SOHOA_TRY(run(*ins));
                if (bytes)
                    bytes->insert(hash, image->data);
            }
            pages[i] = QJsonObject{{QStringLiteral("page_no"), p.value(QLatin1String("page_no"))},
                                   {QStringLiteral("hash"), hash},
                                   {QStringLiteral("size"), double(size)},
                                   {QStringLiteral("format"), format}};
            changed = true;
        }
        if (!changed)
            continue;
        r.payload.insert(QStringLiteral("pages"), pages);
        auto up = db.cached("UPDATE sync_records SET payload = ?, content_hash = ? WHERE record_id = ?;");
        if (!up)
            return up.error();
        up->bind(1, QString::fromUtf8(canonicalJson(r.payload)));
        up->bind(2, protocol::recordContentHash(r.payload.value(QLatin1String("type")).toString(),
                                                r.payload.value(QLatin1String("fields")).toObject(),
                                                protocol::pageHashesOf(r.payload)));
        up->bind(3, r.recordId);
        SOHOA_TRY(run(*up));
    }
    return {};
}

Result<QList<qint64>> markSending(store::Database& db, const QList<qint64>& ids)
{
    const QString now = nowIso();
    QList<qint64> marked;
    for (qint64 id : ids) {
        // Only if still waiting as when picked: meanwhile the record may have been
        // cancelled, packaged or answered through another connection.
        auto st = db.cached(
            "UPDATE sync_records SET state = 'sending', channel = 'online', attempts = attempts + 1, "
            "last_attempt_at = ?, next_attempt_at = NULL, last_code = '', last_message = ? "
            "WHERE record_id = ? AND state IN ('queued', 'failed_will_retry') "
            "AND package_id IS NULL AND in_doubt = 0;");
        if (!st)
            return st.error();
        st->bind(1, now).bind(2, Tr::tr("Sending to the registry.")).bind(3, id);
        SOHOA_TRY(run(*st));
        if (db.changes() == 1)
            marked.append(id);
    }
    return marked;
}

Result<void> unmarkSending(store::Database& db, const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        auto st = db.cached("UPDATE sync_records SET state = 'queued', attempts = max(attempts - 1, 0), "
                            "next_attempt_at = NULL, last_code = '', last_message = ? "
                            "WHERE record_id = ? AND state = 'sending' AND channel = 'online';");
        if (!st)
            return st.error();
        st->bind(1, Tr::tr("Waiting to be sent.")).bind(2, id);
        SOHOA_TRY(run(*st));
    }
    return {};
}

Result<void> markPackaged(store::Database& db, const QList<qint64>& ids, const QString& packageId,
                          const QString& message)
{
    const QString now = nowIso();
    for (qint64 id : ids) {
        auto st =
            db.cached("UPDATE sync_records SET state = 'sending', channel = 'package', package_id = ?, "
                      "attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = NULL, last_code = '', "
                      "last_message = ? WHERE record_id = ?;");
        if (!st)
            return st.error();
        st->bind(1, packageId).bind(2, now).bind(3, message).bind(4, id);
        SOHOA_TRY(run(*st));
    }
    return {};
}

Result<Applied> applyAnswer(store::Database& db, const QString& actor, const QJsonObject& answer,
                            const QString& channel)
{
    Applied applied;
    const QString key = answer.value(QLatin1String("key")).toString();
    auto find = db.cached("SELECT record_id, state, registry FROM sync_records WHERE record_key = ?;");
    if (!find)
        return find.error();
    find->bind(1, key);
    auto has = find->next();
    if (!has)
        return has.error();
    if (!*has)
        return applied;
    applied.recordId = find->integer(0);
    SyncState current = SyncState::Queued;
    syncStateFromName(find->text(1), current);
    const QString registry = find->text(2);
    find->reset();

    const QString status = answer.value(QLatin1String("status")).toString();
    SyncState next = SyncState::NeedsAttention;
    if (status == QLatin1String(protocol::kAccepted))
        next = SyncState::Accepted;
    else if (status == QLatin1String(protocol::kRejected))
        next = SyncState::Rejected;
    else if (status == QLatin1String(protocol::kConflict))
        next = SyncState::Conflict;
    applied.state = next;
    if (current == SyncState::Accepted || current == SyncState::Rejected || current == SyncState::Conflict) {
        applied.state = current; // the registry's first answer stands; a repeat changes nothing
        return applied;
    }
    const QJsonObject reason = answer.value(QLatin1String("reason")).toObject();
    QString message =
        next == SyncState::NeedsAttention
            ? Tr::tr("The registry gave an answer this version of SoHoa does not know ('%1').").arg(status)
            : answerMessage(answer, registry);
    QJsonObject stored = answer;
    stored.remove(QStringLiteral("repeat"));
    auto up =
        db.cached("UPDATE sync_records SET state = ?, channel = ?, in_doubt = 0, next_attempt_at = NULL, "
                  "last_code = ?, last_message = ?, registry_id = ?, answer = ?, answered_at = ? "
                  "WHERE record_id = ?;");
    if (!up)
        return up.error();
    up->bind(1, syncStateName(next)).bind(2, channel);
    up->bind(3, next == SyncState::NeedsAttention ? errors::kUnknownAnswer
                                                  : reason.value(QLatin1String("code")).toString());
    up->bind(4, message).bindOptional(5, answer.value(QLatin1String("registry_id")).toString());
    up->bind(6, QString::fromUtf8(canonicalJson(stored))).bind(7, nowIso()).bind(8, applied.recordId);
    SOHOA_TRY(run(*up));
    QJsonObject details{{QStringLiteral("key"), key},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("channel"), channel}};
    if (answer.contains(QLatin1String("registry_id")))
        details.insert(QStringLiteral("registry_id"), answer.value(QLatin1String("registry_id")));
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason.value(QLatin1String("code")));
    SOHOA_TRY(audit::appendAudit(db, actor, audit::actions::kSyncAnswer,
                                 QStringLiteral("record:%1").arg(applied.recordId), details));
    applied.changed = true;
    return applied;
}

Result<void> markFailed(store::Database& db, const QList<qint64>& ids, SyncState state, const QString& code,
                        const QString& message, const QDateTime& nextAttempt, bool inDoubt)
{
    for (qint64 id : ids) {
        auto st = db.cached(
            "UPDATE sync_records SET state = ?, last_code = ?, last_message = ?, next_attempt_at = ?, "
            "in_doubt = max(in_doubt, ?) WHERE record_id = ? "
            "AND state NOT IN ('accepted', 'rejected', 'conflict');");
        if (!st)
            return st.error();
        st->bind(1, syncStateName(state)).bind(2, code).bind(3, message);
        if (nextAttempt.isValid())
            st->bind(4, isoTimestamp(nextAttempt));
        else
            st->bindNull(4);
        st->bind(5, qint64(inDoubt)).bind(6, id);
        SOHOA_TRY(run(*st));
    }
    return {};
}

Result<void> clearInDoubt(store::Database& db, const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        auto st = db.cached("UPDATE sync_records SET in_doubt = 0 WHERE record_id = ?;");
        if (!st)
            return st.error();
        st->bind(1, id);
        SOHOA_TRY(run(*st));
    }
    return {};
}

Result<void> noteBatchAttempt(store::Database& db, qint64 batchId, const QString& message)
{
    auto st = db.cached("UPDATE sync_batches SET last_attempt_at = ?, last_message = ? WHERE batch_id = ?;");
    if (!st)
        return st.error();
    st->bind(1, nowIso()).bind(2, message).bind(3, batchId);
    return run(*st);
}

Result<QList<PageState>> pageStates(store::Database& db, const QStringList& hashes)
{
    QList<PageState> out;
    for (const QString& h : hashes) {
        auto st =
            db.cached("SELECT size, format, max(started), max(confirmed) FROM sync_pages WHERE hash = ?;");
        if (!st)
            return st.error();
        st->bind(1, h);
        auto has = st->next();
        if (!has)
            return has.error();
        if (*has && !st->isNull(0))
            out.append(PageState{h, st->integer(0), st->text(1), st->integer(2) != 0, st->integer(3) != 0});
    }
    return out;
}

Result<void> markPagesStarted(store::Database& db, const QStringList& hashes)
{
    for (const QString& h : hashes) {
        auto st = db.cached("UPDATE sync_pages SET started = 1 WHERE hash = ?;");
        if (!st)
            return st.error();
        st->bind(1, h);
        SOHOA_TRY(run(*st));
    }
    return {};
}

Result<void> setPagesConfirmed(store::Database& db, const QStringList& hashes, bool confirmed)
{
    for (const QString& h : hashes) {
        auto st = db.cached("UPDATE sync_pages SET confirmed = ?, started = ? WHERE hash = ?;");
        if (!st)
            return st.error();
        st->bind(1, qint64(confirmed)).bind(2, qint64(confirmed)).bind(3, h);
        SOHOA_TRY(run(*st));
    }
    return {};
}

Result<QByteArray> pageBytes(store::Database& db, const QString& hash)
{
    auto st = db.cached("SELECT page_id FROM sync_pages WHERE hash = ? LIMIT 1;");
    if (!st)
        return st.error();
    st->bind(1, hash);
    auto has = st->next();
    if (!has)
        return has.error();
    if (!*has)
        return makeError(batches::errors::kPageNotFound, Tr::tr("No page image with hash %1.").arg(hash));
    const qint64 pageId = st->integer(0);
    st->reset();
    auto image = batches::loadPageImage(db, pageId);
    if (!image)
        return image.error();
    if (protocol::contentHash(image->data) != hash)
        return makeError(errors::kPageChanged,
                         Tr::tr("The stored page image %1 no longer matches its hash.").arg(pageId));
    return image->data;
}

} // namespace journal

} // namespace sohoa::sync
