#pragma once

#include "core/common/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <memory>

// The reference registry's HTTPS front (Qt HttpServer): authenticates each
// request by the device's Ed25519 signature, refuses replays, stale or skewed
// clocks, oversized bodies (before reading them), unknown schema versions, and
// rate-limits per device (429 + Retry-After). The work is RegistryService's.
namespace sohoa::registry {

class RegistryStore;

struct ServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;             // 0: any free port (see RegistryServer::port())
    QString certificateFile;      // PEM; the TLS certificate (chain) clients pin
    QString privateKeyFile;       // PEM
    double requestsPerSecond = 0; // per device; 0 = no limit
    int burst = 50;
    qint64 maxBodyBytes = 0;  // 0 = protocol::kMaxRequestBody
    bool logRequests = false; // one line per request on stderr (no personal data)
    // Connection limits (slowloris, idle and oversized requests; see RequestFramer).
    int maxConnections = 128;                // open at once (TLS handshakes included); more are closed
    int headerTimeoutMs = 15000;             // TLS handshake, then each request's head, must arrive within
    int idleTimeoutMs = 60000;               // a connection with no traffic for this long is closed
    qint64 maxHeadBytes = qint64(16) * 1024; // request line + headers
    qint64 maxBufferedBytes = 64ll << 20;    // request bodies announced and not yet received, all connections
    // Cost bounds per device.
    qint64 deviceQuotaBytes = 64ll << 30; // page-image bytes stored per device
    qint64 uploadMaxAgeSeconds =
        qint64(7) * 24 * 3600; // unfinished uploads older than this are purged (hourly)
};

class RegistryServer : public QObject {
    Q_OBJECT
public:
    RegistryServer(RegistryStore& store, ServerOptions options, QObject* parent = nullptr);
    ~RegistryServer() override;

    Result<quint16> start();
    quint16 port() const;
    qint64 requestsHandled() const;

    struct Impl; // opaque; public only so that the HTTP front in the .cpp can name it

private:
    std::unique_ptr<Impl> d;
};

} // namespace sohoa::registry
