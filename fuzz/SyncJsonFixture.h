#pragma once
// The fixed office for fuzz_sync_json and its seeds: a roster (administrator,
// clerk, supervisor) signed with fixed keys, and a record's approvals made with
// them, so that seed bodies reach past the roster and approval checks.
#include "FuzzKeys.h"
#include "core/audit/Roster.h"
#include "core/common/Json.h"
#include "core/sync/Approvals.h"
#include "core/sync/Protocol.h"
#include "core/sync/Signature.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sohoa::fuzz {

inline const FixedKeys& adminKeys()
{
    static const FixedKeys k(0x41);
    return k;
}
inline const FixedKeys& clerkKeys()
{
    static const FixedKeys k(0x43);
    return k;
}
inline const FixedKeys& supervisorKeys()
{
    static const FixedKeys k(0x53);
    return k;
}

inline QJsonArray fixedRoster()
{
    QList<audit::RosterEntry> rows;
    auto add = [&](const char* account, const char* role, const FixedKeys& keys, qint64 fromSeq) {
        audit::RosterEntry e;
        e.account = QLatin1String(account);
        e.role = QLatin1String(role);
        e.publicKey = keys.signPublic;
        e.fromSeq = fromSeq;
        e.signedBy = QStringLiteral("admin");
        e.signerKey = adminKeys().signPublic;
        e.signature = sync::signDetached(audit::canonicalRosterContent(e), adminKeys().signSecret);
        rows.append(e);
    };
    add("admin", "admin", adminKeys(), 1);
    add("clerk", "clerk", clerkKeys(), 2);
    add("supervisor", "supervisor", supervisorKeys(), 3);
    return sync::approvals::rosterToJson(rows);
}

inline QJsonArray fixedApprovals(const QString& type, const QJsonObject& fields)
{
    const QString version = sync::protocol::recordContentHash(type, fields, {});
    auto one = [&](const char* step, const char* account, const FixedKeys& keys) {
        const QByteArray sig = sync::signDetached(
            sync::approvals::statement(QLatin1String(step), QLatin1String(account), version),
            keys.signSecret);
        return QJsonObject{{QStringLiteral("step"), QLatin1String(step)},
                           {QStringLiteral("account"), QLatin1String(account)},
                           {QStringLiteral("signature"), QString::fromLatin1(sig.toBase64())}};
    };
    return {one(sync::approvals::kVerified, "clerk", clerkKeys()),
            one(sync::approvals::kApproved, "supervisor", supervisorKeys())};
}

} // namespace sohoa::fuzz
