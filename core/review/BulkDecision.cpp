#include "core/review/BulkDecision.h"

#include "core/review/RecordRows.h"
#include "core/workflow/Workflow.h"

namespace sohoa::review {

Result<BulkOutcome> approveWithoutWarnings(accounts::Session& session, const QList<qint64>& recordIds,
                                           const std::function<void(int, int)>& progress,
                                           const CancelToken& cancel)
{
    SOHOA_TRY(session.require(accounts::Permission::Approve));
    BulkOutcome out;
    int done = 0;
    for (qint64 id : recordIds) {
        if (cancel.isCancelled()) {
            out.cancelled = true;
            break;
        }
        // No acknowledgement: a record that gained a warning since it was listed is refused, not waved
        // through.
        auto r = workflow::approveRecord(session, id, workflow::Decision{false});
        if (r)
            out.approved.append(id);
        else
            out.refused.append({id, r.error().code, r.error().message});
        ++done;
        if (progress)
            progress(done, int(recordIds.size()));
    }
    return out;
}

Result<QList<qint64>> cleanVerifiedRecords(accounts::Session& session, qint64 batchId)
{
    SOHOA_TRY(session.require(accounts::Permission::Approve));
    RowQuery q;
    q.batchId = batchId;
    q.states = {records::RecordState::Verified};
    q.notVerifiedBy = session.actor();
    q.withoutIssues = true;
    q.limit = 5000;
    QList<qint64> ids;
    for (;;) {
        auto rows = recordRows(session.db(), q);
        if (!rows)
            return rows.error();
        for (const RecordRow& r : std::as_const(*rows))
            ids.append(r.id);
        if (rows->size() < q.limit)
            break;
        q.afterId = rows->last().id;
    }
    return ids;
}

} // namespace sohoa::review
