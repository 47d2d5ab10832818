#pragma once

#include "core/common/Result.h"
#include "core/records/Record.h"

#include <QStringList>

namespace sohoa::store {
class Database;
}

namespace sohoa::search {

// Score at or above which two records are reported as probably the same event.
inline constexpr double kDuplicateThreshold = 0.88;

struct DuplicateMatch {
    qint64 recordId = 0;
    double score = 0;    // 0..1
    QStringList reasons; // machine-readable: "name", "date", "id", "parcel", "date_near", ...
};

// How alike two records of the same type are (0..1), by the type's
// "duplicate" rule: Jaro-Winkler on folded names (the given name weighs as
// much as the whole), dates equal or one misread digit apart, identifiers
// equal or clearly different, registration numbers. Records of different
// types score 0.
double duplicateScore(const records::Record& a, const records::Record& b, QStringList* reasons = nullptr);

// Records in the store (any batch) that are probably the same person and
// event as `record`, best first: candidates share a blocking key
// (records/RecordIndex.h), then are scored. `record.id` is excluded.
Result<QList<DuplicateMatch>> findDuplicates(store::Database& db, const records::Record& record,
                                             double threshold = kDuplicateThreshold, int limit = 5);

// `duplicate.suspect` warnings for findDuplicates(): the message names the
// other record, details {"other_record": id, "score": s}.
Result<QList<records::Issue>> findDuplicateIssues(store::Database& db, const records::Record& record);

} // namespace sohoa::search
