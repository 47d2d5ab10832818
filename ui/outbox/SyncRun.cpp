#include "ui/outbox/SyncRun.h"

#include "ui/common/Async.h"
#include "ui/common/Messages.h"
#include "ui/common/StoreAccess.h"
#include "ui/common/Tr.h"

#include <QCoreApplication>
#include <QPointer>

namespace sohoa::ui {

SyncRun::SyncRun(StoreAccess* store, const sync::SyncOptions& options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
{
}

SyncRun::~SyncRun()
{
    stop();
}

void SyncRun::start()
{
    QPointer<SyncRun> self(this);
    auto progress = [self](const sync::SyncProgress& p) {
        QMetaObject::invokeMethod(
            self,
            [self, p] {
                if (self)
                    Q_EMIT self->progressed(p);
            },
            Qt::QueuedConnection);
    };
    StoreAccess* store = m_store;
    auto job = QtConcurrent::run(
        store->jobPool(),
        [store, options = m_options, cancel = m_cancel, progress]() -> Result<sync::SyncSummary> {
            accounts::Session& session = store->sessionForJobs();
            SOHOA_TRY(session.require(accounts::Permission::Sync));
            auto db = session.openConnection();
            if (!db)
                return db.error();
            sync::SyncEngine engine(**db, session.actor(), options);
            engine.setCancelToken(cancel);
            engine.setProgressHandler(progress);
            return engine.run();
        });
    whenDone(job, this, [this](const Result<sync::SyncSummary>& summary) {
        Q_EMIT m_store->storeChanged(); // every screen that counts records sees the answers
        Q_EMIT finished(summary);
    });
}

QString syncOutcomeText(const sync::SyncSummary& summary, bool stopped, bool* complete)
{
    QString text = Tr::tr("%1 accepted, %2 rejected, %3 in conflict.")
                       .arg(summary.accepted)
                       .arg(summary.rejected)
                       .arg(summary.conflicts);
    const int unsent = summary.failedWillRetry + summary.needsAttention + summary.waiting;
    if (unsent)
        text +=
            QLatin1Char(' ') + Tr::tr("%1 record(s) not delivered yet; they stay in the outbox.").arg(unsent);
    // The first network or registry trouble, in the words the clerk gets elsewhere.
    QString problem = summary.stoppedMessage;
    if (problem.isEmpty() && summary.failedWillRetry)
        for (const sync::OutboxRecord& r : summary.records)
            if (r.state == sync::SyncState::FailedWillRetry && !r.lastMessage.isEmpty()) {
                problem = clerkMessage(Error{r.lastCode, r.lastMessage});
                break;
            }
    if (!problem.isEmpty())
        text += QLatin1Char('\n') + problem;
    if (stopped)
        text += QLatin1Char(' ') + Tr::tr("Stopped before the end; what was answered is kept.");
    if (summary.records.isEmpty() && problem.isEmpty())
        text = Tr::tr("Nothing was waiting to be sent.");
    *complete = unsent == 0 && summary.stoppedCode.isEmpty();
    return text;
}

} // namespace sohoa::ui
