#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

// A small TLS-terminating HTTP/1.1 proxy between the sync client and the
// registry, on 127.0.0.1, that breaks things on purpose: answers 500/503/429
// itself, holds answers back beyond the client's timeout, or cuts a
// connection after N bytes of a request or of its answer. It presents the
// registry's own certificate, so the client's pinning still holds.
namespace sohoa::test {

struct Fault {
    enum class Kind { Pass, Respond, DelayResponse, CutRequest, CutResponse };
    Kind kind = Kind::Pass;
    int status = 0;
    int retryAfterSeconds = -1;
    int delayMs = 0;
    qint64 bytes = 0;

    static Fault pass() { return {}; }
    static Fault respond(int status, int retryAfterSeconds = -1)
    {
        return {Kind::Respond, status, retryAfterSeconds, 0, 0};
    }
    static Fault delayResponse(int ms) { return {Kind::DelayResponse, 0, -1, ms, 0}; }
    static Fault cutRequest(qint64 afterBytes) { return {Kind::CutRequest, 0, -1, 0, afterBytes}; }
    static Fault cutResponse(qint64 afterBytes) { return {Kind::CutResponse, 0, -1, 0, afterBytes}; }
};

// index: 1-based number of the request through the proxy.
using FaultPlan = std::function<Fault(int index, const QByteArray& method, const QByteArray& path)>;

class FaultProxy {
public:
    FaultProxy(quint16 upstreamPort, const QString& certificateFile, const QString& keyFile,
               const QString& caFile, FaultPlan plan);
    ~FaultProxy();

    quint16 port() const;
    QString url() const;
    int requests() const;
    int faultsInjected() const;
    void setPlan(FaultPlan plan);

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace sohoa::test
