#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/store/Database.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QReadWriteLock>
#include <QThreadPool>
#include <QtConcurrent>
#include <memory>
#include <type_traits>

namespace sohoa::ui {

// The signed-in session and the threads that use its store. The UI thread
// never touches SQLite: writes run one at a time on a writer thread that owns
// the session's connection (so they are ordered as the clerk made them), reads
// run on a small pool whose threads each keep their own connection (the store
// is in WAL mode, so reads never wait for the writer).
class StoreAccess : public QObject {
    Q_OBJECT
public:
    explicit StoreAccess(std::unique_ptr<accounts::Session> session, QObject* parent = nullptr);
    // Waits for work in flight, records the sign-out, closes every connection
    // and wipes the data key (the session is destroyed).
    ~StoreAccess() override;

    // Snapshot of the signed-in account, safe to read on the UI thread.
    const accounts::Account& account() const { return m_account; }
    QString actor() const { return m_account.name; }
    bool can(accounts::Permission p) const;
    QString storePath() const { return m_storePath; }

    // Runs f(store::Database&) on a reader thread. f returns a Result<...>.
    template <typename F> auto read(F f) -> QFuture<std::invoke_result_t<F, store::Database&>>
    {
        using R = std::invoke_result_t<F, store::Database&>;
        return QtConcurrent::run(&m_readers, [this, f = std::move(f)]() mutable -> R {
            QReadLocker rekey(&m_rekeyLock); // never during a key rotation
            auto db = readerConnection();
            if (!db)
                return R(db.error());
            return f(**db);
        });
    }

    // Runs f(accounts::Session&) on the writer thread, after every write
    // submitted before it; storeChanged() follows on the UI thread.
    template <typename F> auto write(F f) -> QFuture<std::invoke_result_t<F, accounts::Session&>>
    {
        using R = std::invoke_result_t<F, accounts::Session&>;
        return QtConcurrent::run(&m_writer, [this, f = std::move(f)]() mutable -> R {
            R result = f(*m_session);
            QMetaObject::invokeMethod(this, &StoreAccess::storeChanged, Qt::QueuedConnection);
            return result;
        });
    }

    // Administrators: replaces the store's data key (after an account was
    // disabled, so that a key its owner kept opens nothing). Runs on the writer
    // thread after the writes queued before it; reads wait meanwhile and their
    // connections are reopened under the new key. Refused (store busy) while an
    // import or a sync run still has its own connection open.
    QFuture<Result<void>> rotateDataKey();

    // Records the sign-out with its reason ("user", "idle_lock", "window_closed")
    // once every queued write is done. Blocks until then: call when leaving.
    void signOut(const QString& reason);

    // The thread pool for long jobs (imports, bulk decisions) so they do not
    // hold up the readers that fill lists.
    QThreadPool* jobPool() { return &m_jobs; }

    // No read or write is running or queued (tests and screenshots wait for it).
    bool isIdle() const;

    // The session itself, only for core jobs that run on their own thread with
    // their own connection and read nothing but the account from it
    // (ingest::IngestJob, ingest::ScanJob). It outlives every job started here.
    accounts::Session& sessionForJobs() { return *m_session; }

Q_SIGNALS:
    // Something in the store changed (a write here, an import job, ...):
    // visible views refresh their figures.
    void storeChanged();

private:
    Result<store::Database*> readerConnection();

    std::unique_ptr<accounts::Session> m_session;
    accounts::Account m_account;
    QString m_storePath;
    QThreadPool m_writer;
    QThreadPool m_readers;
    QThreadPool m_jobs;
    QMutex m_mutex;
    QReadWriteLock m_rekeyLock;
    QHash<QThread*, std::shared_ptr<store::Database>> m_readerConnections;
    bool m_signedOut = false;
};

} // namespace sohoa::ui
