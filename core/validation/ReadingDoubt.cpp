#include "core/validation/ReadingDoubt.h"

#include "core/records/RecordType.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace sohoa::validation {

namespace {

// The rules (type data) that can raise `code`.
QStringList rulesFor(const QString& code)
{
    if (code == QLatin1String("date.order"))
        return {QStringLiteral("date_order"), QStringLiteral("year_before")};
    if (code.startsWith(QLatin1String("personal_id.")))
        return {QStringLiteral("personal_id")};
    if (code == QLatin1String("marriage.age"))
        return {QStringLiteral("min_age")};
    if (code == QLatin1String("date.future"))
        return {QStringLiteral("not_future")};
    if (code == QLatin1String("date.words_mismatch"))
        return {QStringLiteral("date_words")};
    return {};
}

// Every field an issue rests on: its own, and for a rule that compares fields
// (dates in order, an id against sex and birth) the others the rule reads.
QSet<QString> fieldsBehind(const records::RecordType* type, const records::Issue& issue)
{
    QSet<QString> out;
    if (!issue.field.isEmpty())
        out.insert(issue.field);
    if (!type || issue.field.isEmpty())
        return out;
    const QStringList rules = rulesFor(issue.code);
    if (rules.isEmpty() || issue.code == QLatin1String("date.future"))
        return out;
    for (const QJsonValue& v : type->rules) {
        const QJsonObject rule = v.toObject();
        if (!rules.contains(rule.value(QLatin1String("rule")).toString()))
            continue;
        QSet<QString> named;
        for (auto it = rule.constBegin(); it != rule.constEnd(); ++it) {
            if (it.key() == QLatin1String("rule") || it.key() == QLatin1String("code"))
                continue;
            if (it.value().isString() && type->field(it.value().toString()))
                named.insert(it.value().toString());
        }
        if (named.contains(issue.field))
            out.unite(named);
    }
    return out;
}

} // namespace

QList<records::Issue> validateReading(records::Record& record, const ReadingNotes& notes,
                                      const ValidationContext& context)
{
    const QList<records::Issue> all = validateRecord(record, context);
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(record.type);
    QList<records::Issue> kept;
    QSet<QString> unsure;
    for (const records::Issue& issue : all) {
        if (issue.code == QLatin1String("required.missing")) {
            // A label read before an empty line: the paper leaves the field blank. A label
            // read before something that could not be read as a value is a doubtful reading.
            bool keep = notes.blank.contains(issue.field);
            if (!keep && !notes.labelled.contains(issue.field) && type) {
                // The label was not found: the paper lacks the field only if the rest of
                // the form was read (every other required label found).
                keep = true;
                for (const records::FieldDef& f : type->fields)
                    if (f.required && f.key != issue.field && !notes.labelled.contains(f.key))
                        keep = false;
            }
            // Not found where a line of the form was not read: a doubtful reading.
            if (keep && !notes.blank.contains(issue.field) && notes.doubtful.contains(issue.field))
                keep = false;
            if (keep)
                kept.append(issue);
            continue;
        }
        // Only values read from paper can be doubted.
        QSet<QString> doubted;
        for (const QString& f : fieldsBehind(type, issue)) {
            const auto it = record.fields.constFind(f);
            if (it != record.fields.constEnd() && it->source == QLatin1String("ocr") &&
                notes.doubtful.contains(f))
                doubted.insert(f);
        }
        if (doubted.isEmpty()) {
            kept.append(issue);
            continue;
        }
        unsure.unite(doubted);
    }
    for (const QString& f : unsure) {
        records::FieldValue& v = record.fields[f];
        v.unsure = true;
        v.confidence = std::min(v.confidence, kUnsureReadingConfidence);
    }
    record.issues = kept;
    return kept;
}

} // namespace sohoa::validation
