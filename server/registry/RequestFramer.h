#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

// The registry's own reading of the HTTP/1.1 byte stream of one connection,
// run on every byte before Qt HttpServer sees it. It finds where each request's
// head ends and how long its body is, and refuses anything Qt's parser might
// frame differently or that would make the server buffer without bound:
//   - a head larger than the limit (431), a body larger than the limit (413),
//     decided from Content-Length before any of the body is buffered;
//   - bare LF or bare CR line endings, folded (obs-fold) header lines, NUL or
//     control bytes, a malformed request line or header name (400);
//   - a duplicate Content-Length (even with the same value) or one that is not
//     plain digits (400); Transfer-Encoding (411: only Content-Length framing);
//   - Upgrade (400: the registry speaks plain HTTP/1.1, no WebSocket).
// Pure (no sockets, no clock), so it is unit-tested and fuzzed directly.
namespace sohoa::registry {

struct FramerLimits {
    qint64 maxHeadBytes = qint64(16) * 1024;
    qint64 maxBodyBytes = 0; // 0: sync::protocol::kMaxRequestBody
};

struct FramerRefusal {
    int status = 0; // HTTP status to answer with
    QByteArray phrase;
    Error error;
};

class RequestFramer {
public:
    enum class State { Idle, Head, Body, Refused };

    explicit RequestFramer(FramerLimits limits = {});

    // Called when a head is complete, with its declared body length; false
    // refuses the request (503: the server's buffer budget is spent).
    std::function<bool(qint64)> onHead;
    // Called when the body of the last accepted head has fully arrived (also
    // for a body of length 0), with the length that onHead was given.
    std::function<void(qint64)> onBodyDone;

    // Consumes the next bytes of the stream; false once the stream is refused
    // (refusal() says why; every later call returns false).
    bool feed(QByteArrayView bytes);

    State state() const { return m_state; }
    qint64 bodyRemaining() const { return m_remaining; }
    int requestsFramed() const { return m_requests; }
    const FramerRefusal& refusal() const { return m_refusal; }

private:
    bool refuse(int status, const char* phrase, const QString& code, const QString& message);
    bool headByte(char c);
    bool line(); // m_line is complete (without its CRLF)
    bool requestLine();
    bool headerLine();
    bool headDone();

    FramerLimits m_limits;
    State m_state = State::Idle;
    QByteArray m_line;
    qint64 m_headBytes = 0;
    bool m_firstLine = true;
    bool m_sawCr = false;
    qint64 m_contentLength = -1;
    qint64 m_declared = 0;
    qint64 m_remaining = 0;
    int m_requests = 0;
    FramerRefusal m_refusal;
};

} // namespace sohoa::registry
