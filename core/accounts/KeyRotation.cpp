#include "core/accounts/KeyRotation.h"

#include "core/accounts/Errors.h"
#include "core/accounts/Session.h"
#include "core/audit/Actions.h"
#include "core/common/Clock.h"
#include "core/i18n/Tr.h"
#include "core/store/Errors.h"
#include "core/store/Keyring.h"
#include "core/store/Migrations.h"
#include "core/store/StoreDatabase.h"
#include "core/store/WalCheckpointer.h"

#include <QCoreApplication>
#include <QFile>
#include <csignal>

namespace sohoa::accounts {

namespace {

QString rekeyDatabase(const store::StoreLayout& l)
{
    return l.databaseFile() + QStringLiteral(".rekey");
}

QString rekeyKeyring(const store::StoreLayout& l)
{
    return l.keyringFile() + QStringLiteral(".rekey");
}

// The journal files beside a database, which must never meet a different database file.
void removeDatabaseSideFiles(const QString& file)
{
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QFile::remove(file + QStringLiteral("-journal"));
}

void removeDatabaseFiles(const QString& file)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QFile::remove(file + QStringLiteral("-journal"));
}

// Fault injection for the rekey crash test: SOHOA_TEST_CRASH_AT=<step> makes
// the process kill itself (SIGKILL: no clean-up runs) when it reaches that step.
void crashPoint(const char* step)
{
    static const QByteArray wanted = qgetenv("SOHOA_TEST_CRASH_AT");
    if (!wanted.isEmpty() && wanted == step) {
#ifdef SIGKILL
        std::raise(SIGKILL);
#else
        std::abort();
#endif
    }
}

bool opensWith(const QString& file, const crypto::SecretBytes& key)
{
    return store::Database::open(file, key, store::Database::OpenMode::OpenExisting).ok();
}

// The raw-key literal for ATTACH ... KEY, in guarded memory.
crypto::SecretBytes keyLiteral(const crypto::SecretBytes& key)
{
    const crypto::SecretBytes hex = key.toHex();
    crypto::SecretBytes lit(hex.size() + 3);
    lit.data()[0] = 'x';
    lit.data()[1] = '\'';
    std::copy(hex.data(), hex.data() + hex.size(), lit.data() + 2);
    lit.data()[hex.size() + 2] = '\'';
    return lit;
}

} // namespace

Result<void> finishInterruptedKeyRotation(const store::StoreLayout& layout,
                                          const crypto::SecretBytes& dataKey)
{
    const QString pending = rekeyDatabase(layout);
    QFile::remove(rekeyKeyring(layout)); // never committed: the live keyring.json is authoritative
    if (!QFile::exists(pending))
        return {};
    if (opensWith(layout.databaseFile(), dataKey)) {
        removeDatabaseFiles(pending); // stopped before the commit point: abandon
        return {};
    }
    if (opensWith(pending, dataKey)) { // stopped after the commit point: finish
        removeDatabaseSideFiles(layout.databaseFile());
        if (!store::replaceFileDurably(pending, layout.databaseFile()))
            return makeError(store::errors::kCannotWrite,
                             Tr::tr("Could not finish the interrupted key change in %1.").arg(layout.dir));
        return {};
    }
    return makeError(store::errors::kNotAStore,
                     Tr::tr("Neither the store nor its pending key change opens with this key."));
}

Result<void> Session::rotateDataKey()
{
    SOHOA_TRY(require(Permission::ManageAccounts));
    if (m_recovery)
        return makeError(errors::kAuthForbidden,
                         Tr::tr("Sign in with an administrator account to change the store key."));
    SOHOA_TRY(m_useLock->upgradeToExclusive());
    struct Downgrade {
        store::StoreUseLock* lock;
        ~Downgrade() { lock->downgradeToShared(); }
    } downgrade{m_useLock.get()};
    store::KeyringLock keyringLock(m_layout.keyringFile());
    if (!keyringLock.acquired())
        return makeError(store::errors::kBusy, Tr::tr("The store is busy in another program; try again."));
    // Another connection of this program (an import, a sync run, a reader) would
    // go on using the old file after the swap: only this session's own may be open.
    if (store::WalCheckpointer::connectionsTo(m_layout.databaseFile()) > 1)
        return makeError(
            store::errors::kBusy,
            Tr::tr("An import, a sync or another window still uses the store; change the key when "
                   "it has finished."));

    const QString pending = rekeyDatabase(m_layout);
    removeDatabaseFiles(pending);
    crypto::SecretBytes newKey = crypto::SecretBytes::random(32);

    // Record the rotation first, so the entry travels into the new file.
    {
        SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(*m_db));
        SOHOA_TRY(audit(audit::actions::kStoreKeyRotationStarted, QStringLiteral("store:") + m_storeId));
        SOHOA_TRY(store::writeMeta(*m_db, "rekey_pending", QString()));
        SOHOA_TRY(tx.commit());
    }
    crashPoint("rekey.started");
    SOHOA_TRY_ASSIGN(const qint64 version, m_db->queryInt("PRAGMA user_version;"));
    // 1. Copy everything into a database under the new key. The connection was
    // opened without SQLITE_OPEN_CREATE, so ATTACH needs the (empty) file to exist.
    {
        QFile empty(pending);
        if (!empty.open(QIODevice::WriteOnly))
            return makeError(store::errors::kCannotWrite, Tr::tr("Cannot write %1.").arg(pending));
        empty.close();
        const crypto::SecretBytes lit = keyLiteral(newKey);
        SOHOA_TRY_ASSIGN(store::Statement attach, m_db->prepare("ATTACH DATABASE ? AS rekeyed KEY ?;"));
        QByteArray literal(reinterpret_cast<const char*>(lit.data()), qsizetype(lit.size()));
        attach.bind(1, pending);
        attach.bindUtf8(2, literal); // SQLITE_TRANSIENT: SQLite keeps its own copy while running
        auto r = attach.run();
        crypto::wipe(literal);
        if (!r)
            return r.error();
    }
    struct Detach {
        store::Database* db;
        void now()
        {
            if (db)
                (void)db->exec("DETACH DATABASE rekeyed;");
            db = nullptr;
        }
        ~Detach() { now(); }
    } detach{m_db.get()};
    // The copy takes today's page size: rekeying also brings an older store up to it.
    const QByteArray setup =
        "PRAGMA rekeyed.cipher_page_size = " + QByteArray::number(store::Database::kPageSize) + ';';
    SOHOA_TRY(m_db->exec(setup.constData()));
    SOHOA_TRY(m_db->exec("SELECT sqlcipher_export('rekeyed');"));
    const QByteArray setVersion = "PRAGMA rekeyed.user_version = " + QByteArray::number(version) + ';';
    SOHOA_TRY(m_db->exec(setVersion.constData()));
    detach.now();
    crashPoint("rekey.copied");

    // 2. Prove the copy: it opens with the new key and holds the same data.
    {
        SOHOA_TRY_ASSIGN(auto copy,
                         store::Database::open(pending, newKey, store::Database::OpenMode::OpenExisting));
        auto check = copy->queryText("PRAGMA integrity_check;");
        if (!check || *check != QLatin1String("ok"))
            return makeError(store::errors::kCorrupt, Tr::tr("The re-encrypted copy failed its check."));
        for (const char* sql : {"SELECT count(*) FROM records;", "SELECT count(*) FROM audit;",
                                "SELECT count(*) FROM page_images;"}) {
            auto a = m_db->queryInt(sql);
            auto b = copy->queryInt(sql);
            if (!a || !b || *a != *b)
                return makeError(store::errors::kCorrupt, Tr::tr("The re-encrypted copy is incomplete."));
        }
    }

    // 3. Seal the new key to every slot; commit point = renaming the new key
    // file over the old one (one atomic rename: there is always a keyring.json,
    // the old one before the rename, the new one after; see
    // finishInterruptedKeyRotation for the database half).
    SOHOA_TRY_ASSIGN(auto keyring, store::Keyring::loadVerified(m_layout.keyringFile(), m_dataKey));
    keyring.resealDataKey(newKey);
    keyring.authenticate(newKey);
    SOHOA_TRY(keyring.writeDurably(rekeyKeyring(m_layout)));
    crashPoint("rekey.keyring_written");
    m_db.reset(); // close (checkpoints and removes the old WAL)
    crashPoint("rekey.closed");
    SOHOA_TRY(store::replaceFileDurably(rekeyKeyring(m_layout), m_layout.keyringFile()));
    crashPoint("rekey.keyring_replaced");

    // 4. Swap the database (rename over: there is always a database file); the
    // old file, encrypted under the old key, goes away.
    removeDatabaseSideFiles(m_layout.databaseFile());
    crashPoint("rekey.old_journal_removed");
    if (!store::replaceFileDurably(pending, m_layout.databaseFile()))
        return makeError(
            store::errors::kCannotWrite,
            Tr::tr("Could not put the re-encrypted store in place; it will be finished at the next "
                   "sign-in."));
    crashPoint("rekey.database_replaced");
    m_dataKey = std::move(newKey);
    SOHOA_TRY_ASSIGN(m_db, store::openStoreDatabase(m_layout, m_dataKey));
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(*m_db));
    SOHOA_TRY(audit(audit::actions::kStoreKeyRotated, QStringLiteral("store:") + m_storeId));
    SOHOA_TRY(store::writeMeta(*m_db, "keyring_generation", QString::number(keyring.generation())));
    return tx.commit();
}

} // namespace sohoa::accounts
