#pragma once

#include "core/common/Result.h"
#include "core/crypto/PasswordKdf.h"
#include "core/crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

// The encrypted variant of a table export, for carrying the workbooks and
// page PDFs to another office: one file `*.sohoa-export` that holds every
// exported file, encrypted under a passphrase the two offices share
// (Argon2id → libsodium secretstream, XChaCha20-Poly1305, in 1 MiB chunks).
//
// Layout (all integers little-endian):
//   header (64 bytes): "SOHOAEXP" | u16 version=1 | u16 0 | u32 opslimit |
//                      u64 memlimit | salt[16] | secretstream header[24]
//   messages:          u32 length | ciphertext (length bytes)
// Plain messages: 'F' u64 size, name (UTF-8, relative path) — a file starts;
// 'D' bytes — the file's next bytes; 'Z' u32 files — the end, the only message
// with the FINAL tag. The header is the first message's additional data, so a
// changed byte anywhere fails to decrypt; a cut archive has no FINAL message.
namespace sohoa::exporting {

inline constexpr char kEncryptedArchiveSuffix[] = ".sohoa-export";
// A passphrase that protects a commune's personal data on a stick must not be guessable.
inline constexpr int kMinPassphraseLength = 12;

class EncryptedArchiveWriter {
public:
    // Writes `file` (it must not exist); the ciphertext goes to `file`.part and is
    // renamed at finish(). Fails with export.weak_passphrase for a short passphrase.
    static Result<std::unique_ptr<EncryptedArchiveWriter>>
    create(const QString& file, const QByteArray& passphraseUtf8, const crypto::KdfParams& kdf);
    ~EncryptedArchiveWriter(); // not finished: the partial file is removed

    Result<void> addFile(const QString& name, QByteArrayView data);
    // Streams `size` bytes from `source` (from its current position).
    Result<void> addFile(const QString& name, QIODevice& source, qint64 size);
    Result<void> finish();
    qint64 bytesWritten() const;

private:
    EncryptedArchiveWriter();
    struct Impl;
    std::unique_ptr<Impl> d;
};

struct ArchiveEntry {
    QString name;
    qint64 size = 0;
};

// What the reader hands over, file by file, in archive order.
class ArchiveVisitor {
public:
    virtual ~ArchiveVisitor() = default;
    virtual Result<void> beginFile(const ArchiveEntry& entry) = 0;
    virtual Result<void> data(QByteArrayView bytes) = 0;
    virtual Result<void> endFile() = 0;
};

// Reads the whole archive. Errors: export.archive_format (not an archive, or a
// version this program does not know), export.archive_passphrase (wrong
// passphrase, or the header was altered), export.archive_damaged (altered or
// invalid content), export.archive_truncated (cut short). Returns the entries.
Result<QList<ArchiveEntry>> readEncryptedArchive(QIODevice& in, const QByteArray& passphraseUtf8,
                                                 ArchiveVisitor& visitor);
// The same with the key already derived (the fuzz target skips Argon2id).
Result<QList<ArchiveEntry>> readEncryptedArchiveWithKey(QIODevice& in, const crypto::SecretBytes& key,
                                                        ArchiveVisitor& visitor);
// Derives the key from the header at the start of `in` (and leaves `in` where it was).
Result<crypto::SecretBytes> encryptedArchiveKey(QIODevice& in, const QByteArray& passphraseUtf8);

// Lists the archive's files (every byte is still authenticated).
Result<QList<ArchiveEntry>> listEncryptedArchive(const QString& file, const QByteArray& passphraseUtf8);
// Writes the archive's files into outDir (new or empty), the user's explicit
// choice to have the plaintext. Removes what it wrote when anything fails.
Result<QList<ArchiveEntry>> extractEncryptedArchive(const QString& file, const QByteArray& passphraseUtf8,
                                                    const QString& outDir);

// True when `name` is a safe relative path inside an archive ("KhaiSinh/1_2_3.pdf").
bool isSafeArchiveName(const QString& name);

} // namespace sohoa::exporting
