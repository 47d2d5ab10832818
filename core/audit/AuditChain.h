#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sohoa::store {
class Database;
}

namespace sohoa::audit {

struct AuditEntry {
    qint64 seq = 0;
    QString at;     // UTC ISO timestamp
    QString actor;  // account name, or "system"
    QString action; // e.g. "auth.sign_in", "record.field_edit"
    QString entity; // e.g. "record:42", "account:lan", "batch:3"
    QJsonObject details;
    QByteArray prevHash;
    QByteArray hash;
};

// Appends an entry to the hash chain. Call inside the caller's write
// transaction so the entry commits (or not) with the change it describes.
Result<qint64> appendAudit(store::Database& db, const QString& actor, const QString& action,
                           const QString& entity, const QJsonObject& details = {});

struct ChainReport {
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0;        // 0 when intact
    QString problem;               // what was found at firstBadSeq
    qint64 signedEntries = 0;      // signatures checked against the roster
    qint64 unsignedSystem = 0;     // by `system`: chained, not signed
    qint64 unsignedBeforeKeys = 0; // written before the store had signing keys (upgraded store)
    QString rosterRoot;            // the administrator at the root of the roster
    QString rosterRootFingerprint; // compare with the copy kept outside the store
};

// `system` has no signing key: its entries are chained only.
bool isUnsignedActor(const QString& actor);

// Walks the whole chain: sequence numbers contiguous from 1, each prev_hash the
// hash of the entry before, each hash recomputed from the content, and the last
// entry equal to the recorded head (catches deletion of the newest entries).
// Also checks the roster of signing keys (audit/Roster.h) and each account
// entry's signature under its actor's key in force at that entry.
Result<ChainReport> verifyAuditChain(store::Database& db);

struct AuditFilter {
    QString actor;
    QString entity;       // exact, e.g. "record:42"
    QString actionPrefix; // e.g. "record."
    QString from, to;     // ISO timestamps, inclusive bounds
    qint64 afterSeq = 0;
    int limit = 500;
};
Result<QList<AuditEntry>> queryAudit(store::Database& db, const AuditFilter& filter);

// The bytes that are hashed for an entry (exposed for tests and external verifiers).
QByteArray canonicalAuditContent(const AuditEntry& e);

} // namespace sohoa::audit
