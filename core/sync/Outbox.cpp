#include "core/sync/Outbox.h"

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
#include "core/sync/OutboxJournal.h"
#include "core/sync/Protocol.h"
#include "core/workflow/Errors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sohoa::sync {

namespace {

constexpr const char* kRecordColumns =
    "s.record_id, s.batch_id, b.name, r.record_type, s.record_key, s.registry, s.state, s.channel, "
    "s.package_id, "
    "s.in_doubt, s.attempts, s.queued_at, s.last_attempt_at, s.next_attempt_at, s.answered_at, s.last_code, "
    "s.last_message, s.registry_id, s.answer";

OutboxRecord readRecord(const store::Statement& st)
{
    OutboxRecord o;
    o.recordId = st.integer(0);
    o.batchId = st.integer(1);
    o.batchName = st.text(2);
    o.recordType = st.text(3);
    o.recordKey = st.text(4);
    o.registry = st.text(5);
    syncStateFromName(st.text(6), o.state);
    o.channel = st.text(7);
    o.packageId = st.text(8);
    o.inDoubt = st.integer(9) != 0;
    o.attempts = int(st.integer(10));
    o.queuedAt = st.text(11);
    o.lastAttemptAt = st.text(12);
    o.nextAttemptAt = st.text(13);
    o.answeredAt = st.text(14);
    o.lastCode = st.text(15);
    o.lastMessage = st.text(16);
    o.registryId = st.text(17);
    if (!st.isNull(18))
        o.answer = QJsonDocument::fromJson(st.text(18).toUtf8()).object();
    return o;
}

// Most urgent first: what a batch shows when its records differ.
int urgency(SyncState s)
{
    switch (s) {
    case SyncState::NeedsAttention:
        return 0;
    case SyncState::Conflict:
        return 1;
    case SyncState::Rejected:
        return 2;
    case SyncState::FailedWillRetry:
        return 3;
    case SyncState::Sending:
        return 4;
    case SyncState::Queued:
        return 5;
    case SyncState::Accepted:
        return 6;
    }
    return 6;
}

} // namespace

// ---- states

QString syncStateName(SyncState s)
{
    switch (s) {
    case SyncState::Queued:
        return QStringLiteral("queued");
    case SyncState::Sending:
        return QStringLiteral("sending");
    case SyncState::Accepted:
        return QStringLiteral("accepted");
    case SyncState::Rejected:
        return QStringLiteral("rejected");
    case SyncState::Conflict:
        return QStringLiteral("conflict");
    case SyncState::FailedWillRetry:
        return QStringLiteral("failed_will_retry");
    case SyncState::NeedsAttention:
        return QStringLiteral("needs_attention");
    }
    return {};
}

bool syncStateFromName(const QString& name, SyncState& out)
{
    for (SyncState s : {SyncState::Queued, SyncState::Sending, SyncState::Accepted, SyncState::Rejected,
                        SyncState::Conflict, SyncState::FailedWillRetry, SyncState::NeedsAttention}) {
        if (syncStateName(s) == name) {
            out = s;
            return true;
        }
    }
    return false;
}

QString syncStateLabel(SyncState s)
{
    switch (s) {
    case SyncState::Queued:
        return Tr::tr("Queued");
    case SyncState::Sending:
        return Tr::tr("Sending");
    case SyncState::Accepted:
        return Tr::tr("Accepted");
    case SyncState::Rejected:
        return Tr::tr("Rejected by the registry");
    case SyncState::Conflict:
        return Tr::tr("Conflict with the registry");
    case SyncState::FailedWillRetry:
        return Tr::tr("Failed, will retry");
    case SyncState::NeedsAttention:
        return Tr::tr("Needs attention");
    }
    return {};
}

QJsonObject OutboxRecord::toJson() const
{
    QJsonObject o{
        {QStringLiteral("record_id"), double(recordId)},
        {QStringLiteral("batch"), batchName},
        {QStringLiteral("type"), recordType},
        {QStringLiteral("key"), recordKey},
        {QStringLiteral("registry"), registry},
        {QStringLiteral("state"), syncStateName(state)},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("in_doubt"), inDoubt},
        {QStringLiteral("queued_at"), queuedAt},
        {QStringLiteral("last_attempt_at"),
         lastAttemptAt.isEmpty() ? QJsonValue() : QJsonValue(lastAttemptAt)},
        {QStringLiteral("next_attempt_at"),
         nextAttemptAt.isEmpty() ? QJsonValue() : QJsonValue(nextAttemptAt)},
        {QStringLiteral("last_code"), lastCode},
        {QStringLiteral("last_message"), lastMessage},
        {QStringLiteral("registry_id"), registryId.isEmpty() ? QJsonValue() : QJsonValue(registryId)}};
    if (!packageId.isEmpty())
        o.insert(QStringLiteral("package_id"), packageId);
    if (!answer.isEmpty())
        o.insert(QStringLiteral("answer"), answer);
    return o;
}

QJsonObject OutboxBatch::toJson() const
{
    QJsonObject c;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        c.insert(it.key(), it.value());
    return {{QStringLiteral("batch_id"), double(batchId)},
            {QStringLiteral("batch"), batchName},
            {QStringLiteral("batch_key"), batchKey},
            {QStringLiteral("state"), syncStateName(state)},
            {QStringLiteral("records"), total},
            {QStringLiteral("counts"), c},
            {QStringLiteral("last_attempt_at"),
             lastAttemptAt.isEmpty() ? QJsonValue() : QJsonValue(lastAttemptAt)},
            {QStringLiteral("next_attempt_at"),
             nextAttemptAt.isEmpty() ? QJsonValue() : QJsonValue(nextAttemptAt)},
            {QStringLiteral("last_message"), lastMessage}};
}

// ---- queries

Result<QList<OutboxBatch>> outboxBatches(store::Database& db)
{
    auto st = db.prepare(
        "SELECT sb.batch_id, b.name, sb.batch_key, sb.last_message, s.state, count(*), "
        "max(s.last_attempt_at), min(CASE WHEN s.state = 'failed_will_retry' THEN s.next_attempt_at END) "
        "FROM sync_batches sb JOIN batches b ON b.id = sb.batch_id "
        "JOIN sync_records s ON s.batch_id = sb.batch_id "
        "GROUP BY sb.batch_id, s.state ORDER BY sb.batch_id DESC;");
    if (!st)
        return st.error();
    QList<OutboxBatch> out;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) {
        if (out.isEmpty() || out.last().batchId != row.integer(0)) {
            OutboxBatch b;
            b.batchId = row.integer(0);
            b.batchName = row.text(1);
            b.batchKey = row.text(2);
            b.lastMessage = row.text(3);
            b.state = SyncState::Accepted;
            out.append(b);
        }
        OutboxBatch& b = out.last();
        SyncState s = SyncState::Queued;
        syncStateFromName(row.text(4), s);
        const int n = int(row.integer(5));
        b.counts[syncStateName(s)] += n;
        b.total += n;
        if (urgency(s) < urgency(b.state))
            b.state = s;
        if (row.text(6) > b.lastAttemptAt)
            b.lastAttemptAt = row.text(6);
        const QString next = row.text(7);
        if (!next.isEmpty() && (b.nextAttemptAt.isEmpty() || next < b.nextAttemptAt))
            b.nextAttemptAt = next;
    }));
    return out;
}

Result<QList<OutboxRecord>> outboxRecords(store::Database& db, const OutboxFilter& f)
{
    QByteArray sql =
        QByteArray("SELECT ") + kRecordColumns +
        " FROM sync_records s JOIN batches b ON b.id = s.batch_id JOIN records r ON r.id = s.record_id"
        " WHERE s.record_id > ?1";
    if (f.batchId)
        sql += " AND s.batch_id = ?2";
    if (f.state)
        sql += " AND s.state = ?3";
    if (f.needsSupervisor)
        sql += " AND s.state IN ('rejected', 'conflict', 'needs_attention')";
    sql += " ORDER BY s.record_id LIMIT ?4;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, f.afterRecordId);
    if (f.batchId)
        st->bind(2, f.batchId);
    if (f.state)
        st->bind(3, syncStateName(*f.state));
    st->bind(4, qint64(f.limit));
    QList<OutboxRecord> out;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) { out.append(readRecord(row)); }));
    return out;
}

Result<QHash<qint64, OutboxRecord>> outboxRecordsFor(store::Database& db, const QList<qint64>& ids)
{
    QHash<qint64, OutboxRecord> out;
    const QByteArray sql =
        QByteArray("SELECT ") + kRecordColumns +
        " FROM sync_records s JOIN batches b ON b.id = s.batch_id JOIN records r ON r.id = s.record_id"
        " WHERE s.record_id = ?;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    for (qint64 id : ids) {
        st->reset();
        st->bind(1, id);
        auto has = st->next();
        if (!has)
            return has.error();
        if (*has)
            out.insert(id, readRecord(*st));
    }
    return out;
}

// ---- supervisor actions

Result<int> enqueueApproved(accounts::Session& session, qint64 batchId)
{
    SOHOA_TRY(session.require(accounts::Permission::Sync));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto n = journal::enqueueApprovedRecords(session.db(), session.actor(), batchId);
    if (!n)
        return n.error();
    SOHOA_TRY(tx->commit());
    return n;
}

Result<int> retryRecords(accounts::Session& session, const QList<qint64>& recordIds)
{
    SOHOA_TRY(session.require(accounts::Permission::Sync));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto st = session.db().prepare(
        "UPDATE sync_records SET state = 'queued', next_attempt_at = NULL, "
        "in_doubt = CASE WHEN package_id IS NOT NULL THEN 1 ELSE in_doubt END, package_id = NULL, "
        "channel = 'online', last_code = '', last_message = ? "
        "WHERE record_id = ? AND (state IN ('failed_will_retry', 'needs_attention', 'queued') "
        "OR (state = 'sending' AND channel = 'package'));");
    if (!st)
        return st.error();
    QJsonArray done;
    for (qint64 id : recordIds) {
        st->reset();
        st->bind(1, Tr::tr("Queued again by %1.").arg(session.actor())).bind(2, id);
        SOHOA_TRY(st->run());
        if (session.db().changes() == 1)
            done.append(double(id));
    }
    if (!done.isEmpty())
        SOHOA_TRY(session.audit(audit::actions::kSyncRetryRequested, QStringLiteral("outbox"),
                                {{QStringLiteral("records"), done}}));
    SOHOA_TRY(tx->commit());
    return int(done.size());
}

Result<int> retryBatch(accounts::Session& session, qint64 batchId)
{
    auto records = outboxRecords(session.db(), OutboxFilter{batchId, std::nullopt, false, 0, 1000000});
    if (!records)
        return records.error();
    QList<qint64> ids;
    for (const OutboxRecord& r : *records)
        ids.append(r.recordId);
    return retryRecords(session, ids);
}

namespace {

// Back to the clerk: the only way out of "approved" (the workflow never edits
// approved records), audited like a supervisor's rejection.
Result<void> sendBackToClerk(accounts::Session& session, qint64 recordId, const QString& reason,
                             const QJsonObject& details)
{
    auto r = records::loadRecord(session.db(), recordId);
    if (!r)
        return r.error();
    if (r->state == records::RecordState::Approved) {
        r->state = records::RecordState::Rejected;
        r->decidedBy = session.actor();
        r->decidedAt = nowIso();
        r->rejectReason = reason;
        SOHOA_TRY(records::saveRecord(session.db(), *r));
    }
    auto del = session.db().prepare("DELETE FROM sync_records WHERE record_id = ?;");
    if (!del)
        return del.error();
    del->bind(1, recordId);
    SOHOA_TRY(del->run());
    QJsonObject d = details;
    d.insert(QStringLiteral("reason"), reason);
    SOHOA_TRY(session.audit(audit::actions::kRecordRejected, QStringLiteral("record:%1").arg(recordId), d));
    return {};
}

} // namespace

Result<int> cancelRecords(accounts::Session& session, const QList<qint64>& recordIds, const QString& reason)
{
    SOHOA_TRY(session.require(accounts::Permission::Sync));
    const QString why = reason.simplified();
    if (why.isEmpty())
        return makeError(workflow::errors::kNoReason,
                         Tr::tr("Say why the record is taken out of the outbox."));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto found = outboxRecordsFor(session.db(), recordIds);
    if (!found)
        return found.error();
    for (qint64 id : recordIds) {
        const auto it = found->constFind(id);
        if (it == found->constEnd())
            return makeError(errors::kNotInOutbox, Tr::tr("Record %1 is not in the outbox.").arg(id));
        const OutboxRecord& o = *it;
        const bool neverSent = (o.state == SyncState::Queued || o.state == SyncState::FailedWillRetry ||
                                o.state == SyncState::NeedsAttention) &&
                               !o.inDoubt && o.packageId.isEmpty();
        if (!neverSent)
            return makeError(
                errors::kMaybeSent,
                Tr::tr("Record %1 may already be at the registry (%2); run a sync or import the receipt to "
                       "learn its answer first.")
                    .arg(id)
                    .arg(syncStateLabel(o.state)));
        SOHOA_TRY(sendBackToClerk(session, id, why,
                                  {{QStringLiteral("source"), QStringLiteral("outbox.cancel")},
                                   {QStringLiteral("key"), o.recordKey}}));
    }
    SOHOA_TRY(tx->commit());
    return int(recordIds.size());
}

Result<int> returnToClerk(accounts::Session& session, const QList<qint64>& recordIds)
{
    SOHOA_TRY(session.require(accounts::Permission::Sync));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto found = outboxRecordsFor(session.db(), recordIds);
    if (!found)
        return found.error();
    for (qint64 id : recordIds) {
        const auto it = found->constFind(id);
        if (it == found->constEnd() || (it->state != SyncState::Rejected && it->state != SyncState::Conflict))
            return makeError(
                errors::kNotRefused,
                Tr::tr("Record %1 was not rejected by the registry and has no conflict.").arg(id));
        const QJsonObject reason = it->answer.value(QLatin1String("reason")).toObject();
        const QString why = Tr::tr("Registry: %1 [%2]")
                                .arg(reason.value(QLatin1String("message")).toString(),
                                     reason.value(QLatin1String("code")).toString());
        SOHOA_TRY(sendBackToClerk(session, id, why,
                                  {{QStringLiteral("source"), QStringLiteral("registry")},
                                   {QStringLiteral("key"), it->recordKey},
                                   {QStringLiteral("registry_code"), reason.value(QLatin1String("code"))},
                                   {QStringLiteral("registry_id"), it->registryId}}));
    }
    SOHOA_TRY(tx->commit());
    return int(recordIds.size());
}

// ---- journal

} // namespace sohoa::sync
