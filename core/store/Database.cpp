#include "core/store/Database.h"

#include "core/crypto/Hash.h"
#include "core/i18n/Tr.h"
#include "core/store/Errors.h"
#include "core/store/WalCheckpointer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <sqlite3.h>
#include <thread>
#include <utility>

namespace sohoa::store {

namespace {

// The page size in the header of the database's WAL, 0 when there is none.
// Format: https://www.sqlite.org/fileformat2.html#walformat (magic, version,
// page size, big-endian).
int walPageSize(const QString& databaseFile)
{
    QFile wal(databaseFile + QStringLiteral("-wal"));
    if (!wal.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray h = wal.read(32);
    if (h.size() < 32)
        return 0;
    if ((qFromBigEndian<quint32>(h.constData()) & 0xFFFFFFFEu) != 0x377f0682u)
        return 0;
    const quint32 size = qFromBigEndian<quint32>(h.constData() + 8);
    return size == Database::kPageSize || size == Database::kLegacyPageSize ? int(size) : 0;
}

void shortHashFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    sqlite3_result_int64(context, crypto::shortHash(QByteArrayView(text, size)));
}

// Process-wide settings, made before the first connection initialises the
// library (sqlite3_config refuses them afterwards). Memory statistics take a
// global mutex on every allocation, and full-text indexing allocates for each
// token; nothing here reads the statistics.
void configureLibraryOnce()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
}

} // namespace

Error sqliteError(int code, const QString& detail)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return makeError(errors::kDiskFull,
                         Tr::tr("The disk is full: nothing from this step was saved. Free some space and try "
                                "again; everything saved before is intact.") +
                             QStringLiteral(" (") + detail + QLatin1Char(')'));
    case SQLITE_NOTADB:
        return makeError(
            errors::kNotAStore,
            Tr::tr("This file is not a SoHoa store, its header is damaged, or the key is wrong."));
    case SQLITE_CORRUPT:
        return makeError(errors::kCorrupt,
                         Tr::tr("The store is damaged (%1). Restore it from the latest backup.").arg(detail));
    case SQLITE_CANTOPEN:
        return makeError(
            errors::kCannotOpen,
            Tr::tr("The store file cannot be opened or created (%1). Check the folder exists and "
                   "is writable.")
                .arg(detail));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(
            errors::kReadOnly,
            Tr::tr("The store cannot be written (%1). Check the folder's permissions.").arg(detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(errors::kBusy,
                         Tr::tr("The store is busy in another program; try again in a moment."));
    case SQLITE_IOERR:
        return makeError(
            errors::kIoError,
            Tr::tr("The disk reported an error (%1). Nothing from this step was saved.").arg(detail));
    case SQLITE_NOMEM:
        return makeError(errors::kSystemOutOfMemory, Tr::tr("Not enough memory."));
    case SQLITE_CONSTRAINT:
        return makeError(errors::kConstraint, detail);
    default:
        return makeError(errors::kError, Tr::tr("Store error: %1").arg(detail));
    }
}

// NOLINTNEXTLINE(performance-unnecessary-value-param): once per opened store; the header stays as it is.
Database::Database(sqlite3* db, QString file)
    : m_db(db)
    , m_file(file)
    , m_turns(file)
{
}

Result<void> Database::registerFunctions()
{
    // short_hash(text): crypto::shortHash for migrations that turn stored text
    // into hashes (record_keys, schema 9).
    const int rc = sqlite3_create_function_v2(m_db, "short_hash", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                              nullptr, &shortHashFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return lastError();
    return {};
}

void Database::useCheckpointer(std::shared_ptr<WalCheckpointer> checkpointer)
{
    m_checkpointer = std::move(checkpointer);
    if (m_checkpointer)
        m_checkpointer->attach(m_db, m_pageSize);
}

Database::~Database()
{
    for (auto& [sql, stmt] : m_cache)
        sqlite3_finalize(stmt);
    sqlite3_close_v2(m_db);
}

Result<Statement> Database::cached(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return lastError();
        it = m_cache.emplace(sql, stmt).first;
    }
    return Statement(it->second, this, true);
}

Result<std::unique_ptr<Database>> Database::open(const QString& file, const crypto::SecretBytes& rawKey,
                                                 OpenMode mode, int pageSize)
{
    if (pageSize != 0 || mode == OpenMode::CreateNew)
        return openWithPageSize(file, rawKey, mode, pageSize ? pageSize : kPageSize);
    // Frames left in the WAL must never meet a connection with another page
    // size; the WAL's header (not encrypted) says which one wrote them.
    if (const int walPages = walPageSize(file); walPages != 0)
        return openWithPageSize(file, rawKey, mode, walPages);
    auto db = openWithPageSize(file, rawKey, mode, kPageSize);
    if (db || db.error().code != errors::kNotAStore)
        return db;
    // A store made with the earlier page size, or the wrong key / not a store.
    auto legacy = openWithPageSize(file, rawKey, mode, kLegacyPageSize);
    return legacy ? std::move(legacy) : std::move(db);
}

Result<std::unique_ptr<Database>> Database::openWithPageSize(const QString& file,
                                                             const crypto::SecretBytes& rawKey, OpenMode mode,
                                                             int pageSize)
{
    if (mode == OpenMode::OpenExisting && !QFileInfo::exists(file))
        return makeError(errors::kNotFound, Tr::tr("No store at %1.").arg(file));
    if (mode == OpenMode::CreateNew && QFileInfo::exists(file))
        return makeError(errors::kExists, Tr::tr("A file already exists at %1.").arg(file));
    if (rawKey.size() != 32)
        return makeError(errors::kBadKey, Tr::tr("The store key has the wrong size."));

    configureLibraryOnce();
    sqlite3* raw = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == OpenMode::CreateNew)
        flags |= SQLITE_OPEN_CREATE;
    const QByteArray path = QFile::encodeName(file);
    int rc = sqlite3_open_v2(path.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, file));
    if (rc != SQLITE_OK)
        return sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(raw)));
    sqlite3_extended_result_codes(raw, 1);

    // Raw key as the blob literal x'<64 hex>' so SQLCipher skips its own KDF.
    {
        const crypto::SecretBytes hex = rawKey.toHex();
        crypto::SecretBytes literal(hex.size() + 3);
        literal.data()[0] = 'x';
        literal.data()[1] = '\'';
        std::copy(hex.data(), hex.data() + hex.size(), literal.data() + 2);
        literal.data()[hex.size() + 2] = '\'';
        rc = sqlite3_key(raw, literal.data(), static_cast<int>(literal.size()));
    }
    if (rc != SQLITE_OK)
        return sqliteError(rc, QString::fromUtf8(sqlite3_errmsg(raw)));
    db->m_pageSize = pageSize;
    const QByteArray cipherSettings = "PRAGMA cipher_page_size = " + QByteArray::number(pageSize) + ';';
    if (auto r = db->exec(cipherSettings.constData()); !r)
        return r.error();

    if (db->cipherVersion().isEmpty())
        return makeError(
            errors::kNoEncryption,
            Tr::tr("This build of SoHoa is linked with plain SQLite instead of SQLCipher; refusing "
                   "to store data unencrypted."));

    // The first read proves the key (a wrong key or a foreign file fails here).
    if (auto r = db->exec("SELECT count(*) FROM sqlite_master;"); !r)
        return r.error();

    if (auto r = db->registerFunctions(); !r)
        return r.error();

    // Temporary tables and sort spills stay in memory: nothing personal goes to
    // an unencrypted temp file.
    if (auto r = db->exec("PRAGMA temp_store = MEMORY;"
                          "PRAGMA foreign_keys = ON;");
        !r)
        return r.error();
    sqlite3_busy_handler(raw, &Database::onBusy, db.get());
    return db;
}

QString Database::cipherVersion()
{
    auto st = prepare("PRAGMA cipher_version;");
    if (!st)
        return {};
    auto has = st->next();
    return has && *has ? st->text(0) : QString();
}

Error Database::lastError(const QString& context) const
{
    QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (!context.isEmpty())
        detail = context + QStringLiteral(": ") + detail;
    return sqliteError(sqlite3_extended_errcode(m_db), detail);
}

Result<void> Database::exec(const char* sql)
{
    char* msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    doneWaiting();
    if (rc != SQLITE_OK) {
        const QString detail = msg ? QString::fromUtf8(msg) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(msg);
        return sqliteError(sqlite3_extended_errcode(m_db) ? sqlite3_extended_errcode(m_db) : rc, detail);
    }
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError();
    return Statement(stmt, this);
}

Result<qint64> Database::queryInt(const char* sql)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    auto has = st->next();
    if (!has)
        return has.error();
    return *has ? st->integer(0) : qint64(0);
}

Result<QString> Database::queryText(const char* sql)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    auto has = st->next();
    if (!has)
        return has.error();
    return *has ? st->text(0) : QString();
}

Result<void> Database::beforeCommit(const char* key, std::function<Result<void>()> task)
{
    if (!inTransaction())
        return task();
    for (auto& [k, t] : m_beforeCommit) {
        if (k == key) {
            t = std::move(task);
            return {};
        }
    }
    m_beforeCommit.emplace_back(key, std::move(task));
    return {};
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

// ---- Statement

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
    , m_done(other.m_done)
    , m_borrowed(other.m_borrowed)
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_done = other.m_done;
        m_borrowed = other.m_borrowed;
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_borrowed) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const char* utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindUtf8(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    // A non-null pointer even for an empty blob, so it is stored as x'' rather than NULL.
    static const char empty = 0;
    sqlite3_bind_blob(m_stmt, index, value.isEmpty() ? &empty : value.constData(),
                      static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Result<bool> Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    m_db->doneWaiting();
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        m_done = true;
        return false;
    }
    Error e = m_db->lastError();
    sqlite3_reset(m_stmt);
    return e;
}

Result<void> Statement::run()
{
    SOHOA_TRY(forEachRow([](const Statement&) {}));
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_done = false;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), n) : QByteArray();
}

// ---- Transaction

namespace {
constexpr auto kBusyTimeout = std::chrono::seconds(15);
constexpr auto kBusyPoll = std::chrono::milliseconds(1);
// Back to back: the next write begins within this of the last one's end.
constexpr auto kBackToBack = std::chrono::milliseconds(2);
// After this long writing back to back, a writer pauses for kWriterPause when
// another connection waits: any waiter gets in within ~0.1 s, and a writer
// alone never pauses.
constexpr auto kWriteStreak = std::chrono::milliseconds(50);
constexpr auto kWriterPause = std::chrono::milliseconds(3);
} // namespace

int Database::onBusy(void* self, int attempts)
{
    auto* db = static_cast<Database*>(self);
    const auto now = Clock::now();
    if (attempts == 0)
        db->m_busySince = now;
    else if (now - db->m_busySince >= kBusyTimeout)
        return 0; // SQLITE_BUSY: "the store is busy in another program"
    db->m_turns.startWaiting();
    std::this_thread::sleep_for(kBusyPoll);
    return 1;
}

void Database::yieldAfterLongWriteStreak()
{
    const auto now = Clock::now();
    if (now - m_lastWriteEnd > kBackToBack) {
        m_writeStreakStart = now;
        return;
    }
    if (now - m_writeStreakStart < kWriteStreak || !m_turns.othersWaiting())
        return; // asked again before each next transaction of the streak
    std::this_thread::sleep_for(kWriterPause);
    ++m_writerPauses;
    m_writeStreakStart = Clock::now();
}

Result<Transaction> Transaction::begin(Database& db)
{
    db.yieldAfterLongWriteStreak();
    if (auto r = db.exec("BEGIN IMMEDIATE;"); !r)
        return r.error();
    return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

Transaction::~Transaction()
{
    if (m_db) {
        m_db->m_beforeCommit.clear();
        (void)m_db->exec("ROLLBACK;");
        m_db->m_lastWriteEnd = Database::Clock::now();
    }
}

Result<void> Transaction::commit()
{
    Database* db = std::exchange(m_db, nullptr);
    auto tasks = std::move(db->m_beforeCommit);
    db->m_beforeCommit.clear();
    for (auto& [key, task] : tasks) {
        if (auto r = task(); !r) {
            (void)db->exec("ROLLBACK;");
            db->m_lastWriteEnd = Database::Clock::now();
            return r.error();
        }
    }
    auto r = db->exec("COMMIT;");
    if (!r)
        (void)db->exec("ROLLBACK;");
    db->m_lastWriteEnd = Database::Clock::now();
    return r;
}

} // namespace sohoa::store
