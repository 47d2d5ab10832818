// RequestFramer, the registry's own reading of the request stream: every rule
// holds whichever way the bytes are cut into reads.
#include "server/registry/RequestFramer.h"

#include <QByteArray>
#include <gtest/gtest.h>

using namespace sohoa::registry;

namespace {

struct Outcome {
    bool ok = true;
    int status = 0;
    int requests = 0;
    RequestFramer::State state = RequestFramer::State::Idle;
};

// Feeds `bytes` in pieces of `step` bytes (0: all at once).
Outcome frame(const QByteArray& bytes, int step = 0, FramerLimits limits = {})
{
    RequestFramer f(limits);
    Outcome o;
    if (step <= 0) {
        o.ok = f.feed(bytes);
    } else {
        for (qsizetype i = 0; i < bytes.size() && o.ok; i += step)
            o.ok = f.feed(QByteArrayView(bytes).sliced(i, qMin<qsizetype>(step, bytes.size() - i)));
    }
    o.status = o.ok ? 0 : f.refusal().status;
    o.requests = f.requestsFramed();
    o.state = f.state();
    return o;
}

void expectEverySplit(const QByteArray& bytes, bool ok, int status, int requests = -1)
{
    for (int step : {0, 1, 2, 3, 7, 64}) {
        const Outcome o = frame(bytes, step);
        EXPECT_EQ(o.ok, ok) << "step " << step << ": " << bytes.toStdString();
        EXPECT_EQ(o.status, status) << "step " << step << ": " << bytes.toStdString();
        if (requests >= 0) {
            EXPECT_EQ(o.requests, requests) << "step " << step;
        }
    }
}

} // namespace

TEST(RequestFramer, FramesPipelinedRequestsByContentLength)
{
    const QByteArray two = "POST /v1/status HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello"
                           "GET /v1/ping HTTP/1.1\r\nHost: a\r\n\r\n"
                           "POST /v1/status HTTP/1.1\r\ncontent-length:  3 \r\n\r\nabc";
    expectEverySplit(two, true, 0, 3);
    const Outcome o = frame(two);
    EXPECT_EQ(o.state, RequestFramer::State::Idle);
    // A body that contains what looks like a head is only body.
    const QByteArray tricky = "POST /v1/status HTTP/1.1\r\nContent-Length: 42\r\n\r\n"
                              "GET / HTTP/1.1\nContent-Length: 9999999\n\n12";
    ASSERT_EQ(tricky.size() - tricky.indexOf("\r\n\r\n") - 4, 42);
    expectEverySplit(tricky, true, 0, 1);
}

TEST(RequestFramer, RefusesBareLineFeedsAndBareCarriageReturns)
{
    expectEverySplit("POST /v1/status HTTP/1.1\nContent-Length: 268435456\n\n", false, 400);
    expectEverySplit("POST /v1/status HTTP/1.1\r\nHost: a\nContent-Length: 9\r\n\r\n", false, 400);
    expectEverySplit("POST /v1/status HTTP/1.1\r\nHost: a\r\n\n", false, 400);
    expectEverySplit("POST /v1/status HTTP/1.1\r\nHost: a\rX: b\r\n\r\n", false, 400);
    expectEverySplit("\r\nGET /v1/ping HTTP/1.1\r\n\r\n", false, 400);
}

TEST(RequestFramer, RefusesFoldedHeadersAndControlCharacters)
{
    expectEverySplit("POST /v1/status HTTP/1.1\r\nX-A: a\r\n Content-Length: 999999999\r\n\r\n", false, 400);
    expectEverySplit("POST /v1/status HTTP/1.1\r\nX-A: a\r\n\tmore\r\n\r\n", false, 400);
    expectEverySplit(QByteArray("POST /v1/status HTTP/1.1\r\nX-A: a") + '\0' + "b\r\n\r\n", false, 400);
    expectEverySplit("POST /v1/status HTTP/1.1\r\nContent-Length : 5\r\n\r\nhello", false, 400);
    expectEverySplit("POST /v1/status HTTP/1.1\r\nno colon here\r\n\r\n", false, 400);
}

TEST(RequestFramer, RefusesDuplicateOrMalformedContentLength)
{
    expectEverySplit("POST /v1/status HTTP/1.1\r\nContent-Length: 10\r\nContent-Length: 268435456\r\n\r\n",
                     false, 400);
    expectEverySplit("POST /v1/status HTTP/1.1\r\nContent-Length: 5\r\ncontent-length: 5\r\n\r\nhello", false,
                     400);
    expectEverySplit("POST /v1/status HTTP/1.1\r\nContent-Length: +5\r\n\r\nhello", false, 400);
    expectEverySplit("POST /v1/status HTTP/1.1\r\nContent-Length: 5, 5\r\n\r\nhello", false, 400);
    expectEverySplit("POST /v1/status HTTP/1.1\r\nContent-Length: 0x10\r\n\r\n", false, 400);
    expectEverySplit("POST /v1/status HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n", false,
                     400);
}

TEST(RequestFramer, RefusesOversizedBodiesFromTheirLengthAndOversizedHeads)
{
    FramerLimits limits;
    limits.maxBodyBytes = 1000;
    limits.maxHeadBytes = 200;
    // Decided at the Content-Length line: nothing after it is needed.
    Outcome o = frame("POST /v1/status HTTP/1.1\r\nContent-Length: 268435456\r\n", 0, limits);
    EXPECT_FALSE(o.ok);
    EXPECT_EQ(o.status, 413);
    o = frame("POST /v1/status HTTP/1.1\r\nContent-Length: 1000\r\n\r\n" + QByteArray(1000, 'x'), 5, limits);
    EXPECT_TRUE(o.ok);
    o = frame("GET /v1/ping HTTP/1.1\r\nX: " + QByteArray(300, 'a'), 1, limits);
    EXPECT_FALSE(o.ok);
    EXPECT_EQ(o.status, 431);
}

TEST(RequestFramer, RefusesChunkedUpgradesAndUnknownMethods)
{
    expectEverySplit("POST /v1/status HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
                     false, 411);
    expectEverySplit("POST /v1/status HTTP/1.1\r\nTransfer-Encoding: identity\r\nContent-Length: 1\r\n\r\nx",
                     false, 411);
    expectEverySplit("GET /v1/ping HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n", false,
                     400);
    expectEverySplit("CONNECT 127.0.0.1:22 HTTP/1.1\r\n\r\n", false, 400);
    expectEverySplit("CONNECT /x HTTP/1.1\r\n\r\n", false, 501);
    expectEverySplit("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", false, 400);
    expectEverySplit("GET /v1/ping HTTP/1.1 extra\r\n\r\n", false, 400);
    expectEverySplit("GET  /v1/ping HTTP/1.1\r\n\r\n", false, 400);
}

TEST(RequestFramer, BudgetRefusalAndReleaseAreReported)
{
    RequestFramer f;
    qint64 reserved = 0;
    f.onHead = [&](qint64 n) {
        if (n > 100)
            return false;
        reserved += n;
        return true;
    };
    f.onBodyDone = [&](qint64 n) { reserved -= n; };
    EXPECT_TRUE(f.feed("POST /a HTTP/1.1\r\nContent-Length: 50\r\n\r\n0123456789"));
    EXPECT_EQ(reserved, 50);
    EXPECT_EQ(f.bodyRemaining(), 40);
    EXPECT_TRUE(f.feed(QByteArray(40, 'x')));
    EXPECT_EQ(reserved, 0);
    EXPECT_FALSE(f.feed("POST /a HTTP/1.1\r\nContent-Length: 500\r\n\r\n"));
    EXPECT_EQ(f.refusal().status, 503);
    EXPECT_FALSE(f.feed("GET /v1/ping HTTP/1.1\r\n\r\n")); // stays refused
}
