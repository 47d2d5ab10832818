#include "review/FieldHistory.h"

#include "store/Database.h"

namespace sohoa::review {

Result<QList<FieldEdit>> fieldHistory(store::Database& db, qint64 recordId)
{
    auto st = db.prepare("SELECT field, old_value, new_value, edited_by, edited_at FROM field_edits "
                         "WHERE record_id = ? ORDER BY id;");
    if (!st)
        return st.error();
    st->bind(1, recordId);
    QList<FieldEdit> out;
    for (;;) {
        auto has = st->next();
        if (!has)
            return has.error();
        if (!*has)
            break;
        out.append({st->text(0), st->text(1), st->text(2), st->text(3), st->text(4)});
    }
    return out;
}

} // namespace sohoa::review
