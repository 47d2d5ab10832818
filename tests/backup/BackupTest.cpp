// Backups taken while another process writes, restored on a fresh path:
// the same records, images and audit chain; damaged backups are refused;
// an existing store is never overwritten.
#include "TestSupport.h"
#include "core/audit/AuditChain.h"
#include "core/backup/StoreBackup.h"
#include "core/batches/DocumentRepository.h"
#include "core/records/RecordRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <csignal>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

qint64 lastLine(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    return lines.isEmpty() ? 0 : lines.back().toLongLong();
}

std::unique_ptr<accounts::Session> signIn(const QString& path, const QString& name)
{
    auto s = accounts::Session::signIn(path, name, test::passwordFor(name));
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
    return s.ok() ? std::move(*s) : nullptr;
}

QList<audit::AuditEntry> allAudit(store::Database& db)
{
    audit::AuditFilter f;
    f.limit = 1000000;
    auto r = audit::queryAudit(db, f);
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : QList<audit::AuditEntry>{};
}

} // namespace

TEST(Backup, TakenDuringIngestRestoresTheSameRecordsImagesAndAuditChain)
{
    test::TestStore store;
    const QString progress = store.dir.path() + QStringLiteral("/progress.txt");
    QProcess writer;
    writer.start(test::binaryPath(QStringLiteral("store_fault_writer")),
                 {QStringLiteral("ingest"), store.path, progress});
    ASSERT_TRUE(writer.waitForStarted());
    QElapsedTimer t;
    t.start();
    while (lastLine(progress) < 30 && t.elapsed() < 120000 && writer.state() == QProcess::Running)
        QThread::msleep(20);
    ASSERT_GE(lastLine(progress), 30);

    // The backup runs through the real CLI while the writer keeps going.
    const QString backupFile = store.dir.path() + QStringLiteral("/store.sohoa-backup");
    auto cli = test::runCli(
        {QStringLiteral("backup"), QStringLiteral("--store"), store.path, QStringLiteral("--user"),
         QStringLiteral("supervisor"), QStringLiteral("--out"), backupFile, QStringLiteral("--json")},
        {QStringLiteral("SOHOA_PASSWORD=") + QString::fromLatin1(test::kSupervisorPassword)});
    const qint64 afterBackup = lastLine(progress);
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished();
    ASSERT_EQ(cli.exitCode, 0) << cli.err.constData();
    const QJsonObject manifest = QJsonDocument::fromJson(cli.out).object();
    const qint64 backedUp = qint64(manifest.value(QLatin1String("records")).toDouble());
    EXPECT_GE(backedUp, 30);
    EXPECT_LE(backedUp, afterBackup + 1);

    const QString restoredPath = store.dir.path() + QStringLiteral("/restored");
    auto restored = backup::restoreStore(
        {backupFile, restoredPath, QStringLiteral("admin"), test::kAdminPassword, false});
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(restored->manifest.records, backedUp);

    auto source = signIn(store.path, QStringLiteral("admin"));
    auto copy = signIn(restoredPath, QStringLiteral("admin"));
    ASSERT_TRUE(source && copy);
    // Every record and page image of the snapshot, identical.
    records::RecordQuery q;
    q.limit = 100000;
    auto copied = records::queryRecords(copy->db(), q);
    ASSERT_TRUE(copied.ok());
    ASSERT_EQ(copied->size(), backedUp);
    for (const records::Record& r : *copied) {
        auto original = records::loadRecord(source->db(), r.id);
        ASSERT_TRUE(original.ok());
        EXPECT_EQ(original->fieldsJsonText(), r.fieldsJsonText());
        auto pagesA = batches::documentPages(source->db(), r.documentId);
        auto pagesB = batches::documentPages(copy->db(), r.documentId);
        ASSERT_TRUE(pagesA.ok() && pagesB.ok());
        ASSERT_EQ(pagesB->size(), 1);
        auto imgA = batches::loadPageImage(source->db(), pagesA->front().id);
        auto imgB = batches::loadPageImage(copy->db(), pagesB->front().id);
        ASSERT_TRUE(imgA.ok() && imgB.ok());
        EXPECT_EQ(imgA->data, imgB->data);
    }
    // The restored chain is intact and, entry for entry, the source's chain up to the snapshot.
    auto chain = audit::verifyAuditChain(copy->db());
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact) << chain->problem.toStdString();
    const auto a = allAudit(source->db());
    const auto b = allAudit(copy->db());
    int compared = 0;
    for (const auto& e : b) {
        if (e.action == QLatin1String("store.restored") || e.action.startsWith(QLatin1String("auth.")))
            continue;
        ASSERT_LT(e.seq - 1, a.size());
        EXPECT_EQ(a[int(e.seq - 1)].hash, e.hash) << e.seq;
        ++compared;
        if (e.seq >= restored->manifest.auditEntries)
            break;
    }
    EXPECT_GT(compared, 30);
}

TEST(Backup, RestoreNeverOverwritesAStoreAndReplaceKeepsTheOldOne)
{
    test::TestStore store;
    auto supervisor = store.supervisor();
    ASSERT_TRUE(supervisor);
    const QString file = store.dir.path() + QStringLiteral("/b.sohoa-backup");
    ASSERT_TRUE(backup::backupStore(*supervisor, file).ok());
    auto again = backup::backupStore(*supervisor, file);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, QStringLiteral("backup.exists"));
    auto last = backup::lastBackupTime(supervisor->db());
    ASSERT_TRUE(last.ok());
    EXPECT_TRUE(last->isValid());
    supervisor.reset();

    test::TestStore other;
    const QByteArray before = test::allBytesUnder(other.path);
    auto refused =
        backup::restoreStore({file, other.path, QStringLiteral("admin"), test::kAdminPassword, false});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("restore.target_exists"));
    EXPECT_EQ(test::allBytesUnder(other.path), before);

    auto replaced =
        backup::restoreStore({file, other.path, QStringLiteral("admin"), test::kAdminPassword, true});
    ASSERT_TRUE(replaced.ok()) << replaced.error().message.toStdString();
    ASSERT_FALSE(replaced->previousStoreMovedTo.isEmpty());
    EXPECT_TRUE(accounts::Session::signIn(replaced->previousStoreMovedTo, QStringLiteral("admin"),
                                          test::kAdminPassword)
                    .ok());
    auto s = signIn(other.path, QStringLiteral("admin"));
    ASSERT_TRUE(s);
    EXPECT_EQ(s->storeId(), store.admin()->storeId());
}

TEST(Backup, DamagedOrForeignBackupsAreRefusedAndNothingIsWritten)
{
    test::TestStore store;
    auto supervisor = store.supervisor();
    const QString file = store.dir.path() + QStringLiteral("/b.sohoa-backup");
    ASSERT_TRUE(backup::backupStore(*supervisor, file).ok());
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    f.close();

    auto tryRestore = [&](const QByteArray& bytes, const QString& expectedCode) {
        const QString bad = store.dir.path() + QStringLiteral("/bad.sohoa-backup");
        QFile b(bad);
        ASSERT_TRUE(b.open(QIODevice::WriteOnly | QIODevice::Truncate));
        b.write(bytes);
        b.close();
        const QString target = store.dir.path() + QStringLiteral("/target");
        auto r = backup::restoreStore({bad, target, QStringLiteral("admin"), test::kAdminPassword, false});
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, expectedCode) << r.error().message.toStdString();
        EXPECT_FALSE(QFile::exists(target));
        EXPECT_TRUE(
            QDir(store.dir.path()).entryList({QStringLiteral("target.restoring-*")}, QDir::Dirs).isEmpty());
    };
    QByteArray flipped = good;
    flipped[good.size() / 2] = char(flipped[good.size() / 2] ^ 0x20);
    tryRestore(flipped, QStringLiteral("backup.damaged"));
    tryRestore(good.left(good.size() - 1000), QStringLiteral("backup.damaged"));
    tryRestore(good.left(20), QStringLiteral("backup.damaged"));
    tryRestore(QByteArray("PK\x03\x04 not a backup at all"), QStringLiteral("backup.not_a_backup"));
    tryRestore(QByteArray(), QStringLiteral("backup.not_a_backup"));
    // The right file with the wrong password.
    const QString target = store.dir.path() + QStringLiteral("/target");
    auto wrong =
        backup::restoreStore({file, target, QStringLiteral("admin"), QByteArray("wrong-password"), false});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, QStringLiteral("auth.failed"));
    EXPECT_FALSE(QFile::exists(target));
}

TEST(Backup, OnlyRolesWithTheBackupPermission)
{
    test::TestStore store;
    auto clerk = store.clerk();
    auto r = backup::backupStore(*clerk, store.dir.path() + QStringLiteral("/x"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("auth.forbidden"));
}
