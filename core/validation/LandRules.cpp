// positive_number (land.area) and land_purpose (land.purpose_code).
#include "core/i18n/Tr.h"
#include "core/validation/RuleSupport.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace sohoa::validation::detail {

using records::Severity;

namespace {

// The number in an area value; the canonical form uses '.', but a value a
// clerk typed as "125,5" or "300 m²" is still a number.
std::optional<double> parseNumber(const QString& value)
{
    QString v = value;
    v.remove(QStringLiteral("m²")).remove(QStringLiteral("m2")).remove(QLatin1Char(' '));
    if (!v.contains(QLatin1Char('.')))
        v.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression number(QStringLiteral("^[-+]?\\d+(\\.\\d+)?$"));
    if (!number.match(v).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

struct LandCodes {
    QSet<QString> current;
    QHash<QString, QString> old; // old code -> current code
};

// A vocabulary file of resources/vocabulary (code TAB name TAB variants TAB
// old codes;...), read once; the extractor reads the same file for the names.
LandCodes vocabularyCodes(const QString& file)
{
    static QMutex mutex;
    static QHash<QString, LandCodes> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(file);
    if (it != cache.constEnd())
        return *it;
    LandCodes codes;
    QFile f(QStringLiteral(":/sohoa/vocabulary/") + file);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
                continue;
            const QStringList cols = line.split(QLatin1Char('\t'));
            const QString code = cols.value(0).trimmed().toUpper();
            if (code.isEmpty())
                continue;
            codes.current.insert(code);
            for (const QString& o : cols.value(3).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                codes.old.insert(o.trimmed().toUpper(), code);
        }
    }
    cache.insert(file, codes);
    return codes;
}

// The field's codes: its "codes"/"old_codes" parameters and its "vocabulary" file.
LandCodes fieldCodes(const records::FieldDef& f)
{
    LandCodes codes;
    const QString vocabulary = f.validation.value(QLatin1String("vocabulary")).toString();
    if (!vocabulary.isEmpty())
        codes = vocabularyCodes(vocabulary);
    for (const QJsonValue& x : f.validation.value(QLatin1String("codes")).toArray())
        codes.current.insert(x.toString().toUpper());
    const QJsonObject old = f.validation.value(QLatin1String("old_codes")).toObject();
    for (auto it = old.constBegin(); it != old.constEnd(); ++it)
        codes.old.insert(it.key().toUpper(), it.value().toString());
    return codes;
}

void positiveNumber(Checking& c, const QJsonObject& rule)
{
    const QString key = rule.value(QLatin1String("field")).toString();
    const QString code = rule.value(QLatin1String("code")).toString(QStringLiteral("land.area"));
    const QString v = c.value(key);
    if (key.isEmpty() || v.isEmpty())
        return;
    const auto n = parseNumber(v);
    if (!n) {
        c.add(code, key, Severity::Error, Tr::tr("%1: \"%2\" is not a number.").arg(c.label(key), v));
        return;
    }
    if (*n <= 0) {
        c.add(code, key, Severity::Error, Tr::tr("%1 must be greater than zero (%2).").arg(c.label(key), v));
        return;
    }
    const double max = rule.value(QLatin1String("max")).toDouble(0);
    if (max > 0 && *n > max)
        c.add(code, key, Severity::Warning,
              Tr::tr("%1 (%2) is implausibly large; check it.").arg(c.label(key), v));
}

void landPurpose(Checking& c, const QJsonObject& rule)
{
    const QString key = rule.value(QLatin1String("field")).toString();
    const records::FieldDef* f = c.type.field(key);
    const QString v = c.value(key);
    if (!f || v.isEmpty())
        return;
    const LandCodes codes = fieldCodes(*f);
    if (codes.current.isEmpty())
        return; // nothing to check against: a type definition without the code list
    static const QRegularExpression sep(QStringLiteral("[+,;\\s]+"));
    const QStringList parts = v.split(sep, Qt::SkipEmptyParts);
    QStringList unknown, renamed, mapped;
    for (const QString& p : parts) {
        const QString code = p.trimmed().toUpper();
        if (codes.current.contains(code)) {
            mapped.append(code);
        } else if (codes.old.contains(code)) {
            renamed.append(code);
            mapped.append(codes.old.value(code));
        } else {
            unknown.append(p);
            mapped.append(p);
        }
    }
    if (parts.isEmpty())
        unknown.append(v);
    if (!unknown.isEmpty()) {
        c.add(QStringLiteral("land.purpose_code"), key, Severity::Error,
              Tr::tr("%1: \"%2\" is not a land-type code of Circular 08/2024.")
                  .arg(c.label(key), unknown.join(QStringLiteral(", "))));
    } else if (!renamed.isEmpty()) {
        QStringList now;
        for (const QString& r : renamed)
            now.append(codes.old.value(r));
        c.add(QStringLiteral("land.purpose_code"), key, Severity::Warning,
              Tr::tr("%1: \"%2\" is an old land-type code; Circular 08/2024 uses %3.")
                  .arg(c.label(key), renamed.join(QStringLiteral(", ")), now.join(QStringLiteral(", "))),
              mapped.join(QLatin1Char('+')));
    }
}

} // namespace

void checkLandRule(Checking& c, const QJsonObject& rule)
{
    const QString name = rule.value(QLatin1String("rule")).toString();
    if (name == QLatin1String("positive_number"))
        positiveNumber(c, rule);
    else if (name == QLatin1String("land_purpose"))
        landPurpose(c, rule);
}

} // namespace sohoa::validation::detail
