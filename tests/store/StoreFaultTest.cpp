// Crashes, full disks and damaged or foreign files: clear errors, no crash,
// nothing committed is lost.
#include "TestSupport.h"
#include "core/accounts/StoreSetup.h"
#include "core/audit/AuditChain.h"
#include "core/records/RecordRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <atomic>
#include <csignal>
#include <gtest/gtest.h>
#include <thread>

using namespace sohoa;

namespace {

qint64 lastCommittedCount(const QString& progressFile)
{
    QFile f(progressFile);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    qint64 last = 0;
    for (const QByteArray& l : lines)
        if (!l.trimmed().isEmpty())
            last = l.trimmed().toLongLong();
    return last;
}

// Starts store_fault_writer in `mode` and waits until it has committed `atLeast`.
void startWriterAndWait(QProcess& writer, const QString& mode, const QString& storePath,
                        const QString& progress, qint64 atLeast)
{
    writer.start(test::binaryPath(QStringLiteral("store_fault_writer")), {mode, storePath, progress});
    ASSERT_TRUE(writer.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (lastCommittedCount(progress) < atLeast && timer.elapsed() < 120000 &&
           writer.state() == QProcess::Running)
        QThread::msleep(20);
}

void expectStoreHealthy(const QString& path, qint64 minRecords)
{
    auto admin = accounts::Session::signIn(path, QStringLiteral("admin"), test::kAdminPassword);
    ASSERT_TRUE(admin.ok()) << admin.error().message.toStdString();
    auto report = audit::verifyAuditChain((*admin)->db());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->intact) << report->problem.toStdString();
    auto count = (*admin)->db().queryInt("SELECT count(*) FROM records;");
    ASSERT_TRUE(count.ok());
    EXPECT_GE(*count, minRecords);
    auto integrity = (*admin)->db().queryText("PRAGMA integrity_check;");
    ASSERT_TRUE(integrity.ok());
    EXPECT_EQ(*integrity, QStringLiteral("ok"));
}

} // namespace

TEST(StoreFaults, KilledInTheMiddleOfAWriteTransactionLosesNothingCommitted)
{
    test::TestStore store;
    const QString progress = store.dir.path() + QStringLiteral("/progress.txt");
    QProcess writer;
    // Let it commit a few transactions, then kill it while the next one is being written
    // (each transaction takes much longer than the moment between two).
    startWriterAndWait(writer, QStringLiteral("crash"), store.path, progress, 2000);
    ASSERT_EQ(writer.state(), QProcess::Running) << writer.readAllStandardOutput().constData();
    QThread::msleep(30);
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished();
    const qint64 committed = lastCommittedCount(progress);
    ASSERT_GE(committed, 2000);

    expectStoreHealthy(store.path, committed);
    auto admin = store.admin();
    ASSERT_TRUE(admin);
    // Whole transactions only: the count is a multiple of the batch size.
    auto count = admin->db().queryInt("SELECT count(*) FROM records;");
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count % 500, 0);
    auto batches = admin->db().queryInt("SELECT count(*) FROM audit WHERE action = 'test.batch_written';");
    ASSERT_TRUE(batches.ok());
    EXPECT_EQ(*batches * 500, *count);
}

TEST(StoreFaults, FullDiskGivesAClearErrorAndKeepsEverythingCommittedBefore)
{
    test::TestStore store;
    const qint64 dbSize = QFile(store.path + QStringLiteral("/store.db")).size();
    auto run =
        test::runProgram(test::binaryPath(QStringLiteral("store_fault_writer")),
                         {QStringLiteral("fill"), store.path, QString::number(dbSize + 3 * 1024 * 1024)});
    ASSERT_EQ(run.exitCode, 0) << run.out.constData() << run.err.constData();
    const QString out = QString::fromUtf8(run.out);
    ASSERT_TRUE(out.startsWith(QLatin1String("stopped store.disk_full")) ||
                out.startsWith(QLatin1String("stopped store.io_error")))
        << out.toStdString();
    const qint64 written = out.section(QLatin1Char(' '), 3, 3).toLongLong();
    expectStoreHealthy(store.path, written);
    // The message a user sees says what happened and that earlier work is safe.
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
}

TEST(StoreFaults, UnwritablePlacesGiveClearErrors)
{
    for (const QString& path :
         {QStringLiteral("/proc/sohoa-cannot-be-here/store"), QStringLiteral("/etc/hostname/store")}) {
        auto code = accounts::createStore(
            {path, QStringLiteral("admin"), test::kAdminPassword, crypto::KdfParams::interactive()});
        ASSERT_FALSE(code.ok()) << path.toStdString();
        EXPECT_EQ(code.error().code, QStringLiteral("store.cannot_write")) << code.error().code.toStdString();
        EXPECT_TRUE(code.error().message.contains(path)) << code.error().message.toStdString();
    }
}

TEST(StoreFaults, NeverOverwritesAnExistingStore)
{
    test::TestStore store;
    const QByteArray before = test::allBytesUnder(store.path);
    auto code = accounts::createStore(
        {store.path, QStringLiteral("admin"), test::kAdminPassword, crypto::KdfParams::interactive()});
    ASSERT_FALSE(code.ok());
    EXPECT_EQ(code.error().code, QStringLiteral("store.exists"));
    EXPECT_EQ(test::allBytesUnder(store.path), before);
}

TEST(StoreFaults, CorruptedHeaderIsAClearError)
{
    test::TestStore store;
    {
        QFile db(store.path + QStringLiteral("/store.db"));
        ASSERT_TRUE(db.open(QIODevice::ReadWrite));
        ASSERT_TRUE(db.seek(0));
        db.write(QByteArray(16, '\0')); // SQLCipher keeps the page-1 salt here
    }
    auto s = accounts::Session::signIn(store.path, QStringLiteral("admin"), test::kAdminPassword);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, QStringLiteral("store.not_a_store")) << s.error().message.toStdString();
}

TEST(StoreFaults, DamagedKeyFileIsAClearError)
{
    test::TestStore store;
    {
        QFile k(store.path + QStringLiteral("/keyring.json"));
        ASSERT_TRUE(k.open(QIODevice::WriteOnly | QIODevice::Truncate));
        k.write("{\"format\": \"sohoa-keyring\", \"slots\": [tru");
    }
    auto s = accounts::Session::signIn(store.path, QStringLiteral("admin"), test::kAdminPassword);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, QStringLiteral("store.keyring_corrupt"));
}

TEST(StoreFaults, ForeignFilesAreNotTakenForAStore)
{
    QTemporaryDir dir;
    // An empty folder, and a folder with a text file where the database should be.
    auto empty = accounts::Session::signIn(dir.path(), QStringLiteral("admin"), test::kAdminPassword);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, QStringLiteral("store.not_found"));

    test::TestStore store;
    {
        QFile db(store.path + QStringLiteral("/store.db"));
        ASSERT_TRUE(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray("These are the minutes of the commune meeting.\n").repeated(200));
    }
    QFile::remove(store.path + QStringLiteral("/store.db-wal"));
    QFile::remove(store.path + QStringLiteral("/store.db-shm"));
    auto s = accounts::Session::signIn(store.path, QStringLiteral("admin"), test::kAdminPassword);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, QStringLiteral("store.not_a_store"));
}

// SQLite's busy handling is not fair: without turns between writers, a
// program writing without pause (an import) kept another program's writes
// waiting until their 15 s timeout ("the store is busy in another program").
TEST(StoreFaults, AnotherProgramGetsItsTurnWhileOneWritesWithoutPause)
{
    test::TestStore store;
    const QString progress = store.dir.path() + QStringLiteral("/progress.txt");
    QProcess writer;
    startWriterAndWait(writer, QStringLiteral("ingest"), store.path, progress, 30);
    ASSERT_GE(lastCommittedCount(progress), 30);

    QElapsedTimer timer;
    timer.start();
    auto clerk = store.clerk(); // signing in writes to the audit trail
    ASSERT_TRUE(clerk);
    for (int i = 0; i < 20; ++i) {
        auto tx = store::Transaction::begin(clerk->db());
        ASSERT_TRUE(tx.ok()) << tx.error().message.toStdString();
        ASSERT_TRUE(clerk->audit(QStringLiteral("test.turn"), QStringLiteral("test:%1").arg(i)));
        ASSERT_TRUE(tx->commit().ok());
    }
    const qint64 ourWrites = timer.elapsed();
    const qint64 before = lastCommittedCount(progress);
    QThread::msleep(200);
    EXPECT_GT(lastCommittedCount(progress), before) << "the other program still writes";
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished();
    // A bound on fairness, far above the expected ~1 s: a waiter left to luck
    // took several seconds per transaction.
    EXPECT_LT(ourWrites, 10000);
    clerk.reset();
    expectStoreHealthy(store.path, 30);
}

namespace {
// One write transaction of `entries` audit entries.
void writeAuditEntries(accounts::Session& s, int entries, const QString& action)
{
    auto tx = store::Transaction::begin(s.db());
    ASSERT_TRUE(tx.ok()) << tx.error().message.toStdString();
    for (int i = 0; i < entries; ++i)
        ASSERT_TRUE(s.audit(action, QStringLiteral("test:%1").arg(i)).ok());
    ASSERT_TRUE(tx->commit().ok());
}
} // namespace

// The turns cost a bulk writer nothing when nobody else wants to write.
TEST(StoreFaults, AWriterAloneNeverPausesForTurns)
{
    test::TestStore store;
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    QElapsedTimer timer;
    timer.start();
    int transactions = 0;
    while (timer.elapsed() < 400) { // several 50 ms streaks, back to back
        writeAuditEntries(*clerk, 5, QStringLiteral("test.alone"));
        ++transactions;
    }
    EXPECT_EQ(clerk->db().writerPauses(), 0) << "over " << transactions << " transactions";
}

// Connections in one process see each other wait too (the desktop's import
// beside its own verification station), not only other programs.
TEST(StoreFaults, AConnectionInTheSameProcessGetsItsTurn)
{
    test::TestStore store;
    auto bulk = store.clerk();
    ASSERT_TRUE(bulk);
    std::atomic<bool> otherDone{false};
    qint64 otherWrites = -1;
    std::thread other([&] {
        auto s = store.clerk();
        if (s) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 10; ++i)
                writeAuditEntries(*s, 1, QStringLiteral("test.turn"));
            otherWrites = timer.elapsed();
        }
        otherDone = true;
    });
    QElapsedTimer timer;
    timer.start();
    // Long transactions back to back: the other connection finds the store busy.
    while (!otherDone && timer.elapsed() < 30000)
        writeAuditEntries(*bulk, 50, QStringLiteral("test.bulk"));
    other.join();
    ASSERT_GE(otherWrites, 0) << "the other connection could not sign in";
    EXPECT_LT(otherWrites, 10000) << "left waiting: no turns";
}
