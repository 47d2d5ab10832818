#include "ui/verify/FieldFormat.h"

#include "core/text/SearchFold.h"
#include "ui/common/Tr.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace sohoa::ui {

namespace {

// Words for the enumerated values of the shipped record types.
QString enumLabel(const QString& value)
{
    if (value == QLatin1String("male"))
        return Tr::tr("Male");
    if (value == QLatin1String("female"))
        return Tr::tr("Female");
    if (value == QLatin1String("rieng"))
        return Tr::tr("Private use");
    if (value == QLatin1String("chung"))
        return Tr::tr("Shared use");
    if (value == QLatin1String("long_term"))
        return Tr::tr("Long-term");
    return value;
}

// A coded value (national code list) is shown by its name from the record type.
QString enumLabel(const records::FieldDef& f, const QString& value)
{
    const QString named = f.choiceLabel(value);
    return named.isEmpty() ? enumLabel(value) : named;
}

QStringList enumValues(const records::FieldDef& f)
{
    if (f.kind == records::ValueKind::LandTerm)
        return {QStringLiteral("long_term")};
    return f.enumValues;
}

// Alternative spellings clerks use for the values (folded, without accents).
QStringList synonyms(const QString& value)
{
    if (value == QLatin1String("male"))
        return {QStringLiteral("nam"), QStringLiteral("m"), QStringLiteral("male")};
    if (value == QLatin1String("female"))
        return {QStringLiteral("nu"), QStringLiteral("f"), QStringLiteral("female")};
    if (value == QLatin1String("rieng"))
        return {QStringLiteral("rieng"), QStringLiteral("su dung rieng")};
    if (value == QLatin1String("chung"))
        return {QStringLiteral("chung"), QStringLiteral("su dung chung")};
    if (value == QLatin1String("long_term"))
        return {QStringLiteral("lau dai"), QStringLiteral("long term"), QStringLiteral("long_term")};
    return {text::foldForSearch(value)};
}

QString matchEnum(const records::FieldDef& f, const QString& typed)
{
    const QString folded = text::foldForSearch(typed);
    for (const QString& v : enumValues(f)) {
        if (folded == text::foldForSearch(v) || folded == text::foldForSearch(enumLabel(f, v)) ||
            synonyms(v).contains(folded))
            return v;
    }
    return {};
}

QString parseDate(const QString& typed)
{
    const QString t = typed.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dmy(
        QStringLiteral("^(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{4})$"));
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    int y = 0, m = 0, d = 0;
    if (auto mm = iso.match(t); mm.hasMatch()) {
        y = mm.captured(1).toInt();
        m = mm.captured(2).toInt();
        d = mm.captured(3).toInt();
    } else if (auto mm2 = dmy.match(t); mm2.hasMatch()) {
        d = mm2.captured(1).toInt();
        m = mm2.captured(2).toInt();
        y = mm2.captured(3).toInt();
    } else if (auto mm3 = packed.match(t); mm3.hasMatch()) {
        d = mm3.captured(1).toInt();
        m = mm3.captured(2).toInt();
        y = mm3.captured(3).toInt();
    } else {
        return {};
    }
    // Kept even when not a calendar date (31/02): validation names the problem.
    return QStringLiteral("%1-%2-%3")
        .arg(y, 4, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(d, 2, 10, QLatin1Char('0'));
}

} // namespace

QString displayValue(const records::FieldDef& f, const QString& canonical)
{
    if (canonical.isEmpty())
        return {};
    switch (f.kind) {
    case records::ValueKind::Date: {
        static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
        const auto m = iso.match(canonical);
        if (m.hasMatch())
            return m.captured(3) + QLatin1Char('/') + m.captured(2) + QLatin1Char('/') + m.captured(1);
        return canonical;
    }
    case records::ValueKind::Enum:
        return enumLabel(f, canonical);
    case records::ValueKind::LandTerm: {
        if (canonical == QLatin1String("long_term"))
            return enumLabel(canonical);
        records::FieldDef asDate = f;
        asDate.kind = records::ValueKind::Date;
        return displayValue(asDate, canonical);
    }
    default:
        return canonical;
    }
}

ParsedValue parseTyped(const records::FieldDef& f, const QString& typedText)
{
    const QString typed = typedText.normalized(QString::NormalizationForm_C).simplified();
    if (typed.isEmpty())
        return {};
    switch (f.kind) {
    case records::ValueKind::Date: {
        const QString iso = parseDate(typed);
        if (iso.isEmpty())
            return {typed, Tr::tr("Type the date as day/month/year, e.g. 05/09/2019.")};
        return {iso, {}};
    }
    case records::ValueKind::Enum: {
        const QString v = matchEnum(f, typed);
        if (v.isEmpty()) {
            QStringList words;
            for (const QString& e : enumValues(f))
                words.append(enumLabel(f, e));
            return {typed, Tr::tr("Type one of: %1.").arg(words.join(QStringLiteral(", ")))};
        }
        return {v, {}};
    }
    case records::ValueKind::LandTerm: {
        if (const QString v = matchEnum(f, typed); !v.isEmpty())
            return {v, {}};
        const QString iso = parseDate(typed);
        if (iso.isEmpty())
            return {typed, Tr::tr("Type \"%1\" or a date (day/month/year).")
                               .arg(enumLabel(QStringLiteral("long_term")))};
        return {iso, {}};
    }
    case records::ValueKind::Decimal: {
        QString t = typed;
        t.remove(QLatin1Char(' '));
        t.replace(QLatin1Char(','), QLatin1Char('.'));
        t.remove(QRegularExpression(QStringLiteral("m2$|m²$")));
        return {t, {}};
    }
    case records::ValueKind::PersonalId:
    case records::ValueKind::Number: {
        QString t = typed;
        t.remove(QLatin1Char(' '));
        t.remove(QLatin1Char('.'));
        return {t, {}};
    }
    default:
        return {typed, {}};
    }
}

QStringList choicesFor(const records::FieldDef& f)
{
    QStringList out;
    for (const QString& v : enumValues(f))
        out.append(enumLabel(f, v));
    return out;
}

QString formatHint(const records::FieldDef& f)
{
    switch (f.kind) {
    case records::ValueKind::Date:
        return Tr::tr("dd/mm/yyyy");
    case records::ValueKind::Year:
        return Tr::tr("yyyy");
    case records::ValueKind::Time:
        return Tr::tr("hh:mm");
    case records::ValueKind::PersonalId:
        return Tr::tr("12 digits");
    case records::ValueKind::Decimal:
        return Tr::tr("e.g. 125.5");
    case records::ValueKind::Enum:
    case records::ValueKind::LandTerm:
        return choicesFor(f).join(QStringLiteral(" / "));
    case records::ValueKind::LandPurpose:
        return Tr::tr("e.g. ONT+CLN");
    default:
        return {};
    }
}

} // namespace sohoa::ui
