#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

// The registry's answer to an offline package, carried back on removable media.
// Layout: "SOHOARC1", a clear header (ids only), the answers sealed to the
// device's X25519 key (they can hold personal data: a conflict carries both
// versions), and the registry's Ed25519 signature over everything before it.
namespace sohoa::sync {

struct Receipt {
    QString receiptId;
    QString packageId;
    QString deviceId;
    QString issuedAt;
    QString registryName;
    QString batchKey;
    QJsonArray answers; // per record, the same objects as an online answer
};

QByteArray encodeReceipt(const Receipt& receipt, const QByteArray& deviceBoxPublicKey,
                         const crypto::SecretBytes& registrySigningKey);

// Checks the signature, that the receipt is for expectedDeviceId, then opens it.
Result<Receipt> decodeReceipt(const QByteArray& bytes, const QByteArray& registrySigningPublicKey,
                              const QString& expectedDeviceId, const QByteArray& deviceBoxPublicKey,
                              const crypto::SecretBytes& deviceBoxSecretKey);

inline constexpr qint64 kMaxReceiptBytes = 64 << 20;

} // namespace sohoa::sync
