// Writes the seed inputs that need the fixed keys (a valid package and a
// valid receipt) into fuzz/corpus. Run by hand when the formats change:
//   build/fuzz/fuzz_seeds fuzz/corpus
#include "FuzzKeys.h"
#include "sync/Package.h"
#include "sync/Receipt.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

using namespace sohoa;

static bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds CORPUS_DIR\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir + QStringLiteral("/fuzz_package"));
    QDir().mkpath(dir + QStringLiteral("/fuzz_receipt"));

    const QString pkg = dir + QStringLiteral("/fuzz_package/valid.sohoapkg");
    auto writer = sync::PackageWriter::create(
        pkg, QStringLiteral("pkg-1"), QString::fromLatin1(fuzz::kDeviceId), fuzz::registryKeys().boxPublic);
    if (!writer)
        return 1;
    if (!(*writer)->addEntry(QStringLiteral("manifest.json"), R"({"records":[{"id":1}]})"))
        return 1;
    if (!(*writer)->addEntry(QStringLiteral("pages/1.png"), QByteArray(300, 'x')))
        return 1;
    if (!(*writer)->finish(fuzz::deviceKeys().signSecret))
        return 1;

    sync::Receipt r;
    r.receiptId = QStringLiteral("rc-1");
    r.packageId = QStringLiteral("pkg-1");
    r.deviceId = QString::fromLatin1(fuzz::kDeviceId);
    r.issuedAt = QStringLiteral("2026-12-07T05:00:00Z");
    r.registryName = QStringLiteral("fuzz registry");
    r.batchKey = QStringLiteral("batch-1");
    r.answers = QJsonArray{
        QJsonObject{{QStringLiteral("local_id"), 1}, {QStringLiteral("status"), QStringLiteral("accepted")}}};
    const QByteArray receipt =
        sync::encodeReceipt(r, fuzz::deviceKeys().boxPublic, fuzz::registryKeys().signSecret);
    if (!writeFile(dir + QStringLiteral("/fuzz_receipt/valid.receipt"), receipt))
        return 1;
    // Small page images: PNG, JPEG, TIFF (when Qt has the plugin) and a cut-off PNG.
    QDir().mkpath(dir + QStringLiteral("/fuzz_image_import"));
    QImage page(48, 32, QImage::Format_Grayscale8);
    page.fill(255);
    for (int y = 8; y < 24; ++y) // a few dark strokes, like ink
        for (int x = 4; x < 44; x += 3)
            page.setPixel(x, y, 0xff000000);
    page.setDotsPerMeterX(11811); // 300 dpi
    page.setDotsPerMeterY(11811);
    const QString images = dir + QStringLiteral("/fuzz_image_import/");
    page.save(images + QStringLiteral("page.png"));
    page.save(images + QStringLiteral("page.jpg"), "JPEG", 80);
    page.convertToFormat(QImage::Format_Mono).save(images + QStringLiteral("page-mono.png"));
    page.save(images + QStringLiteral("page.tif"), "TIFF");
    QFile png(images + QStringLiteral("page.png"));
    if (png.open(QIODevice::ReadOnly))
        writeFile(images + QStringLiteral("page-cut.png"), png.readAll().left(100));
    std::printf("seeds written under %s\n", qPrintable(dir));
    return 0;
}
