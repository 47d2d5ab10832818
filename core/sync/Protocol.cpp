#include "sync/Protocol.h"

#include "common/Json.h"
#include "crypto/Hash.h"
#include "sync/Signature.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

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
    return r == Registry::Land ? QStringLiteral("/v1/land/records") : QStringLiteral("/v1/civil-status/records");
}

bool registryForType(const QString& type, Registry& out)
{
    if (type == QLatin1String("birth") || type == QLatin1String("death") || type == QLatin1String("marriage")) {
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
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
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

QByteArray canonicalRequest(const QByteArray& method, const QByteArray& pathAndQuery, const QString& deviceId,
                            qint64 timestamp, const QByteArray& nonce, QByteArrayView body)
{
    QByteArray out = "sohoa-request-v1\n";
    out += method.toUpper() + '\n';
    out += pathAndQuery + '\n';
    out += deviceId.toUtf8() + '\n';
    out += QByteArray::number(timestamp) + '\n';
    out += nonce + '\n';
    out += crypto::blake2b(body).toHex();
    return out;
}

SignedHeaders signRequest(const QByteArray& method, const QByteArray& pathAndQuery, const QString& deviceId,
                          qint64 timestamp, QByteArrayView body, const crypto::SecretBytes& signingKey)
{
    QByteArray nonceBytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(nonceBytes.data()),
                                         reinterpret_cast<quint32*>(nonceBytes.data() + nonceBytes.size()));
    SignedHeaders h;
    h.device = deviceId.toUtf8();
    h.timestamp = QByteArray::number(timestamp);
    h.nonce = nonceBytes.toHex();
    h.signature = signDetached(canonicalRequest(method, pathAndQuery, deviceId, timestamp, h.nonce, body), signingKey)
                      .toBase64();
    return h;
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
