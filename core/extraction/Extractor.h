#pragma once

#include "core/ocr/OcrPage.h"
#include "core/records/Record.h"
#include "core/validation/ReadingDoubt.h"

#include <QList>
#include <QMap>
#include <QPolygonF>
#include <QSet>
#include <QString>

namespace sohoa::records {
class RecordTypeRegistry;
struct FieldDef;
} // namespace sohoa::records

namespace sohoa::extraction {

// Why a field has its value and its confidence, for the verification station
// and for calibrating confidences.
struct FieldEvidence {
    QString label;            // the printed label it was read after ("" for located values)
    double labelQuality = 0;  // 1 = label read exactly
    double ocrConfidence = 0; // mean OCR confidence of the value's characters
    double ocrMinimum = 0;    // lowest character confidence
    double parseQuality = 0;  // how cleanly the value had its expected form
    QString crossCheck;       // "agree" / "disagree" (digits vs words), "" when printed once
    QString vocabulary;       // "exact" / "snapped" / "unknown" / "" (kind without vocabulary)
    double vocabularyDistance = 0;
    int repairs = 0;        // OCR look-alike repairs (O->0 ...)
    int shapeRepairs = 0;   // digits put right by their position (a 9 where only 0 fits): a guess
    bool zeroDoubt = false; // holds a 6, 8 or 9 on paper where another value's 0 was misread so
    int lines = 1;          // printed lines the value spans
    QString note;           // what post-correction did, in plain words
    bool reread = false;    // some of its words were read a second time (ingest/Reread.h)
    bool openEnd = false;   // ran to the end of its line and the line below was not read: may be cut
    bool shifted = false;   // read from a row just off its label's line (values typed onto a form)
    int oddCharacters = 0;  // characters no value holds (§, £, ¿, „ ...) in what was read
    QString placeCheck;     // places: "known", "unknown" (a unit in no list), "incomplete" (no province last)
    bool implausible = false; // a date, year or time no calendar or clock has (month 41, year 3019): misread
                              // far more often than printed so
    QString layout;        // the stored layout that placed the value (core/layouts); "" = the generic reading
    int guesses = 0;       // words put right to a list entry though what was read is itself a well-formed
                           // word of its kind (a given name's tone marks): one of two readings
    bool poorPage = false; // a third or more of the form was read doubtfully or not at all: the
                           // print, the scan or the layout defeats the reading, so its sure-looking
                           // values are less sure too
    QString completedFrom; // a place cut after a unit, completed from the same unit printed in this
                           // field's place (the document prints it twice)
    bool lookAlikeEdge = false; // a code whose letters meet its digits at a look-alike ("CHO8790":
                                // O or 0?)
    bool placedByShape = false; // its label was not read: placed by its shape alone (a lone 9- or
                                // 12-digit run taken for the one id of the form not found)
    int straySeparators = 0;    // spaces or dots inside a number's digits where no printed grouping
                                // puts them ("0820806 6.180"): its digits are doubtful
};

// A part of a page worth reading again before a value is trusted: the
// extractor only points at it; whoever holds the page image reads it (see
// ingest/Reread.h), and the document is extracted again from what was read.
struct RereadRequest {
    enum Kind {
        Digits,     // a number read with a digit count its kind never has (an id of 13 digits)
        MissedLine, // a value runs to the end of its line and the line below it was not read
        Garbled,    // a line of a text value read with odd characters or faint confidence (typed
                    // over a dotted leader): read again without the leader's dots
        TableCells, // a value printed in a ruled table (a parcel's corner coordinates): the
                    // table's cells read one by one
    };
    Kind kind = Digits;
    QString field;         // the field that asks
    int page = 0;          // index into the pages given to extractDocument
    QPolygonF area;        // page image pixels (the OCR words' coordinates)
    QList<int> words;      // Digits, Garbled: the OcrPage::words the value (line) was read from
    QString reading;       // Digits: the digits as first read; Garbled, TableCells: the value as first read
    double lineHeight = 0; // of the page's print, in page pixels
};

// What extraction found on one document (all its pages).
struct DocumentExtraction {
    QString type =
        QStringLiteral("unknown"); // a record type id, or "unknown" when the classifier cannot place it
    double typeConfidence = 0;     // 0..1
    QMap<QString, records::FieldValue> fields;
    QMap<QString, FieldEvidence> evidence; // per field key
    QMap<QString, double> typeScores;      // classifier score per type id
    QString text;                          // the OCR text of all pages (for search and the clerk)
    QList<RereadRequest> rereads;          // parts of pages worth reading again (never from re-read words)
    QSet<QString> labelled;                // fields whose printed label was found
    QSet<QString> blank;                   // ... before an empty line or cell (the paper leaves it blank)
    QSet<QString>
        unread; // required fields with no label found, on a page with a line OCR skipped among its labels
};

// What validation needs to know about the reading (validation::validateReading):
// labels found, blank lines, and the values whose reading is doubtful
// (doubtfulReading() of their evidence).
validation::ReadingNotes readingNotes(const DocumentExtraction& extraction);

// Classifies the document (typeHint empty or "auto") or takes typeHint as its
// type, then extracts every field of that type from the OCR words and lines.
// Never invents a value: a field that cannot be read is absent.
DocumentExtraction extractDocument(const QList<ocr::OcrPage>& pages, const QString& typeHint = {});

// The same with the record types of `registry` (tests, offices that add types).
DocumentExtraction extractDocument(const QList<ocr::OcrPage>& pages, const QString& typeHint,
                                   const records::RecordTypeRegistry& registry);

// Parses text found for a field by other means (a stored layout, core/layouts)
// as the generic reading parses what follows a label: same value parsers,
// corrections and confidence. False when the text holds no value of its kind.
bool readFieldText(const records::FieldDef& field, const QString& text, const QList<float>& charConfidences,
                   records::FieldValue& value, FieldEvidence& evidence);

} // namespace sohoa::extraction
