// The reference registry refuses bad requests cleanly: malformed JSON, unknown
// schema version, unknown device, bad signature, replay, skewed clock, oversized
// body (before reading it), and too many requests (429 + Retry-After).
#include "SyncTestSupport.h"
#include "core/common/Json.h"
#include "core/sync/Device.h"
#include "core/sync/Enrolment.h"
#include "core/sync/Protocol.h"
#include "core/sync/RegistryClient.h"
#include "core/sync/Signature.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTimer>
#include <gtest/gtest.h>

using namespace sohoa;
using namespace sohoa::test;

namespace {

struct Raw {
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
};

QList<QSslCertificate> caOf(const RegistryProcess& r)
{
    QFile f(r.caFile());
    f.open(QIODevice::ReadOnly);
    return QSslCertificate::fromData(f.readAll(), QSsl::Pem);
}

Raw rawCall(const RegistryProcess& registry, const QByteArray& method, const QString& path,
            const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(registry.url() + path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(caOf(registry));
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto& h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Raw r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (auto o = parseJsonObject(reply->readAll()))
        r.json = *o;
    r.retryAfter = reply->rawHeader("Retry-After");
    delete reply;
    return r;
}

QString errorCode(const Raw& r)
{
    return r.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

struct Device {
    QString id;
    crypto::SecretBytes key;
};

Device enrolledDevice(TestStore& store, RegistryProcess& registry)
{
    EXPECT_TRUE(enrol(store, registry));
    auto s = store.supervisor();
    auto keys = sync::loadDeviceKeys(s->db());
    auto settings = sync::loadRegistrySettings(s->db());
    return Device{settings->deviceId, std::move(keys->signSecretKey)};
}

QList<QPair<QByteArray, QByteArray>> signedHeaders(const Device& d, const QByteArray& method,
                                                   const QByteArray& path, const QByteArray& body,
                                                   qint64 timestamp = 0)
{
    const auto h = sync::protocol::signRequest(
        method, path, d.id, timestamp ? timestamp : QDateTime::currentSecsSinceEpoch(), body, d.key);
    return {{sync::protocol::kHeaderDevice, h.device},
            {sync::protocol::kHeaderTimestamp, h.timestamp},
            {sync::protocol::kHeaderNonce, h.nonce},
            {sync::protocol::kHeaderSignature, h.signature}};
}

const QByteArray kStatusBody = "{\"records\":[],\"schema\":\"sohoa.sync.v1\"}";

} // namespace

TEST(RegistryServer, RefusesMalformedJsonAndUnknownSchemaVersions)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    const Device d = enrolledDevice(store, registry);

    const QByteArray garbage = "{\"records\": [tru";
    Raw r = rawCall(registry, "POST", QStringLiteral("/v1/status"),
                    signedHeaders(d, "POST", "/v1/status", garbage), garbage);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(errorCode(r), QStringLiteral("request.malformed_json"));

    const QByteArray v9 = "{\"records\":[],\"schema\":\"sohoa.sync.v9\"}";
    r = rawCall(registry, "POST", QStringLiteral("/v1/status"), signedHeaders(d, "POST", "/v1/status", v9),
                v9);
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(errorCode(r), QStringLiteral("request.schema_version"));
    EXPECT_EQ(r.json.value(QLatin1String("error"))
                  .toObject()
                  .value(QLatin1String("supported"))
                  .toArray()
                  .first()
                  .toString(),
              QLatin1String(sync::protocol::kSchema));

    // A well-formed request still works afterwards.
    r = rawCall(registry, "POST", QStringLiteral("/v1/status"),
                signedHeaders(d, "POST", "/v1/status", kStatusBody), kStatusBody);
    EXPECT_EQ(r.status, 200);
}

TEST(RegistryServer, RefusesUnknownDevicesBadSignaturesReplaysAndSkewedClocks)
{
    TestStore store;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    const Device d = enrolledDevice(store, registry);

    // Unsigned.
    Raw r = rawCall(registry, "POST", QStringLiteral("/v1/status"), {}, kStatusBody);
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(errorCode(r), QStringLiteral("auth.missing_signature"));

    // Unknown device.
    const sync::SigningKeyPair stranger = sync::SigningKeyPair::generate();
    const Device unknown{QStringLiteral("dev-0000000000000000"), stranger.secretKey.clone()};
    r = rawCall(registry, "POST", QStringLiteral("/v1/status"),
                signedHeaders(unknown, "POST", "/v1/status", kStatusBody), kStatusBody);
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(errorCode(r), QStringLiteral("auth.unknown_device"));

    // Known device id, wrong key.
    const Device impostor{d.id, stranger.secretKey.clone()};
    r = rawCall(registry, "POST", QStringLiteral("/v1/status"),
                signedHeaders(impostor, "POST", "/v1/status", kStatusBody), kStatusBody);
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(errorCode(r), QStringLiteral("auth.bad_signature"));

    // Body changed after signing.
    r = rawCall(registry, "POST", QStringLiteral("/v1/status"),
                signedHeaders(d, "POST", "/v1/status", kStatusBody),
                QByteArray(kStatusBody).replace("[]", "[\"rec-x\"]"));
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(errorCode(r), QStringLiteral("auth.bad_signature"));

    // The same signed request twice: the second is a replay.
    const auto once = signedHeaders(d, "POST", "/v1/status", kStatusBody);
    EXPECT_EQ(rawCall(registry, "POST", QStringLiteral("/v1/status"), once, kStatusBody).status, 200);
    r = rawCall(registry, "POST", QStringLiteral("/v1/status"), once, kStatusBody);
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(errorCode(r), QStringLiteral("auth.replayed"));

    // A clock 20 minutes behind: refused, with the registry's time to correct it.
    r = rawCall(
        registry, "POST", QStringLiteral("/v1/status"),
        signedHeaders(d, "POST", "/v1/status", kStatusBody, QDateTime::currentSecsSinceEpoch() - 1200),
        kStatusBody);
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(errorCode(r), QStringLiteral("auth.clock_skew"));
    EXPECT_FALSE(r.json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("server_time"))
                     .toString()
                     .isEmpty());
}

TEST(RegistryServer, RefusesAnOversizedBodyBeforeReadingIt)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(caOf(registry));
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), registry.port());
    ASSERT_TRUE(socket.waitForEncrypted(20000)) << socket.errorString().toStdString();
    // Announce 2 GB and send only a little: the answer must come without the rest.
    socket.write(
        "POST /v1/civil-status/records HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: 2000000000\r\n\r\n{\"schema\":");
    QByteArray answer;
    QElapsedTimer t;
    t.start();
    while (!answer.contains("\r\n\r\n") && t.elapsed() < 20000) {
        socket.waitForReadyRead(500);
        answer += socket.readAll();
    }
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 413")) << answer.toStdString();
    EXPECT_TRUE(answer.contains("request.too_large"));

    // Chunked bodies (no length to check up front) are refused too.
    QSslSocket chunked;
    chunked.setSslConfiguration(tls);
    chunked.connectToHostEncrypted(QStringLiteral("127.0.0.1"), registry.port());
    ASSERT_TRUE(chunked.waitForEncrypted(20000));
    chunked.write(
        "POST /v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
    answer.clear();
    t.restart();
    while (!answer.contains("\r\n\r\n") && t.elapsed() < 20000) {
        chunked.waitForReadyRead(500);
        answer += chunked.readAll();
    }
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 411")) << answer.toStdString();

    // The server is still fine.
    Raw r = rawCall(registry, "GET", QStringLiteral("/v1/ping"), {}, {});
    EXPECT_EQ(r.status, 200);
}

TEST(RegistryServer, RateLimitsPerDeviceWithRetryAfter)
{
    TestStore store;
    RegistryProcess registry({QStringLiteral("--rate-limit"), QStringLiteral("1"), QStringLiteral("--burst"),
                              QStringLiteral("3")});
    ASSERT_TRUE(registry.start());
    const Device d = enrolledDevice(store, registry);
    int limited = 0;
    for (int i = 0; i < 8; ++i) {
        Raw r = rawCall(registry, "POST", QStringLiteral("/v1/status"),
                        signedHeaders(d, "POST", "/v1/status", kStatusBody), kStatusBody);
        if (r.status == 429) {
            ++limited;
            EXPECT_EQ(errorCode(r), QStringLiteral("rate_limited"));
            EXPECT_GE(r.retryAfter.toInt(), 1);
        } else {
            EXPECT_EQ(r.status, 200);
        }
    }
    EXPECT_GE(limited, 3);
}

TEST(RegistryServer, EnrolmentCodesAreOneTime)
{
    TestStore a, b;
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    const QString code = registry.enrolmentCode();
    QFile ca(registry.caFile());
    ASSERT_TRUE(ca.open(QIODevice::ReadOnly));
    const QByteArray pem = ca.readAll();
    auto adminA = a.admin();
    auto first = sync::enrolDevice(*adminA, {registry.url(), code, pem, QStringLiteral("A"), 20000});
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    // The same device again (its answer was lost): the same enrolment.
    auto repeat = sync::enrolDevice(*adminA, {registry.url(), code, pem, QStringLiteral("A"), 20000});
    ASSERT_TRUE(repeat.ok());
    EXPECT_EQ(repeat->deviceId, first->deviceId);
    // Another device with the used code: refused.
    auto adminB = b.admin();
    auto second = sync::enrolDevice(*adminB, {registry.url(), code, pem, QStringLiteral("B"), 20000});
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(QLatin1String("code")));
    // A wrong pin: TLS refuses the registry, nothing is sent.
    RegistryProcess other;
    QFile otherCa(other.caFile());
    ASSERT_TRUE(other.start());
    ASSERT_TRUE(otherCa.open(QIODevice::ReadOnly));
    auto pinned = sync::enrolDevice(
        *adminB, {registry.url(), registry.enrolmentCode(), otherCa.readAll(), QStringLiteral("B"), 20000});
    ASSERT_FALSE(pinned.ok());
    EXPECT_EQ(pinned.error().code, QStringLiteral("sync.tls"));
    // Only administrators enrol.
    auto supervisor = b.supervisor();
    EXPECT_EQ(sync::enrolDevice(*supervisor,
                                {registry.url(), registry.enrolmentCode(), pem, QStringLiteral("B"), 20000})
                  .error()
                  .code,
              QStringLiteral("auth.forbidden"));
}
