#pragma once

// Private to core/extraction: a field's text -> its value and the evidence behind
// its confidence (the value parsers, post-correction, structural doubts).
#include "core/extraction/Extractor.h"
#include "core/records/RecordType.h"

#include <QList>
#include <QString>

namespace sohoa::extraction {
class Vocabulary;
}

namespace sohoa::extraction::detail {

struct Parsed {
    bool ok = false;
    QString value;
    FieldEvidence ev;
};

Parsed parseField(const records::FieldDef& f, const QString& text, const QList<float>& charConf,
                  const QString& wordsText, const Vocabulary& vocab);

// Structural doubts about a value kept as read (FieldParsing.cpp says which).
void judgeShape(const QString& value, records::ValueKind kind, FieldEvidence& ev);

// "known", "unknown" or "incomplete" (FieldEvidence::placeCheck).
QString placeCompleteness(const QString& place);

// What a reading is judged by beyond its parse, the same for a value found
// after its label and one placed by a taught layout: characters no value holds
// in the text read, the value's shape (judgeShape), a date no calendar has, a
// place's units. `parsedOk`: the value had its kind's form.
void judgeReading(const records::FieldDef& f, const QString& text, const QString& value, bool parsedOk,
                  FieldEvidence& ev);

} // namespace sohoa::extraction::detail
