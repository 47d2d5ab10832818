// RegistryService: construction, statistics and counters; each concern in its own file (RegistryEnrolment,
// RegistryUploads, RegistryRecords, RegistryPackages, RegistryInspection).
#include "server/registry/RegistryService.h"

#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/crypto/Hash.h"
#include "core/sync/Package.h"
#include "core/sync/Receipt.h"
#include "core/sync/Signature.h"
#include "core/text/SearchFold.h"
#include "server/registry/RegistryRecordTypes.h"
#include "server/registry/RegistryServiceSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

namespace sohoa::registry {

using namespace service_support;
using sync::protocol::Registry;

QJsonObject RegistryStats::toJson() const
{
    return {{QStringLiteral("devices"), double(devices)},
            {QStringLiteral("records"), double(records)},
            {QStringLiteral("answers"), double(answers)},
            {QStringLiteral("accepted"), double(accepted)},
            {QStringLiteral("rejected"), double(rejected)},
            {QStringLiteral("conflicts"), double(conflicts)},
            {QStringLiteral("resubmitted_records"), double(resubmittedRecords)},
            {QStringLiteral("repeated_chunks"), double(repeatedChunks)},
            {QStringLiteral("uploads_complete"), double(uploadsComplete)},
            {QStringLiteral("packages_imported"), double(packagesImported)}};
}

RegistryService::RegistryService(RegistryStore& store)
    : m_store(store)
    , m_db(store.db())
{
}

RegistryService::RegistryService(RegistryStore& store, store::Database& db)
    : m_store(store)
    , m_db(db)
{
}

Result<void> RegistryService::bumpCounter(const char* name, qint64 by)
{
    SOHOA_TRY(cachedRun(m_db, "INSERT OR IGNORE INTO counters (name, value) VALUES (?, 0);", name));
    return cachedRun(m_db, "UPDATE counters SET value = value + ? WHERE name = ?;", by, name);
}

Result<QString> RegistryService::nextRegistryId(const QString& prefix)
{
    const QByteArray counter = QByteArray("seq.") + prefix.toLatin1();
    SOHOA_TRY(bumpCounter(counter.constData()));
    SOHOA_TRY_ASSIGN(store::Statement st, m_db.cached("SELECT value FROM counters WHERE name = ?;"));
    st.bind(1, counter.constData());
    if (auto has = st.next(); !has)
        return has.error();
    return QStringLiteral("%1-%2").arg(prefix).arg(st.integer(0), 8, 10, QLatin1Char('0'));
}

} // namespace sohoa::registry
