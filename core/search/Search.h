#pragma once

#include "core/common/Result.h"
#include "core/records/Record.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sohoa::store {
class Database;
}

namespace sohoa::search {

struct SearchQuery {
    QString text; // what the user typed: names, places, numbers, dates (13/05/1990 or 1990-05-13)
    int limit = 20;
    bool asYouType = true; // the last word is a prefix ("nguyen van a" finds "Nguyễn Văn An")
    // Optional filters.
    QString type;
    std::optional<records::RecordState> state;
    qint64 batchId = 0;
};

struct SearchHit {
    qint64 recordId = 0;
    QString type;
    records::RecordState state = records::RecordState::ToVerify;
    qint64 batchId = 0;
    QString title;                  // the person(s) the record is about, as printed
    QStringList matchedFields;      // keys of the fields the query matched
    QMap<QString, QString> snippet; // those fields' values (SPEC form), for the result list
    double score = 0;               // higher is better
};

// Accent- and case-insensitive full-text search over names, places and
// numbers ("nguyen van an", "Nguyễn Văn An" and "NGUYEN VAN AN" find the same
// records), best first: the whole name equal to the query, then the query as
// a phrase in a name, then every word anywhere; newer records first among
// equals. Meant to run as the user types (see bench/search_bench.cpp).
Result<QList<SearchHit>> searchRecords(store::Database& db, const SearchQuery& query);
Result<QList<SearchHit>> searchRecords(store::Database& db, const QString& text, int limit = 20);

// The folded words of a query as the index holds them (dates as YYYYMMDD).
QStringList queryTerms(const QString& text);

} // namespace sohoa::search
