// Fields of the national civil-status standard: coded values within their
// code lists, page numbers as numbers, and a date written in words that must
// say the same date as the digits (date_words).
#include "core/extraction/ValueParsers.h"
#include "core/extraction/Vocabulary.h"
#include "core/i18n/Tr.h"
#include "core/validation/RuleSupport.h"

#include <QRegularExpression>

namespace sohoa::validation::detail {

using records::Severity;

void checkCodedValue(Checking& c, const records::FieldDef& f, const QString& v)
{
    if (f.enumValues.isEmpty() || f.enumValues.contains(v))
        return;
    QStringList names;
    for (const QString& code : f.enumValues) {
        const QString name = f.choiceLabel(code);
        names.append(name.isEmpty() ? code : code + QStringLiteral(" (") + name + QLatin1Char(')'));
    }
    c.add(QStringLiteral("code.unknown"), f.key, Severity::Error,
          Tr::tr("%1: \"%2\" is not in its list (%3).").arg(f.label(), v, names.join(QStringLiteral(", "))));
    c.invalidFields.append(f.key);
}

void checkNumberValue(Checking& c, const records::FieldDef& f, const QString& v)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (digits.match(v).hasMatch())
        return;
    c.add(QStringLiteral("number.format"), f.key, Severity::Error,
          Tr::tr("%1 must be a number: \"%2\".").arg(f.label(), v));
    c.invalidFields.append(f.key);
}

void checkDateWordsRule(Checking& c, const QJsonObject& rule)
{
    const QString dateKey = rule.value(QLatin1String("date")).toString();
    const QString wordsKey = rule.value(QLatin1String("words")).toString();
    const QString words = c.value(wordsKey);
    if (words.isEmpty() || c.value(dateKey).isEmpty() || c.invalidFields.contains(dateKey))
        return;
    const auto date = parseIsoDate(c.value(dateKey));
    if (!date)
        return;
    extraction::DateParts said;
    if (!extraction::findDateWords(words, extraction::Vocabulary::builtin(), &said)) {
        c.add(QStringLiteral("date.words_mismatch"), wordsKey, Severity::Warning,
              Tr::tr("%1 (\"%2\") cannot be read as a date; check it against %3 (%4).")
                  .arg(c.label(wordsKey), words, c.label(dateKey), displayDate(*date)));
        return;
    }
    if (said.year == date->year() && said.month == date->month() && said.day == date->day())
        return;
    const QString saidText = said.isCalendarDate()
                                 ? displayDate(QDate(said.year, said.month, said.day))
                                 : QStringLiteral("%1/%2/%3").arg(said.day).arg(said.month).arg(said.year);
    QJsonObject details{{QStringLiteral("words_date"), said.iso()}};
    c.add(QStringLiteral("date.words_mismatch"), wordsKey, Severity::Warning,
          Tr::tr("%1 says %2 but %3 is %4; one of them is wrong.")
              .arg(c.label(wordsKey), saidText, c.label(dateKey), displayDate(*date)),
          {}, details);
}

} // namespace sohoa::validation::detail
