#pragma once

#include "core/records/RecordType.h"

#include <QString>
#include <QStringList>

namespace sohoa::ui {

// How a field's canonical value (SPEC: ISO dates, "male", "long_term", "125.5")
// is shown to a clerk and how what the clerk types is turned back into it.
QString displayValue(const records::FieldDef& field, const QString& canonical);

struct ParsedValue {
    QString value;   // canonical, or the text as typed when it cannot be read
    QString problem; // why the typed text is not acceptable (empty = fine)
};
ParsedValue parseTyped(const records::FieldDef& field, const QString& typed);

// The words a clerk may type for an enumerated field, for completion.
QStringList choicesFor(const records::FieldDef& field);
// Short help shown as placeholder: "dd/mm/yyyy", "12 digits", ...
QString formatHint(const records::FieldDef& field);

} // namespace sohoa::ui
