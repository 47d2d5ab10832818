// Personal identification number (số định danh cá nhân, the 12 digits of the
// citizen identity card): province code, century/sex digit, birth-year digits.
#include "core/adminunits/AdminUnits.h"
#include "core/i18n/Tr.h"
#include "core/validation/RuleSupport.h"

namespace sohoa::validation::detail {

using records::Severity;

namespace {

QString str(const QJsonObject& rule, const char* key)
{
    return rule.value(QLatin1String(key)).toString();
}

QString sexWord(bool female)
{
    return female ? Tr::tr("female") : Tr::tr("male");
}

struct IdRule {
    QString field;
    QString sexField, sexValue;
    QString birthField, birthYearField;
    bool allowNineDigits = false;
    QDate nineDigitsUntil;
    QString asOfField;
};

void checkId(Checking& c, const IdRule& r)
{
    const QString v = c.value(r.field);
    c.checkedIds.append(r.field);
    if (v.isEmpty())
        return;
    const QString label = c.label(r.field);
    int digits = 0;
    for (QChar ch : v)
        digits += ch.isDigit() ? 1 : 0;
    if (digits != v.size()) {
        c.add(QStringLiteral("personal_id.format"), r.field, Severity::Error,
              Tr::tr("%1 must contain digits only: \"%2\".").arg(label, v));
        return;
    }
    if (v.size() == 9 && r.allowNineDigits) {
        // A 9-digit identity card (CMND) number: valid on papers from before
        // the cards were withdrawn; its digits follow another scheme.
        const auto asOf = r.asOfField.isEmpty() ? std::nullopt : parseIsoDate(c.value(r.asOfField));
        if (!asOf || !r.nineDigitsUntil.isValid() || *asOf <= r.nineDigitsUntil)
            return;
    }
    if (v.size() != 12) {
        c.add(QStringLiteral("personal_id.format"), r.field, Severity::Error,
              (r.allowNineDigits
                   ? Tr::tr("%1 must have 12 digits (or 9 for an old identity card); \"%2\" has %3.")
                   : Tr::tr("%1 must have 12 digits; \"%2\" has %3."))
                  .arg(label, v)
                  .arg(v.size()));
        return;
    }
    const QString province = v.left(3);
    if (!adminunits::Directory::instance().personalIdProvinceCodes().contains(province))
        c.add(QStringLiteral("personal_id.province"), r.field, Severity::Error,
              Tr::tr("%1: the first three digits (%2) are not a province code.").arg(label, province));

    const int d4 = v[3].digitValue();
    const bool idFemale = d4 % 2 == 1;
    const int idCentury = 1900 + (d4 / 2) * 100; // 0/1: 1900s, 2/3: 2000s, ...
    QString sex = r.sexValue;
    if (!r.sexField.isEmpty())
        sex = c.value(r.sexField);
    std::optional<int> birthYear;
    if (!r.birthField.isEmpty() && !c.invalidFields.contains(r.birthField))
        birthYear = yearOf(c.value(r.birthField));
    if (!birthYear && !r.birthYearField.isEmpty() && !c.invalidFields.contains(r.birthYearField))
        birthYear = yearOf(c.value(r.birthYearField));

    bool centurySexReported = false;
    if (sex == QLatin1String("male") || sex == QLatin1String("female")) {
        const bool female = sex == QLatin1String("female");
        if (female != idFemale) {
            c.add(QStringLiteral("personal_id.century_sex"), r.field, Severity::Error,
                  Tr::tr("%1: the fourth digit (%2) is for a %3, but the record says %4.")
                      .arg(label, QString(v[3]), sexWord(idFemale), sexWord(female)));
            centurySexReported = true;
        }
    }
    if (birthYear && *birthYear >= 1900) {
        if (!centurySexReported && (*birthYear < idCentury || *birthYear >= idCentury + 100)) {
            c.add(QStringLiteral("personal_id.century_sex"), r.field, Severity::Error,
                  Tr::tr("%1: the fourth digit (%2) is for people born %3–%4, but the year of birth is %5.")
                      .arg(label, QString(v[3]))
                      .arg(idCentury)
                      .arg(idCentury + 99)
                      .arg(*birthYear));
        }
        const QString yy = QString::number(*birthYear % 100).rightJustified(2, QLatin1Char('0'));
        if (v.mid(4, 2) != yy)
            c.add(QStringLiteral("personal_id.birth_year"), r.field, Severity::Error,
                  Tr::tr("%1: digits 5–6 (%2) should be the last two digits of the year of birth %3.")
                      .arg(label, v.mid(4, 2))
                      .arg(*birthYear));
    }
}

} // namespace

void checkPersonalIdRule(Checking& c, const QJsonObject& rule)
{
    IdRule r;
    r.field = str(rule, "field");
    if (r.field.isEmpty())
        return;
    r.sexField = str(rule, "sex");
    r.sexValue = str(rule, "sex_value");
    r.birthField = str(rule, "birth");
    r.birthYearField = str(rule, "birth_year");
    const records::FieldDef* f = c.type.field(r.field);
    r.allowNineDigits = rule.value(QLatin1String("allow_9_digits")).toBool() ||
                        (f && f->validation.value(QLatin1String("allow_9_digits")).toBool());
    r.nineDigitsUntil =
        QDate::fromString(rule.value(QLatin1String("nine_digits_until")).toString(), Qt::ISODate);
    r.asOfField = str(rule, "as_of");
    checkId(c, r);
}

void checkPersonalIdDefaults(Checking& c)
{
    for (const records::FieldDef& f : c.type.fields) {
        if (f.kind != records::ValueKind::PersonalId || c.checkedIds.contains(f.key))
            continue;
        IdRule r;
        r.field = f.key;
        r.allowNineDigits = f.validation.value(QLatin1String("allow_9_digits")).toBool();
        checkId(c, r);
    }
}

} // namespace sohoa::validation::detail
