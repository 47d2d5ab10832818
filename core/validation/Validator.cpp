#include "core/validation/Validator.h"

#include "core/common/Clock.h"
#include "core/i18n/Tr.h"
#include "core/records/RecordType.h"
#include "core/text/LegacyEncoding.h"
#include "core/text/VietnameseText.h"
#include "core/validation/RuleSupport.h"

#include <QLocale>
#include <QRegularExpression>

namespace sohoa::validation {

using records::Issue;
using records::Severity;
using records::ValueKind;

namespace detail {

QString Checking::label(const QString& key) const
{
    const records::FieldDef* f = type.field(key);
    return f ? f->label() : key;
}

bool Checking::hasIssue(const QString& code, const QString& field) const
{
    for (const Issue& i : issues)
        if (i.code == code && i.field == field)
            return true;
    return false;
}

void Checking::add(const QString& code, const QString& field, Severity severity, const QString& message,
                   const QString& suggestion, const QJsonObject& details)
{
    Issue i;
    i.code = code;
    i.field = field;
    i.severity = severity;
    i.message = message;
    i.suggestion = suggestion;
    i.details = details;
    issues.append(i);
}

std::optional<QDate> parseIsoDate(const QString& value)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = iso.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<int> parseYear(const QString& value)
{
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    if (!year.match(value).hasMatch())
        return std::nullopt;
    return value.toInt();
}

std::optional<int> yearOf(const QString& value)
{
    if (auto d = parseIsoDate(value))
        return d->year();
    return parseYear(value);
}

bool uiIsVietnamese()
{
    return QLocale().language() == QLocale::Vietnamese;
}

QString displayDate(const QDate& d)
{
    return d.toString(uiIsVietnamese() ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("yyyy-MM-dd"));
}

void checkRequired(Checking& c)
{
    for (const records::FieldDef& f : c.type.fields)
        if (f.required && c.value(f.key).isEmpty())
            c.add(QStringLiteral("required.missing"), f.key, Severity::Error,
                  Tr::tr("%1 is required.").arg(f.label()));
}

namespace {

void checkDateValue(Checking& c, const records::FieldDef& f, const QString& v)
{
    auto d = parseIsoDate(v);
    if (!d) {
        c.add(QStringLiteral("date.invalid"), f.key, Severity::Error,
              Tr::tr("%1: \"%2\" is not a valid date.").arg(f.label(), v));
        c.invalidFields.append(f.key);
    } else if (d->year() < kEarliestYear) {
        c.add(QStringLiteral("date.invalid"), f.key, Severity::Error,
              Tr::tr("%1: the year %2 is implausibly early.").arg(f.label()).arg(d->year()));
        c.invalidFields.append(f.key);
    }
}

void checkYearValue(Checking& c, const records::FieldDef& f, const QString& v)
{
    auto y = parseYear(v);
    if (!y) {
        c.add(QStringLiteral("date.invalid"), f.key, Severity::Error,
              Tr::tr("%1: \"%2\" is not a valid year.").arg(f.label(), v));
        c.invalidFields.append(f.key);
    } else if (*y < kEarliestYear) {
        c.add(QStringLiteral("date.invalid"), f.key, Severity::Error,
              Tr::tr("%1: the year %2 is implausibly early.").arg(f.label()).arg(*y));
        c.invalidFields.append(f.key);
    }
}

void checkTimeValue(Checking& c, const records::FieldDef& f, const QString& v)
{
    static const QRegularExpression hhmm(QStringLiteral("^(\\d{2}):(\\d{2})$"));
    const auto m = hhmm.match(v);
    if (!m.hasMatch() || m.captured(1).toInt() > 23 || m.captured(2).toInt() > 59) {
        c.add(QStringLiteral("date.invalid"), f.key, Severity::Error,
              Tr::tr("%1: \"%2\" is not a valid time (HH:MM).").arg(f.label(), v));
        c.invalidFields.append(f.key);
    }
}

void checkLandTermValue(Checking& c, const records::FieldDef& f, const QString& v)
{
    if (v == QLatin1String("long_term"))
        return;
    if (!parseIsoDate(v)) {
        c.add(QStringLiteral("date.invalid"), f.key, Severity::Error,
              Tr::tr("%1: \"%2\" is neither \"long-term\" nor a date.").arg(f.label(), v));
        c.invalidFields.append(f.key);
    }
}

void checkEncoding(Checking& c, const records::FieldDef& f, const QString& raw)
{
    const text::EncodingFinding e = text::detectEncodingProblem(raw);
    if (!e.found())
        return;
    const QString fixed = text::normalizeText(e.converted);
    QJsonObject details;
    if (e.kind == text::EncodingFinding::Kind::Legacy) {
        details.insert(QStringLiteral("encoding"), text::legacyEncodingName(e.encoding));
        c.add(QStringLiteral("text.encoding"), f.key, Severity::Error,
              Tr::tr("%1 is typed in the %2 encoding; convert it to Unicode: \"%3\".")
                  .arg(f.label(), text::legacyEncodingName(e.encoding), fixed),
              fixed, details);
    } else {
        details.insert(QStringLiteral("encoding"), QStringLiteral("unicode-not-nfc"));
        c.add(QStringLiteral("text.encoding"), f.key, Severity::Error,
              Tr::tr("%1 is not in Unicode NFC form (letters and marks stored apart); normalise it.")
                  .arg(f.label()),
              fixed, details);
    }
}

} // namespace

void checkFieldKinds(Checking& c)
{
    for (const records::FieldDef& f : c.type.fields) {
        const QString raw = c.record.value(f.key);
        const QString v = raw.trimmed();
        if (v.isEmpty())
            continue;
        switch (f.kind) {
        case ValueKind::Date:
            checkDateValue(c, f, v);
            break;
        case ValueKind::Year:
            checkYearValue(c, f, v);
            break;
        case ValueKind::Time:
            checkTimeValue(c, f, v);
            break;
        case ValueKind::LandTerm:
            checkLandTermValue(c, f, v);
            break;
        case ValueKind::Enum:
            checkCodedValue(c, f, v);
            break;
        case ValueKind::Number:
            checkNumberValue(c, f, v);
            break;
        case ValueKind::Text:
        case ValueKind::Name:
        case ValueKind::Place:
        case ValueKind::Ethnicity:
        case ValueKind::Nationality:
            checkEncoding(c, f, raw);
            break;
        default:
            break;
        }
    }
}

} // namespace detail

ValidationContext ValidationContext::standalone()
{
    ValidationContext c;
    c.today = todayInVietnam();
    return c;
}

QList<Issue> validateRecord(const records::RecordType& type, const records::Record& record,
                            const ValidationContext& context)
{
    QList<Issue> issues;
    detail::Checking c{type, record, context, issues, {}, {}};
    detail::checkRequired(c);
    detail::checkFieldKinds(c);
    for (const QJsonValue& rv : type.rules) {
        const QJsonObject rule = rv.toObject();
        const QString name = rule.value(QLatin1String("rule")).toString();
        if (name == QLatin1String("date_order") || name == QLatin1String("year_before") ||
            name == QLatin1String("not_future") || name == QLatin1String("min_age"))
            detail::checkDateRule(c, rule);
        else if (name == QLatin1String("personal_id"))
            detail::checkPersonalIdRule(c, rule);
        else if (name == QLatin1String("positive_number") || name == QLatin1String("land_purpose"))
            detail::checkLandRule(c, rule);
        else if (name == QLatin1String("admin_units"))
            detail::checkAdminUnitsRule(c, rule);
        else if (name == QLatin1String("date_words"))
            detail::checkDateWordsRule(c, rule);
        // "duplicate" is read by core/search; unknown rules from a newer
        // version are ignored rather than failing every record.
    }
    detail::checkPersonalIdDefaults(c);
    if (context.duplicateCheck)
        issues += context.duplicateCheck(record);
    return issues;
}

QList<Issue> validateRecord(const records::Record& record, const ValidationContext& context)
{
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(record.type);
    if (!type)
        return {};
    return validateRecord(*type, record, context);
}

} // namespace sohoa::validation
