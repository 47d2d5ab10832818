#pragma once

#include "core/extraction/PageModel.h"

#include <QList>
#include <QString>

namespace sohoa::records {
struct RecordType;
}

namespace sohoa::extraction {

// A printed label the extractor looks for, derived from a record type's data.
struct LabelSpec {
    enum Role { Value, Words, Other };
    QString field; // field key (Value, Words) or the id of an unkeyed label (Other)
    Role role = Value;
    QString section;         // the part of the form it belongs to (a field's group by default)
    QString printed;         // as printed
    QString key;             // foldKey(printed)
    bool needsColon = false; // short labels count only when followed by ':'
    int order = 0;           // form order of the field (unkeyed labels after all fields)
};

// Every label of a record type: fields' "printed" variants, their "words_labels"
// (a value printed again in words) and the type's "other_labels" (printed on
// the form but not extracted, they end the value before them).
QList<LabelSpec> labelSpecsFor(const records::RecordType& type);

// Where a label was found.
struct LabelHit {
    int row = -1;
    int first = 0, last = 0; // token positions in the row: [first, last)
    QString key;             // the matched LabelSpec::key
    QList<int> specs;        // every LabelSpec with that key
    double quality = 0;      // 1 - edits / length
    bool colon = false;      // followed by ':'
    double x0 = 0, x1 = 0;   // deskewed extent
    // A label wrapped inside its table cell ("Họ, chữ đệm, tên người" over "cha"):
    // the tokens (DocumentModel::tokens) of its second line, which are not a value.
    QList<int> wrapTokens;
};

// Finds labels in the document's rows: tolerant of misread letters, spacing and
// punctuation; a label must stand where labels stand (line start, after a
// leader or a gap, or followed by ':'). A label that ends its line or cell may
// go on at the start of the line below it, under itself (labels wrapped in the
// narrow label column of a ruled table). Hits are in reading order.
QList<LabelHit> findLabels(const DocumentModel& doc, const QList<LabelSpec>& specs);

// Largest edit distance accepted for a folded label of this length.
int labelTolerance(int length);

} // namespace sohoa::extraction
