// What one device can cost the registry: its page-image bytes are capped (a
// real sync against a real server process), uploads it began and abandoned are
// purged after an age (the service with an explicit "now"), and the replay
// cache never scans all its entries.
#include "SyncTestSupport.h"
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/store/Database.h"
#include "core/sync/Outbox.h"
#include "core/sync/Signature.h"
#include "core/sync/SyncEngine.h"
#include "server/registry/ReplayCache.h"

#include <QJsonObject>
#include <gtest/gtest.h>
#include <sodium.h>

using namespace sohoa;
using namespace sohoa::test;
using registry::ReplayCache;

namespace {

// Enrols a device with the service directly, as the HTTPS front would.
registry::Device enrolInProcess(registry::RegistryService& service, const QString& office)
{
    auto code = service.issueEnrolmentCode(office, 1);
    EXPECT_TRUE(code.ok());
    sync::SigningKeyPair keys = sync::SigningKeyPair::generate();
    QByteArray box(32, '\x07');
    QJsonObject request{{QStringLiteral("code"), *code},
                        {QStringLiteral("sign_public_key"), QString::fromLatin1(keys.publicKey.toBase64())},
                        {QStringLiteral("box_public_key"), QString::fromLatin1(box.toBase64())},
                        {QStringLiteral("device_name"), QStringLiteral("test")},
                        {QStringLiteral("store_id"), QStringLiteral("store-1")}};
    request.insert(
        QStringLiteral("proof"),
        QString::fromLatin1(sync::signDetached(canonicalJson(request), keys.secretKey).toBase64()));
    auto answer = service.enrol(request);
    EXPECT_TRUE(answer.ok()) << (answer ? "" : answer.error().message.toStdString());
    auto device = service.device(answer->value(QLatin1String("device_id")).toString());
    EXPECT_TRUE(device.ok());
    return device ? *device : registry::Device{};
}

sync::protocol::UploadPart part(const QByteArray& image, qint64 offset, qint64 length)
{
    return {sync::protocol::contentHash(image), offset, image.size(), image.mid(offset, length)};
}

} // namespace

TEST(RegistryCost, ReplayCacheExpiresInOrderWithoutScanningEverything)
{
    ReplayCache cache;
    const qint64 t0 = 1'800'000'000;
    // 250,000 live nonces (above the 200,000 where the old cache scanned on every request).
    for (int i = 0; i < 250000; ++i)
        ASSERT_EQ(
            cache.admit(QStringLiteral("dev-%1").arg(i % 7), QByteArray::number(i), t0 + 600 + i / 1000, t0),
            ReplayCache::Verdict::Fresh);
    const qint64 before = cache.examined();
    // 10,000 more requests while time moves on by 10 s: 10 s' worth of entries expire.
    int expired = 0;
    for (int i = 0; i < 10000; ++i) {
        const qint64 now = t0 + 600 + i / 1000;
        ASSERT_EQ(cache.admit(QStringLiteral("dev-x"), "n" + QByteArray::number(i), now + 600, now),
                  ReplayCache::Verdict::Fresh);
        expired = int(250000 + i + 1 - cache.size());
    }
    const qint64 cost = cache.examined() - before;
    EXPECT_GT(expired, 5000);
    EXPECT_LE(cost, 10000 + expired) << "entries examined for 10,000 requests";
    // A replay inside its window is caught; once expired the entry is gone.
    EXPECT_EQ(cache.admit(QStringLiteral("dev-%1").arg(249998 % 7), QByteArray::number(249998), t0 + 1000,
                          t0 + 600),
              ReplayCache::Verdict::Replayed);
}

TEST(RegistryCost, ReplayCacheIsBoundedPerDeviceAndInAllWithoutForgetting)
{
    ReplayCache cache(ReplayCache::Limits{10, 4});
    const qint64 now = 1'800'000'000;
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(cache.admit(QStringLiteral("a"), QByteArray::number(i), now + 100, now),
                  ReplayCache::Verdict::Fresh);
    EXPECT_EQ(cache.admit(QStringLiteral("a"), "more", now + 100, now), ReplayCache::Verdict::DeviceFull);
    EXPECT_EQ(cache.admit(QStringLiteral("a"), "0", now + 100, now), ReplayCache::Verdict::Replayed);
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(cache.admit(QStringLiteral("d%1").arg(i), "x", now + 100, now),
                  ReplayCache::Verdict::Fresh);
    EXPECT_EQ(cache.admit(QStringLiteral("z"), "x", now + 100, now), ReplayCache::Verdict::Full);
    EXPECT_EQ(cache.secondsUntilRoom(now), 101);
    // Room again only once entries expire.
    EXPECT_EQ(cache.admit(QStringLiteral("z"), "x", now + 300, now + 101), ReplayCache::Verdict::Fresh);
    EXPECT_EQ(cache.size(), 1);
}

TEST(RegistryCost, AbandonedUploadsArePurgedByAgeAndTheirBytesNoLongerCount)
{
    RegistryProcess registry; // its data folder; the server is not started
    auto store = registry.openStore();
    ASSERT_TRUE(store);
    registry::RegistryService service(*store);
    const registry::Device device = enrolInProcess(service, QStringLiteral("UBND xã A"));

    QByteArray abandoned(300000, 'a'), finished(200000, 'f');
    randombytes_buf(abandoned.data(), size_t(abandoned.size()));
    randombytes_buf(finished.data(), size_t(finished.size()));
    auto r = service.putUploads(device, {part(abandoned, 0, 100000), part(finished, 0, finished.size())});
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r->refused.isEmpty());
    EXPECT_EQ(*service.deviceUsage(device.id), 500000);

    const qint64 week = 7 * 24 * 3600;
    auto n = service.purgeAbandonedUploads(nowUtc(), week);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, 0); // begun just now
    n = service.purgeAbandonedUploads(nowUtc().addDays(6), week);
    EXPECT_EQ(*n, 0);
    n = service.purgeAbandonedUploads(nowUtc().addDays(8), week);
    EXPECT_EQ(*n, 1);
    EXPECT_EQ(*service.deviceUsage(device.id), 200000); // the finished image stays
    auto status = service.status(
        device, QJsonObject{{QStringLiteral("uploads"), QJsonArray{sync::protocol::contentHash(abandoned),
                                                                   sync::protocol::contentHash(finished)}}});
    ASSERT_TRUE(status.ok());
    const QJsonObject uploads = status->value(QLatin1String("uploads")).toObject();
    EXPECT_FALSE(uploads.contains(sync::protocol::contentHash(abandoned)));
    EXPECT_TRUE(uploads.value(sync::protocol::contentHash(finished))
                    .toObject()
                    .value(QLatin1String("complete"))
                    .toBool());
    auto chunks = store->db().queryInt("SELECT count(*) FROM upload_chunks;");
    EXPECT_EQ(*chunks, 1);
    // The device may begin it again from the start.
    r = service.putUploads(device, {part(abandoned, 0, 100000)});
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->refused.isEmpty());
}

TEST(RegistryCost, AnUploadBeyondTheDeviceQuotaIsRefusedOthersAreNot)
{
    RegistryProcess registry; // its data folder; the server is not started
    auto store = registry.openStore();
    ASSERT_TRUE(store);
    registry::RegistryService service(*store);
    service.setLimits(registry::ServiceLimits{250000});
    const registry::Device a = enrolInProcess(service, QStringLiteral("UBND xã A"));
    const registry::Device b = enrolInProcess(service, QStringLiteral("UBND xã B"));
    QByteArray one(200000, 0), two(100000, 0);
    randombytes_buf(one.data(), size_t(one.size()));
    randombytes_buf(two.data(), size_t(two.size()));
    auto r = service.putUploads(a, {part(one, 0, 1000)});
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->refused.isEmpty());
    // A begun upload counts whole: 200,000 + 100,000 > 250,000.
    r = service.putUploads(a, {part(two, 0, two.size())});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(
        r->refused.value(sync::protocol::contentHash(two)).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("upload.quota_exceeded"));
    EXPECT_EQ(*service.deviceUsage(a.id), 200000);
    // Another device has its own quota.
    r = service.putUploads(b, {part(two, 0, two.size())});
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->refused.isEmpty());
    // Continuing the upload already begun is not refused.
    r = service.putUploads(a, {part(one, 1000, one.size() - 1000)});
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->refused.isEmpty());
}

TEST(RegistryCost, TheQuotaHoldsInARealSyncAndTheOfficeIsToldWhy)
{
    TestStore store;
    RegistryProcess registry({QStringLiteral("--device-quota"), QStringLiteral("1000000")});
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    SampleOptions o;
    o.bigImageEvery = 2; // records 2 and 4 cite images of several MiB
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("Sổ 2015"), 4, o);
    sync::SyncOptions so;
    so.timeoutMs = 20000;
    so.backoffBaseMs = 100;
    so.patienceSeconds = 5;
    auto supervisor = store.supervisor();
    auto summary = sync::syncNow(*supervisor, so, {});
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->accepted, 2);
    EXPECT_EQ(registry.stats().records, 2);
    auto outbox = sync::outboxRecordsFor(supervisor->db(), batch.recordIds);
    ASSERT_TRUE(outbox.ok());
    int told = 0;
    for (const sync::OutboxRecord& r : outbox->values())
        if (r.state != sync::SyncState::Accepted && r.lastMessage.contains(QLatin1String("storage")))
            ++told;
    EXPECT_EQ(told, 2);
}

TEST(RegistryCost, AnOlderDataFolderIsMigratedWithItsUsageAndScopedKeys)
{
    RegistryProcess registry;
    QString deviceId;
    {
        auto store = registry.openStore();
        ASSERT_TRUE(store);
        registry::RegistryService service(*store);
        const registry::Device d = enrolInProcess(service, QStringLiteral("UBND xã A"));
        deviceId = d.id;
        QByteArray image(50000, 0);
        randombytes_buf(image.data(), size_t(image.size()));
        ASSERT_TRUE(service.putUploads(d, {part(image, 0, image.size())}).ok());
        // Back to schema 1 as an older registry left it.
        auto& db = store->db();
        ASSERT_TRUE(
            db.exec("DROP TRIGGER uploads_usage_insert; DROP TRIGGER uploads_usage_delete; "
                    "DROP TABLE device_usage; DROP INDEX uploads_unfinished; DROP TABLE device_rosters; "
                    "DROP TABLE audit_anchors; DROP TABLE device_forks;")
                .ok());
        auto ins =
            db.prepare("INSERT INTO records (registry_id, registry, record_type, event_key, fields, "
                       "content_hash, device_id, batch_key, record_key, channel, created_at, updated_at) "
                       "VALUES ('KS-1', 'civil-status', 'birth', 'place|01/2015|7', '{}', 'h', ?, 'b', "
                       "'k', 'online', 'x', 'x');");
        ASSERT_TRUE(ins.ok());
        ins->bind(1, deviceId);
        ASSERT_TRUE(ins->run().ok());
        ASSERT_TRUE(db.exec("PRAGMA user_version = 1;").ok());
    }
    auto store = registry.openStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(*store->db().queryInt("PRAGMA user_version;"), 3);
    registry::RegistryService service(*store);
    EXPECT_EQ(*service.deviceUsage(deviceId), 50000);
    auto key = store->db().prepare("SELECT event_key FROM records WHERE registry_id = 'KS-1';");
    ASSERT_TRUE(key.ok());
    ASSERT_TRUE(*key->next());
    EXPECT_EQ(key->text(0), QStringLiteral("UBND xã A") + QChar(0x1f) + QStringLiteral("place|01/2015|7"));
}
