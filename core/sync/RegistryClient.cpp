#include "core/sync/RegistryClient.h"

#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/i18n/Tr.h"
#include "core/sync/Errors.h"
#include "core/sync/Protocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <deque>
#include <vector>

namespace sohoa::sync {

namespace {

int parseRetryAfter(const QByteArray& value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return int(qMax<qint64>(0, nowUtc().secsTo(when)));
    return -1;
}

constexpr qint64 kMaxResponseBytes = 64 << 20;
// A request goes to the socket a slice at a time, whenever less than kAhead
// bytes wait to be encrypted or sent, rather than all at once: the TLS layer
// then copies small buffers it reuses instead of fresh multi-MiB ones.
constexpr qint64 kSlice = 64 << 10;
constexpr qint64 kAhead = 256 << 10;

} // namespace

QString HttpResponse::errorCode() const
{
    if (!answered)
        return transportError.code;
    const QString code =
        json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    return code.isEmpty() ? QStringLiteral("http.%1").arg(status) : code;
}

QString HttpResponse::errorMessage() const
{
    if (!answered)
        return transportError.message;
    const QString message =
        json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    return message.isEmpty() ? Tr::tr("The registry answered HTTP %1.").arg(status) : message;
}

QJsonObject HttpResponse::errorDetails() const
{
    return json.value(QLatin1String("error")).toObject();
}

Result<QList<QSslCertificate>> parsePinnedCertificates(const QByteArray& pem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty() || certs.front().isNull())
        return makeError(errors::kBadCa, Tr::tr("The registry certificate file holds no PEM certificate."));
    return certs;
}

// One kept-alive TLS connection carrying one request at a time.
struct Channel {
    QPointer<QSslSocket> socket;
    qsizetype index = -1; // request in progress, -1 when idle
    QByteArray in;
    qsizetype headerEnd = -1;
    qint64 contentLength = -1;
    bool closeAfter = false;
    qint64 toWrite = 0;
    qint64 written = 0;
    QList<QByteArray> out; // the request's bytes not yet handed to the socket, from outPiece/outOffset
    qsizetype outPiece = 0;
    qsizetype outOffset = 0;
    QTimer* timer = nullptr;
};

struct RegistryClient::Impl {
    RegistryClient* q;
    QSslConfiguration tls;
    std::vector<std::unique_ptr<Channel>> channels;
    // The call in progress.
    const QList<HttpRequest>* requests = nullptr;
    QList<HttpResponse>* results = nullptr;
    std::deque<qsizetype> pending;
    int finished = 0;
    QEventLoop* loop = nullptr;

    explicit Impl(RegistryClient* client)
        : q(client)
    {
        tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(
            q->m_config.trusted); // only the pinned certificate / CA, never the system store
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        const int n = qMax(1, q->m_config.maxParallel);
        for (int i = 0; i < n; ++i) {
            auto c = std::make_unique<Channel>();
            c->timer = new QTimer;
            c->timer->setSingleShot(true);
            Channel* raw = c.get();
            QObject::connect(c->timer, &QTimer::timeout, c->timer, [this, raw] {
                fail(raw, makeError(errors::kTimeout, Tr::tr("The registry did not answer within %1 s.")
                                                          .arg(q->m_config.timeoutMs / 1000.0)));
            });
            channels.push_back(std::move(c));
        }
    }

    ~Impl()
    {
        for (auto& c : channels) {
            drop(c.get());
            delete c->timer;
        }
    }

    void drop(Channel* c)
    {
        if (!c->socket)
            return;
        QSslSocket* s = c->socket;
        c->socket = nullptr;
        QObject::disconnect(s, nullptr, nullptr, nullptr);
        s->abort();
        s->deleteLater();
    }

    void connectChannel(Channel* c)
    {
        drop(c);
        auto* s = new QSslSocket;
        c->socket = s;
        s->setSslConfiguration(tls);
        s->setPeerVerifyName(q->m_config.baseUrl.host());
        QObject::connect(s, &QSslSocket::readyRead, s, [this, c] { onReadyRead(c); });
        QObject::connect(s, &QSslSocket::bytesWritten, s, [this, c](qint64 n) {
            c->written += n;
            pump(c);
        });
        QObject::connect(s, &QSslSocket::encryptedBytesWritten, s, [this, c](qint64) { pump(c); });
        QObject::connect(s, &QSslSocket::errorOccurred, s, [this, c, s](QAbstractSocket::SocketError e) {
            if (c->index < 0 || c->socket != s)
                return;
            if (e == QAbstractSocket::SslHandshakeFailedError ||
                (!s->isEncrypted() && !s->sslHandshakeErrors().isEmpty()))
                fail(c,
                     makeError(
                         errors::kTls,
                         Tr::tr("The registry's TLS certificate is not the one pinned at enrolment, or the "
                                "connection was tampered with (%1). Nothing was sent.")
                             .arg(s->errorString())));
            else
                fail(c, makeError(errors::kNetwork,
                                  Tr::tr("No answer from the registry: %1").arg(s->errorString())));
        });
        QObject::connect(s, &QSslSocket::disconnected, s, [this, c, s] {
            if (c->index < 0 || c->socket != s)
                return;
            fail(c,
                 makeError(errors::kNetwork, Tr::tr("The registry closed the connection before answering.")));
        });
        const int port = q->m_config.baseUrl.port(443);
        s->connectToHostEncrypted(q->m_config.baseUrl.host(), quint16(port));
    }

    void start(Channel* c, qsizetype index)
    {
        const HttpRequest& hr = (*requests)[index];
        if (!c->socket || c->socket->state() != QAbstractSocket::ConnectedState || !c->socket->isEncrypted())
            connectChannel(c);
        c->index = index;
        c->in.clear();
        c->headerEnd = -1;
        c->contentLength = -1;
        c->closeAfter = false;
        c->written = 0;

        const QUrl& base = q->m_config.baseUrl;
        const QByteArray path = hr.path.toUtf8();
        qint64 bodySize = hr.body.size();
        for (const QByteArray& more : hr.moreBody)
            bodySize += more.size();
        QByteArray head = hr.method + ' ' + path + " HTTP/1.1\r\nHost: " + base.host().toUtf8() + ':' +
                          QByteArray::number(base.port(443)) + "\r\nContent-Type: " + hr.contentType +
                          "\r\nContent-Length: " + QByteArray::number(bodySize) +
                          "\r\nAccept: application/json\r\n";
        for (const auto& h : hr.headers)
            head += h.first + ": " + h.second + "\r\n";
        if (!q->m_config.deviceId.isEmpty() && q->m_config.signingKey) {
            const qint64 now = nowUtc().toSecsSinceEpoch() + q->m_clockOffset;
            const auto sig = protocol::signRequestForBody(
                hr.method, path, q->m_config.deviceId, now,
                protocol::bodyHash(QList<QByteArray>{hr.body} + hr.moreBody), *q->m_config.signingKey);
            head += QByteArray(protocol::kHeaderDevice) + ": " + sig.device + "\r\n";
            head += QByteArray(protocol::kHeaderTimestamp) + ": " + sig.timestamp + "\r\n";
            head += QByteArray(protocol::kHeaderNonce) + ": " + sig.nonce + "\r\n";
            head += QByteArray(protocol::kHeaderSignature) + ": " + sig.signature + "\r\n";
        }
        head += "\r\n";
        c->out = QList<QByteArray>{head, hr.body} + hr.moreBody;
        c->outPiece = 0;
        c->outOffset = 0;
        c->toWrite = head.size() + bodySize;
        c->timer->start(q->m_config.timeoutMs);
        // QSslSocket keeps what is written before the handshake and sends it once encrypted.
        pump(c);
    }

    // Hands the next slices of the request to the socket while little waits there.
    void pump(Channel* c)
    {
        QSslSocket* s = c->socket;
        while (s && c->outPiece < c->out.size() && s->bytesToWrite() + s->encryptedBytesToWrite() < kAhead) {
            const QByteArray& piece = c->out[c->outPiece];
            const qint64 n = qMin<qint64>(kSlice, piece.size() - c->outOffset);
            if (n > 0 && s->write(piece.constData() + c->outOffset, n) != n)
                return; // the socket failed: its error signal reports it
            c->outOffset += n;
            if (c->outOffset == piece.size()) {
                ++c->outPiece;
                c->outOffset = 0;
            }
        }
        if (c->outPiece == c->out.size() && !c->out.isEmpty())
            c->out.clear(); // all handed over: let the bytes go
    }

    void onReadyRead(Channel* c)
    {
        if (!c->socket)
            return;
        if (c->index < 0) {
            drop(c); // nothing was asked: a confused or hostile peer
            return;
        }
        c->in += c->socket->readAll();
        if (c->in.size() > kMaxResponseBytes)
            return fail(c, makeError(errors::kNetwork, Tr::tr("The registry's answer is too large.")));
        if (c->headerEnd < 0) {
            c->headerEnd = c->in.indexOf("\r\n\r\n");
            if (c->headerEnd < 0)
                return;
            const QList<QByteArray> lines = c->in.left(c->headerEnd).split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                if (name == "content-length")
                    c->contentLength = value.toLongLong();
                else if (name == "connection" && value.toLower() == "close")
                    c->closeAfter = true;
                else if (name == "transfer-encoding" && value.toLower() != "identity")
                    return fail(
                        c, makeError(errors::kNetwork,
                                     Tr::tr("The registry answered in a form this client does not read.")));
            }
            if (c->contentLength < 0)
                return fail(c, makeError(errors::kNetwork, Tr::tr("The registry's answer has no length.")));
        }
        if (c->in.size() < c->headerEnd + 4 + c->contentLength)
            return;
        HttpResponse r;
        r.answered = true;
        r.fullySent = true;
        const QList<QByteArray> statusLine = c->in.left(c->in.indexOf("\r\n")).split(' ');
        r.status = statusLine.value(1).toInt();
        r.body = c->in.mid(c->headerEnd + 4, c->contentLength);
        if (auto obj = parseJsonObject(r.body))
            r.json = *obj;
        for (const QByteArray& line : c->in.left(c->headerEnd).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "retry-after")
                r.retryAfterSeconds = parseRetryAfter(line.mid(colon + 1));
        }
        // Decide before completing: completing may start the next request on this connection.
        // An answer before the whole request went out leaves the connection mid-request.
        if (c->closeAfter || c->in.size() > c->headerEnd + 4 + c->contentLength || r.status == 0 ||
            !c->out.isEmpty())
            drop(c);
        complete(c, r);
    }

    void fail(Channel* c, const Error& error)
    {
        if (c->index < 0)
            return;
        HttpResponse r;
        r.transportError = q->m_cancelled ? makeError(errors::kCancelled, Tr::tr("Cancelled.")) : error;
        r.fullySent = c->written >= c->toWrite;
        drop(c);
        complete(c, r);
    }

    void complete(Channel* c, const HttpResponse& r)
    {
        const qsizetype index = c->index;
        c->index = -1;
        c->out.clear();
        c->timer->stop();
        (*results)[index] = r;
        ++finished;
        feed();
    }

    // Starts queued requests on idle channels; ends the call when all are answered.
    void feed()
    {
        for (auto& c : channels) {
            while (c->index < 0 && !pending.empty()) {
                const qsizetype index = pending.front();
                pending.pop_front();
                if (q->m_cancelled) {
                    (*results)[index].transportError = makeError(errors::kCancelled, Tr::tr("Cancelled."));
                    ++finished;
                    continue;
                }
                start(c.get(), index);
            }
        }
        if (finished == requests->size() && loop)
            loop->quit();
    }
};

RegistryClient::RegistryClient(ClientConfig config)
    : m_config(std::move(config))
    , d(std::make_unique<Impl>(this))
{
}

RegistryClient::~RegistryClient() = default;

HttpResponse RegistryClient::call(const HttpRequest& request)
{
    return callAll({request}).front();
}

QList<HttpResponse> RegistryClient::callAll(const QList<HttpRequest>& requests)
{
    QList<HttpResponse> results(requests.size());
    if (requests.isEmpty())
        return results;
    QEventLoop loop;
    d->requests = &requests;
    d->results = &results;
    d->pending.clear();
    for (qsizetype i = 0; i < requests.size(); ++i)
        d->pending.push_back(i);
    d->finished = 0;
    d->loop = &loop;
    // A cancel from another thread is noticed within a tenth of a second.
    QTimer cancelWatch;
    QObject::connect(&cancelWatch, &QTimer::timeout, &loop, [this] {
        if (!m_cancelled)
            return;
        for (auto& c : d->channels)
            d->fail(c.get(), makeError(errors::kCancelled, Tr::tr("Cancelled.")));
    });
    cancelWatch.start(100);
    d->feed();
    if (d->finished < requests.size())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    d->loop = nullptr;
    d->requests = nullptr;
    d->results = nullptr;
    return results;
}

} // namespace sohoa::sync
