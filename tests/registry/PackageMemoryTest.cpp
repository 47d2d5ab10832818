// Issue 21: importing an offline package at the registry streams its page
// images into the registry's store as they are decrypted, instead of holding
// every page in memory until the end. A package of ~180 MB of page images is
// imported by `sohoa-cli serve-registry import` while the test samples the
// process's peak resident memory (VmHWM): it stays far below the package size.
#include "SyncTestSupport.h"
#include "core/sync/OfflinePackages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::test;

namespace {

qint64 peakRssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

TEST(RegistryPackageMemory, ALargePackageIsImportedWithoutHoldingItsPagesInMemory)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    TestStore store;
    ASSERT_TRUE(enrol(store, registry));
    SampleOptions big;
    big.bigImageEvery = 1; // every record: a ~4.6 MB page of noise (PNG does not shrink it)
    const SampleBatch batch = makeApprovedBirths(store, QStringLiteral("Sổ lớn"), 40, big);
    ASSERT_EQ(batch.recordIds.size(), 40);
    const QString package = store.dir.path() + QStringLiteral("/big.sohoa-pkg");
    {
        auto supervisor = store.supervisor();
        auto r = sync::exportBatch(*supervisor, batch.batchId, package);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        EXPECT_EQ(r->pages, 40);
    }
    const qint64 packageKb = QFileInfo(package).size() / 1024;
    ASSERT_GT(packageKb, 150 * 1024);

    QProcess import;
    import.setProcessChannelMode(QProcess::MergedChannels);
    QStringList env = QProcess::systemEnvironment();
    env << QStringLiteral("SOHOA_LANG=en");
    import.setEnvironment(env);
    import.start(binaryPath(QStringLiteral("sohoa-cli")),
                 {QStringLiteral("serve-registry"), QStringLiteral("import"), QStringLiteral("--data"),
                  registry.dataDir(), QStringLiteral("--key-file"), registry.keyFile(),
                  QStringLiteral("--package"), package, QStringLiteral("--receipt-out"),
                  store.dir.path() + QStringLiteral("/big.receipt"), QStringLiteral("--json")});
    ASSERT_TRUE(import.waitForStarted());
    const qint64 pid = import.processId();
    qint64 peakKb = 0;
    QElapsedTimer timer;
    timer.start();
    while (import.state() != QProcess::NotRunning && timer.elapsed() < 240000) {
        peakKb = std::max(peakKb, peakRssKb(pid));
        import.waitForFinished(5);
    }
    ASSERT_EQ(import.state(), QProcess::NotRunning) << "the import did not end in 4 minutes";
    const QByteArray out = import.readAll();
    ASSERT_EQ(import.exitCode(), 0) << out.toStdString();
    EXPECT_EQ(registry.stats().records, 40) << out.toStdString();
    std::printf("package %lld kB, import peak RSS %lld kB\n", packageKb, peakKb);
    // Holding the pages would need at least the package's size; streaming needs a few pages.
    EXPECT_GT(peakKb, 0);
    EXPECT_LT(peakKb, packageKb / 2) << "peak " << peakKb << " kB for a " << packageKb << " kB package";
}
