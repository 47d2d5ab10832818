#include "FaultProxy.h"

#include <QFile>
#include <QMutex>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <atomic>

namespace sohoa::test {

namespace {

// Length of the first complete HTTP message in buf (head + Content-Length body), or -1.
qsizetype messageLength(const QByteArray& buf, QByteArray* head = nullptr)
{
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qint64 length = 0;
    for (const QByteArray& line : buf.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (buf.size() < end + 4 + length)
        return -1;
    if (head)
        *head = buf.left(end);
    return end + 4 + length;
}

} // namespace

struct FaultProxy::Impl {
    quint16 upstreamPort = 0;
    QSslConfiguration serverTls;
    QList<QSslCertificate> ca;
    QMutex planLock;
    FaultPlan plan;
    std::atomic_int requests{0};
    std::atomic_int faults{0};
    QThread thread;
    QObject* context = nullptr;     // lives in `thread`
    QTcpServer* listener = nullptr; // lives in `thread`
    quint16 port = 0;

    Fault decide(int index, const QByteArray& method, const QByteArray& path)
    {
        QMutexLocker lock(&planLock);
        return plan ? plan(index, method, path) : Fault::pass();
    }
};

namespace {

class Connection : public QObject {
public:
    Connection(QSslSocket* down, FaultProxy::Impl* impl)
        : QObject(down)
        , m_down(down)
        , m_impl(impl)
    {
        connect(down, &QSslSocket::readyRead, this, &Connection::fromClient);
        connect(down, &QSslSocket::disconnected, this, [this] { closeBoth(); });
    }

private:
    void closeBoth()
    {
        if (m_up)
            m_up->abort();
        m_down->abort();
        m_down->deleteLater();
    }

    void ensureUpstream()
    {
        if (m_up && m_up->state() != QAbstractSocket::UnconnectedState)
            return;
        if (m_up)
            m_up->deleteLater();
        m_up = new QSslSocket(this);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_impl->ca);
        m_up->setSslConfiguration(tls);
        m_up->setPeerVerifyName(QStringLiteral("127.0.0.1"));
        connect(m_up, &QSslSocket::readyRead, this, &Connection::fromServer);
        QPointer<QSslSocket> up = m_up;
        connect(m_up, &QSslSocket::disconnected, this, [this, up] {
            if (up == m_up && m_busy)
                closeBoth(); // the registry went away mid-request: so does the client's connection
        });
        connect(m_up, &QSslSocket::errorOccurred, this, [this, up](QAbstractSocket::SocketError) {
            if (up == m_up && m_busy)
                closeBoth();
        });
        m_up->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_impl->upstreamPort);
        m_responseBuffer.clear();
    }

    void fromClient()
    {
        m_requestBuffer += m_down->readAll();
        process();
    }

    void process()
    {
        while (!m_busy) {
            QByteArray head;
            const qsizetype n = messageLength(m_requestBuffer, &head);
            if (n < 0)
                return;
            const QByteArray request = m_requestBuffer.left(n);
            m_requestBuffer.remove(0, n);
            const QList<QByteArray> words = head.left(head.indexOf("\r\n")).split(' ');
            const int index = ++m_impl->requests;
            m_fault = m_impl->decide(index, words.value(0), words.value(1));
            if (m_fault.kind != Fault::Kind::Pass)
                ++m_impl->faults;
            switch (m_fault.kind) {
            case Fault::Kind::Respond: {
                const QByteArray body =
                    "{\"error\":{\"code\":\"proxy.injected\",\"message\":\"Injected by the test "
                    "proxy.\",\"retryable\":true}}";
                QByteArray resp =
                    "HTTP/1.1 " + QByteArray::number(m_fault.status) + " Injected\r\n" +
                    "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                    "\r\n";
                if (m_fault.retryAfterSeconds >= 0)
                    resp += "Retry-After: " + QByteArray::number(m_fault.retryAfterSeconds) + "\r\n";
                m_down->write(resp + "\r\n" + body);
                continue;
            }
            case Fault::Kind::CutRequest:
                ensureUpstream();
                m_up->write(request.left(m_fault.bytes));
                m_busy = true;
                QTimer::singleShot(200, this, [this] { closeBoth(); });
                return;
            default:
                ensureUpstream();
                m_busy = true;
                m_up->write(request);
                return;
            }
        }
    }

    void fromServer()
    {
        m_responseBuffer += m_up->readAll();
        const qsizetype n = messageLength(m_responseBuffer);
        if (n < 0 || !m_busy)
            return;
        const QByteArray response = m_responseBuffer.left(n);
        m_responseBuffer.remove(0, n);
        switch (m_fault.kind) {
        case Fault::Kind::DelayResponse:
            QTimer::singleShot(m_fault.delayMs, this, [this, response] {
                if (m_down->state() != QAbstractSocket::ConnectedState)
                    return;
                m_down->write(response);
                m_busy = false;
                process();
            });
            return;
        case Fault::Kind::CutResponse:
            m_down->write(response.left(m_fault.bytes));
            m_down->flush();
            QTimer::singleShot(100, this, [this] { closeBoth(); });
            return;
        default:
            m_down->write(response);
            m_busy = false;
            process();
        }
    }

    QSslSocket* m_down;
    QSslSocket* m_up = nullptr;
    FaultProxy::Impl* m_impl;
    QByteArray m_requestBuffer, m_responseBuffer;
    Fault m_fault;
    bool m_busy = false;
};

class Listener : public QTcpServer {
public:
    explicit Listener(FaultProxy::Impl* impl)
        : m_impl(impl)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* s = new QSslSocket(this);
        if (!s->setSocketDescriptor(descriptor)) {
            delete s;
            return;
        }
        s->setSslConfiguration(m_impl->serverTls);
        new Connection(s, m_impl);
        s->startServerEncryption();
    }

private:
    FaultProxy::Impl* m_impl;
};

QByteArray readAllOf(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort, const QString& certificateFile, const QString& keyFile,
                       const QString& caFile, FaultPlan plan)
    : d(std::make_unique<Impl>())
{
    d->upstreamPort = upstreamPort;
    d->plan = std::move(plan);
    d->ca = QSslCertificate::fromData(readAllOf(caFile), QSsl::Pem);
    d->serverTls = QSslConfiguration::defaultConfiguration();
    d->serverTls.setLocalCertificateChain(QSslCertificate::fromData(readAllOf(certificateFile), QSsl::Pem));
    d->serverTls.setPrivateKey(QSslKey(readAllOf(keyFile), QSsl::Ec, QSsl::Pem));
    d->serverTls.setPeerVerifyMode(QSslSocket::VerifyNone);
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    d->thread.start();
    QMetaObject::invokeMethod(
        d->context,
        [this] {
            d->listener = new Listener(d.get());
            d->listener->listen(QHostAddress::LocalHost, 0);
            d->port = d->listener->serverPort();
        },
        Qt::BlockingQueuedConnection);
}

FaultProxy::~FaultProxy()
{
    QMetaObject::invokeMethod(
        d->context, [this] { delete d->listener; }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
    delete d->context;
}

quint16 FaultProxy::port() const
{
    return d->port;
}

QString FaultProxy::url() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(d->port);
}

int FaultProxy::requests() const
{
    return d->requests;
}

int FaultProxy::faultsInjected() const
{
    return d->faults;
}

void FaultProxy::setPlan(FaultPlan plan)
{
    QMutexLocker lock(&d->planLock);
    d->plan = std::move(plan);
}

} // namespace sohoa::test
