// Writes the seed inputs that need the fixed keys (a valid package and a
// valid receipt) into fuzz/corpus. Run by hand when the formats change:
//   build/fuzz/fuzz_seeds fuzz/corpus
#include "FuzzKeys.h"
#include "SyncJsonFixture.h"
#include "core/common/Json.h"
#include "core/sync/Package.h"
#include "core/sync/Receipt.h"

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
    // Sync JSON bodies (fuzz_sync_json): byte 0 picks the endpoint.
    QDir().mkpath(dir + QStringLiteral("/fuzz_sync_json"));
    const QString sj = dir + QStringLiteral("/fuzz_sync_json/");
    auto seed = [&](const char* name, char endpoint, const QByteArray& body) {
        return writeFile(sj + QLatin1String(name), QByteArray(1, endpoint) + body);
    };
    const QString schema = QLatin1String(sync::protocol::kSchema);
    const QJsonObject birth{{QStringLiteral("registration_place"), QStringLiteral("UBND xã Fuzz")},
                            {QStringLiteral("book_number"), QStringLiteral("01/2015")},
                            {QStringLiteral("registration_number"), QStringLiteral("7")},
                            {QStringLiteral("full_name"), QStringLiteral("NGUYỄN VĂN AN")},
                            {QStringLiteral("date_of_birth"), QStringLiteral("2015-01-02")},
                            {QStringLiteral("sex"), QStringLiteral("male")},
                            {QStringLiteral("personal_id"), QStringLiteral("001215000007")},
                            {QStringLiteral("registration_date"), QStringLiteral("2015-01-05")}};
    const QJsonObject land{{QStringLiteral("certificate_serial"), QStringLiteral("CS 123456")},
                           {QStringLiteral("holder_name"), QStringLiteral("TRẦN THỊ BÌNH")},
                           {QStringLiteral("parcel_number"), QStringLiteral("12")},
                           {QStringLiteral("map_sheet_number"), QStringLiteral("3")},
                           {QStringLiteral("area_m2"), QStringLiteral("120.5")}};
    auto records = [&](const QString& type, const QJsonObject& fields, const char* key) {
        return canonicalJson(QJsonObject{
            {QStringLiteral("schema"), schema},
            {QStringLiteral("batch"), QJsonObject{{QStringLiteral("key"), QStringLiteral("bat-1")},
                                                  {QStringLiteral("name"), QStringLiteral("Sổ 1")}}},
            {QStringLiteral("records"),
             QJsonArray{QJsonObject{{QStringLiteral("key"), QLatin1String(key)},
                                    {QStringLiteral("local_id"), 1},
                                    {QStringLiteral("type"), type},
                                    {QStringLiteral("fields"), fields},
                                    {QStringLiteral("pages"), QJsonArray{}},
                                    {QStringLiteral("approvals"), fuzz::fixedApprovals(type, fields)}}}}});
    };
    const QByteArray hash32(32, '\x5a');
    const QString hex = QString::fromLatin1(hash32.toHex());
    bool ok =
        seed("enrol.json", 0,
             canonicalJson(QJsonObject{{QStringLiteral("schema"), schema},
                                       {QStringLiteral("code"), QStringLiteral("7KQ2-M9XD-4TRB-HW0C")},
                                       {QStringLiteral("sign_public_key"),
                                        QString::fromLatin1(fuzz::clerkKeys().signPublic.toBase64())},
                                       {QStringLiteral("box_public_key"),
                                        QString::fromLatin1(fuzz::clerkKeys().boxPublic.toBase64())},
                                       {QStringLiteral("roster"), fuzz::fixedRoster()},
                                       {QStringLiteral("proof"), QStringLiteral("AAAA")}})) &&
        seed("status.json", 1,
             canonicalJson(QJsonObject{{QStringLiteral("schema"), schema},
                                       {QStringLiteral("records"), QJsonArray{QStringLiteral("rec-1")}},
                                       {QStringLiteral("uploads"), QJsonArray{hex}}})) &&
        seed("birth.json", 2, records(QStringLiteral("birth"), birth, "rec-1")) &&
        seed("land.json", 3, records(QStringLiteral("land_certificate"), land, "rec-2")) &&
        seed("office.json", 4,
             canonicalJson(QJsonObject{
                 {QStringLiteral("schema"), schema},
                 {QStringLiteral("roster"), fuzz::fixedRoster()},
                 {QStringLiteral("head"),
                  QJsonObject{{QStringLiteral("seq"), 9}, {QStringLiteral("hash"), hex}}},
                 {QStringLiteral("checkpoints"),
                  QJsonArray{QJsonObject{{QStringLiteral("seq"), 4}, {QStringLiteral("hash"), hex}}}}})) &&
        seed("office-query.json", 4, canonicalJson(QJsonObject{{QStringLiteral("schema"), schema}})) &&
        seed("upload.bin", 5,
             sync::protocol::encodeUploadBundle(
                 {{sync::protocol::contentHash(QByteArray(300, 'p')), 0, 300, QByteArray(300, 'p')}})) &&
        seed("roster.json", 6,
             canonicalJson(
                 QJsonObject{{QStringLiteral("roster"), fuzz::fixedRoster()},
                             {QStringLiteral("record"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("birth")},
                                          {QStringLiteral("fields"), birth},
                                          {QStringLiteral("approvals"),
                                           fuzz::fixedApprovals(QStringLiteral("birth"), birth)}}}}));
    if (!ok)
        return 1;
    // HTTP request streams (fuzz_request_framer): byte 0 picks the chunk size and limits.
    QDir().mkpath(dir + QStringLiteral("/fuzz_request_framer"));
    const QString rf = dir + QStringLiteral("/fuzz_request_framer/");
    const QByteArray post = "POST /v1/status HTTP/1.1\r\nHost: registry\r\nContent-Type: application/json\r\n"
                            "Content-Length: 2\r\n\r\n{}";
    ok =
        writeFile(rf + QStringLiteral("post.txt"), QByteArray(1, '\x07') + post) &&
        writeFile(rf + QStringLiteral("pipelined.txt"),
                  QByteArray(1, '\x03') + post + "GET /v1/ping HTTP/1.1\r\nHost: r\r\n\r\n" + post) &&
        writeFile(rf + QStringLiteral("bare-lf.txt"),
                  QByteArray(1, '\x01') + "GET /v1/ping HTTP/1.1\nHost: r\n\n") &&
        writeFile(rf + QStringLiteral("folded.txt"),
                  QByteArray(1, '\x05') + "GET /v1/ping HTTP/1.1\r\nHost: r\r\n X-Fold: a\r\n\r\n") &&
        writeFile(rf + QStringLiteral("two-lengths.txt"),
                  QByteArray(1, '\x02') +
                      "POST /v1/status HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}") &&
        writeFile(rf + QStringLiteral("big-body.txt"),
                  QByteArray(1, '\x80') + "POST /v1/uploads HTTP/1.1\r\nContent-Length: 268435456\r\n\r\n") &&
        writeFile(rf + QStringLiteral("chunked.txt"),
                  QByteArray(1, '\x09') +
                      "POST /v1/status HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    if (!ok)
        return 1;
    std::printf("seeds written under %s\n", qPrintable(dir));
    return 0;
}
