#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace sohoa::store {

class Statement;

// One connection to an SQLCipher database, through SQLCipher's C API (Qt's
// QSQLITE plugin links plain SQLite and cannot open an encrypted file). A
// connection belongs to one thread at a time; open another for another thread.
class Database {
public:
    enum class OpenMode { OpenExisting, CreateNew };

    // Opens with a raw 256-bit key (no passphrase KDF inside SQLCipher: the key
    // already comes from Argon2id or a random draw) and proves the key by reading.
    static Result<std::unique_ptr<Database>> open(const QString& file, const crypto::SecretBytes& rawKey,
                                                  OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements that return no rows.
    Result<void> exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    // Single-value helpers for the common "SELECT x FROM ..." case.
    Result<qint64> queryInt(const char* sql);
    Result<QString> queryText(const char* sql);

    qint64 lastInsertId() const;
    int changes() const;
    QString file() const { return m_file; }
    sqlite3* handle() const { return m_db; }

    // SQLCipher's version string; empty if this is plain SQLite (a broken build).
    QString cipherVersion();

    Error lastError(const QString& context = {}) const;

private:
    Database(sqlite3* db, QString file);
    sqlite3* m_db;
    QString m_file;
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
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindNull(int index);
    // Binds a null for an empty/null string: optional text columns.
    Statement& bindOptional(int index, const QString& value);

    // true: a row is ready to read; false: done.
    Result<bool> next();
    // Runs to completion (INSERT/UPDATE/DELETE).
    Result<void> run();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, Database* db) : m_stmt(stmt), m_db(db) {}
    sqlite3_stmt* m_stmt = nullptr;
    Database* m_db = nullptr;
    bool m_done = false;
};

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
    explicit Transaction(Database* db) : m_db(db) {}
    Database* m_db;
};

// Maps SQLite result codes to stable error codes with messages a clerk can act on.
Error sqliteError(int code, const QString& detail);

} // namespace sohoa::store
