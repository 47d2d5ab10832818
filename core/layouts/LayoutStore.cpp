#include "core/layouts/LayoutStore.h"

#include "core/audit/Actions.h"
#include "core/audit/Roster.h"
#include "core/batches/DocumentRepository.h"
#include "core/common/Clock.h"
#include "core/i18n/Tr.h"
#include "core/records/RecordRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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
// The same inside the caller's transaction.
Result<qint64> storeLayoutIn(accounts::Session& session, const LayoutModel& layout, qint64 recordId,
                             const QJsonObject& provenance);

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

Result<QHash<QString, int>> layoutUseCounts(store::Database& db)
{
    // The marker sits in the fields' JSON; LIKE keeps the records read without any layout unparsed.
    auto st = db.prepare("SELECT fields FROM records WHERE fields LIKE '%\"layout\":%'");
    if (!st)
        return st.error();
    QHash<QString, int> out;
    while (true) {
        SOHOA_TRY_ASSIGN(const bool more, st->next());
        if (!more)
            break;
        const QJsonObject fields = QJsonDocument::fromJson(st->text(0).toUtf8()).object();
        QSet<QString> names;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString name = it.value().toObject().value(QLatin1String("layout")).toString();
            if (!name.isEmpty())
                names.insert(name);
        }
        for (const QString& name : std::as_const(names))
            ++out[name];
    }
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
    SOHOA_TRY_ASSIGN(auto tx, store::Transaction::begin(session.db()));
    SOHOA_TRY_ASSIGN(const qint64 id, storeLayoutIn(session, layout, recordId, provenance));
    SOHOA_TRY(tx.commit());
    return id;
}

Result<qint64> storeLayoutIn(accounts::Session& session, const LayoutModel& layout, qint64 recordId,
                             const QJsonObject& provenance)
{
    const QString layoutId = layout.id();
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
    return id;
}

// The accepted key of this fingerprint, if an administrator accepted one.
Result<std::optional<AcceptedSigner>> acceptedSigner(store::Database& db, const QString& fingerprint)
{
    SOHOA_TRY_ASSIGN(auto row, db.queryRow("SELECT fingerprint, public_key, office, account, accepted_by, "
                                           "accepted_at FROM layout_signers WHERE fingerprint = ?",
                                           fingerprint));
    if (!row)
        return std::optional<AcceptedSigner>{};
    return std::optional<AcceptedSigner>{
        AcceptedSigner{row->text(0), row->blob(1), row->text(2), row->text(3), row->text(4), row->text(5)}};
}

// Remembers the key of a file an administrator accepted (inside the caller's transaction).
Result<void> rememberSigner(accounts::Session& session, const LayoutSignature& sig)
{
    const QString fingerprint = audit::keyFingerprint(sig.publicKey);
    SOHOA_TRY_ASSIGN(const auto known, acceptedSigner(session.db(), fingerprint));
    if (known)
        return {};
    auto ins = session.db().prepare("INSERT INTO layout_signers (fingerprint, public_key, office, account, "
                                    "accepted_by, accepted_at) VALUES (?, ?, ?, ?, ?, ?)");
    if (!ins)
        return ins.error();
    ins->bind(1, fingerprint)
        .bindBlob(2, sig.publicKey)
        .bind(3, sig.office)
        .bind(4, sig.account)
        .bind(5, session.actor())
        .bind(6, isoTimestamp(nowUtc()));
    SOHOA_TRY(ins->run());
    SOHOA_TRY(session.audit(QString(audit::actions::kLayoutSignerAccepted),
                            QStringLiteral("layout_signer:%1").arg(fingerprint),
                            QJsonObject{{QStringLiteral("fingerprint"), fingerprint},
                                        {QStringLiteral("office"), sig.office},
                                        {QStringLiteral("signer"), sig.account}}));
    return {};
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
    SOHOA_TRY_ASSIGN(const auto remembered, acceptedSigner(session.db(), fingerprint));
    if (remembered) {
        // A fingerprint is 128 bits of the key's hash: another key with the same
        // one is a forgery aimed at the remembered key, never a coincidence.
        if (remembered->publicKey != sig.publicKey)
            return makeError(
                QStringLiteral("layout.signer_collision"),
                Tr::tr("The layout \"%1\" is signed with a key whose fingerprint (%2) is that of a "
                       "key this office accepted, but the key itself is another one: the file is "
                       "forged. It is refused.")
                    .arg(file.layout.name, fingerprint));
        if (remembered->office != sig.office)
            return makeError(
                QStringLiteral("layout.signer_office_changed"),
                Tr::tr("The layout \"%1\" is signed with the key %2, which this office accepted "
                       "for the office %3, but the file says it comes from the office %4. It is "
                       "refused; if the sending office really changed, an administrator removes "
                       "the key from the accepted signers and accepts it again after checking it "
                       "with that office.")
                    .arg(file.layout.name, fingerprint, remembered->office, sig.office));
        provenance.insert(QStringLiteral("signature"), QStringLiteral("signer_remembered"));
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
    SOHOA_TRY(requireLayouts(session));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    SOHOA_TRY_ASSIGN(const QJsonObject provenance, layoutFileTrust(session, file, trust));
    if (provenance.value(QLatin1String("signature")).toString() == QLatin1String("signer_accepted"))
        SOHOA_TRY(rememberSigner(session, *file.signature));
    SOHOA_TRY_ASSIGN(const qint64 id, storeLayoutIn(session, file.layout, 0, provenance));
    SOHOA_TRY(tx->commit());
    return id;
}

Result<QList<AcceptedSigner>> listAcceptedSigners(store::Database& db)
{
    auto st = db.prepare("SELECT fingerprint, public_key, office, account, accepted_by, accepted_at FROM "
                         "layout_signers ORDER BY accepted_at, fingerprint");
    if (!st)
        return st.error();
    QList<AcceptedSigner> out;
    while (true) {
        SOHOA_TRY_ASSIGN(const bool more, st->next());
        if (!more)
            break;
        out.append({st->text(0), st->blob(1), st->text(2), st->text(3), st->text(4), st->text(5)});
    }
    return out;
}

Result<void> removeAcceptedSigner(accounts::Session& session, const QString& fingerprint)
{
    SOHOA_TRY(session.require(accounts::Permission::ManageSettings));
    auto tx = store::Transaction::begin(session.db());
    if (!tx)
        return tx.error();
    SOHOA_TRY_ASSIGN(const auto known, acceptedSigner(session.db(), fingerprint.trimmed()));
    if (!known)
        return makeError(
            QStringLiteral("layout.signer_not_found"),
            Tr::tr("No accepted signing key has the fingerprint %1.").arg(fingerprint.trimmed()));
    SOHOA_TRY(session.db().execute("DELETE FROM layout_signers WHERE fingerprint = ?", known->fingerprint));
    SOHOA_TRY(session.audit(QString(audit::actions::kLayoutSignerRemoved),
                            QStringLiteral("layout_signer:%1").arg(known->fingerprint),
                            QJsonObject{{QStringLiteral("fingerprint"), known->fingerprint},
                                        {QStringLiteral("office"), known->office},
                                        {QStringLiteral("signer"), known->account}}));
    SOHOA_TRY(tx->commit());
    return {};
}

Result<QList<LayoutFileCheck>> checkLayoutFolder(accounts::Session& session, const QString& dir)
{
    SOHOA_TRY(requireLayouts(session));
    const QDir d(dir);
    if (dir.isEmpty() || !d.exists())
        return makeError(QStringLiteral("layout.no_folder"),
                         Tr::tr("The folder %1 does not exist.").arg(dir));
    const QFileInfoList entries =
        d.entryInfoList({QStringLiteral("*.sohoa-layout.json")}, QDir::Files, QDir::Name);
    if (entries.isEmpty())
        return makeError(
            QStringLiteral("layout.none"),
            Tr::tr("No layout files (*.sohoa-layout.json) in %1.").arg(QDir::toNativeSeparators(dir)));
    QList<LayoutFileCheck> out;
    for (const QFileInfo& fi : entries) {
        LayoutFileCheck check;
        check.fileName = fi.fileName();
        QFile f(fi.filePath());
        if (fi.size() > qint64(4) * 1024 * 1024 || !f.open(QIODevice::ReadOnly)) {
            check.refusal =
                makeError(QStringLiteral("layout.unreadable"), Tr::tr("Cannot read %1.").arg(fi.fileName()));
            out.append(check);
            continue;
        }
        auto read = readLayoutFile(f.readAll());
        if (!read) {
            check.refusal = read.error();
            out.append(check);
            continue;
        }
        check.file = *read;
        SOHOA_TRY_ASSIGN(auto stored, session.db().queryRow("SELECT id FROM layouts WHERE layout_id = ?",
                                                            read->layout.id()));
        check.alreadyStored = stored.has_value();
        auto trusted = layoutFileTrust(session, *read, {});
        if (trusted) {
            check.trust = *trusted;
        } else {
            check.refusal = trusted.error();
            check.administratorMayAccept = trusted.error().code == QLatin1String("layout.unsigned") ||
                                           trusted.error().code == QLatin1String("layout.unknown_signer");
        }
        out.append(check);
    }
    return out;
}

ImportTrust acceptanceFor(const LayoutFile& file)
{
    ImportTrust trust;
    if (file.signature)
        trust.acceptSigners = {audit::keyFingerprint(file.signature->publicKey)};
    else
        trust.acceptUnsigned = true;
    return trust;
}

Result<QStringList> exportLayouts(accounts::Session& session, const QString& dir)
{
    SOHOA_TRY(session.require(accounts::Permission::ManageSettings));
    SOHOA_TRY_ASSIGN(const QList<StoredLayout> list, listLayouts(session.db()));
    QStringList paths;
    for (const StoredLayout& s : list) {
        SOHOA_TRY_ASSIGN(const LayoutSignature signature, signLayout(session, s.layout));
        SOHOA_TRY_ASSIGN(const QString path, writeLayoutFile(s.layout, dir, signature));
        paths.append(path);
    }
    return paths;
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
