// date_order, year_before, not_future, min_age.
#include "core/i18n/Tr.h"
#include "core/validation/RuleSupport.h"

namespace sohoa::validation::detail {

using records::Severity;

namespace {

QString str(const QJsonObject& rule, const char* key)
{
    return rule.value(QLatin1String(key)).toString();
}

// A usable date or year value: present and not already reported invalid.
bool usable(const Checking& c, const QString& key)
{
    return !key.isEmpty() && !c.value(key).isEmpty() && !c.invalidFields.contains(key);
}

void dateOrder(Checking& c, const QJsonObject& rule)
{
    const QString earlier = str(rule, "earlier");
    const QString later = str(rule, "later");
    if (!usable(c, earlier) || !usable(c, later))
        return;
    const QString field = rule.contains(QLatin1String("field")) ? str(rule, "field") : later;
    const auto a = parseIsoDate(c.value(earlier));
    const auto b = parseIsoDate(c.value(later));
    bool wrong = false;
    if (a && b)
        wrong = *a > *b;
    else if (auto ya = yearOf(c.value(earlier)), yb = yearOf(c.value(later)); ya && yb)
        wrong = *ya > *yb; // a year against a date: only whole years can be compared
    if (!wrong || c.hasIssue(QStringLiteral("date.order"), field))
        return;
    c.add(QStringLiteral("date.order"), field, Severity::Error,
          Tr::tr("%1 (%2) must not be earlier than %3 (%4).")
              .arg(c.label(later), b ? displayDate(*b) : c.value(later), c.label(earlier),
                   a ? displayDate(*a) : c.value(earlier)),
          {}, QJsonObject{{QStringLiteral("earlier"), earlier}, {QStringLiteral("later"), later}});
}

// A parent's year of birth against the child's birth: not after it, and a
// warning when implausibly close.
void yearBefore(Checking& c, const QJsonObject& rule)
{
    const QString earlier = str(rule, "earlier");
    const QString later = str(rule, "later");
    if (!usable(c, earlier) || !usable(c, later))
        return;
    const auto ya = yearOf(c.value(earlier));
    const auto yb = yearOf(c.value(later));
    if (!ya || !yb)
        return;
    const QString field = rule.contains(QLatin1String("field")) ? str(rule, "field") : earlier;
    const int gap = *yb - *ya;
    const int minYears = rule.value(QLatin1String("min_years")).toInt(0);
    const QJsonObject details{{QStringLiteral("earlier"), earlier}, {QStringLiteral("later"), later}};
    if (gap <= 0) {
        c.add(QStringLiteral("date.order"), field, Severity::Error,
              Tr::tr("%1 (%2) must be before %3 (%4).")
                  .arg(c.label(earlier), c.value(earlier), c.label(later), QString::number(*yb)),
              {}, details);
    } else if (gap < minYears) {
        c.add(QStringLiteral("date.order"), field, Severity::Warning,
              Tr::tr("%1 (%2) is only %3 years before %4 (%5); check it.")
                  .arg(c.label(earlier), c.value(earlier))
                  .arg(gap)
                  .arg(c.label(later), QString::number(*yb)),
              {}, details);
    }
}

void notFuture(Checking& c, const QJsonObject& rule)
{
    const QDate today = c.context.today.isValid() ? c.context.today : QDate::currentDate();
    for (const QJsonValue& fv : rule.value(QLatin1String("fields")).toArray()) {
        const QString key = fv.toString();
        if (!usable(c, key))
            continue;
        const QString v = c.value(key);
        if (auto d = parseIsoDate(v)) {
            if (*d > today)
                c.add(QStringLiteral("date.future"), key, Severity::Error,
                      Tr::tr("%1 (%2) is after today.").arg(c.label(key), displayDate(*d)));
        } else if (auto y = parseYear(v)) {
            if (*y > today.year())
                c.add(QStringLiteral("date.future"), key, Severity::Error,
                      Tr::tr("%1 (%2) is after this year.").arg(c.label(key)).arg(*y));
        }
    }
}

// Whole years of age on `at` for someone born on `birth`.
int ageOn(const QDate& birth, const QDate& at)
{
    int years = at.year() - birth.year();
    if (at.month() < birth.month() || (at.month() == birth.month() && at.day() < birth.day()))
        --years;
    return years;
}

QString groupLabel(const Checking& c, const QString& key)
{
    const records::FieldDef* f = c.type.field(key);
    if (f)
        for (const records::GroupDef& g : c.type.groups)
            if (g.id == f->group)
                return g.label();
    return c.label(key);
}

void minAge(Checking& c, const QJsonObject& rule)
{
    const QString birthKey = str(rule, "birth");
    const QString atKey = str(rule, "at");
    const QString code = rule.value(QLatin1String("code")).toString(QStringLiteral("date.order"));
    const int years = rule.value(QLatin1String("years")).toInt();
    if (!usable(c, birthKey) || !usable(c, atKey) || years <= 0)
        return;
    const auto birth = parseIsoDate(c.value(birthKey));
    const auto at = parseIsoDate(c.value(atKey));
    if (!birth || !at || *birth > *at)
        return; // an impossible order is date.order's finding, not an age
    const int age = ageOn(*birth, *at);
    if (age >= years)
        return;
    const QString field = rule.contains(QLatin1String("field")) ? str(rule, "field") : birthKey;
    c.add(code, field, Severity::Error,
          Tr::tr("%1 was %2 years old on %3 (%4); the legal minimum is %5.")
              .arg(groupLabel(c, birthKey))
              .arg(age)
              .arg(c.label(atKey), displayDate(*at))
              .arg(years),
          {}, QJsonObject{{QStringLiteral("age"), age}, {QStringLiteral("minimum"), years}});
}

} // namespace

void checkDateRule(Checking& c, const QJsonObject& rule)
{
    const QString name = rule.value(QLatin1String("rule")).toString();
    if (name == QLatin1String("date_order"))
        dateOrder(c, rule);
    else if (name == QLatin1String("year_before"))
        yearBefore(c, rule);
    else if (name == QLatin1String("not_future"))
        notFuture(c, rule);
    else if (name == QLatin1String("min_age"))
        minAge(c, rule);
}

} // namespace sohoa::validation::detail
