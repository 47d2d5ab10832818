#pragma once

#include "core/common/Result.h"
#include "core/records/Record.h"
#include "core/records/RecordType.h"

#include <QString>
#include <QStringList>

namespace sohoa::store {
class Database;
}

namespace sohoa::records {

// The folded text of a record that full-text search sees (folding:
// core/text/SearchFold.h). `body` holds every word of the record once, where
// it first occurs: names, places, numbers, dates as YYYYMMDD and their year.
// Search matches words, never phrases, so a place written in four fields is
// indexed once. `names` holds the person names whole, for ranking and the
// record_names index: one segment per field of nameFields(), separated by " | ".
struct IndexedText {
    QString body;
    QString names;
};
IndexedText indexedText(const records::Record& record);

// The name fields of a type in the order of IndexedText::names: the people
// the record is about (its duplicate rule's names) first, then the others.
QStringList nameFields(const records::RecordType& type);

// Blocking keys for duplicate detection (the record type's "duplicate" rule):
// records that share a key are compared in detail; records that share none
// are never compared. Several keys per record so that OCR noise in one part
// (a middle name, a day) still leaves a shared key:
//   folded full name + event date, first + last syllable + date,
//   initials + date, folded name + year, each identifier, exact composite keys.
QStringList blockingKeys(const records::Record& record);

// What the record_keys full-text table stores of a key: crypto::shortHash of
// its UTF-8 in 16 hex digits, one term. Lookups are by equality, and a rare
// collision only adds a candidate.
QString blockingKeyTerm(const QString& key);

// The distinct non-empty names of IndexedText::names: the rows of the
// record_names index (search as you type by name prefix).
QStringList nameSegments(const QString& names);

// What the index tables receive for one record, as UTF-8. Computing it needs no
// database, so a bulk insert computes the next records' entries on another
// thread while it writes the current ones (records::insertRecords).
struct IndexEntry {
    QByteArray body;            // IndexedText::body
    QByteArray names;           // IndexedText::names
    QList<QByteArray> nameRows; // nameSegments(names): rows of record_names
    QByteArray keyTerms;        // blockingKeyTerm of each blocking key, space-separated
};
IndexEntry indexEntry(const records::Record& record);

// Writes (or, with replace, rewrites) a record's search text, names and
// blocking keys. Called by records::RecordRepository in the transaction that saves it.
Result<void> writeIndexEntry(store::Database& db, qint64 recordId, const IndexEntry& entry, bool replace);
Result<void> indexRecord(store::Database& db, const records::Record& record, bool replace);

} // namespace sohoa::records
