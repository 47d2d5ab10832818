#include "core/sync/Receipt.h"

#include "core/common/Json.h"
#include "core/crypto/SealedBox.h"
#include "core/i18n/Tr.h"
#include "core/sync/Errors.h"
#include "core/sync/Signature.h"

#include <QCoreApplication>
#include <QtEndian>

namespace sohoa::sync {

namespace {

constexpr char kMagic[] = "SOHOARC1";
constexpr int kMagicBytes = 8;

Error damaged(const QString& why)
{
    return makeError(
        errors::kReceiptDamaged,
        Tr::tr("The receipt is damaged or incomplete (%1). Ask the registry for a new copy.").arg(why));
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

} // namespace

QByteArray encodeReceipt(const Receipt& r, const QByteArray& deviceBoxPublicKey,
                         const crypto::SecretBytes& registrySigningKey)
{
    const QJsonObject header{{QStringLiteral("format"), QStringLiteral("sohoa-receipt")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("receipt_id"), r.receiptId},
                             {QStringLiteral("package_id"), r.packageId},
                             {QStringLiteral("device_id"), r.deviceId},
                             {QStringLiteral("issued_at"), r.issuedAt}};
    const QJsonObject content{
        {QStringLiteral("receipt_id"), r.receiptId},  {QStringLiteral("package_id"), r.packageId},
        {QStringLiteral("device_id"), r.deviceId},    {QStringLiteral("issued_at"), r.issuedAt},
        {QStringLiteral("registry"), r.registryName}, {QStringLiteral("batch_key"), r.batchKey},
        {QStringLiteral("answers"), r.answers}};
    const QByteArray headerJson = canonicalJson(header);
    const QByteArray sealed = crypto::sealTo(canonicalJson(content), deviceBoxPublicKey);
    QByteArray out = QByteArray(kMagic, kMagicBytes) + be32(quint32(headerJson.size())) + headerJson +
                     be32(quint32(sealed.size())) + sealed;
    out += signDetached(out, registrySigningKey);
    return out;
}

Result<Receipt> decodeReceipt(const QByteArray& bytes, const QByteArray& registrySigningPublicKey,
                              const QString& expectedDeviceId, const QByteArray& deviceBoxPublicKey,
                              const crypto::SecretBytes& deviceBoxSecretKey)
{
    if (!bytes.startsWith(QByteArray(kMagic, kMagicBytes)))
        return makeError(errors::kReceiptNotAReceipt, Tr::tr("This file is not a SoHoa receipt."));
    if (bytes.size() < kMagicBytes + 8 + kSignatureBytes)
        return damaged(Tr::tr("too short"));
    const QByteArrayView body = QByteArrayView(bytes).first(bytes.size() - kSignatureBytes);
    const QByteArrayView signature = QByteArrayView(bytes).last(kSignatureBytes);
    qsizetype pos = kMagicBytes;
    const quint32 headerLen = qFromBigEndian<quint32>(bytes.constData() + pos);
    pos += 4;
    if (headerLen == 0 || qsizetype(headerLen) > body.size() - pos - 4)
        return damaged(Tr::tr("bad header length"));
    auto header = parseJsonObject(body.sliced(pos, headerLen).toByteArray());
    if (!header)
        return damaged(header.error().message);
    pos += headerLen;
    const quint32 sealedLen = qFromBigEndian<quint32>(bytes.constData() + pos);
    pos += 4;
    if (qsizetype(sealedLen) != body.size() - pos)
        return damaged(Tr::tr("bad length"));
    if (header->value(QLatin1String("format")).toString() != QLatin1String("sohoa-receipt") ||
        header->value(QLatin1String("version")).toInt() != 1)
        return makeError(errors::kReceiptNotAReceipt, Tr::tr("This file is not a SoHoa receipt of a known "
                                                             "version."));
    if (!verifyDetached(signature, body, registrySigningPublicKey))
        return makeError(
            errors::kReceiptBadSignature,
            Tr::tr("The receipt is not signed by the registry this device is enrolled with, or it was "
                   "changed. It was refused."));
    const QString deviceId = header->value(QLatin1String("device_id")).toString();
    if (deviceId != expectedDeviceId)
        return makeError(
            errors::kReceiptOtherDevice,
            Tr::tr("This receipt is for another device (%1), not this office's (%2). It was refused.")
                .arg(deviceId, expectedDeviceId));
    auto plain = crypto::openSealed(body.sliced(pos).toByteArray(), deviceBoxPublicKey, deviceBoxSecretKey);
    if (!plain)
        return makeError(errors::kReceiptCannotOpen,
                         Tr::tr("The receipt cannot be opened with this device's key."));
    auto content = parseJsonObject(*plain);
    crypto::wipe(*plain);
    if (!content)
        return damaged(content.error().message);
    Receipt r;
    r.receiptId = content->value(QLatin1String("receipt_id")).toString();
    r.packageId = content->value(QLatin1String("package_id")).toString();
    r.deviceId = content->value(QLatin1String("device_id")).toString();
    r.issuedAt = content->value(QLatin1String("issued_at")).toString();
    r.registryName = content->value(QLatin1String("registry")).toString();
    r.batchKey = content->value(QLatin1String("batch_key")).toString();
    r.answers = content->value(QLatin1String("answers")).toArray();
    if (r.receiptId != header->value(QLatin1String("receipt_id")).toString() || r.deviceId != deviceId ||
        r.packageId != header->value(QLatin1String("package_id")).toString())
        return damaged(Tr::tr("header and content disagree"));
    return r;
}

} // namespace sohoa::sync
