// The registry's HTTP front against raw TLS sockets on 127.0.0.1 (a real
// server process): heads Qt's parser could frame differently are refused,
// an oversized body is refused before it is buffered, slow heads and idle
// connections are closed, connections are capped, and the server's peak
// memory (VmHWM in /proc/PID/status) stays under 200 MB throughout.
#include "SyncTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <gtest/gtest.h>
#include <memory>

using namespace sohoa;
using namespace sohoa::test;

namespace {

constexpr qint64 kPeakLimitKb = 200 * 1000;

QList<QSslCertificate> caOf(const RegistryProcess& r)
{
    QFile f(r.caFile());
    f.open(QIODevice::ReadOnly);
    return QSslCertificate::fromData(f.readAll(), QSsl::Pem);
}

std::unique_ptr<QSslSocket> openTls(const RegistryProcess& r, int timeoutMs = 10000)
{
    auto s = std::make_unique<QSslSocket>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(caOf(r));
    s->setSslConfiguration(tls);
    s->connectToHostEncrypted(QStringLiteral("127.0.0.1"), r.port());
    if (!s->waitForEncrypted(timeoutMs))
        return nullptr;
    return s;
}

// Reads until a whole response head arrived, the peer closed, or the time is up.
QByteArray readAnswer(QSslSocket& s, int timeoutMs = 10000)
{
    QByteArray answer;
    QElapsedTimer t;
    t.start();
    while (!answer.contains("\r\n\r\n") && t.elapsed() < timeoutMs) {
        if (s.state() != QAbstractSocket::ConnectedState && s.bytesAvailable() == 0)
            break;
        s.waitForReadyRead(100);
        answer += s.readAll();
    }
    return answer;
}

// Sends a head, then (if given) up to `bodyBytes` of body in 1 MiB pieces as
// long as the server keeps the connection open; returns the server's answer.
QByteArray exchange(const RegistryProcess& r, const QByteArray& head, qint64 bodyBytes = 0)
{
    auto s = openTls(r);
    if (!s)
        return "no connection";
    s->write(head);
    s->flush();
    const QByteArray piece(1 << 20, 'x');
    QByteArray answer;
    for (qint64 sent = 0; sent < bodyBytes && s->state() == QAbstractSocket::ConnectedState;) {
        s->write(piece);
        sent += piece.size();
        while (s->encryptedBytesToWrite() + s->bytesToWrite() > (4 << 20) &&
               s->state() == QAbstractSocket::ConnectedState)
            s->waitForBytesWritten(100);
        s->waitForReadyRead(1);
        answer += s->readAll();
        if (answer.contains("\r\n\r\n"))
            break;
    }
    return answer + readAnswer(*s);
}

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

bool pingAnswers(const RegistryProcess& r)
{
    const QByteArray a = exchange(r, "GET /v1/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    return a.startsWith("HTTP/1.1 200");
}

} // namespace

TEST(RegistryHttpLimits, AnOrdinaryRequestOnARawSocketIsAnswered)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    EXPECT_TRUE(pingAnswers(registry));
}

TEST(RegistryHttpLimits, BareLineFeedHeadsAreRefusedBeforeTheBodyIsBuffered)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    QByteArray a = exchange(
        registry, "POST /v1/civil-status/records HTTP/1.1\nHost: 127.0.0.1\nContent-Length: 268435456\n\n",
        64ll << 20);
    EXPECT_TRUE(a.startsWith("HTTP/1.1 400")) << a.toStdString();
    EXPECT_TRUE(a.contains("request.malformed_head")) << a.toStdString();
    // One bare LF among CR LF lines.
    a = exchange(registry, "POST /v1/status HTTP/1.1\r\nHost: 127.0.0.1\nContent-Length: 268435456\r\n\r\n",
                 16ll << 20);
    EXPECT_TRUE(a.startsWith("HTTP/1.1 400")) << a.toStdString();
    EXPECT_TRUE(pingAnswers(registry));
    EXPECT_LT(peakRssKb(registry.pid()), kPeakLimitKb);
}

TEST(RegistryHttpLimits, FoldedHeadersAreRefused)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    const QByteArray a = exchange(registry,
                                  "POST /v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Note: a\r\n"
                                  " Content-Length: 268435456\r\nContent-Length: 2\r\n\r\n",
                                  16ll << 20);
    EXPECT_TRUE(a.startsWith("HTTP/1.1 400")) << a.toStdString();
    EXPECT_TRUE(a.contains("request.malformed_head")) << a.toStdString();
    EXPECT_TRUE(pingAnswers(registry));
    EXPECT_LT(peakRssKb(registry.pid()), kPeakLimitKb);
}

TEST(RegistryHttpLimits, DuplicateContentLengthIsRefused)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    // The short length last (a guard trusting the last one would let the long
    // body through), then the long one last.
    for (const QByteArray& head :
         {QByteArray("POST /v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4000000\r\n"
                     "Content-Length: 2\r\n\r\n"),
          QByteArray("POST /v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n"
                     "Content-Length: 4000000\r\n\r\n"),
          QByteArray("POST /v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n"
                     "Content-Length: 2\r\n\r\n")}) {
        const QByteArray a = exchange(registry, head, 16ll << 20);
        EXPECT_TRUE(a.startsWith("HTTP/1.1 400")) << a.toStdString();
    }
    EXPECT_TRUE(pingAnswers(registry));
    EXPECT_LT(peakRssKb(registry.pid()), kPeakLimitKb);
}

TEST(RegistryHttpLimits, A256MiBDeclaredBodyIsRefusedFromItsLength)
{
    RegistryProcess registry;
    ASSERT_TRUE(registry.start());
    QElapsedTimer t;
    t.start();
    const QByteArray a =
        exchange(registry,
                 "POST /v1/uploads HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: 268435456\r\n\r\n",
                 256ll << 20);
    EXPECT_TRUE(a.startsWith("HTTP/1.1 413")) << a.toStdString();
    EXPECT_TRUE(a.contains("request.too_large"));
    EXPECT_LT(t.elapsed(), 20000);
    EXPECT_TRUE(pingAnswers(registry));
    const qint64 peak = peakRssKb(registry.pid());
    std::printf("registry peak RSS after a 256 MiB declared body: %lld kB\n", peak);
    EXPECT_GT(peak, 0);
    EXPECT_LT(peak, kPeakLimitKb);
}

TEST(RegistryHttpLimits, ASlowHeadIsCutOffAtTheHeaderTimeout)
{
    RegistryProcess registry({QStringLiteral("--header-timeout-ms"), QStringLiteral("1500")});
    ASSERT_TRUE(registry.start());
    auto s = openTls(registry);
    ASSERT_TRUE(s);
    s->write("POST /v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    s->flush();
    // One byte every 200 ms: each keeps the connection busy, none completes the head.
    QElapsedTimer t;
    t.start();
    QByteArray answer;
    while (t.elapsed() < 8000 && s->state() == QAbstractSocket::ConnectedState &&
           !answer.contains("\r\n\r\n")) {
        s->write("a");
        s->flush();
        s->waitForReadyRead(200);
        answer += s->readAll();
    }
    answer += readAnswer(*s, 3000);
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 408")) << answer.toStdString();
    EXPECT_LT(t.elapsed(), 5000);
    EXPECT_GE(t.elapsed(), 1000);
    EXPECT_TRUE(pingAnswers(registry));
}

TEST(RegistryHttpLimits, FortyIdleConnectionsAreCappedAndClosed)
{
    RegistryProcess registry({QStringLiteral("--max-connections"), QStringLiteral("32"),
                              QStringLiteral("--header-timeout-ms"), QStringLiteral("2000"),
                              QStringLiteral("--idle-timeout-ms"), QStringLiteral("1500")});
    ASSERT_TRUE(registry.start());
    std::vector<std::unique_ptr<QSslSocket>> open;
    int refused = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 40; ++i) {
        auto s = openTls(registry, 1500);
        if (s)
            open.push_back(std::move(s));
        else
            ++refused;
    }
    EXPECT_LE(open.size(), 32u);
    EXPECT_GE(refused, 8);
    // Idle ones are closed by the server within the header timeout (no head
    // ever came), so new connections are served again.
    QElapsedTimer wait;
    wait.start();
    auto anyOpen = [&] {
        for (auto& s : open)
            if (s->state() == QAbstractSocket::ConnectedState)
                return true;
        return false;
    };
    while (anyOpen() && wait.elapsed() < 10000)
        for (auto& s : open)
            s->waitForReadyRead(20);
    EXPECT_FALSE(anyOpen());
    EXPECT_LT(wait.elapsed(), 6000);
    EXPECT_TRUE(pingAnswers(registry));

    // A kept-alive connection that falls silent after a request is closed at the idle timeout.
    auto kept = openTls(registry);
    ASSERT_TRUE(kept);
    kept->write("GET /v1/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    EXPECT_TRUE(readAnswer(*kept).startsWith("HTTP/1.1 200"));
    QElapsedTimer idle;
    idle.start();
    while (kept->state() == QAbstractSocket::ConnectedState && idle.elapsed() < 8000)
        kept->waitForReadyRead(100);
    EXPECT_NE(kept->state(), QAbstractSocket::ConnectedState);
    EXPECT_GE(idle.elapsed(), 1000);

    const qint64 peak = peakRssKb(registry.pid());
    std::printf("registry peak RSS with 40 connections: %lld kB\n", peak);
    EXPECT_GT(peak, 0);
    EXPECT_LT(peak, kPeakLimitKb);
}
