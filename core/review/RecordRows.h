#pragma once

#include "core/common/Result.h"
#include "core/records/Record.h"

#include <QList>
#include <QString>

namespace sohoa::store {
class Database;
}

namespace sohoa::review {

// One line of a record list (queues, review, search results): enough to show
// and sort without loading every field. Holds personal data (the title): keep
// it in memory only.
struct RecordRow {
    qint64 id = 0;
    qint64 batchId = 0;
    QString batchName;
    qint64 documentId = 0;
    int pageNo = 1;
    QString type;
    records::RecordState state = records::RecordState::ToVerify;
    QString title; // the person(s) the record is about, e.g. "NGUYỄN VĂN AN"
    int errors = 0;
    int warnings = 0;
    double lowestConfidence = 1; // over OCR-read fields; 1 when none
    QString updatedAt, createdBy, verifiedBy, verifiedAt, decidedBy, rejectReason;
};

struct RowQuery {
    qint64 batchId = 0;                 // 0 = every batch
    QList<records::RecordState> states; // empty = every state
    QString type;                       // empty = every type
    QString verifiedBy;                 // only records verified by this account
    QString notVerifiedBy;              // leave out records verified by this account
    bool withoutIssues = false;         // only records with neither errors nor warnings
    enum class Held { Any, Exclude, Only };
    Held held = Held::Any; // records put aside as "cần hỏi" (workflow::holdRecord)
    QList<qint64> ids;     // only these records (search results)
    qint64 afterId = 0;    // keyset paging: ids greater than this
    int limit = 200;
};

// Rows in id order, `limit` at a time (a list over 100k records asks page by page).
Result<QList<RecordRow>> recordRows(store::Database& db, const RowQuery& query);
Result<qint64> countRows(store::Database& db, const RowQuery& query);
// Only the ids (every match, `limit` ignored): a verification queue of a batch.
Result<QList<qint64>> recordIds(store::Database& db, const RowQuery& query);

// The text that names a record in lists: the first person-name field of its
// type, and for types that describe two people side by side (marriage) both.
QString recordTitle(const records::Record& record);

} // namespace sohoa::review
