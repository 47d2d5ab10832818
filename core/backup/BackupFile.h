#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sohoa::backup {

// The backup container: one file, still encrypted (the database pages are
// SQLCipher's and the key file holds only wrapped keys).
//
//   "SOHOABAK" | u32 version | u32 manifest length | manifest (JSON)
//   | u64 key file length | key file | u64 database length | database
//   | BLAKE2b-256 of everything before
//
// The manifest names the store, its schema version, counts and the BLAKE2b of
// each part, so a damaged file says which part is damaged.
struct BackupManifest {
    QString storeId;
    int schemaVersion = 0;
    QString createdAt;
    QString createdBy;
    QString appVersion;
    qint64 records = 0;
    qint64 documents = 0;
    qint64 pages = 0;
    qint64 auditEntries = 0;
    QString auditHead;
    QByteArray keyringHash;
    QByteArray databaseHash;
    qint64 keyringBytes = 0;
    qint64 databaseBytes = 0;

    QJsonObject toJson() const;
    static BackupManifest fromJson(const QJsonObject& o);
};

// Writes the container from a key file (bytes) and a database file (streamed).
Result<void> writeBackupFile(const QString& outFile, BackupManifest manifest, const QByteArray& keyring,
                             const QString& databaseFile);

// Reads and checks the whole container (every hash); on success the key file
// bytes are returned and the database is streamed into databaseOut.
struct BackupContents {
    BackupManifest manifest;
    QByteArray keyring;
};
Result<BackupContents> readBackupFile(const QString& file, const QString& databaseOut);

} // namespace sohoa::backup
