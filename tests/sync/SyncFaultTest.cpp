// Fault tests: a real registry process on 127.0.0.1, killed and restarted; the
// real sohoa-cli killed with SIGKILL mid-upload; connections cut after N bytes,
// 500/503/429 answers and answers slower than the client's timeout from a test
// proxy; the same batch sent twice. Each ends with the same check: every
// approved record accepted exactly once with the same content, or clearly
// marked with a reason; nothing lost; nothing twice on the registry; and the
// client never relied on the registry's deduplication (nothing re-sent).
#include "FaultProxy.h"
#include "SyncTestSupport.h"
#include "core/sync/Device.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <gtest/gtest.h>
#include <mutex>

using namespace sohoa;
using namespace sohoa::test;

namespace {

sync::SyncOptions options(int timeoutMs = 10000)
{
    sync::SyncOptions o;
    o.timeoutMs = timeoutMs;
    o.backoffBaseMs = 100;
    o.backoffCapMs = 1000;
    o.patienceSeconds = 60;
    o.recordsPerRequest = 5;
    o.maxParallel = 2;
    return o;
}

// Runs sync until nothing is left to retry (at most a few runs).
void syncUntilSettled(TestStore& store, const sync::SyncOptions& o,
                      const std::function<void(const sync::SyncProgress&)>& progress = {})
{
    auto supervisor = store.supervisor();
    for (int run = 0; run < 4; ++run) {
        auto summary = sync::syncNow(*supervisor, o, progress);
        ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
        if (summary->failedWillRetry == 0 && summary->waiting == 0)
            return;
    }
}

void expectExactlyOnce(TestStore& store, const RegistryProcess& registry, int approved)
{
    const DeliveryReport report = checkDelivery(store, registry);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.approved, approved);
    EXPECT_EQ(report.accepted, approved);
    const registry::RegistryStats stats = registry.stats();
    EXPECT_EQ(stats.records, approved);
    EXPECT_EQ(stats.resubmittedRecords, 0) << "a record was sent again although the registry had it";
    EXPECT_EQ(stats.repeatedChunks, 0) << "image bytes were sent again although the registry had them";
}

QString writePassword(const QString& dir)
{
    const QString file = dir + QStringLiteral("/supervisor.pass");
    QFile f(file);
    f.open(QIODevice::WriteOnly);
    f.write(kSupervisorPassword + '\n');
    return file;
}

} // namespace

TEST(SyncFaults, RegistryKilledMidBatchAndRestarted)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("Sổ 2016"), 40);
    ASSERT_EQ(batch.recordIds.size(), 40);

    bool killed = false;
    bool restarted = false;
    syncUntilSettled(store, options(5000), [&](const sync::SyncProgress& p) {
        if (killed || p.answered < 10)
            return;
        killed = true;
        // Next turn of the event loop: requests are in flight then.
        QTimer::singleShot(0, [&] {
            registry.kill();
            QTimer::singleShot(1500, [&] { restarted = registry.start(registry.port()); });
        });
    });
    EXPECT_TRUE(killed);
    EXPECT_TRUE(restarted);
    expectExactlyOnce(store, registry, 40);
}

TEST(SyncFaults, ClientKilledWithSigkillMidUploadResumesWithoutResending)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    SampleOptions so;
    so.bigImageEvery = 8; // a few images of several MiB: chunked uploads in flight
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("Sổ 2017"), 30, so);
    ASSERT_EQ(batch.recordIds.size(), 30);
    // Slow answers so that the process is surely in the middle of something when killed.
    FaultProxy proxy(registry.port(), registry.certFile(), registry.tlsKeyFile(), registry.caFile(),
                     [](int, const QByteArray&, const QByteArray&) { return Fault::delayResponse(120); });
    const QString password = writePassword(store.dir.path());
    const QStringList args{QStringLiteral("sync"),
                           QStringLiteral("--store"),
                           store.path,
                           QStringLiteral("--user"),
                           QStringLiteral("supervisor"),
                           QStringLiteral("--password-file"),
                           password,
                           QStringLiteral("--records-per-request"),
                           QStringLiteral("4"),
                           QStringLiteral("--parallel"),
                           QStringLiteral("2"),
                           QStringLiteral("--retry-base"),
                           QStringLiteral("100"),
                           QStringLiteral("--wait"),
                           QStringLiteral("60"),
                           QStringLiteral("--server")};
    for (int round = 0; round < 2; ++round) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOHOA_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(binaryPath(QStringLiteral("sohoa-cli")), args + QStringList{proxy.url()});
        ASSERT_TRUE(p.waitForStarted(20000));
        QByteArray err;
        QElapsedTimer t;
        t.start();
        // Kill once a few answers are in, while the next requests are on the wire.
        const QRegularExpression answered(QStringLiteral("sync: ([1-9][0-9]*) answered"));
        auto answersSeen = [&] {
            int most = 0;
            for (auto it = answered.globalMatch(QString::fromUtf8(err)); it.hasNext();)
                most = qMax(most, it.next().captured(1).toInt());
            return most;
        };
        while (answersSeen() == 0 && p.state() == QProcess::Running && t.elapsed() < 120000) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        ASSERT_EQ(p.state(), QProcess::Running)
            << "sync finished before it could be killed: " << err.toStdString();
        QThread::msleep(150);
        p.kill(); // SIGKILL
        p.waitForFinished(10000);
    }
    {
        auto s = store.supervisor();
        auto interrupted =
            sync::outboxRecords(s->db(), sync::OutboxFilter{0, sync::SyncState::Sending, false, 0, 1000});
        ASSERT_TRUE(interrupted.ok());
        EXPECT_FALSE(interrupted->isEmpty()) << "the kill did not catch a request in flight";
    }
    // Restarted: it asks about what was in flight, resumes partial uploads, sends the rest once.
    const ProcessResult last = runCli(args + QStringList{registry.url(), QStringLiteral("--json")});
    EXPECT_EQ(last.exitCode, 0) << last.err.toStdString();
    expectExactlyOnce(store, registry, 30);
}

TEST(SyncFaults, ConnectionsCutAfterNBytes)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    SampleOptions so;
    so.bigImageEvery = 10;
    makeApprovedBirths(store, QStringLiteral("Sổ 2018"), 30, so);
    // Every third request is cut: alternately inside the request (the registry
    // never sees all of it) and inside the answer (it did, the client cannot know).
    FaultProxy proxy(registry.port(), registry.certFile(), registry.tlsKeyFile(), registry.caFile(),
                     [](int i, const QByteArray&, const QByteArray&) {
                         if (i % 3 != 0)
                             return Fault::pass();
                         return (i / 3) % 2 ? Fault::cutRequest(300 + (i * 37) % 2000)
                                            : Fault::cutResponse(20 + (i * 13) % 120);
                     });
    sync::SyncOptions o = options();
    o.serverUrl = proxy.url();
    syncUntilSettled(store, o);
    EXPECT_GT(proxy.faultsInjected(), 5);
    expectExactlyOnce(store, registry, 30);
}

TEST(SyncFaults, ServerErrorsAndRateLimitsAreRetriedAndExplained)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("Sổ 2019"), 15);
    FaultProxy proxy(registry.port(), registry.certFile(), registry.tlsKeyFile(), registry.caFile(),
                     [](int i, const QByteArray&, const QByteArray&) {
                         if (i <= 4)
                             return Fault::respond(500);
                         if (i <= 7)
                             return Fault::respond(503, 1);
                         if (i <= 10)
                             return Fault::respond(429, 1);
                         if (i % 7 == 0)
                             return Fault::respond(i % 2 ? 503 : 500);
                         return Fault::pass();
                     });
    sync::SyncOptions o = options();
    o.serverUrl = proxy.url();
    // One pass without waiting: the outbox says what went wrong and when it tries again.
    o.patienceSeconds = 0;
    auto supervisor = store.supervisor();
    auto first = sync::syncNow(*supervisor, o);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    auto failing = sync::outboxRecords(
        supervisor->db(), sync::OutboxFilter{0, sync::SyncState::FailedWillRetry, false, 0, 100});
    ASSERT_TRUE(failing.ok());
    ASSERT_FALSE(failing->isEmpty());
    for (const sync::OutboxRecord& r : *failing) {
        EXPECT_FALSE(r.lastCode.isEmpty());
        EXPECT_FALSE(r.lastMessage.isEmpty());
        EXPECT_FALSE(r.nextAttemptAt.isEmpty());
        EXPECT_FALSE(r.lastAttemptAt.isEmpty());
    }
    auto batches = sync::outboxBatches(supervisor->db());
    ASSERT_TRUE(batches.ok());
    EXPECT_EQ(batches->front().state, sync::SyncState::FailedWillRetry);
    supervisor.reset();
    o.patienceSeconds = 60;
    syncUntilSettled(store, o);
    expectExactlyOnce(store, registry, 15);
}

TEST(SyncFaults, RoundQueuedBehindARefusalIsHeldBack)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("Sổ 2021"), 12);
    // The first records request gets 503 + Retry-After: 2. The round queued
    // behind that one must not go out before the registry's time is up.
    std::mutex mutex;
    QElapsedTimer clock;
    clock.start();
    qint64 refusedAt = -1;
    QList<qint64> arrivals;
    FaultProxy proxy(registry.port(), registry.certFile(), registry.tlsKeyFile(), registry.caFile(),
                     [&](int, const QByteArray&, const QByteArray& path) {
                         const std::lock_guard lock(mutex);
                         arrivals.append(clock.elapsed());
                         if (refusedAt < 0 && path.endsWith("/records")) {
                             refusedAt = clock.elapsed();
                             return Fault::respond(503, 2);
                         }
                         return Fault::pass();
                     });
    sync::SyncOptions o = options();
    o.serverUrl = proxy.url();
    o.recordsPerRequest = 2; // rounds of 4 records: 3 rounds
    syncUntilSettled(store, o);
    expectExactlyOnce(store, registry, 12);
    const std::lock_guard lock(mutex);
    ASSERT_GE(refusedAt, 0);
    // Only the other records request of the refused round may come meanwhile.
    int early = 0;
    for (qint64 t : std::as_const(arrivals))
        early += t > refusedAt && t < refusedAt + 1500 ? 1 : 0;
    EXPECT_LE(early, 1);
    // A held-back record was not attempted: the round that carried it counts once.
    auto supervisor = store.supervisor();
    auto records = sync::outboxRecordsFor(supervisor->db(), batch.recordIds);
    ASSERT_TRUE(records.ok());
    int once = 0;
    for (const sync::OutboxRecord& r : std::as_const(*records))
        once += r.attempts == 1 ? 1 : 0;
    EXPECT_GE(once, 8) << "only the refused request's records were attempted twice";
}

TEST(SyncFaults, AnswersSlowerThanTheClientsTimeout)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    makeApprovedBirths(store, QStringLiteral("Sổ 2020"), 12);
    int slowRecords = 0;
    FaultProxy proxy(registry.port(), registry.certFile(), registry.tlsKeyFile(), registry.caFile(),
                     [&slowRecords](int, const QByteArray&, const QByteArray& path) {
                         // The registry stores the records, the answer comes too late.
                         if (path.endsWith("/records") && slowRecords < 2) {
                             ++slowRecords;
                             return Fault::delayResponse(3000);
                         }
                         return Fault::pass();
                     });
    sync::SyncOptions o = options(1000);
    o.serverUrl = proxy.url();
    syncUntilSettled(store, o);
    EXPECT_EQ(slowRecords, 2);
    expectExactlyOnce(store, registry, 12);
}

TEST(SyncFaults, SameBatchSentTwice)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    makeApprovedBirths(store, QStringLiteral("Sổ 2021"), 10);
    {
        auto supervisor = store.supervisor();
        ASSERT_TRUE(sync::enqueueApproved(*supervisor).ok());
    }
    // A copy of the store as it was before sending (say, restored from last night's backup).
    QTemporaryDir backup;
    for (const QString& name : QDir(store.path).entryList(QDir::Files))
        ASSERT_TRUE(
            QFile::copy(store.path + QLatin1Char('/') + name, backup.path() + QLatin1Char('/') + name));

    syncUntilSettled(store, options());
    expectExactlyOnce(store, registry, 10);
    // Again from the same store: no record to send, only the office's state (roster and audit head).
    {
        auto supervisor = store.supervisor();
        auto again = sync::syncNow(*supervisor, options());
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again->requests, 2);
    }
    // Again from the restored copy, which believes nothing was sent. Its audit
    // trail forks from the one the registry anchored: refused until the
    // registry's administrator accepts the explained restore.
    auto restored =
        accounts::Session::signIn(backup.path(), QStringLiteral("supervisor"), kSupervisorPassword);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    auto refused = sync::syncNow(**restored, options());
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->stoppedCode, QStringLiteral("audit.fork"));
    EXPECT_EQ(refused->accepted, 0);
    {
        auto settings = sync::loadRegistrySettings((*restored)->db());
        ASSERT_TRUE(settings.ok());
        auto registryStore = registry.openStore();
        ASSERT_TRUE(registryStore);
        registry::RegistryService service(*registryStore);
        ASSERT_TRUE(service.acceptNewHistory(settings->deviceId).ok());
    }
    // The registry recognises every record key and stores nothing twice.
    auto summary = sync::syncNow(**restored, options());
    ASSERT_TRUE(summary.ok());
    EXPECT_TRUE(summary->stoppedCode.isEmpty()) << summary->stoppedMessage.toStdString();
    EXPECT_EQ(summary->accepted, 10);
    const registry::RegistryStats stats = registry.stats();
    EXPECT_EQ(stats.records, 10);
    EXPECT_EQ(stats.resubmittedRecords, 10);
    const DeliveryReport report = checkDelivery(store, registry);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
}
