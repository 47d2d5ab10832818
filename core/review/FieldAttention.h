#pragma once

#include "core/records/Record.h"
#include "core/records/RecordType.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sohoa::review {

// Below this OCR confidence a field (or a character) is shown as uncertain and
// the verification station stops on it.
inline constexpr double kConfidentField = 0.90;
inline constexpr double kConfidentChar = 0.80;

// Why a field deserves the clerk's eyes, most serious last.
enum class Attention { None, LowConfidence, Missing, Warning, Error };

Attention fieldAttention(const records::Record& record, const records::FieldDef& field,
                         double threshold = kConfidentField);

// Fields of the record's type that need a look, in the order of the paper form.
QStringList fieldsNeedingLook(const records::Record& record, const records::RecordType& type,
                              double threshold = kConfidentField);

// Issues that belong to `field` (and, for an empty key, those of the whole record).
QList<records::Issue> issuesFor(const records::Record& record, const QString& field);

// Indexes into `field.raw` of characters OCR was unsure of.
QList<int> uncertainCharacters(const records::FieldValue& field, double threshold = kConfidentChar);

} // namespace sohoa::review
