#include "core/sync/Protocol.h"

#include "core/common/Json.h"
#include "core/crypto/Hash.h"
#include "core/i18n/Tr.h"
#include "core/sync/Errors.h"
#include "core/sync/Signature.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>
#include <QtEndian>

namespace sohoa::sync::protocol {

QString registryName(Registry r)
{
    return r == Registry::Land ? QStringLiteral("land") : QStringLiteral("civil_status");
}

bool registryFromName(const QString& name, Registry& out)
{
    if (name == QLatin1String("civil_status")) {
        out = Registry::CivilStatus;
        return true;
    }
    if (name == QLatin1String("land")) {
        out = Registry::Land;
        return true;
    }
    return false;
}

QString recordsPath(Registry r)
{
    return r == Registry::Land ? QStringLiteral("/v1/land/records")
                               : QStringLiteral("/v1/civil-status/records");
}

bool registryForType(const QString& type, Registry& out)
{
    if (type == QLatin1String("birth") || type == QLatin1String("death") ||
        type == QLatin1String("marriage")) {
        out = Registry::CivilStatus;
        return true;
    }
    if (type == QLatin1String("land_certificate")) {
        out = Registry::Land;
        return true;
    }
    return false;
}

QString contentHash(QByteArrayView data)
{
    return QString::fromLatin1(crypto::blake2b(data).toHex());
}

bool isContentHash(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString recordContentHash(const QString& type, const QJsonObject& fields, const QStringList& pageHashes)
{
    const QJsonObject o{{QStringLiteral("type"), type},
                        {QStringLiteral("fields"), fields},
                        {QStringLiteral("pages"), QJsonArray::fromStringList(pageHashes)}};
    return QString::fromLatin1(crypto::blake2b(canonicalJson(o)).toHex());
}

QStringList pageHashesOf(const QJsonObject& recordPayload)
{
    QStringList out;
    for (const QJsonValue& p : recordPayload.value(QLatin1String("pages")).toArray())
        out.append(p.toObject().value(QLatin1String("hash")).toString());
    return out;
}

QByteArray bodyHash(const QList<QByteArray>& pieces)
{
    crypto::Blake2bStream h;
    for (const QByteArray& p : pieces)
        h.add(p);
    return h.finish().toHex();
}

QByteArray canonicalRequest(const QByteArray& method, const QByteArray& pathAndQuery, const QString& deviceId,
                            qint64 timestamp, const QByteArray& nonce, QByteArrayView body)
{
    return canonicalRequestForBody(method, pathAndQuery, deviceId, timestamp, nonce,
                                   crypto::blake2b(body).toHex());
}

QByteArray canonicalRequestForBody(const QByteArray& method, const QByteArray& pathAndQuery,
                                   const QString& deviceId, qint64 timestamp, const QByteArray& nonce,
                                   const QByteArray& bodyHashHex)
{
    QByteArray out = "sohoa-request-v1\n";
    out += method.toUpper() + '\n';
    out += pathAndQuery + '\n';
    out += deviceId.toUtf8() + '\n';
    out += QByteArray::number(timestamp) + '\n';
    out += nonce + '\n';
    out += bodyHashHex;
    return out;
}

SignedHeaders signRequest(const QByteArray& method, const QByteArray& pathAndQuery, const QString& deviceId,
                          qint64 timestamp, QByteArrayView body, const crypto::SecretBytes& signingKey)
{
    return signRequestForBody(method, pathAndQuery, deviceId, timestamp, crypto::blake2b(body).toHex(),
                              signingKey);
}

SignedHeaders signRequestForBody(const QByteArray& method, const QByteArray& pathAndQuery,
                                 const QString& deviceId, qint64 timestamp, const QByteArray& bodyHashHex,
                                 const crypto::SecretBytes& signingKey)
{
    QByteArray nonceBytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(nonceBytes.data()),
                                         reinterpret_cast<quint32*>(nonceBytes.data() + nonceBytes.size()));
    SignedHeaders h;
    h.device = deviceId.toUtf8();
    h.timestamp = QByteArray::number(timestamp);
    h.nonce = nonceBytes.toHex();
    h.signature =
        signDetached(canonicalRequestForBody(method, pathAndQuery, deviceId, timestamp, h.nonce, bodyHashHex),
                     signingKey)
            .toBase64();
    return h;
}

QByteArray encodeUploadBundle(const QList<UploadPart>& parts)
{
    QByteArray out = uploadBundleHead(parts);
    qint64 bytes = 0;
    for (const UploadPart& p : parts)
        bytes += p.bytes.size();
    out.reserve(out.size() + bytes);
    for (const UploadPart& p : parts)
        out.append(p.bytes);
    return out;
}

QByteArray uploadBundleHead(const QList<UploadPart>& parts)
{
    QJsonArray list;
    for (const UploadPart& p : parts) {
        list.append(QJsonObject{{QStringLiteral("hash"), p.hash},
                                {QStringLiteral("offset"), double(p.offset)},
                                {QStringLiteral("size"), double(p.bytes.size())},
                                {QStringLiteral("total"), double(p.total)}});
    }
    const QByteArray head = canonicalJson(
        QJsonObject{{QStringLiteral("schema"), QLatin1String(kSchema)}, {QStringLiteral("parts"), list}});
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(head.size()), out.data());
    out.append(head);
    return out;
}

Result<QList<UploadPart>> decodeUploadBundle(const QByteArray& body)
{
    auto bad = [](const QString& why) {
        return makeError(errors::kRequestInvalid, Tr::tr("Malformed upload bundle: %1").arg(why));
    };
    if (body.size() < 4)
        return bad(QStringLiteral("too short"));
    const quint32 headLen = qFromBigEndian<quint32>(body.constData());
    if (headLen == 0 || qsizetype(headLen) > body.size() - 4 || headLen > (1u << 20))
        return bad(QStringLiteral("header length"));
    auto head = parseJsonObject(body.mid(4, headLen));
    if (!head)
        return makeError(errors::kRequestMalformedJson, head.error().message);
    if (head->value(QLatin1String("schema")).toString() != QLatin1String(kSchema))
        return makeError(
            errors::kRequestSchemaVersion,
            Tr::tr("Unsupported schema version '%1'.").arg(head->value(QLatin1String("schema")).toString()));
    const QJsonArray list = head->value(QLatin1String("parts")).toArray();
    if (list.isEmpty() || list.size() > kMaxPartsPerBundle)
        return bad(QStringLiteral("1 to %1 parts").arg(kMaxPartsPerBundle));
    QList<UploadPart> parts;
    qsizetype pos = 4 + qsizetype(headLen);
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        UploadPart p;
        p.hash = o.value(QLatin1String("hash")).toString();
        p.offset = qint64(o.value(QLatin1String("offset")).toDouble(-1));
        p.total = qint64(o.value(QLatin1String("total")).toDouble(-1));
        const qint64 size = qint64(o.value(QLatin1String("size")).toDouble(-1));
        if (!isContentHash(p.hash) || p.offset < 0 || size <= 0 || p.total <= 0 || p.total > kMaxPageBytes ||
            p.offset + size > p.total || pos + size > body.size())
            return bad(QStringLiteral("part %1").arg(p.hash.left(16)));
        p.bytes = body.mid(pos, size);
        pos += size;
        parts.append(p);
    }
    if (pos != body.size())
        return bad(QStringLiteral("length"));
    return parts;
}

QJsonObject errorBody(const Error& error, bool retryable, const QJsonObject& details)
{
    QJsonObject e = details;
    e.insert(QStringLiteral("code"), error.code);
    e.insert(QStringLiteral("message"), error.message);
    e.insert(QStringLiteral("retryable"), retryable);
    return {{QStringLiteral("error"), e}};
}

QString newKey(const char* prefix)
{
    return QLatin1String(prefix) + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace sohoa::sync::protocol
