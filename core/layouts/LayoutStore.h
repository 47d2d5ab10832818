#pragma once

// The layouts an office has taught or imported, in its store: ingest and the
// desktop read every document with them.
#include "core/accounts/Session.h"
#include "core/layouts/Layout.h"
#include "core/records/Record.h"
#include "core/store/Database.h"

#include <QHash>

namespace sohoa::layouts {

struct StoredLayout {
    qint64 id = 0;
    LayoutModel layout;
    QString createdAt, createdBy;
};

// Every stored layout, oldest first (no permission: ingest reads them).
Result<QList<StoredLayout>> listLayouts(store::Database& db);
Result<QList<LayoutModel>> loadLayouts(store::Database& db);

// How many records hold at least one value a taught layout placed, by layout
// name (the field's `layout` marker; a value the clerk typed has none).
Result<QHash<QString, int>> layoutUseCounts(store::Database& db);

// Stores a layout (clerks who verify, or administrators); audited as
// layout.add. A layout already stored (same id) is not stored twice: its row id is returned.
Result<qint64> addLayout(accounts::Session& session, const LayoutModel& layout);
// Who may have signed the layout files an office imports. A file signed with a
// key of this office's roster (an administrator's current key) is trusted; a
// key of another office only when an administrator names its fingerprint
// (audit::keyFingerprint, read out by the other office); an unsigned file only
// when an administrator accepts it on purpose. A tampered file never gets
// here (readLayoutFile refuses it).
struct ImportTrust {
    bool acceptUnsigned = false;
    QStringList acceptSigners; // key fingerprints
};

// Stores a layout file after checking its signature against the roster and
// trust (addLayout; the layout.add audit entry says who signed it and, when an
// administrator accepted it, that it was accepted). layout.unsigned or
// layout.unknown_signer when the file is not trusted; accounts' permission
// error when a non-administrator tries to accept one.
Result<qint64> importLayoutFile(accounts::Session& session, const LayoutFile& file, const ImportTrust& trust);
// A key of another office is remembered once an administrator accepted it
// (importLayoutFile with it in acceptSigners; audited as layout.signer_accepted):
// the next file signed with it is trusted without naming it again. A file whose
// key has a remembered fingerprint but other key bytes (layout.signer_collision),
// or that claims another office than the one remembered for its key
// (layout.signer_office_changed), is refused even when its fingerprint is named.
//
// The check alone (nothing stored): what the audit entry will say of the file's signer.
Result<QJsonObject> layoutFileTrust(accounts::Session& session, const LayoutFile& file,
                                    const ImportTrust& trust);

// The keys of other offices an administrator accepted, oldest first (no
// permission: listing them shows no personal data).
struct AcceptedSigner {
    QString fingerprint; // audit::keyFingerprint(publicKey)
    QByteArray publicKey;
    QString office, account; // as the signing office's files name them
    QString acceptedBy, acceptedAt;
};
Result<QList<AcceptedSigner>> listAcceptedSigners(store::Database& db);
// Forgets an accepted key (administrators; audited as layout.signer_removed):
// files signed with it are refused again until an administrator accepts it anew.
// Layouts already imported stay. layout.signer_not_found when no such key is remembered.
Result<void> removeAcceptedSigner(accounts::Session& session, const QString& fingerprint);

// What importing each layout file of a folder would do, checked without storing
// anything (the desktop shows it before the administrator confirms).
struct LayoutFileCheck {
    QString fileName;
    std::optional<LayoutFile> file; // nullopt: unreadable, changed after signing, or not a layout file
    std::optional<Error> refusal;   // why it is refused as it stands; nullopt: it will be stored
    // Refused only because nobody vouches for it (unsigned, or a key this office
    // does not know): an administrator may accept it on purpose.
    bool administratorMayAccept = false;
    bool alreadyStored = false; // the same layout is in the store already
    QJsonObject trust;          // when not refused: how it is trusted (layoutFileTrust)
};
Result<QList<LayoutFileCheck>> checkLayoutFolder(accounts::Session& session, const QString& dir);
// The trust an administrator gives one checked file by accepting it.
ImportTrust acceptanceFor(const LayoutFile& file);

// Writes every stored layout into dir as files signed with the signed-in
// administrator's key; returns the paths written.
Result<QStringList> exportLayouts(accounts::Session& session, const QString& dir);

// The signature of a layout exported by the signed-in administrator, with
// the account's roster key.
Result<LayoutSignature> signLayout(accounts::Session& session, const LayoutModel& layout);

// Removes one; audited as layout.remove. layout.not_found when there is no such layout.
Result<void> removeLayout(accounts::Session& session, qint64 id);

// Whether a confirmed record is worth remembering as a layout: at least five
// of its values, and most of them, were typed or corrected by a clerk (the
// reading did not know the form).
bool mostlyTyped(const records::Record& record);

// Teaches a layout from a verified (or approved) record: its document's OCR and
// the values as confirmed; stores it under name (addLayout, audited with the
// record's id). layout.not_verified for a record not verified yet,
// layout.no_document for a record keyed without a document.
Result<qint64> learnFromRecord(accounts::Session& session, qint64 recordId, const QString& name);

} // namespace sohoa::layouts
