// The encrypted store: nothing readable on disk, keys, interoperability with
// the sqlcipher shell, schema versions.
#include "TestSupport.h"
#include "core/accounts/Session.h"
#include "core/batches/BatchRepository.h"
#include "core/crypto/Hash.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"
#include "core/store/Keyring.h"
#include "core/store/Migrations.h"
#include "core/store/StoreDatabase.h"
#include "core/store/WalCheckpointer.h"
#include "core/store/WriterTurns.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <string>

#if defined(SOHOA_HAVE_JEMALLOC)
#include <dlfcn.h>
#endif

using namespace sohoa;

namespace {

const QString kSecretName = QStringLiteral("PHẠM THỊ ZUYÊN KHÁNH");

qint64 addRecordWithName(accounts::Session& s, const QString& name)
{
    auto batch = batches::findOrCreateBatch(s, QStringLiteral("Sổ khai sinh 2019"));
    EXPECT_TRUE(batch.ok());
    records::NewRecord n;
    n.batchId = batch->id;
    n.type = QStringLiteral("birth");
    records::FieldValue f;
    f.value = name;
    n.fields.insert(QStringLiteral("full_name"), f);
    auto tx = store::Transaction::begin(s.db());
    EXPECT_TRUE(tx.ok());
    auto id = records::insertRecord(s.db(), n, s.actor());
    EXPECT_TRUE(id.ok());
    EXPECT_TRUE(tx->commit().ok());
    return *id;
}

QByteArray fileSha(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void expectNoPlaintext(const QString& dir)
{
    const QByteArray all = test::allBytesUnder(dir);
    ASSERT_FALSE(all.isEmpty());
    EXPECT_FALSE(all.contains(kSecretName.toUtf8()));
    // Fragments of the name, long enough (6 bytes) that random ciphertext does
    // not hold them by chance (a 3-byte one turns up in a few MB now and then).
    EXPECT_FALSE(all.contains(QByteArrayLiteral("ZUY\xc3\x8aN"))); // "ZUYÊN"
    EXPECT_FALSE(all.contains(QByteArrayLiteral("KH\xc3\x81NH"))); // "KHÁNH"
    EXPECT_FALSE(all.contains(QByteArrayLiteral("clerk")));        // no account names either
    EXPECT_FALSE(all.contains(QByteArrayLiteral("SQLite format 3")));
}

} // namespace

TEST(Store, FileOnDiskIsEncryptedAndHoldsNoPlaintext)
{
    test::TestStore store;
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    addRecordWithName(*clerk, kSecretName);
    // While the session is open the WAL holds the newest pages: check it too.
    expectNoPlaintext(store.path);
    clerk.reset();
    QFile db(store.path + QStringLiteral("/store.db"));
    ASSERT_TRUE(db.open(QIODevice::ReadOnly));
    EXPECT_NE(db.read(16), QByteArray("SQLite format 3\0", 16));
    expectNoPlaintext(store.path);
}

TEST(Store, CipherIsReallySqlcipher)
{
    test::TestStore store;
    auto admin = store.admin();
    ASSERT_TRUE(admin);
    EXPECT_FALSE(admin->db().cipherVersion().isEmpty());
}

TEST(Store, WrongPasswordIsRefusedAndDoesNotOpen)
{
    test::TestStore store;
    auto s = accounts::Session::signIn(store.path, QStringLiteral("clerk"), QByteArray("not-the-password"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, QStringLiteral("auth.failed"));
    // A raw open with a wrong key fails on the first read.
    const crypto::SecretBytes wrong = crypto::SecretBytes::random(32);
    auto db = store::Database::open(store.path + QStringLiteral("/store.db"), wrong,
                                    store::Database::OpenMode::OpenExisting);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, QStringLiteral("store.not_a_store"));
}

TEST(Store, SqlcipherShellInteroperates)
{
    test::TestStore store;
    QByteArray hexKey;
    {
        auto clerk = store.clerk();
        ASSERT_TRUE(clerk);
        addRecordWithName(*clerk, kSecretName);
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        const crypto::SecretBytes hex = admin->dataKey().toHex();
        hexKey = QByteArray(reinterpret_cast<const char*>(hex.data()), qsizetype(hex.size()));
    }
    const QString dbFile = store.path + QStringLiteral("/store.db");
    const QByteArray query =
        "SELECT count(*) FROM records; SELECT name FROM accounts ORDER BY name LIMIT 1;\n";

    // SoHoa's page size goes right after the key.
    const QByteArray settings =
        "PRAGMA cipher_page_size = " + QByteArray::number(store::Database::kPageSize) + ";\n";
    auto wrong = test::runProgram(QStringLiteral("sqlcipher"), {dbFile}, {},
                                  "PRAGMA key = \"x'" + QByteArray(64, '0') + "'\";\n" + settings + query);
    EXPECT_TRUE(wrong.err.contains("not a database") || wrong.err.contains("encrypted"))
        << wrong.err.constData();
    EXPECT_FALSE(wrong.out.contains("admin"));

    auto right = test::runProgram(QStringLiteral("sqlcipher"), {dbFile}, {},
                                  "PRAGMA key = \"x'" + hexKey + "'\";\n" + settings + query);
    EXPECT_EQ(right.exitCode, 0) << right.err.constData();
    EXPECT_TRUE(right.out.contains("1\nadmin")) << right.out.constData();
}

TEST(Store, ThePageSizeOfAnEarlierDatabaseIsFoundEvenWithFramesLeftInItsLog)
{
    QTemporaryDir dir;
    const crypto::SecretBytes key = crypto::SecretBytes::random(32);
    const QString fresh = dir.path() + QStringLiteral("/new.db");
    {
        auto db = store::Database::open(fresh, key, store::Database::OpenMode::CreateNew);
        ASSERT_TRUE(db.ok());
        EXPECT_EQ((*db)->pageSize(), store::Database::kPageSize);
    }
    // An earlier database in WAL mode, copied while its log still holds every
    // commit (as after a crash): the log's pages must be read with its page size.
    const QString legacy = dir.path() + QStringLiteral("/old.db");
    const QString copy = dir.path() + QStringLiteral("/copy.db");
    {
        auto db = store::Database::open(legacy, key, store::Database::OpenMode::CreateNew,
                                        store::Database::kLegacyPageSize);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(
            (*db)
                ->exec("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                       "CREATE TABLE t (x TEXT);"
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                       "INSERT INTO t SELECT 'row ' || i FROM n;")
                .ok());
        ASSERT_GT(QFileInfo(legacy + QStringLiteral("-wal")).size(), 4096);
        ASSERT_TRUE(QFile::copy(legacy, copy));
        ASSERT_TRUE(QFile::copy(legacy + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    {
        auto db = store::Database::open(copy, key, store::Database::OpenMode::OpenExisting);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_EQ((*db)->pageSize(), store::Database::kLegacyPageSize);
        EXPECT_EQ(*(*db)->queryInt("SELECT count(*) FROM t;"), 300);
        EXPECT_EQ(*(*db)->queryText("PRAGMA integrity_check;"), QStringLiteral("ok"));
    }
    // Without a log (checkpointed and closed), the page size is found by trying.
    {
        auto db = store::Database::open(legacy, key, store::Database::OpenMode::OpenExisting);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_EQ((*db)->pageSize(), store::Database::kLegacyPageSize);
        EXPECT_EQ(*(*db)->queryInt("SELECT count(*) FROM t;"), 300);
    }
    auto wrong = store::Database::open(legacy, crypto::SecretBytes::random(32),
                                       store::Database::OpenMode::OpenExisting);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, QStringLiteral("store.not_a_store"));
    auto again = store::Database::open(legacy, key, store::Database::OpenMode::OpenExisting);
    ASSERT_TRUE(again.ok()) << "a failed attempt must leave the database as it was";
    EXPECT_EQ(*(*again)->queryInt("SELECT count(*) FROM t;"), 300);
}

TEST(Store, OpensAndMigratesAStoreWrittenAtTheFirstSchemaVersion)
{
    // Build a store as the first SoHoa release wrote it: schema version 1 only.
    test::TestStore store;
    crypto::SecretBytes key;
    {
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        key = admin->dataKey().clone();
    }
    const QString dbFile = store.path + QStringLiteral("/store.db");
    ASSERT_TRUE(QFile::remove(dbFile));
    QFile::remove(dbFile + QStringLiteral("-wal"));
    QFile::remove(dbFile + QStringLiteral("-shm"));
    {
        auto db = store::Database::open(dbFile, key, store::Database::OpenMode::CreateNew);
        ASSERT_TRUE(db.ok());
        auto v = store::migrateSchema(**db, 1);
        ASSERT_TRUE(v.ok()) << v.error().message.toStdString();
        ASSERT_EQ(*v, 1);
        // The minimum a v1 store holds: its identity, an admin and a record.
        ASSERT_TRUE(
            (*db)
                ->exec(
                    "INSERT INTO meta VALUES ('store_id', 'old-store');"
                    "INSERT INTO meta VALUES ('events_secret_key', '');"
                    "INSERT INTO batches (name, created_at, created_by) VALUES ('old', 't', 'admin');"
                    "INSERT INTO records (batch_id, record_type, fields, created_at, created_by, updated_at)"
                    " VALUES (1, 'birth', '{\"full_name\":{\"value\":\"LÊ VĂN CŨ\"}}', 't', 'a', 't');")
                .ok());
        auto slot = store::readMeta(**db, "store_id");
        ASSERT_TRUE(slot.ok());
    }
    // The keyring's admin slot refers to accounts.slot_id: recreate that row as v1 had it.
    {
        auto db = store::Database::open(dbFile, key, store::Database::OpenMode::OpenExisting);
        ASSERT_TRUE(db.ok());
        auto keyring = store::Keyring::load(store.path + QStringLiteral("/keyring.json"));
        ASSERT_TRUE(keyring.ok());
        auto st = (*db)->prepare("INSERT INTO accounts (name, role, slot_id, created_at, created_by) "
                                 "VALUES ('admin', 'admin', ?, 't', 'system');");
        ASSERT_TRUE(st.ok());
        st->bind(1, keyring->accountSlotId(QStringLiteral("admin")));
        ASSERT_TRUE(st->run().ok());
    }
    // Whoever waits for the sign-in hears that an upgrade runs (the sign-in
    // window says so), once, with the versions it goes between.
    QList<QPair<int, int>> upgrades;
    const auto heard = [&upgrades](int from, int to) { upgrades.append({from, to}); };
    auto admin = accounts::Session::signIn(store.path, QStringLiteral("admin"), test::kAdminPassword, heard);
    ASSERT_TRUE(admin.ok()) << admin.error().message.toStdString();
    auto version = (*admin)->db().queryInt("PRAGMA user_version;");
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(*version, store::latestSchemaVersion());
    EXPECT_EQ(upgrades, (QList<QPair<int, int>>{{1, store::latestSchemaVersion()}}));
    auto r = records::loadRecord((*admin)->db(), 1);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->value(QStringLiteral("full_name")), QStringLiteral("LÊ VĂN CŨ"));
    admin->reset();
    auto again = accounts::Session::signIn(store.path, QStringLiteral("admin"), test::kAdminPassword, heard);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(upgrades.size(), 1) << "an up-to-date store is not upgraded again";
}

TEST(Store, RefusesAStoreFromANewerVersionAndLeavesItUntouched)
{
    test::TestStore store;
    crypto::SecretBytes key;
    {
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        key = admin->dataKey().clone();
    }
    const QString dbFile = store.path + QStringLiteral("/store.db");
    {
        auto db = store::Database::open(dbFile, key, store::Database::OpenMode::OpenExisting);
        ASSERT_TRUE(db.ok());
        const QByteArray sql =
            "PRAGMA user_version = " + QByteArray::number(store::latestSchemaVersion() + 1) + ";";
        ASSERT_TRUE((*db)->exec(sql.constData()).ok());
        ASSERT_TRUE((*db)->exec("PRAGMA wal_checkpoint(TRUNCATE);").ok());
    }
    const QByteArray before = fileSha(dbFile);
    auto admin = accounts::Session::signIn(store.path, QStringLiteral("admin"), test::kAdminPassword);
    ASSERT_FALSE(admin.ok());
    EXPECT_EQ(admin.error().code, QStringLiteral("store.too_new"));
    EXPECT_TRUE(admin.error().message.contains(QStringLiteral("newer")))
        << admin.error().message.toStdString();
    EXPECT_EQ(fileSha(dbFile), before);
}

TEST(Store, DataKeyIsRandomPerStoreAndNotDerivedFromThePassword)
{
    test::TestStore a;
    test::TestStore b; // same account names and passwords
    auto sa = a.admin();
    auto sb = b.admin();
    ASSERT_TRUE(sa && sb);
    EXPECT_FALSE(sa->dataKey().equals(sb->dataKey()));
    EXPECT_EQ(sa->dataKey().size(), 32u);
}

TEST(Store, WalIsCheckpointedInTheBackgroundAndTheStoreStaysWhole)
{
    test::TestStore store;
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    const QString file = store.path + QStringLiteral("/store.db");
    auto checkpointer = store::WalCheckpointer::forFile(file, clerk->dataKey());
    const int before = checkpointer->completed();
    const qint64 sizeBefore = QFileInfo(file).size();

    // ~6 MB through the log: well past the 1,000 pages that request a checkpoint.
    ASSERT_TRUE(clerk->db().exec("CREATE TABLE scratch(x BLOB);"));
    for (int i = 0; i < 3; ++i) {
        auto tx = store::Transaction::begin(clerk->db());
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(
            clerk->db().exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
                             "INSERT INTO scratch SELECT randomblob(4000) FROM n;"));
        ASSERT_TRUE(tx->commit().ok());
    }
    addRecordWithName(*clerk, kSecretName);

    for (int waited = 0; checkpointer->completed() == before && waited < 200; ++waited)
        QThread::msleep(50);
    EXPECT_GT(checkpointer->completed(), before);
    // The thread copied the log's pages into the database file.
    EXPECT_GT(QFileInfo(file).size(), sizeBefore + 4'000'000);

    checkpointer.reset();
    clerk.reset();
    // The last connection's close removes the log; the store reopens whole.
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-wal")));
    auto again = store.clerk();
    ASSERT_TRUE(again);
    auto scratch = again->db().queryInt("SELECT count(*) FROM scratch;");
    auto records = again->db().queryInt("SELECT count(*) FROM records;");
    auto check = again->db().queryText("PRAGMA integrity_check;");
    ASSERT_TRUE(scratch && records && check);
    EXPECT_EQ(*scratch, 1500);
    EXPECT_EQ(*records, 1);
    EXPECT_EQ(*check, QStringLiteral("ok"));
    expectNoPlaintext(store.path);
}

TEST(Store, AStoreFileUnderANewKeyGetsItsOwnCheckpointer)
{
    test::TestStore store;
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    const QString file = store.path + QStringLiteral("/store.db");
    auto same = store::WalCheckpointer::forFile(file, clerk->dataKey());
    EXPECT_EQ(same, store::WalCheckpointer::forFile(file, clerk->dataKey()));
    // After a key rotation the file at that path is another database.
    EXPECT_NE(same, store::WalCheckpointer::forFile(file, crypto::SecretBytes::random(32)));
}

TEST(Store, ForEachRowVisitsRowsInOrderAndStopsAtTheFirstError)
{
    QTemporaryDir dir;
    auto db = store::Database::open(dir.path() + QStringLiteral("/rows.db"), crypto::SecretBytes::random(32),
                                    store::Database::OpenMode::CreateNew);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (3), (1), (2);").ok());

    auto st = (*db)->prepare("SELECT x FROM t ORDER BY x;");
    ASSERT_TRUE(st.ok());
    QList<qint64> seen;
    ASSERT_TRUE(st->forEachRow([&](const store::Statement& row) { seen.append(row.integer(0)); }).ok());
    EXPECT_EQ(seen, (QList<qint64>{1, 2, 3}));

    // A row function that fails ends the loop with its error.
    auto again = (*db)->prepare("SELECT x FROM t ORDER BY x;");
    ASSERT_TRUE(again.ok());
    seen.clear();
    const Result<void> stopped = again->forEachRow([&](const store::Statement& row) -> Result<void> {
        seen.append(row.integer(0));
        if (row.integer(0) == 2)
            return makeError(QStringLiteral("test.stop"), QStringLiteral("stop at 2"));
        return {};
    });
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().code, QStringLiteral("test.stop"));
    EXPECT_EQ(seen, (QList<qint64>{1, 2}));

    // So does an error SQLite meets while stepping: an integer overflow in the
    // third row, in insertion order (no ORDER BY, which would compute every row first).
    auto failing =
        (*db)->prepare("SELECT abs(CASE x WHEN 2 THEN -9223372036854775807 - 1 ELSE x END) FROM t;");
    ASSERT_TRUE(failing.ok());
    seen.clear();
    EXPECT_FALSE(failing->forEachRow([&](const store::Statement& row) { seen.append(row.integer(0)); }).ok());
    EXPECT_EQ(seen, (QList<qint64>{3, 1}));
}

// How a writer learns that another connection waits: each connection has its
// own lock on the turns file, so those of one process see each other.
TEST(Store, WriterTurnsTellAWriterWhetherAnotherConnectionWaits)
{
    QTemporaryDir dir;
    const QString file = dir.path() + QStringLiteral("/store.db");
    store::WriterTurns writer(file), waiter(file), secondWaiter(file);
    EXPECT_FALSE(writer.othersWaiting());
    waiter.startWaiting();
    EXPECT_TRUE(waiter.waiting());
    EXPECT_TRUE(writer.othersWaiting());
    EXPECT_TRUE(writer.othersWaiting()) << "asking does not take the waiter's place";
    secondWaiter.startWaiting();
    waiter.stopWaiting();
    EXPECT_FALSE(waiter.waiting());
    EXPECT_TRUE(writer.othersWaiting()) << "one waiter is still there";
    secondWaiter.stopWaiting();
    EXPECT_FALSE(writer.othersWaiting());
    waiter.startWaiting();
    EXPECT_TRUE(writer.othersWaiting()) << "waiting again after a turn";
    waiter.stopWaiting();
    EXPECT_EQ(QFileInfo(file + QStringLiteral("-turns")).size(), 0) << "the file only carries locks";

    // Where no lock file can be made, a writer assumes someone waits.
    store::WriterTurns nowhere(dir.path() + QStringLiteral("/missing/store.db"));
    EXPECT_TRUE(nowhere.othersWaiting());
    nowhere.startWaiting();
    EXPECT_FALSE(nowhere.waiting());
}

#if defined(SOHOA_HAVE_JEMALLOC)
// The allocator is replaced by linking order alone: a change there (a shared
// core library, --as-needed) would silently bring glibc's back, and with it a
// slower full-text insert. SQLite resolves malloc like everyone else.
TEST(Store, TheProcessAllocatesWithJemalloc)
{
    void* resolved = dlsym(RTLD_DEFAULT, "malloc");
    ASSERT_NE(resolved, nullptr);
    Dl_info info{};
    ASSERT_NE(dladdr(resolved, &info), 0);
    ASSERT_NE(info.dli_fname, nullptr);
    EXPECT_NE(std::string(info.dli_fname).find("jemalloc"), std::string::npos)
        << "malloc comes from " << info.dli_fname;
}
#endif
