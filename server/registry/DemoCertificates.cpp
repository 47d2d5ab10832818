#include "server/registry/DemoCertificates.h"

#include "server/registry/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>

namespace sohoa::registry {

namespace {

Result<void> openssl(const QStringList& args, const QString& workDir)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted(10000))
        return makeError(
            QStringLiteral("registry.tls"),
            Tr::tr("The 'openssl' program is needed to make demonstration certificates; install it or give "
                   "--tls-cert and --tls-key."));
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return makeError(
            QStringLiteral("registry.tls"),
            Tr::tr("openssl failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    return {};
}

} // namespace

Result<TlsFiles> ensureDemoCertificates(const QString& dir, const QStringList& hosts)
{
    const QString tlsDir = dir + QStringLiteral("/tls");
    TlsFiles files{tlsDir + QStringLiteral("/ca.pem"), tlsDir + QStringLiteral("/cert.pem"),
                   tlsDir + QStringLiteral("/key.pem")};
    if (QFileInfo::exists(files.caCertificate) && QFileInfo::exists(files.certificate) &&
        QFileInfo::exists(files.privateKey))
        return files;
    if (!QDir().mkpath(tlsDir))
        return makeError(QStringLiteral("registry.tls"), Tr::tr("Cannot create %1.").arg(tlsDir));
    QFile::setPermissions(tlsDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QStringList san;
    for (const QString& h : hosts) {
        if (h.isEmpty())
            continue;
        san.append((QHostAddress(h).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + h);
    }
    if (!san.contains(QStringLiteral("IP:127.0.0.1")))
        san.append(QStringLiteral("IP:127.0.0.1"));
    if (!san.contains(QStringLiteral("DNS:localhost")))
        san.append(QStringLiteral("DNS:localhost"));
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    SOHOA_TRY(openssl(
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
            QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                        QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("3650"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=SoHoa demo registry CA"),
                        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                        QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
        tlsDir));
    SOHOA_TRY(openssl(QStringList{QStringLiteral("req")} + ec +
                          QStringList{QStringLiteral("-keyout"), QStringLiteral("key.pem"),
                                      QStringLiteral("-out"), QStringLiteral("cert.csr"),
                                      QStringLiteral("-subj"), QStringLiteral("/CN=SoHoa demo registry")},
                      tlsDir));
    {
        QFile ext(tlsDir + QStringLiteral("/cert.ext"));
        if (!ext.open(QIODevice::WriteOnly))
            return makeError(QStringLiteral("registry.tls"), Tr::tr("Cannot write %1.").arg(ext.fileName()));
        ext.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=serverAuth\nsubjectAltName=" +
                  san.join(QLatin1Char(',')).toLatin1() + '\n');
    }
    SOHOA_TRY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       QStringLiteral("cert.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                       QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                       QStringLiteral("-out"), QStringLiteral("cert.pem"), QStringLiteral("-days"),
                       QStringLiteral("825"), QStringLiteral("-extfile"), QStringLiteral("cert.ext")},
                      tlsDir));
    for (const char* name : {"ca.key", "key.pem"})
        QFile::setPermissions(tlsDir + QLatin1Char('/') + QLatin1String(name),
                              QFile::ReadOwner | QFile::WriteOwner);
    return files;
}

} // namespace sohoa::registry
