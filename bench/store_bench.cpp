// Store benchmark (issue 3):
//  - insert 100k records in transactions of records::kBulkRecordsPerTransaction
//    (5,000; --per-transaction to change it) through the real path
//    (row + full-text row + names + duplicate keys, and one audit entry per
//    record as ingest writes them) into a store made by accounts::createStore:
//    in bulk (records::insertRecords) and one by one (records::insertRecord);
//  - the same bulk insert on a plain SQLite file (no key; the same SQLCipher
//    library) with the same schema, to show what encryption costs;
//  - time from opening the 100k-record store to a usable batch list, with the
//    Argon2id key derivation measured separately.
// Usage: store_bench [RECORDS] [DIR] [--per-transaction N] [--varied] [--real-only [--one-by-one]]
//   --varied: bench::RecordGenerator's births (20 fields, names drawn with
//     their real frequencies, real communes) instead of this file's records
//     (14 fields, names that differ by a number): closer to a real register;
//   --real-only: only the encrypted bulk insert (for profiling it);
//   --one-by-one: with --real-only, the one-by-one insert instead.
#include "RecordGenerator.h"
#include "core/accounts/Session.h"
#include "core/accounts/StoreSetup.h"
#include "core/audit/AuditChain.h"
#include "core/batches/BatchRepository.h"
#include "core/crypto/PasswordKdf.h"
#include "core/records/RecordRepository.h"
#include "core/store/Migrations.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <optional>
#include <sqlite3.h>

namespace sohoa::store {
// Declared a friend of Database for this comparison only.
struct PlaintextComparison {
    static std::unique_ptr<Database> create(const QString& file)
    {
        sqlite3* raw = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(file).constData(), &raw,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                            nullptr) != SQLITE_OK)
            qFatal("open %s", qPrintable(file));
        std::unique_ptr<Database> db(new Database(raw, file));
        const QByteArray pageSize = "PRAGMA page_size = " + QByteArray::number(Database::kPageSize) + ';';
        if (!db->exec(pageSize.constData()) || !db->registerFunctions() ||
            !db->exec("PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;") ||
            !applyConnectionSettings(*db) || !migrateSchema(*db))
            qFatal("plain database set-up");
        return db;
    }
};
} // namespace sohoa::store

using namespace sohoa;

namespace {

const QByteArray kPassword = "bench-password-1";

records::NewRecord sampleRecord(qint64 batchId, int i)
{
    static const char* surnames[] = {"NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "VŨ", "ĐẶNG", "BÙI"};
    static const char* middles[] = {"VĂN", "THỊ", "ĐỨC", "NGỌC", "MINH", "THU"};
    static const char* given[] = {"AN",    "BÌNH", "CHÂU", "DŨNG",  "HẠNH",
                                  "KHÁNH", "LINH", "PHÚC", "QUỲNH", "TRUNG"};
    records::NewRecord r;
    r.batchId = batchId;
    r.type = QStringLiteral("birth");
    auto put = [&](const char* key, const QString& v) {
        records::FieldValue f;
        f.value = v;
        f.raw = v;
        f.confidence = 0.93;
        f.page = 1;
        f.box = QRect(100, 200 + i % 50, 600, 40);
        r.fields.insert(QLatin1String(key), f);
    };
    put("full_name", QStringLiteral("%1 %2 %3 %4")
                         .arg(QString::fromUtf8(surnames[i % 8]), QString::fromUtf8(middles[(i / 8) % 6]),
                              QString::fromUtf8(given[(i / 48) % 10]))
                         .arg(i));
    put("date_of_birth", QStringLiteral("20%1-%2-%3")
                             .arg(10 + i % 15)
                             .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                             .arg(1 + i % 28, 2, 10, QLatin1Char('0')));
    put("sex", i % 2 ? QStringLiteral("male") : QStringLiteral("female"));
    put("ethnicity", QStringLiteral("Kinh"));
    put("nationality", QStringLiteral("Việt Nam"));
    put("place_of_birth", QStringLiteral("Trạm Y tế xã Tân Phú, huyện Châu Thành, tỉnh Đồng Tháp"));
    put("personal_id", QStringLiteral("0872%1").arg(i, 8, 10, QLatin1Char('0')));
    put("mother_name", QStringLiteral("Lê Thị Hồng %1").arg(i));
    put("father_name", QStringLiteral("Nguyễn Văn Bình %1").arg(i));
    put("registration_place", QStringLiteral("Ủy ban nhân dân xã Tân Phú, huyện Châu Thành, tỉnh Đồng Tháp"));
    put("registration_date", QStringLiteral("2020-01-15"));
    return r;
}

enum class InsertPath {
    Bulk,     // records::insertRecords: preparation on a second thread
    OneByOne, // records::insertRecord per record (how ingest stores a document)
};

// Each transaction's records are made before its clock starts: the figure is
// the store's insert path, not this file's synthetic record generator.
double insertRealPath(store::Database& db, const QString& actor, qint64 batchId, int count,
                      int perTransaction, InsertPath path, bool varied)
{
    std::optional<bench::RecordGenerator> generator; // one seed: every store gets the same records
    if (varied)
        generator.emplace();
    qint64 nanos = 0, commitNanos = 0;
    QList<records::NewRecord> batch;
    const auto audit = [&db, &actor](qsizetype, qint64 id) -> Result<void> {
        auto seq = audit::appendAudit(db, actor, QStringLiteral("document.ingested"),
                                      QStringLiteral("record:%1").arg(id), {});
        if (!seq)
            return seq.error();
        return {};
    };
    for (int done = 0; done < count;) {
        batch.clear();
        for (int i = done; i < done + perTransaction && i < count; ++i)
            batch.append(generator ? generator->birth(batchId) : sampleRecord(batchId, i));
        QElapsedTimer t;
        t.start();
        auto tx = store::Transaction::begin(db);
        if (!tx)
            qFatal("begin: %s", qPrintable(tx.error().message));
        if (path == InsertPath::Bulk) {
            if (auto ids = records::insertRecords(db, batch, actor, audit); !ids)
                qFatal("insert: %s", qPrintable(ids.error().message));
        } else {
            for (const records::NewRecord& r : batch) {
                auto id = records::insertRecord(db, r, actor);
                if (!id)
                    qFatal("insert: %s", qPrintable(id.error().message));
                if (!audit(0, *id))
                    qFatal("audit");
            }
        }
        const qint64 beforeCommit = t.nsecsElapsed();
        if (!tx->commit())
            qFatal("commit");
        nanos += t.nsecsElapsed();
        commitNanos += t.nsecsElapsed() - beforeCommit;
        done += int(batch.size());
    }
    std::printf("  (%.0f%% of the time in COMMIT)\n", 100.0 * double(commitNanos) / double(nanos));
    return count / (nanos / 1e9);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool realOnly = args.removeAll(QStringLiteral("--real-only")) > 0;
    const bool oneByOne = args.removeAll(QStringLiteral("--one-by-one")) > 0;
    const bool varied = args.removeAll(QStringLiteral("--varied")) > 0;
    int perTransaction = records::kBulkRecordsPerTransaction;
    if (const qsizetype i = args.indexOf(QStringLiteral("--per-transaction"));
        i >= 0 && i + 1 < args.size()) {
        perTransaction = qMax(1, args[i + 1].toInt());
        args.remove(i, 2);
    }
    bool countOk = true;
    const int count = args.size() > 0 ? args[0].toInt(&countOk) : 100000;
    if (!countOk || count <= 0 || args.size() > 2 || args.contains(QStringLiteral("--help"))) {
        std::fprintf(stderr, "usage: store_bench [RECORDS] [DIR] [--per-transaction N] "
                             "[--varied] [--real-only [--one-by-one]]\n");
        return 2;
    }
    QTemporaryDir tmp;
    const QString dir = args.size() > 1 ? args[1] : tmp.path();
    const QString storePath = dir + QStringLiteral("/bench-store");

    QElapsedTimer t;
    t.start();
    auto kdf = crypto::derivePasswordKey(kPassword, crypto::randomSalt(), crypto::KdfParams::moderate());
    const double argonModerate = t.nsecsElapsed() / 1e6;
    t.restart();
    (void)crypto::derivePasswordKey(kPassword, crypto::randomSalt(), crypto::KdfParams::interactive());
    const double argonInteractive = t.nsecsElapsed() / 1e6;
    std::printf("argon2id moderate (3 passes, 256 MiB): %.0f ms; interactive (2 passes, 64 MiB): %.0f ms\n",
                argonModerate, argonInteractive);

    crypto::SecretBytes key;
    // Inserts into a new encrypted store at `path`; returns records/s.
    auto insertEncrypted = [&](const QString& path, InsertPath how) {
        if (!accounts::createStore(
                {path, QStringLiteral("admin"), kPassword, crypto::KdfParams::interactive()}))
            qFatal("createStore failed");
        auto s = accounts::Session::signIn(path, QStringLiteral("admin"), kPassword);
        if (!s)
            qFatal("signIn: %s", qPrintable(s.error().message));
        key = (*s)->dataKey().clone();
        // The admin may not ingest; insert as the store's own writer with the admin's audit identity.
        if (!(*s)->db().exec(
                "INSERT INTO batches (name, created_at, created_by) VALUES ('bench', 'now', 'admin');"))
            qFatal("batch");
        const double rate = insertRealPath((*s)->db(), (*s)->actor(), 1, count, perTransaction, how, varied);
        std::printf(
            "insert %d %s records %s, real path (row + full text + names + keys + audit entry), %d per "
            "transaction: %.0f records/s\n",
            count, varied ? "varied" : "uniform", how == InsertPath::Bulk ? "in bulk" : "one by one",
            perTransaction, rate);
        return rate;
    };
    if (realOnly) {
        insertEncrypted(storePath, oneByOne ? InsertPath::OneByOne : InsertPath::Bulk);
        return 0;
    }
    insertEncrypted(dir + QStringLiteral("/one-by-one-store"), InsertPath::OneByOne);
    const double encrypted = insertEncrypted(storePath, InsertPath::Bulk);

    {
        auto plain = store::PlaintextComparison::create(dir + QStringLiteral("/plain.db"));
        if (!plain->exec(
                "INSERT INTO batches (name, created_at, created_by) VALUES ('bench', 'now', 'admin');"))
            qFatal("batch");
        const double rate = insertRealPath(*plain, QStringLiteral("admin"), 1, count, perTransaction,
                                           InsertPath::Bulk, varied);
        std::printf("the same bulk insert and schema on plain SQLite (no key): %.0f records/s (encryption "
                    "costs %.0f%%)\n",
                    rate, 100.0 * (rate - encrypted) / rate);
    }

    // Open to usable: database open + migration check + batch list + first page of records.
    for (int round = 0; round < 3; ++round) {
        t.restart();
        auto db = store::openStoreDatabase(store::StoreLayout::at(storePath), key);
        if (!db)
            qFatal("open: %s", qPrintable(db.error().message));
        auto batches = batches::listBatches(**db);
        records::RecordQuery q;
        q.limit = 100;
        auto firstPage = records::queryRecords(**db, q);
        if (!batches || !firstPage)
            qFatal("query");
        std::printf(
            "open %d-record store to usable batch list + first 100 records: %.1f ms (without Argon2id)\n",
            count, t.nsecsElapsed() / 1e6);
    }
    QFile f(storePath + QStringLiteral("/store.db"));
    std::printf("store size: %.1f MB\n", f.size() / 1e6);
    return 0;
}
