#include "ui/audit/AuditModel.h"

#include "core/audit/Actions.h"
#include "core/records/RecordType.h"
#include "ui/common/Labels.h"
#include "ui/common/Tr.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sohoa::ui {

QString auditActionLabel(const QString& action)
{
    static const QList<std::pair<QLatin1String, const char*>> labels = {
        {audit::actions::kAuthSignIn, QT_TRANSLATE_NOOP("sohoa::ui", "Signed in")},
        {audit::actions::kAuthSignOut, QT_TRANSLATE_NOOP("sohoa::ui", "Signed out")},
        {audit::actions::kAuthSignInFailed, QT_TRANSLATE_NOOP("sohoa::ui", "Wrong password")},
        {audit::actions::kAuthAccountLocked, QT_TRANSLATE_NOOP("sohoa::ui", "Account locked")},
        {audit::actions::kAuthSignInRefusedLocked,
         QT_TRANSLATE_NOOP("sohoa::ui", "Sign-in refused: account locked")},
        {audit::actions::kAuthRecoveryCodeFailed, QT_TRANSLATE_NOOP("sohoa::ui", "Wrong recovery code")},
        {audit::actions::kAuthRecoveryCodeUsed, QT_TRANSLATE_NOOP("sohoa::ui", "Recovery code used")},
        {audit::actions::kRecordFieldEdit, QT_TRANSLATE_NOOP("sohoa::ui", "Field corrected")},
        {audit::actions::kRecordConfirmed, QT_TRANSLATE_NOOP("sohoa::ui", "Record confirmed")},
        {audit::actions::kRecordApproved, QT_TRANSLATE_NOOP("sohoa::ui", "Record approved")},
        {audit::actions::kRecordRejected, QT_TRANSLATE_NOOP("sohoa::ui", "Record rejected")},
        {audit::actions::kRecordCreatedManually, QT_TRANSLATE_NOOP("sohoa::ui", "Record keyed by hand")},
        {audit::actions::kBatchCreated, QT_TRANSLATE_NOOP("sohoa::ui", "Batch created")},
        {audit::actions::kBatchDoubleKeying, QT_TRANSLATE_NOOP("sohoa::ui", "Double keying changed")},
        {audit::actions::kKeyingSecondPass, QT_TRANSLATE_NOOP("sohoa::ui", "Entry keyed a second time")},
        {audit::actions::kKeyingResolved,
         QT_TRANSLATE_NOOP("sohoa::ui", "Double-keying differences resolved")},
        {audit::actions::kKeyingLayoutSaved, QT_TRANSLATE_NOOP("sohoa::ui", "Book layout saved")},
        {audit::actions::kAccountAdded, QT_TRANSLATE_NOOP("sohoa::ui", "Account added")},
        {audit::actions::kAccountCreated, QT_TRANSLATE_NOOP("sohoa::ui", "Account added")},
        {audit::actions::kAccountRoleChanged, QT_TRANSLATE_NOOP("sohoa::ui", "Role changed")},
        {audit::actions::kAccountPasswordChanged, QT_TRANSLATE_NOOP("sohoa::ui", "Password changed")},
        {audit::actions::kAuthSignInRefusedDisabled, QT_TRANSLATE_NOOP("sohoa::ui", "Sign-in refused")},
        {audit::actions::kRecordConfirmationUndone, QT_TRANSLATE_NOOP("sohoa::ui", "Confirmation undone")},
        {audit::actions::kKeyingEntryKeyed, QT_TRANSLATE_NOOP("sohoa::ui", "Entry keyed by hand")},
        {audit::actions::kKeyingLayoutUsed, QT_TRANSLATE_NOOP("sohoa::ui", "Book layout used")},
        {audit::actions::kSyncExported, QT_TRANSLATE_NOOP("sohoa::ui", "Records exported for the registry")},
        {audit::actions::kSyncReceiptImported, QT_TRANSLATE_NOOP("sohoa::ui", "Registry receipt read")},
        {audit::actions::kSyncRetryRequested, QT_TRANSLATE_NOOP("sohoa::ui", "Sending tried again")},
        {audit::actions::kSyncEnrolled,
         QT_TRANSLATE_NOOP("sohoa::ui", "Computer enrolled with the registry")},
        {audit::actions::kStoreBackup, QT_TRANSLATE_NOOP("sohoa::ui", "Backup made")},
        {audit::actions::kStoreRestored, QT_TRANSLATE_NOOP("sohoa::ui", "Backup restored")},
        {audit::actions::kStoreKeyRotationStarted,
         QT_TRANSLATE_NOOP("sohoa::ui", "Store key change started")},
        {audit::actions::kStoreKeyRotated, QT_TRANSLATE_NOOP("sohoa::ui", "Store key changed")},
        {audit::actions::kStoreCreated, QT_TRANSLATE_NOOP("sohoa::ui", "Store created")},
        {audit::actions::kIngestDocument, QT_TRANSLATE_NOOP("sohoa::ui", "Document imported")},
        {audit::actions::kDocumentIngested, QT_TRANSLATE_NOOP("sohoa::ui", "Document imported")},
        {audit::actions::kSyncQueued, QT_TRANSLATE_NOOP("sohoa::ui", "Queued for the registry")},
        {audit::actions::kSyncRun, QT_TRANSLATE_NOOP("sohoa::ui", "Sent to the registry")},
        {audit::actions::kSyncAnswer, QT_TRANSLATE_NOOP("sohoa::ui", "Registry answered")},
        {audit::actions::kSyncAttemptFailed, QT_TRANSLATE_NOOP("sohoa::ui", "Sending failed")},
        {audit::actions::kAuthEventUnreadable, QT_TRANSLATE_NOOP("sohoa::ui", "Unreadable request refused")},
        {audit::actions::kStoreRecoveryCodeIssued, QT_TRANSLATE_NOOP("sohoa::ui", "Recovery code issued")},
        {audit::actions::kAccountEnabled, QT_TRANSLATE_NOOP("sohoa::ui", "Account enabled")},
        {audit::actions::kAccountDisabled, QT_TRANSLATE_NOOP("sohoa::ui", "Account disabled")},
        {audit::actions::kAccountDeleted, QT_TRANSLATE_NOOP("sohoa::ui", "Account deleted")},
        {audit::actions::kAccountPasswordReset, QT_TRANSLATE_NOOP("sohoa::ui", "Password reset")},
        {audit::actions::kAccountPasswordResetByRecovery,
         QT_TRANSLATE_NOOP("sohoa::ui", "Password reset with a recovery code")},
        {audit::actions::kAuthEventsDropped, QT_TRANSLATE_NOOP("sohoa::ui", "Queued sign-in events lost")},
        {audit::actions::kAuthEventsTampered,
         QT_TRANSLATE_NOOP("sohoa::ui", "Queued sign-in events altered")},
        {audit::actions::kAuthLockStateTampered,
         QT_TRANSLATE_NOOP("sohoa::ui", "Account lock removed outside SoHoa")},
        {audit::actions::kPolicyIdleLockChanged,
         QT_TRANSLATE_NOOP("sohoa::ui", "Automatic lock time changed")},
        {audit::actions::kRecordHeld, QT_TRANSLATE_NOOP("sohoa::ui", "Record put on hold")},
        {audit::actions::kRecordHoldReleased, QT_TRANSLATE_NOOP("sohoa::ui", "Record taken off hold")},
        {audit::actions::kRecordIssueAcknowledged,
         QT_TRANSLATE_NOOP("sohoa::ui", "Warning accepted as on the paper")},
        {audit::actions::kDocumentMerged, QT_TRANSLATE_NOOP("sohoa::ui", "Documents merged")},
        {audit::actions::kDocumentSplit, QT_TRANSLATE_NOOP("sohoa::ui", "Document split")},
        {audit::actions::kExportTables, QT_TRANSLATE_NOOP("sohoa::ui", "National tables exported")},
        {audit::actions::kLayoutAdd, QT_TRANSLATE_NOOP("sohoa::ui", "Form layout taught")},
        {audit::actions::kLayoutRemove, QT_TRANSLATE_NOOP("sohoa::ui", "Form layout removed")},
        {audit::actions::kLayoutSignerAccepted,
         QT_TRANSLATE_NOOP("sohoa::ui", "Another office's layout signing key accepted")},
        {audit::actions::kLayoutSignerRemoved,
         QT_TRANSLATE_NOOP("sohoa::ui", "Another office's layout signing key removed")},
        {audit::actions::kRosterSigned, QT_TRANSLATE_NOOP("sohoa::ui", "Account list signed")},
    };
    for (const auto& [a, label] : labels)
        if (action == a)
            return Tr::tr(label);
    // An action this build does not know (written by a newer SoHoa): a sentence, never the code;
    // the code stays in the row's tooltip for support.
    return Tr::tr("Other action");
}

namespace {

// The label a clerk knows a field by, whatever record type has it.
QString fieldLabel(const QString& key)
{
    for (const records::RecordType* type : records::RecordTypeRegistry::builtin().all())
        if (const records::FieldDef* f = type->field(key))
            return f->label();
    return key;
}

} // namespace

// SoHoa itself writes some entries (store creation, sign-in events queued while locked) as
// "system": shown in words, an account name otherwise.
QString auditActorLabel(const QString& actor)
{
    if (actor == QLatin1String("system"))
        return Tr::tr("SoHoa (automatic)");
    return actor;
}

QString auditEntityLabel(const QString& entity)
{
    if (entity == QLatin1String("store")) // written so by roster and sign-in entries
        return Tr::tr("the store");
    const qsizetype colon = entity.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return entity;
    const QString kind = entity.left(colon);
    const QString id = entity.mid(colon + 1);
    if (kind == QLatin1String("record"))
        return Tr::tr("record %1").arg(id);
    if (kind == QLatin1String("batch"))
        return Tr::tr("batch %1").arg(id);
    if (kind == QLatin1String("account"))
        return Tr::tr("account %1").arg(id);
    if (kind == QLatin1String("store"))
        return Tr::tr("the store");
    if (kind == QLatin1String("document"))
        return Tr::tr("document %1").arg(id);
    return entity;
}

QString auditSentence(const audit::AuditEntry& e)
{
    const QString who = auditActorLabel(e.actor);
    const QString what = auditEntityLabel(e.entity);
    const QString when = localTime(e.at);
    const QString field = e.details.value(QStringLiteral("field")).toString();
    if (e.action == QLatin1String("record.confirmed"))
        return Tr::tr("%1 confirmed %2 at %3").arg(who, what, when);
    if (e.action == QLatin1String("record.confirmation_undone"))
        return Tr::tr("%1 took back the confirmation of %2 at %3").arg(who, what, when);
    if (e.action == QLatin1String("record.approved"))
        return Tr::tr("%1 approved %2 at %3").arg(who, what, when);
    if (e.action == QLatin1String("record.rejected"))
        return Tr::tr("%1 returned %2 at %3: %4")
            .arg(who, what, when, e.details.value(QStringLiteral("reason")).toString());
    if (e.action == QLatin1String("record.field_edit"))
        return Tr::tr("%1 changed %2 of %3 at %4: \"%5\" became \"%6\"")
            .arg(who, fieldLabel(field), what, when, e.details.value(QStringLiteral("old")).toString(),
                 e.details.value(QStringLiteral("new")).toString());
    if (e.action == QLatin1String("record.created_manually"))
        return Tr::tr("%1 keyed %2 by hand at %3").arg(who, what, when);
    if (e.action == QLatin1String("auth.sign_in"))
        return Tr::tr("%1 signed in at %2").arg(who, when);
    if (e.action == QLatin1String("auth.sign_out"))
        return Tr::tr("%1 signed out at %2").arg(who, when);
    if (e.action == QLatin1String("auth.sign_in_failed"))
        return Tr::tr("A wrong password was given for %1 at %2").arg(what.isEmpty() ? who : what, when);
    if (e.action == QLatin1String("batch.created"))
        return Tr::tr("%1 created %2 at %3").arg(who, what, when);
    // Other actions: who, what happened, to what, when.
    return Tr::tr("%1: %2 (%3) at %4").arg(who, auditActionLabel(e.action), what, when);
}

void AuditModel::setEntries(const QList<audit::AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AuditModel::appendEntries(const QList<audit::AuditEntry>& entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
    m_entries.append(entries);
    endInsertRows();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 6;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const audit::AuditEntry& e = m_entries[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case 0:
            return e.seq;
        case 1:
            return localTime(e.at);
        case 2:
            return auditActorLabel(e.actor);
        case 3:
            return role == Qt::ToolTipRole ? e.action : auditActionLabel(e.action);
        case 4:
            return role == Qt::ToolTipRole ? e.entity : auditEntityLabel(e.entity);
        case 5:
            // The sentence for people (whole again in the tooltip, for a narrow
            // column); the raw details follow there for support.
            if (role == Qt::ToolTipRole && !e.details.isEmpty())
                return QVariant(auditSentence(e) + QStringLiteral("\n\n") +
                                QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
            return auditSentence(e);
        default:
            return {};
        }
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return tr("No.");
    case 1:
        return tr("Time");
    case 2:
        return tr("Account");
    case 3:
        return tr("Action");
    case 4:
        return tr("Concerning");
    case 5:
        return tr("What was done");
    default:
        return {};
    }
}

} // namespace sohoa::ui
