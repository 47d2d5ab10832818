#include "core/layouts/LayoutStore.h"

#include "core/audit/Actions.h"
#include "core/audit/Roster.h"
#include "core/batches/DocumentRepository.h"
#include "core/common/Clock.h"
#include "core/i18n/Tr.h"
#include "core/records/RecordRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace sohoa::layouts {

namespace {

// Teaching a form is part of verifying; administrators manage what is stored.
Result<void> requireLayouts(accounts::Session& session)
{
    if (session.can(accounts::Permission::ManageSettings))
        return {};
    return session.require(accounts::Permission::Verify);
}

QString entity(qint64 id)
{
    return QStringLiteral("layout:%1").arg(id);
}

// Stores a layout; recordId: the verified record it was taught from (0 = a
// layout file); provenance: added to the audit entry (who signed the file).
Result<qint64> storeLayout(accounts::Session& session, const LayoutModel& layout, qint64 recordId,
                           const QJsonObject& provenance = {});

} // namespace

Result<QList<StoredLayout>> listLayouts(store::Database& db)
{
    SOHOA_TRY_ASSIGN(store::Statement st, db.prepare("SELECT id, body, created_at, created_by FROM layouts "
                                                     "ORDER BY id"));
    QList<StoredLayout> out;
    SOHOA_TRY(st.forEachRow([&](const store::Statement& row) {
        auto layout = LayoutModel::fromJson(QJsonDocument::fromJson(row.text(1).toUtf8()).object());
        if (!layout)
            return; // a damaged row never stops a reading; it stays listed nowhere
        out.append({row.integer(0), *layout, row.text(2), row.text(3)});
    }));
    return out;
}

Result<QList<LayoutModel>> loadLayouts(store::Database& db)
{
    SOHOA_TRY_ASSIGN(const QList<StoredLayout> stored, listLayouts(db));
    QList<LayoutModel> out;
    for (const StoredLayout& s : stored)
        out.append(s.layout);
    return out;
}

Result<qint64> addLayout(accounts::Session& session, const LayoutModel& layout)
{
    return storeLayout(session, layout, 0);
}

namespace {

Result<qint64> storeLayout(accounts::Session& session, const LayoutModel& layout, qint64 recordId,
                           const QJsonObject& provenance)
{
    SOHOA_TRY(requireLayouts(session));
    const QString layoutId = layout.id();
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    SOHOA_TRY_ASSIGN(auto existing,
                     session.db().queryRow("SELECT id FROM layouts WHERE layout_id = ?", layoutId));
    if (existing)
        return existing->integer(0);
    SOHOA_TRY_ASSIGN(store::Statement ins, session.db().prepare("INSERT INTO layouts (layout_id, name, type, "
                                                                "body, created_at, created_by) "
                                                                "VALUES (?, ?, ?, ?, ?, ?)"));
    ins.bind(1, layoutId)
        .bind(2, layout.name)
        .bind(3, layout.type)
        .bindUtf8(4, QJsonDocument(layout.toJson()).toJson(QJsonDocument::Compact))
        .bind(5, isoTimestamp(nowUtc()))
        .bind(6, session.actor());
    SOHOA_TRY(ins.run());
    const qint64 id = session.db().lastInsertId();
    QJsonObject details{{QStringLiteral("name"), layout.name},
                        {QStringLiteral("type"), layout.type},
                        {QStringLiteral("layout_id"), layoutId},
                        {QStringLiteral("fields"), int(layout.fields.size())},
                        {QStringLiteral("record"), recordId > 0 ? QJsonValue(recordId) : QJsonValue()}};
    for (auto it = provenance.begin(); it != provenance.end(); ++it)
        details.insert(it.key(), it.value());
    SOHOA_TRY(session.audit(audit::actions::kLayoutAdd, entity(id), details));
    SOHOA_TRY(tx.commit());
    return id;
}

} // namespace

Result<QJsonObject> layoutFileTrust(accounts::Session& session, const LayoutFile& file,
                                    const ImportTrust& trust)
{
    SOHOA_TRY(requireLayouts(session));
    QJsonObject provenance;
    if (!file.signature) {
        if (!trust.acceptUnsigned)
            return makeError(
                QStringLiteral("layout.unsigned"),
                Tr::tr("The layout \"%1\" is not signed: nobody vouches for where it comes from. It "
                       "is refused; an administrator may accept it on purpose.")
                    .arg(file.layout.name));
        SOHOA_TRY(session.require(accounts::Permission::ManageSettings));
        provenance.insert(QStringLiteral("signature"), QStringLiteral("unsigned_accepted"));
        return provenance;
    }
    const LayoutSignature& sig = *file.signature;
    const QString fingerprint = audit::keyFingerprint(sig.publicKey);
    provenance.insert(QStringLiteral("signer"), sig.account);
    provenance.insert(QStringLiteral("signer_office"), sig.office);
    provenance.insert(QStringLiteral("signer_key"), fingerprint);
    // This office's own administrators: an account whose newest row of a valid
    // roster holds this key, signed, as an administrator (an administrator
    // since made a clerk no longer signs for the office).
    bool own = false;
    SOHOA_TRY_ASSIGN(const QList<audit::RosterEntry> roster, audit::loadRoster(session.db()));
    if (audit::checkRoster(roster).valid) {
        QHash<QString, const audit::RosterEntry*> newest;
        for (const audit::RosterEntry& e : roster)
            if (!newest.contains(e.account) || newest.value(e.account)->id < e.id)
                newest.insert(e.account, &e);
        for (const audit::RosterEntry* e : std::as_const(newest))
            own |=
                e->publicKey == sig.publicKey && !e->signedBy.isEmpty() && e->role == QLatin1String("admin");
    }
    if (own) {
        provenance.insert(QStringLiteral("signature"), QStringLiteral("office_roster"));
        return provenance;
    }
    if (!trust.acceptSigners.contains(fingerprint))
        return makeError(
            QStringLiteral("layout.unknown_signer"),
            Tr::tr("The layout \"%1\" is signed by %2 with a key this office does not know (%3). It is "
                   "refused; an administrator who has checked the key with the sending office may "
                   "accept it.")
                .arg(file.layout.name, sig.account.isEmpty() ? Tr::tr("an unnamed account") : sig.account,
                     fingerprint));
    SOHOA_TRY(session.require(accounts::Permission::ManageSettings));
    provenance.insert(QStringLiteral("signature"), QStringLiteral("signer_accepted"));
    return provenance;
}

Result<qint64> importLayoutFile(accounts::Session& session, const LayoutFile& file, const ImportTrust& trust)
{
    SOHOA_TRY_ASSIGN(const QJsonObject provenance, layoutFileTrust(session, file, trust));
    return storeLayout(session, file.layout, 0, provenance);
}

Result<LayoutSignature> signLayout(accounts::Session& session, const LayoutModel& layout)
{
    SOHOA_TRY(session.require(accounts::Permission::ManageSettings));
    LayoutSignature sig;
    sig.account = session.actor();
    sig.office = session.storeId();
    sig.publicKey = session.signingPublicKey();
    sig.signature = audit::signAs(session.actor(), sig.publicKey, layoutSignedMessage(layout));
    if (sig.publicKey.isEmpty() || sig.signature.isEmpty())
        return makeError(QStringLiteral("layout.cannot_sign"),
                         Tr::tr("Your account has no signing key yet: sign in again, then export."));
    return sig;
}

Result<void> removeLayout(accounts::Session& session, qint64 id)
{
    SOHOA_TRY(requireLayouts(session));
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    SOHOA_TRY_ASSIGN(auto sel,
                     session.db().queryRow("SELECT name, type, layout_id FROM layouts WHERE id = ?", id));
    if (!sel)
        return makeError(QStringLiteral("layout.not_found"),
                         Tr::tr("There is no layout %1 in this store.").arg(id));
    const QJsonObject details{{QStringLiteral("name"), sel->text(0)},
                              {QStringLiteral("type"), sel->text(1)},
                              {QStringLiteral("layout_id"), sel->text(2)}};
    SOHOA_TRY(session.db().execute("DELETE FROM layouts WHERE id = ?", id));
    SOHOA_TRY(session.audit(audit::actions::kLayoutRemove, entity(id), details));
    SOHOA_TRY(tx.commit());
    return {};
}

bool mostlyTyped(const records::Record& record)
{
    int values = 0, typed = 0;
    for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it) {
        if (it->value.trimmed().isEmpty())
            continue;
        ++values;
        typed += it->source == QLatin1String("clerk") || it->source == QLatin1String("double_keying");
    }
    return typed >= 5 && typed * 2 > values;
}

Result<qint64> learnFromRecord(accounts::Session& session, qint64 recordId, const QString& name)
{
    SOHOA_TRY(requireLayouts(session));
    SOHOA_TRY_ASSIGN(const records::Record record, records::loadRecord(session.db(), recordId));
    if (record.state != records::RecordState::Verified && record.state != records::RecordState::Approved)
        return makeError(
            QStringLiteral("layout.not_verified"),
            Tr::tr("Only a verified record can teach a form: its values must have been checked."));
    if (record.documentId <= 0)
        return makeError(QStringLiteral("layout.no_document"),
                         Tr::tr("This record was keyed by hand without a scanned document: there is no page "
                                "to learn the form from."));
    SOHOA_TRY_ASSIGN(const QList<batches::PageInfo> pages,
                     batches::documentPages(session.db(), record.documentId));
    QList<ocr::OcrPage> ocr;
    for (const batches::PageInfo& page : pages) {
        SOHOA_TRY_ASSIGN(ocr::OcrPage read, batches::loadPageOcr(session.db(), page.id));
        ocr.append(std::move(read));
    }
    QMap<QString, QString> values;
    for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it)
        if (!it->value.trimmed().isEmpty())
            values.insert(it.key(), it->value);
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return makeError(QStringLiteral("layout.no_name"),
                         Tr::tr("Give the form a name people will recognise."));
    SOHOA_TRY_ASSIGN(const LayoutModel layout, learnLayout(ocr, record.type, values, trimmed));
    return storeLayout(session, layout, recordId);
}

} // namespace sohoa::layouts
