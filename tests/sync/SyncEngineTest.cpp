// The sync client against a real registry process on 127.0.0.1: answers per
// record, the outbox's states and words, the supervisor's queue, the audit trail.
#include "core/sync/SyncEngine.h"

#include "SyncTestSupport.h"
#include "core/audit/AuditChain.h"
#include "core/batches/BatchRepository.h"
#include "core/common/Clock.h"
#include "core/records/RecordRepository.h"
#include "core/store/Database.h"
#include "core/sync/Outbox.h"
#include "core/workflow/Workflow.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::test;

namespace {

sync::SyncOptions fastOptions()
{
    sync::SyncOptions o;
    o.timeoutMs = 20000;
    o.backoffBaseMs = 100;
    o.patienceSeconds = 30;
    return o;
}

QHash<qint64, sync::OutboxRecord> outboxOf(accounts::Session& s, const QList<qint64>& ids)
{
    auto r = sync::outboxRecordsFor(s.db(), ids);
    EXPECT_TRUE(r.ok());
    return r ? *r : QHash<qint64, sync::OutboxRecord>{};
}

} // namespace

TEST(SyncEngine, SendsApprovedRecordsAndRecordsEachAnswer)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("Sổ khai sinh 2015"), 12);
    ASSERT_EQ(batch.recordIds.size(), 12);

    auto supervisor = store.supervisor();
    int progressCalls = 0;
    auto summary =
        sync::syncNow(*supervisor, fastOptions(), [&](const sync::SyncProgress&) { ++progressCalls; });
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->accepted, 12);
    EXPECT_EQ(summary->records.size(), 12);
    EXPECT_GT(progressCalls, 0);

    const auto outbox = outboxOf(*supervisor, batch.recordIds);
    for (qint64 id : batch.recordIds) {
        const sync::OutboxRecord& o = outbox.value(id);
        EXPECT_EQ(o.state, sync::SyncState::Accepted);
        EXPECT_TRUE(o.registryId.startsWith(QLatin1String("KS-")));
        EXPECT_FALSE(o.lastAttemptAt.isEmpty());
        EXPECT_FALSE(o.lastMessage.isEmpty());
        EXPECT_EQ(o.attempts, 1);
    }
    const DeliveryReport report = checkDelivery(store, registry);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.accepted, 12);
    const registry::RegistryStats stats = registry.stats();
    EXPECT_EQ(stats.records, 12);
    EXPECT_EQ(stats.uploadsComplete, 12);
    EXPECT_EQ(stats.resubmittedRecords, 0);

    // Each answer is in the audit trail with the record, and the chain holds.
    audit::AuditFilter f;
    f.actionPrefix = QStringLiteral("sync.answer");
    f.limit = 100;
    auto entries = audit::queryAudit(supervisor->db(), f);
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->size(), 12);
    auto chain = audit::verifyAuditChain(supervisor->db());
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact);

    // The batch list counts what was synced.
    auto s = batches::summarizeBatch(supervisor->db(), batch.batchId);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->counts.value(QStringLiteral("synced")), 12);

    // Running again sends no record: only the office's state (roster and audit head).
    auto again = sync::syncNow(*supervisor, fastOptions());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->requests, 2);
    EXPECT_EQ(registry.stats().records, 12);
}

TEST(SyncEngine, PartialAcceptanceRejectionsAndConflictsGoToTheSupervisor)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    auto supervisor = store.supervisor();

    // First batch: three records, accepted.
    const SampleBatch first = makeApprovedBirths(store, QStringLiteral("Sổ 2015 A"), 3, numberedFrom(1));
    ASSERT_TRUE(sync::syncNow(*supervisor, fastOptions()).ok());

    // Second batch: one new record, one that re-uses the personal id of record 1
    // for another person, one that is the same registration as record 2 with
    // another name (conflict), one with no book number (registry requires it),
    // and one identical to record 3 (the registry already has it: accepted, not stored twice).
    auto clerk = store.clerk();
    auto b2 = batches::findOrCreateBatch(*clerk, QStringLiteral("Sổ 2015 B"));
    ASSERT_TRUE(b2.ok());
    QList<QMap<QString, QString>> values;
    values.append(birthValues(10));
    QMap<QString, QString> otherPerson = birthValues(11);
    otherPerson[QStringLiteral("personal_id")] = birthValues(1).value(QStringLiteral("personal_id"));
    otherPerson[QStringLiteral("date_of_birth")] = birthValues(1).value(QStringLiteral("date_of_birth"));
    otherPerson[QStringLiteral("sex")] = birthValues(1).value(QStringLiteral("sex"));
    values.append(otherPerson);
    QMap<QString, QString> conflict = birthValues(2);
    conflict[QStringLiteral("full_name")] = QStringLiteral("TRẦN THỊ KHÁC");
    values.append(conflict);
    QMap<QString, QString> noBook = birthValues(13);
    noBook.remove(QStringLiteral("book_number"));
    values.append(noBook);
    values.append(birthValues(3));
    QList<qint64> ids;
    for (const auto& v : values) {
        auto id = workflow::createManualRecord(*clerk, b2->id, 0, 1, QStringLiteral("birth"), v);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        ASSERT_TRUE(workflow::confirmRecord(*clerk, *id).ok());
        workflow::Decision d;
        d.acknowledgeWarnings = true;
        auto a = workflow::approveRecord(*supervisor, *id, d);
        ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
        ids.append(*id);
    }
    auto summary = sync::syncNow(*supervisor, fastOptions());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    const auto outbox = outboxOf(*supervisor, ids);
    EXPECT_EQ(outbox.value(ids[0]).state, sync::SyncState::Accepted);
    EXPECT_EQ(outbox.value(ids[1]).state, sync::SyncState::Rejected);
    EXPECT_EQ(outbox.value(ids[1]).lastCode, QStringLiteral("personal_id.other_person"));
    EXPECT_EQ(outbox.value(ids[2]).state, sync::SyncState::Conflict);
    const QJsonObject answer = outbox.value(ids[2]).answer;
    EXPECT_EQ(answer.value(QLatin1String("registry_version"))
                  .toObject()
                  .value(QLatin1String("fields"))
                  .toObject()
                  .value(QLatin1String("full_name"))
                  .toString(),
              birthValues(2).value(QStringLiteral("full_name")));
    EXPECT_EQ(answer.value(QLatin1String("submitted_version"))
                  .toObject()
                  .value(QLatin1String("fields"))
                  .toObject()
                  .value(QLatin1String("full_name"))
                  .toString(),
              QStringLiteral("TRẦN THỊ KHÁC"));
    EXPECT_EQ(outbox.value(ids[3]).state, sync::SyncState::Rejected);
    EXPECT_EQ(outbox.value(ids[3]).lastCode, QStringLiteral("required.missing"));
    EXPECT_EQ(outbox.value(ids[4]).state, sync::SyncState::Accepted);
    EXPECT_TRUE(outbox.value(ids[4]).answer.value(QLatin1String("already_registered")).toBool());
    EXPECT_EQ(outbox.value(ids[4]).registryId,
              outboxOf(*supervisor, {first.recordIds[2]}).value(first.recordIds[2]).registryId);

    // The supervisor's queue holds exactly the refused ones, with the registry's words.
    sync::OutboxFilter attention;
    attention.needsSupervisor = true;
    auto queue = sync::outboxRecords(supervisor->db(), attention);
    ASSERT_TRUE(queue.ok());
    ASSERT_EQ(queue->size(), 3);
    for (const auto& o : *queue)
        EXPECT_FALSE(o.lastMessage.isEmpty());

    const DeliveryReport report = checkDelivery(store, registry);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.marked, 3);
    EXPECT_EQ(registry.stats().records, 4); // 3 + the new one; the identical one is not stored twice

    // Back to the clerk with the registry's reason; corrected and approved again it is a new submission.
    ASSERT_TRUE(sync::returnToClerk(*supervisor, {ids[3]}).ok());
    auto returned = records::loadRecord(supervisor->db(), ids[3]);
    ASSERT_TRUE(returned.ok());
    EXPECT_EQ(returned->state, records::RecordState::Rejected);
    EXPECT_TRUE(returned->rejectReason.contains(QLatin1String("required.missing")));
    ASSERT_TRUE(
        workflow::editFields(*clerk, ids[3], {{QStringLiteral("book_number"), QStringLiteral("01/2015")}})
            .ok());
    ASSERT_TRUE(workflow::confirmRecord(*clerk, ids[3]).ok());
    workflow::Decision d;
    d.acknowledgeWarnings = true;
    auto supervisor2 = store.signIn(QStringLiteral("supervisor2"));
    ASSERT_TRUE(workflow::approveRecord(*supervisor2, ids[3], d).ok());
    auto third = sync::syncNow(*supervisor, fastOptions());
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(outboxOf(*supervisor, {ids[3]}).value(ids[3]).state, sync::SyncState::Accepted);
    EXPECT_NE(outboxOf(*supervisor, {ids[3]}).value(ids[3]).recordKey, outbox.value(ids[3]).recordKey);
}

TEST(SyncEngine, OnlySupervisorsSyncAndNothingHappensBeforeEnrolment)
{
    TestStore store;
    makeApprovedBirths(store, QStringLiteral("B"), 1);
    auto clerk = store.clerk();
    EXPECT_EQ(sync::syncNow(*clerk, fastOptions()).error().code, QStringLiteral("auth.forbidden"));
    auto supervisor = store.supervisor();
    EXPECT_EQ(sync::syncNow(*supervisor, fastOptions()).error().code, QStringLiteral("sync.not_enrolled"));
}

TEST(SyncEngine, CancelTakesUnsentRecordsBackToTheClerk)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("B"), 2);
    auto supervisor = store.supervisor();
    ASSERT_TRUE(sync::enqueueApproved(*supervisor).ok());
    auto cancelled = sync::cancelRecords(*supervisor, {batch.recordIds[0]}, QStringLiteral("wrong book"));
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();
    auto r = records::loadRecord(supervisor->db(), batch.recordIds[0]);
    EXPECT_EQ(r->state, records::RecordState::Rejected);
    auto summary = sync::syncNow(*supervisor, fastOptions());
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->accepted, 1);
    EXPECT_EQ(registry.stats().records, 1);
    // An accepted record cannot be cancelled any more.
    EXPECT_EQ(sync::cancelRecords(*supervisor, {batch.recordIds[1]}, QStringLiteral("late")).error().code,
              QStringLiteral("sync.maybe_sent"));
}

TEST(SyncEngine, RevokedDeviceStopsWithAClearReason)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("B"), 3);
    {
        auto rs = registry.openStore();
        registry::RegistryService service(*rs);
        auto devices = service.devices();
        ASSERT_TRUE(devices.ok());
        ASSERT_EQ(devices->size(), 1);
        ASSERT_TRUE(service.revokeDevice(devices->front().id).ok());
    }
    auto supervisor = store.supervisor();
    auto summary = sync::syncNow(*supervisor, fastOptions());
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->stoppedCode, QStringLiteral("auth.device_revoked"));
    for (const auto& o : outboxOf(*supervisor, batch.recordIds)) {
        EXPECT_EQ(o.state, sync::SyncState::NeedsAttention);
        EXPECT_TRUE(o.lastMessage.contains(QLatin1String("enrol")));
    }
    EXPECT_EQ(registry.stats().records, 0);
}

// The request signatures carry the time of SoHoa's clock (common/Clock.h), the one the engine corrects
// against the registry's answer: a computer whose clock runs two hours fast (here a TestClock; the
// registry, another process, keeps the real time) is refused with auth.clock_skew, and sends once it
// may correct.
TEST(SyncEngine, AClockTwoHoursFastIsCorrectedOnceAndTheRecordsGo)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("B"), 3);
    auto supervisor = store.supervisor();
    TestClock clock(QDateTime::currentDateTimeUtc().addSecs(2 * 3600));
    auto summary = sync::syncNow(*supervisor, fastOptions());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_TRUE(summary->stoppedCode.isEmpty()) << summary->stoppedCode.toStdString();
    EXPECT_EQ(summary->accepted, 3);
    EXPECT_EQ(registry.stats().records, 3);

    // Not allowed to correct, a new run (its correction starts from nothing) is refused: nothing goes.
    SampleOptions later;
    later.firstNumber = 100;
    const SampleBatch more = makeApprovedBirths(store, QStringLiteral("C"), 2, later);
    sync::SyncOptions strict = fastOptions();
    strict.maxClockCorrections = 0;
    auto refused = sync::syncNow(*supervisor, strict);
    ASSERT_TRUE(refused.ok()) << refused.error().message.toStdString();
    EXPECT_EQ(refused->accepted, 0);
    EXPECT_EQ(registry.stats().records, 3);
    bool sawSkew = refused->stoppedCode == QLatin1String("auth.clock_skew");
    for (const auto& o : outboxOf(*supervisor, more.recordIds))
        sawSkew = sawSkew || o.lastCode == QLatin1String("auth.clock_skew");
    EXPECT_TRUE(sawSkew) << refused->stoppedCode.toStdString();
}
