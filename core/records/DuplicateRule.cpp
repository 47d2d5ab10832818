#include "core/records/DuplicateRule.h"

#include "core/text/SearchFold.h"

#include <QJsonArray>

namespace sohoa::records {

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

DuplicateRule DuplicateRule::of(const records::RecordType& type)
{
    DuplicateRule r;
    for (const QJsonValue& rv : type.rules) {
        const QJsonObject o = rv.toObject();
        if (o.value(QLatin1String("rule")).toString() != QLatin1String("duplicate"))
            continue;
        r.names = strings(o.value(QLatin1String("names")));
        r.dates = strings(o.value(QLatin1String("dates")));
        r.years = strings(o.value(QLatin1String("years")));
        r.ids = strings(o.value(QLatin1String("ids")));
        r.compare = strings(o.value(QLatin1String("compare")));
        r.also = strings(o.value(QLatin1String("also")));
        for (const QJsonValue& e : o.value(QLatin1String("exact")).toArray())
            r.exact.append(strings(e));
        return r;
    }
    // Older type files: "duplicate_key": [name field, date field, ...]
    for (const QString& key : strings(type.source.value(QLatin1String("duplicate_key")))) {
        const records::FieldDef* f = type.field(key);
        if (!f)
            continue;
        if (f->kind == records::ValueKind::Name)
            r.names.append(key);
        else if (f->kind == records::ValueKind::Date)
            r.dates.append(key);
        else if (f->kind == records::ValueKind::PersonalId)
            r.ids.append(key);
    }
    return r;
}

NameParts NameParts::of(const QString& name)
{
    NameParts n;
    n.folded = text::foldForSearch(name);
    const QStringList tokens = n.folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return n;
    n.joined = tokens.join(QString());
    if (tokens.size() >= 2)
        n.firstLast = tokens.first() + QLatin1Char(' ') + tokens.last();
    for (const QString& t : tokens)
        n.initials.append(t[0]);
    n.given = tokens.last();
    return n;
}

} // namespace sohoa::records
