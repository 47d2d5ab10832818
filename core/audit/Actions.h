#pragma once

#include <QLatin1String>
#include <array>

// The actions the audit trail records: stable strings stored in every entry, read by the audit view
// (ui/audit/AuditModel: each has a label there) and by auditors' tools. Write them through these
// names, so that a typo cannot invent an action; a new action is a new line here, in kAll and in the
// audit view's labels (AuditSentenceTest checks all three).
namespace sohoa::audit::actions {

inline constexpr QLatin1String kAccountAdded{"account.added"};
inline constexpr QLatin1String kAccountCreated{"account.created"};
inline constexpr QLatin1String kAccountDeleted{"account.deleted"};
inline constexpr QLatin1String kAccountDisabled{"account.disabled"};
inline constexpr QLatin1String kAccountEnabled{"account.enabled"};
inline constexpr QLatin1String kAccountPasswordChanged{"account.password_changed"};
inline constexpr QLatin1String kAccountPasswordReset{"account.password_reset"};
inline constexpr QLatin1String kAccountPasswordResetByRecovery{"account.password_reset_by_recovery"};
inline constexpr QLatin1String kAccountRoleChanged{"account.role_changed"};

inline constexpr QLatin1String kAuthAccountLocked{"auth.account_locked"};
inline constexpr QLatin1String kAuthEventUnreadable{"auth.event_unreadable"};
inline constexpr QLatin1String kAuthEventsDropped{"auth.events_dropped"};
inline constexpr QLatin1String kAuthEventsTampered{"auth.events_tampered"};
inline constexpr QLatin1String kAuthLockStateTampered{"auth.lock_state_tampered"};
inline constexpr QLatin1String kAuthRecoveryCodeFailed{"auth.recovery_code_failed"};
inline constexpr QLatin1String kAuthRecoveryCodeUsed{"auth.recovery_code_used"};
inline constexpr QLatin1String kAuthSignIn{"auth.sign_in"};
inline constexpr QLatin1String kAuthSignInFailed{"auth.sign_in_failed"};
inline constexpr QLatin1String kAuthSignInRefusedDisabled{"auth.sign_in_refused_disabled"};
inline constexpr QLatin1String kAuthSignInRefusedLocked{"auth.sign_in_refused_locked"};
inline constexpr QLatin1String kAuthSignOut{"auth.sign_out"};

inline constexpr QLatin1String kBatchCreated{"batch.created"};
inline constexpr QLatin1String kBatchDoubleKeying{"batch.double_keying"};

inline constexpr QLatin1String kDocumentIngested{"document.ingested"};
inline constexpr QLatin1String kDocumentMerged{"document.merged"};
inline constexpr QLatin1String kDocumentSplit{"document.split"};

inline constexpr QLatin1String kExportTables{"export.tables"};

inline constexpr QLatin1String kIngestDocument{"ingest.document"};

inline constexpr QLatin1String kKeyingEntryKeyed{"keying.entry_keyed"};
inline constexpr QLatin1String kKeyingLayoutSaved{"keying.layout_saved"};
inline constexpr QLatin1String kKeyingLayoutUsed{"keying.layout_used"};
inline constexpr QLatin1String kKeyingResolved{"keying.resolved"};
inline constexpr QLatin1String kKeyingSecondPass{"keying.second_pass"};

inline constexpr QLatin1String kLayoutAdd{"layout.add"};
inline constexpr QLatin1String kLayoutRemove{"layout.remove"};
inline constexpr QLatin1String kLayoutSignerAccepted{"layout.signer_accepted"};
inline constexpr QLatin1String kLayoutSignerRemoved{"layout.signer_removed"};

inline constexpr QLatin1String kPolicyIdleLockChanged{"policy.idle_lock_changed"};

inline constexpr QLatin1String kRecordApproved{"record.approved"};
inline constexpr QLatin1String kRecordConfirmationUndone{"record.confirmation_undone"};
inline constexpr QLatin1String kRecordConfirmed{"record.confirmed"};
inline constexpr QLatin1String kRecordCreatedManually{"record.created_manually"};
inline constexpr QLatin1String kRecordFieldEdit{"record.field_edit"};
inline constexpr QLatin1String kRecordHeld{"record.held"};
inline constexpr QLatin1String kRecordHoldReleased{"record.hold_released"};
inline constexpr QLatin1String kRecordIssueAcknowledged{"record.issue_acknowledged"};
inline constexpr QLatin1String kRecordRejected{"record.rejected"};

inline constexpr QLatin1String kRosterSigned{"roster.signed"};

inline constexpr QLatin1String kStoreBackup{"store.backup"};
inline constexpr QLatin1String kStoreCreated{"store.created"};
inline constexpr QLatin1String kStoreKeyRotated{"store.key_rotated"};
inline constexpr QLatin1String kStoreKeyRotationStarted{"store.key_rotation_started"};
inline constexpr QLatin1String kStoreRecoveryCodeIssued{"store.recovery_code_issued"};
inline constexpr QLatin1String kStoreRestored{"store.restored"};

inline constexpr QLatin1String kSyncAnswer{"sync.answer"};
inline constexpr QLatin1String kSyncAttemptFailed{"sync.attempt_failed"};
inline constexpr QLatin1String kSyncEnrolled{"sync.enrolled"};
inline constexpr QLatin1String kSyncExported{"sync.exported"};
inline constexpr QLatin1String kSyncQueued{"sync.queued"};
inline constexpr QLatin1String kSyncReceiptImported{"sync.receipt_imported"};
inline constexpr QLatin1String kSyncRetryRequested{"sync.retry_requested"};
inline constexpr QLatin1String kSyncRun{"sync.run"};

// Every action above (also the ones only older SoHoa versions wrote, still shown in old stores).
inline constexpr std::array kAll{
    kAccountAdded,
    kAccountCreated,
    kAccountDeleted,
    kAccountDisabled,
    kAccountEnabled,
    kAccountPasswordChanged,
    kAccountPasswordReset,
    kAccountPasswordResetByRecovery,
    kAccountRoleChanged,
    kAuthAccountLocked,
    kAuthEventUnreadable,
    kAuthEventsDropped,
    kAuthEventsTampered,
    kAuthLockStateTampered,
    kAuthRecoveryCodeFailed,
    kAuthRecoveryCodeUsed,
    kAuthSignIn,
    kAuthSignInFailed,
    kAuthSignInRefusedDisabled,
    kAuthSignInRefusedLocked,
    kAuthSignOut,
    kBatchCreated,
    kBatchDoubleKeying,
    kDocumentIngested,
    kDocumentMerged,
    kDocumentSplit,
    kExportTables,
    kIngestDocument,
    kKeyingEntryKeyed,
    kKeyingLayoutSaved,
    kKeyingLayoutUsed,
    kKeyingResolved,
    kKeyingSecondPass,
    kLayoutAdd,
    kLayoutRemove,
    kLayoutSignerAccepted,
    kLayoutSignerRemoved,
    kPolicyIdleLockChanged,
    kRecordApproved,
    kRecordConfirmationUndone,
    kRecordConfirmed,
    kRecordCreatedManually,
    kRecordFieldEdit,
    kRecordHeld,
    kRecordHoldReleased,
    kRecordIssueAcknowledged,
    kRecordRejected,
    kRosterSigned,
    kStoreBackup,
    kStoreCreated,
    kStoreKeyRotated,
    kStoreKeyRotationStarted,
    kStoreRecoveryCodeIssued,
    kStoreRestored,
    kSyncAnswer,
    kSyncAttemptFailed,
    kSyncEnrolled,
    kSyncExported,
    kSyncQueued,
    kSyncReceiptImported,
    kSyncRetryRequested,
    kSyncRun,
};

} // namespace sohoa::audit::actions
