// Store benchmark (issue 3):
//  - insert 100k records in transactions of 1,000 through the real path
//    (records::insertRecord: row + FTS text + duplicate keys, and one audit entry
//    per record as ingest writes them);
//  - the same rows with raw SQL into SQLCipher (encrypted) and into the same
//    library without a key (plain SQLite), to show what encryption costs;
//  - time from opening the 100k-record store to a usable batch list, with the
//    Argon2id key derivation measured separately.
// Usage: store_bench [RECORDS] [DIR]
#include "accounts/Session.h"
#include "accounts/StoreSetup.h"
#include "batches/BatchRepository.h"
#include "crypto/PasswordKdf.h"
#include "records/RecordRepository.h"
#include "store/StoreDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>

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

// Each transaction's records are made before its clock starts: the figure is
// the store's insert path, not this file's synthetic record generator.
double insertRealPath(accounts::Session& s, qint64 batchId, int count)
{
    qint64 nanos = 0, commitNanos = 0;
    QList<records::NewRecord> batch;
    for (int done = 0; done < count;) {
        batch.clear();
        for (int i = done; i < done + 1000 && i < count; ++i)
            batch.append(sampleRecord(batchId, i));
        QElapsedTimer t;
        t.start();
        auto tx = store::Transaction::begin(s.db());
        if (!tx)
            qFatal("begin: %s", qPrintable(tx.error().message));
        for (const records::NewRecord& r : batch) {
            auto id = records::insertRecord(s.db(), r, s.actor());
            if (!id)
                qFatal("insert: %s", qPrintable(id.error().message));
            if (!s.audit(QStringLiteral("document.ingested"), QStringLiteral("record:%1").arg(*id)))
                qFatal("audit");
        }
        const qint64 beforeCommit = t.nsecsElapsed();
        if (!tx->commit())
            qFatal("commit");
        nanos += t.nsecsElapsed();
        commitNanos += t.nsecsElapsed() - beforeCommit;
        done += int(batch.size());
    }
    std::printf("  of which commits: %.0f%%\n", 100.0 * double(commitNanos) / double(nanos));
    return count / (nanos / 1e9);
}

// Raw SQL with the same rows, into a database opened with or without a key.
double insertRaw(const QString& file, const QByteArray& keyLiteral, int count, const char* pragmas = "")
{
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(file).constData(), &db);
    if (!keyLiteral.isEmpty())
        sqlite3_key(db, keyLiteral.constData(), int(keyLiteral.size()));
    sqlite3_exec(db, pragmas, nullptr, nullptr, nullptr);
    sqlite3_exec(
        db,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY;"
        "CREATE TABLE records (id INTEGER PRIMARY KEY, batch_id INTEGER, record_type TEXT, state TEXT,"
        " fields TEXT, issues TEXT, created_at TEXT, created_by TEXT, updated_at TEXT);"
        "CREATE INDEX records_state ON records (state, id);"
        "CREATE VIRTUAL TABLE records_fts USING fts4 (body, tokenize=unicode61);"
        "CREATE TABLE record_keys (key TEXT, record_id INTEGER, PRIMARY KEY (key, record_id)) WITHOUT ROWID;",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *ins = nullptr, *fts = nullptr, *key = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO records (batch_id, record_type, state, fields, issues, created_at, created_by,"
        " updated_at) VALUES (1, 'birth', 'to_verify', ?, '[]', 'now', 'bench', 'now');",
        -1, &ins, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO records_fts (docid, body) VALUES (?, ?);", -1, &fts, nullptr);
    sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO record_keys (key, record_id) VALUES (?, ?);", -1, &key,
                       nullptr);
    QElapsedTimer t;
    t.start();
    for (int done = 0; done < count;) {
        sqlite3_exec(db, "BEGIN IMMEDIATE;", nullptr, nullptr, nullptr);
        for (int i = 0; i < 1000 && done < count; ++i, ++done) {
            records::Record r;
            const auto n = sampleRecord(1, done);
            r.fields = n.fields;
            const QByteArray json = QJsonDocument(r.fieldsJson()).toJson(QJsonDocument::Compact);
            sqlite3_bind_text(ins, 1, json.constData(), int(json.size()), SQLITE_TRANSIENT);
            sqlite3_step(ins);
            sqlite3_reset(ins);
            const qint64 id = sqlite3_last_insert_rowid(db);
            const QByteArray body =
                QStringLiteral("nguyen van an %1 2019 03 15 kinh viet nam").arg(done).toUtf8();
            sqlite3_bind_int64(fts, 1, id);
            sqlite3_bind_text(fts, 2, body.constData(), int(body.size()), SQLITE_TRANSIENT);
            sqlite3_step(fts);
            sqlite3_reset(fts);
            const QByteArray k = "birth|nguyen van an " + QByteArray::number(done);
            sqlite3_bind_text(key, 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(key, 2, id);
            sqlite3_step(key);
            sqlite3_reset(key);
        }
        sqlite3_exec(db, "COMMIT;", nullptr, nullptr, nullptr);
    }
    const double rate = count / (t.nsecsElapsed() / 1e9);
    sqlite3_finalize(ins);
    sqlite3_finalize(fts);
    sqlite3_finalize(key);
    sqlite3_close(db);
    return rate;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    // --real-only: only the real insert path (for profiling it).
    const bool realOnly = args.removeAll(QStringLiteral("--real-only")) > 0;
    const int count = args.size() > 0 ? args[0].toInt() : 100000;
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

    if (!accounts::createStore(
            {storePath, QStringLiteral("admin"), kPassword, crypto::KdfParams::interactive()}))
        qFatal("createStore failed");
    crypto::SecretBytes key;
    {
        auto s = accounts::Session::signIn(storePath, QStringLiteral("admin"), kPassword);
        if (!s)
            qFatal("signIn: %s", qPrintable(s.error().message));
        key = (*s)->dataKey().clone();
        // The admin may not ingest; insert as the store's own writer with the admin's audit identity.
        auto ins = (*s)->db().exec(
            "INSERT INTO batches (name, created_at, created_by) VALUES ('bench', 'now', 'admin');");
        if (!ins)
            qFatal("batch");
        const double rate = insertRealPath(**s, 1, count);
        std::printf("insert %d records, real path (row + FTS + keys + audit entry), 1,000 per transaction: "
                    "%.0f records/s\n",
                    count, rate);
    }

    if (realOnly)
        return 0;
    // Raw SQL: encrypted vs plain on the same library.
    const crypto::SecretBytes hex = crypto::SecretBytes::random(32).toHex();
    const QByteArray literal =
        "x'" + QByteArray(reinterpret_cast<const char*>(hex.data()), qsizetype(hex.size())) + "'";
    const double enc = insertRaw(dir + QStringLiteral("/raw-encrypted.db"), literal, count,
                                 store::Database::kCipherSettings);
    const double plain = insertRaw(dir + QStringLiteral("/raw-plain.db"), {}, count);
    std::printf(
        "insert %d records, raw SQL: SQLCipher %.0f records/s, plain SQLite %.0f records/s (encryption "
        "costs %.0f%%)\n",
        count, enc, plain, 100.0 * (plain - enc) / plain);

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
