#include "core/sync/Package.h"

#include "core/common/Json.h"
#include "core/crypto/Hash.h"
#include "core/crypto/SealedBox.h"
#include "core/crypto/Sodium.h"
#include "core/i18n/Tr.h"
#include "core/sync/Errors.h"
#include "core/sync/Signature.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>
#include <sodium.h>

namespace sohoa::sync {

namespace {

constexpr char kMagic[] = "SOHOAPK1";
constexpr int kMagicBytes = 8;
constexpr char kSignatureMagic[] = "SIG1";
constexpr int kTrailerBytes = 4 + kSignatureBytes;
constexpr qint64 kMaxHeaderBytes = 64 << 10;
constexpr qint64 kChunkBytes = 1 << 20;
constexpr qint64 kMaxFrameBytes = kChunkBytes + 1 + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 kMaxEntryBytes = 256ll << 20;

Error damaged(const QString& why)
{
    return makeError(
        errors::kPackageDamaged,
        Tr::tr("The package is damaged or incomplete (%1). Copy it again from the office.").arg(why));
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

Result<QByteArray> readExactly(QFile& f, qint64 n)
{
    QByteArray b = f.read(n);
    if (b.size() != n)
        return damaged(Tr::tr("the file ends too early"));
    return b;
}

Result<quint32> readLength(QFile& f)
{
    auto b = readExactly(f, 4);
    if (!b)
        return b.error();
    return qFromBigEndian<quint32>(b->constData());
}

} // namespace

QString keyFingerprint(const QByteArray& publicKey)
{
    return QString::fromLatin1(crypto::blake2b(publicKey, 16).toHex());
}

QJsonObject PackageHeader::toJson() const
{
    return {{QStringLiteral("format"), QStringLiteral("sohoa-package")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("package_id"), packageId},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("recipient"), recipient},
            {QStringLiteral("sealed_key"), QString::fromLatin1(sealedKey.toBase64())},
            {QStringLiteral("stream_header"), QString::fromLatin1(streamHeader.toBase64())}};
}

Result<PackageHeader> PackageHeader::fromJson(const QJsonObject& o)
{
    if (o.value(QLatin1String("format")).toString() != QLatin1String("sohoa-package"))
        return makeError(errors::kPackageNotAPackage, Tr::tr("This file is not a SoHoa package."));
    if (o.value(QLatin1String("version")).toInt() != 1)
        return makeError(errors::kPackageVersion,
                         Tr::tr("This package was written by a newer SoHoa (format version %1).")
                             .arg(o.value(QLatin1String("version")).toInt()));
    PackageHeader h;
    h.packageId = o.value(QLatin1String("package_id")).toString();
    h.deviceId = o.value(QLatin1String("device_id")).toString();
    h.createdAt = o.value(QLatin1String("created_at")).toString();
    h.recipient = o.value(QLatin1String("recipient")).toString();
    h.sealedKey = QByteArray::fromBase64(o.value(QLatin1String("sealed_key")).toString().toLatin1());
    h.streamHeader = QByteArray::fromBase64(o.value(QLatin1String("stream_header")).toString().toLatin1());
    if (h.packageId.isEmpty() || h.deviceId.isEmpty() ||
        h.sealedKey.size() !=
            qsizetype(crypto_secretstream_xchacha20poly1305_KEYBYTES + crypto_box_SEALBYTES) ||
        h.streamHeader.size() != qsizetype(crypto_secretstream_xchacha20poly1305_HEADERBYTES))
        return damaged(Tr::tr("header incomplete"));
    return h;
}

// ---- writer

// Members in the order clang-tidy's padding check asks for (the hash state is 64-byte aligned).
struct PackageWriter::State {
    crypto::Blake2bStream fileHash;
    StreamSignature signature;
    int entries = 0;
    crypto_secretstream_xchacha20poly1305_state stream;
};

PackageWriter::~PackageWriter()
{
    if (m_state)
        sodium_memzero(&m_state->stream, sizeof m_state->stream);
    if (m_file)
        m_file->cancelWriting();
}

Result<std::unique_ptr<PackageWriter>> PackageWriter::create(const QString& file, const QString& packageId,
                                                             const QString& deviceId,
                                                             const QByteArray& registryPackagePublicKey)
{
    crypto::ensureSodium();
    if (registryPackagePublicKey.size() != qsizetype(crypto_box_PUBLICKEYBYTES))
        return makeError(
            errors::kPackageNoRegistryKey,
            Tr::tr("The registry's package key is missing: enrol this device with the registry first."));
    std::unique_ptr<PackageWriter> w(new PackageWriter);
    w->m_state = std::make_unique<State>();
    w->m_file = std::make_unique<QSaveFile>(file);
    if (!w->m_file->open(QIODevice::WriteOnly))
        return makeError(errors::kPackageCannotWrite,
                         Tr::tr("Cannot write %1: %2").arg(file, w->m_file->errorString()));

    crypto::SecretBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(key.data());
    PackageHeader h;
    h.packageId = packageId;
    h.deviceId = deviceId;
    h.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    h.recipient = keyFingerprint(registryPackagePublicKey);
    h.streamHeader = QByteArray(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        &w->m_state->stream, reinterpret_cast<unsigned char*>(h.streamHeader.data()), key.data());
    h.sealedKey = crypto::sealTo(QByteArray(reinterpret_cast<const char*>(key.data()), qsizetype(key.size())),
                                 registryPackagePublicKey);
    const QByteArray headerJson = canonicalJson(h.toJson());
    SOHOA_TRY(w->writeRaw(QByteArray(kMagic, kMagicBytes) + be32(quint32(headerJson.size())) + headerJson));
    return w;
}

Result<void> PackageWriter::writeRaw(const QByteArray& bytes)
{
    if (m_file->write(bytes) != bytes.size())
        return makeError(errors::kPackageCannotWrite,
                         Tr::tr("Writing the package failed (%1). Is the medium full or removed?")
                             .arg(m_file->errorString()));
    m_state->signature.add(bytes);
    m_state->fileHash.add(bytes);
    m_written += bytes.size();
    return {};
}

Result<void> PackageWriter::writeFrame(char kind, QByteArrayView data, bool final)
{
    QByteArray plain;
    plain.reserve(data.size() + 1);
    plain.append(kind);
    plain.append(data.data(), data.size());
    QByteArray cipher(plain.size() + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES),
                      Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_push(&m_state->stream,
                                               reinterpret_cast<unsigned char*>(cipher.data()), nullptr,
                                               reinterpret_cast<const unsigned char*>(plain.constData()),
                                               static_cast<unsigned long long>(plain.size()), nullptr, 0,
                                               final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                     : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    sodium_memzero(plain.data(), size_t(plain.size()));
    return writeRaw(be32(quint32(cipher.size())) + cipher);
}

Result<void> PackageWriter::addEntry(const QString& name, const QByteArray& data)
{
    Q_ASSERT(m_file);
    if (data.size() > kMaxEntryBytes)
        return makeError(errors::kPackageEntryTooLarge, Tr::tr("%1 is too large for a package.").arg(name));
    const QJsonObject head{{QStringLiteral("name"), name}, {QStringLiteral("size"), double(data.size())}};
    SOHOA_TRY(writeFrame('H', canonicalJson(head), false));
    for (qint64 off = 0; off < data.size(); off += kChunkBytes)
        SOHOA_TRY(
            writeFrame('D', QByteArrayView(data).sliced(off, qMin(kChunkBytes, data.size() - off)), false));
    ++m_state->entries;
    return {};
}

Result<void> PackageWriter::finish(const crypto::SecretBytes& deviceSigningKey)
{
    SOHOA_TRY(
        writeFrame('Z', canonicalJson(QJsonObject{{QStringLiteral("entries"), m_state->entries}}), true));
    const QByteArray trailer = QByteArray(kSignatureMagic, 4) + m_state->signature.sign(deviceSigningKey);
    if (m_file->write(trailer) != trailer.size())
        return makeError(errors::kPackageCannotWrite,
                         Tr::tr("Writing the package failed (%1).").arg(m_file->errorString()));
    m_state->fileHash.add(trailer);
    m_written += trailer.size();
    m_fileHash = QString::fromLatin1(m_state->fileHash.finish().toHex());
    if (!m_file->commit())
        return makeError(errors::kPackageCannotWrite,
                         Tr::tr("Saving the package failed (%1). Is the medium full or removed?")
                             .arg(m_file->errorString()));
    m_file.reset();
    return {};
}

// ---- reader

Result<PackageReader> PackageReader::open(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(errors::kPackageCannotOpen, Tr::tr("Cannot open %1: %2").arg(path, f.errorString()));
    PackageReader r;
    r.m_path = path;
    r.m_size = f.size();
    const QByteArray magic = f.read(kMagicBytes);
    if (magic != QByteArray(kMagic, kMagicBytes))
        return makeError(errors::kPackageNotAPackage, Tr::tr("%1 is not a SoHoa package.").arg(path));
    auto len = readLength(f);
    if (!len)
        return len.error();
    if (*len == 0 || *len > kMaxHeaderBytes)
        return damaged(Tr::tr("bad header length"));
    auto headerBytes = readExactly(f, *len);
    if (!headerBytes)
        return headerBytes.error();
    auto obj = parseJsonObject(*headerBytes);
    if (!obj)
        return damaged(obj.error().message);
    auto header = PackageHeader::fromJson(*obj);
    if (!header)
        return header.error();
    r.m_header = *header;
    r.m_bodyOffset = f.pos();
    if (r.m_size < r.m_bodyOffset + kTrailerBytes)
        return damaged(Tr::tr("the file ends too early"));
    return r;
}

Result<void> PackageReader::verifySignature(const QByteArray& deviceSigningPublicKey) const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(errors::kPackageCannotOpen,
                         Tr::tr("Cannot open %1: %2").arg(m_path, f.errorString()));
    const qint64 signedBytes = f.size() - kTrailerBytes;
    if (signedBytes < m_bodyOffset)
        return damaged(Tr::tr("the file ends too early"));
    StreamSignature sig;
    qint64 left = signedBytes;
    while (left > 0) {
        const QByteArray chunk = f.read(qMin<qint64>(left, 4 << 20));
        if (chunk.isEmpty())
            return damaged(Tr::tr("read error"));
        sig.add(chunk);
        left -= chunk.size();
    }
    const QByteArray trailer = f.read(kTrailerBytes);
    if (trailer.size() != kTrailerBytes || !trailer.startsWith(kSignatureMagic))
        return damaged(Tr::tr("the signature is missing"));
    if (!sig.verify(QByteArrayView(trailer).sliced(4), deviceSigningPublicKey))
        return makeError(
            errors::kPackageBadSignature,
            Tr::tr("The package's signature does not match the device that it names: it was changed "
                   "after it was written, or it is not from that device. It was refused."));
    return {};
}

Result<void> PackageReader::readEntries(const QByteArray& boxPublicKey,
                                        const crypto::SecretBytes& boxSecretKey,
                                        const EntryHandler& onEntry) const
{
    crypto::ensureSodium();
    // Re-read the header: the file must still be the one whose signature was checked.
    auto again = open(m_path);
    if (!again)
        return again.error();
    if (again->m_header.toJson() != m_header.toJson() || again->m_size != m_size)
        return damaged(Tr::tr("the file changed while it was read"));
    if (m_header.recipient != keyFingerprint(boxPublicKey))
        return makeError(errors::kPackageWrongRecipient,
                         Tr::tr("This package was sealed for another registry key."));
    auto keyBytes = crypto::openSealed(m_header.sealedKey, boxPublicKey, boxSecretKey);
    if (!keyBytes)
        return makeError(errors::kPackageWrongRecipient,
                         Tr::tr("This package cannot be opened with this registry's key."));
    crypto::SecretBytes key = crypto::SecretBytes::copyOf(
        reinterpret_cast<const unsigned char*>(keyBytes->constData()), size_t(keyBytes->size()));
    crypto::wipe(*keyBytes);
    crypto_secretstream_xchacha20poly1305_state st;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &st, reinterpret_cast<const unsigned char*>(m_header.streamHeader.constData()), key.data()) != 0)
        return damaged(Tr::tr("bad stream header"));
    struct Wipe {
        crypto_secretstream_xchacha20poly1305_state& s;
        ~Wipe() { sodium_memzero(&s, sizeof s); }
    } wipeState{st};

    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(m_bodyOffset))
        return makeError(errors::kPackageCannotOpen,
                         Tr::tr("Cannot open %1: %2").arg(m_path, f.errorString()));
    const qint64 end = m_size - kTrailerBytes;
    QString entryName;
    qint64 entrySize = -1;
    QByteArray entryData;
    int entries = 0;
    bool finalSeen = false;
    while (!finalSeen) {
        if (f.pos() + 4 > end)
            return damaged(Tr::tr("the end of the content is missing"));
        auto len = readLength(f);
        if (!len)
            return len.error();
        if (*len <= crypto_secretstream_xchacha20poly1305_ABYTES || *len > kMaxFrameBytes ||
            f.pos() + *len > end)
            return damaged(Tr::tr("bad frame length"));
        auto cipher = readExactly(f, *len);
        if (!cipher)
            return cipher.error();
        QByteArray plain(cipher->size() - qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES),
                         Qt::Uninitialized);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &st, reinterpret_cast<unsigned char*>(plain.data()), nullptr, &tag,
                reinterpret_cast<const unsigned char*>(cipher->constData()),
                static_cast<unsigned long long>(cipher->size()), nullptr, 0) != 0)
            return damaged(Tr::tr("a block fails its authentication"));
        finalSeen = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        const char kind = plain.isEmpty() ? 0 : plain.at(0);
        const QByteArrayView data = QByteArrayView(plain).sliced(1);
        if (finalSeen != (kind == 'Z'))
            return damaged(Tr::tr("misplaced end block"));
        if (kind == 'H') {
            if (entrySize >= 0)
                return damaged(Tr::tr("an entry is incomplete"));
            auto head = parseJsonObject(data.toByteArray());
            if (!head)
                return damaged(head.error().message);
            entryName = head->value(QLatin1String("name")).toString();
            entrySize = qint64(head->value(QLatin1String("size")).toDouble(-1));
            if (entryName.isEmpty() || entrySize < 0 || entrySize > kMaxEntryBytes)
                return damaged(Tr::tr("bad entry header"));
            entryData.clear();
            entryData.reserve(entrySize);
        } else if (kind == 'D') {
            if (entrySize < 0 || entryData.size() + data.size() > entrySize)
                return damaged(Tr::tr("unexpected data block"));
            entryData.append(data.data(), data.size());
        } else if (kind == 'Z') {
            if (entrySize >= 0 && entryData.size() != entrySize)
                return damaged(Tr::tr("the last entry is incomplete"));
        } else {
            return damaged(Tr::tr("unknown block"));
        }
        if (entrySize >= 0 && entryData.size() == entrySize) {
            ++entries;
            SOHOA_TRY(onEntry(entryName, entryData));
            crypto::wipe(entryData);
            entrySize = -1;
        }
        if (finalSeen) {
            auto fin = parseJsonObject(data.toByteArray());
            if (!fin || fin->value(QLatin1String("entries")).toInt(-1) != entries)
                return damaged(Tr::tr("entry count mismatch"));
        }
        crypto::wipe(plain);
    }
    if (f.pos() != end)
        return damaged(Tr::tr("extra bytes after the content"));
    return {};
}

} // namespace sohoa::sync
