#include "core/keying/HandKeying.h"

#include "core/audit/Actions.h"
#include "core/batches/BatchRepository.h"
#include "core/batches/DocumentRepository.h"
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/i18n/Tr.h"
#include "core/records/RecordRepository.h"
#include "core/records/RecordType.h"
#include "core/store/Database.h"
#include "core/workflow/Workflow.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sohoa::keying {

namespace {

QString normalized(const QString& v)
{
    return v.normalized(QString::NormalizationForm_C).simplified();
}

Result<QMap<QString, QString>> cleanValues(const QString& type, const QMap<QString, QString>& values)
{
    const records::RecordType* def = records::RecordTypeRegistry::builtin().find(type);
    if (!def)
        return makeError(QStringLiteral("record.unknown_type"),
                         Tr::tr("Unknown record type '%1'.").arg(type));
    QMap<QString, QString> out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!def->field(it.key()))
            return makeError(QStringLiteral("record.unknown_field"),
                             Tr::tr("'%1' is not a field of a %2 record.").arg(it.key(), def->name()));
        const QString v = normalized(it.value());
        if (!v.isEmpty())
            out.insert(it.key(), v);
    }
    if (out.isEmpty())
        return makeError(QStringLiteral("keying.empty"), Tr::tr("Type at least one field of the entry."));
    return out;
}

Result<bool> firstRow(store::Statement& st)
{
    return st.next();
}

} // namespace

bool sameKeyedValue(const QString& a, const QString& b)
{
    return normalized(a).compare(normalized(b), Qt::CaseInsensitive) == 0;
}

Result<QList<KeyingPage>> keyingPages(store::Database& db, qint64 batchId)
{
    auto st = db.prepare(
        "SELECT p.document_id, p.page_no, d.source_name, d.status, "
        " (SELECT count(*) FROM records r WHERE r.document_id = p.document_id AND r.page_no = p.page_no), "
        " (SELECT count(*) FROM keying_first_pass k WHERE k.document_id = p.document_id AND k.page_no = "
        "p.page_no), "
        " (SELECT count(*) FROM keying_second_pass s WHERE s.document_id = p.document_id AND s.page_no = "
        "p.page_no), "
        " (SELECT count(*) FROM keying_second_pass s WHERE s.document_id = p.document_id AND s.page_no = "
        "p.page_no "
        "    AND s.resolved_at IS NULL) "
        "FROM pages p JOIN documents d ON d.id = p.document_id WHERE d.batch_id = ? ORDER BY d.id, "
        "p.page_no;");
    if (!st)
        return st.error();
    st->bind(1, batchId);
    QList<KeyingPage> out;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) {
        KeyingPage p;
        p.documentId = row.integer(0);
        p.pageNo = int(row.integer(1));
        p.sourceName = row.text(2);
        p.documentStatus = row.text(3);
        p.records = int(row.integer(4));
        p.keyed = int(row.integer(5));
        p.secondKeyed = int(row.integer(6));
        p.unresolved = int(row.integer(7));
        out.append(p);
    }));
    return out;
}

Result<QList<PageEntry>> pageEntries(store::Database& db, qint64 documentId, int pageNo)
{
    QList<PageEntry> out;
    auto first =
        db.prepare("SELECT k.entry_no, r.id, r.record_type, k.keyed_by, r.state FROM keying_first_pass k "
                   "JOIN records r ON r.id = k.record_id WHERE k.document_id = ? AND k.page_no = ? "
                   "ORDER BY k.entry_no;");
    if (!first)
        return first.error();
    first->bind(1, documentId).bind(2, pageNo);
    SOHOA_TRY(first->forEachRow([&](const store::Statement& row) {
        PageEntry e;
        e.entryNo = int(row.integer(0));
        e.recordId = row.integer(1);
        e.recordType = row.text(2);
        e.keyedBy = row.text(3);
        e.state = row.text(4);
        out.append(e);
    }));
    auto second = db.prepare("SELECT entry_no, record_type, keyed_by, resolved_at FROM keying_second_pass "
                             "WHERE document_id = ? AND page_no = ? ORDER BY entry_no;");
    if (!second)
        return second.error();
    second->bind(1, documentId).bind(2, pageNo);
    SOHOA_TRY(second->forEachRow([&](const store::Statement& row) {
        const int entry = int(row.integer(0));
        PageEntry* e = nullptr;
        for (PageEntry& x : out)
            if (x.entryNo == entry)
                e = &x;
        if (!e) {
            out.append(PageEntry{entry, 0, row.text(1), row.text(2), QString(), false, false});
            e = &out.last();
        }
        e->secondPass = true;
        e->resolved = !row.isNull(3);
    }));
    std::sort(out.begin(), out.end(),
              [](const PageEntry& a, const PageEntry& b) { return a.entryNo < b.entryNo; });
    return out;
}

Result<qint64> keyEntry(accounts::Session& session, qint64 documentId, int pageNo, const QString& recordType,
                        const QMap<QString, QString>& values)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    auto clean = cleanValues(recordType, values);
    if (!clean)
        return clean.error();
    auto doc = batches::loadDocument(session.db(), documentId);
    if (!doc)
        return doc.error();
    if (pageNo < 1 || pageNo > doc->pageCount)
        return makeError(QStringLiteral("page.not_found"),
                         Tr::tr("Page %1 of this document is not in the store.").arg(pageNo));
    auto id = workflow::createManualRecord(session, doc->batchId, documentId, pageNo, recordType, *clean);
    if (!id)
        return id.error();
    // The entry's place on the page; its own transaction after the record's.
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto next = session.db().prepare("SELECT coalesce(max(entry_no), 0) + 1 FROM keying_first_pass WHERE "
                                     "document_id = ? AND page_no = ?;");
    if (!next)
        return next.error();
    next->bind(1, documentId).bind(2, pageNo);
    SOHOA_TRY(firstRow(*next));
    const int entryNo = int(next->integer(0));
    auto st =
        session.db().prepare("INSERT INTO keying_first_pass (record_id, document_id, page_no, entry_no, "
                             "keyed_by, keyed_at) VALUES (?, ?, ?, ?, ?, ?);");
    if (!st)
        return st.error();
    st->bind(1, *id)
        .bind(2, documentId)
        .bind(3, pageNo)
        .bind(4, entryNo)
        .bind(5, session.actor())
        .bind(6, nowIso());
    SOHOA_TRY(st->run());
    SOHOA_TRY(session.audit(audit::actions::kKeyingEntryKeyed, QStringLiteral("record:%1").arg(*id),
                            {{QStringLiteral("document"), double(documentId)},
                             {QStringLiteral("page"), pageNo},
                             {QStringLiteral("entry"), entryNo}}));
    SOHOA_TRY(tx->commit());
    return *id;
}

Result<void> setDoubleKeying(accounts::Session& session, qint64 batchId, bool on)
{
    if (!session.can(accounts::Permission::Approve))
        SOHOA_TRY(session.require(accounts::Permission::Ingest));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    SOHOA_TRY(batches::findBatchById(session.db(), batchId));
    auto st = session.db().prepare("UPDATE batches SET double_keying = ? WHERE id = ?;");
    if (!st)
        return st.error();
    st->bind(1, on ? 1 : 0).bind(2, batchId);
    SOHOA_TRY(st->run());
    SOHOA_TRY(session.audit(audit::actions::kBatchDoubleKeying, QStringLiteral("batch:%1").arg(batchId),
                            {{QStringLiteral("on"), on}}));
    return tx->commit();
}

Result<bool> isDoubleKeying(store::Database& db, qint64 batchId)
{
    auto b = batches::findBatchById(db, batchId);
    if (!b)
        return b.error();
    return b->doubleKeying;
}

Result<void> keySecondPass(accounts::Session& session, qint64 documentId, int pageNo, int entryNo,
                           const QString& recordType, const QMap<QString, QString>& values)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    auto clean = cleanValues(recordType, values);
    if (!clean)
        return clean.error();
    auto doc = batches::loadDocument(session.db(), documentId);
    if (!doc)
        return doc.error();
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto first = session.db().prepare(
        "SELECT keyed_by FROM keying_first_pass WHERE document_id = ? AND page_no = ? AND entry_no = ?;");
    if (!first)
        return first.error();
    first->bind(1, documentId).bind(2, pageNo).bind(3, entryNo);
    auto has = first->next();
    if (!has)
        return has.error();
    if (*has && first->text(0).compare(session.actor(), Qt::CaseInsensitive) == 0)
        return makeError(
            QStringLiteral("keying.same_account"),
            Tr::tr("You keyed this entry the first time; the second keying must be done by another "
                   "clerk."));
    auto st = session.db().prepare("INSERT OR REPLACE INTO keying_second_pass (batch_id, document_id, "
                                   "page_no, entry_no, record_type, fields, "
                                   "keyed_by, keyed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?);");
    if (!st)
        return st.error();
    QJsonObject fields;
    for (auto it = clean->constBegin(); it != clean->constEnd(); ++it)
        fields.insert(it.key(), it.value());
    st->bind(1, doc->batchId).bind(2, documentId).bind(3, pageNo).bind(4, entryNo).bind(5, recordType);
    st->bind(6, QString::fromUtf8(canonicalJson(fields))).bind(7, session.actor()).bind(8, nowIso());
    SOHOA_TRY(st->run());
    SOHOA_TRY(session.audit(audit::actions::kKeyingSecondPass, QStringLiteral("document:%1").arg(documentId),
                            {{QStringLiteral("page"), pageNo}, {QStringLiteral("entry"), entryNo}}));
    return tx->commit();
}

Result<DoubleKeyingState> doubleKeyingState(store::Database& db, qint64 recordId)
{
    DoubleKeyingState s;
    auto first =
        db.prepare("SELECT k.document_id, k.page_no, k.entry_no, b.double_keying FROM keying_first_pass k "
                   "JOIN records r ON r.id = k.record_id JOIN batches b ON b.id = r.batch_id "
                   "WHERE k.record_id = ?;");
    if (!first)
        return first.error();
    first->bind(1, recordId);
    auto has = first->next();
    if (!has)
        return has.error();
    if (!*has)
        return s; // not keyed by hand
    const qint64 documentId = first->integer(0);
    const int pageNo = int(first->integer(1));
    s.entryNo = int(first->integer(2));
    s.required = first->integer(3) != 0;
    auto second = db.prepare("SELECT fields, keyed_by, resolved_at FROM keying_second_pass "
                             "WHERE document_id = ? AND page_no = ? AND entry_no = ?;");
    if (!second)
        return second.error();
    second->bind(1, documentId).bind(2, pageNo).bind(3, s.entryNo);
    has = second->next();
    if (!has)
        return has.error();
    if (!*has)
        return s;
    s.secondDone = true;
    s.secondKeyedBy = second->text(1);
    s.resolved = !second->isNull(2);
    const QJsonObject other = QJsonDocument::fromJson(second->text(0).toUtf8()).object();
    auto record = records::loadRecord(db, recordId);
    if (!record)
        return record.error();
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(record->type);
    const QStringList keys = type ? type->keys() : QStringList(other.keys());
    for (const QString& key : keys) {
        const QString a = record->value(key);
        const QString b = other.value(key).toString();
        if (!sameKeyedValue(a, b))
            s.differences.append({key, a, b});
    }
    return s;
}

Result<void> resolveDifferences(accounts::Session& session, qint64 recordId,
                                const QMap<QString, QString>& chosen)
{
    SOHOA_TRY(session.require(accounts::Permission::Verify));
    auto state = doubleKeyingState(session.db(), recordId);
    if (!state)
        return state.error();
    if (!state->secondDone)
        return makeError(QStringLiteral("keying.no_second_pass"),
                         Tr::tr("This entry has not been keyed a second time yet."));
    QMap<QString, QString> edits;
    for (const Difference& d : std::as_const(state->differences)) {
        if (!chosen.contains(d.field))
            return makeError(QStringLiteral("keying.unresolved"),
                             Tr::tr("Choose the right value for every field that differs."));
        if (!sameKeyedValue(chosen.value(d.field), d.first) || chosen.value(d.field) != d.first)
            edits.insert(d.field, chosen.value(d.field));
    }
    if (!edits.isEmpty()) {
        auto edited = workflow::editFields(session, recordId, edits);
        if (!edited)
            return edited.error();
    }
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    auto doc =
        session.db().prepare("SELECT document_id, page_no FROM keying_first_pass WHERE record_id = ?;");
    if (!doc)
        return doc.error();
    doc->bind(1, recordId);
    SOHOA_TRY(firstRow(*doc));
    auto st = session.db().prepare("UPDATE keying_second_pass SET resolved_by = ?, resolved_at = ? "
                                   "WHERE document_id = ? AND page_no = ? AND entry_no = ?;");
    if (!st)
        return st.error();
    st->bind(1, session.actor()).bind(2, nowIso()).bind(3, doc->integer(0)).bind(4, doc->integer(1));
    st->bind(5, state->entryNo);
    SOHOA_TRY(st->run());
    SOHOA_TRY(session.audit(audit::actions::kKeyingResolved, QStringLiteral("record:%1").arg(recordId),
                            {{QStringLiteral("differences"), int(state->differences.size())},
                             {QStringLiteral("changed"), int(edits.size())}}));
    return tx->commit();
}

} // namespace sohoa::keying
