#pragma once

#include "core/accounts/Session.h"
#include "core/common/Result.h"
#include "core/records/Record.h"
#include "core/validation/Validator.h"

#include <QMap>
#include <QString>
#include <optional>

namespace sohoa::workflow {

// A record's life: to_verify -(clerk confirms)-> verified -(another account
// approves)-> approved, or -(rejects with a reason)-> rejected -> back to the
// clerk. Every step checks the session's role, writes the audit trail in the
// same transaction, and re-runs validation.

// Validation with the store's duplicate check.
validation::ValidationContext storeValidationContext(store::Database& db);

// Re-validates and stores the issues (no state change).
Result<records::Record> revalidate(accounts::Session& session, qint64 recordId);

// Clerk corrections. An empty value removes the field. Each change is kept
// with who/when/old/new (field_edits and the audit trail). Editing a verified
// record sends it back to to_verify. expectedVersion (if > 0) guards against
// overwriting someone else's newer change.
Result<records::Record> editFields(accounts::Session& session, qint64 recordId,
                                   const QMap<QString, QString>& changes, int expectedVersion = 0);

// Clerk confirmation; refused while an error-severity issue is open and not
// acknowledged (acknowledgeIssue), and while the record is put aside (holdRecord).
Result<records::Record> confirmRecord(accounts::Session& session, qint64 recordId);
// Takes back the clerk's own confirmation (verified -> to_verify) before a
// supervisor has decided; audited as record.confirmation_undone.
Result<records::Record> undoConfirmation(accounts::Session& session, qint64 recordId);

// "Đúng như sổ gốc" (as written in the book). The national practice is to key
// a register as written and note the discrepancy, so a value that is wrong on
// the paper itself (an old province code, an impossible date) must not leave
// the record stuck. The rule:
//  - the clerk acknowledges one error issue (code + field) of a record in
//    to_verify/rejected; the issue stays in the record's issues, marked with
//    details {"acknowledged_by", "acknowledged_at", "acknowledged_note"};
//  - the acknowledgement holds for the field's value at that moment: when the
//    value changes, it no longer applies and the issue blocks again;
//  - an acknowledged error no longer blocks the clerk's confirmation;
//  - the supervisor's approval must accept acknowledged errors explicitly
//    (Decision::acceptAcknowledged); the approval's audit entry lists them.
// Audited as record.issue_acknowledged / record.approved.
Result<records::Record> acknowledgeIssue(accounts::Session& session, qint64 recordId, const QString& code,
                                         const QString& field, const QString& note = {});
bool isAcknowledged(const records::Issue& issue);
// Errors that still block: error-severity issues not acknowledged.
QList<records::Issue> blockingErrors(const records::Record& record);
QList<records::Issue> acknowledgedErrors(const records::Record& record);

// "Cần hỏi" (needs asking): the clerk puts a record aside with a note; it
// leaves the to-verify queue (review::RowQuery::Held) until taken back.
// Audited as record.held / record.hold_released.
struct Hold {
    qint64 recordId = 0;
    QString note, heldBy, heldAt;
};
Result<void> holdRecord(accounts::Session& session, qint64 recordId, const QString& note);
Result<void> releaseHold(accounts::Session& session, qint64 recordId);
Result<std::optional<Hold>> holdOf(store::Database& db, qint64 recordId);

struct Decision {
    bool acknowledgeWarnings = false; // warnings need a supervisor's explicit acknowledgement
    bool acceptAcknowledged = false;  // errors the clerk confirmed as written in the book
};
// Supervisor decisions; refused for the account that verified the record.
Result<records::Record> approveRecord(accounts::Session& session, qint64 recordId,
                                      const Decision& decision = {});
Result<records::Record> rejectRecord(accounts::Session& session, qint64 recordId, const QString& reason);

// A record keyed by hand (pages OCR cannot read), in to_verify.
Result<qint64> createManualRecord(accounts::Session& session, qint64 batchId, qint64 documentId, int pageNo,
                                  const QString& type, const QMap<QString, QString>& values);

} // namespace sohoa::workflow
