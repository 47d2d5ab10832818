// Threads over one store file, as the desktop runs them (issue 21: the
// ThreadSanitizer run covers them): a writer thread, two reader threads with
// their own connections, and the file's WAL checkpointer thread, which the
// writer's commits wake. Also counts the connections a key rotation checks
// (WalCheckpointer::connectionsTo).
#include "core/crypto/SecretBytes.h"
#include "core/store/Database.h"
#include "core/store/WalCheckpointer.h"

#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

using namespace sohoa;

namespace {

std::unique_ptr<store::Database> connect(const QString& file, const crypto::SecretBytes& key, bool create)
{
    auto db = store::Database::open(
        file, key, create ? store::Database::OpenMode::CreateNew : store::Database::OpenMode::OpenExisting);
    EXPECT_TRUE(db.ok()) << (db ? "" : db.error().message.toStdString());
    if (!db)
        return nullptr;
    EXPECT_TRUE((*db)->exec("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000;").ok());
    (*db)->useCheckpointer(store::WalCheckpointer::forFile(file, key));
    return std::move(*db);
}

} // namespace

TEST(StoreThreads, AWriterTwoReadersAndTheCheckpointerShareOneFile)
{
    QTemporaryDir dir;
    const QString file = dir.path() + QStringLiteral("/threads.db");
    const crypto::SecretBytes key = crypto::SecretBytes::random(32);
    auto writer = connect(file, key, true);
    ASSERT_TRUE(writer);
    ASSERT_TRUE(writer->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB NOT NULL);").ok());
    EXPECT_EQ(store::WalCheckpointer::connectionsTo(file), 1);

    constexpr int kRows = 700; // 700 x 8 KiB: past the checkpointer's 4 MB request mark
    std::atomic<bool> writing{true};
    std::atomic<int> readerFailures{0};
    std::atomic<long> connectionsSeen{0};
    std::vector<std::thread> readers;
    for (int r = 0; r < 2; ++r)
        readers.emplace_back([&] {
            auto db = connect(file, key, false);
            if (!db) {
                ++readerFailures;
                return;
            }
            const long now = store::WalCheckpointer::connectionsTo(file);
            for (long seen = connectionsSeen.load();
                 now > seen && !connectionsSeen.compare_exchange_weak(seen, now);)
                ;
            qint64 last = 0;
            while (writing) {
                auto n = db->queryInt("SELECT count(*) FROM t;");
                if (!n || *n < last)
                    ++readerFailures; // a reader never sees rows disappear
                else
                    last = *n;
            }
        });
    std::thread writing_thread([&] {
        const QByteArray blob(8192, 'x');
        for (int i = 0; i < kRows; ++i) {
            auto tx = store::Transaction::begin(*writer);
            ASSERT_TRUE(tx.ok());
            auto st = writer->prepare("INSERT INTO t (v) VALUES (?);");
            ASSERT_TRUE(st.ok());
            st->bindBlob(1, blob);
            ASSERT_TRUE(st->run().ok());
            ASSERT_TRUE(tx->commit().ok());
        }
    });
    writing_thread.join();
    writing = false;
    for (std::thread& t : readers)
        t.join();
    EXPECT_EQ(readerFailures, 0);
    EXPECT_GE(connectionsSeen, 2); // the writer's and at least this reader's
    // The readers' connections are closed: only the writer's is left.
    EXPECT_EQ(store::WalCheckpointer::connectionsTo(file), 1);
    auto n = writer->queryInt("SELECT count(*) FROM t;");
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, kRows);
    writer.reset();
    EXPECT_EQ(store::WalCheckpointer::connectionsTo(file), 0);
}
