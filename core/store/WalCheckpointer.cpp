#include "core/store/WalCheckpointer.h"

#include "core/store/Database.h"

#include <QFileInfo>
#include <QMap>
#include <sqlite3.h>

namespace sohoa::store {

namespace {

std::mutex registryMutex;
QMap<QString, std::weak_ptr<WalCheckpointer>> registry;

} // namespace

long WalCheckpointer::connectionsTo(const QString& file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    std::lock_guard lock(registryMutex);
    return registry.value(path).use_count();
}

std::shared_ptr<WalCheckpointer> WalCheckpointer::forFile(const QString& file, const crypto::SecretBytes& key)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    std::lock_guard lock(registryMutex);
    // A different key means the file was replaced (key rotation): a new
    // checkpointer with a connection to the new file.
    if (auto existing = registry.value(path).lock(); existing && existing->m_key.equals(key))
        return existing;
    std::shared_ptr<WalCheckpointer> made(new WalCheckpointer(path, key.clone()));
    registry.insert(path, made);
    return made;
}

WalCheckpointer::WalCheckpointer(QString file, crypto::SecretBytes key)
    : m_file(std::move(file))
    , m_key(std::move(key))
{
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::attach(sqlite3* db, int pageSize)
{
    m_pageSize = pageSize;
    // Replaces SQLite's automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(db, &WalCheckpointer::onWalCommit, this);
}

int WalCheckpointer::onWalCommit(void* self, sqlite3* db, const char* dbName, int pages)
{
    auto* checkpointer = static_cast<WalCheckpointer*>(self);
    const qint64 bytes = qint64(pages) * checkpointer->m_pageSize;
    if (bytes >= kWriterBytes)
        sqlite3_wal_checkpoint_v2(db, dbName, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    else if (bytes >= kRequestBytes)
        checkpointer->request();
    return SQLITE_OK;
}

void WalCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

int WalCheckpointer::completed() const
{
    std::lock_guard lock(m_mutex);
    return m_completed;
}

void WalCheckpointer::run()
{
    std::unique_ptr<Database> db;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_requested || m_stopping; });
            if (m_stopping)
                break;
            m_requested = false;
        }
        if (!db) {
            auto opened = Database::open(m_file, m_key, Database::OpenMode::OpenExisting);
            if (!opened)
                continue; // the next commit asks again; past kWriterBytes writers checkpoint themselves
            db = std::move(*opened);
        }
        // BUSY (another checkpoint running, e.g. in another process) is fine: it does the work.
        sqlite3_wal_checkpoint_v2(db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        std::lock_guard lock(m_mutex);
        ++m_completed;
    }
}

} // namespace sohoa::store
