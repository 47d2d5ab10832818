// libFuzzer target: the offline package reader (core/sync/Package) on
// arbitrary bytes: the clear header, the signature check and the decryption
// of the entries, which must refuse damaged input without crashing.
#include "FuzzKeys.h"
#include "core/sync/Package.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace sohoa;
    static const QString file =
        QDir::tempPath() + QStringLiteral("/sohoa-fuzz-package-%1.sohoapkg").arg(getpid());
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    // The bytes go to a file of this process's own and leave nothing behind (a seed run in the
    // tests, or a fuzzing session, must not litter the temporary folder).
    struct RemoveAfter {
        const QString& path;
        ~RemoveAfter() { QFile::remove(path); }
    } removeAfter{file};
    auto reader = sync::PackageReader::open(file);
    if (!reader)
        return 0;
    (void)reader->header().toJson();
    (void)reader->verifySignature(fuzz::deviceKeys().signPublic);
    // The reader must be safe even when a caller decrypts before checking the signature.
    qint64 total = 0;
    (void)reader->readEntries(fuzz::registryKeys().boxPublic, fuzz::registryKeys().boxSecret,
                              [&total](const QString& name, const QByteArray& bytes) -> Result<void> {
                                  total += name.size() + bytes.size();
                                  return {};
                              });
    return 0;
}
