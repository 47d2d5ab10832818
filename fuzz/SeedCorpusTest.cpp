// The seed corpus must stay meaningful: the package and the receipt made with
// the fixed keys still open, so the fuzzer starts from inputs that reach past
// the signature check (remake them with fuzz_seeds when the formats change).
#include "FuzzArchive.h"
#include "FuzzKeys.h"
#include "core/capture/PageSource.h"
#include "core/sync/Approvals.h"
#include "core/sync/Package.h"
#include "core/sync/Protocol.h"
#include "core/sync/Receipt.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {
const QString kCorpus = QStringLiteral(SOHOA_FUZZ_CORPUS_DIR);
}

TEST(FuzzSeeds, ThePackageSeedVerifiesAndOpensWithTheFixedKeys)
{
    auto reader = sync::PackageReader::open(kCorpus + QStringLiteral("/fuzz_package/valid.sohoapkg"));
    ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
    EXPECT_TRUE(reader->verifySignature(fuzz::deviceKeys().signPublic).ok());
    QStringList names;
    auto r = reader->readEntries(fuzz::registryKeys().boxPublic, fuzz::registryKeys().boxSecret,
                                 [&](const QString& name, const QByteArray&) -> Result<void> {
                                     names << name;
                                     return {};
                                 });
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(names, (QStringList{QStringLiteral("manifest.json"), QStringLiteral("pages/1.png")}));
}

TEST(FuzzSeeds, TheReceiptSeedOpensWithTheFixedKeys)
{
    QFile f(kCorpus + QStringLiteral("/fuzz_receipt/valid.receipt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto receipt = sync::decodeReceipt(f.readAll(), fuzz::registryKeys().signPublic,
                                       QString::fromLatin1(fuzz::kDeviceId), fuzz::deviceKeys().boxPublic,
                                       fuzz::deviceKeys().boxSecret);
    ASSERT_TRUE(receipt.ok()) << receipt.error().message.toStdString();
    EXPECT_EQ(receipt->answers.size(), 1);
}

TEST(FuzzSeeds, TheEncryptedExportSeedOpensAndAlteredOnesAreRefused)
{
    QFile f(kCorpus + QStringLiteral("/fuzz_export_archive/valid.msgs"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray seed = f.readAll();
    fuzz::CountingVisitor visitor;
    auto entries = fuzz::openFuzzArchive(seed, visitor);
    ASSERT_TRUE(entries.ok()) << entries.error().message.toStdString();
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->first().name, QStringLiteral("KhaiSinh/35_02-2011_12.pdf"));
    EXPECT_EQ(visitor.ended, 2);
    // The same archive with one ciphertext byte changed, or cut, is refused.
    QByteArray archive = fuzz::archiveFor(seed);
    archive[80] = char(archive[80] ^ 1);
    fuzz::CountingVisitor v2;
    EXPECT_FALSE(fuzz::openFuzzArchive(archive, v2).ok());
    fuzz::CountingVisitor v3;
    EXPECT_FALSE(fuzz::openFuzzArchive(fuzz::archiveFor(seed).chopped(5), v3).ok());
    // A name climbing out of the folder is refused behind a valid authentication.
    QByteArray evil = seed;
    evil.replace(QByteArray("KhaiSinh/35"), QByteArray("../../../35"));
    fuzz::CountingVisitor v4;
    auto bad = fuzz::openFuzzArchive(evil, v4);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, QStringLiteral("export.archive_damaged"));
}

TEST(FuzzSeeds, TheSyncJsonSeedsReachPastTheRosterAndApprovalChecks)
{
    QFile f(kCorpus + QStringLiteral("/fuzz_sync_json/roster.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll().mid(1)).object();
    auto roster = sync::approvals::rosterFromJson(o.value(QLatin1String("roster")).toArray());
    ASSERT_TRUE(roster.ok()) << roster.error().message.toStdString();
    EXPECT_TRUE(sync::approvals::checkRosterUpdate({}, *roster).ok());
    const QJsonObject record = o.value(QLatin1String("record")).toObject();
    const QString version = sync::protocol::recordContentHash(
        record.value(QLatin1String("type")).toString(), record.value(QLatin1String("fields")).toObject(), {});
    const sync::approvals::Verdict v = sync::approvals::checkApprovals(
        *roster, version,
        sync::protocol::recordContentHash(record.value(QLatin1String("type")).toString(),
                                          record.value(QLatin1String("fields")).toObject(),
                                          sync::protocol::pageHashesOf(record)),
        record.value(QLatin1String("approvals")).toArray());
    EXPECT_TRUE(v.ok()) << v.code.toStdString();
}

// The PDF seeds reach Poppler's renderer: the whole seed opens and renders; a cut one is refused
// with a message, not a crash.
TEST(FuzzSeeds, ThePdfSeedRendersAndACutOneIsRefused)
{
    capture::ImportOptions options;
    options.pdfDpi = 36;
    auto good = capture::openFile(kCorpus + QStringLiteral("/fuzz_pdf_import/one-page.pdf"), options);
    ASSERT_TRUE(good.ok()) << good.error().message.toStdString();
    ASSERT_EQ((*good)->pageCount(), 1);
    auto page = (*good)->readPage(0);
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    auto image = page->takeImage();
    ASSERT_TRUE(image.ok()) << image.error().message.toStdString();
    auto cut = capture::openFile(kCorpus + QStringLiteral("/fuzz_pdf_import/truncated.pdf"), options);
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().code, QStringLiteral("input.unreadable"));
    // A broken cross-reference table Poppler rebuilds: opened or refused, its page read or not,
    // but an answer either way.
    if (auto repaired = capture::openFile(kCorpus + QStringLiteral("/fuzz_pdf_import/bad-xref.pdf"), options))
        for (int i = 0; i < (*repaired)->pageCount(); ++i)
            (void)(*repaired)->readPage(i);
}
