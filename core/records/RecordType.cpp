#include "core/records/RecordType.h"

#include "core/common/Json.h"
#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

namespace sohoa::records {

namespace {

struct KindName {
    ValueKind kind;
    const char* name;
};
constexpr KindName kKinds[] = {
    {ValueKind::Text, "text"},
    {ValueKind::Name, "name"},
    {ValueKind::Place, "place"},
    {ValueKind::Date, "date"},
    {ValueKind::Year, "year"},
    {ValueKind::Time, "time"},
    {ValueKind::PersonalId, "personal_id"},
    {ValueKind::Number, "number"},
    {ValueKind::Decimal, "decimal"},
    {ValueKind::Enum, "enum"},
    {ValueKind::Ethnicity, "ethnicity"},
    {ValueKind::Nationality, "nationality"},
    {ValueKind::LandPurpose, "land_purpose"},
    {ValueKind::LandTerm, "land_term"},
    {ValueKind::Code, "code"},
};

bool uiIsVietnamese()
{
    return QLocale().language() == QLocale::Vietnamese;
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toString());
    return out;
}

Error invalid(const QString& why)
{
    return makeError(QStringLiteral("recordtype.invalid"),
                     Tr::tr("Invalid record type definition: %1").arg(why));
}

} // namespace

QString valueKindName(ValueKind k)
{
    for (const KindName& kn : kKinds)
        if (kn.kind == k)
            return QLatin1String(kn.name);
    return {};
}

bool valueKindFromName(const QString& name, ValueKind& out)
{
    for (const KindName& kn : kKinds) {
        if (name == QLatin1String(kn.name)) {
            out = kn.kind;
            return true;
        }
    }
    return false;
}

QString FieldDef::label() const
{
    return uiIsVietnamese() || labelEn.isEmpty() ? labelVi : labelEn;
}

QString Choice::label() const
{
    return uiIsVietnamese() || labelEn.isEmpty() ? labelVi : labelEn;
}

QString FieldDef::choiceLabel(const QString& code) const
{
    for (const Choice& c : choices)
        if (c.code == code)
            return c.label();
    return {};
}

QString GroupDef::label() const
{
    return uiIsVietnamese() || labelEn.isEmpty() ? labelVi : labelEn;
}

QString RecordType::name() const
{
    return uiIsVietnamese() || nameEn.isEmpty() ? nameVi : nameEn;
}

const FieldDef* RecordType::field(const QString& key) const
{
    for (const FieldDef& f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

QStringList RecordType::keys() const
{
    QStringList out;
    for (const FieldDef& f : fields)
        out.append(f.key);
    return out;
}

QStringList RecordType::requiredKeys() const
{
    QStringList out;
    for (const FieldDef& f : fields)
        if (f.required)
            out.append(f.key);
    return out;
}

Result<RecordType> RecordTypeRegistry::parse(const QJsonObject& o)
{
    RecordType t;
    t.source = o;
    t.id = o.value(QLatin1String("type")).toString();
    if (t.id.isEmpty())
        return invalid(QStringLiteral("missing \"type\""));
    const QJsonObject names = o.value(QLatin1String("name")).toObject();
    t.nameVi = names.value(QLatin1String("vi")).toString(t.id);
    t.nameEn = names.value(QLatin1String("en")).toString(t.nameVi);
    t.titles = stringList(o.value(QLatin1String("titles")));
    t.rules = o.value(QLatin1String("rules")).toArray();
    t.classification = o.value(QLatin1String("classification")).toObject();
    t.extraction = o.value(QLatin1String("extraction")).toObject();
    for (const QJsonValue& gv : o.value(QLatin1String("groups")).toArray()) {
        const QJsonObject g = gv.toObject();
        const QJsonObject label = g.value(QLatin1String("label")).toObject();
        t.groups.append({g.value(QLatin1String("id")).toString(), label.value(QLatin1String("vi")).toString(),
                         label.value(QLatin1String("en")).toString()});
    }
    for (const QJsonValue& fv : o.value(QLatin1String("fields")).toArray()) {
        const QJsonObject fo = fv.toObject();
        FieldDef f;
        f.key = fo.value(QLatin1String("key")).toString();
        if (f.key.isEmpty())
            return invalid(t.id + QStringLiteral(": a field without \"key\""));
        if (t.field(f.key))
            return invalid(t.id + QStringLiteral(": field ") + f.key + QStringLiteral(" twice"));
        const QString kind = fo.value(QLatin1String("kind")).toString(QStringLiteral("text"));
        if (!valueKindFromName(kind, f.kind))
            return invalid(t.id + QStringLiteral(".") + f.key + QStringLiteral(": unknown kind ") + kind);
        f.required = fo.value(QLatin1String("required")).toBool();
        const QJsonObject label = fo.value(QLatin1String("label")).toObject();
        f.labelVi = label.value(QLatin1String("vi")).toString(f.key);
        f.labelEn = label.value(QLatin1String("en")).toString(f.labelVi);
        f.printedLabels = stringList(fo.value(QLatin1String("printed")));
        f.nationalOnly = fo.value(QLatin1String("national_only")).toBool();
        f.enumValues = stringList(fo.value(QLatin1String("values")));
        for (const QJsonValue& cv : fo.value(QLatin1String("choices")).toArray()) {
            const QJsonObject co = cv.toObject();
            const QJsonObject cl = co.value(QLatin1String("label")).toObject();
            Choice c{co.value(QLatin1String("code")).toString(), cl.value(QLatin1String("vi")).toString(),
                     cl.value(QLatin1String("en")).toString()};
            if (c.code.isEmpty() || c.labelVi.isEmpty())
                return invalid(t.id + QStringLiteral(".") + f.key +
                               QStringLiteral(": a choice without code or label"));
            f.choices.append(c);
            if (!f.enumValues.contains(c.code))
                f.enumValues.append(c.code);
        }
        f.group = fo.value(QLatin1String("group")).toString();
        f.extraction = fo.value(QLatin1String("extraction")).toObject();
        f.validation = fo.value(QLatin1String("validation")).toObject();
        t.fields.append(f);
    }
    if (t.fields.isEmpty())
        return invalid(t.id + QStringLiteral(": no fields"));
    return t;
}

Result<RecordTypeRegistry> RecordTypeRegistry::loadFromDirectory(const QString& dirPath)
{
    RecordTypeRegistry reg;
    const QDir dir(dirPath);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return invalid(name + QStringLiteral(": ") + f.errorString());
        auto json = parseJsonObject(f.readAll());
        if (!json)
            return invalid(name + QStringLiteral(": ") + json.error().message);
        auto type = parse(*json);
        if (!type)
            return type.error();
        if (reg.find(type->id))
            return invalid(name + QStringLiteral(": type ") + type->id + QStringLiteral(" defined twice"));
        reg.m_types.append(std::make_shared<const RecordType>(std::move(*type)));
    }
    return reg;
}

const RecordTypeRegistry& RecordTypeRegistry::builtin()
{
    static const RecordTypeRegistry reg = [] {
        auto r = loadFromDirectory(QStringLiteral(":/sohoa/recordtypes"));
        Q_ASSERT_X(r.ok(), "RecordTypeRegistry", r.ok() ? "" : qPrintable(r.error().message));
        return r.ok() ? std::move(*r) : RecordTypeRegistry();
    }();
    return reg;
}

const RecordType* RecordTypeRegistry::find(const QString& id) const
{
    for (const auto& t : m_types)
        if (t->id == id)
            return t.get();
    return nullptr;
}

QList<const RecordType*> RecordTypeRegistry::all() const
{
    QList<const RecordType*> out;
    for (const auto& t : m_types)
        out.append(t.get());
    return out;
}

QStringList RecordTypeRegistry::ids() const
{
    QStringList out;
    for (const auto& t : m_types)
        out.append(t->id);
    return out;
}

} // namespace sohoa::records
