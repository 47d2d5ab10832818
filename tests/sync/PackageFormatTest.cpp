// The package and receipt formats on their own: what a lost, cut or altered
// file does, and that the wire signature covers what it must.
#include "core/crypto/SealedBox.h"
#include "core/sync/Package.h"
#include "core/sync/Protocol.h"
#include "core/sync/Receipt.h"
#include "core/sync/Signature.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sohoa;

namespace {

struct Keys {
    sync::SigningKeyPair device = sync::SigningKeyPair::generate();
    crypto::BoxKeyPair registry = crypto::BoxKeyPair::generate();
};

QString writePackage(const QString& dir, const Keys& k, QList<QPair<QString, QByteArray>> entries)
{
    const QString file = dir + QStringLiteral("/batch.sohoa");
    auto w = sync::PackageWriter::create(file, QStringLiteral("pkg-1"), QStringLiteral("dev-1"),
                                         k.registry.publicKey);
    EXPECT_TRUE(w.ok());
    for (const auto& [name, data] : entries)
        EXPECT_TRUE((*w)->addEntry(name, data).ok());
    EXPECT_TRUE((*w)->finish(k.device.secretKey).ok());
    return file;
}

QByteArray readFile(const QString& f)
{
    QFile file(f);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void writeFile(const QString& f, const QByteArray& b)
{
    QFile file(f);
    file.open(QIODevice::WriteOnly);
    file.write(b);
}

Result<QList<QPair<QString, QByteArray>>> readPackage(const QString& file, const Keys& k)
{
    auto r = sync::PackageReader::open(file);
    if (!r)
        return r.error();
    SOHOA_TRY(r->verifySignature(k.device.publicKey));
    QList<QPair<QString, QByteArray>> out;
    SOHOA_TRY(r->readEntries(k.registry.publicKey, k.registry.secretKey,
                             [&](const QString& name, const QByteArray& data) -> Result<void> {
                                 out.append({name, data});
                                 return {};
                             }));
    return out;
}

} // namespace

TEST(PackageFormat, RoundTripKeepsEveryEntryAndLeaksNoContent)
{
    QTemporaryDir dir;
    Keys k;
    const QByteArray secretText = "NGUYỄN VĂN AN 001203004567";
    QByteArray big(3 * 1024 * 1024 + 17, 'x'); // spans several stream frames
    big[12345] = 'y';
    const QString file = writePackage(dir.path(), k,
                                      {{QStringLiteral("manifest.json"), "{\"a\":1}"},
                                       {QStringLiteral("records.jsonl"), secretText},
                                       {QStringLiteral("empty"), QByteArray()},
                                       {QStringLiteral("pages/big.png"), big}});
    EXPECT_FALSE(readFile(file).contains("NGUY"));
    EXPECT_FALSE(readFile(file).contains("001203004567"));
    auto entries = readPackage(file, k);
    ASSERT_TRUE(entries.ok()) << entries.error().message.toStdString();
    ASSERT_EQ(entries->size(), 4);
    EXPECT_EQ((*entries)[1].second, secretText);
    EXPECT_EQ((*entries)[2].second, QByteArray());
    EXPECT_EQ((*entries)[3].second, big);
}

TEST(PackageFormat, EveryFlippedByteIsRefused)
{
    QTemporaryDir dir;
    Keys k;
    const QString file =
        writePackage(dir.path(), k, {{QStringLiteral("records.jsonl"), QByteArray(5000, 'r')}});
    const QByteArray good = readFile(file);
    // Header, body and signature: a sample of positions across the file.
    for (qsizetype pos : {qsizetype(3), qsizetype(40), good.size() / 2, good.size() - 70, good.size() - 1}) {
        QByteArray bad = good;
        bad[pos] = char(bad[pos] ^ 0x01);
        const QString badFile = dir.path() + QStringLiteral("/bad.sohoa");
        writeFile(badFile, bad);
        auto r = readPackage(badFile, k);
        ASSERT_FALSE(r.ok()) << "flipped byte at " << pos << " was accepted";
        EXPECT_TRUE(r.error().code.startsWith(QLatin1String("package."))) << r.error().code.toStdString();
    }
}

TEST(PackageFormat, TruncatedPackageIsRefused)
{
    QTemporaryDir dir;
    Keys k;
    const QString file =
        writePackage(dir.path(), k, {{QStringLiteral("records.jsonl"), QByteArray(300000, 'r')}});
    const QByteArray good = readFile(file);
    for (qsizetype keep : {qsizetype(0), qsizetype(5), qsizetype(100), good.size() / 2, good.size() - 1}) {
        const QString cut = dir.path() + QStringLiteral("/cut.sohoa");
        writeFile(cut, good.left(keep));
        auto r = readPackage(cut, k);
        ASSERT_FALSE(r.ok()) << "package cut at " << keep << " was accepted";
    }
}

TEST(PackageFormat, SignedByAnotherKeyOrSealedToAnotherRegistryIsRefused)
{
    QTemporaryDir dir;
    Keys k;
    const QString file = writePackage(dir.path(), k, {{QStringLiteral("records.jsonl"), "x"}});
    auto r = sync::PackageReader::open(file);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->verifySignature(sync::SigningKeyPair::generate().publicKey).error().code,
              QStringLiteral("package.bad_signature"));
    const crypto::BoxKeyPair other = crypto::BoxKeyPair::generate();
    auto read = r->readEntries(other.publicKey, other.secretKey,
                               [](const QString&, const QByteArray&) -> Result<void> { return {}; });
    EXPECT_EQ(read.error().code, QStringLiteral("package.wrong_recipient"));
}

TEST(PackageFormat, NotAPackage)
{
    QTemporaryDir dir;
    writeFile(dir.path() + QStringLiteral("/x"), "hello world, not a package at all");
    EXPECT_EQ(sync::PackageReader::open(dir.path() + QStringLiteral("/x")).error().code,
              QStringLiteral("package.not_a_package"));
}

TEST(ReceiptFormat, RoundTripAndRefusals)
{
    const sync::SigningKeyPair registry = sync::SigningKeyPair::generate();
    const crypto::BoxKeyPair device = crypto::BoxKeyPair::generate();
    sync::Receipt r{QStringLiteral("rcp-1"),
                    QStringLiteral("pkg-1"),
                    QStringLiteral("dev-1"),
                    QStringLiteral("2025-01-01T00:00:00.000Z"),
                    QStringLiteral("Registry"),
                    QStringLiteral("bat-1"),
                    QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("rec-1")},
                                           {QStringLiteral("status"), QStringLiteral("accepted")}}}};
    const QByteArray bytes = sync::encodeReceipt(r, device.publicKey, registry.secretKey);
    EXPECT_FALSE(bytes.contains("rec-1")); // answers are sealed to the device

    auto back = sync::decodeReceipt(bytes, registry.publicKey, QStringLiteral("dev-1"), device.publicKey,
                                    device.secretKey);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->answers, r.answers);
    EXPECT_EQ(back->packageId, QStringLiteral("pkg-1"));

    EXPECT_EQ(sync::decodeReceipt(bytes, registry.publicKey, QStringLiteral("dev-2"), device.publicKey,
                                  device.secretKey)
                  .error()
                  .code,
              QStringLiteral("receipt.other_device"));
    EXPECT_EQ(sync::decodeReceipt(bytes, sync::SigningKeyPair::generate().publicKey, QStringLiteral("dev-1"),
                                  device.publicKey, device.secretKey)
                  .error()
                  .code,
              QStringLiteral("receipt.bad_signature"));
    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = char(flipped[bytes.size() / 2] ^ 0x80);
    EXPECT_FALSE(sync::decodeReceipt(flipped, registry.publicKey, QStringLiteral("dev-1"), device.publicKey,
                                     device.secretKey)
                     .ok());
    EXPECT_FALSE(sync::decodeReceipt(bytes.left(bytes.size() - 10), registry.publicKey,
                                     QStringLiteral("dev-1"), device.publicKey, device.secretKey)
                     .ok());
}

TEST(RequestSignature, CoversMethodPathDeviceTimeNonceAndBody)
{
    const sync::SigningKeyPair k = sync::SigningKeyPair::generate();
    const auto h =
        sync::protocol::signRequest("POST", "/v1/status", QStringLiteral("dev-1"), 1000, "{}", k.secretKey);
    const QByteArray sig = QByteArray::fromBase64(h.signature);
    auto verify = [&](const QByteArray& method, const QByteArray& path, const QString& device, qint64 ts,
                      const QByteArray& nonce, const QByteArray& body) {
        return sync::verifyDetached(
            sig, sync::protocol::canonicalRequest(method, path, device, ts, nonce, body), k.publicKey);
    };
    EXPECT_TRUE(verify("POST", "/v1/status", QStringLiteral("dev-1"), 1000, h.nonce, "{}"));
    EXPECT_FALSE(verify("PUT", "/v1/status", QStringLiteral("dev-1"), 1000, h.nonce, "{}"));
    EXPECT_FALSE(verify("POST", "/v1/land/records", QStringLiteral("dev-1"), 1000, h.nonce, "{}"));
    EXPECT_FALSE(verify("POST", "/v1/status", QStringLiteral("dev-2"), 1000, h.nonce, "{}"));
    EXPECT_FALSE(verify("POST", "/v1/status", QStringLiteral("dev-1"), 1001, h.nonce, "{}"));
    EXPECT_FALSE(verify("POST", "/v1/status", QStringLiteral("dev-1"), 1000, h.nonce + "0", "{}"));
    EXPECT_FALSE(verify("POST", "/v1/status", QStringLiteral("dev-1"), 1000, h.nonce, "{ }"));
}
