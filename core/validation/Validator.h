#pragma once

#include "core/records/Record.h"

#include <QDate>
#include <QList>
#include <functional>

namespace sohoa::records {
struct RecordType;
}

namespace sohoa::validation {

// What validation may consult besides the record itself.
struct ValidationContext {
    QDate today;
    // Looks up probable duplicates of a record in the store; empty = skip the
    // duplicate check (extract without a store). Returns issues to add.
    std::function<QList<records::Issue>(const records::Record&)> duplicateCheck;

    static ValidationContext standalone(); // today in Viet Nam, no store
};

// Runs every check of SPEC §2 that applies to the record's type. The checks
// are data: each field's `kind`, `required` and `validation` parameters and
// the type's `rules` in resources/recordtypes/*.json (see RULES below), so a
// new record type needs no code. Messages are translated (Vietnamese in the
// Vietnamese UI); Issue::suggestion holds a one-click fix where there is one.
// Fast enough to run on every edit (well under a millisecond per record
// without the duplicate check).
QList<records::Issue> validateRecord(const records::Record& record, const ValidationContext& context);
QList<records::Issue> validateRecord(const records::RecordType& type, const records::Record& record,
                                     const ValidationContext& context);

// RULES (the "rules" array of a record type):
//   {"rule": "date_order", "earlier": F, "later": G [, "field": F|G]}       date.order
//   {"rule": "year_before", "earlier": F, "later": G, "min_years": N}       date.order (error when not
//        before; a warning when fewer than N years apart, e.g. a parent 9 years older than the child)
//   {"rule": "personal_id", "field": F, "sex": F | "sex_value": "male"|"female",
//        "birth": DATE_FIELD | "birth_year": YEAR_FIELD,
//        "allow_9_digits": true, "nine_digits_until": "2024-12-31", "as_of": DATE_FIELD}
//                                              personal_id.format/province/century_sex/birth_year
//   {"rule": "not_future", "fields": [F...]}                                date.future
//   {"rule": "min_age", "code": C, "birth": F, "at": G, "years": N}         C (marriage.age)
//   {"rule": "positive_number", "code": C, "field": F [, "max": X]}        C (land.area)
//   {"rule": "land_purpose", "field": F}   codes from the field's validation {"codes", "old_codes"}
//   {"rule": "admin_units", "fields": [F...], "as_of": DATE_FIELD}          admin_unit.unknown/renamed
//   {"rule": "duplicate", ...}             blocking keys for duplicate.suspect (core/search)
// Every field, by kind: date/year/time/land_term values that are not valid
// give date.invalid; text, name, place, ethnicity and nationality values in
// a legacy encoding or not in NFC give text.encoding; a personal_id field
// without a rule gets the format and province checks; required fields that
// are empty give required.missing.

} // namespace sohoa::validation
