#include "core/workflow/Workflow.h"

#include "core/audit/Actions.h"
#include "core/common/Clock.h"
#include "core/i18n/Tr.h"
#include "core/records/Errors.h"
#include "core/records/RecordRepository.h"
#include "core/records/RecordType.h"
#include "core/search/Duplicates.h"
#include "core/store/Database.h"
#include "core/sync/Approvals.h"
#include "core/sync/Protocol.h"
#include "core/workflow/Errors.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sohoa::workflow {

using records::Record;
using records::RecordState;

namespace {

QString entity(qint64 id)
{
    return QStringLiteral("record:%1").arg(id);
}

Error wrongState(const Record& r, const QString& action)
{
    return makeError(
        errors::kState,
        Tr::tr("Record %1 is %2; it cannot be %3 now.").arg(r.id).arg(records::stateName(r.state), action));
}

QStringList codes(const QList<records::Issue>& issues, bool errorsOnly)
{
    QStringList out;
    for (const records::Issue& i : issues)
        if (!errorsOnly || i.isError())
            out.append(i.field.isEmpty() ? i.code : i.code + QLatin1Char('@') + i.field);
    return out;
}

const QLatin1String kAckBy("acknowledged_by");
const QLatin1String kAckAt("acknowledged_at");
const QLatin1String kAckNote("acknowledged_note");

// Marks the issues the clerk acknowledged for the field's current value.
Result<void> markAcknowledged(store::Database& db, Record& r)
{
    SOHOA_TRY_ASSIGN(store::Statement st,
                     db.prepare("SELECT code, field, value, note, acknowledged_by, acknowledged_at "
                                "FROM acknowledged_issues WHERE record_id = ?;"));
    st.bind(1, r.id);
    return st.forEachRow([&r](const store::Statement& row) {
        const QString code = row.text(0), field = row.text(1), value = row.text(2);
        if (r.value(field) != value)
            return; // the value changed since: the acknowledgement no longer applies
        for (records::Issue& i : r.issues)
            if (i.isError() && i.code == code && i.field == field) {
                i.details.insert(kAckBy, row.text(4));
                i.details.insert(kAckAt, row.text(5));
                i.details.insert(kAckNote, row.text(3));
            }
    });
}

Result<void> refreshIssues(store::Database& db, Record& r)
{
    // Findings about the source file (a PDF's hidden text, ingest/TextLayerCheck.h)
    // are not about the values: validating the values again does not undo them.
    QList<records::Issue> aboutSource;
    for (const records::Issue& i : std::as_const(r.issues))
        if (i.code.startsWith(QLatin1String("source.")))
            aboutSource.append(i);
    r.issues = validation::validateRecord(r, storeValidationContext(db));
    r.issues += aboutSource;
    return markAcknowledged(db, r);
}

QStringList messages(const QList<records::Issue>& issues)
{
    QStringList out;
    for (const records::Issue& i : issues)
        out.append(i.message);
    return out;
}

Result<bool> isHeld(store::Database& db, qint64 recordId)
{
    SOHOA_TRY_ASSIGN(auto row, db.queryRow("SELECT 1 FROM record_holds WHERE record_id = ?;", recordId));
    return row.has_value();
}

} // namespace

validation::ValidationContext storeValidationContext(store::Database& db)
{
    validation::ValidationContext c = validation::ValidationContext::standalone();
    c.duplicateCheck = [&db](const Record& r) {
        auto issues = search::findDuplicateIssues(db, r);
        return issues ? *issues : QList<records::Issue>{};
    };
    return c;
}

Result<Record> revalidate(accounts::Session& session, qint64 recordId)
{
    SOHOA_TRY(session.require(accounts::Permission::ReadRecords));
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    SOHOA_TRY_ASSIGN(Record r, records::loadRecord(session.db(), recordId));
    SOHOA_TRY(refreshIssues(session.db(), r));
    SOHOA_TRY(records::saveRecord(session.db(), r));
    SOHOA_TRY(tx.commit());
    return records::loadRecord(session.db(), recordId);
}

Result<Record> editFields(accounts::Session& session, qint64 recordId, const QMap<QString, QString>& changes,
                          int expectedVersion)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    SOHOA_TRY_ASSIGN(Record r, records::loadRecord(session.db(), recordId));
    if (expectedVersion > 0 && r.version != expectedVersion)
        return makeError(records::errors::kChanged,
                         Tr::tr("Record %1 was changed by someone else meanwhile; reload it.").arg(recordId));
    if (r.state == RecordState::Approved)
        return wrongState(r, Tr::tr("edited"));
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(r.type);
    SOHOA_TRY_ASSIGN(store::Statement log,
                     session.db().prepare("INSERT INTO field_edits (record_id, field, old_value, new_value, "
                                          "edited_by, edited_at) VALUES (?, ?, ?, ?, ?, ?);"));
    const QString now = nowIso();
    bool changed = false;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QString& key = it.key();
        if (type && !type->field(key))
            return makeError(records::errors::kUnknownField,
                             Tr::tr("'%1' is not a field of a %2 record.").arg(key, type->name()));
        const QString newValue = it.value().normalized(QString::NormalizationForm_C).simplified();
        const QString oldValue = r.value(key);
        if (newValue == oldValue)
            continue;
        changed = true;
        if (newValue.isEmpty()) {
            r.fields.remove(key);
        } else {
            records::FieldValue& f = r.fields[key];
            f.value = newValue;
            f.confidence = 1.0;
            f.source = QStringLiteral("clerk");
            f.charConfidences.clear();
            f.layout.clear(); // typed, not placed by a taught layout
        }
        log.bind(1, recordId).bind(2, key).bindOptional(3, oldValue).bindOptional(4, newValue);
        log.bind(5, session.actor()).bind(6, now);
        SOHOA_TRY(log.run());
        log.reset();
        SOHOA_TRY(session.audit(audit::actions::kRecordFieldEdit, entity(recordId),
                                {{QStringLiteral("field"), key},
                                 {QStringLiteral("old"), oldValue},
                                 {QStringLiteral("new"), newValue}}));
    }
    if (!changed)
        return r;
    if (r.state == RecordState::Verified) {
        r.state = RecordState::ToVerify;
        r.verifiedBy.clear();
        r.verifiedAt.clear();
    }
    SOHOA_TRY(refreshIssues(session.db(), r));
    SOHOA_TRY(records::saveRecord(session.db(), r));
    SOHOA_TRY(tx.commit());
    return records::loadRecord(session.db(), recordId);
}

namespace {

// The actor's signed statement over the record's content (sync/Approvals.h):
// the registry accepts a record only with a clerk's and a supervisor's.
Result<QJsonObject> withStatement(accounts::Session& session, const char* step, const Record& r,
                                  QJsonObject details)
{
    SOHOA_TRY_ASSIGN(auto signedStep,
                     sync::approvals::signStep(session.db(), QLatin1String(step), session.actor(), r.type,
                                               r.plainValues(), r.documentId));
    for (auto it = signedStep.constBegin(); it != signedStep.constEnd(); ++it)
        details.insert(it.key(), it.value());
    return details;
}

} // namespace

Result<Record> confirmRecord(accounts::Session& session, qint64 recordId)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto r = records::loadRecord(session.db(), recordId);
    if (!r)
        return r.error();
    if (r->state != RecordState::ToVerify && r->state != RecordState::Rejected)
        return wrongState(*r, Tr::tr("confirmed"));
    auto held = isHeld(session.db(), recordId);
    if (!held)
        return held.error();
    if (*held)
        return makeError(
            errors::kHeld,
            Tr::tr("Record %1 is set aside as \"needs asking\"; take it back before confirming it.")
                .arg(recordId));
    SOHOA_TRY(refreshIssues(session.db(), *r));
    const QList<records::Issue> blocking = blockingErrors(*r);
    if (!blocking.isEmpty()) {
        SOHOA_TRY(records::saveRecord(session.db(), *r));
        SOHOA_TRY(tx->commit());
        // The clerk reads the issues' own sentences; the codes stay in the audit trail and logs.
        return makeError(errors::kOpenErrors, Tr::tr("Record %1 still has errors to fix: %2")
                                                  .arg(recordId)
                                                  .arg(messages(blocking).join(QStringLiteral(" "))));
    }
    r->state = RecordState::Verified;
    r->verifiedBy = session.actor();
    r->verifiedAt = nowIso();
    r->rejectReason.clear();
    SOHOA_TRY(records::saveRecord(session.db(), *r));
    SOHOA_TRY_ASSIGN(
        auto details,
        withStatement(session, sync::approvals::kVerified, *r,
                      {{QStringLiteral("warnings"), QJsonArray::fromStringList(codes(r->issues, false))},
                       {QStringLiteral("acknowledged"),
                        QJsonArray::fromStringList(codes(acknowledgedErrors(*r), false))}}));
    SOHOA_TRY(session.audit(audit::actions::kRecordConfirmed, entity(recordId), details));
    SOHOA_TRY(tx->commit());
    return records::loadRecord(session.db(), recordId);
}

Result<Record> undoConfirmation(accounts::Session& session, qint64 recordId)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    SOHOA_TRY_ASSIGN(Record r, records::loadRecord(session.db(), recordId));
    if (r.state != RecordState::Verified)
        return wrongState(r, Tr::tr("sent back for verification"));
    if (r.verifiedBy.compare(session.actor(), Qt::CaseInsensitive) != 0)
        return makeError(
            errors::kNotYours,
            Tr::tr("Record %1 was confirmed by '%2'; only that account can undo the confirmation.")
                .arg(recordId)
                .arg(r.verifiedBy));
    r.state = RecordState::ToVerify;
    r.verifiedBy.clear();
    r.verifiedAt.clear();
    SOHOA_TRY(records::saveRecord(session.db(), r));
    SOHOA_TRY(session.audit(audit::actions::kRecordConfirmationUndone, entity(recordId), {}));
    SOHOA_TRY(tx.commit());
    return records::loadRecord(session.db(), recordId);
}

namespace {

Result<Record> loadForDecision(accounts::Session& session, qint64 recordId, const QString& action)
{
    SOHOA_TRY_ASSIGN(Record r, records::loadRecord(session.db(), recordId));
    if (r.state != RecordState::Verified)
        return wrongState(r, action);
    if (r.verifiedBy.compare(session.actor(), Qt::CaseInsensitive) == 0)
        return makeError(errors::kSameAccount,
                         Tr::tr("Record %1 was verified by '%2'; another account must decide on it.")
                             .arg(recordId)
                             .arg(r.verifiedBy));
    return r;
}

} // namespace

Result<Record> approveRecord(accounts::Session& session, qint64 recordId, const Decision& decision)
{
    SOHOA_TRY(session.require(accounts::Permission::Approve));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto r = loadForDecision(session, recordId, Tr::tr("approved"));
    if (!r)
        return r.error();
    SOHOA_TRY(refreshIssues(session.db(), *r));
    const QList<records::Issue> blocking = blockingErrors(*r);
    if (!blocking.isEmpty())
        return makeError(errors::kOpenErrors, Tr::tr("Record %1 has errors: %2")
                                                  .arg(recordId)
                                                  .arg(messages(blocking).join(QStringLiteral(" "))));
    const QList<records::Issue> acknowledged = acknowledgedErrors(*r);
    if (!acknowledged.isEmpty() && !decision.acceptAcknowledged)
        return makeError(
            errors::kAcknowledged,
            Tr::tr("Record %1 has values the clerk confirmed as written in the book although they look "
                   "wrong; approve only if you accept them: %2")
                .arg(recordId)
                .arg(messages(acknowledged).join(QStringLiteral(" "))));
    QList<records::Issue> warningIssues;
    for (const records::Issue& i : std::as_const(r->issues))
        if (!i.isError())
            warningIssues.append(i);
    const QStringList warnings = codes(warningIssues, false);
    if (!warnings.isEmpty() && !decision.acknowledgeWarnings)
        return makeError(errors::kWarnings,
                         Tr::tr("Record %1 has warnings that need your acknowledgement: %2")
                             .arg(recordId)
                             .arg(messages(warningIssues).join(QStringLiteral(" "))));
    r->state = RecordState::Approved;
    r->decidedBy = session.actor();
    r->decidedAt = nowIso();
    SOHOA_TRY(records::saveRecord(session.db(), *r));
    SOHOA_TRY_ASSIGN(auto details, withStatement(session, sync::approvals::kApproved, *r,
                                                 {{QStringLiteral("acknowledged_warnings"),
                                                   QJsonArray::fromStringList(warnings)},
                                                  {QStringLiteral("accepted_as_written"),
                                                   QJsonArray::fromStringList(codes(acknowledged, false))}}));
    SOHOA_TRY(session.audit(audit::actions::kRecordApproved, entity(recordId), details));
    SOHOA_TRY(tx->commit());
    return records::loadRecord(session.db(), recordId);
}

Result<Record> rejectRecord(accounts::Session& session, qint64 recordId, const QString& reason)
{
    SOHOA_TRY(session.require(accounts::Permission::Approve));
    const QString why = reason.simplified();
    if (why.isEmpty())
        return makeError(errors::kNoReason, Tr::tr("Say why the record is rejected."));
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    SOHOA_TRY_ASSIGN(Record r, loadForDecision(session, recordId, Tr::tr("rejected")));
    r.state = RecordState::Rejected;
    r.decidedBy = session.actor();
    r.decidedAt = nowIso();
    r.rejectReason = why;
    SOHOA_TRY(records::saveRecord(session.db(), r));
    SOHOA_TRY(
        session.audit(audit::actions::kRecordRejected, entity(recordId), {{QStringLiteral("reason"), why}}));
    SOHOA_TRY(tx.commit());
    return records::loadRecord(session.db(), recordId);
}

bool isAcknowledged(const records::Issue& issue)
{
    return issue.isError() && issue.details.contains(kAckBy);
}

QList<records::Issue> blockingErrors(const Record& record)
{
    QList<records::Issue> out;
    for (const records::Issue& i : record.issues)
        if (i.isError() && !isAcknowledged(i))
            out.append(i);
    return out;
}

QList<records::Issue> acknowledgedErrors(const Record& record)
{
    QList<records::Issue> out;
    for (const records::Issue& i : record.issues)
        if (isAcknowledged(i))
            out.append(i);
    return out;
}

Result<Record> acknowledgeIssue(accounts::Session& session, qint64 recordId, const QString& code,
                                const QString& field, const QString& note)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    SOHOA_TRY_ASSIGN(Record r, records::loadRecord(session.db(), recordId));
    if (r.state != RecordState::ToVerify && r.state != RecordState::Rejected)
        return wrongState(r, Tr::tr("changed"));
    SOHOA_TRY(refreshIssues(session.db(), r));
    bool found = false;
    for (const records::Issue& i : std::as_const(r.issues))
        found = found || (i.isError() && i.code == code && i.field == field);
    if (!found)
        return makeError(
            errors::kNoSuchIssue,
            Tr::tr("Record %1 has no such error any more; nothing to confirm as written.").arg(recordId));
    const QString value = r.value(field);
    const QString why = note.simplified();
    SOHOA_TRY(
        session.db().execute("INSERT OR REPLACE INTO acknowledged_issues (record_id, code, field, value, "
                             "note, acknowledged_by, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?, ?);",
                             recordId, code, field, value, why, session.actor(), nowIso()));
    SOHOA_TRY(refreshIssues(session.db(), r));
    SOHOA_TRY(records::saveRecord(session.db(), r));
    SOHOA_TRY(session.audit(audit::actions::kRecordIssueAcknowledged, entity(recordId),
                            {{QStringLiteral("code"), code},
                             {QStringLiteral("field"), field},
                             {QStringLiteral("value"), value},
                             {QStringLiteral("note"), why}}));
    SOHOA_TRY(tx.commit());
    return records::loadRecord(session.db(), recordId);
}

Result<void> holdRecord(accounts::Session& session, qint64 recordId, const QString& note)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    const QString why = note.simplified();
    if (why.isEmpty())
        return makeError(errors::kNoNote, Tr::tr("Write what needs asking."));
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    SOHOA_TRY_ASSIGN(Record r, records::loadRecord(session.db(), recordId));
    if (r.state != RecordState::ToVerify && r.state != RecordState::Rejected)
        return wrongState(r, Tr::tr("set aside"));
    SOHOA_TRY(session.db().execute(
        "INSERT OR REPLACE INTO record_holds (record_id, note, held_by, held_at) VALUES (?, ?, ?, ?);",
        recordId, why, session.actor(), nowIso()));
    SOHOA_TRY(session.audit(audit::actions::kRecordHeld, entity(recordId), {{QStringLiteral("note"), why}}));
    return tx.commit();
}

Result<void> releaseHold(accounts::Session& session, qint64 recordId)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    SOHOA_TRY_ASSIGN(const bool held, isHeld(session.db(), recordId));
    if (!held)
        return makeError(errors::kNotHeld, Tr::tr("Record %1 is not set aside.").arg(recordId));
    SOHOA_TRY(session.db().execute("DELETE FROM record_holds WHERE record_id = ?;", recordId));
    SOHOA_TRY(session.audit(audit::actions::kRecordHoldReleased, entity(recordId), {}));
    return tx.commit();
}

Result<std::optional<Hold>> holdOf(store::Database& db, qint64 recordId)
{
    SOHOA_TRY_ASSIGN(
        auto row,
        db.queryRow("SELECT note, held_by, held_at FROM record_holds WHERE record_id = ?;", recordId));
    if (!row)
        return std::optional<Hold>{};
    return std::optional<Hold>{Hold{recordId, row->text(0), row->text(1), row->text(2)}};
}

Result<qint64> createManualRecord(accounts::Session& session, qint64 batchId, qint64 documentId, int pageNo,
                                  const QString& type, const QMap<QString, QString>& values)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    const records::RecordType* def = records::RecordTypeRegistry::builtin().find(type);
    if (!def)
        return makeError(records::errors::kUnknownType, Tr::tr("Unknown record type '%1'.").arg(type));
    records::NewRecord n;
    n.batchId = batchId;
    n.documentId = documentId;
    n.pageNo = pageNo;
    n.type = type;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!def->field(it.key()))
            return makeError(records::errors::kUnknownField,
                             Tr::tr("'%1' is not a field of a %2 record.").arg(it.key(), def->name()));
        const QString v = it.value().normalized(QString::NormalizationForm_C).simplified();
        if (v.isEmpty())
            continue;
        records::FieldValue f;
        f.value = v;
        f.raw = v;
        f.confidence = 1.0;
        f.source = QStringLiteral("clerk");
        f.page = pageNo;
        n.fields.insert(it.key(), f);
    }
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    Record probe;
    probe.type = type;
    probe.fields = n.fields;
    n.issues = validation::validateRecord(probe, storeValidationContext(session.db()));
    SOHOA_TRY_ASSIGN(const qint64 id, records::insertRecord(session.db(), n, session.actor()));
    SOHOA_TRY(session.audit(audit::actions::kRecordCreatedManually, entity(id),
                            {{QStringLiteral("type"), type}, {QStringLiteral("batch"), double(batchId)}}));
    SOHOA_TRY(tx.commit());
    return id;
}

} // namespace sohoa::workflow
