// libFuzzer target: the registry's HTTP request framer (server/registry
// RequestFramer), which reads every byte of a connection before Qt does.
// Input: byte 0 picks the chunk size (1-64 bytes) and small limits; the rest is
// the stream. The same stream fed whole and fed in chunks must be framed the
// same way (same requests, same refusal); the framer must never promise more
// body bytes than the limit.
#include "server/registry/RequestFramer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct Outcome {
    int requests = 0;
    int refusal = 0;
    int state = 0;
    qint64 remaining = 0;
    qint64 declared = 0;
    int heads = 0, bodies = 0;
};

Outcome run(const QByteArray& stream, int chunk, const sohoa::registry::FramerLimits& limits)
{
    using namespace sohoa::registry;
    RequestFramer f(limits);
    Outcome o;
    f.onHead = [&](qint64 length) {
        if (length < 0 || length > limits.maxBodyBytes)
            std::abort(); // a body past the limit was announced as acceptable
        ++o.heads;
        o.declared += length;
        return true;
    };
    f.onBodyDone = [&](qint64) { ++o.bodies; };
    for (qsizetype at = 0; at < stream.size(); at += chunk)
        if (!f.feed(QByteArrayView(stream.constData() + at, qMin<qsizetype>(chunk, stream.size() - at))))
            break;
    o.requests = f.requestsFramed();
    o.refusal = f.refusal().status;
    o.state = int(f.state());
    o.remaining = f.bodyRemaining();
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sohoa::registry;
    if (size < 1)
        return 0;
    const int chunk = 1 + (data[0] & 0x3f);
    FramerLimits limits;
    limits.maxHeadBytes = (data[0] & 0x40) ? 256 : 16 * 1024;
    limits.maxBodyBytes = (data[0] & 0x80) ? 64 : 4 << 20;
    const QByteArray stream(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const Outcome whole = run(stream, int(qMax<qsizetype>(1, stream.size())), limits);
    const Outcome pieces = run(stream, chunk, limits);
    if (whole.requests != pieces.requests || whole.refusal != pieces.refusal || whole.state != pieces.state ||
        whole.remaining != pieces.remaining || whole.heads != pieces.heads || whole.bodies != pieces.bodies ||
        whole.declared != pieces.declared)
        std::abort(); // framing depends on how the bytes arrived
    if (whole.state == int(RequestFramer::State::Refused) && whole.refusal == 0)
        std::abort(); // refused without saying how to answer
    return 0;
}
