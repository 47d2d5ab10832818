#pragma once

#include "ocr/OcrPage.h"
#include "records/Record.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sohoa::records {
class RecordTypeRegistry;
}

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
    int repairs = 0;          // OCR look-alike repairs (O->0 ...)
    int lines = 1;            // printed lines the value spans
    QString note;             // what post-correction did, in plain words
};

// What extraction found on one document (all its pages).
struct DocumentExtraction {
    QString type = QStringLiteral("unknown"); // a record type id, or "unknown" when the classifier cannot place it
    double typeConfidence = 0;                // 0..1
    QMap<QString, records::FieldValue> fields;
    QMap<QString, FieldEvidence> evidence;    // per field key
    QMap<QString, double> typeScores;         // classifier score per type id
    QString text;                             // the OCR text of all pages (for search and the clerk)
};

// Classifies the document (typeHint empty or "auto") or takes typeHint as its
// type, then extracts every field of that type from the OCR words and lines.
// Never invents a value: a field that cannot be read is absent.
DocumentExtraction extractDocument(const QList<ocr::OcrPage>& pages, const QString& typeHint = {});

// The same with the record types of `registry` (tests, offices that add types).
DocumentExtraction extractDocument(const QList<ocr::OcrPage>& pages, const QString& typeHint,
                                   const records::RecordTypeRegistry& registry);

} // namespace sohoa::extraction
