#include "server/registry/RegistryRecordTypes.h"

#include "core/text/SearchFold.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace sohoa::registry {

namespace {

RegistryRecordType parseType(const QString& name, const QJsonObject& o)
{
    RegistryRecordType t;
    t.type = name;
    t.registryIdPrefix = o.value(QLatin1String("registry_id_prefix")).toString();
    for (const QJsonValue& v : o.value(QLatin1String("required")).toArray())
        t.required.append(v.toString());
    for (const QJsonValue& v : o.value(QLatin1String("persons")).toArray()) {
        const QJsonObject p = v.toObject();
        t.persons.append({p.value(QLatin1String("id")).toString(), p.value(QLatin1String("name")).toString(),
                          p.value(QLatin1String("date_of_birth")).toString(),
                          p.value(QLatin1String("birth_year")).toString()});
    }
    for (const QJsonValue& v : o.value(QLatin1String("event_key")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString fold = p.value(QLatin1String("fold")).toString();
        EventKeyPart part{p.value(QLatin1String("field")).toString(), EventKeyPart::Fold::Simplified};
        if (fold == QLatin1String("search"))
            part.fold = EventKeyPart::Fold::Search;
        else if (fold == QLatin1String("upper"))
            part.fold = EventKeyPart::Fold::Upper;
        t.eventKey.append(part);
    }
    for (const QJsonValue& v : o.value(QLatin1String("old_personal_id_lengths")).toArray())
        t.oldPersonalIdLengths.append(v.toInt());
    return t;
}

// Complete entries only: a type without a prefix or an event key would give
// records no identity, so the registry refuses it as unknown instead.
const QHash<QString, RegistryRecordType>& types()
{
    static const QHash<QString, RegistryRecordType> all = [] {
        QHash<QString, RegistryRecordType> out;
        QFile file(QStringLiteral(":/sohoa-registry/registry-record-types.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1Char('_')) || !it.value().isObject())
                continue;
            RegistryRecordType t = parseType(it.key(), it.value().toObject());
            if (!t.registryIdPrefix.isEmpty() && !t.eventKey.isEmpty())
                out.insert(t.type, t);
        }
        return out;
    }();
    return all;
}

} // namespace

QString RegistryRecordType::eventKeyOf(const QJsonObject& fields) const
{
    QString key = type;
    for (const EventKeyPart& part : eventKey) {
        const QString value = fields.value(part.field).toString();
        key += QLatin1Char('|');
        switch (part.fold) {
        case EventKeyPart::Fold::Search:
            key += text::foldForSearch(value);
            break;
        case EventKeyPart::Fold::Upper:
            key += value.toUpper().simplified();
            break;
        case EventKeyPart::Fold::Simplified:
            key += value.simplified();
            break;
        }
    }
    return key;
}

const RegistryRecordType* registryRecordType(const QString& type)
{
    const auto& all = types();
    const auto it = all.constFind(type);
    return it == all.constEnd() ? nullptr : &*it;
}

QStringList registryRecordTypeNames()
{
    QStringList names = types().keys();
    names.sort();
    return names;
}

} // namespace sohoa::registry
