#pragma once

#include <QByteArray>
#include <QString>

namespace sohoa::crypto {

// A one-time recovery code printed when a store is created, to be written on
// paper and kept in the commune's safe: 25 Crockford base32 characters (125
// bits) in five groups, e.g. "7KQ2M-XD4PA-...". Letters that look alike
// (I/L/1, O/0) are read as the same symbol, and a check character catches typos.
struct RecoveryCode {
    static QString generate();
    // Upper-cases, maps look-alikes and drops separators; empty when the check fails.
    static QString normalize(const QString& typed);
    // The bytes that are fed to the key derivation.
    static QByteArray secretBytes(const QString& normalized);
};

} // namespace sohoa::crypto
