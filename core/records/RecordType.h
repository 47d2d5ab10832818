#pragma once

#include "core/common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace sohoa::records {

// How a field's value is read, normalised and checked.
enum class ValueKind {
    Text,        // free text, NFC, spaces collapsed
    Name,        // a person's name (vocabulary: surnames, name syllables)
    Place,       // an address or place (vocabulary: administrative units)
    Date,        // ISO date; printed in digits and/or words
    Year,        // YYYY
    Time,        // HH:MM
    PersonalId,  // 12 digits (9 where a pre-2016 ID is allowed)
    Number,      // digits as printed (parcel, map sheet)
    Decimal,     // decimal with '.', e.g. an area
    Enum,        // one of FieldDef::enumValues
    Ethnicity,   // one of the 54 ethnic groups
    Nationality, // a nationality
    LandPurpose, // Circular 08/2024 land-type codes, '+'-joined
    LandTerm,    // "long_term" or an ISO date
    Code,        // an identifier printed as-is (book number, serial)
};
QString valueKindName(ValueKind k);
bool valueKindFromName(const QString& name, ValueKind& out);

// One entry of a code list (a national code and its name), e.g. registration
// type 2 "Đăng ký lại": the record stores the code, the UI shows the name.
struct Choice {
    QString code;
    QString labelVi, labelEn;
    QString label() const; // in the current UI language
};

struct FieldDef {
    QString key;
    ValueKind kind = ValueKind::Text;
    bool required = false;
    QString labelVi, labelEn;  // what the UI shows
    QStringList printedLabels; // label variants printed on paper (for the extractor)
    // A field of the national data standard that extracts rarely print (page of the
    // book, officer, ID papers...): "national_only" in the JSON. The station folds it
    // away while it is empty on a record read by OCR.
    bool nationalOnly = false;
    QStringList enumValues; // for ValueKind::Enum
    QList<Choice> choices; // for an Enum with a code list ("choices" in the JSON); enumValues holds the codes
    QString group;         // GroupDef::id
    QJsonObject extraction; // extractor hints, interpreted by core/extraction only
    QJsonObject validation; // per-field rule parameters, interpreted by core/validation only

    QString label() const; // in the current UI language
    // The name of a coded value in the current UI language; empty when the field has no such code.
    QString choiceLabel(const QString& code) const;
};

struct GroupDef {
    QString id;
    QString labelVi, labelEn;
    QString label() const;
};

// A record type as data (resources/recordtypes/*.json): adding a type means
// adding a file, not changing the extractor or the validator.
struct RecordType {
    QString id;
    QString nameVi, nameEn;
    QStringList titles;         // printed document titles, for classification
    QList<GroupDef> groups;     // in the order of the paper form
    QList<FieldDef> fields;     // in the order of the paper form
    QJsonArray rules;           // cross-field rules, interpreted by core/validation
    QJsonObject classification; // classifier hints
    QJsonObject extraction;     // type-level extractor hints (layouts, columns, pages)
    QJsonObject source;         // the whole JSON, for extensions

    QString name() const; // in the current UI language
    const FieldDef* field(const QString& key) const;
    QStringList keys() const;
    QStringList requiredKeys() const;
};

class RecordTypeRegistry {
public:
    // The types shipped in resources (loaded once, thread-safe).
    static const RecordTypeRegistry& builtin();
    // Types from a folder of JSON files (for tests and for offices that add types).
    static Result<RecordTypeRegistry> loadFromDirectory(const QString& dir);
    static Result<RecordType> parse(const QJsonObject& json);

    const RecordType* find(const QString& id) const;
    QList<const RecordType*> all() const;
    QStringList ids() const;

private:
    QList<std::shared_ptr<const RecordType>> m_types;
};

} // namespace sohoa::records
