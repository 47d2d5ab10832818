#include "core/sync/Approvals.h"

#include "core/accounts/Role.h"
#include "core/batches/DocumentRepository.h"
#include "core/common/Json.h"
#include "core/crypto/Hash.h"
#include "core/i18n/Tr.h"
#include "core/store/Database.h"
#include "core/sync/Device.h"
#include "core/sync/Errors.h"
#include "core/sync/Protocol.h"
#include "core/sync/RegistryClient.h"
#include "core/sync/Signature.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace sohoa::sync::approvals {

namespace {

QString b64(const QByteArray& b)
{
    return QString::fromLatin1(b.toBase64());
}

QByteArray unb64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}

bool sameRow(const audit::RosterEntry& a, const audit::RosterEntry& b)
{
    return a.account == b.account && a.role == b.role && a.publicKey == b.publicKey &&
           a.fromSeq == b.fromSeq && a.signedBy == b.signedBy && a.signerKey == b.signerKey &&
           a.signature == b.signature && a.format == b.format && a.statements == b.statements;
}

// A revocation row lists at most this many statements: a roster travels whole at every sync run,
// and 20,000 items of ~45 bytes stay well under the registry's 4 MiB body limit.
constexpr qsizetype kMaxListedStatements = 20000;

bool roleMay(const QString& role, accounts::Permission p)
{
    const auto r = accounts::roleFromName(role);
    return r && accounts::roleHas(*r, p);
}

// The row of account in force at seq (its newest row from at or before seq); seq 0: its newest row.
const audit::RosterEntry* rowAt(const QList<audit::RosterEntry>& roster, const QString& account, qint64 seq)
{
    const audit::RosterEntry* found = nullptr;
    for (const audit::RosterEntry& e : roster)
        if (e.account == account && (seq == 0 || e.fromSeq <= seq))
            found = &e;
    return found;
}

bool everDisabled(const QList<audit::RosterEntry>& roster, const QString& account)
{
    for (const audit::RosterEntry& e : roster)
        if (e.account == account && e.role == QLatin1String(audit::kDisabledRole))
            return true;
    return false;
}

// The first revocation of account after entry seq, or null.
const audit::RosterEntry* revocationAfter(const QList<audit::RosterEntry>& roster, const QString& account,
                                          qint64 seq)
{
    for (const audit::RosterEntry& e : roster)
        if (e.account == account && e.fromSeq > seq && e.role == QLatin1String(audit::kDisabledRole))
            return &e;
    return nullptr;
}

} // namespace

qint64 seqOf(const QJsonValue& v)
{
    const double d = v.toDouble(0);
    if (!(d >= 1 && d < 9007199254740992.0) || d != double(qint64(d)))
        return 0;
    return qint64(d);
}

QByteArray statement(const QString& step, const QString& account, const QString& versionHash)
{
    return QByteArrayLiteral("sohoa record statement v1\n") + step.toUtf8() + '\n' + account.toUtf8() + '\n' +
           versionHash.toLatin1();
}

QByteArray statementV2(const QString& step, const QString& account, const QString& contentHash, qint64 seq)
{
    return QByteArrayLiteral("sohoa record statement v2\n") + step.toUtf8() + '\n' + account.toUtf8() + '\n' +
           contentHash.toLatin1() + '\n' + QByteArray::number(seq);
}

QString statementListItem(const QString& step, const QString& account, const QString& contentHash, qint64 seq)
{
    const QByteArray id = crypto::blake2b(statementV2(step, account, contentHash, seq), 32).left(16);
    return QString::number(seq) + QLatin1Char(':') + QString::fromLatin1(id.toHex());
}

Result<QStringList> undeliveredStatements(store::Database& db, const QString& account)
{
    auto st =
        db.prepare("SELECT a.action, a.details FROM audit a WHERE a.actor = ? AND a.action IN "
                   "('record.confirmed', 'record.approved') AND NOT EXISTS (SELECT 1 FROM sync_records s "
                   "WHERE s.state = 'accepted' AND a.entity = 'record:' || s.record_id) ORDER BY a.seq;");
    if (!st)
        return st.error();
    st->bind(1, account);
    QStringList out;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) {
        const QJsonObject d = QJsonDocument::fromJson(row.text(1).toUtf8()).object();
        const qint64 seq = seqOf(d.value(QLatin1String("statement_seq")));
        if (d.value(QLatin1String("statement")).toString().isEmpty() || seq == 0 ||
            d.value(QLatin1String("statement_format")).toInt(1) != kStatementFormat)
            return; // format 1 is refused after any revocation anyway
        const bool isApproval = row.text(0) == QLatin1String("record.approved");
        out.append(statementListItem(QLatin1String(isApproval ? kApproved : kVerified), account,
                                     d.value(QLatin1String("content")).toString(), seq));
    }));
    if (out.size() > kMaxListedStatements)
        return makeError(
            errors::kRosterInvalid,
            Tr::tr("'%1' has more statements waiting to be sent than a roster row can list; send "
                   "them to the registry first.")
                .arg(account));
    return out;
}

Result<QStringList> documentPageHashes(store::Database& db, qint64 documentId)
{
    QStringList out;
    if (documentId <= 0)
        return out;
    SOHOA_TRY_ASSIGN(auto pages, batches::documentPages(db, documentId));
    for (const batches::PageInfo& p : pages) {
        // The outbox keeps the hash of a page it froze; the image bytes never change after.
        SOHOA_TRY_ASSIGN(auto known, db.queryRow("SELECT hash FROM sync_pages WHERE page_id = ?;", p.id));
        if (known) {
            out.append(known->text(0));
            continue;
        }
        SOHOA_TRY_ASSIGN(auto image, batches::loadPageImage(db, p.id));
        out.append(protocol::contentHash(image.data));
    }
    return out;
}

Result<QJsonObject> signStep(store::Database& db, const QString& step, const QString& account,
                             const QString& type, const QJsonObject& fields, qint64 documentId)
{
    SOHOA_TRY_ASSIGN(auto pages, documentPageHashes(db, documentId));
    const QString content = protocol::recordContentHash(type, fields, pages);
    QJsonObject out{{QStringLiteral("content"), content}};
    SOHOA_TRY_ASSIGN(auto key, audit::currentSigningKey(db, account));
    if (key.isEmpty())
        return out;
    // The entry the statement goes into is the next one (the caller holds the write transaction).
    SOHOA_TRY_ASSIGN(const qint64 seq, db.queryInt("SELECT COALESCE(MAX(seq), 0) + 1 FROM audit;"));
    const QByteArray signature = audit::signAs(account, key, statementV2(step, account, content, seq));
    if (signature.isEmpty())
        return out;
    out.insert(QStringLiteral("statement"), b64(signature));
    out.insert(QStringLiteral("statement_format"), kStatementFormat);
    out.insert(QStringLiteral("statement_seq"), double(seq));
    return out;
}

Result<QJsonArray> approvalsOf(store::Database& db, qint64 recordId, const QString& contentHash,
                               const QString& versionHash)
{
    auto st = db.cached("SELECT actor, action, details FROM audit WHERE entity = ? AND action IN "
                        "('record.confirmed', 'record.approved') ORDER BY seq DESC;");
    if (!st)
        return st.error();
    st->bind(1, QStringLiteral("record:%1").arg(recordId));
    QJsonObject verified, approved;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) {
        const QJsonObject d = QJsonDocument::fromJson(row.text(2).toUtf8()).object();
        if (d.value(QLatin1String("statement")).toString().isEmpty())
            return;
        const int format = d.value(QLatin1String("statement_format")).toInt(1);
        const QString content = d.value(QLatin1String("content")).toString();
        if (format == kStatementFormat ? content != contentHash : (format != 1 || content != versionHash))
            return;
        const bool isApproval = row.text(1) == QLatin1String("record.approved");
        QJsonObject& slot = isApproval ? approved : verified;
        if (!slot.isEmpty())
            return;
        slot = {{QStringLiteral("step"), QLatin1String(isApproval ? kApproved : kVerified)},
                {QStringLiteral("account"), row.text(0)},
                {QStringLiteral("signature"), d.value(QLatin1String("statement"))}};
        if (format == kStatementFormat) {
            slot.insert(QStringLiteral("format"), kStatementFormat);
            slot.insert(QStringLiteral("seq"), d.value(QLatin1String("statement_seq")));
        }
    }));
    QJsonArray out;
    if (!verified.isEmpty())
        out.append(verified);
    if (!approved.isEmpty())
        out.append(approved);
    return out;
}

QJsonArray rosterToJson(const QList<audit::RosterEntry>& roster)
{
    QJsonArray out;
    for (const audit::RosterEntry& e : roster) {
        if (e.signedBy.isEmpty() || e.signature.isEmpty())
            continue;
        out.append(QJsonObject{{QStringLiteral("account"), e.account},
                               {QStringLiteral("role"), e.role},
                               {QStringLiteral("public_key"), b64(e.publicKey)},
                               {QStringLiteral("from_seq"), double(e.fromSeq)},
                               {QStringLiteral("signed_by"), e.signedBy},
                               {QStringLiteral("signer_key"), b64(e.signerKey)},
                               {QStringLiteral("signature"), b64(e.signature)}});
        if (e.format >= 2) {
            QJsonObject row = out.last().toObject();
            row.insert(QStringLiteral("format"), e.format);
            row.insert(QStringLiteral("statements"), QJsonArray::fromStringList(e.statements));
            out.replace(out.size() - 1, row);
        }
    }
    return out;
}

Result<QList<audit::RosterEntry>> rosterFromJson(const QJsonArray& rows)
{
    const Error bad = makeError(errors::kRosterInvalid, Tr::tr("The office's roster is malformed."));
    if (rows.size() > 10000)
        return bad;
    QList<audit::RosterEntry> out;
    for (const QJsonValue& v : rows) {
        if (!v.isObject())
            return bad;
        const QJsonObject o = v.toObject();
        audit::RosterEntry e;
        e.id = out.size() + 1;
        e.account = o.value(QLatin1String("account")).toString();
        e.role = o.value(QLatin1String("role")).toString();
        e.publicKey = unb64(o.value(QLatin1String("public_key")));
        const QJsonValue from = o.value(QLatin1String("from_seq"));
        e.fromSeq = from.toDouble(-1) == 0 ? 0 : seqOf(from);
        e.signedBy = o.value(QLatin1String("signed_by")).toString();
        e.signerKey = unb64(o.value(QLatin1String("signer_key")));
        e.signature = unb64(o.value(QLatin1String("signature")));
        // Format 1 rows (every roster sent before revocation lists) have no
        // "format"; a format this registry does not know is refused whole.
        const QJsonValue format = o.value(QLatin1String("format"));
        e.format = format.isUndefined() ? 1 : format.toInt(0);
        if (e.format != 1 && e.format != audit::kRosterFormat)
            return bad;
        if (e.format == audit::kRosterFormat) {
            const QJsonValue list = o.value(QLatin1String("statements"));
            if (!list.isArray() || list.toArray().size() > kMaxListedStatements)
                return bad;
            for (const QJsonValue& item : list.toArray()) {
                if (!item.isString() || item.toString().size() > 64)
                    return bad;
                e.statements.append(item.toString());
            }
        }
        if (e.account.isEmpty() || e.account.size() > 200 || e.role.isEmpty() || e.role.size() > 50 ||
            (e.fromSeq == 0 && from.toDouble(-1) != 0) || e.signedBy.isEmpty() ||
            e.signature.size() != kSignatureBytes)
            return bad;
        out.append(e);
    }
    return out;
}

Result<QJsonArray> currentRoster(store::Database& db)
{
    auto roster = audit::loadRoster(db);
    if (!roster)
        return roster.error();
    return rosterToJson(*roster);
}

Verdict checkRosterUpdate(const QList<audit::RosterEntry>& previous, const QList<audit::RosterEntry>& next)
{
    if (next.isEmpty())
        return {errors::kRosterInvalid, Tr::tr("The office sent an empty roster.")};
    const audit::RosterCheck check = audit::checkRoster(next);
    if (!check.valid)
        return {errors::kRosterInvalid, Tr::tr("The office's roster does not hold: %1").arg(check.problem)};
    if (previous.isEmpty())
        return {};
    const audit::RosterCheck before = audit::checkRoster(previous);
    if (before.rootKey != check.rootKey)
        return {
            errors::kRosterOtherRoot,
            Tr::tr(
                "The office's roster has another root administrator than the one registered at enrolment.")};
    if (next.size() < previous.size())
        return {errors::kRosterRowsRemoved, Tr::tr("The office's roster lost rows the registry holds.")};
    // Every row held is still there, in the same order; new rows may come between
    // (a row that waited for an administrator's signature keeps its place).
    qsizetype at = 0;
    for (const audit::RosterEntry& held : previous) {
        while (at < next.size() && !sameRow(held, next[at]))
            ++at;
        if (at == next.size())
            return {errors::kRosterRowsChanged,
                    Tr::tr("The office's roster changed the row of '%1' that the registry holds.")
                        .arg(held.account)};
        ++at;
    }
    return {};
}

Verdict checkApprovals(const QList<audit::RosterEntry>& roster, const QString& versionHash,
                       const QString& contentHash, const QJsonArray& approvals, bool* pagesCovered)
{
    if (pagesCovered)
        *pagesCovered = true;
    if (roster.isEmpty())
        return {
            errors::kApprovalNoRoster,
            Tr::tr("The registry has no roster of this office's accounts, so it cannot check who approved "
                   "the record. Sync again from an up-to-date SoHoa.")};
    bool allCover = true;
    QString verifier, approver;
    qint64 verifiedAt = 0, approvedAt = 0; // the statements' audit entries (format 2)
    Verdict notListed;
    for (const QJsonValue& v : approvals) {
        const QJsonObject a = v.toObject();
        const QString step = a.value(QLatin1String("step")).toString();
        const QString account = a.value(QLatin1String("account")).toString();
        const bool isVerify = step == QLatin1String(kVerified);
        if (!isVerify && step != QLatin1String(kApproved))
            continue;
        const QJsonValue formatValue = a.value(QLatin1String("format"));
        const bool v2 = !formatValue.isUndefined();
        if (v2 && formatValue.toInt(-1) != kStatementFormat)
            return {errors::kApprovalUnknownFormat,
                    Tr::tr("The statement of '%1' is in a format this registry does not know.").arg(account)};
        const qint64 seq = v2 ? seqOf(a.value(QLatin1String("seq"))) : 0;
        if (v2 && seq == 0)
            return {errors::kApprovalBadSignature,
                    Tr::tr("The statement of '%1' does not say when it was made.").arg(account)};
        if (!rowAt(roster, account, 0))
            return {errors::kApprovalUnknownAccount,
                    Tr::tr("The record is signed by '%1', who is not in the office's roster.").arg(account)};
        const audit::RosterEntry* row = rowAt(roster, account, seq);
        // A format-1 statement carries no time: once its account was disabled it
        // cannot be told from one made afterwards.
        if (!row || row->role == QLatin1String(audit::kDisabledRole) ||
            (!v2 && everDisabled(roster, account)))
            return {errors::kApprovalRevoked,
                    Tr::tr("The statement of '%1' was made after the account was disabled, or cannot show it "
                           "was made before.")
                        .arg(account)};
        if (!roleMay(row->role, isVerify ? accounts::Permission::Verify : accounts::Permission::Approve))
            return {errors::kApprovalWrongRole, isVerify
                                                    ? Tr::tr("'%1' may not confirm records.").arg(account)
                                                    : Tr::tr("'%1' may not approve records.").arg(account)};
        const QByteArray signedBytes =
            v2 ? statementV2(step, account, contentHash, seq) : statement(step, account, versionHash);
        if (!verifyDetached(unb64(a.value(QLatin1String("signature"))), signedBytes, row->publicKey))
            return {errors::kApprovalBadSignature,
                    Tr::tr("The signature of '%1' does not match this record's content and page images.")
                        .arg(account)};
        // Dated before a revocation that lists what existed then: it must be listed
        // (an account that kept its key could otherwise date a new statement back).
        // Said after the checks of the pair below, which name the forgery more precisely.
        if (const audit::RosterEntry* revocation = revocationAfter(roster, account, seq);
            v2 && revocation && revocation->format >= audit::kRosterFormat && notListed.ok() &&
            !revocation->statements.contains(statementListItem(step, account, contentHash, seq)))
            notListed = {
                errors::kApprovalNotListed,
                Tr::tr("The statement of '%1' is dated before the account was disabled, but it was not "
                       "among the account's statements waiting to be sent when it was disabled.")
                    .arg(account)};
        allCover = allCover && v2;
        (isVerify ? verifier : approver) = account;
        (isVerify ? verifiedAt : approvedAt) = seq;
    }
    if (verifier.isEmpty() || approver.isEmpty())
        return {errors::kApprovalMissing,
                Tr::tr("The record lacks the signed confirmation of a clerk or the signed approval of a "
                       "supervisor.")};
    if (verifier.compare(approver, Qt::CaseInsensitive) == 0)
        return {errors::kApprovalSameAccount,
                Tr::tr("The record was confirmed and approved by the same account.")};
    // A supervisor approves what a clerk confirmed before: an approval that
    // claims an earlier audit entry than the confirmation it approves was not
    // made by SoHoa. This is what stops a disabled account's key from dating an
    // approval back to before its revocation, for every record confirmed after
    // it (docs/security.md, "Backdating after revocation").
    if (verifiedAt > 0 && approvedAt > 0 && approvedAt < verifiedAt)
        return {
            errors::kApprovalOutOfOrder,
            Tr::tr("The approval of '%1' claims to come before the confirmation it approves.").arg(approver)};
    if (!notListed.ok())
        return notListed;
    if (pagesCovered)
        *pagesCovered = allCover;
    return {};
}

QJsonObject headJson(const AuditHead& head)
{
    return {{QStringLiteral("seq"), double(head.seq)},
            {QStringLiteral("hash"), QString::fromLatin1(head.hash.toHex())}};
}

Result<AuditHead> auditHead(store::Database& db)
{
    auto st = db.cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1;");
    if (!st)
        return st.error();
    auto has = st->next();
    if (!has)
        return has.error();
    AuditHead h;
    if (*has) {
        h.seq = st->integer(0);
        h.hash = st->blob(1);
    }
    return h;
}

Result<QByteArray> auditHashAt(store::Database& db, qint64 seq)
{
    auto st = db.cached("SELECT hash FROM audit WHERE seq = ?;");
    if (!st)
        return st.error();
    st->bind(1, seq);
    auto has = st->next();
    if (!has)
        return has.error();
    return *has ? st->blob(0) : QByteArray();
}

namespace {

constexpr int kMaxCheckpoints = 32;

Result<QList<qint64>> checkpointSeqs(store::Database& db)
{
    auto st = db.cached("SELECT value FROM meta WHERE key = 'registry_audit_checkpoints';");
    if (!st)
        return st.error();
    auto has = st->next();
    if (!has)
        return has.error();
    QList<qint64> out;
    if (*has) {
        for (const QJsonValue& v : QJsonDocument::fromJson(st->text(0).toUtf8()).array())
            if (const qint64 seq = seqOf(v))
                out.append(seq);
        st->reset();
    }
    return out;
}

} // namespace

Result<QJsonArray> auditCheckpoints(store::Database& db, qint64 alsoSeq)
{
    auto seqs = checkpointSeqs(db);
    if (!seqs)
        return seqs.error();
    if (alsoSeq > 0 && !seqs->contains(alsoSeq))
        seqs->append(alsoSeq);
    QJsonArray out;
    for (qint64 seq : std::as_const(*seqs)) {
        auto hash = auditHashAt(db, seq);
        if (!hash)
            return hash.error();
        // An entry no longer there: all zeros, which the registry finds different.
        const QByteArray h = hash->isEmpty() ? QByteArray(32, '\0') : *hash;
        out.append(QJsonObject{{QStringLiteral("seq"), double(seq)},
                               {QStringLiteral("hash"), QString::fromLatin1(h.toHex())}});
    }
    return out;
}

Result<void> rememberCheckpoint(store::Database& db, qint64 seq)
{
    if (seq < 1)
        return {};
    auto seqs = checkpointSeqs(db);
    if (!seqs)
        return seqs.error();
    if (seqs->contains(seq))
        return {};
    seqs->append(seq);
    std::sort(seqs->begin(), seqs->end());
    while (seqs->size() > kMaxCheckpoints)
        seqs->removeFirst();
    QJsonArray list;
    for (qint64 s : std::as_const(*seqs))
        list.append(double(s));
    auto st = db.cached("INSERT OR REPLACE INTO meta (key, value) VALUES ('registry_audit_checkpoints', ?);");
    if (!st)
        return st.error();
    st->bindUtf8(1, canonicalJson(list));
    return st->run();
}

Result<AnchorCheck> checkAgainstRegistry(store::Database& db, int timeoutMs)
{
    SOHOA_TRY_ASSIGN(const EnrolledDevice device, loadEnrolledDevice(db));
    auto trusted = parsePinnedCertificates(device.settings.caPem.toUtf8());
    if (!trusted)
        return trusted.error();
    RegistryClient client(ClientConfig{QUrl(device.settings.url), *trusted, device.settings.deviceId,
                                       &device.keys.signSecretKey, timeoutMs, 1});
    HttpRequest req;
    req.path = QStringLiteral("/v1/office");
    req.body = canonicalJson(QJsonObject{{QStringLiteral("schema"), QLatin1String(protocol::kSchema)}});
    const HttpResponse resp = client.call(req);
    AnchorCheck c;
    if (!resp.ok()) {
        if (resp.answered && resp.errorCode().startsWith(QLatin1String("audit."))) {
            c.matches = false;
            c.problem = resp.errorMessage();
            return c;
        }
        return makeError(resp.errorCode().startsWith(QLatin1String("sync.")) ? resp.errorCode()
                                                                             : errors::kRefused,
                         Tr::tr("The registry did not answer: %1").arg(resp.errorMessage()));
    }
    const QJsonObject anchor = resp.json.value(QLatin1String("anchor")).toObject();
    c.seq = seqOf(anchor.value(QLatin1String("seq")));
    c.at = anchor.value(QLatin1String("at")).toString();
    c.anchored = c.seq > 0;
    if (!c.anchored)
        return c;
    auto mine = auditHashAt(db, c.seq);
    if (!mine)
        return mine.error();
    const QByteArray theirs = QByteArray::fromHex(anchor.value(QLatin1String("hash")).toString().toLatin1());
    if (mine->isEmpty()) {
        c.matches = false;
        c.problem = Tr::tr("the registry anchored entry %1 on %2, but the audit trail here ends before it")
                        .arg(c.seq)
                        .arg(c.at);
    } else if (*mine != theirs) {
        c.matches = false;
        c.problem = Tr::tr("entry %1 is not the one the registry anchored on %2: the history was rewritten")
                        .arg(c.seq)
                        .arg(c.at);
    }
    return c;
}

} // namespace sohoa::sync::approvals
