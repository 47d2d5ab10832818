#include "core/review/FieldAttention.h"

namespace sohoa::review {

namespace {

bool typedByPerson(const records::FieldValue& f)
{
    return f.source == QLatin1String("clerk") || f.source == QLatin1String("double_keying");
}

} // namespace

QList<records::Issue> issuesFor(const records::Record& record, const QString& field)
{
    QList<records::Issue> out;
    for (const records::Issue& i : record.issues)
        if (i.field == field)
            out.append(i);
    return out;
}

Attention fieldAttention(const records::Record& record, const records::FieldDef& field, double threshold)
{
    Attention level = Attention::None;
    for (const records::Issue& i : record.issues) {
        if (i.field != field.key)
            continue;
        if (i.isError())
            return Attention::Error;
        level = Attention::Warning;
    }
    if (level != Attention::None)
        return level;
    const auto it = record.fields.constFind(field.key);
    if (it == record.fields.constEnd() || it->value.isEmpty())
        return field.required ? Attention::Missing : Attention::None;
    if (typedByPerson(*it))
        return Attention::None;
    if (it->confidence < threshold)
        return Attention::LowConfidence;
    if (!uncertainCharacters(*it).isEmpty())
        return Attention::LowConfidence;
    return Attention::None;
}

QStringList fieldsNeedingLook(const records::Record& record, const records::RecordType& type,
                              double threshold)
{
    QStringList out;
    for (const records::FieldDef& f : type.fields)
        if (fieldAttention(record, f, threshold) != Attention::None)
            out.append(f.key);
    return out;
}

QList<int> uncertainCharacters(const records::FieldValue& field, double threshold)
{
    QList<int> out;
    if (typedByPerson(field))
        return out;
    const int n = qMin(int(field.charConfidences.size()), int(field.raw.size()));
    for (int i = 0; i < n; ++i)
        if (field.charConfidences[i] < threshold && !field.raw[i].isSpace())
            out.append(i);
    return out;
}

} // namespace sohoa::review
