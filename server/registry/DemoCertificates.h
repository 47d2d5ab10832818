#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace sohoa::registry {

struct TlsFiles {
    QString caCertificate; // what offices pin (sync enrol --ca)
    QString certificate;   // the server's certificate
    QString privateKey;    // the server's key
};

// A throw-away CA and a server certificate for the given host names / IP
// addresses, made with the `openssl` command-line tool in DIR/tls (reused when
// present). For demonstrations and tests only: a real registry's certificate
// comes from its own CA and is given with --tls-cert/--tls-key.
Result<TlsFiles> ensureDemoCertificates(const QString& dir, const QStringList& hosts);

} // namespace sohoa::registry
