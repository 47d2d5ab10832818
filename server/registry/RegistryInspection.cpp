// RegistryService: statistics and stored records for the operator and tests.
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

// ---- inspection

Result<RegistryStats> RegistryService::stats()
{
    RegistryStats s;
    struct Q {
        const char* sql;
        qint64* out;
    };
    const Q queries[] = {
        {"SELECT count(*) FROM devices;", &s.devices},
        {"SELECT count(*) FROM records;", &s.records},
        {"SELECT count(*) FROM answers;", &s.answers},
        {"SELECT count(*) FROM answers WHERE status = 'accepted';", &s.accepted},
        {"SELECT count(*) FROM answers WHERE status = 'rejected';", &s.rejected},
        {"SELECT count(*) FROM answers WHERE status = 'conflict';", &s.conflicts},
        {"SELECT coalesce((SELECT value FROM counters WHERE name = 'resubmitted_records'), 0);",
         &s.resubmittedRecords},
        {"SELECT coalesce((SELECT value FROM counters WHERE name = 'repeated_chunks'), 0);",
         &s.repeatedChunks},
        {"SELECT count(*) FROM uploads WHERE complete = 1;", &s.uploadsComplete},
        {"SELECT count(*) FROM packages;", &s.packagesImported},
    };
    for (const Q& q : queries) {
        auto v = m_db.queryInt(q.sql);
        if (!v)
            return v.error();
        *q.out = *v;
    }
    return s;
}

Result<QList<StoredRecord>> RegistryService::storedRecords()
{
    SOHOA_TRY_ASSIGN(
        store::Statement st,
        m_db.prepare(
            "SELECT id, registry_id, registry, record_type, record_key, device_id, batch_key, channel, "
            "version, fields FROM records ORDER BY id;"));
    SOHOA_TRY_ASSIGN(store::Statement pages,
                     m_db.prepare("SELECT hash FROM record_pages WHERE record_id = ? ORDER BY page_no;"));
    QList<StoredRecord> out;
    SOHOA_TRY(st.forEachRow([&](const store::Statement& row) -> Result<void> {
        StoredRecord r;
        r.registryId = row.text(1);
        r.registry = row.text(2);
        r.type = row.text(3);
        r.recordKey = row.text(4);
        r.deviceId = row.text(5);
        r.batchKey = row.text(6);
        r.channel = row.text(7);
        r.version = int(row.integer(8));
        r.fields = QJsonDocument::fromJson(row.text(9).toUtf8()).object();
        pages.reset();
        pages.bind(1, row.integer(0));
        SOHOA_TRY(pages.forEachRow([&](const store::Statement& page) { r.pageHashes.append(page.text(0)); }));
        out.append(r);
        return {};
    }));
    return out;
}

Result<QByteArray> RegistryService::pageImage(const QString& hash)
{
    SOHOA_TRY_ASSIGN(
        store::Statement st,
        m_db.prepare(
            "SELECT data FROM upload_chunks WHERE hash = ? AND EXISTS (SELECT 1 FROM uploads u WHERE "
            "u.hash = upload_chunks.hash AND u.complete = 1) ORDER BY offset;"));
    st.bind(1, hash);
    QByteArray out;
    bool any = false;
    SOHOA_TRY(st.forEachRow([&](const store::Statement& row) {
        any = true;
        out += row.blob(0);
    }));
    if (!any)
        return makeError(QStringLiteral("upload.not_found"),
                         Tr::tr("The registry holds no image %1.").arg(hash));
    return out;
}

} // namespace sohoa::registry
