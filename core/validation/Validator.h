#pragma once

#include "records/Record.h"

#include <QDate>
#include <QList>

#include <functional>

namespace sohoa::validation {

// What validation may consult besides the record itself.
struct ValidationContext {
    QDate today;
    // Looks up probable duplicates of a record in the store; empty = skip the
    // duplicate check (extract without a store). Returns issues to add.
    std::function<QList<records::Issue>(const records::Record&)> duplicateCheck;

    static ValidationContext standalone(); // today in Viet Nam, no store
};

// Runs every check of SPEC §2 that applies to the record's type (the type's
// fields and rules come from resources/recordtypes). Messages are translated.
QList<records::Issue> validateRecord(const records::Record& record, const ValidationContext& context);

} // namespace sohoa::validation
