#pragma once

#include "core/validation/Validator.h"

#include <QSet>
#include <QString>

namespace sohoa::validation {

// What the reading of a page knows beyond the values it returns (see
// extraction::DocumentExtraction): which labels it found, which of them stood
// before an empty line, and which values it doubts (read with low OCR
// confidence, label misread, cut at a line end, unknown to the vocabulary...).
struct ReadingNotes {
    QSet<QString> labelled; // fields whose printed label was found (with or without a value)
    QSet<QString> blank;    // fields whose label was found before an empty line or cell
    QSet<QString> doubtful; // fields whose value the reading doubts
};

// Validates a record just read from paper, before a clerk has seen it. SPEC §2
// codes say the paper is wrong; a failure that a doubtful reading explains is
// not raised as one. Instead the fields behind it are marked unsure
// (FieldValue::unsure) and their confidence is lowered below the doubt line, so
// the verification station asks the clerk to check the reading ("đọc chưa
// chắc"). `required.missing` stays only when the field's label was found and its
// value is empty, or when every other required label of the form was found.
// Values a clerk typed or confirmed are never doubted: validateRecord applies.
QList<records::Issue> validateReading(records::Record& record, const ReadingNotes& notes,
                                      const ValidationContext& context);

// The confidence a value keeps at most once its reading is found unsure.
constexpr double kUnsureReadingConfidence = 0.45;

} // namespace sohoa::validation
