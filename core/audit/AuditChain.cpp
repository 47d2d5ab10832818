#include "core/audit/AuditChain.h"

#include "core/audit/Roster.h"
#include "core/common/Clock.h"
#include "core/common/Json.h"
#include "core/common/JsonWriter.h"
#include "core/crypto/Hash.h"
#include "core/i18n/Tr.h"
#include "core/store/Database.h"
#include "core/sync/Signature.h"

#include <QCoreApplication>

namespace sohoa::audit {

namespace {

QByteArray computeHash(const AuditEntry& e)
{
    crypto::Blake2bStream h(32);
    h.add(e.prevHash);
    h.add(canonicalAuditContent(e));
    return h.finish();
}

const QByteArray kGenesis(32, '\0');

constexpr const char* kEntryColumns = "seq, at, actor, action, entity, details, prev_hash, hash";

// An entry from a row of kEntryColumns; its details stay text (detailsText):
// verification checks the bytes as stored before anything parses them.
AuditEntry readEntry(const store::Statement& row, QByteArray& detailsText)
{
    AuditEntry e;
    e.seq = row.integer(0);
    e.at = row.text(1);
    e.actor = row.text(2);
    e.action = row.text(3);
    e.entity = row.text(4);
    detailsText = row.text(5).toUtf8();
    e.prevHash = row.blob(6);
    e.hash = row.blob(7);
    return e;
}

// Actions `system` writes (store creation, imported sign-in failures): a
// `system` entry with any other action is a forgery.
bool systemMayWrite(const QString& action)
{
    return action.startsWith(QLatin1String("auth.")) || action == QLatin1String("store.created") ||
           action == QLatin1String("store.recovery_code_issued") ||
           action == QLatin1String("account.created");
}

} // namespace

bool isUnsignedActor(const QString& actor)
{
    return actor == QLatin1String("system");
}

QByteArray canonicalAuditContent(const AuditEntry& e)
{
    // {"action","actor","at","details","entity","seq"}: keys in sorted order.
    JsonWriter w(256);
    w.beginObject();
    w.key("action");
    w.string(e.action);
    w.key("actor");
    w.string(e.actor);
    w.key("at");
    w.string(e.at);
    w.key("details");
    w.value(e.details);
    w.key("entity");
    w.string(e.entity);
    w.key("seq");
    w.integer(e.seq);
    w.endObject();
    return w.take();
}

Result<qint64> appendAudit(store::Database& db, const QString& actor, const QString& action,
                           const QString& entity, const QJsonObject& details)
{
    AuditEntry e;
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.details = details;
    e.at = nowIso();
    {
        auto last = db.cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1;");
        if (!last)
            return last.error();
        auto has = last->next();
        if (!has)
            return has.error();
        e.seq = *has ? last->integer(0) + 1 : 1;
        e.prevHash = *has ? last->blob(1) : kGenesis;
    }
    // Details are stored exactly as hashed so verification re-reads the same bytes.
    const QByteArray detailsJson = canonicalJson(e.details);
    e.hash = computeHash(e);
    // Signed by the actor's key when the actor has one in the roster (and is
    // signed in in this process); `system` entries are chained but unsigned.
    QByteArray signature;
    if (!isUnsignedActor(actor)) {
        auto key = currentSigningKey(db, actor);
        if (!key)
            return key.error();
        if (!key->isEmpty())
            signature = signAs(actor, *key, auditSignedMessage(e.hash));
    }
    auto ins =
        db.cached("INSERT INTO audit (seq, at, actor, action, entity, details, prev_hash, hash, signature) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!ins)
        return ins.error();
    ins->bind(1, e.seq).bind(2, e.at).bind(3, e.actor).bind(4, e.action).bind(5, e.entity);
    ins->bindUtf8(6, detailsJson).bindBlob(7, e.prevHash).bindBlob(8, e.hash);
    if (signature.isEmpty())
        ins->bindNull(9);
    else
        ins->bindBlob(9, signature);
    if (auto r = ins->run(); !r)
        return r.error();
    // The head (newest seq and hash) lets verification notice deleted newest
    // entries. It is written once per transaction: a single-row UPDATE costs
    // SQLCipher a statement-journal page encryption, ~100k instructions.
    const QString headValue = QString::number(e.seq) + QLatin1Char(':') + QString::fromLatin1(e.hash.toHex());
    if (auto r = db.beforeCommit(
            "audit_head",
            [&db, headValue]() -> Result<void> {
                auto head = db.cached("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?);");
                if (!head)
                    return head.error();
                head->bind(1, headValue);
                return head->run();
            });
        !r)
        return r.error();
    return e.seq;
}

Result<ChainReport> verifyAuditChain(store::Database& db)
{
    ChainReport report;
    auto roster = loadRoster(db);
    if (!roster)
        return roster.error();
    const RosterCheck rosterCheck = checkRoster(*roster);
    report.rosterRoot = rosterCheck.rootAccount;
    report.rosterRootFingerprint =
        rosterCheck.rootKey.isEmpty() ? QString() : keyFingerprint(rosterCheck.rootKey);
    if (!rosterCheck.valid) {
        report.intact = false;
        report.firstBadSeq = rosterCheck.badFromSeq;
        report.problem = Tr::tr("the roster of signing keys was changed: %1").arg(rosterCheck.problem);
        return report;
    }
    auto signedFromText = db.queryText("SELECT value FROM meta WHERE key = 'audit_signed_from';");
    if (!signedFromText)
        return signedFromText.error();
    // Without the marker (removed), every entry must be signed.
    const qint64 signedFrom = signedFromText->isEmpty() ? 1 : signedFromText->toLongLong();
    // The key in force for actor at seq: the actor's newest roster row starting at or before it.
    auto keyAt = [&](const QString& actor, qint64 seq) -> const RosterEntry* {
        const RosterEntry* found = nullptr;
        for (const RosterEntry& r : *roster)
            if (r.account == actor && r.fromSeq <= seq && (!found || r.fromSeq >= found->fromSeq))
                found = &r;
        return found;
    };
    const QByteArray sql = QByteArray("SELECT ") + kEntryColumns + ", signature FROM audit ORDER BY seq;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    qint64 expectedSeq = 1;
    QByteArray prev = kGenesis;
    auto fail = [&](qint64 seq, const QString& why) {
        report.intact = false;
        report.firstBadSeq = seq;
        report.problem = why;
    };
    for (;;) {
        auto has = st->next();
        if (!has)
            return has.error();
        if (!*has)
            break;
        QByteArray detailsText;
        AuditEntry e = readEntry(*st, detailsText);
        ++report.entries;
        if (e.seq != expectedSeq) {
            fail(expectedSeq,
                 e.seq > expectedSeq
                     ? Tr::tr("entry %1 is missing (next entry is %2)").arg(expectedSeq).arg(e.seq)
                     : Tr::tr("entry %1 is out of order").arg(e.seq));
            return report;
        }
        auto details = parseJsonObject(detailsText);
        if (!details) {
            fail(e.seq, Tr::tr("entry %1 has unreadable details").arg(e.seq));
            return report;
        }
        e.details = *details;
        if (canonicalJson(e.details) != detailsText) {
            fail(e.seq, Tr::tr("entry %1 details were rewritten").arg(e.seq));
            return report;
        }
        if (!crypto::constantTimeEquals(e.prevHash, prev)) {
            fail(e.seq,
                 Tr::tr("entry %1 does not link to entry %2 (an entry was removed, inserted or reordered)")
                     .arg(e.seq)
                     .arg(e.seq - 1));
            return report;
        }
        if (!crypto::constantTimeEquals(computeHash(e), e.hash)) {
            fail(e.seq, Tr::tr("entry %1 was changed after it was written").arg(e.seq));
            return report;
        }
        const QByteArray signature = st->isNull(8) ? QByteArray() : st->blob(8);
        if (isUnsignedActor(e.actor)) {
            if (e.seq >= signedFrom && !systemMayWrite(e.action)) {
                fail(e.seq, Tr::tr("entry %1 claims that the system did '%2', which only an account does")
                                .arg(e.seq)
                                .arg(e.action));
                return report;
            }
            ++report.unsignedSystem;
        } else if (const RosterEntry* key = keyAt(e.actor, e.seq)) {
            if (key->role == QLatin1String(kDisabledRole)) {
                fail(e.seq, Tr::tr("entry %1 ('%2' by %3) was written after %3's account was disabled")
                                .arg(e.seq)
                                .arg(e.action, e.actor));
                return report;
            }
            if (!sync::verifyDetached(signature, auditSignedMessage(e.hash), key->publicKey)) {
                fail(e.seq, Tr::tr("entry %1 ('%2' by %3) is not signed with %3's key")
                                .arg(e.seq)
                                .arg(e.action, e.actor));
                return report;
            }
            ++report.signedEntries;
        } else if (e.seq < signedFrom) {
            ++report.unsignedBeforeKeys;
        } else {
            fail(e.seq, Tr::tr("entry %1 ('%2' by %3) is not signed: %3 has no key in the roster")
                            .arg(e.seq)
                            .arg(e.action, e.actor));
            return report;
        }
        prev = e.hash;
        ++expectedSeq;
    }
    auto head = db.queryText("SELECT value FROM meta WHERE key = 'audit_head';");
    if (!head)
        return head.error();
    const QString expectedHead = report.entries ? QString::number(expectedSeq - 1) + QLatin1Char(':') +
                                                      QString::fromLatin1(prev.toHex())
                                                : QString();
    if (*head != expectedHead) {
        const qint64 headSeq = head->section(QLatin1Char(':'), 0, 0).toLongLong();
        if (headSeq > report.entries)
            fail(report.entries + 1,
                 Tr::tr("entries %1 to %2 were deleted").arg(report.entries + 1).arg(headSeq));
        else
            fail(qMax<qint64>(1, headSeq),
                 Tr::tr("the last entry does not match the recorded head of the chain"));
    }
    return report;
}

Result<QList<AuditEntry>> queryAudit(store::Database& db, const AuditFilter& f)
{
    QByteArray sql = QByteArray("SELECT ") + kEntryColumns + " FROM audit WHERE seq > ?1";
    if (!f.actor.isEmpty())
        sql += " AND actor = ?2";
    if (!f.entity.isEmpty())
        sql += " AND entity = ?3";
    if (!f.actionPrefix.isEmpty())
        sql += " AND substr(action, 1, length(?4)) = ?4";
    if (!f.from.isEmpty())
        sql += " AND at >= ?5";
    if (!f.to.isEmpty())
        sql += " AND at <= ?6";
    sql += " ORDER BY seq LIMIT ?7;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, f.afterSeq);
    if (!f.actor.isEmpty())
        st->bind(2, f.actor);
    if (!f.entity.isEmpty())
        st->bind(3, f.entity);
    if (!f.actionPrefix.isEmpty())
        st->bind(4, f.actionPrefix);
    if (!f.from.isEmpty())
        st->bind(5, f.from);
    if (!f.to.isEmpty())
        st->bind(6, f.to);
    st->bind(7, qint64(f.limit));
    QList<AuditEntry> out;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) {
        QByteArray detailsText;
        AuditEntry e = readEntry(row, detailsText);
        if (auto d = parseJsonObject(detailsText))
            e.details = *d;
        out.append(e);
    }));
    return out;
}

} // namespace sohoa::audit
