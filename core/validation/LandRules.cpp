// positive_number (land.area) and land_purpose (land.purpose_code).
#include "validation/RuleSupport.h"

#include <QJsonArray>
#include <QRegularExpression>

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

void positiveNumber(Checking& c, const QJsonObject& rule)
{
    const QString key = rule.value(QLatin1String("field")).toString();
    const QString code = rule.value(QLatin1String("code")).toString(QStringLiteral("land.area"));
    const QString v = c.value(key);
    if (key.isEmpty() || v.isEmpty())
        return;
    const auto n = parseNumber(v);
    if (!n) {
        c.add(code, key, Severity::Error, tr("%1: \"%2\" is not a number.").arg(c.label(key), v));
        return;
    }
    if (*n <= 0) {
        c.add(code, key, Severity::Error, tr("%1 must be greater than zero (%2).").arg(c.label(key), v));
        return;
    }
    const double max = rule.value(QLatin1String("max")).toDouble(0);
    if (max > 0 && *n > max)
        c.add(code, key, Severity::Warning, tr("%1 (%2) is implausibly large; check it.").arg(c.label(key), v));
}

void landPurpose(Checking& c, const QJsonObject& rule)
{
    const QString key = rule.value(QLatin1String("field")).toString();
    const records::FieldDef* f = c.type.field(key);
    const QString v = c.value(key);
    if (!f || v.isEmpty())
        return;
    QStringList codes;
    for (const QJsonValue& x : f->validation.value(QLatin1String("codes")).toArray())
        codes.append(x.toString());
    const QJsonObject old = f->validation.value(QLatin1String("old_codes")).toObject();
    if (codes.isEmpty())
        return; // nothing to check against: a type definition without the code list
    static const QRegularExpression sep(QStringLiteral("[+,;\\s]+"));
    const QStringList parts = v.split(sep, Qt::SkipEmptyParts);
    QStringList unknown, renamed, mapped;
    for (const QString& p : parts) {
        const QString code = p.trimmed().toUpper();
        if (codes.contains(code)) {
            mapped.append(code);
        } else if (old.contains(code)) {
            renamed.append(code);
            mapped.append(old.value(code).toString());
        } else {
            unknown.append(p);
            mapped.append(p);
        }
    }
    if (parts.isEmpty())
        unknown.append(v);
    if (!unknown.isEmpty()) {
        c.add(QStringLiteral("land.purpose_code"), key, Severity::Error,
              tr("%1: \"%2\" is not a land-type code of Circular 08/2024.")
                  .arg(c.label(key), unknown.join(QStringLiteral(", "))));
    } else if (!renamed.isEmpty()) {
        QStringList now;
        for (const QString& r : renamed)
            now.append(old.value(r).toString());
        c.add(QStringLiteral("land.purpose_code"), key, Severity::Warning,
              tr("%1: \"%2\" is an old land-type code; Circular 08/2024 uses %3.")
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
