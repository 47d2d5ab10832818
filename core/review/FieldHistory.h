#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace sohoa::store {
class Database;
}

namespace sohoa::review {

// One correction of a field, as workflow::editFields kept it.
struct FieldEdit {
    QString field;
    QString oldValue;
    QString newValue;
    QString editedBy;
    QString editedAt; // UTC ISO
};

// Every edit of a record, oldest first.
Result<QList<FieldEdit>> fieldHistory(store::Database& db, qint64 recordId);

} // namespace sohoa::review
