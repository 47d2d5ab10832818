#include "ui/common/StoreAccess.h"

namespace sohoa::ui {

StoreAccess::StoreAccess(std::unique_ptr<accounts::Session> session, QObject* parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_account(m_session->account())
    , m_storePath(m_session->layout().dir)
{
    m_writer.setMaxThreadCount(1);
    m_writer.setExpiryTimeout(-1); // one thread for the lifetime: it owns the session's connection
    m_readers.setMaxThreadCount(2);
    m_readers.setExpiryTimeout(-1); // threads keep their connections
    m_jobs.setMaxThreadCount(2);
}

StoreAccess::~StoreAccess()
{
    signOut(QStringLiteral("window_closed"));
    m_jobs.waitForDone();
    m_readers.waitForDone();
    m_writer.waitForDone();
    {
        QMutexLocker lock(&m_mutex);
        m_readerConnections.clear();
    }
    m_session.reset();
}

bool StoreAccess::can(accounts::Permission p) const
{
    if (!m_account.active)
        return false;
    return accounts::roleHas(m_account.role, p);
}

void StoreAccess::signOut(const QString& reason)
{
    if (m_signedOut)
        return;
    m_signedOut = true;
    m_jobs.waitForDone();
    auto done = QtConcurrent::run(&m_writer, [this, reason] { m_session->signOut(reason); });
    done.waitForFinished();
}

bool StoreAccess::isIdle() const
{
    return m_writer.activeThreadCount() == 0 && m_readers.activeThreadCount() == 0 &&
           m_jobs.activeThreadCount() == 0;
}

QFuture<Result<void>> StoreAccess::rotateDataKey()
{
    return write([this](accounts::Session& s) -> Result<void> {
        QWriteLocker rekey(&m_rekeyLock);
        {
            // No read runs now: close the readers' connections (they would keep the old file).
            QMutexLocker lock(&m_mutex);
            m_readerConnections.clear();
        }
        return s.rotateDataKey();
    });
}

Result<store::Database*> StoreAccess::readerConnection()
{
    QMutexLocker lock(&m_mutex);
    auto& slot = m_readerConnections[QThread::currentThread()];
    if (!slot) {
        auto db = m_session->openConnection();
        if (!db)
            return db.error();
        slot = std::shared_ptr<store::Database>(std::move(*db));
    }
    return slot.get();
}

} // namespace sohoa::ui
