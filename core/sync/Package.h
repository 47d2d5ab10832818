#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

class QFile;
class QSaveFile;

// The offline package file (removable media): a small clear header naming the
// package and the device, then the content encrypted with a fresh key (XChaCha20-
// Poly1305 secretstream, so truncation and reordering are detected) that is
// sealed to the registry's X25519 key (crypto_box_seal), and an Ed25519ph
// signature by the device over every byte before it. A lost stick leaks nothing
// but ids; a changed byte fails the signature; a cut file fails both.
namespace sohoa::sync {

struct PackageHeader {
    QString packageId;
    QString deviceId;
    QString createdAt;
    QString recipient;       // hex BLAKE2b of the registry key it is sealed to (first 16 bytes)
    QByteArray sealedKey;    // crypto_box_seal(stream key, registry key)
    QByteArray streamHeader; // secretstream header

    QJsonObject toJson() const;
    static Result<PackageHeader> fromJson(const QJsonObject& o);
};

QString keyFingerprint(const QByteArray& publicKey);

class PackageWriter {
public:
    static Result<std::unique_ptr<PackageWriter>> create(const QString& file, const QString& packageId,
                                                         const QString& deviceId,
                                                         const QByteArray& registryPackagePublicKey);
    ~PackageWriter();

    // Entries are written in order; names are relative paths ("manifest.json", "pages/….png").
    Result<void> addEntry(const QString& name, const QByteArray& data);
    // Writes the final frame and the signature, then atomically renames into place.
    Result<void> finish(const crypto::SecretBytes& deviceSigningKey);

    qint64 bytesWritten() const { return m_written; }
    QString fileHash() const { return m_fileHash; } // BLAKE2b-256 hex of the finished file

private:
    PackageWriter() = default;
    Result<void> writeRaw(const QByteArray& bytes);
    Result<void> writeFrame(char kind, QByteArrayView data, bool final);

    struct State;
    std::unique_ptr<State> m_state;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_written = 0;
    QString m_fileHash;
};

class PackageReader {
public:
    // Reads and checks the clear header only.
    static Result<PackageReader> open(const QString& file);

    const PackageHeader& header() const { return m_header; }
    qint64 fileSize() const { return m_size; }

    // Checks the device's signature over the whole file. Call before decrypting.
    Result<void> verifySignature(const QByteArray& deviceSigningPublicKey) const;

    // Decrypts and hands every entry over in order; stops at the first error
    // (including one returned by onEntry). Fails when the end frame is missing.
    using EntryHandler = std::function<Result<void>(const QString& name, const QByteArray& data)>;
    Result<void> readEntries(const QByteArray& boxPublicKey, const crypto::SecretBytes& boxSecretKey,
                             const EntryHandler& onEntry) const;

private:
    QString m_path;
    PackageHeader m_header;
    qint64 m_size = 0;
    qint64 m_bodyOffset = 0;
};

} // namespace sohoa::sync
