// Two offices enrolled with one registry (real stores, real sync, a real server
// process): one office's records and personal ids never block the other's,
// and no answer to one office carries the other's data (issue 21, finding 2).
#include "SyncTestSupport.h"
#include "core/common/Json.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"

#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::test;

namespace {

const QString kOfficeA = QStringLiteral("UBND phường Hoàn Kiếm");
const QString kOfficeB = QStringLiteral("UBND xã Bát Tràng");

sync::SyncSummary syncStore(TestStore& store)
{
    sync::SyncOptions o;
    o.timeoutMs = 20000;
    o.backoffBaseMs = 100;
    o.patienceSeconds = 30;
    auto supervisor = store.supervisor();
    auto summary = sync::syncNow(*supervisor, o, {});
    EXPECT_TRUE(summary.ok()) << (summary ? "" : summary.error().message.toStdString());
    return summary ? *summary : sync::SyncSummary{};
}

QList<sync::OutboxRecord> outboxOf(TestStore& store, const SampleBatch& batch)
{
    auto supervisor = store.supervisor();
    auto r = sync::outboxRecordsFor(supervisor->db(), batch.recordIds);
    EXPECT_TRUE(r.ok());
    return r ? r->values() : QList<sync::OutboxRecord>{};
}

// Everything an office was told about its records, as one text.
QByteArray answersOf(TestStore& store, const SampleBatch& batch)
{
    QByteArray all;
    for (const sync::OutboxRecord& o : outboxOf(store, batch))
        all += canonicalJson(o.answer) + o.lastMessage.toUtf8() + '\n';
    return all;
}

struct TwoOffices {
    RegistryProcess registry;
    TestStore a, b;
    bool ready = false;
    TwoOffices() { ready = registry.start() && enrol(a, registry, kOfficeA) && enrol(b, registry, kOfficeB); }
};

// B's version of A's records: the same place, book and numbers, other content
// (and, where asked, the same personal ids under another name).
SampleOptions officeBVersion(bool otherName)
{
    SampleOptions o;
    o.fieldOverrides.insert(QStringLiteral("ethnicity"), QStringLiteral("Tày"));
    if (otherName)
        o.fieldOverrides.insert(QStringLiteral("full_name"), QStringLiteral("TRẦN THỊ MẠO DANH"));
    return o;
}

} // namespace

TEST(RegistryOffices, AnotherOfficesEventKeyIsNotAConflictAndShowsNothingOfIt)
{
    TwoOffices t;
    ASSERT_TRUE(t.ready);
    const SampleBatch a = makeApprovedBirths(t.a, QStringLiteral("Sổ A"), 2);
    const sync::SyncSummary sa = syncStore(t.a);
    EXPECT_EQ(sa.accepted, 2);

    // Office B sends records reusing A's place/book/number with other content.
    const SampleBatch b = makeApprovedBirths(t.b, QStringLiteral("Sổ B"), 2, officeBVersion(false));
    const sync::SyncSummary sb = syncStore(t.b);
    EXPECT_EQ(sb.conflicts, 0);
    EXPECT_EQ(sb.accepted, 2);
    const QByteArray told = answersOf(t.b, b);
    EXPECT_FALSE(told.contains("registry_version")) << told.toStdString();
    EXPECT_FALSE(told.contains("Kinh")) << told.toStdString(); // A's value for the field B changed
    for (const sync::OutboxRecord& o : outboxOf(t.a, a))
        EXPECT_EQ(o.state, sync::SyncState::Accepted);
    EXPECT_EQ(t.registry.stats().records, 4);
}

TEST(RegistryOffices, AnotherOfficeSendingTheEventFirstDoesNotBlockTheOwner)
{
    TwoOffices t;
    ASSERT_TRUE(t.ready);
    const SampleBatch b = makeApprovedBirths(t.b, QStringLiteral("Sổ B"), 2, officeBVersion(false));
    EXPECT_EQ(syncStore(t.b).accepted, 2);

    const SampleBatch a = makeApprovedBirths(t.a, QStringLiteral("Sổ A"), 2);
    const sync::SyncSummary sa = syncStore(t.a);
    EXPECT_EQ(sa.conflicts, 0);
    EXPECT_EQ(sa.accepted, 2);
    const QByteArray told = answersOf(t.a, a);
    EXPECT_FALSE(told.contains("Tày")) << told.toStdString();
    EXPECT_FALSE(told.contains("registry_version")) << told.toStdString();
    const DeliveryReport report = checkDelivery(t.a, t.registry);
    EXPECT_EQ(report.accepted, 2);
}

TEST(RegistryOffices, APersonalIdRegisteredByAnotherOfficeUnderAnotherNameDoesNotRejectTheOwner)
{
    TwoOffices t;
    ASSERT_TRUE(t.ready);
    // B registers A's personal ids under another name, in another book (other events).
    SampleOptions other = officeBVersion(true);
    other.bookNumber = QStringLiteral("07/2015");
    makeApprovedBirths(t.b, QStringLiteral("Sổ B"), 2, other);
    EXPECT_EQ(syncStore(t.b).accepted, 2);

    const SampleBatch a = makeApprovedBirths(t.a, QStringLiteral("Sổ A"), 2);
    const sync::SyncSummary sa = syncStore(t.a);
    EXPECT_EQ(sa.rejected, 0);
    EXPECT_EQ(sa.accepted, 2);
    const QByteArray told = answersOf(t.a, a);
    EXPECT_FALSE(told.contains("personal_id.other_person")) << told.toStdString();

    // Inside one office the personal-id rule still holds.
    SampleOptions same = officeBVersion(true);
    same.bookNumber = QStringLiteral("09/2015");
    const SampleBatch again = makeApprovedBirths(t.a, QStringLiteral("Sổ A2"), 1, same);
    const sync::SyncSummary s2 = syncStore(t.a);
    EXPECT_EQ(s2.rejected, 1);
    EXPECT_TRUE(answersOf(t.a, again).contains("personal_id.other_person"));
}
