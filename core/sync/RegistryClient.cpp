#include "sync/RegistryClient.h"

#include "common/Json.h"
#include "sync/Protocol.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace sohoa::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sohoa::sync::RegistryClient", text);
}

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
        return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return -1;
}

} // namespace

QString HttpResponse::errorCode() const
{
    if (!answered)
        return transportError.code;
    const QString code = json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    return code.isEmpty() ? QStringLiteral("http.%1").arg(status) : code;
}

QString HttpResponse::errorMessage() const
{
    if (!answered)
        return transportError.message;
    const QString message = json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    return message.isEmpty() ? tr("The registry answered HTTP %1.").arg(status) : message;
}

QJsonObject HttpResponse::errorDetails() const
{
    return json.value(QLatin1String("error")).toObject();
}

Result<QList<QSslCertificate>> parsePinnedCertificates(const QByteArray& pem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty() || certs.front().isNull())
        return makeError(QStringLiteral("sync.bad_ca"),
                         tr("The registry certificate file holds no PEM certificate."));
    return certs;
}

RegistryClient::RegistryClient(ClientConfig config)
    : m_config(std::move(config)), m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
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

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_config.trusted); // only the pinned certificate / CA, never the system store
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);

    QEventLoop loop;
    qsizetype nextToStart = 0;
    int inFlight = 0;
    int finished = 0;
    const int parallel = qMax(1, m_config.maxParallel);

    std::function<void()> startNext;
    auto finish = [&](qsizetype index, QNetworkReply* reply, bool timedOut) {
        HttpResponse& r = results[index];
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid() && !timedOut && !m_cancelled) {
            r.answered = true;
            r.status = status.toInt();
            r.body = reply->readAll();
            if (auto obj = parseJsonObject(r.body))
                r.json = *obj;
            r.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
            r.fullySent = true;
        } else if (m_cancelled) {
            r.transportError = makeError(QStringLiteral("sync.cancelled"), tr("Cancelled."));
        } else if (timedOut) {
            r.transportError = makeError(QStringLiteral("sync.timeout"),
                                         tr("The registry did not answer within %1 s.").arg(m_config.timeoutMs / 1000.0));
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            r.transportError = makeError(QStringLiteral("sync.tls"),
                                         tr("The registry's TLS certificate is not the one pinned at enrolment, or "
                                            "the connection was tampered with (%1). Nothing was sent.")
                                             .arg(reply->errorString()));
        } else {
            r.transportError = makeError(QStringLiteral("sync.network"),
                                         tr("No answer from the registry: %1").arg(reply->errorString()));
        }
        reply->deleteLater();
        --inFlight;
        ++finished;
        if (finished == requests.size())
            loop.quit();
        else
            startNext();
    };

    startNext = [&] {
        while (inFlight < parallel && nextToStart < requests.size()) {
            const qsizetype index = nextToStart++;
            if (m_cancelled) {
                results[index].transportError = makeError(QStringLiteral("sync.cancelled"), tr("Cancelled."));
                ++finished;
                continue;
            }
            const HttpRequest& hr = requests[index];
            QUrl url = m_config.baseUrl;
            url.setPath(hr.path);
            QNetworkRequest req(url);
            req.setSslConfiguration(tls);
            req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
            req.setHeader(QNetworkRequest::ContentTypeHeader, hr.contentType);
            for (const auto& h : hr.headers)
                req.setRawHeader(h.first, h.second);
            if (!m_config.deviceId.isEmpty() && m_config.signingKey) {
                const qint64 now = QDateTime::currentSecsSinceEpoch() + m_clockOffset;
                const auto sig = protocol::signRequest(hr.method, url.path(QUrl::FullyEncoded).toUtf8(),
                                                       m_config.deviceId, now, hr.body, *m_config.signingKey);
                req.setRawHeader(protocol::kHeaderDevice, sig.device);
                req.setRawHeader(protocol::kHeaderTimestamp, sig.timestamp);
                req.setRawHeader(protocol::kHeaderNonce, sig.nonce);
                req.setRawHeader(protocol::kHeaderSignature, sig.signature);
            }
            QNetworkReply* reply = nullptr;
            if (hr.method == "GET")
                reply = m_nam->get(req);
            else
                reply = m_nam->sendCustomRequest(req, hr.method, hr.body);
            ++inFlight;
            auto* timer = new QTimer(reply);
            timer->setSingleShot(true);
            auto timedOut = std::make_shared<bool>(false);
            QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
                *timedOut = true;
                reply->abort();
            });
            QObject::connect(reply, &QNetworkReply::finished, &loop,
                             [&, index, reply, timedOut] { finish(index, reply, *timedOut); });
            timer->start(m_config.timeoutMs);
        }
        if (finished == requests.size())
            loop.quit();
    };

    // A cancel from another thread is noticed within a tenth of a second.
    QTimer cancelWatch;
    QObject::connect(&cancelWatch, &QTimer::timeout, &loop, [&] {
        if (!m_cancelled)
            return;
        for (QNetworkReply* r : m_nam->findChildren<QNetworkReply*>())
            r->abort();
    });
    cancelWatch.start(100);
    startNext();
    if (finished < requests.size())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return results;
}

} // namespace sohoa::sync
