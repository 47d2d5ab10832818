#include "search/Duplicates.h"

#include "records/RecordRepository.h"

#include <QCoreApplication>

namespace sohoa::search {

Result<QList<records::Issue>> findDuplicateIssues(store::Database& db, const records::Record& record)
{
    QList<records::Issue> out;
    auto others = records::recordsSharingKeys(db, record);
    if (!others)
        return others.error();
    for (qint64 other : *others) {
        records::Issue i;
        i.code = QStringLiteral("duplicate.suspect");
        i.severity = records::Severity::Warning;
        i.message = QCoreApplication::translate("sohoa::search", "Probably the same event as record %1.").arg(other);
        i.details = {{QStringLiteral("other_record"), double(other)}};
        out.append(i);
    }
    return out;
}

} // namespace sohoa::search
