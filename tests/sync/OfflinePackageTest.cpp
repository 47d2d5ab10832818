// Offline packages on removable media, through the real command-line tools:
// export, import at the registry (with the server stopped: no network), the
// signed receipt back, and every way a stick can go wrong.
#include "SyncTestSupport.h"
#include "core/batches/BatchRepository.h"
#include "core/common/Json.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::test;

namespace {

QString passwordFile(TestStore& store)
{
    const QString file = store.dir.path() + QStringLiteral("/supervisor.pass");
    QFile f(file);
    if (!f.exists() && f.open(QIODevice::WriteOnly))
        f.write(kSupervisorPassword + '\n');
    return file;
}

QStringList as(TestStore& store)
{
    return {QStringLiteral("--store"),         store.path,
            QStringLiteral("--user"),          QStringLiteral("supervisor"),
            QStringLiteral("--password-file"), passwordFile(store)};
}

ProcessResult exportBatch(TestStore& store, const QString& batch, const QString& out, QStringList extra = {})
{
    return runCli(QStringList{QStringLiteral("export"), QStringLiteral("--batch"), batch,
                              QStringLiteral("--out"), out, QStringLiteral("--json")} +
                  as(store) + extra);
}

ProcessResult importAtRegistry(const RegistryProcess& registry, const QString& package,
                               const QString& receipt)
{
    return runCli({QStringLiteral("serve-registry"), QStringLiteral("import"), QStringLiteral("--data"),
                   registry.dataDir(), QStringLiteral("--key-file"), registry.keyFile(),
                   QStringLiteral("--package"), package, QStringLiteral("--receipt-out"), receipt,
                   QStringLiteral("--json")});
}

ProcessResult importReceipt(TestStore& store, const QString& receipt)
{
    return runCli(QStringList{QStringLiteral("sync"), QStringLiteral("import-receipt"),
                              QStringLiteral("--receipt"), receipt, QStringLiteral("--json")} +
                  as(store));
}

QByteArray readAll(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject lastJsonLine(const QByteArray& out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

TEST(OfflinePackage, ExportImportAndReceiptUpdateTheOutboxLikeAnOnlineSync)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("Sổ khai sinh 2014"), 8);
    registry.kill(); // a week without network from here on

    const QString package = store.dir.path() + QStringLiteral("/usb/batch.sohoa");
    QDir().mkpath(QFileInfo(package).path());
    const ProcessResult exported = exportBatch(store, batch.name, package);
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(lastJsonLine(exported.out).value(QLatin1String("records")).toInt(), 8);
    // A lost stick leaks nothing: no name, no personal id, no date in clear.
    const QByteArray bytes = readAll(package);
    for (const auto& v : {birthValues(1), birthValues(5)})
        for (const QString& key :
             {QStringLiteral("full_name"), QStringLiteral("personal_id"), QStringLiteral("date_of_birth")})
            EXPECT_FALSE(bytes.contains(v.value(key).toUtf8())) << key.toStdString();
    {
        auto s = store.supervisor();
        auto summary = batches::summarizeBatch(s->db(), batch.batchId);
        EXPECT_EQ(summary->counts.value(QStringLiteral("exported")), 8);
        auto outbox = sync::outboxRecordsFor(s->db(), batch.recordIds);
        for (const auto& o : *outbox) {
            EXPECT_EQ(o.state, sync::SyncState::Sending);
            EXPECT_EQ(o.channel, QStringLiteral("package"));
            EXPECT_TRUE(o.lastMessage.contains(QLatin1String("receipt")));
        }
    }
    // Nothing else left to export.
    EXPECT_NE(exportBatch(store, batch.name, package + QStringLiteral(".2")).exitCode, 0);

    const QString receipt = store.dir.path() + QStringLiteral("/usb/batch.receipt");
    const ProcessResult imported = importAtRegistry(registry, package, receipt);
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QByteArray receiptBytes = readAll(receipt);
    ASSERT_FALSE(receiptBytes.isEmpty());
    // The same package again: the same receipt, nothing stored twice.
    const QString receipt2 = receipt + QStringLiteral(".again");
    ASSERT_EQ(importAtRegistry(registry, package, receipt2).exitCode, 0);
    EXPECT_EQ(readAll(receipt2), receiptBytes);
    EXPECT_EQ(registry.stats().records, 8);
    EXPECT_EQ(registry.stats().packagesImported, 1);

    const ProcessResult applied = importReceipt(store, receipt);
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    const QJsonObject summary = lastJsonLine(applied.out).value(QLatin1String("summary")).toObject();
    EXPECT_EQ(summary.value(QLatin1String("changed")).toInt(), 8);
    const DeliveryReport report = checkDelivery(store, registry);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.accepted, 8);

    // The same receipt again changes nothing.
    const ProcessResult again = importReceipt(store, receipt);
    ASSERT_EQ(again.exitCode, 0);
    const QJsonObject s2 = lastJsonLine(again.out).value(QLatin1String("summary")).toObject();
    EXPECT_TRUE(s2.value(QLatin1String("already_imported")).toBool());
    EXPECT_EQ(s2.value(QLatin1String("changed")).toInt(), 0);
}

TEST(OfflinePackage, TruncatedOrAlteredPackagesAreRefused)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("B"), 4);
    const QString package = store.dir.path() + QStringLiteral("/batch.sohoa");
    ASSERT_EQ(exportBatch(store, batch.name, package).exitCode, 0);
    const QByteArray good = readAll(package);

    struct Case {
        const char* name;
        QByteArray bytes;
        const char* code;
    };
    QByteArray flipped = good;
    flipped[good.size() / 3] = char(flipped[good.size() / 3] ^ 0x04);
    const QList<Case> cases{{"truncated", good.left(good.size() - 200), "package."},
                            {"flipped byte", flipped, "package.bad_signature"},
                            {"empty", QByteArray(), "package.not_a_package"}};
    for (const Case& c : cases) {
        const QString bad = store.dir.path() + QStringLiteral("/bad.sohoa");
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(c.bytes);
        f.close();
        const QString receipt = store.dir.path() + QStringLiteral("/bad.receipt");
        const ProcessResult r = importAtRegistry(registry, bad, receipt);
        EXPECT_EQ(r.exitCode, 1) << c.name;
        EXPECT_TRUE(r.out.contains(c.code)) << c.name << ": " << r.out.toStdString();
        EXPECT_FALSE(QFileInfo::exists(receipt)) << c.name;
    }
    EXPECT_EQ(registry.stats().records, 0);
    EXPECT_EQ(registry.stats().answers, 0);
    // The intact package still goes through.
    EXPECT_EQ(importAtRegistry(registry, package, store.dir.path() + QStringLiteral("/ok.receipt")).exitCode,
              0);
    EXPECT_EQ(registry.stats().records, 4);
}

TEST(OfflinePackage, PackageFromAnUnknownDeviceIsRefused)
{
    TestStore store;
    RegistryProcess ours, theirs;
    ASSERT_TRUE(ours.start());
    ASSERT_TRUE(theirs.start());
    ASSERT_TRUE(enrol(store, theirs)); // enrolled with another registry only
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("B"), 2);
    const QString package = store.dir.path() + QStringLiteral("/batch.sohoa");
    ASSERT_EQ(exportBatch(store, batch.name, package).exitCode, 0);
    const ProcessResult r = importAtRegistry(ours, package, store.dir.path() + QStringLiteral("/r"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains("package.unknown_device")) << r.out.toStdString();
    EXPECT_EQ(ours.stats().records, 0);
}

TEST(OfflinePackage, ReceiptForAnotherDeviceIsRefused)
{
    TestStore a, b;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(a, registry));
    ASSERT_TRUE(enrol(b, registry));
    const SampleBatch batchA = makeApprovedBirths(a, QStringLiteral("A"), 2, numberedFrom(1));
    const SampleBatch batchB = makeApprovedBirths(b, QStringLiteral("B"), 2, numberedFrom(100));
    const QString pkgA = a.dir.path() + QStringLiteral("/a.sohoa");
    const QString pkgB = b.dir.path() + QStringLiteral("/b.sohoa");
    ASSERT_EQ(exportBatch(a, batchA.name, pkgA).exitCode, 0);
    ASSERT_EQ(exportBatch(b, batchB.name, pkgB).exitCode, 0);
    const QString receiptB = b.dir.path() + QStringLiteral("/b.receipt");
    ASSERT_EQ(importAtRegistry(registry, pkgB, receiptB).exitCode, 0);

    const ProcessResult r = importReceipt(a, receiptB);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains("receipt.other_device")) << r.out.toStdString();
    auto s = a.supervisor();
    auto outboxA = sync::outboxRecordsFor(s->db(), batchA.recordIds);
    ASSERT_TRUE(outboxA.ok());
    ASSERT_EQ(outboxA->size(), 2);
    for (const auto& o : *outboxA)
        EXPECT_EQ(o.state, sync::SyncState::Sending); // untouched: still waiting for its own receipt
    // And a damaged receipt.
    QByteArray cut = readAll(receiptB);
    QFile f(receiptB);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(cut.left(cut.size() / 2));
    f.close();
    EXPECT_EQ(importReceipt(b, receiptB).exitCode, 1);
}

TEST(OfflinePackage, LostStickReexportedAndTheNetworkComingBackSendNothingTwice)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    ASSERT_TRUE(enrol(store, registry));
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("B"), 6);
    const QString lost = store.dir.path() + QStringLiteral("/lost.sohoa");
    ASSERT_EQ(exportBatch(store, batch.name, lost).exitCode, 0);
    // The stick is lost: export again, the same records under the same keys.
    const QString second = store.dir.path() + QStringLiteral("/second.sohoa");
    const ProcessResult again =
        exportBatch(store, batch.name, second, {QStringLiteral("--include-exported")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const QString receipt = store.dir.path() + QStringLiteral("/second.receipt");
    ASSERT_EQ(importAtRegistry(registry, second, receipt).exitCode, 0);

    // The network comes back before the receipt: the sync asks, learns, sends nothing.
    {
        auto s = store.supervisor();
        sync::SyncOptions o;
        o.backoffBaseMs = 100;
        auto summary = sync::syncNow(*s, o);
        ASSERT_TRUE(summary.ok());
        EXPECT_EQ(summary->accepted, 6);
    }
    EXPECT_EQ(registry.stats().resubmittedRecords, 0);
    // Then the receipt, and the lost stick found and imported after all: nothing changes, nothing twice.
    const ProcessResult applied = importReceipt(store, receipt);
    ASSERT_EQ(applied.exitCode, 0);
    EXPECT_EQ(lastJsonLine(applied.out)
                  .value(QLatin1String("summary"))
                  .toObject()
                  .value(QLatin1String("changed"))
                  .toInt(),
              0);
    ASSERT_EQ(importAtRegistry(registry, lost, store.dir.path() + QStringLiteral("/lost.receipt")).exitCode,
              0);
    ASSERT_EQ(importReceipt(store, store.dir.path() + QStringLiteral("/lost.receipt")).exitCode, 0);
    EXPECT_EQ(registry.stats().records, 6);
    const DeliveryReport report = checkDelivery(store, registry);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.accepted, 6);
}
