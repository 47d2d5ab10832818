#pragma once

// The "duplicate" rule of a record type, read by the index (blocking keys) and
// by the duplicate scorer (core/search). Part of a record type, so it lives in
// core/records: records write the index, search reads it, never both ways.

#include "core/records/RecordType.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sohoa::records {

// {"rule": "duplicate", "names": [...], "dates": [...], "years": [...],
//  "ids": [...], "exact": [[...]], "compare": [...], "also": [...]}
//   names   person names that identify the event (all must agree)
//   dates   event dates (the first is the main one)
//   years   years of birth (land holders)
//   ids     identifiers: the same value is strong evidence, a clearly
//           different one strong evidence against
//   exact   composite keys compared as a whole (parcel + sheet + commune)
//   compare other names that must not disagree (mother's name on a birth)
//   also    weak evidence (registration and book numbers)
struct DuplicateRule {
    QStringList names, dates, years, ids, compare, also;
    QList<QStringList> exact;

    static DuplicateRule of(const records::RecordType& type);
    bool isEmpty() const { return names.isEmpty() && ids.isEmpty() && exact.isEmpty(); }
};

// A person's name as blocking keys and comparisons see it.
struct NameParts {
    QString folded;    // "nguyen van an"
    QString joined;    // "nguyenvanan"
    QString firstLast; // "nguyen an" (empty for one-syllable names)
    QString initials;  // "nva"
    QString given;     // "an" (the last syllable: the name people are called by)

    static NameParts of(const QString& name);
};

} // namespace sohoa::records
