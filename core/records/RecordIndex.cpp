#include "core/records/RecordIndex.h"

#include "core/adminunits/AdminUnits.h"
#include "core/crypto/Hash.h"
#include "core/records/DuplicateRule.h"
#include "core/records/RecordType.h"
#include "core/store/Database.h"
#include "core/text/SearchFold.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace sohoa::records {

namespace {

QString foldedValue(records::ValueKind kind, const QString& value)
{
    if (kind == records::ValueKind::Date) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (d.isValid())
            return d.toString(QStringLiteral("yyyyMMdd yyyy"));
    }
    return text::foldForSearch(value);
}

QString normalizedId(const QString& v)
{
    QString out;
    for (QChar c : v)
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    return out;
}

// What a composite key compares for one field: a place is compared by the
// commune it names (the rest varies with OCR and with how it was written).
QString compositePart(const records::RecordType* type, const records::Record& r, const QString& key)
{
    const QString v = r.value(key);
    if (v.trimmed().isEmpty())
        return {};
    const records::FieldDef* f = type ? type->field(key) : nullptr;
    if (f && f->kind == records::ValueKind::Place) {
        const adminunits::ParsedPlace p = adminunits::parsePlace(v);
        if (const adminunits::PlacePart* c = p.find(adminunits::Level::Commune))
            return adminunits::Directory::foldedKey(c->name);
    }
    QString folded = text::foldForSearch(v);
    folded.remove(QLatin1Char(' '));
    return folded;
}

// Each word once, where it first occurs. Search matches words, never phrases
// (a query is an AND of its words, the last perhaps a prefix), and ranking only
// asks whether a word is there. A birth record's commune, written in four of
// its fields, is kept once: a tenth less index and text for such records.
QString distinctWords(const QStringList& values)
{
    QString out;
    QSet<QStringView> seen;
    for (const QString& value : values)
        for (QStringView word : QStringView(value).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (seen.contains(word))
                continue;
            seen.insert(word);
            if (!out.isEmpty())
                out.append(QLatin1Char(' '));
            out.append(word);
        }
    return out;
}

// The shipped types never change while the process runs: their duplicate
// rules and name fields are read from JSON once, not at every insert.
struct BuiltinTypeIndexing {
    const records::RecordType* type;
    DuplicateRule rule;
    QStringList nameFields;
};

const BuiltinTypeIndexing* builtinIndexing(const QString& typeId)
{
    static const QHash<QString, BuiltinTypeIndexing> byType = [] {
        QHash<QString, BuiltinTypeIndexing> m;
        for (const records::RecordType* t : records::RecordTypeRegistry::builtin().all())
            m.insert(t->id, BuiltinTypeIndexing{t, DuplicateRule::of(*t), nameFields(*t)});
        return m;
    }();
    auto it = byType.constFind(typeId);
    return it == byType.constEnd() ? nullptr : &*it;
}

} // namespace

QStringList nameFields(const records::RecordType& type)
{
    QStringList keys = DuplicateRule::of(type).names;
    for (const records::FieldDef& f : type.fields)
        if (f.kind == records::ValueKind::Name && !keys.contains(f.key))
            keys.append(f.key);
    return keys;
}

IndexedText indexedText(const records::Record& record)
{
    IndexedText out;
    const BuiltinTypeIndexing* indexing = builtinIndexing(record.type);
    const records::RecordType* type = indexing ? indexing->type : nullptr;
    QStringList body;
    auto addField = [&](const QString& key, const records::FieldValue& fv) {
        if (fv.value.trimmed().isEmpty())
            return;
        const records::FieldDef* f = type ? type->field(key) : nullptr;
        const QString folded = foldedValue(f ? f->kind : records::ValueKind::Text, fv.value);
        if (!folded.isEmpty())
            body.append(folded);
    };
    if (type) {
        for (const records::FieldDef& f : type->fields)
            if (record.fields.contains(f.key))
                addField(f.key, record.fields[f.key]);
        for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it)
            if (!type->field(it.key()))
                addField(it.key(), *it);
        // One segment per name field, in nameFields() order, empty when absent.
        QStringList names;
        for (const QString& key : indexing->nameFields)
            names.append(text::foldForSearch(record.value(key)));
        while (!names.isEmpty() && names.last().isEmpty())
            names.removeLast();
        out.names = names.join(QStringLiteral(" | "));
    } else {
        for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it)
            addField(it.key(), *it);
    }
    out.body = distinctWords(body);
    return out;
}

QStringList blockingKeys(const records::Record& record)
{
    const BuiltinTypeIndexing* indexing = builtinIndexing(record.type);
    if (!indexing)
        return {};
    const records::RecordType* type = indexing->type;
    const DuplicateRule& rule = indexing->rule;
    QStringList keys;
    const QString t = record.type + QLatin1Char('|');
    for (const QString& nameField : rule.names) {
        const NameParts n = NameParts::of(record.value(nameField));
        if (n.joined.isEmpty())
            continue;
        bool firstDate = true;
        for (const QString& dateField : rule.dates) {
            const QDate d = QDate::fromString(record.value(dateField).trimmed(), Qt::ISODate);
            if (!d.isValid())
                continue;
            const QString date = d.toString(Qt::ISODate);
            keys.append(t + QStringLiteral("n:") + nameField + QLatin1Char('|') + n.joined +
                        QLatin1Char('|') + date);
            if (firstDate) {
                // OCR noise in a middle name or inside a syllable still leaves these.
                if (!n.firstLast.isEmpty())
                    keys.append(t + QStringLiteral("f:") + nameField + QLatin1Char('|') + n.firstLast +
                                QLatin1Char('|') + date);
                keys.append(t + QStringLiteral("i:") + nameField + QLatin1Char('|') + n.initials +
                            QLatin1Char('|') + date);
                // ... and a misread day or month leaves the year.
                keys.append(t + QStringLiteral("y:") + nameField + QLatin1Char('|') + n.joined +
                            QLatin1Char('|') + QString::number(d.year()));
                firstDate = false;
            }
        }
        for (const QString& yearField : rule.years) {
            const QString y = record.value(yearField).trimmed();
            if (y.size() == 4)
                keys.append(t + QStringLiteral("y:") + nameField + QLatin1Char('|') + n.joined +
                            QLatin1Char('|') + y);
        }
    }
    for (const QString& idField : rule.ids) {
        const QString id = normalizedId(record.value(idField));
        if (id.size() >= 6)
            keys.append(t + QStringLiteral("id:") + idField + QLatin1Char('|') + id);
    }
    for (const QStringList& fields : rule.exact) {
        QStringList parts;
        for (const QString& f : fields) {
            const QString p = compositePart(type, record, f);
            if (p.isEmpty()) {
                parts.clear();
                break;
            }
            parts.append(p);
        }
        if (!parts.isEmpty())
            keys.append(t + QStringLiteral("x:") + fields.join(QLatin1Char('+')) + QLatin1Char('|') +
                        parts.join(QLatin1Char('|')));
    }
    keys.removeDuplicates();
    return keys;
}

IndexEntry indexEntry(const records::Record& record)
{
    const IndexedText text = indexedText(record);
    IndexEntry e;
    e.body = text.body.toUtf8();
    e.names = text.names.toUtf8();
    for (const QString& n : nameSegments(text.names))
        e.nameRows.append(n.toUtf8());
    for (const QString& k : blockingKeys(record)) {
        if (!e.keyTerms.isEmpty())
            e.keyTerms.append(' ');
        e.keyTerms.append(blockingKeyTerm(k).toLatin1());
    }
    return e;
}

Result<void> writeIndexEntry(store::Database& db, qint64 recordId, const IndexEntry& entry, bool replace)
{
    if (replace) {
        // The names indexed before, from the full-text row about to go.
        auto old = db.cached("SELECT names FROM records_fts WHERE docid = ?;");
        if (!old)
            return old.error();
        old->bind(1, recordId);
        QStringList oldNames;
        auto has = old->next();
        if (!has)
            return has.error();
        if (*has)
            oldNames = nameSegments(old->text(0));
        old->reset();
        auto delName = db.cached("DELETE FROM record_names WHERE name = ? AND record_id = ?;");
        if (!delName)
            return delName.error();
        for (const QString& n : oldNames) {
            delName->bind(1, n).bind(2, recordId);
            SOHOA_TRY(delName->run());
            delName->reset();
        }
        auto del = db.cached("DELETE FROM records_fts WHERE docid = ?;");
        if (!del)
            return del.error();
        del->bind(1, recordId);
        SOHOA_TRY(del->run());
        auto delKeys = db.cached("DELETE FROM record_keys WHERE docid = ?;");
        if (!delKeys)
            return delKeys.error();
        delKeys->bind(1, recordId);
        SOHOA_TRY(delKeys->run());
    }
    auto fts = db.cached("INSERT INTO records_fts (docid, body, names) VALUES (?, ?, ?);");
    if (!fts)
        return fts.error();
    fts->bind(1, recordId).bindUtf8(2, entry.body).bindUtf8(3, entry.names);
    SOHOA_TRY(fts->run());
    if (!entry.nameRows.isEmpty()) {
        auto ins = db.cached("INSERT OR IGNORE INTO record_names (name, record_id) VALUES (?, ?);");
        if (!ins)
            return ins.error();
        for (const QByteArray& n : entry.nameRows) {
            ins->bindUtf8(1, n).bind(2, recordId);
            SOHOA_TRY(ins->run());
            ins->reset();
        }
    }
    if (!entry.keyTerms.isEmpty()) {
        auto ins = db.cached("INSERT INTO record_keys (docid, keys) VALUES (?, ?);");
        if (!ins)
            return ins.error();
        ins->bind(1, recordId).bindUtf8(2, entry.keyTerms);
        SOHOA_TRY(ins->run());
    }
    return {};
}

Result<void> indexRecord(store::Database& db, const records::Record& r, bool replace)
{
    return writeIndexEntry(db, r.id, indexEntry(r), replace);
}

QString blockingKeyTerm(const QString& key)
{
    // As printf('%016x', short_hash(key)) in schema 9's migration.
    return QString::number(quint64(crypto::shortHash(key.toUtf8())), 16).rightJustified(16, QLatin1Char('0'));
}

QStringList nameSegments(const QString& names)
{
    QStringList out;
    for (const QString& n : names.split(QStringLiteral(" | ")))
        if (!n.isEmpty() && !out.contains(n))
            out.append(n);
    return out;
}

} // namespace sohoa::records
