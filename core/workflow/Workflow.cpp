#include "workflow/Workflow.h"

#include "common/Clock.h"
#include "records/RecordRepository.h"
#include "records/RecordType.h"
#include "search/Duplicates.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sohoa::workflow {

using records::Record;
using records::RecordState;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sohoa::workflow", text);
}

QString entity(qint64 id)
{
    return QStringLiteral("record:%1").arg(id);
}

Error wrongState(const Record& r, const QString& action)
{
    return makeError(QStringLiteral("workflow.state"),
                     tr("Record %1 is %2; it cannot be %3 now.").arg(r.id).arg(records::stateName(r.state), action));
}

QStringList codes(const QList<records::Issue>& issues, bool errorsOnly)
{
    QStringList out;
    for (const records::Issue& i : issues)
        if (!errorsOnly || i.isError())
            out.append(i.field.isEmpty() ? i.code : i.code + QLatin1Char('@') + i.field);
    return out;
}

void refreshIssues(store::Database& db, Record& r)
{
    r.issues = validation::validateRecord(r, storeValidationContext(db));
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
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto r = records::loadRecord(session.db(), recordId);
    if (!r)
        return r.error();
    refreshIssues(session.db(), *r);
    SOHOA_TRY(records::saveRecord(session.db(), *r));
    SOHOA_TRY(tx->commit());
    return records::loadRecord(session.db(), recordId);
}

Result<Record> editFields(accounts::Session& session, qint64 recordId, const QMap<QString, QString>& changes,
                          int expectedVersion)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto r = records::loadRecord(session.db(), recordId);
    if (!r)
        return r.error();
    if (expectedVersion > 0 && r->version != expectedVersion)
        return makeError(QStringLiteral("record.changed"),
                         tr("Record %1 was changed by someone else meanwhile; reload it.").arg(recordId));
    if (r->state == RecordState::Approved)
        return wrongState(*r, tr("edited"));
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(r->type);
    auto log = session.db().prepare("INSERT INTO field_edits (record_id, field, old_value, new_value, edited_by, "
                                    "edited_at) VALUES (?, ?, ?, ?, ?, ?);");
    if (!log)
        return log.error();
    const QString now = nowIso();
    bool changed = false;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QString key = it.key();
        if (type && !type->field(key))
            return makeError(QStringLiteral("record.unknown_field"),
                             tr("'%1' is not a field of a %2 record.").arg(key, type->name()));
        const QString newValue = it.value().normalized(QString::NormalizationForm_C).simplified();
        const QString oldValue = r->value(key);
        if (newValue == oldValue)
            continue;
        changed = true;
        if (newValue.isEmpty()) {
            r->fields.remove(key);
        } else {
            records::FieldValue& f = r->fields[key];
            f.value = newValue;
            f.confidence = 1.0;
            f.source = QStringLiteral("clerk");
            f.charConfidences.clear();
        }
        log->bind(1, recordId).bind(2, key).bindOptional(3, oldValue).bindOptional(4, newValue);
        log->bind(5, session.actor()).bind(6, now);
        SOHOA_TRY(log->run());
        log->reset();
        SOHOA_TRY(session.audit(QStringLiteral("record.field_edit"), entity(recordId),
                                {{QStringLiteral("field"), key},
                                 {QStringLiteral("old"), oldValue},
                                 {QStringLiteral("new"), newValue}}));
    }
    if (!changed)
        return *r;
    if (r->state == RecordState::Verified) {
        r->state = RecordState::ToVerify;
        r->verifiedBy.clear();
        r->verifiedAt.clear();
    }
    refreshIssues(session.db(), *r);
    SOHOA_TRY(records::saveRecord(session.db(), *r));
    SOHOA_TRY(tx->commit());
    return records::loadRecord(session.db(), recordId);
}

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
        return wrongState(*r, tr("confirmed"));
    refreshIssues(session.db(), *r);
    if (r->hasErrors()) {
        SOHOA_TRY(records::saveRecord(session.db(), *r));
        SOHOA_TRY(tx->commit());
        // The clerk reads the issues' own sentences; the codes stay in the audit trail and logs.
        QStringList messages;
        for (const records::Issue& i : std::as_const(r->issues))
            if (i.isError())
                messages.append(i.message);
        return makeError(QStringLiteral("workflow.open_errors"),
                         tr("Record %1 still has errors to fix: %2")
                             .arg(recordId)
                             .arg(messages.join(QStringLiteral(" "))));
    }
    r->state = RecordState::Verified;
    r->verifiedBy = session.actor();
    r->verifiedAt = nowIso();
    r->rejectReason.clear();
    SOHOA_TRY(records::saveRecord(session.db(), *r));
    SOHOA_TRY(session.audit(QStringLiteral("record.confirmed"), entity(recordId),
                            {{QStringLiteral("warnings"), QJsonArray::fromStringList(codes(r->issues, false))}}));
    SOHOA_TRY(tx->commit());
    return records::loadRecord(session.db(), recordId);
}

Result<Record> undoConfirmation(accounts::Session& session, qint64 recordId)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto r = records::loadRecord(session.db(), recordId);
    if (!r)
        return r.error();
    if (r->state != RecordState::Verified)
        return wrongState(*r, tr("sent back for verification"));
    if (r->verifiedBy.compare(session.actor(), Qt::CaseInsensitive) != 0)
        return makeError(QStringLiteral("workflow.not_yours"),
                         tr("Record %1 was confirmed by '%2'; only that account can undo the confirmation.")
                             .arg(recordId)
                             .arg(r->verifiedBy));
    r->state = RecordState::ToVerify;
    r->verifiedBy.clear();
    r->verifiedAt.clear();
    SOHOA_TRY(records::saveRecord(session.db(), *r));
    SOHOA_TRY(session.audit(QStringLiteral("record.confirmation_undone"), entity(recordId), {}));
    SOHOA_TRY(tx->commit());
    return records::loadRecord(session.db(), recordId);
}

namespace {

Result<Record> loadForDecision(accounts::Session& session, qint64 recordId, const QString& action)
{
    auto r = records::loadRecord(session.db(), recordId);
    if (!r)
        return r.error();
    if (r->state != RecordState::Verified)
        return wrongState(*r, action);
    if (r->verifiedBy.compare(session.actor(), Qt::CaseInsensitive) == 0)
        return makeError(QStringLiteral("workflow.same_account"),
                         tr("Record %1 was verified by '%2'; another account must decide on it.")
                             .arg(recordId)
                             .arg(r->verifiedBy));
    return r;
}

} // namespace

Result<Record> approveRecord(accounts::Session& session, qint64 recordId, const Decision& decision)
{
    SOHOA_TRY(session.require(accounts::Permission::Approve));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto r = loadForDecision(session, recordId, tr("approved"));
    if (!r)
        return r.error();
    refreshIssues(session.db(), *r);
    if (r->hasErrors())
        return makeError(QStringLiteral("workflow.open_errors"),
                         tr("Record %1 has errors: %2.").arg(recordId).arg(codes(r->issues, true).join(
                             QStringLiteral(", "))));
    const QStringList warnings = codes(r->issues, false);
    if (!warnings.isEmpty() && !decision.acknowledgeWarnings)
        return makeError(QStringLiteral("workflow.warnings"),
                         tr("Record %1 has warnings that need your acknowledgement: %2.")
                             .arg(recordId)
                             .arg(warnings.join(QStringLiteral(", "))));
    r->state = RecordState::Approved;
    r->decidedBy = session.actor();
    r->decidedAt = nowIso();
    SOHOA_TRY(records::saveRecord(session.db(), *r));
    SOHOA_TRY(session.audit(QStringLiteral("record.approved"), entity(recordId),
                            {{QStringLiteral("acknowledged_warnings"), QJsonArray::fromStringList(warnings)}}));
    SOHOA_TRY(tx->commit());
    return records::loadRecord(session.db(), recordId);
}

Result<Record> rejectRecord(accounts::Session& session, qint64 recordId, const QString& reason)
{
    SOHOA_TRY(session.require(accounts::Permission::Approve));
    const QString why = reason.simplified();
    if (why.isEmpty())
        return makeError(QStringLiteral("workflow.no_reason"), tr("Say why the record is rejected."));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto r = loadForDecision(session, recordId, tr("rejected"));
    if (!r)
        return r.error();
    r->state = RecordState::Rejected;
    r->decidedBy = session.actor();
    r->decidedAt = nowIso();
    r->rejectReason = why;
    SOHOA_TRY(records::saveRecord(session.db(), *r));
    SOHOA_TRY(session.audit(QStringLiteral("record.rejected"), entity(recordId), {{QStringLiteral("reason"), why}}));
    SOHOA_TRY(tx->commit());
    return records::loadRecord(session.db(), recordId);
}

Result<qint64> createManualRecord(accounts::Session& session, qint64 batchId, qint64 documentId, int pageNo,
                                  const QString& type, const QMap<QString, QString>& values)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    const records::RecordType* def = records::RecordTypeRegistry::builtin().find(type);
    if (!def)
        return makeError(QStringLiteral("record.unknown_type"), tr("Unknown record type '%1'.").arg(type));
    records::NewRecord n;
    n.batchId = batchId;
    n.documentId = documentId;
    n.pageNo = pageNo;
    n.type = type;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!def->field(it.key()))
            return makeError(QStringLiteral("record.unknown_field"),
                             tr("'%1' is not a field of a %2 record.").arg(it.key(), def->name()));
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
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    Record probe;
    probe.type = type;
    probe.fields = n.fields;
    n.issues = validation::validateRecord(probe, storeValidationContext(session.db()));
    auto id = records::insertRecord(session.db(), n, session.actor());
    if (!id)
        return id.error();
    SOHOA_TRY(session.audit(QStringLiteral("record.created_manually"), entity(*id),
                            {{QStringLiteral("type"), type}, {QStringLiteral("batch"), double(batchId)}}));
    SOHOA_TRY(tx->commit());
    return *id;
}

} // namespace sohoa::workflow
