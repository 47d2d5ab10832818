#include "server/registry/RegistryServer.h"

#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/sync/Protocol.h"
#include "core/sync/Signature.h"
#include "server/registry/RegistryService.h"
#include "server/registry/RegistryStore.h"
#include "server/registry/ReplayCache.h"
#include "server/registry/RequestFramer.h"
#include "server/registry/Tr.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <cmath>
#include <cstdio>
#include <memory>

namespace sohoa::registry {

namespace protocol = sync::protocol;

namespace {

using Status = QHttpServerResponder::StatusCode;

struct Reply {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

int statusFor(const QString& code)
{
    static const QHash<QString, int> map{
        {QStringLiteral("request.malformed_json"), 400}, {QStringLiteral("request.schema_version"), 400},
        {QStringLiteral("request.invalid"), 400},        {QStringLiteral("request.too_large"), 413},
        {QStringLiteral("auth.missing_signature"), 401}, {QStringLiteral("auth.bad_signature"), 401},
        {QStringLiteral("auth.replayed"), 401},          {QStringLiteral("auth.clock_skew"), 401},
        {QStringLiteral("auth.stale_request"), 401},     {QStringLiteral("auth.unknown_device"), 401},
        {QStringLiteral("auth.device_revoked"), 403},    {QStringLiteral("enrol.bad_code"), 403},
        {QStringLiteral("enrol.key_in_use"), 403},       {QStringLiteral("upload.offset_mismatch"), 409},
        {QStringLiteral("upload.missing"), 409},         {QStringLiteral("upload.hash_mismatch"), 422},
        {QStringLiteral("rate_limited"), 429},           {QStringLiteral("not_found"), 404},
        {QStringLiteral("method_not_allowed"), 405},     {QStringLiteral("store.busy"), 503},
    };
    if (code.startsWith(QLatin1String("audit.")) || code.startsWith(QLatin1String("roster.")))
        return 409;
    return map.value(code, 500);
}

bool isRetryable(const QString& code, int status)
{
    return status == 429 || status >= 500 || code == QLatin1String("auth.clock_skew") ||
           code == QLatin1String("auth.stale_request") || code == QLatin1String("upload.hash_mismatch");
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

QByteArray rawErrorResponse(int status, const char* reasonPhrase, const Error& error)
{
    const QByteArray body =
        canonicalJson(protocol::errorBody(error, false, {{QStringLiteral("server_time"), nowIso()}}));
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase +
           "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// What all connections share: how many are open and how many request-body
// bytes are declared and not yet fully received (Qt HttpServer holds a body in
// memory until the request is complete, so this bounds what it buffers).
struct ConnectionBudget {
    int open = 0;
    qint64 buffered = 0;
};

// Watches the bytes of each connection before Qt HttpServer reads them (it is
// connected to readyRead first, and only peeks): RequestFramer decides where
// each request starts and ends and refuses what Qt's parser could frame
// differently or would buffer without bound. Also closes connections whose head
// does not arrive in time (slowloris) and connections idle for too long.
class ConnectionGuard : public QObject {
public:
    ConnectionGuard(QSslSocket* socket, const ServerOptions& options, qint64 bodyLimit,
                    std::shared_ptr<ConnectionBudget> budget)
        : QObject(socket)
        , m_socket(socket)
        , m_framer(FramerLimits{options.maxHeadBytes, bodyLimit})
        , m_budget(std::move(budget))
        , m_maxBuffered(options.maxBufferedBytes)
        , m_idleMs(options.idleTimeoutMs)
        , m_headMs(options.headerTimeoutMs)
    {
        m_framer.onHead = [this](qint64 length) {
            if (length > 0 && m_budget->buffered + length > m_maxBuffered)
                return false;
            m_budget->buffered += length;
            m_reserved = length;
            return true;
        };
        m_framer.onBodyDone = [this](qint64) {
            m_budget->buffered -= m_reserved;
            m_reserved = 0;
        };
        m_headTimer.setSingleShot(true);
        m_idleTimer.setSingleShot(true);
        connect(&m_headTimer, &QTimer::timeout, this, [this] {
            refuse(
                408, "Request Timeout",
                makeError(QStringLiteral("request.timeout"), Tr::tr("The request did not arrive in time.")));
        });
        connect(&m_idleTimer, &QTimer::timeout, this, [this] {
            if (m_framer.state() == RequestFramer::State::Body)
                return refuse(408, "Request Timeout",
                              makeError(QStringLiteral("request.timeout"),
                                        Tr::tr("The request did not arrive in time.")));
            m_socket->abort();
        });
        connect(socket, &QSslSocket::readyRead, this, &ConnectionGuard::inspect);
        connect(socket, &QSslSocket::bytesWritten, this, [this] { touch(); });
        m_headTimer.start(options.headerTimeoutMs); // the first request's head
        touch();
    }

    ~ConnectionGuard() override { m_budget->buffered -= m_reserved; }

private:
    void touch()
    {
        if (!m_refused)
            m_idleTimer.start(m_idleMs);
    }

    void inspect()
    {
        if (m_refused)
            return;
        touch();
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            return;
        bool ok;
        if (m_framer.state() == RequestFramer::State::Body && available < m_framer.bodyRemaining())
            ok = skipBody(available); // count it without copying it
        else
            ok = m_framer.feed(m_socket->peek(available));
        if (!ok) {
            const FramerRefusal& r = m_framer.refusal();
            return refuse(r.status, r.phrase.constData(), r.error);
        }
        const bool newHead = m_framer.requestsFramed() != m_framed;
        m_framed = m_framer.requestsFramed();
        if (m_framer.state() == RequestFramer::State::Head) {
            if (newHead || !m_headTimer.isActive())
                m_headTimer.start(m_headMs);
        } else if (m_framed > 0) {
            m_headTimer.stop();
        }
    }

    bool skipBody(qint64 n)
    {
        // Body bytes are not inspected; the framer only needs their count.
        static const QByteArray zeros(qsizetype(64) * 1024, '\0');
        while (n > 0) {
            const qint64 take = qMin<qint64>(n, zeros.size());
            if (!m_framer.feed(QByteArrayView(zeros.constData(), qsizetype(take))))
                return false;
            n -= take;
        }
        return true;
    }

    void refuse(int status, const char* phrase, const Error& error)
    {
        if (m_refused)
            return;
        m_refused = true;
        m_headTimer.stop();
        m_idleTimer.stop();
        m_budget->buffered -= m_reserved;
        m_reserved = 0;
        // Nobody else reads this connection any more; answer, then drain what the
        // client is still sending for a moment so it can read the answer.
        QObject::disconnect(m_socket, &QSslSocket::readyRead, nullptr, nullptr);
        m_socket->readAll();
        connect(m_socket, &QSslSocket::readyRead, m_socket, [s = m_socket] { s->readAll(); });
        m_socket->write(rawErrorResponse(status, phrase, error));
        m_socket->flush();
        QTimer::singleShot(1000, m_socket, [s = QPointer<QSslSocket>(m_socket)] {
            if (s)
                s->disconnectFromHost();
        });
        QTimer::singleShot(3000, m_socket, [s = QPointer<QSslSocket>(m_socket)] {
            if (s)
                s->abort();
        });
    }

    QSslSocket* m_socket;
    RequestFramer m_framer;
    std::shared_ptr<ConnectionBudget> m_budget;
    qint64 m_maxBuffered;
    int m_idleMs;
    int m_headMs;
    int m_framed = 0;
    qint64 m_reserved = 0;
    bool m_refused = false;
    QTimer m_headTimer;
    QTimer m_idleTimer;
};

// Accepts TLS connections (at most maxConnections at once; more are closed at
// once) and puts the guard in place before Qt HttpServer sees the socket (both
// attach synchronously, so no data slips past).
class TlsListener : public QTcpServer {
public:
    TlsListener(const QSslConfiguration& config, ServerOptions options, qint64 bodyLimit, QObject* parent)
        : QTcpServer(parent)
        , m_config(config)
        , m_options(std::move(options))
        , m_bodyLimit(bodyLimit)
        , m_budget(std::make_shared<ConnectionBudget>())
    {
        setMaxPendingConnections(qMax(30, m_options.maxConnections));
    }

    int openConnections() const { return m_budget->open; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (m_budget->open >= m_options.maxConnections) {
            ++m_refusedConnections;
            socket->abort();
            delete socket;
            return;
        }
        ++m_budget->open;
        connect(socket, &QObject::destroyed, socket, [b = m_budget] { --b->open; });
        socket->setSslConfiguration(m_config);
        auto* handshakeTimer = new QTimer(socket);
        handshakeTimer->setSingleShot(true);
        connect(handshakeTimer, &QTimer::timeout, socket, [socket] { socket->abort(); });
        handshakeTimer->start(m_options.headerTimeoutMs);
        connect(socket, &QSslSocket::encrypted, this, [this, socket, handshakeTimer] {
            handshakeTimer->stop();
            new ConnectionGuard(socket, m_options, m_bodyLimit, m_budget);
            addPendingConnection(socket);
        });
        connect(socket, &QSslSocket::disconnected, socket, [socket] {
            if (!socket->isEncrypted())
                socket->deleteLater();
        });
        connect(socket, &QSslSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError) {
            if (!socket->isEncrypted())
                socket->deleteLater();
        });
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_config;
    ServerOptions m_options;
    qint64 m_bodyLimit;
    std::shared_ptr<ConnectionBudget> m_budget;
    qint64 m_refusedConnections = 0;
};

class HttpFront;

} // namespace

struct RegistryServer::Impl {
    RegistryStore& store;
    RegistryService service;
    ServerOptions options;
    std::unique_ptr<QAbstractHttpServer> http;
    TlsListener* listener = nullptr;
    qint64 startedAt = 0;
    qint64 handled = 0;
    ReplayCache nonces;
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    QHash<QString, Bucket> buckets;
    QElapsedTimer clock;

    Impl(RegistryStore& s, ServerOptions o)
        : store(s)
        , service(s)
        , options(std::move(o))
    {
        clock.start();
    }

    Reply handle(const QHttpServerRequest& request);
    Reply error(const Error& e, const QJsonObject& details = {}, int retryAfterSeconds = 0);
    Reply json(const QJsonObject& body, int status = 200);
    Result<Device> authenticate(const QHttpServerRequest& request, const QByteArray& method,
                                const QByteArray& target, QJsonObject* details, int* retryAfter);
    Result<QJsonObject> jsonBody(const QHttpServerRequest& request, QJsonObject* details);
    int rateLimitWait(const QString& deviceId);
};

namespace {

class HttpFront : public QAbstractHttpServer {
public:
    explicit HttpFront(RegistryServer::Impl* impl)
        : m_impl(impl)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        QElapsedTimer t;
        t.start();
        const Reply r = m_impl->handle(request);
        auto responder = makeResponder(request, socket);
        responder.writeStatusLine(Status(r.status));
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader(protocol::kHeaderServerTime, nowIso().toLatin1());
        for (const auto& h : r.headers)
            responder.writeHeader(h.first, h.second);
        responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
        responder.writeBody(r.body);
        // QSslSocket encrypts and sends what was written only when control is
        // back in the event loop, which first serves every other request ready
        // on another connection: answers then went out in bursts, up to 100 ms
        // late, and the client's connections waited in step. Send it now.
        if (auto* tls = qobject_cast<QSslSocket*>(socket))
            tls->flush();
        ++m_impl->handled;
        if (m_impl->options.logRequests) {
            const QByteArray line = methodName(request.method()) + ' ' + request.url().path().toUtf8() + ' ' +
                                    QByteArray::number(r.status) + ' ' + QByteArray::number(t.elapsed()) +
                                    "ms " + request.value(protocol::kHeaderDevice) + '\n';
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
        }
        return true;
    }

    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        auto responder = makeResponder(request, socket);
        responder.write(Status::NotFound);
    }

private:
    RegistryServer::Impl* m_impl;
};

} // namespace

Reply RegistryServer::Impl::json(const QJsonObject& body, int status)
{
    Reply r;
    r.status = status;
    r.body = canonicalJson(body);
    return r;
}

Reply RegistryServer::Impl::error(const Error& e, const QJsonObject& details, int retryAfterSeconds)
{
    const int status = statusFor(e.code);
    QJsonObject d = details;
    d.insert(QStringLiteral("server_time"), nowIso());
    Reply r = json(protocol::errorBody(e, isRetryable(e.code, status), d), status);
    if (retryAfterSeconds > 0)
        r.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    return r;
}

Result<QJsonObject> RegistryServer::Impl::jsonBody(const QHttpServerRequest& request, QJsonObject* details)
{
    const QByteArray body = request.body();
    if (body.size() > protocol::kMaxJsonBody)
        return makeError(QStringLiteral("request.too_large"),
                         Tr::tr("The JSON body is larger than %1 bytes.").arg(protocol::kMaxJsonBody));
    auto obj = parseJsonObject(body);
    if (!obj)
        return makeError(QStringLiteral("request.malformed_json"), obj.error().message);
    const QString schema = obj->value(QLatin1String("schema")).toString();
    if (schema != QLatin1String(protocol::kSchema)) {
        details->insert(QStringLiteral("supported"), QJsonArray{QLatin1String(protocol::kSchema)});
        return makeError(QStringLiteral("request.schema_version"),
                         Tr::tr("Unsupported schema version '%1'; this registry speaks %2.")
                             .arg(schema, QLatin1String(protocol::kSchema)));
    }
    return obj;
}

Result<Device> RegistryServer::Impl::authenticate(const QHttpServerRequest& request, const QByteArray& method,
                                                  const QByteArray& target, QJsonObject* details,
                                                  int* retryAfter)
{
    const QString deviceId = QString::fromUtf8(request.value(protocol::kHeaderDevice));
    const QByteArray ts = request.value(protocol::kHeaderTimestamp);
    const QByteArray nonce = request.value(protocol::kHeaderNonce);
    const QByteArray signature = QByteArray::fromBase64(request.value(protocol::kHeaderSignature));
    if (deviceId.isEmpty() || ts.isEmpty() || nonce.size() < 16 || nonce.size() > 64 || signature.isEmpty())
        return makeError(
            QStringLiteral("auth.missing_signature"),
            Tr::tr("The request is not signed (Sohoa-Device, -Timestamp, -Nonce and -Signature headers)."));
    auto device = service.device(deviceId);
    if (!device)
        return device.error();
    if (device->revoked)
        return makeError(QStringLiteral("auth.device_revoked"),
                         Tr::tr("This device was revoked by the registry administrator."));
    if (!sync::verifyDetached(
            signature,
            protocol::canonicalRequest(method, target, deviceId, ts.toLongLong(), nonce, request.body()),
            device->signPublicKey))
        return makeError(QStringLiteral("auth.bad_signature"),
                         Tr::tr("The request's signature is not valid."));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 when = ts.toLongLong();
    if (qAbs(now - when) > protocol::kClockSkewSeconds) {
        details->insert(QStringLiteral("server_time"), nowIso());
        return makeError(QStringLiteral("auth.clock_skew"),
                         Tr::tr("The device's clock differs from the registry's by %1 seconds; set it right.")
                             .arg(when - now));
    }
    if (when < startedAt - 1)
        return makeError(QStringLiteral("auth.stale_request"),
                         Tr::tr("The request was signed before the registry started; sign it again."));
    switch (nonces.admit(deviceId, nonce, when + qint64(2) * protocol::kClockSkewSeconds, now)) {
    case ReplayCache::Verdict::Fresh:
        return device;
    case ReplayCache::Verdict::Replayed:
        return makeError(QStringLiteral("auth.replayed"),
                         Tr::tr("This request was already received (replay)."));
    case ReplayCache::Verdict::DeviceFull:
        *retryAfter = int(qMin<qint64>(nonces.secondsUntilRoom(now), 2 * protocol::kClockSkewSeconds));
        return makeError(QStringLiteral("rate_limited"),
                         Tr::tr("Too many requests from this device; wait %1 s.").arg(*retryAfter));
    case ReplayCache::Verdict::Full:
        break;
    }
    *retryAfter = int(qMin<qint64>(nonces.secondsUntilRoom(now), 2 * protocol::kClockSkewSeconds));
    return makeError(QStringLiteral("store.busy"),
                     Tr::tr("The registry is receiving too much at once; try again shortly."));
}

int RegistryServer::Impl::rateLimitWait(const QString& deviceId)
{
    if (options.requestsPerSecond <= 0)
        return 0;
    const qint64 nowMs = clock.elapsed();
    Bucket& b = buckets[deviceId];
    if (b.lastMs == 0 && b.tokens == 0)
        b.tokens = options.burst;
    b.tokens =
        qMin<double>(options.burst, b.tokens + (nowMs - b.lastMs) * options.requestsPerSecond / 1000.0);
    b.lastMs = nowMs;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
    }
    return qMax(1, int(std::ceil((1 - b.tokens) / options.requestsPerSecond)));
}

Reply RegistryServer::Impl::handle(const QHttpServerRequest& request)
{
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path(QUrl::FullyEncoded);
    QByteArray target = path.toUtf8();
    if (request.url().hasQuery())
        target += '?' + request.url().query(QUrl::FullyEncoded).toUtf8();
    QJsonObject details;

    if (path == QLatin1String("/v1/ping")) {
        if (method != "GET")
            return error(makeError(QStringLiteral("method_not_allowed"), Tr::tr("Use GET.")));
        return json({{QStringLiteral("schema"), QLatin1String(protocol::kSchema)},
                     {QStringLiteral("registry_name"), store.keys().name},
                     {QStringLiteral("server_time"), nowIso()},
                     {QStringLiteral("supported"), QJsonArray{QLatin1String(protocol::kSchema)}}});
    }
    if (path == QLatin1String("/v1/enrol")) {
        if (method != "POST")
            return error(makeError(QStringLiteral("method_not_allowed"), Tr::tr("Use POST.")));
        auto body = jsonBody(request, &details);
        if (!body)
            return error(body.error(), details);
        auto answer = service.enrol(*body);
        if (!answer)
            return error(answer.error());
        return json(*answer);
    }
    const bool known = path == QLatin1String("/v1/status") || path == QLatin1String("/v1/uploads") ||
                       path == QLatin1String("/v1/office") ||
                       path == protocol::recordsPath(protocol::Registry::CivilStatus) ||
                       path == protocol::recordsPath(protocol::Registry::Land);
    if (!known)
        return error(makeError(QStringLiteral("not_found"), Tr::tr("No such endpoint: %1").arg(path)));

    int retryAfter = 0;
    auto device = authenticate(request, method, target, &details, &retryAfter);
    if (!device)
        return error(device.error(), details, retryAfter);
    if (const int wait = rateLimitWait(device->id); wait > 0)
        return error(makeError(QStringLiteral("rate_limited"),
                               Tr::tr("Too many requests from this device; wait %1 s.").arg(wait)),
                     {}, wait);

    if (path == QLatin1String("/v1/status")) {
        if (method != "POST")
            return error(makeError(QStringLiteral("method_not_allowed"), Tr::tr("Use POST.")));
        auto body = jsonBody(request, &details);
        if (!body)
            return error(body.error(), details);
        auto s = service.status(*device, *body);
        if (!s)
            return error(s.error());
        return json(*s);
    }
    if (path == QLatin1String("/v1/office")) {
        if (method != "POST")
            return error(makeError(QStringLiteral("method_not_allowed"), Tr::tr("Use POST.")));
        auto body = jsonBody(request, &details);
        if (!body)
            return error(body.error(), details);
        auto s = service.office(*device, *body);
        if (!s)
            return error(s.error());
        return json(*s);
    }
    if (path == QLatin1String("/v1/uploads")) {
        if (method != "POST")
            return error(makeError(QStringLiteral("method_not_allowed"), Tr::tr("Use POST.")));
        auto parts = protocol::decodeUploadBundle(request.body());
        if (!parts)
            return error(parts.error(), parts.error().code == QLatin1String("request.schema_version")
                                            ? QJsonObject{{QStringLiteral("supported"),
                                                           QJsonArray{QLatin1String(protocol::kSchema)}}}
                                            : QJsonObject{});
        auto r = service.putUploads(*device, *parts);
        if (!r)
            return error(r.error());
        return json({{QStringLiteral("schema"), QLatin1String(protocol::kSchema)},
                     {QStringLiteral("uploads"), r->uploads},
                     {QStringLiteral("refused"), r->refused}});
    }
    protocol::Registry registry = path == protocol::recordsPath(protocol::Registry::Land)
                                      ? protocol::Registry::Land
                                      : protocol::Registry::CivilStatus;
    if (method != "POST")
        return error(makeError(QStringLiteral("method_not_allowed"), Tr::tr("Use POST.")));
    auto body = jsonBody(request, &details);
    if (!body)
        return error(body.error(), details);
    QStringList missing;
    auto answers = service.submit(*device, registry, *body, &missing);
    if (!answers)
        return error(answers.error(), missing.isEmpty() ? QJsonObject{}
                                                        : QJsonObject{{QStringLiteral("missing"),
                                                                       QJsonArray::fromStringList(missing)}});
    return json({{QStringLiteral("schema"), QLatin1String(protocol::kSchema)},
                 {QStringLiteral("answers"), *answers}});
}

RegistryServer::RegistryServer(RegistryStore& store, ServerOptions options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(store, std::move(options)))
{
}

RegistryServer::~RegistryServer() = default;

Result<quint16> RegistryServer::start()
{
    QFile certFile(d->options.certificateFile);
    QFile keyFile(d->options.privateKeyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("registry.tls"),
                         Tr::tr("Cannot read the TLS certificate or key (%1, %2).")
                             .arg(d->options.certificateFile, d->options.privateKeyFile));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return makeError(QStringLiteral("registry.tls"),
                         Tr::tr("The TLS certificate or private key is not valid PEM (EC or RSA)."));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // devices authenticate by signature, not certificate

    const qint64 limit = d->options.maxBodyBytes > 0 ? d->options.maxBodyBytes : protocol::kMaxRequestBody;
    // One request of the largest size must always fit.
    d->options.maxBufferedBytes = qMax(d->options.maxBufferedBytes, limit);
    d->http = std::make_unique<HttpFront>(d.get());
    d->listener = new TlsListener(tls, d->options, limit, nullptr);
    if (!d->listener->listen(d->options.address, d->options.port)) {
        const QString why = d->listener->errorString();
        delete d->listener;
        d->listener = nullptr;
        return makeError(QStringLiteral("registry.listen"), Tr::tr("Cannot listen on %1:%2: %3")
                                                                .arg(d->options.address.toString())
                                                                .arg(d->options.port)
                                                                .arg(why));
    }
    d->http->bind(d->listener);
    d->startedAt = QDateTime::currentSecsSinceEpoch();
    ServiceLimits limits;
    limits.deviceQuotaBytes = d->options.deviceQuotaBytes;
    d->service.setLimits(limits);
    // Uploads begun and never finished would otherwise stay, counted against
    // their device's quota, for ever.
    auto purge = [impl = d.get()] {
        auto n = impl->service.purgeAbandonedUploads(nowUtc(), impl->options.uploadMaxAgeSeconds);
        if (n && *n > 0 && impl->options.logRequests) {
            const QByteArray line = "purged " + QByteArray::number(*n) + " abandoned uploads\n";
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        }
    };
    purge();
    auto* purgeTimer = new QTimer(d->listener);
    connect(purgeTimer, &QTimer::timeout, d->listener, purge);
    purgeTimer->start(3600 * 1000);
    return d->listener->serverPort();
}

quint16 RegistryServer::port() const
{
    return d->listener ? d->listener->serverPort() : 0;
}

qint64 RegistryServer::requestsHandled() const
{
    return d->handled;
}

} // namespace sohoa::registry
