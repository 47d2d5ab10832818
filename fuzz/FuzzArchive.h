#pragma once
// The encrypted national export (core/export/EncryptedArchive) for the fuzz
// target: the input is the archive's plain messages, which are encrypted here
// with a fixed key (no Argon2id per input) so that the fuzzer reaches the
// message parser (file starts, names, sizes, data, the end) behind the
// authentication; input starting with the archive's magic goes in as it is
// (header parsing and authentication).
//
// Plain input: a sequence of [u16 length, little-endian][message bytes]; the
// last message is pushed with the FINAL tag.
#include "core/crypto/PasswordKdf.h"
#include "core/crypto/SecretBytes.h"
#include "core/crypto/Sodium.h"
#include "core/export/EncryptedArchive.h"

#include <QBuffer>
#include <QByteArray>
#include <QtEndian>
#include <sodium.h>

namespace sohoa::fuzz {

inline const crypto::SecretBytes& archiveKey()
{
    static const crypto::SecretBytes k = [] {
        crypto::SecretBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
        for (std::size_t i = 0; i < key.size(); ++i)
            key.data()[i] = static_cast<unsigned char>(0xA5 ^ i);
        return key;
    }();
    return k;
}

// Counts what the reader hands over, bounded as a real extraction is.
class CountingVisitor : public exporting::ArchiveVisitor {
public:
    Result<void> beginFile(const exporting::ArchiveEntry&) override
    {
        ++files;
        return {};
    }
    Result<void> data(QByteArrayView bytes) override
    {
        bytesSeen += bytes.size();
        return {};
    }
    Result<void> endFile() override
    {
        ++ended;
        return {};
    }
    qint64 files = 0, ended = 0, bytesSeen = 0;
};

// The archive for `input` (see above).
inline QByteArray archiveFor(QByteArrayView input)
{
    crypto::ensureSodium();
    if (input.startsWith(QByteArrayView("SOHOAEXP")))
        return input.toByteArray();
    QByteArray header(64, '\0');
    auto* p = reinterpret_cast<uchar*>(header.data());
    std::memcpy(p, "SOHOAEXP", 8);
    qToLittleEndian<quint16>(1, p + 8);
    const crypto::KdfParams kdf = crypto::KdfParams::interactive();
    qToLittleEndian<quint32>(quint32(kdf.opsLimit), p + 12);
    qToLittleEndian<quint64>(kdf.memLimitBytes, p + 16);
    for (int i = 24; i < 40; ++i)
        p[i] = uchar(i); // salt: not used with the key given
    crypto_secretstream_xchacha20poly1305_state state{};
    crypto_secretstream_xchacha20poly1305_init_push(&state, p + 40, archiveKey().data());
    QByteArray out = header;
    bool first = true;
    qsizetype at = 0;
    while (at + 2 <= input.size()) {
        const qsizetype length =
            std::min<qsizetype>(qFromLittleEndian<quint16>(input.data() + at), input.size() - at - 2);
        const QByteArrayView message = input.sliced(at + 2, length);
        at += 2 + length;
        const bool last = at + 2 > input.size();
        QByteArray cipher(message.size() + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES), '\0');
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<uchar*>(cipher.data()), nullptr,
            reinterpret_cast<const uchar*>(message.data()), quint64(message.size()),
            first ? reinterpret_cast<const uchar*>(header.constData()) : nullptr, first ? 64 : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        first = false;
        uchar len[4];
        qToLittleEndian<quint32>(quint32(cipher.size()), len);
        out.append(reinterpret_cast<const char*>(len), 4);
        out.append(cipher);
    }
    return out;
}

inline Result<QList<exporting::ArchiveEntry>> openFuzzArchive(QByteArrayView input, CountingVisitor& visitor)
{
    QByteArray archive = archiveFor(input);
    QBuffer buffer(&archive);
    buffer.open(QIODevice::ReadOnly);
    return exporting::readEncryptedArchiveWithKey(buffer, archiveKey(), visitor);
}

} // namespace sohoa::fuzz
