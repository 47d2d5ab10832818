#include "server/registry/RequestFramer.h"

#include "core/sync/Protocol.h"
#include "server/registry/Tr.h"

#include <QCoreApplication>

namespace sohoa::registry {

namespace {

// RFC 9110 token characters (method and header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && isSpace(s.front()))
        s = s.sliced(1);
    while (!s.isEmpty() && isSpace(s.back()))
        s.chop(1);
    return s;
}

bool equalsLower(QByteArrayView s, QByteArrayView lower)
{
    if (s.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

} // namespace

RequestFramer::RequestFramer(FramerLimits limits)
    : m_limits(limits)
{
    if (m_limits.maxBodyBytes <= 0)
        m_limits.maxBodyBytes = sync::protocol::kMaxRequestBody;
    if (m_limits.maxHeadBytes <= 0)
        m_limits.maxHeadBytes = qint64(16) * 1024;
}

bool RequestFramer::refuse(int status, const char* phrase, const QString& code, const QString& message)
{
    if (m_state == State::Body && onBodyDone)
        onBodyDone(m_declared); // nothing more of it will be buffered
    m_state = State::Refused;
    m_refusal = FramerRefusal{status, QByteArray(phrase), makeError(code, message)};
    m_line.clear();
    return false;
}

bool RequestFramer::feed(QByteArrayView bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        switch (m_state) {
        case State::Refused:
            return false;
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, bytes.size() - pos);
            m_remaining -= take;
            pos += qsizetype(take);
            if (m_remaining == 0) {
                m_state = State::Idle;
                if (onBodyDone)
                    onBodyDone(m_declared);
            }
            break;
        }
        case State::Idle:
            m_state = State::Head;
            m_headBytes = 0;
            m_firstLine = true;
            m_sawCr = false;
            m_contentLength = -1;
            m_line.clear();
            [[fallthrough]];
        case State::Head:
            if (!headByte(bytes[pos++]))
                return false;
            break;
        }
    }
    return m_state != State::Refused;
}

bool RequestFramer::headByte(char c)
{
    if (++m_headBytes > m_limits.maxHeadBytes)
        return refuse(431, "Request Header Fields Too Large", QStringLiteral("request.too_large"),
                      Tr::tr("Request headers too large."));
    if (m_sawCr) {
        m_sawCr = false;
        if (c != '\n')
            return refuse(400, "Bad Request", QStringLiteral("request.malformed_head"),
                          Tr::tr("The request's head has a line break that is not CR LF."));
        return line();
    }
    if (c == '\r') {
        m_sawCr = true;
        return true;
    }
    if (c == '\n')
        return refuse(400, "Bad Request", QStringLiteral("request.malformed_head"),
                      Tr::tr("The request's head has a line break that is not CR LF."));
    if (c == '\0' || (uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f)
        return refuse(400, "Bad Request", QStringLiteral("request.malformed_head"),
                      Tr::tr("The request's head contains control characters."));
    if (m_line.isEmpty() && isSpace(c))
        return refuse(400, "Bad Request", QStringLiteral("request.malformed_head"),
                      Tr::tr("Folded or indented header lines are not accepted."));
    m_line.append(c);
    return true;
}

bool RequestFramer::line()
{
    bool ok;
    if (m_firstLine) {
        m_firstLine = false;
        ok = requestLine();
    } else if (m_line.isEmpty()) {
        ok = headDone();
    } else {
        ok = headerLine();
    }
    m_line.clear();
    return ok;
}

bool RequestFramer::requestLine()
{
    const QByteArrayView l(m_line);
    const qsizetype a = l.indexOf(' ');
    const qsizetype b = a < 0 ? -1 : l.sliced(a + 1).indexOf(' ');
    if (a <= 0 || b <= 0)
        return refuse(400, "Bad Request", QStringLiteral("request.malformed_head"),
                      Tr::tr("The request line is not METHOD TARGET HTTP/1.1."));
    const QByteArrayView method = l.first(a);
    const QByteArrayView target = l.sliced(a + 1, b);
    const QByteArrayView version = l.sliced(a + 1 + b + 1);
    if (!isToken(method) || !target.startsWith('/') || target.contains('\t') ||
        (version != "HTTP/1.1" && version != "HTTP/1.0"))
        return refuse(400, "Bad Request", QStringLiteral("request.malformed_head"),
                      Tr::tr("The request line is not METHOD TARGET HTTP/1.1."));
    // CONNECT (a tunnel, which Qt's parser treats as a protocol switch) and
    // methods the registry does not know are refused here.
    static const QByteArrayView known[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"};
    for (QByteArrayView k : known)
        if (method == k)
            return true;
    return refuse(501, "Not Implemented", QStringLiteral("method_not_allowed"),
                  Tr::tr("The registry does not implement this method."));
}

bool RequestFramer::headerLine()
{
    const QByteArrayView l(m_line);
    const qsizetype colon = l.indexOf(':');
    if (colon <= 0 || !isToken(l.first(colon)))
        return refuse(400, "Bad Request", QStringLiteral("request.malformed_head"),
                      Tr::tr("A header line is not NAME: VALUE."));
    const QByteArrayView name = l.first(colon);
    const QByteArrayView value = trimmed(l.sliced(colon + 1));
    if (equalsLower(name, "content-length")) {
        if (m_contentLength >= 0)
            return refuse(400, "Bad Request", QStringLiteral("request.malformed_head"),
                          Tr::tr("The request has more than one Content-Length."));
        if (value.isEmpty() || value.size() > 18)
            return refuse(400, "Bad Request", QStringLiteral("request.malformed_head"),
                          Tr::tr("The Content-Length is not a number of bytes."));
        qint64 n = 0;
        for (char c : value) {
            if (c < '0' || c > '9')
                return refuse(400, "Bad Request", QStringLiteral("request.malformed_head"),
                              Tr::tr("The Content-Length is not a number of bytes."));
            n = n * 10 + (c - '0');
        }
        m_contentLength = n;
        // Decided now, before the rest of the head or any of the body is read.
        if (n > m_limits.maxBodyBytes)
            return refuse(413, "Payload Too Large", QStringLiteral("request.too_large"),
                          Tr::tr("The request body (%1 bytes) exceeds the limit of %2 bytes.")
                              .arg(n)
                              .arg(m_limits.maxBodyBytes));
        return true;
    }
    if (equalsLower(name, "transfer-encoding"))
        return refuse(411, "Length Required", QStringLiteral("request.invalid"),
                      Tr::tr("Send a Content-Length; chunked bodies are not accepted."));
    if (equalsLower(name, "upgrade"))
        return refuse(400, "Bad Request", QStringLiteral("request.malformed_head"),
                      Tr::tr("The registry does not switch protocols."));
    return true;
}

bool RequestFramer::headDone()
{
    const qint64 length = qMax<qint64>(0, m_contentLength);
    if (onHead && !onHead(length))
        return refuse(503, "Service Unavailable", QStringLiteral("store.busy"),
                      Tr::tr("The registry is receiving too much at once; try again shortly."));
    ++m_requests;
    m_declared = length;
    m_remaining = length;
    if (length == 0) {
        m_state = State::Idle;
        if (onBodyDone)
            onBodyDone(0);
    } else {
        m_state = State::Body;
    }
    return true;
}

} // namespace sohoa::registry
