// admin_units: every place names units that exist, and papers dated since
// 1 July 2025 use the 2025 units.
#include "core/adminunits/AdminUnits.h"
#include "core/i18n/Tr.h"
#include "core/validation/RuleSupport.h"

#include <QJsonArray>

namespace sohoa::validation::detail {

using records::Severity;

void checkAdminUnitsRule(Checking& c, const QJsonObject& rule)
{
    const QString asOfKey = rule.value(QLatin1String("as_of")).toString();
    QDate asOf;
    if (!asOfKey.isEmpty() && !c.invalidFields.contains(asOfKey))
        if (auto d = parseIsoDate(c.value(asOfKey)))
            asOf = *d;
    for (const QJsonValue& fv : rule.value(QLatin1String("fields")).toArray()) {
        const QString key = fv.toString();
        const QString v = c.value(key);
        if (v.isEmpty() || c.hasIssue(QStringLiteral("text.encoding"), key))
            continue;
        const adminunits::PlaceCheck check = adminunits::checkPlace(v, asOf);
        if (check.status == adminunits::PlaceCheck::Status::Unknown) {
            const QString fixed = adminunits::snapPlaceNames(v);
            QJsonObject details{{QStringLiteral("unit"), check.printedUnit}};
            if (!check.unknownSuggestion.isEmpty())
                details.insert(QStringLiteral("closest"), check.unknownSuggestion);
            c.add(QStringLiteral("admin_unit.unknown"), key, Severity::Warning,
                  check.unknownSuggestion.isEmpty()
                      ? Tr::tr("%1: \"%2\" is in no list of administrative units.")
                            .arg(c.label(key), check.printedUnit)
                      : Tr::tr("%1: \"%2\" is in no list of administrative units; did you mean %3?")
                            .arg(c.label(key), check.printedUnit, check.unknownSuggestion),
                  fixed != v ? fixed : QString(), details);
        } else if (check.status == adminunits::PlaceCheck::Status::Outdated) {
            QJsonArray now;
            for (const adminunits::Successor& s : check.successors)
                now.append(QJsonObject{{QStringLiteral("commune"), s.commune->name},
                                       {QStringLiteral("commune_code"), s.commune->code},
                                       {QStringLiteral("province"), s.province->name},
                                       {QStringLiteral("change"), s.change}});
            c.add(QStringLiteral("admin_unit.renamed"), key, Severity::Warning,
                  Tr::tr("%1: %2 is a unit from before 1 July 2025; it now belongs to %3.")
                      .arg(c.label(key), check.oldUnit,
                           check.successorText.isEmpty() ? Tr::tr("a unit the lists do not name")
                                                         : check.successorText),
                  check.rewritten,
                  QJsonObject{{QStringLiteral("old_unit"), check.oldUnit}, {QStringLiteral("now"), now}});
        }
    }
}

} // namespace sohoa::validation::detail
