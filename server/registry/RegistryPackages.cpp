// RegistryService: offline packages and their receipts.
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/crypto/Hash.h"
#include "core/sync/Package.h"
#include "core/sync/Receipt.h"
#include "core/sync/Signature.h"
#include "core/text/SearchFold.h"
#include "server/registry/RegistryRecordTypes.h"
#include "server/registry/RegistryService.h"
#include "server/registry/RegistryServiceSupport.h"
#include "server/registry/Tr.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <optional>

namespace sohoa::registry {

using namespace service_support;
using sync::protocol::Registry;

// What a package brought, entry by entry, while it is read.
struct RegistryService::PackageContents {
    QJsonObject manifest;
    QList<QJsonObject> records;
    QSet<QString> pagesInPackage;
    QHash<QString, QJsonObject> manifestFiles; // listed and not yet read
    std::optional<Error> forked;               // kept (committed) although the package is refused
};

namespace {

// The same package again: the same receipt (its import counted), nothing else changes.
// Nothing when the package is new.
Result<std::optional<QByteArray>> earlierReceipt(store::Database& db, const QString& packageId,
                                                 const QString& deviceId)
{
    SOHOA_TRY_ASSIGN(store::Statement st,
                     db.prepare("SELECT receipt, device_id FROM packages WHERE package_id = ?;"));
    st.bind(1, packageId);
    auto has = st.next();
    if (!has)
        return has.error();
    if (!*has)
        return std::optional<QByteArray>();
    if (st.text(1) != deviceId)
        return makeError(QStringLiteral("package.id_reused"), Tr::tr("Another device used this package id."));
    const QByteArray receipt = st.blob(0);
    st.reset();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    SOHOA_TRY(db.execute("UPDATE packages SET imports = imports + 1 WHERE package_id = ?;", packageId));
    SOHOA_TRY(tx->commit());
    return std::optional<QByteArray>(receipt);
}

// A page image as a complete upload (unless the registry already has it whole).
Result<void> storePackagePage(store::Database& db, const QString& deviceId, const QString& hash,
                              const QByteArray& data)
{
    SOHOA_TRY_ASSIGN(auto have, db.queryRow("SELECT complete FROM uploads WHERE hash = ?;", hash));
    if (have && have->integer(0))
        return {};
    if (have) { // a partial online upload: the package has the whole image
        have.reset();
        SOHOA_TRY(db.execute("DELETE FROM upload_chunks WHERE hash = ?;", hash));
        SOHOA_TRY(db.execute("DELETE FROM uploads WHERE hash = ?;", hash));
    }
    const QString now = nowIso();
    SOHOA_TRY(db.execute("INSERT INTO uploads (hash, size, received, complete, device_id, created_at, "
                         "completed_at) VALUES (?, ?, ?, 1, ?, ?, ?);",
                         hash, qint64(data.size()), qint64(data.size()), deviceId, now, now));
    SOHOA_TRY_ASSIGN(store::Statement chunk,
                     db.prepare("INSERT INTO upload_chunks (hash, offset, data) VALUES (?, 0, ?);"));
    chunk.bind(1, hash).bindBlob(2, data);
    return chunk.run();
}

// A file the manifest lists: checked against it, then the records read or the page image stored.
Result<void> takePackageFile(store::Database& db, const QString& deviceId, const QString& name,
                             const QByteArray& data, RegistryService::PackageContents& c)
{
    if (c.manifest.isEmpty())
        return makeError(QStringLiteral("package.damaged"), Tr::tr("The manifest must come first."));
    const QJsonObject listed = c.manifestFiles.value(name);
    if (listed.isEmpty() || qint64(listed.value(QLatin1String("size")).toDouble()) != data.size() ||
        listed.value(QLatin1String("hash")).toString() != sync::protocol::contentHash(data))
        return makeError(QStringLiteral("package.damaged"),
                         Tr::tr("%1 does not match the package manifest.").arg(name));
    if (name == QLatin1String("records.jsonl")) {
        for (const QByteArray& line : data.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            auto r = parseJsonObject(line);
            if (!r)
                return makeError(QStringLiteral("package.damaged"), r.error().message);
            c.records.append(*r);
        }
    } else if (name.startsWith(QLatin1String("pages/"))) {
        const QString hash = listed.value(QLatin1String("hash")).toString();
        SOHOA_TRY(storePackagePage(db, deviceId, hash, data));
        c.pagesInPackage.insert(hash);
    }
    c.manifestFiles.remove(name);
    return {};
}

} // namespace

// ---- offline packages

// The manifest, first in the package: the files it lists, then the office's roster and audit
// head, as a sync round brings them.
Result<void> RegistryService::takeManifest(const Device& dev, const QString& packageId,
                                           const QByteArray& data, PackageContents& c)
{
    auto m = parseJsonObject(data);
    if (!m)
        return makeError(QStringLiteral("package.damaged"), m.error().message);
    c.manifest = *m;
    if (c.manifest.value(QLatin1String("package_id")).toString() != packageId ||
        c.manifest.value(QLatin1String("device_id")).toString() != dev.id)
        return makeError(QStringLiteral("package.damaged"), Tr::tr("The manifest names another package."));
    for (const QJsonValue& f : c.manifest.value(QLatin1String("files")).toArray())
        c.manifestFiles.insert(f.toObject().value(QLatin1String("name")).toString(), f.toObject());
    SOHOA_TRY(refuseForked(dev));
    if (c.manifest.contains(QLatin1String("roster"))) {
        auto put = putRoster(dev.id, c.manifest.value(QLatin1String("roster")).toArray());
        if (!put)
            return put.error();
    }
    if (c.manifest.contains(QLatin1String("audit"))) {
        const QJsonObject auditState = c.manifest.value(QLatin1String("audit")).toObject();
        auto anchored =
            anchorAuditHead(dev, auditState.value(QLatin1String("head")).toObject(),
                            auditState.value(QLatin1String("checkpoints")).toArray(), Channel::Package);
        if (!anchored) {
            if (anchored.error().code == QLatin1String("audit.fork"))
                c.forked = anchored.error(); // the fork is kept; the package is refused
            return anchored.error();
        }
    }
    return {};
}

// Each record of the package answered, once every page image it cites is in the package or
// already held whole.
Result<QJsonArray> RegistryService::answerPackageRecords(const Device& dev, const QString& batchKey,
                                                         const PackageContents& c)
{
    QJsonArray answers;
    for (const QJsonObject& r : c.records) {
        for (const QJsonValue& p : r.value(QLatin1String("pages")).toArray()) {
            const QString h = p.toObject().value(QLatin1String("hash")).toString();
            if (!c.pagesInPackage.contains(h)) {
                SOHOA_TRY_ASSIGN(auto has,
                                 m_db.queryRow("SELECT 1 FROM uploads WHERE hash = ? AND complete = 1;", h));
                if (!has)
                    return makeError(QStringLiteral("package.damaged"),
                                     Tr::tr("A page image cited by record %1 is not in the package.")
                                         .arg(r.value(QLatin1String("key")).toString()));
            }
        }
        Registry registry = Registry::CivilStatus;
        sync::protocol::registryForType(r.value(QLatin1String("type")).toString(), registry);
        auto a = answerOne(dev, registry, batchKey, r, Channel::Package);
        if (!a)
            return a.error();
        answers.append(*a);
    }
    return answers;
}

Result<QByteArray> RegistryService::importPackage(const QString& file)
{
    auto reader = sync::PackageReader::open(file);
    if (!reader)
        return reader.error();
    auto dev = device(reader->header().deviceId);
    if (!dev) {
        if (dev.error().code == QLatin1String("auth.unknown_device"))
            return makeError(
                QStringLiteral("package.unknown_device"),
                Tr::tr("The package names device '%1', which is not enrolled with this registry. It was "
                       "refused.")
                    .arg(reader->header().deviceId));
        return dev.error();
    }
    if (dev->revoked)
        return makeError(QStringLiteral("package.device_revoked"),
                         Tr::tr("The device '%1' was revoked; its packages are refused.").arg(dev->id));
    SOHOA_TRY(reader->verifySignature(dev->signPublicKey));
    const QString packageId = reader->header().packageId;
    SOHOA_TRY_ASSIGN(const std::optional<QByteArray> earlier, earlierReceipt(m_db, packageId, dev->id));
    if (earlier)
        return *earlier;

    // One transaction for the whole package: page images go into it as they
    // are decrypted (never all held in memory: a package of a whole book is
    // hundreds of megabytes), and a package refused half-way leaves nothing.
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    PackageContents contents;
    auto onEntry = [&](const QString& name, const QByteArray& data) -> Result<void> {
        if (name == QLatin1String("manifest.json"))
            return takeManifest(*dev, packageId, data, contents);
        return takePackageFile(m_db, dev->id, name, data, contents);
    };
    if (auto read =
            reader->readEntries(m_store.keys().packagePublicKey, m_store.keys().packageSecretKey, onEntry);
        !read) {
        if (contents.forked)
            SOHOA_TRY(tx->commit());
        return read.error();
    }
    if (contents.manifest.isEmpty() || !contents.manifestFiles.isEmpty())
        return makeError(QStringLiteral("package.damaged"),
                         Tr::tr("Files listed in the manifest are missing."));
    const QString batchKey =
        contents.manifest.value(QLatin1String("batch")).toObject().value(QLatin1String("key")).toString();
    if (batchKey.isEmpty())
        return makeError(QStringLiteral("package.damaged"), Tr::tr("The manifest names no batch."));
    SOHOA_TRY_ASSIGN(const QJsonArray answers, answerPackageRecords(*dev, batchKey, contents));

    sync::Receipt receipt;
    receipt.receiptId = sync::protocol::newKey("rcp");
    receipt.packageId = packageId;
    receipt.deviceId = dev->id;
    receipt.issuedAt = nowIso();
    receipt.registryName = m_store.keys().name;
    receipt.batchKey = batchKey;
    receipt.answers = answers;
    const QByteArray bytes = sync::encodeReceipt(receipt, dev->boxPublicKey, m_store.keys().receiptSecretKey);
    SOHOA_TRY_ASSIGN(
        store::Statement pk,
        m_db.prepare("INSERT INTO packages (package_id, device_id, imported_at, receipt_id, receipt) "
                     "VALUES (?, ?, ?, ?, ?);"));
    pk.bind(1, receipt.packageId).bind(2, dev->id).bind(3, nowIso()).bind(4, receipt.receiptId);
    pk.bindBlob(5, bytes);
    SOHOA_TRY(pk.run());
    SOHOA_TRY(tx->commit());
    return bytes;
}

} // namespace sohoa::registry
