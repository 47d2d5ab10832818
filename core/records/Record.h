#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRect>
#include <QString>

namespace sohoa {
class JsonWriter;
}

namespace sohoa::records {

// One field of a record: the value in SPEC format plus the evidence behind it.
struct FieldValue {
    QString value;                          // canonical (SPEC §1): ISO date, 12 digits, "male", ...
    QString raw;                            // the text as read on the page (before parsing/correction)
    double confidence = 0;                  // 0..1; 1 for values a clerk typed or confirmed
    int page = 0;                           // 1-based page of the document; 0 = unknown
    QRect box;                              // where on that page (archived image pixels)
    QList<float> charConfidences;           // per character of raw, when OCR gave them
    QString source = QStringLiteral("ocr"); // "ocr" | "clerk" | "pdf_text" | "double_keying"
    // The reading is doubtful and explains a rule this value breaks: the clerk
    // should check the reading ("đọc chưa chắc") before blaming the paper.
    // Set by validation::validateReading; a value the clerk typed or confirmed is never unsure.
    bool unsure = false;
    // The name of the taught layout (core/layouts) that placed this value, ""
    // when the generic reading found it or a clerk typed it.
    QString layout;

    QJsonObject toJson() const;
    void write(class sohoa::JsonWriter& w) const; // same content as toJson(), without the detour
    static FieldValue fromJson(const QJsonObject& o);
};

enum class Severity { Error, Warning };

// A validation finding (SPEC §2).
struct Issue {
    QString code;  // e.g. "personal_id.century_sex"
    QString field; // the field it belongs to; empty for record-level issues
    Severity severity = Severity::Error;
    QString message;     // translated
    QString suggestion;  // a one-click fix when there is one (converted text, 2025 unit name, ...)
    QJsonObject details; // machine-readable extras (e.g. {"other_record": 42})

    QJsonObject toJson() const; // {code, field, severity, message[, suggestion][, details]}
    static Issue fromJson(const QJsonObject& o);
    bool isError() const { return severity == Severity::Error; }
};

QString severityName(Severity s);

enum class RecordState { ToVerify, Verified, Approved, Rejected };
QString stateName(RecordState s); // "to_verify" | "verified" | "approved" | "rejected"
bool stateFromName(const QString& name, RecordState& out);

struct Record {
    qint64 id = 0;
    qint64 batchId = 0;
    qint64 documentId = 0; // 0 = keyed by hand without a document
    int pageNo = 1;
    QString type; // "birth" | "death" | "marriage" | "land_certificate" | ...
    RecordState state = RecordState::ToVerify;
    QMap<QString, FieldValue> fields;
    QList<Issue> issues;
    QString createdAt, createdBy, updatedAt;
    QString verifiedBy, verifiedAt, decidedBy, decidedAt, rejectReason;
    int version = 1;

    QString value(const QString& key) const { return fields.value(key).value; }
    bool hasErrors() const;
    QJsonObject fieldsJson() const;    // {key: FieldValue json}
    QByteArray fieldsJsonText() const; // the same as compact JSON text, fast (ingest path)
    QJsonArray issuesJson() const;
    // SPEC-shaped values only: {key: value}
    QJsonObject plainValues() const;
};

QMap<QString, FieldValue> fieldsFromJson(const QJsonObject& o);
QList<Issue> issuesFromJson(const QJsonArray& a);

} // namespace sohoa::records
