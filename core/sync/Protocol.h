#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The wire contract shared by the office client (core/sync) and the reference
// registry (core/registry). docs/sync-protocol.md is the prose version.
namespace sohoa::sync::protocol {

// Every JSON request body carries this; a server that does not know it answers
// 400 request.schema_version with the list it supports.
inline constexpr char kSchema[] = "sohoa.sync.v1";

inline constexpr int kClockSkewSeconds = 300;      // accepted difference between device and registry clocks
inline constexpr qint64 kMaxJsonBody = 8 << 20;    // bytes
inline constexpr qint64 kMaxUploadChunk = 4 << 20; // bytes of page images per upload request
inline constexpr qint64 kMaxRequestBody = kMaxUploadChunk + (64 << 10);
inline constexpr qint64 kMaxPageBytes = 512ll << 20;
inline constexpr int kMaxRecordsPerRequest = 200;
inline constexpr int kMaxKeysPerStatus = 1000;

// Request signature headers (Ed25519 by the device key).
inline constexpr char kHeaderDevice[] = "Sohoa-Device";
inline constexpr char kHeaderTimestamp[] = "Sohoa-Timestamp";
inline constexpr char kHeaderNonce[] = "Sohoa-Nonce";
inline constexpr char kHeaderSignature[] = "Sohoa-Signature";
inline constexpr char kHeaderServerTime[] = "Sohoa-Server-Time";

// The registries and their endpoints.
enum class Registry { CivilStatus, Land };
QString registryName(Registry r); // "civil_status" | "land"
bool registryFromName(const QString& name, Registry& out);
QString recordsPath(Registry r); // "/v1/civil-status/records" | "/v1/land/records"
// Which registry holds a record type; false for a type no registry takes.
bool registryForType(const QString& recordType, Registry& out);

// Answer statuses (per record).
inline constexpr char kAccepted[] = "accepted";
inline constexpr char kRejected[] = "rejected";
inline constexpr char kConflict[] = "conflict";

// BLAKE2b-256 of content, lower-case hex: page images are addressed by it.
QString contentHash(QByteArrayView data);
bool isContentHash(const QString& text);

// What "the same content" means for a record submission: BLAKE2b-256 of the
// canonical JSON {type, fields, pages: [page hashes]}. The registry compares it
// when a key comes again and when it finds the same event.
QString recordContentHash(const QString& type, const QJsonObject& fields, const QStringList& pageHashes);
QStringList pageHashesOf(const QJsonObject& recordPayload);

// The exact bytes a request signature covers.
QByteArray canonicalRequest(const QByteArray& method, const QByteArray& pathAndQuery, const QString& deviceId,
                            qint64 timestamp, const QByteArray& nonce, QByteArrayView body);

// The same, given the body's hash (hex BLAKE2b-256, see bodyHash()).
QByteArray canonicalRequestForBody(const QByteArray& method, const QByteArray& pathAndQuery,
                                   const QString& deviceId, qint64 timestamp, const QByteArray& nonce,
                                   const QByteArray& bodyHashHex);
// Hex BLAKE2b-256 of a body held in pieces: the same as of their concatenation.
QByteArray bodyHash(const QList<QByteArray>& pieces);

struct SignedHeaders {
    QByteArray device, timestamp, nonce, signature;
};
SignedHeaders signRequest(const QByteArray& method, const QByteArray& pathAndQuery, const QString& deviceId,
                          qint64 timestamp, QByteArrayView body, const crypto::SecretBytes& signingKey);
SignedHeaders signRequestForBody(const QByteArray& method, const QByteArray& pathAndQuery,
                                 const QString& deviceId, qint64 timestamp, const QByteArray& bodyHashHex,
                                 const crypto::SecretBytes& signingKey);

// Page images travel in upload bundles (POST /v1/uploads): each part is a piece
// of one image at an offset, so small images go many to a request and a large
// one goes in pieces that resume where the registry stands. Body: 4-byte
// big-endian length, JSON {"schema", "parts": [{hash, offset, size, total}]},
// then the parts' bytes in order.
struct UploadPart {
    QString hash;      // of the whole image
    qint64 offset = 0; // where these bytes go
    qint64 total = 0;  // size of the whole image
    QByteArray bytes;
};
inline constexpr int kMaxPartsPerBundle = 1000;
QByteArray encodeUploadBundle(const QList<UploadPart>& parts);
// The bundle's length prefix and JSON header alone; the parts' bytes follow
// (the client sends them from where they are instead of copying them in).
QByteArray uploadBundleHead(const QList<UploadPart>& parts);
Result<QList<UploadPart>> decodeUploadBundle(const QByteArray& body);

// {"error": {"code", "message", "retryable", ...details}}: the body of every non-2xx answer.
QJsonObject errorBody(const Error& error, bool retryable, const QJsonObject& details = {});

// Identifiers: prefix + random UUID ("rec-…", "bat-…", "pkg-…", "rcp-…").
QString newKey(const char* prefix);

} // namespace sohoa::sync::protocol
