#include "core/export/EncryptedArchive.h"

#include "core/crypto/Sodium.h"
#include "core/export/Errors.h"
#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtEndian>
#include <sodium.h>

namespace sohoa::exporting {

namespace {

constexpr char kMagic[8] = {'S', 'O', 'H', 'O', 'A', 'E', 'X', 'P'};
constexpr quint16 kVersion = 1;
constexpr qsizetype kHeaderBytes = 8 + 2 + 2 + 4 + 8 + qsizetype(crypto::kSaltBytes) +
                                   qsizetype(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(kHeaderBytes == 64);
constexpr qsizetype kChunk = 1 << 20; // plaintext bytes per data message
constexpr qsizetype kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype kMaxMessage = 1 + kChunk + kAbytes;
constexpr qsizetype kMaxName = 1024;
constexpr qint64 kMaxFileSize = qint64(1) << 40;
constexpr quint32 kMaxFiles = 10'000'000;
constexpr quint32 kMaxOpsLimit = 16;
constexpr quint64 kMaxMemLimit = quint64(2) << 30;

Error damaged()
{
    return makeError(
        errors::kArchiveDamaged,
        Tr::tr("The encrypted export has been altered or damaged; nothing in it can be trusted."));
}

Error truncated()
{
    return makeError(errors::kArchiveTruncated,
                     Tr::tr("The encrypted export is incomplete (cut short while copying?)."));
}

Error notArchive()
{
    return makeError(errors::kArchiveFormat,
                     Tr::tr("This file is not an encrypted SoHoa export, or was made by a newer version."));
}

Error writeError(const QString& file, const QString& why)
{
    return makeError(errors::kWriteFailed, Tr::tr("Could not write %1: %2").arg(file, why));
}

struct Header {
    crypto::KdfParams kdf;
    QByteArray salt;
    QByteArray streamHeader;
    QByteArray raw; // all 64 bytes: the first message's additional data
};

Result<Header> readHeader(QIODevice& in)
{
    Header h;
    h.raw = in.read(kHeaderBytes);
    if (h.raw.size() < 8 || std::memcmp(h.raw.constData(), kMagic, 8) != 0)
        return notArchive();
    if (h.raw.size() < kHeaderBytes)
        return truncated();
    const auto* p = reinterpret_cast<const uchar*>(h.raw.constData());
    if (qFromLittleEndian<quint16>(p + 8) != kVersion || qFromLittleEndian<quint16>(p + 10) != 0)
        return notArchive();
    h.kdf.opsLimit = qFromLittleEndian<quint32>(p + 12);
    h.kdf.memLimitBytes = qFromLittleEndian<quint64>(p + 16);
    // Bounded so that a crafted header cannot make the reader spend minutes or gigabytes.
    if (!h.kdf.isAcceptable() || h.kdf.opsLimit > kMaxOpsLimit || h.kdf.memLimitBytes > kMaxMemLimit)
        return damaged();
    h.salt = h.raw.mid(24, qsizetype(crypto::kSaltBytes));
    h.streamHeader = h.raw.mid(24 + qsizetype(crypto::kSaltBytes));
    return h;
}

} // namespace

bool isSafeArchiveName(const QString& name)
{
    if (name.isEmpty() || name.toUtf8().size() > kMaxName || name.startsWith(QLatin1Char('/')))
        return false;
    for (QChar c : name)
        if (c.unicode() < 0x20 || c == QLatin1Char('\\') || c == QLatin1Char(':') || c.unicode() == 0x7f)
            return false;
    for (const QString& part : name.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

// ---------------------------------------------------------------- writer

struct EncryptedArchiveWriter::Impl {
    QString file;
    QFile out;
    crypto::SecretBytes key;
    crypto_secretstream_xchacha20poly1305_state state{};
    QByteArray additional; // the header, for the first message only
    quint32 files = 0;
    bool finished = false;
    QSet<QString> names;
    QByteArray cipher;

    Result<void> push(char kind, QByteArrayView payload, bool final)
    {
        QByteArray plain;
        plain.reserve(payload.size() + 1);
        plain.append(kind).append(payload.data(), payload.size());
        cipher.resize(plain.size() + kAbytes + 4);
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<uchar*>(cipher.data()) + 4, &length,
            reinterpret_cast<const uchar*>(plain.constData()), quint64(plain.size()),
            additional.isEmpty() ? nullptr : reinterpret_cast<const uchar*>(additional.constData()),
            quint64(additional.size()), final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        sodium_memzero(plain.data(), size_t(plain.size()));
        additional.clear();
        qToLittleEndian<quint32>(quint32(length), reinterpret_cast<uchar*>(cipher.data()));
        const qsizetype n = 4 + qsizetype(length);
        if (out.write(cipher.constData(), n) != n)
            return writeError(file, out.errorString());
        return {};
    }

    Result<void> begin(const QString& name, qint64 size)
    {
        if (finished || !isSafeArchiveName(name) || names.contains(name) || size < 0 || size > kMaxFileSize)
            return makeError(errors::kArchiveName,
                             Tr::tr("'%1' cannot be stored in the encrypted export.").arg(name));
        names.insert(name);
        ++files;
        QByteArray payload(8, Qt::Uninitialized);
        qToLittleEndian<quint64>(quint64(size), reinterpret_cast<uchar*>(payload.data()));
        payload += name.toUtf8();
        return push('F', payload, false);
    }
};

EncryptedArchiveWriter::EncryptedArchiveWriter()
    : d(std::make_unique<Impl>())
{
}

EncryptedArchiveWriter::~EncryptedArchiveWriter()
{
    if (!d->finished && d->out.isOpen()) {
        d->out.close();
        d->out.remove();
    }
}

Result<std::unique_ptr<EncryptedArchiveWriter>>
EncryptedArchiveWriter::create(const QString& file, const QByteArray& passphraseUtf8,
                               const crypto::KdfParams& kdf)
{
    crypto::ensureSodium();
    if (QString::fromUtf8(passphraseUtf8).size() < kMinPassphraseLength)
        return makeError(errors::kWeakPassphrase,
                         Tr::tr("The passphrase of an encrypted export needs at least %1 characters.")
                             .arg(kMinPassphraseLength));
    if (!kdf.isAcceptable() || kdf.opsLimit > kMaxOpsLimit || kdf.memLimitBytes > kMaxMemLimit)
        return makeError(errors::kUsageKdfProfile, Tr::tr("These key-derivation settings are refused."));
    if (QFileInfo::exists(file))
        return makeError(errors::kExists,
                         Tr::tr("%1 already exists; choose a new file name for the export.").arg(file));
    std::unique_ptr<EncryptedArchiveWriter> w(new EncryptedArchiveWriter());
    Impl& d = *w->d;
    d.file = file;
    const QByteArray salt = crypto::randomSalt();
    auto key = crypto::derivePasswordKey(passphraseUtf8, salt, kdf);
    if (!key)
        return key.error();
    d.key = std::move(*key);
    QByteArray header(kHeaderBytes, '\0');
    auto* p = reinterpret_cast<uchar*>(header.data());
    std::memcpy(p, kMagic, 8);
    qToLittleEndian<quint16>(kVersion, p + 8);
    qToLittleEndian<quint16>(0, p + 10);
    qToLittleEndian<quint32>(quint32(kdf.opsLimit), p + 12);
    qToLittleEndian<quint64>(kdf.memLimitBytes, p + 16);
    std::memcpy(p + 24, salt.constData(), crypto::kSaltBytes);
    crypto_secretstream_xchacha20poly1305_init_push(&d.state, p + 24 + crypto::kSaltBytes, d.key.data());
    d.additional = header;
    d.out.setFileName(file + QStringLiteral(".part"));
    if (!d.out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return writeError(d.out.fileName(), d.out.errorString());
    if (d.out.write(header) != header.size())
        return writeError(d.out.fileName(), d.out.errorString());
    return w;
}

Result<void> EncryptedArchiveWriter::addFile(const QString& name, QByteArrayView data)
{
    SOHOA_TRY(d->begin(name, data.size()));
    for (qsizetype at = 0; at < data.size(); at += kChunk)
        SOHOA_TRY(d->push('D', data.sliced(at, std::min(kChunk, data.size() - at)), false));
    return {};
}

Result<void> EncryptedArchiveWriter::addFile(const QString& name, QIODevice& source, qint64 size)
{
    SOHOA_TRY(d->begin(name, size));
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        const qint64 n = source.read(buffer.data(), std::min<qint64>(kChunk, left));
        if (n <= 0)
            return writeError(name, source.errorString());
        SOHOA_TRY(d->push('D', QByteArrayView(buffer.constData(), n), false));
        left -= n;
    }
    sodium_memzero(buffer.data(), size_t(buffer.size()));
    return {};
}

Result<void> EncryptedArchiveWriter::finish()
{
    QByteArray count(4, Qt::Uninitialized);
    qToLittleEndian<quint32>(d->files, reinterpret_cast<uchar*>(count.data()));
    SOHOA_TRY(d->push('Z', count, true));
    if (!d->out.flush())
        return writeError(d->out.fileName(), d->out.errorString());
    d->out.close();
    if (QFileInfo::exists(d->file) || !QFile::rename(d->out.fileName(), d->file)) {
        d->out.remove();
        return writeError(d->file, Tr::tr("the file could not be put in place"));
    }
    d->finished = true;
    return {};
}

qint64 EncryptedArchiveWriter::bytesWritten() const
{
    return d->finished ? QFileInfo(d->file).size() : d->out.size();
}

// ---------------------------------------------------------------- reader

Result<crypto::SecretBytes> encryptedArchiveKey(QIODevice& in, const QByteArray& passphraseUtf8)
{
    crypto::ensureSodium();
    const qint64 start = in.pos();
    auto header = readHeader(in);
    in.seek(start);
    if (!header)
        return header.error();
    return crypto::derivePasswordKey(passphraseUtf8, header->salt, header->kdf);
}

Result<QList<ArchiveEntry>> readEncryptedArchiveWithKey(QIODevice& in, const crypto::SecretBytes& key,
                                                        ArchiveVisitor& visitor)
{
    crypto::ensureSodium();
    auto header = readHeader(in);
    if (!header)
        return header.error();
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return damaged();
    crypto_secretstream_xchacha20poly1305_state state{};
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const uchar*>(header->streamHeader.constData()), key.data()) != 0)
        return damaged();
    QList<ArchiveEntry> entries;
    QSet<QString> names;
    qint64 left = 0; // bytes still expected of the current file
    bool first = true;
    QByteArray cipher, plain;
    for (;;) {
        uchar lengthBytes[4];
        const qint64 got = in.read(reinterpret_cast<char*>(lengthBytes), 4);
        if (got == 0 && in.atEnd())
            return truncated();
        if (got != 4)
            return truncated();
        const quint32 length = qFromLittleEndian<quint32>(lengthBytes);
        if (length <= quint32(kAbytes) || length > quint32(kMaxMessage))
            return first ? makeError(errors::kArchivePassphrase,
                                     Tr::tr("The passphrase is wrong, or the encrypted export was altered."))
                         : damaged();
        cipher.resize(qsizetype(length));
        if (in.read(cipher.data(), length) != qint64(length))
            return truncated();
        plain.resize(qsizetype(length) - kAbytes);
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<uchar*>(plain.data()), &plainLength, &tag,
                reinterpret_cast<const uchar*>(cipher.constData()), length,
                first ? reinterpret_cast<const uchar*>(header->raw.constData()) : nullptr,
                first ? quint64(header->raw.size()) : 0) != 0)
            return first ? makeError(errors::kArchivePassphrase,
                                     Tr::tr("The passphrase is wrong, or the encrypted export was altered."))
                         : damaged();
        first = false;
        if (plainLength < 1)
            return damaged();
        const char kind = plain[0];
        const QByteArrayView payload(plain.constData() + 1, qsizetype(plainLength) - 1);
        const bool final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (final != (kind == 'Z') || (tag != 0 && !final))
            return damaged();
        if (kind == 'D') {
            if (payload.size() > left)
                return damaged();
            left -= payload.size();
            SOHOA_TRY(visitor.data(payload));
            if (left == 0)
                SOHOA_TRY(visitor.endFile());
        } else if (kind == 'F') {
            if (left != 0 || payload.size() < 9 || entries.size() >= qsizetype(kMaxFiles))
                return damaged();
            const quint64 size = qFromLittleEndian<quint64>(reinterpret_cast<const uchar*>(payload.data()));
            const QByteArrayView nameBytes = payload.sliced(8);
            const QString name = QString::fromUtf8(nameBytes);
            if (size > quint64(kMaxFileSize) || name.toUtf8() != nameBytes || !isSafeArchiveName(name) ||
                names.contains(name.toCaseFolded()))
                return damaged();
            names.insert(name.toCaseFolded());
            entries.append({name, qint64(size)});
            left = qint64(size);
            SOHOA_TRY(visitor.beginFile(entries.last()));
            if (left == 0)
                SOHOA_TRY(visitor.endFile());
        } else if (kind == 'Z') {
            if (left != 0 || payload.size() != 4 ||
                qFromLittleEndian<quint32>(reinterpret_cast<const uchar*>(payload.data())) !=
                    quint32(entries.size()))
                return damaged();
            if (!in.atEnd() || in.bytesAvailable() > 0)
                return damaged(); // bytes after the end: appended by someone
            sodium_memzero(plain.data(), size_t(plain.size()));
            return entries;
        } else {
            return damaged();
        }
    }
}

Result<QList<ArchiveEntry>> readEncryptedArchive(QIODevice& in, const QByteArray& passphraseUtf8,
                                                 ArchiveVisitor& visitor)
{
    auto key = encryptedArchiveKey(in, passphraseUtf8);
    if (!key)
        return key.error();
    return readEncryptedArchiveWithKey(in, *key, visitor);
}

namespace {

class ListVisitor final : public ArchiveVisitor {
public:
    Result<void> beginFile(const ArchiveEntry&) override { return {}; }
    Result<void> data(QByteArrayView) override { return {}; }
    Result<void> endFile() override { return {}; }
};

// Writes each file under a ".part" name and renames it once the whole archive
// has been read and authenticated; anything else is removed.
class ExtractVisitor final : public ArchiveVisitor {
public:
    explicit ExtractVisitor(QString root)
        : m_root(std::move(root))
    {
    }
    ~ExtractVisitor() override
    {
        if (m_keep)
            return;
        m_out.close();
        for (auto it = m_files.crbegin(); it != m_files.crend(); ++it)
            QFile::remove(*it + QStringLiteral(".part"));
        for (auto it = m_dirs.crbegin(); it != m_dirs.crend(); ++it)
            QDir().rmdir(*it);
    }

    Result<void> beginFile(const ArchiveEntry& entry) override
    {
        const QString path = QDir(m_root).filePath(entry.name);
        const QString parent = QFileInfo(path).absolutePath();
        // mkpath one level at a time so that every folder made is removed on failure
        QStringList toMake;
        for (QString p = parent; !QFileInfo::exists(p) && p.startsWith(m_root);
             p = QFileInfo(p).absolutePath())
            toMake.prepend(p);
        for (const QString& p : toMake) {
            if (!QDir().mkdir(p))
                return writeError(p, Tr::tr("the folder could not be created"));
            m_dirs.append(p);
        }
        m_out.setFileName(path + QStringLiteral(".part"));
        if (!m_out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return writeError(path, m_out.errorString());
        m_files.append(path);
        return {};
    }
    Result<void> data(QByteArrayView bytes) override
    {
        if (m_out.write(bytes.data(), bytes.size()) != bytes.size())
            return writeError(m_out.fileName(), m_out.errorString());
        return {};
    }
    Result<void> endFile() override
    {
        if (!m_out.flush())
            return writeError(m_out.fileName(), m_out.errorString());
        m_out.close();
        return {};
    }
    Result<void> commit()
    {
        for (const QString& f : std::as_const(m_files))
            if (!QFile::rename(f + QStringLiteral(".part"), f))
                return writeError(f, Tr::tr("the file could not be put in place"));
        m_keep = true;
        return {};
    }
    void dir(const QString& d) { m_dirs.append(d); }

private:
    QString m_root;
    QFile m_out;
    QStringList m_files, m_dirs;
    bool m_keep = false;
};

Result<void> openForReading(QFile& f)
{
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("input.unreadable"),
                         Tr::tr("Could not read %1: %2").arg(f.fileName(), f.errorString()));
    return {};
}

} // namespace

Result<QList<ArchiveEntry>> listEncryptedArchive(const QString& file, const QByteArray& passphraseUtf8)
{
    QFile f(file);
    SOHOA_TRY(openForReading(f));
    ListVisitor v;
    return readEncryptedArchive(f, passphraseUtf8, v);
}

Result<QList<ArchiveEntry>> extractEncryptedArchive(const QString& file, const QByteArray& passphraseUtf8,
                                                    const QString& outDir)
{
    QFile f(file);
    SOHOA_TRY(openForReading(f));
    auto key = encryptedArchiveKey(f, passphraseUtf8); // before any folder is made
    if (!key)
        return key.error();
    QDir dir(outDir);
    const bool madeDir = !dir.exists();
    if (!madeDir && !dir.isEmpty())
        return makeError(errors::kNotEmpty,
                         Tr::tr("The folder %1 is not empty; choose a new or empty folder.").arg(outDir));
    if (madeDir && !QDir().mkpath(outDir))
        return makeError(errors::kWriteFailed, Tr::tr("Could not create the folder %1.").arg(outDir));
    const QString root = QFileInfo(outDir).absoluteFilePath();
    ExtractVisitor v(root);
    if (madeDir)
        v.dir(root);
    auto entries = readEncryptedArchiveWithKey(f, *key, v);
    if (!entries)
        return entries.error();
    SOHOA_TRY(v.commit());
    return entries;
}

} // namespace sohoa::exporting
