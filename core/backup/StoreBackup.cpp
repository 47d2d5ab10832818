#include "core/backup/StoreBackup.h"

#include "core/audit/Actions.h"
#include "core/audit/AuditChain.h"
#include "core/common/Clock.h"
#include "core/i18n/Tr.h"
#include "core/store/Keyring.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreUseLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <sqlite3.h>

namespace sohoa::backup {

namespace {

Result<qint64> count(store::Database& db, const char* sql)
{
    return db.queryInt(sql);
}

Result<void> fillCounts(store::Database& db, BackupManifest& m)
{
    auto records = count(db, "SELECT count(*) FROM records;");
    auto documents = count(db, "SELECT count(*) FROM documents;");
    auto pages = count(db, "SELECT count(*) FROM pages;");
    auto audit = count(db, "SELECT count(*) FROM audit;");
    auto version = count(db, "PRAGMA user_version;");
    auto head = store::readMeta(db, "audit_head");
    if (!records || !documents || !pages || !audit || !version || !head)
        return makeError(QStringLiteral("backup.io"), Tr::tr("Could not read the store's counts."));
    m.records = *records;
    m.documents = *documents;
    m.pages = *pages;
    m.auditEntries = *audit;
    m.schemaVersion = int(*version);
    m.auditHead = *head;
    return {};
}

// Removes a half-built store folder.
struct TempStore {
    QString dir;
    bool keep = false;
    ~TempStore()
    {
        if (!keep && !dir.isEmpty())
            QDir(dir).removeRecursively();
    }
};

} // namespace

Result<BackupManifest> backupStore(accounts::Session& session, const QString& outFile,
                                   const std::function<void(int, int)>& progress)
{
    SOHOA_TRY(session.require(accounts::Permission::Backup));
    if (QFileInfo::exists(outFile))
        return makeError(
            QStringLiteral("backup.exists"),
            Tr::tr("%1 already exists; choose another name so no backup is overwritten.").arg(outFile));
    const QString part = outFile + QStringLiteral(".db-part");
    QFile::remove(part);
    struct RemovePart {
        QString file;
        ~RemovePart() { QFile::remove(file); }
    } removePart{part};

    BackupManifest m;
    m.storeId = session.storeId();
    m.createdAt = nowIso();
    m.createdBy = session.actor();
    m.appVersion = QStringLiteral(SOHOA_VERSION);
    QByteArray keyring;
    {
        // Copy database pages from a snapshot: writers in other processes go on.
        // Pages are copied as they are: the copy has the store's page size.
        auto dest = store::Database::open(part, session.dataKey(), store::Database::OpenMode::CreateNew,
                                          session.db().pageSize());
        if (!dest)
            return dest.error();
        SOHOA_TRY(session.db().exec("BEGIN;")); // one read snapshot for the counts and the copy
        struct EndRead {
            store::Database& db;
            ~EndRead() { (void)db.exec("COMMIT;"); }
        } endRead{session.db()};
        SOHOA_TRY(fillCounts(session.db(), m)); // starts the read snapshot
        // Read the key file after the snapshot began: an account added meanwhile has a
        // key slot but no row in the snapshot, which is harmless; never the reverse.
        {
            store::KeyringLock lock(session.layout().keyringFile());
            QFile k(session.layout().keyringFile());
            if (!lock.acquired() || !k.open(QIODevice::ReadOnly))
                return makeError(QStringLiteral("backup.io"), Tr::tr("Cannot read the store's key file."));
            keyring = k.readAll();
        }
        sqlite3_backup* b = sqlite3_backup_init((*dest)->handle(), "main", session.db().handle(), "main");
        if (!b)
            return (*dest)->lastError(Tr::tr("backup"));
        int rc = SQLITE_OK;
        do {
            rc = sqlite3_backup_step(b, 256);
            if (progress)
                progress(sqlite3_backup_pagecount(b) - sqlite3_backup_remaining(b),
                         sqlite3_backup_pagecount(b));
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        const int finish = sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE || finish != SQLITE_OK)
            return store::sqliteError(rc != SQLITE_DONE ? rc : finish, Tr::tr("copying the database"));
        // A self-contained file: no WAL beside it.
        SOHOA_TRY((*dest)->exec("PRAGMA journal_mode = DELETE;"));
    }
    SOHOA_TRY(writeBackupFile(outFile, m, keyring, part));

    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    SOHOA_TRY(store::writeMeta(session.db(), "last_backup_at", m.createdAt));
    SOHOA_TRY(session.audit(audit::actions::kStoreBackup, QStringLiteral("store:") + m.storeId,
                            {{QStringLiteral("file"), QFileInfo(outFile).fileName()},
                             {QStringLiteral("records"), double(m.records)},
                             {QStringLiteral("audit_entries"), double(m.auditEntries)}}));
    SOHOA_TRY(tx->commit());
    return m;
}

Result<RestoreResult> restoreStore(RestoreRequest req)
{
    struct Wipe {
        QByteArray& b;
        ~Wipe() { crypto::wipe(b); }
    } wipe{req.password};
    RestoreResult result;
    const store::StoreLayout target = store::StoreLayout::at(req.targetPath);
    const QFileInfo targetInfo(target.dir);
    const bool targetInUse = targetInfo.exists() && !(targetInfo.isDir() && QDir(target.dir).isEmpty());
    if (targetInUse && !req.replaceExisting)
        return makeError(
            QStringLiteral("restore.target_exists"),
            Tr::tr("%1 already holds files. Restore into a new folder, or ask to replace it: the existing "
                   "store is then kept beside it, renamed.")
                .arg(target.dir));

    // Rolling a live store back is an administrator's decision (finding 7): the
    // account must be an administrator of the store being replaced, unless
    // that store no longer opens at all (the reason to restore); and of the
    // backup, checked below.
    if (targetInUse) {
        auto current = accounts::Session::signIn(target.dir, req.account, req.password);
        if (current) {
            if (auto r = (*current)->require(accounts::Permission::ManageAccounts); !r)
                return makeError(
                    QStringLiteral("auth.forbidden"),
                    Tr::tr("Only an administrator of the store at %1 may replace it with a backup.")
                        .arg(target.dir));
        } else if (current.error().code.startsWith(QLatin1String("auth.")) ||
                   current.error().code == QLatin1String("store.busy")) {
            return current.error();
        }
    }

    // Build the restored store beside the target (same file system: the final move is a rename).
    TempStore temp{target.dir + QStringLiteral(".restoring-") +
                   QUuid::createUuid().toString(QUuid::Id128).left(8)};
    if (!QDir().mkpath(temp.dir))
        return makeError(QStringLiteral("store.cannot_write"), Tr::tr("Cannot create %1.").arg(temp.dir));
    QFile::setPermissions(temp.dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const store::StoreLayout staging = store::StoreLayout::at(temp.dir);
    auto contents = readBackupFile(req.backupFile, staging.databaseFile());
    if (!contents)
        return contents.error();
    result.manifest = contents->manifest;
    {
        QFile k(staging.keyringFile());
        if (!k.open(QIODevice::WriteOnly) || k.write(contents->keyring) != contents->keyring.size())
            return makeError(QStringLiteral("store.cannot_write"),
                             Tr::tr("Cannot write %1.").arg(staging.keyringFile()));
    }

    // Prove it: the account opens it, the pages are sound, the audit chain holds.
    {
        auto session = accounts::Session::signIn(staging.dir, req.account, req.password);
        if (!session)
            return session.error();
        if (auto r = (*session)->require(accounts::Permission::ManageAccounts); !r)
            return makeError(
                QStringLiteral("auth.forbidden"),
                Tr::tr("Only an administrator may restore a backup; '%1' is not one in this backup.")
                    .arg(req.account));
        auto integrity = (*session)->db().queryText("PRAGMA integrity_check;");
        if (!integrity || *integrity != QLatin1String("ok"))
            return makeError(QStringLiteral("backup.damaged"),
                             Tr::tr("The restored database failed its integrity check."));
        auto chain = audit::verifyAuditChain((*session)->db());
        if (!chain)
            return chain.error();
        if (!chain->intact)
            return makeError(
                QStringLiteral("backup.damaged"),
                Tr::tr("The audit trail in the backup is broken at entry %1.").arg(chain->firstBadSeq));
        auto records = (*session)->db().queryInt("SELECT count(*) FROM records;");
        if (!records || *records != contents->manifest.records)
            return makeError(QStringLiteral("backup.damaged"),
                             Tr::tr("The backup holds fewer records than it says."));
        auto tx = store::Transaction::begin((*session)->db());
        if (!tx)
            return tx.error();
        SOHOA_TRY((*session)->audit(audit::actions::kStoreRestored,
                                    QStringLiteral("store:") + (*session)->storeId(),
                                    {{QStringLiteral("backup_created_at"), contents->manifest.createdAt},
                                     {QStringLiteral("records"), double(contents->manifest.records)}}));
        SOHOA_TRY(tx->commit());
    }
    QFile::remove(staging.dir + QStringLiteral("/in-use.lock"));

    if (targetInUse) {
        auto lock = store::StoreUseLock::acquire(target, store::StoreUseLock::Mode::Exclusive);
        if (!lock)
            return lock.error();
        result.previousStoreMovedTo =
            target.dir + QStringLiteral(".replaced-") + nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QDir().rename(target.dir, result.previousStoreMovedTo))
            return makeError(QStringLiteral("store.cannot_write"),
                             Tr::tr("Cannot move the existing store %1 aside.").arg(target.dir));
        lock->reset();
    }
    if (QFileInfo(target.dir).exists() && QDir(target.dir).isEmpty())
        QDir().rmdir(target.dir);
    if (!QDir().rename(temp.dir, target.dir))
        return makeError(QStringLiteral("store.cannot_write"),
                         Tr::tr("Cannot move the restored store to %1.").arg(target.dir));
    temp.keep = true;
    return result;
}

Result<QDateTime> lastBackupTime(store::Database& db)
{
    auto v = store::readMeta(db, "last_backup_at");
    if (!v)
        return v.error();
    return parseIsoTimestamp(*v);
}

} // namespace sohoa::backup
