#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <atomic>
#include <memory>

// HTTPS to a registry: TLS pinned to the certificate or CA saved at enrolment
// (system CAs are not trusted for this), every request signed with the device's
// Ed25519 key, a hard timeout per request, and several kept-alive connections.
// Blocking calls run a local event loop, so the client belongs to one thread
// (the CLI's main thread or a SyncJob's worker thread).
//
// It speaks HTTP/1.1 itself over QSslSocket rather than through
// QNetworkAccessManager, because QNAM silently sends a request again when a
// connection drops after the request went out but before the answer came (its
// "resend" for stale keep-alive connections, POST included): the registry
// would receive it twice and the outbox would never know. Here a request is
// written once; an unanswered one is reported as such and the sync engine
// asks the registry before sending anything again.
namespace sohoa::sync {

struct ClientConfig {
    QUrl baseUrl;                   // https://host:port
    QList<QSslCertificate> trusted; // the pinned certificate / CA
    QString deviceId;               // empty: unsigned requests (enrolment, ping)
    const crypto::SecretBytes* signingKey = nullptr;
    int timeoutMs = 30000;
    int maxParallel = 4;
};

struct HttpRequest {
    QByteArray method = "POST";
    QString path; // "/v1/status"
    QByteArray body;
    QList<QByteArray> moreBody; // further body bytes after `body`, sent from where they are (no copy)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json";
};

struct HttpResponse {
    bool answered = false; // an HTTP answer came back (any status)
    int status = 0;
    QByteArray body;
    QJsonObject json; // parsed body when it is a JSON object
    int retryAfterSeconds = -1;
    Error transportError; // when !answered: sync.network, sync.timeout, sync.tls, sync.cancelled
    bool fullySent =
        false; // every byte of the request was handed to the connection (the registry may have it)

    bool ok() const { return answered && status >= 200 && status < 300; }
    QString errorCode() const; // the registry's error code, or the transport's
    QString errorMessage() const;
    QJsonObject errorDetails() const;
};

// Parses PEM text into certificates; fails with sync.bad_ca when there is none.
Result<QList<QSslCertificate>> parsePinnedCertificates(const QByteArray& pem);

class RegistryClient {
public:
    explicit RegistryClient(ClientConfig config);
    ~RegistryClient();

    HttpResponse call(const HttpRequest& request);
    // Runs all requests with at most maxParallel in flight; answers in request order.
    QList<HttpResponse> callAll(const QList<HttpRequest>& requests);

    // Seconds to add to this machine's clock when signing (learnt from the registry; any thread).
    void setClockOffset(qint64 seconds) { m_clockOffset = seconds; }
    qint64 clockOffset() const { return m_clockOffset; }
    // Aborts what is in flight and fails what follows with sync.cancelled (any thread).
    void cancel() { m_cancelled = true; }
    bool cancelled() const { return m_cancelled; }

    struct Impl;

private:
    ClientConfig m_config;
    std::unique_ptr<Impl> d;
    std::atomic<qint64> m_clockOffset{0};
    std::atomic_bool m_cancelled{false};
};

} // namespace sohoa::sync
