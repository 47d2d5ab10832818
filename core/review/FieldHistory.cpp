#include "core/review/FieldHistory.h"

#include "core/store/Database.h"

namespace sohoa::review {

Result<QList<FieldEdit>> fieldHistory(store::Database& db, qint64 recordId)
{
    auto st = db.prepare("SELECT field, old_value, new_value, edited_by, edited_at FROM field_edits "
                         "WHERE record_id = ? ORDER BY id;");
    if (!st)
        return st.error();
    st->bind(1, recordId);
    QList<FieldEdit> out;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) {
        out.append({row.text(0), row.text(1), row.text(2), row.text(3), row.text(4)});
    }));
    return out;
}

} // namespace sohoa::review
