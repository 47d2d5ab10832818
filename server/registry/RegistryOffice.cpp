// RegistryService: what an office tells the registry about itself: its roster
// of accounts and keys (the approvals of its records are checked under it) and
// the heads of its audit trail (a history that forks from one is refused).
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/sync/Approvals.h"
#include "server/registry/RegistryService.h"
#include "server/registry/RegistryServiceSupport.h"
#include "server/registry/Tr.h"

#include <QJsonDocument>

namespace sohoa::registry {

using namespace service_support;

namespace {

Error refusal(const sync::approvals::Verdict& v)
{
    return makeError(v.code, v.message);
}

} // namespace

// ---- roster

Result<QList<audit::RosterEntry>> RegistryService::roster(const QString& deviceId)
{
    SOHOA_TRY_ASSIGN(auto st,
                     cachedRow(m_db, "SELECT roster FROM device_rosters WHERE device_id = ?;", deviceId));
    if (!st)
        return QList<audit::RosterEntry>{};
    const QJsonArray rows = QJsonDocument::fromJson(st->text(0).toUtf8()).array();
    st->reset();
    return sync::approvals::rosterFromJson(rows);
}

Result<bool> RegistryService::putRoster(const QString& deviceId, const QJsonArray& rows)
{
    auto next = sync::approvals::rosterFromJson(rows);
    if (!next)
        return next.error();
    auto previous = roster(deviceId);
    if (!previous)
        return previous.error();
    const sync::approvals::Verdict v = sync::approvals::checkRosterUpdate(*previous, *next);
    if (!v.ok())
        return refusal(v);
    if (previous->size() == next->size())
        return false; // the same rows (checked above)
    const audit::RosterCheck check = audit::checkRoster(*next);
    SOHOA_TRY_ASSIGN(
        store::Statement st,
        m_db.cached("INSERT OR REPLACE INTO device_rosters (device_id, roster, root_key, updated_at) "
                    "VALUES (?, ?, ?, ?);"));
    st.bind(1, deviceId).bindUtf8(2, canonicalJson(sync::approvals::rosterToJson(*next)));
    st.bindBlob(3, check.rootKey).bind(4, nowIso());
    SOHOA_TRY(st.run());
    return true;
}

// ---- audit anchors

Result<void> RegistryService::refuseForked(const Device& device)
{
    SOHOA_TRY_ASSIGN(auto st,
                     cachedRow(m_db, "SELECT at, why FROM device_forks WHERE device_id = ?;", device.id));
    if (!st)
        return {};
    const QString at = st->text(0), why = st->text(1);
    st->reset();
    return makeError(QStringLiteral("audit.forked"),
                     Tr::tr("Since %1 the registry takes nothing from this device: %2").arg(at, why));
}

Result<QJsonObject> RegistryService::latestAnchor(const QString& deviceId)
{
    SOHOA_TRY_ASSIGN(
        auto st, cachedRow(m_db,
                           "SELECT seq, hash, at FROM audit_anchors WHERE device_id = ? ORDER BY seq DESC "
                           "LIMIT 1;",
                           deviceId));
    if (!st)
        return QJsonObject{};
    QJsonObject a{{QStringLiteral("seq"), double(st->integer(0))},
                  {QStringLiteral("hash"), QString::fromLatin1(st->blob(1).toHex())},
                  {QStringLiteral("at"), st->text(2)}};
    st->reset();
    return a;
}

Result<QJsonObject> RegistryService::anchorAuditHead(const Device& device, const QJsonObject& head,
                                                     const QJsonArray& checkpoints, Channel channel)
{
    auto parse = [](const QJsonObject& o, qint64& seq, QByteArray& hash) {
        const double v = o.value(QLatin1String("seq")).toDouble(-1);
        const QString hex = o.value(QLatin1String("hash")).toString();
        if (v < 1 || v > 9e15 || double(qint64(v)) != v || hex.size() != 64)
            return false;
        seq = qint64(v);
        hash = QByteArray::fromHex(hex.toLatin1());
        return hash.size() == 32;
    };
    qint64 seq = 0;
    QByteArray hash;
    if (!parse(head, seq, hash) || checkpoints.size() > 64)
        return invalid(Tr::tr("The audit trail head is malformed."));
    auto fork = [&](const QString& why) -> Error {
        auto st = m_db.cached("INSERT OR IGNORE INTO device_forks (device_id, at, why) VALUES (?, ?, ?);");
        if (st) {
            st->bind(1, device.id).bind(2, nowIso()).bind(3, why);
            (void)st->run();
        }
        return makeError(QStringLiteral("audit.fork"), why);
    };
    SOHOA_TRY_ASSIGN(store::Statement anchorAt,
                     m_db.cached("SELECT hash, at FROM audit_anchors WHERE device_id = ? AND seq = ?;"));
    // Every entry the office names that the registry anchored must be the same
    // entry (the same hash: the whole history before it is the same).
    QList<QPair<qint64, QByteArray>> named{{seq, hash}};
    for (const QJsonValue& v : checkpoints) {
        qint64 s = 0;
        QByteArray h;
        if (!parse(v.toObject(), s, h))
            return invalid(Tr::tr("An audit trail checkpoint is malformed."));
        named.append({s, h});
    }
    bool matched = false;
    for (const auto& [s, h] : named) {
        anchorAt.reset();
        anchorAt.bind(1, device.id).bind(2, s);
        auto has = anchorAt.next();
        if (!has)
            return has.error();
        if (!*has)
            continue;
        const QByteArray anchored = anchorAt.blob(0);
        const QString at = anchorAt.text(1);
        anchorAt.reset();
        if (anchored != h)
            return fork(
                Tr::tr("entry %1 of the office's audit trail is no longer the one it showed the registry on "
                       "%2: the history was rewritten")
                    .arg(s)
                    .arg(at));
        matched = true;
    }
    // When the registry anchored an entry at or before this head, the office must
    // name one of them: a trail that names none cannot be checked.
    SOHOA_TRY_ASSIGN(
        store::Statement older,
        m_db.cached(
            "SELECT seq, at FROM audit_anchors WHERE device_id = ? AND seq <= ? ORDER BY seq DESC LIMIT 1;"));
    older.bind(1, device.id).bind(2, seq);
    auto hasOlder = older.next();
    if (!hasOlder)
        return hasOlder.error();
    if (*hasOlder && !matched) {
        const qint64 s = older.integer(0);
        const QString at = older.text(1);
        older.reset();
        return fork(
            Tr::tr("the office's audit trail no longer shows entry %1 that it showed the registry on %2")
                .arg(s)
                .arg(at));
    }
    older.reset();
    auto latest = latestAnchor(device.id);
    if (!latest)
        return latest.error();
    const qint64 latestSeq = qint64(latest->value(QLatin1String("seq")).toDouble());
    if (seq < latestSeq && channel == Channel::Online)
        return fork(
            Tr::tr(
                "the office's audit trail ends at entry %1, before entry %2 that it showed the registry on "
                "%3")
                .arg(seq)
                .arg(latestSeq)
                .arg(latest->value(QLatin1String("at")).toString()));
    // A package written before a later online sync brings an older head: checked, not anchored again.
    SOHOA_TRY_ASSIGN(store::Statement st, m_db.cached("INSERT OR IGNORE INTO audit_anchors (device_id, seq, "
                                                      "hash, channel, at) VALUES (?, ?, ?, ?, ?);"));
    st.bind(1, device.id).bind(2, seq).bindBlob(3, hash);
    st.bind(4, channel == Channel::Online ? QStringLiteral("online") : QStringLiteral("package"));
    st.bind(5, nowIso());
    SOHOA_TRY(st.run());
    return latestAnchor(device.id);
}

Result<void> RegistryService::acceptNewHistory(const QString& deviceId)
{
    SOHOA_TRY(device(deviceId));
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    for (const char* sql : {"DELETE FROM audit_anchors WHERE device_id = ?;",
                            "DELETE FROM device_forks WHERE device_id = ?;"}) {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        st->bind(1, deviceId);
        SOHOA_TRY(st->run());
    }
    return tx->commit();
}

Result<QJsonObject> RegistryService::office(const Device& device, const QJsonObject& request)
{
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    SOHOA_TRY(refuseForked(device));
    QJsonObject answer{{QStringLiteral("schema"), QLatin1String(sync::protocol::kSchema)}};
    if (request.contains(QLatin1String("roster"))) {
        if (!request.value(QLatin1String("roster")).isArray())
            return invalid(Tr::tr("The roster must be a list."));
        auto changed = putRoster(device.id, request.value(QLatin1String("roster")).toArray());
        if (!changed)
            return changed.error();
        answer.insert(QStringLiteral("roster_changed"), *changed);
    }
    if (request.contains(QLatin1String("head"))) {
        auto anchored =
            anchorAuditHead(device, request.value(QLatin1String("head")).toObject(),
                            request.value(QLatin1String("checkpoints")).toArray(), Channel::Online);
        if (!anchored) {
            // The fork is kept even though the request is refused.
            if (anchored.error().code == QLatin1String("audit.fork"))
                SOHOA_TRY(tx->commit());
            return anchored.error();
        }
    }
    auto latest = latestAnchor(device.id);
    if (!latest)
        return latest.error();
    if (!latest->isEmpty())
        answer.insert(QStringLiteral("anchor"), *latest);
    auto rows = roster(device.id);
    if (!rows)
        return rows.error();
    answer.insert(QStringLiteral("roster_rows"), int(rows->size()));
    SOHOA_TRY(tx->commit());
    return answer;
}

} // namespace sohoa::registry
