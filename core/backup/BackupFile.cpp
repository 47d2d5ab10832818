#include "core/backup/BackupFile.h"

#include "core/common/Json.h"
#include "core/crypto/Hash.h"
#include "core/i18n/Tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

namespace sohoa::backup {

namespace {

constexpr char kMagic[8] = {'S', 'O', 'H', 'O', 'A', 'B', 'A', 'K'};
constexpr quint32 kVersion = 1;
constexpr qint64 kChunk = 1 << 20;

Error damaged(const QString& file, const QString& what)
{
    return makeError(
        QStringLiteral("backup.damaged"),
        Tr::tr("The backup %1 is damaged or incomplete (%2). Use another copy.").arg(file, what));
}

template <typename T> QByteArray bigEndian(T v)
{
    QByteArray b(sizeof(T), Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

// Reads exactly n bytes, feeding them to the running hash.
bool readExactly(QFile& f, qint64 n, QByteArray& out, crypto::Blake2bStream& hash)
{
    out = f.read(n);
    if (out.size() != n)
        return false;
    hash.add(out);
    return true;
}

} // namespace

QJsonObject BackupManifest::toJson() const
{
    return {{QStringLiteral("format"), QStringLiteral("sohoa-backup")},
            {QStringLiteral("store_id"), storeId},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("app_version"), appVersion},
            {QStringLiteral("records"), double(records)},
            {QStringLiteral("documents"), double(documents)},
            {QStringLiteral("pages"), double(pages)},
            {QStringLiteral("audit_entries"), double(auditEntries)},
            {QStringLiteral("audit_head"), auditHead},
            {QStringLiteral("keyring_blake2b"), QString::fromLatin1(keyringHash.toHex())},
            {QStringLiteral("database_blake2b"), QString::fromLatin1(databaseHash.toHex())},
            {QStringLiteral("keyring_bytes"), double(keyringBytes)},
            {QStringLiteral("database_bytes"), double(databaseBytes)}};
}

BackupManifest BackupManifest::fromJson(const QJsonObject& o)
{
    BackupManifest m;
    m.storeId = o.value(QLatin1String("store_id")).toString();
    m.schemaVersion = o.value(QLatin1String("schema_version")).toInt();
    m.createdAt = o.value(QLatin1String("created_at")).toString();
    m.createdBy = o.value(QLatin1String("created_by")).toString();
    m.appVersion = o.value(QLatin1String("app_version")).toString();
    m.records = qint64(o.value(QLatin1String("records")).toDouble());
    m.documents = qint64(o.value(QLatin1String("documents")).toDouble());
    m.pages = qint64(o.value(QLatin1String("pages")).toDouble());
    m.auditEntries = qint64(o.value(QLatin1String("audit_entries")).toDouble());
    m.auditHead = o.value(QLatin1String("audit_head")).toString();
    m.keyringHash = QByteArray::fromHex(o.value(QLatin1String("keyring_blake2b")).toString().toLatin1());
    m.databaseHash = QByteArray::fromHex(o.value(QLatin1String("database_blake2b")).toString().toLatin1());
    m.keyringBytes = qint64(o.value(QLatin1String("keyring_bytes")).toDouble());
    m.databaseBytes = qint64(o.value(QLatin1String("database_bytes")).toDouble());
    return m;
}

Result<void> writeBackupFile(const QString& outFile, BackupManifest manifest, const QByteArray& keyring,
                             const QString& databaseFile)
{
    QFile db(databaseFile);
    if (!db.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("backup.io"),
                         Tr::tr("Cannot read %1: %2").arg(databaseFile, db.errorString()));
    // Hash the database first (the manifest carries its hash).
    {
        crypto::Blake2bStream h;
        while (!db.atEnd())
            h.add(db.read(kChunk));
        manifest.databaseHash = h.finish();
        manifest.databaseBytes = db.size();
        db.seek(0);
    }
    manifest.keyringHash = crypto::blake2b(keyring);
    manifest.keyringBytes = keyring.size();
    const QByteArray manifestJson = canonicalJson(manifest.toJson());

    QSaveFile out(outFile);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("backup.io"),
                         Tr::tr("Cannot write %1: %2").arg(outFile, out.errorString()));
    crypto::Blake2bStream total;
    auto put = [&](const QByteArray& bytes) {
        total.add(bytes);
        return out.write(bytes) == bytes.size();
    };
    bool ok = put(QByteArray(kMagic, 8)) && put(bigEndian<quint32>(kVersion)) &&
              put(bigEndian<quint32>(quint32(manifestJson.size()))) && put(manifestJson) &&
              put(bigEndian<quint64>(quint64(keyring.size()))) && put(keyring) &&
              put(bigEndian<quint64>(quint64(manifest.databaseBytes)));
    while (ok && !db.atEnd())
        ok = put(db.read(kChunk));
    ok = ok && out.write(total.finish()) == 32;
    if (!ok || !out.commit())
        return makeError(
            QStringLiteral("backup.io"),
            Tr::tr("Could not write the backup %1 (%2). The disk may be full; the store is unchanged.")
                .arg(outFile, out.errorString()));
    return {};
}

Result<BackupContents> readBackupFile(const QString& file, const QString& databaseOut)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("backup.io"),
                         Tr::tr("Cannot read %1: %2").arg(file, f.errorString()));
    crypto::Blake2bStream total;
    QByteArray bytes;
    if (!readExactly(f, 8, bytes, total) || bytes != QByteArray(kMagic, 8))
        return makeError(QStringLiteral("backup.not_a_backup"),
                         Tr::tr("%1 is not a SoHoa backup.").arg(file));
    if (!readExactly(f, 4, bytes, total))
        return damaged(file, Tr::tr("header"));
    const quint32 version = qFromBigEndian<quint32>(bytes.constData());
    if (version != kVersion)
        return makeError(
            QStringLiteral("backup.too_new"),
            Tr::tr("This backup was made by a newer SoHoa (format %1). Install it to restore.").arg(version));
    if (!readExactly(f, 4, bytes, total))
        return damaged(file, Tr::tr("header"));
    const quint32 manifestLen = qFromBigEndian<quint32>(bytes.constData());
    if (manifestLen > 1024 * 1024 || !readExactly(f, manifestLen, bytes, total))
        return damaged(file, Tr::tr("manifest"));
    auto manifestJson = parseJsonObject(bytes);
    if (!manifestJson ||
        manifestJson->value(QLatin1String("format")).toString() != QLatin1String("sohoa-backup"))
        return damaged(file, Tr::tr("manifest"));
    BackupContents contents;
    contents.manifest = BackupManifest::fromJson(*manifestJson);

    if (!readExactly(f, 8, bytes, total))
        return damaged(file, Tr::tr("key file"));
    const quint64 keyringLen = qFromBigEndian<quint64>(bytes.constData());
    if (keyringLen > quint64(16) * 1024 * 1024 ||
        !readExactly(f, qint64(keyringLen), contents.keyring, total) ||
        crypto::blake2b(contents.keyring) != contents.manifest.keyringHash)
        return damaged(file, Tr::tr("key file"));

    if (!readExactly(f, 8, bytes, total))
        return damaged(file, Tr::tr("database"));
    const quint64 dbLen = qFromBigEndian<quint64>(bytes.constData());
    if (qint64(dbLen) != contents.manifest.databaseBytes || f.size() - f.pos() != qint64(dbLen) + 32)
        return damaged(file, Tr::tr("database length"));
    QFile out(databaseOut);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(QStringLiteral("backup.io"),
                         Tr::tr("Cannot write %1: %2").arg(databaseOut, out.errorString()));
    crypto::Blake2bStream dbHash;
    for (quint64 left = dbLen; left > 0;) {
        const QByteArray chunk = f.read(qint64(qMin<quint64>(left, kChunk)));
        if (chunk.isEmpty())
            return damaged(file, Tr::tr("database"));
        total.add(chunk);
        dbHash.add(chunk);
        if (out.write(chunk) != chunk.size())
            return makeError(
                QStringLiteral("backup.io"),
                Tr::tr("Could not write %1 (%2). The disk may be full.").arg(databaseOut, out.errorString()));
        left -= quint64(chunk.size());
    }
    if (!out.flush())
        return makeError(QStringLiteral("backup.io"), Tr::tr("Could not write %1.").arg(databaseOut));
    if (dbHash.finish() != contents.manifest.databaseHash)
        return damaged(file, Tr::tr("database"));
    if (f.read(32) != total.finish())
        return damaged(file, Tr::tr("checksum"));
    return contents;
}

} // namespace sohoa::backup
