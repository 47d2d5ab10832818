#include "validation/Validator.h"

#include "common/Clock.h"
#include "records/RecordType.h"

#include <QCoreApplication>

namespace sohoa::validation {

using records::Issue;
using records::Severity;

ValidationContext ValidationContext::standalone()
{
    ValidationContext c;
    c.today = todayInVietnam();
    return c;
}

QList<Issue> validateRecord(const records::Record& record, const ValidationContext& context)
{
    QList<Issue> issues;
    const records::RecordType* type = records::RecordTypeRegistry::builtin().find(record.type);
    if (!type)
        return issues;
    for (const records::FieldDef& f : type->fields) {
        if (f.required && record.value(f.key).trimmed().isEmpty())
            issues.append({QStringLiteral("required.missing"), f.key, Severity::Error,
                           QCoreApplication::translate("sohoa::validation", "%1 is required.").arg(f.label()),
                           {}, {}});
    }
    if (context.duplicateCheck)
        issues += context.duplicateCheck(record);
    return issues;
}

} // namespace sohoa::validation
