// The seed corpus must stay meaningful: the package and the receipt made with
// the fixed keys still open, so the fuzzer starts from inputs that reach past
// the signature check (remake them with fuzz_seeds when the formats change).
#include "FuzzKeys.h"
#include "sync/Package.h"
#include "sync/Receipt.h"

#include <QFile>
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
