#include "search/RecordIndex.h"

#include "records/RecordType.h"
#include "text/SearchFold.h"

namespace sohoa::search {

QString searchText(const records::Record& record)
{
    QStringList parts;
    for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it) {
        if (it->value.isEmpty())
            continue;
        parts.append(text::foldForSearch(it->value));
    }
    return parts.join(QLatin1Char(' '));
}

QStringList blockingKeys(const records::Record& record)
{
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(record.type);
    if (!type)
        return {};
    QStringList values;
    for (const auto& v : type->source.value(QLatin1String("duplicate_key")).toArray()) {
        const QString folded = text::foldForSearch(record.value(v.toString()));
        if (folded.isEmpty())
            return {};
        values.append(folded);
    }
    if (values.isEmpty())
        return {};
    return {record.type + QLatin1Char('|') + values.join(QLatin1Char('|'))};
}

} // namespace sohoa::search
