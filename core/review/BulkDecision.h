#pragma once

#include "core/accounts/Session.h"
#include "core/common/CancelToken.h"
#include "core/common/Result.h"

#include <QList>
#include <QString>
#include <functional>

namespace sohoa::review {

struct BulkOutcome {
    QList<qint64> approved;
    struct Refusal {
        qint64 recordId = 0;
        QString code;
        QString message;
    };
    QList<Refusal> refused; // each with the workflow's reason (other verifier, new warning, ...)
    bool cancelled = false;
};

// Approves each record that the workflow accepts without acknowledgement of
// warnings (one transaction and audit entry per record, so a refusal or a
// cancel keeps the decisions already taken). `progress(done, total)` is called
// after each record; `cancel` is checked between records.
Result<BulkOutcome> approveWithoutWarnings(accounts::Session& session, const QList<qint64>& recordIds,
                                           const std::function<void(int, int)>& progress = {},
                                           const CancelToken& cancel = {});

// The verified records another account may approve and that carry no issue at all.
Result<QList<qint64>> cleanVerifiedRecords(accounts::Session& session, qint64 batchId = 0);

} // namespace sohoa::review
