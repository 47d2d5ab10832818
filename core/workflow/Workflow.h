#pragma once

#include "accounts/Session.h"
#include "common/Result.h"
#include "records/Record.h"
#include "validation/Validator.h"

#include <QMap>
#include <QString>

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

// Clerk confirmation; refused while an error-severity issue is open.
Result<records::Record> confirmRecord(accounts::Session& session, qint64 recordId);
// Takes back the clerk's own confirmation (verified -> to_verify) before a
// supervisor has decided; audited as record.confirmation_undone.
Result<records::Record> undoConfirmation(accounts::Session& session, qint64 recordId);

struct Decision {
    bool acknowledgeWarnings = false; // warnings need a supervisor's explicit acknowledgement
};
// Supervisor decisions; refused for the account that verified the record.
Result<records::Record> approveRecord(accounts::Session& session, qint64 recordId, const Decision& decision = {});
Result<records::Record> rejectRecord(accounts::Session& session, qint64 recordId, const QString& reason);

// A record keyed by hand (pages OCR cannot read), in to_verify.
Result<qint64> createManualRecord(accounts::Session& session, qint64 batchId, qint64 documentId, int pageNo,
                                  const QString& type, const QMap<QString, QString>& values);

} // namespace sohoa::workflow
