#pragma once

#include "core/audit/Roster.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sohoa::store {
class Database;
}

// Maker-checker that the registry can check (issue 21): the clerk who confirms
// a record and the supervisor who approves it each sign a statement over the
// record's content with their own account key (audit/Roster.h). The statements
// travel with the record; the registry checks them under the office's roster
// (accounts, roles, public keys, signed by an administrator), which it receives
// at enrolment and whenever it changes. A clerk who holds the data key can set
// a record to "approved" in the database, but cannot produce the supervisor's
// signature.
//
// The office also anchors its audit trail at the registry: at every sync round
// (and in every offline package) it sends the chain's head and, for the head the
// registry anchored last, the hash its own chain has at that entry. A history
// rewritten after an anchor no longer has that hash there: the registry refuses it.
namespace sohoa::sync::approvals {

inline constexpr char kVerified[] = "verified"; // the clerk's confirmation
inline constexpr char kApproved[] = "approved"; // the supervisor's approval

// A sequence number read from JSON: an integer in [1, 2^53), else 0 (a double
// outside qint64 must never be cast).
qint64 seqOf(const QJsonValue& v);

// The bytes an account signed for one step of a record, format 1 (before
// December 2026): over the record's type and fields only (versionHash =
// protocol::recordContentHash without pages). Read, never written any more.
QByteArray statement(const QString& step, const QString& account, const QString& versionHash);
// Format 2: over the record's type, fields and the hash of every archived page
// image in page order (contentHash = protocol::recordContentHash with pages),
// and the audit entry (seq) the statement is recorded in, which dates it
// against the roster: a statement made after its account's roster row says
// "disabled" is refused.
inline constexpr int kStatementFormat = 2;
QByteArray statementV2(const QString& step, const QString& account, const QString& contentHash, qint64 seq);

// How a revocation row names one of the account's statements (audit::RosterEntry::
// statements): "seq:" + the first 16 bytes of BLAKE2b-256 of its signed bytes
// (statementV2) in hex. It names the step, account, content and audit entry,
// so a listed entry number cannot be reused for another record or step.
QString statementListItem(const QString& step, const QString& account, const QString& contentHash,
                          qint64 seq);

// The account's format-2 statements (record.confirmed / record.approved audit
// entries it wrote) over records the registry has not accepted yet: what its
// revocation row lists, so that they stay valid when they are sent later.
Result<QStringList> undeliveredStatements(store::Database& db, const QString& account);

// The hashes (protocol::contentHash, as uploaded) of a document's archived page
// images, in page order.
Result<QStringList> documentPageHashes(store::Database& db, qint64 documentId);

// The account's signed statement for a record of this type, fields and
// document, made with the key it has registered in this process (signed in),
// to be stored in the details of the audit entry that comes next (inside the
// caller's transaction): {"content", "statement", "statement_format",
// "statement_seq"}; only "content" when the account has no key (a store from
// before signing keys).
Result<QJsonObject> signStep(store::Database& db, const QString& step, const QString& account,
                             const QString& type, const QJsonObject& fields, qint64 documentId);

// The statements of a record's newest confirmation and approval for this
// content, read from its audit entries (record.confirmed / record.approved
// carry them in their details): [{step, account, signature, format, seq}]. A
// format-2 statement must match contentHash (pages included); a format-1 one
// (older entries) versionHash.
Result<QJsonArray> approvalsOf(store::Database& db, qint64 recordId, const QString& contentHash,
                               const QString& versionHash);

// The roster as it travels (signed rows only; rows still waiting for an
// administrator's signature are not in force).
QJsonArray rosterToJson(const QList<audit::RosterEntry>& roster);
Result<QList<audit::RosterEntry>> rosterFromJson(const QJsonArray& rows);
Result<QJsonArray> currentRoster(store::Database& db);

// Whether `next` may replace `previous` at the registry: a valid roster
// (audit::checkRoster), the same root administrator key, and every row of
// `previous` still there in the same order (rows are only ever added, possibly
// between held rows: a row that waited for an administrator keeps its place).
// Returns an empty code when it may; else a code and a message.
struct Verdict {
    QString code;
    QString message;
    bool ok() const { return code.isEmpty(); }
};
Verdict checkRosterUpdate(const QList<audit::RosterEntry>& previous, const QList<audit::RosterEntry>& next);

// Whether a record's approvals hold under the roster: a valid `verified`
// statement by an account whose role may verify, and a valid `approved`
// statement by a different account whose role may approve. A format-2
// statement is checked against contentHash under the account's roster row in
// force at its seq (a "disabled" row there: approval.revoked); a format-1
// statement against versionHash under the account's newest row, and it is
// refused (approval.revoked) once the account has any "disabled" row, since
// it cannot say when it was made. A format-2 statement made before a
// revocation of format 2 must be on that revocation's list
// (approval.not_listed): a disabled account that kept its key cannot date a
// new statement back to before its revocation. *pagesCovered is false when a format-1
// statement was accepted (the registry marks such records: their page images
// are not covered by the signatures).
Verdict checkApprovals(const QList<audit::RosterEntry>& roster, const QString& versionHash,
                       const QString& contentHash, const QJsonArray& approvals, bool* pagesCovered = nullptr);

// The audit chain's newest entry, and the hash of entry seq (empty when there is none).
struct AuditHead {
    qint64 seq = 0;
    QByteArray hash;
};
Result<AuditHead> auditHead(store::Database& db);
// {"seq", "hash" (hex)}: the head as sync requests and offline packages carry it.
QJsonObject headJson(const AuditHead& head);
Result<QByteArray> auditHashAt(store::Database& db, qint64 seq);

// The entries of the audit trail this office showed the registry (anchors it
// learnt online, heads of the packages it wrote; the newest 32), each with the
// hash the chain has there now: [{seq, hash}]. alsoSeq (> 0) is added.
Result<QJsonArray> auditCheckpoints(store::Database& db, qint64 alsoSeq = 0);
// Remembers that entry seq was shown to the registry (inside the caller's transaction).
Result<void> rememberCheckpoint(store::Database& db, qint64 seq);

// `audit verify --against-registry`: asks the registry (as this enrolled
// device) for the newest head it anchored and compares it with the local chain.
struct AnchorCheck {
    bool anchored = false; // the registry holds an anchor for this device
    bool matches = true;
    qint64 seq = 0;
    QString at;      // when the registry anchored it
    QString problem; // when it does not match (or the registry refuses the device's history)
};
Result<AnchorCheck> checkAgainstRegistry(store::Database& db, int timeoutMs = 30000);

} // namespace sohoa::sync::approvals
