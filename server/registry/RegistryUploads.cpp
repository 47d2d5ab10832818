// RegistryService: status, page-image uploads, the per-device quota and the purge of abandoned uploads.
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

namespace sohoa::registry {

using namespace service_support;
using sync::protocol::Registry;

// ---- status and uploads

Result<QJsonObject> RegistryService::status(const Device& device, const QJsonObject& request)
{
    const QJsonArray keys = request.value(QLatin1String("records")).toArray();
    const QJsonArray hashes = request.value(QLatin1String("uploads")).toArray();
    if (keys.size() + hashes.size() > sync::protocol::kMaxKeysPerStatus)
        return invalid(Tr::tr("Ask about at most %1 keys at a time.").arg(sync::protocol::kMaxKeysPerStatus));
    QJsonObject records;
    SOHOA_TRY_ASSIGN(store::Statement st,
                     m_db.prepare("SELECT answer FROM answers WHERE record_key = ? AND device_id = ?;"));
    for (const QJsonValue& k : keys) {
        st.reset();
        st.bind(1, k.toString()).bind(2, device.id);
        auto has = st.next();
        if (!has)
            return has.error();
        if (*has)
            records.insert(k.toString(), QJsonDocument::fromJson(st.text(0).toUtf8()).object());
    }
    QJsonObject uploads;
    SOHOA_TRY_ASSIGN(store::Statement up,
                     m_db.prepare("SELECT size, received, complete FROM uploads WHERE hash = ?;"));
    for (const QJsonValue& h : hashes) {
        up.reset();
        up.bind(1, h.toString());
        auto has = up.next();
        if (!has)
            return has.error();
        if (*has)
            uploads.insert(h.toString(), QJsonObject{{QStringLiteral("size"), double(up.integer(0))},
                                                     {QStringLiteral("received"), double(up.integer(1))},
                                                     {QStringLiteral("complete"), up.integer(2) != 0}});
    }
    return QJsonObject{{QStringLiteral("records"), records}, {QStringLiteral("uploads"), uploads}};
}

Result<QJsonObject> RegistryService::storePart(const Device& device, const sync::protocol::UploadPart& part,
                                               QString* refusal, QString* refusalMessage)
{
    SOHOA_TRY_ASSIGN(store::Statement st,
                     m_db.cached("SELECT size, received, complete FROM uploads WHERE hash = ?;"));
    st.bind(1, part.hash);
    auto has = st.next();
    if (!has)
        return has.error();
    const bool known = *has;
    qint64 received = known ? st.integer(1) : 0;
    bool complete = known && st.integer(2) != 0;
    const qint64 knownSize = known ? st.integer(0) : part.total;
    st.reset();
    auto describe = [&] {
        return QJsonObject{{QStringLiteral("size"), double(knownSize)},
                           {QStringLiteral("received"), double(received)},
                           {QStringLiteral("complete"), complete}};
    };
    if (knownSize != part.total) {
        *refusal = QStringLiteral("request.invalid");
        *refusalMessage = Tr::tr("This image was begun with another length.");
        return describe();
    }
    if (part.offset != received || complete) {
        if (part.offset < received)
            SOHOA_TRY(bumpCounter("repeated_chunks"));
        *refusal = QStringLiteral("upload.offset_mismatch");
        *refusalMessage = Tr::tr("The registry holds %1 of %2 bytes of this image; continue from there.")
                              .arg(received)
                              .arg(part.total);
        return describe();
    }
    if (!known) {
        auto usage = deviceUsage(device.id);
        if (!usage)
            return usage.error();
        if (*usage + part.total > m_limits.deviceQuotaBytes) {
            *refusal = QStringLiteral("upload.quota_exceeded");
            *refusalMessage =
                Tr::tr("This device's storage at the registry is full (%1 of %2 bytes); ask the "
                       "registry's administrator.")
                    .arg(*usage)
                    .arg(m_limits.deviceQuotaBytes);
            return describe();
        }
        auto ins =
            m_db.cached("INSERT INTO uploads (hash, size, device_id, created_at) VALUES (?, ?, ?, ?);");
        if (!ins)
            return ins.error();
        ins->bind(1, part.hash).bind(2, part.total).bind(3, device.id).bind(4, nowIso());
        SOHOA_TRY(ins->run());
    }
    SOHOA_TRY_ASSIGN(store::Statement chunk,
                     m_db.cached("INSERT INTO upload_chunks (hash, offset, data) VALUES (?, ?, ?);"));
    chunk.bind(1, part.hash).bind(2, part.offset).bindBlob(3, part.bytes);
    SOHOA_TRY(chunk.run());
    received += part.bytes.size();
    if (received == part.total) {
        QString actual;
        if (part.offset == 0) {
            actual = sync::protocol::contentHash(part.bytes);
        } else {
            crypto::Blake2bStream h;
            SOHOA_TRY_ASSIGN(store::Statement all,
                             m_db.prepare("SELECT data FROM upload_chunks WHERE hash = ? ORDER BY offset;"));
            all.bind(1, part.hash);
            SOHOA_TRY(all.forEachRow([&](const store::Statement& row) { h.add(row.blob(0)); }));
            actual = QString::fromLatin1(h.finish().toHex());
        }
        if (actual != part.hash) {
            for (const char* sql :
                 {"DELETE FROM upload_chunks WHERE hash = ?;", "DELETE FROM uploads WHERE hash = ?;"}) {
                auto del = m_db.prepare(sql);
                if (!del)
                    return del.error();
                del->bind(1, part.hash);
                SOHOA_TRY(del->run());
            }
            received = 0;
            *refusal = QStringLiteral("upload.hash_mismatch");
            *refusalMessage =
                Tr::tr("The uploaded image does not match its hash; it was discarded. Send it again.");
            return describe();
        }
        complete = true;
    }
    SOHOA_TRY_ASSIGN(
        store::Statement upd,
        m_db.cached("UPDATE uploads SET received = ?, complete = ?, completed_at = ? WHERE hash = ?;"));
    upd.bind(1, received).bind(2, qint64(complete));
    if (complete)
        upd.bind(3, nowIso());
    else
        upd.bindNull(3);
    upd.bind(4, part.hash);
    SOHOA_TRY(upd.run());
    return describe();
}

Result<RegistryService::UploadResult>
RegistryService::putUploads(const Device& device, const QList<sync::protocol::UploadPart>& parts)
{
    // Image parts need not be durable on their own: the records that cite them
    // are committed with a full sync, which makes everything before them durable too.
    SOHOA_TRY(m_db.exec("PRAGMA synchronous = NORMAL;"));
    struct RestoreSync {
        store::Database& db;
        ~RestoreSync() { (void)db.exec("PRAGMA synchronous = FULL;"); }
    } restore{m_db};
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    UploadResult result;
    for (const sync::protocol::UploadPart& part : parts) {
        QString refusal, message;
        auto state = storePart(device, part, &refusal, &message);
        if (!state)
            return state.error();
        if (refusal.isEmpty()) {
            result.uploads.insert(part.hash, *state);
        } else {
            QJsonObject r = *state;
            r.insert(QStringLiteral("code"), refusal);
            r.insert(QStringLiteral("message"), message);
            result.refused.insert(part.hash, r);
        }
    }
    SOHOA_TRY(tx->commit());
    return result;
}

Result<qint64> RegistryService::deviceUsage(const QString& deviceId)
{
    SOHOA_TRY_ASSIGN(store::Statement st, m_db.cached("SELECT bytes FROM device_usage WHERE device_id = ?;"));
    st.bind(1, deviceId);
    auto has = st.next();
    if (!has)
        return has.error();
    const qint64 bytes = *has ? st.integer(0) : 0;
    st.reset();
    return bytes;
}

Result<int> RegistryService::purgeAbandonedUploads(const QDateTime& now, qint64 maxAgeSeconds)
{
    const QString cutoff = isoTimestamp(now.toUTC().addSecs(-maxAgeSeconds));
    int purged = 0;
    for (;;) {
        // In slices, so that requests are not kept waiting behind one long transaction.
        auto tx = store::Transaction::begin(m_db);
        if (!tx)
            return tx.error();
        SOHOA_TRY_ASSIGN(
            store::Statement st,
            m_db.prepare("SELECT hash FROM uploads WHERE complete = 0 AND created_at < ? LIMIT 200;"));
        st.bind(1, cutoff);
        QStringList hashes;
        SOHOA_TRY(st.forEachRow([&](const store::Statement& row) { hashes.append(row.text(0)); }));
        for (const QString& h : hashes) {
            for (const char* sql :
                 {"DELETE FROM upload_chunks WHERE hash = ?;", "DELETE FROM uploads WHERE hash = ?;"}) {
                auto del = m_db.cached(sql);
                if (!del)
                    return del.error();
                del->bind(1, h);
                SOHOA_TRY(del->run());
            }
        }
        SOHOA_TRY(tx->commit());
        purged += int(hashes.size());
        if (hashes.size() < 200)
            return purged;
    }
}

} // namespace sohoa::registry
