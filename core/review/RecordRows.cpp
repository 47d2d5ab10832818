#include "core/review/RecordRows.h"

#include "core/records/RecordType.h"
#include "core/store/Database.h"

#include <QJsonDocument>

namespace sohoa::review {

namespace {

// Name fields that title a record of this type (see recordTitle).
QStringList titleKeys(const records::RecordType& type)
{
    QStringList keys;
    QString firstGroup;
    for (const records::FieldDef& f : type.fields) {
        if (f.kind != records::ValueKind::Name)
            continue;
        if (keys.isEmpty()) {
            keys.append(f.key);
            firstGroup = f.group;
            continue;
        }
        if (f.group == firstGroup)
            continue;
        // A second person described like the first (own date of birth): a couple.
        bool hasOwnBirthDate = false;
        for (const records::FieldDef& g : type.fields)
            if (g.group == f.group && g.kind == records::ValueKind::Date &&
                g.key.endsWith(QLatin1String("date_of_birth")))
                hasOwnBirthDate = true;
        if (hasOwnBirthDate)
            keys.append(f.key);
        break;
    }
    return keys;
}

QByteArray whereClause(const RowQuery& q)
{
    QByteArray sql = " WHERE r.id > ?1";
    if (q.batchId)
        sql += " AND r.batch_id = ?2";
    if (!q.states.isEmpty()) {
        sql += " AND r.state IN (";
        for (int i = 0; i < q.states.size(); ++i)
            sql += (i ? ", '" : "'") + records::stateName(q.states[i]).toLatin1() + '\'';
        sql += ')';
    }
    if (!q.type.isEmpty())
        sql += " AND r.record_type = ?3";
    if (!q.verifiedBy.isEmpty())
        sql += " AND r.verified_by = ?4 COLLATE NOCASE";
    if (!q.notVerifiedBy.isEmpty())
        sql += " AND coalesce(r.verified_by, '') != ?5 COLLATE NOCASE";
    if (q.withoutIssues)
        sql += " AND r.issues = '[]'";
    if (q.held == RowQuery::Held::Exclude)
        sql += " AND r.id NOT IN (SELECT record_id FROM record_holds)";
    else if (q.held == RowQuery::Held::Only)
        sql += " AND r.id IN (SELECT record_id FROM record_holds)";
    if (!q.ids.isEmpty()) {
        sql += " AND r.id IN (";
        for (int i = 0; i < q.ids.size(); ++i)
            sql += (i ? "," : "") + QByteArray::number(q.ids[i]);
        sql += ')';
    }
    return sql;
}

void bindQuery(store::Statement& st, const RowQuery& q)
{
    st.bind(1, q.afterId);
    if (q.batchId)
        st.bind(2, q.batchId);
    if (!q.type.isEmpty())
        st.bind(3, q.type);
    if (!q.verifiedBy.isEmpty())
        st.bind(4, q.verifiedBy);
    if (!q.notVerifiedBy.isEmpty())
        st.bind(5, q.notVerifiedBy);
}

} // namespace

QString recordTitle(const records::Record& record)
{
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(record.type);
    if (!type)
        return {};
    QStringList parts;
    for (const QString& key : titleKeys(*type)) {
        const QString v = record.value(key);
        if (!v.isEmpty())
            parts.append(v);
    }
    return parts.join(QStringLiteral(" & "));
}

Result<QList<RecordRow>> recordRows(store::Database& db, const RowQuery& q)
{
    const QByteArray sql =
        "SELECT r.id, r.batch_id, b.name, r.document_id, r.page_no, r.record_type, r.state, r.fields, "
        "r.issues, "
        "r.updated_at, r.created_by, r.verified_by, r.verified_at, r.decided_by, r.reject_reason "
        "FROM records r JOIN batches b ON b.id = r.batch_id" +
        whereClause(q) + " ORDER BY r.id LIMIT ?6;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindQuery(*st, q);
    st->bind(6, qint64(q.limit > 0 ? q.limit : 200));
    QList<RecordRow> out;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& fetched) {
        RecordRow row;
        row.id = fetched.integer(0);
        row.batchId = fetched.integer(1);
        row.batchName = fetched.text(2);
        row.documentId = fetched.isNull(3) ? 0 : fetched.integer(3);
        row.pageNo = int(fetched.integer(4));
        row.type = fetched.text(5);
        records::stateFromName(fetched.text(6), row.state);
        records::Record r;
        r.type = row.type;
        r.fields = records::fieldsFromJson(QJsonDocument::fromJson(fetched.text(7).toUtf8()).object());
        row.title = recordTitle(r);
        for (const records::FieldValue& f : std::as_const(r.fields))
            if (f.source != QLatin1String("clerk") && f.source != QLatin1String("double_keying"))
                row.lowestConfidence = qMin(row.lowestConfidence, f.confidence);
        const QList<records::Issue> issues =
            records::issuesFromJson(QJsonDocument::fromJson(fetched.text(8).toUtf8()).array());
        for (const records::Issue& i : issues)
            (i.isError() ? row.errors : row.warnings) += 1;
        row.updatedAt = fetched.text(9);
        row.createdBy = fetched.text(10);
        row.verifiedBy = fetched.text(11);
        row.verifiedAt = fetched.text(12);
        row.decidedBy = fetched.text(13);
        row.rejectReason = fetched.text(14);
        out.append(row);
    }));
    return out;
}

Result<qint64> countRows(store::Database& db, const RowQuery& q)
{
    const QByteArray sql = "SELECT count(*) FROM records r" + whereClause(q) + ';';
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindQuery(*st, q);
    auto has = st->next();
    if (!has)
        return has.error();
    return st->integer(0);
}

Result<QList<qint64>> recordIds(store::Database& db, const RowQuery& q)
{
    const QByteArray sql = "SELECT r.id FROM records r" + whereClause(q) + " ORDER BY r.id;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindQuery(*st, q);
    QList<qint64> out;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) { out.append(row.integer(0)); }));
    return out;
}

} // namespace sohoa::review
