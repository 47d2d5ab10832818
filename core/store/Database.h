#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/store/WriterTurns.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sohoa::store {

class Statement;
class WalCheckpointer;

// One connection to an SQLCipher database, through SQLCipher's C API (Qt's
// QSQLITE plugin links plain SQLite and cannot open an encrypted file). A
// connection belongs to one thread at a time; open another for another thread.
class Database {
public:
    enum class OpenMode { OpenExisting, CreateNew };

    // SQLCipher page size of databases made now. Each page carries its own IV
    // and HMAC and is written with its own call: 16 KiB pages made inserting
    // records about a quarter faster than 4 KiB (bench/store_bench).
    static constexpr int kPageSize = 16384;
    // The page size of stores made before; they open as they are, and
    // `store rekey` rewrites them with kPageSize.
    static constexpr int kLegacyPageSize = 4096;

    // Opens with a raw 256-bit key (no passphrase KDF inside SQLCipher: the key
    // already comes from Argon2id or a random draw) and proves the key by reading.
    // pageSize 0: kPageSize for a new file; for an existing one the page size
    // its WAL header names, else kPageSize, then kLegacyPageSize (the database
    // header is encrypted with the rest: trying is the only other way to learn it).
    static Result<std::unique_ptr<Database>> open(const QString& file, const crypto::SecretBytes& rawKey,
                                                  OpenMode mode, int pageSize = 0);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements that return no rows.
    Result<void> exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    // A statement prepared once per connection and reused (hot paths: inserting
    // records, indexing, the audit chain). `sql` must be a string literal or
    // otherwise outlive the connection. The statement is reset when the
    // returned Statement goes away (it is borrowed, not finalized).
    Result<Statement> cached(const char* sql);
    // Single-value helpers for the common "SELECT x FROM ..." case.
    Result<qint64> queryInt(const char* sql);
    Result<QString> queryText(const char* sql);

    // One-statement helpers: prepare `sql`, bind `args` to its parameters in
    // order (QString, const char*, integers, double, nullptr for NULL; blobs
    // and UTF-8 byte arrays need Statement::bindBlob/bindUtf8), then:
    // execute(): run it to the end (INSERT/UPDATE/DELETE);
    //   SOHOA_TRY(db.execute("UPDATE accounts SET active = ? WHERE id = ?;", active, id));
    template <typename... Args> Result<void> execute(const char* sql, const Args&... args);
    // queryRow(): step to the first row; the statement positioned on it, or
    // std::nullopt when the query returned none.
    //   SOHOA_TRY_ASSIGN(auto row, db.queryRow("SELECT name FROM accounts WHERE id = ?;", id));
    //   if (!row) return notFound(id);
    //   return row->text(0);
    template <typename... Args>
    Result<std::optional<Statement>> queryRow(const char* sql, const Args&... args);

    // Work that must happen once per write transaction, just before COMMIT
    // (e.g. recording the audit chain's head). A task registered again under
    // the same key replaces the earlier one. Outside a transaction it runs at once.
    Result<void> beforeCommit(const char* key, std::function<Result<void>()> task);
    bool inTransaction() const;

    qint64 lastInsertId() const;
    int changes() const;
    QString file() const { return m_file; }
    sqlite3* handle() const { return m_db; }

    // Hands this connection's WAL checkpoints to a background checkpointer
    // (store connections; see WalCheckpointer).
    void useCheckpointer(std::shared_ptr<WalCheckpointer> checkpointer);

    // SQLCipher's version string; empty if this is plain SQLite (a broken build).
    QString cipherVersion();

    // How often this connection paused between transactions to let another
    // writer in (benchmarks, tests).
    int writerPauses() const { return m_writerPauses; }

    Error lastError(const QString& context = {}) const;

    // The SQLCipher page size this connection uses. External tools opening a
    // store must issue "PRAGMA cipher_page_size = <it>" right after the key.
    int pageSize() const { return m_pageSize; }

private:
    Database(sqlite3* db, QString file);
    Result<void> registerFunctions();
    // bench/store_bench.cpp defines it to run the same insert path on a plain
    // SQLite file for comparison; nothing in the product can open one.
    friend struct PlaintextComparison;
    static Result<std::unique_ptr<Database>>
    openWithPageSize(const QString& file, const crypto::SecretBytes& rawKey, OpenMode mode, int pageSize);
    sqlite3* m_db;
    QString m_file;
    int m_pageSize = kPageSize;
    std::unordered_map<const char*, sqlite3_stmt*> m_cache;
    std::vector<std::pair<const char*, std::function<Result<void>()>>> m_beforeCommit;
    std::shared_ptr<WalCheckpointer> m_checkpointer; // outlives m_db's close (see ~Database)

    // Turns between writers. SQLite's busy handling is not fair: a connection
    // writing transaction after transaction leaves no gap, and another
    // connection (often another process: the CLI beside the desktop) waits out
    // its timeout. Waiters poll every millisecond and say that they wait
    // (WriterTurns); a writer that has written back to back for a while pauses
    // briefly before its next transaction when someone does.
    static int onBusy(void* self, int attempts);
    void yieldAfterLongWriteStreak();
    void doneWaiting()
    {
        if (m_turns.waiting())
            m_turns.stopWaiting();
    }
    using Clock = std::chrono::steady_clock;
    Clock::time_point m_busySince{}, m_lastWriteEnd{}, m_writeStreakStart{};
    WriterTurns m_turns;
    int m_writerPauses = 0;
    friend class Transaction;
    friend class Statement;
};

// A prepared statement. Bind indexes are 1-based as in SQLite.
class Statement {
public:
    Statement() = default;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    ~Statement();

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* utf8);
    Statement& bindUtf8(int index, const QByteArray& utf8);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);
    // Binds a null for an empty/null string: optional text columns.
    Statement& bindOptional(int index, const QString& value);

    // true: a row is ready to read; false: done.
    Result<bool> next();
    // Calls row(*this) for every result row, in order. Stops at SQLite's
    // first error, or at row's when it returns a Result<void>.
    template <typename RowFn> Result<void> forEachRow(RowFn&& row);
    // Runs to completion (INSERT/UPDATE/DELETE).
    Result<void> run();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;

    // Binds args to parameters 1, 2, … in order (see Database::execute).
    template <typename... Args> Statement& bindAll(const Args&... args);

private:
    friend class Database;
    Statement& bindOne(int index, std::nullptr_t) { return bindNull(index); }
    template <typename T> Statement& bindOne(int index, const T& value)
    {
        // A QByteArray would bind as a C string through its implicit conversion.
        static_assert(!std::is_same_v<T, QByteArray>, "bind byte arrays with bindBlob or bindUtf8");
        if constexpr (std::is_same_v<T, bool>)
            return bind(index, qint64(value));
        else
            return bind(index, value);
    }
    Statement(sqlite3_stmt* stmt, Database* db, bool borrowed = false)
        : m_stmt(stmt)
        , m_db(db)
        , m_borrowed(borrowed)
    {
    }
    void release();
    sqlite3_stmt* m_stmt = nullptr;
    Database* m_db = nullptr;
    bool m_done = false;
    bool m_borrowed = false; // from the connection's cache: reset on release, never finalized
};

template <typename RowFn> Result<void> Statement::forEachRow(RowFn&& row)
{
    for (;;) {
        auto has = next();
        if (!has)
            return has.error();
        if (!*has)
            return {};
        if constexpr (std::is_void_v<std::invoke_result_t<RowFn&, const Statement&>>)
            row(std::as_const(*this));
        else if (auto r = row(std::as_const(*this)); !r)
            return r.error();
    }
}

template <typename... Args> Statement& Statement::bindAll(const Args&... args)
{
    int index = 0;
    (bindOne(++index, args), ...);
    return *this;
}

template <typename... Args> Result<void> Database::execute(const char* sql, const Args&... args)
{
    SOHOA_TRY_ASSIGN(Statement st, prepare(sql));
    st.bindAll(args...);
    return st.run();
}

template <typename... Args>
Result<std::optional<Statement>> Database::queryRow(const char* sql, const Args&... args)
{
    SOHOA_TRY_ASSIGN(Statement st, prepare(sql));
    st.bindAll(args...);
    SOHOA_TRY_ASSIGN(const bool has, st.next());
    if (!has)
        return std::optional<Statement>{};
    return std::optional<Statement>{std::move(st)};
}

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted. Writers take
// the lock up front so two processes never deadlock upgrading read locks.
class Transaction {
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();
    Result<void> commit();

private:
    explicit Transaction(Database* db)
        : m_db(db)
    {
    }
    Database* m_db;
};

// Maps SQLite result codes to stable error codes with messages a clerk can act on.
Error sqliteError(int code, const QString& detail);

} // namespace sohoa::store
