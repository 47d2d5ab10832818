#include "core/store/StoreDatabase.h"

#include "core/store/Migrations.h"
#include "core/store/WalCheckpointer.h"

namespace sohoa::store {

Result<void> applyConnectionSettings(Database& db)
{
    // WAL: readers (UI) never wait for the writer (OCR import). SQLCipher encrypts
    // WAL frames like database pages. FULL: a commit survives power loss too.
    return db.exec("PRAGMA journal_mode = WAL;"
                   "PRAGMA synchronous = FULL;"
                   "PRAGMA cache_size = -32000;");
}

Result<std::unique_ptr<Database>> openStoreDatabase(const StoreLayout& layout,
                                                    const crypto::SecretBytes& dataKey, Migrate migrate,
                                                    const UpgradeStarted& onUpgrade)
{
    auto db = Database::open(layout.databaseFile(), dataKey, Database::OpenMode::OpenExisting);
    if (!db)
        return db.error();
    // Version check before any pragma that writes, so a newer store stays untouched.
    auto version = (*db)->queryInt("PRAGMA user_version;");
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return migrateSchema(**db).error();
    if (auto r = applyConnectionSettings(**db); !r)
        return r.error();
    (*db)->useCheckpointer(WalCheckpointer::forFile(layout.databaseFile(), dataKey));
    if (migrate == Migrate::Yes) {
        if (auto r = migrateSchema(**db, 0, onUpgrade); !r)
            return r.error();
    }
    return std::move(*db);
}

Result<std::unique_ptr<Database>> createStoreDatabase(const StoreLayout& layout,
                                                      const crypto::SecretBytes& dataKey)
{
    auto db = Database::open(layout.databaseFile(), dataKey, Database::OpenMode::CreateNew);
    if (!db)
        return db.error();
    if (auto r = applyConnectionSettings(**db); !r)
        return r.error();
    (*db)->useCheckpointer(WalCheckpointer::forFile(layout.databaseFile(), dataKey));
    if (auto r = migrateSchema(**db); !r)
        return r.error();
    return std::move(*db);
}

Result<QString> readMeta(Database& db, const char* key)
{
    auto st = db.prepare("SELECT value FROM meta WHERE key = ?;");
    if (!st)
        return st.error();
    st->bind(1, key);
    auto has = st->next();
    if (!has)
        return has.error();
    return *has ? st->text(0) : QString();
}

Result<void> writeMeta(Database& db, const char* key, const QString& value)
{
    auto st = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?);");
    if (!st)
        return st.error();
    st->bind(1, key).bind(2, value);
    return st->run();
}

} // namespace sohoa::store
