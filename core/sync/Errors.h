#pragma once

#include <QLatin1String>

// The error codes of the sync client: its own (sync.*, package.*, receipt.*) and the registry's answers it
// acts on (auth.*, upload.*, request.*, approval.*, roster.*: the protocol's codes, SPEC; server/registry
// answers with the same strings): stable strings that programs and tests match on (sohoa::Error::code). Name
// them here and use the names, so that a typo cannot invent a code; a new code is a new line.
namespace sohoa::sync::errors {

inline constexpr QLatin1String kBadCa{"sync.bad_ca"};
inline constexpr QLatin1String kCancelled{"sync.cancelled"};
inline constexpr QLatin1String kEnrolRefused{"sync.enrol_refused"};
inline constexpr QLatin1String kMaybeSent{"sync.maybe_sent"};
inline constexpr QLatin1String kNetwork{"sync.network"};
inline constexpr QLatin1String kNoAnswer{"sync.no_answer"};
inline constexpr QLatin1String kNoRegistry{"sync.no_registry"};
inline constexpr QLatin1String kNotEnrolled{"sync.not_enrolled"};
inline constexpr QLatin1String kNotInOutbox{"sync.not_in_outbox"};
inline constexpr QLatin1String kNotRefused{"sync.not_refused"};
inline constexpr QLatin1String kNothingToExport{"sync.nothing_to_export"};
inline constexpr QLatin1String kRefused{"sync.refused"};
inline constexpr QLatin1String kTimeout{"sync.timeout"};
inline constexpr QLatin1String kTls{"sync.tls"};
inline constexpr QLatin1String kUnknownAnswer{"sync.unknown_answer"};
inline constexpr QLatin1String kUploadStalled{"sync.upload_stalled"};
inline constexpr QLatin1String kApprovalBadSignature{"approval.bad_signature"};
inline constexpr QLatin1String kApprovalMissing{"approval.missing"};
inline constexpr QLatin1String kApprovalNoRoster{"approval.no_roster"};
inline constexpr QLatin1String kApprovalNotListed{"approval.not_listed"};
inline constexpr QLatin1String kApprovalOutOfOrder{"approval.out_of_order"};
inline constexpr QLatin1String kApprovalRevoked{"approval.revoked"};
inline constexpr QLatin1String kApprovalSameAccount{"approval.same_account"};
inline constexpr QLatin1String kApprovalUnknownAccount{"approval.unknown_account"};
inline constexpr QLatin1String kApprovalUnknownFormat{"approval.unknown_format"};
inline constexpr QLatin1String kApprovalWrongRole{"approval.wrong_role"};
inline constexpr QLatin1String kAuthBadSignature{"auth.bad_signature"};
inline constexpr QLatin1String kAuthClockSkew{"auth.clock_skew"};
inline constexpr QLatin1String kAuthDeviceRevoked{"auth.device_revoked"};
inline constexpr QLatin1String kAuthMissingSignature{"auth.missing_signature"};
inline constexpr QLatin1String kAuthStaleRequest{"auth.stale_request"};
inline constexpr QLatin1String kAuthUnknownDevice{"auth.unknown_device"};
inline constexpr QLatin1String kPackageBadSignature{"package.bad_signature"};
inline constexpr QLatin1String kPackageCannotOpen{"package.cannot_open"};
inline constexpr QLatin1String kPackageCannotWrite{"package.cannot_write"};
inline constexpr QLatin1String kPackageDamaged{"package.damaged"};
inline constexpr QLatin1String kPackageEntryTooLarge{"package.entry_too_large"};
inline constexpr QLatin1String kPackageNoRegistryKey{"package.no_registry_key"};
inline constexpr QLatin1String kPackageNotAPackage{"package.not_a_package"};
inline constexpr QLatin1String kPackageVersion{"package.version"};
inline constexpr QLatin1String kPackageWrongRecipient{"package.wrong_recipient"};
inline constexpr QLatin1String kReceiptBadSignature{"receipt.bad_signature"};
inline constexpr QLatin1String kReceiptCannotOpen{"receipt.cannot_open"};
inline constexpr QLatin1String kReceiptDamaged{"receipt.damaged"};
inline constexpr QLatin1String kReceiptNoAnswer{"receipt.no_answer"};
inline constexpr QLatin1String kReceiptNotAReceipt{"receipt.not_a_receipt"};
inline constexpr QLatin1String kReceiptOtherDevice{"receipt.other_device"};
inline constexpr QLatin1String kRequestInvalid{"request.invalid"};
inline constexpr QLatin1String kRequestMalformedJson{"request.malformed_json"};
inline constexpr QLatin1String kRequestSchemaVersion{"request.schema_version"};
inline constexpr QLatin1String kPageChanged{"page.changed"};
inline constexpr QLatin1String kRosterInvalid{"roster.invalid"};
inline constexpr QLatin1String kRosterOtherRoot{"roster.other_root"};
inline constexpr QLatin1String kRosterRowsChanged{"roster.rows_changed"};
inline constexpr QLatin1String kRosterRowsRemoved{"roster.rows_removed"};
inline constexpr QLatin1String kUploadHashMismatch{"upload.hash_mismatch"};
inline constexpr QLatin1String kUploadMissing{"upload.missing"};
inline constexpr QLatin1String kUploadOffsetMismatch{"upload.offset_mismatch"};
inline constexpr QLatin1String kUsageBadUrl{"usage.bad_url"};
inline constexpr QLatin1String kUsageNoCode{"usage.no_code"};

} // namespace sohoa::sync::errors
