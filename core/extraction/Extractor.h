#pragma once

#include "ocr/OcrPage.h"
#include "records/Record.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sohoa::extraction {

// What extraction found on one document (all its pages).
struct DocumentExtraction {
    QString type = QStringLiteral("unknown"); // a record type id, or "unknown" when the classifier cannot place it
    double typeConfidence = 0;                // 0..1
    QMap<QString, records::FieldValue> fields;
};

// Classifies the document (typeHint empty or "auto") or takes typeHint as its
// type, then extracts every field of that type from the OCR words and lines.
// Never invents a value: a field that cannot be read is absent.
DocumentExtraction extractDocument(const QList<ocr::OcrPage>& pages, const QString& typeHint = {});

} // namespace sohoa::extraction
