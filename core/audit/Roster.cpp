#include "core/audit/Roster.h"

#include "core/common/JsonWriter.h"
#include "core/crypto/Hash.h"
#include "core/i18n/Tr.h"
#include "core/store/Database.h"
#include "core/sync/Signature.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <map>

namespace sohoa::audit {

namespace {

struct Signer {
    QString actor;
    QByteArray publicKey;
    std::shared_ptr<crypto::SecretBytes> secretKey;
};

QMutex& signersMutex()
{
    static QMutex m;
    return m;
}

std::map<quint64, Signer>& signers()
{
    static std::map<quint64, Signer> s;
    return s;
}

quint64 g_nextSignerId = 1;

constexpr const char* kRosterColumns =
    "id, account, role, public_key, from_seq, signed_by, signer_key, signature, statements";

RosterEntry readRow(const store::Statement& row)
{
    RosterEntry e;
    e.id = row.integer(0);
    e.account = row.text(1);
    e.role = row.text(2);
    e.publicKey = row.blob(3);
    e.fromSeq = row.integer(4);
    e.signedBy = row.isNull(5) ? QString() : row.text(5);
    e.signerKey = row.isNull(6) ? QByteArray() : row.blob(6);
    e.signature = row.isNull(7) ? QByteArray() : row.blob(7);
    // A revocation row of format 2 keeps its list as a JSON array of strings
    // (possibly empty); NULL: a format-1 row.
    if (!row.isNull(8)) {
        e.format = kRosterFormat;
        for (const QJsonValue& v : QJsonDocument::fromJson(row.text(8).toUtf8()).array())
            e.statements.append(v.toString());
    }
    return e;
}

Result<qint64> nextAuditSeq(store::Database& db)
{
    auto st = db.cached("SELECT COALESCE(MAX(seq), 0) + 1 FROM audit;");
    if (!st)
        return st.error();
    auto has = st->next();
    if (!has)
        return has.error();
    return *has ? st->integer(0) : qint64(1);
}

} // namespace

QByteArray canonicalRosterContent(const RosterEntry& e)
{
    // Keys in sorted order; the signer's name and key are part of what is signed.
    JsonWriter w(256);
    w.beginObject();
    w.key("account");
    w.string(e.account);
    w.key("format");
    w.string(e.format >= 2 ? QStringLiteral("sohoa-roster-v2") : QStringLiteral("sohoa-roster-v1"));
    w.key("from_seq");
    w.integer(e.fromSeq);
    w.key("public_key");
    w.string(QString::fromLatin1(e.publicKey.toBase64()));
    w.key("role");
    w.string(e.role);
    w.key("signed_by");
    w.string(e.signedBy);
    w.key("signer_key");
    w.string(QString::fromLatin1(e.signerKey.toBase64()));
    if (e.format >= 2) {
        w.key("statements");
        w.beginArray();
        for (const QString& item : e.statements)
            w.string(item);
        w.endArray();
    }
    w.endObject();
    return w.take();
}

QByteArray auditSignedMessage(const QByteArray& entryHash)
{
    return QByteArrayLiteral("sohoa audit entry v1\n") + entryHash;
}

SignerHandle::~SignerHandle()
{
    QMutexLocker lock(&signersMutex());
    signers().erase(m_id);
}

std::unique_ptr<SignerHandle> registerSigner(const QString& actor, const QByteArray& publicKey,
                                             crypto::SecretBytes secretKey)
{
    std::unique_ptr<SignerHandle> h(new SignerHandle);
    QMutexLocker lock(&signersMutex());
    h->m_id = g_nextSignerId++;
    signers()[h->m_id] =
        Signer{actor, publicKey, std::make_shared<crypto::SecretBytes>(std::move(secretKey))};
    return h;
}

crypto::SecretBytes registeredSecretKey(const QString& actor, const QByteArray& publicKey)
{
    QMutexLocker lock(&signersMutex());
    for (const auto& [id, s] : signers())
        if (s.actor == actor && s.publicKey == publicKey)
            return s.secretKey->clone();
    return {};
}

QByteArray signAs(const QString& actor, const QByteArray& publicKey, const QByteArray& msg)
{
    std::shared_ptr<crypto::SecretBytes> key;
    {
        QMutexLocker lock(&signersMutex());
        for (const auto& [id, s] : signers()) {
            if (s.actor == actor && s.publicKey == publicKey) {
                key = s.secretKey;
                break;
            }
        }
    }
    if (!key)
        return {};
    return sync::signDetached(msg, *key);
}

Result<QByteArray> currentSigningKey(store::Database& db, const QString& account)
{
    auto st = db.cached("SELECT public_key FROM signing_keys WHERE account = ? ORDER BY id DESC LIMIT 1;");
    if (!st)
        return st.error();
    st->bind(1, account);
    auto has = st->next();
    if (!has)
        return has.error();
    return *has ? st->blob(0) : QByteArray();
}

Result<QList<RosterEntry>> loadRoster(store::Database& db)
{
    const QByteArray sql = QByteArray("SELECT ") + kRosterColumns + " FROM signing_keys ORDER BY id;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    QList<RosterEntry> out;
    SOHOA_TRY(st->forEachRow([&](const store::Statement& row) { out.append(readRow(row)); }));
    return out;
}

namespace {

// Dates e from the next audit entry, has signer sign it (when signerPublicKey
// is given) and stores it.
Result<void> insertRosterEntry(store::Database& db, RosterEntry e, const QString& signer,
                               const QByteArray& signerPublicKey)
{
    SOHOA_TRY_ASSIGN(e.fromSeq, nextAuditSeq(db));
    if (!signerPublicKey.isEmpty()) {
        e.signedBy = signer;
        e.signerKey = signerPublicKey;
        e.signature = signAs(signer, signerPublicKey, canonicalRosterContent(e));
        if (e.signature.isEmpty())
            return makeError(QStringLiteral("audit.no_signing_key"),
                             Tr::tr("The signing key of '%1' is not available; sign in again.").arg(signer));
    }
    auto ins =
        db.prepare("INSERT INTO signing_keys (account, role, public_key, from_seq, signed_by, signer_key, "
                   "signature, statements) VALUES (?, ?, ?, ?, ?, ?, ?, ?);");
    if (!ins)
        return ins.error();
    ins->bind(1, e.account).bind(2, e.role).bindBlob(3, e.publicKey).bind(4, e.fromSeq);
    if (e.signedBy.isEmpty())
        ins->bindNull(5).bindNull(6).bindNull(7);
    else
        ins->bind(5, e.signedBy).bindBlob(6, e.signerKey).bindBlob(7, e.signature);
    if (e.format >= 2)
        ins->bindUtf8(8,
                      QJsonDocument(QJsonArray::fromStringList(e.statements)).toJson(QJsonDocument::Compact));
    else
        ins->bindNull(8);
    return ins->run();
}

} // namespace

Result<void> addRosterEntry(store::Database& db, const QString& account, const QString& role,
                            const QByteArray& publicKey, const QString& signer,
                            const QByteArray& signerPublicKey)
{
    RosterEntry e;
    e.account = account;
    e.role = role;
    e.publicKey = publicKey;
    return insertRosterEntry(db, e, signer, signerPublicKey);
}

Result<void> addRevocationEntry(store::Database& db, const QString& account, const QByteArray& publicKey,
                                const QString& signer, const QByteArray& signerPublicKey,
                                const QStringList& undelivered)
{
    RosterEntry e;
    e.account = account;
    e.role = QLatin1String(kDisabledRole);
    e.publicKey = publicKey;
    e.format = kRosterFormat;
    e.statements = undelivered;
    return insertRosterEntry(db, e, signer, signerPublicKey);
}

Result<int> signPendingRosterEntries(store::Database& db, const QString& admin,
                                     const QByteArray& adminPublicKey, bool adminRowsOnly)
{
    auto roster = loadRoster(db);
    if (!roster)
        return roster.error();
    QSet<QString> haveSignedRow;
    for (const RosterEntry& e : *roster)
        if (!e.signedBy.isEmpty())
            haveSignedRow.insert(e.account);
    // An administrator signs others only with a key already in the roster (or
    // its own first row, the root, when nothing is signed yet).
    const bool rootNeeded = haveSignedRow.isEmpty();
    int signedRows = 0;
    for (RosterEntry e : *roster) {
        if (!e.signedBy.isEmpty() || haveSignedRow.contains(e.account))
            continue;
        if (adminRowsOnly && (e.role != QLatin1String("admin") || e.account == admin))
            continue;
        if (!rootNeeded && e.account == admin)
            continue;
        e.signedBy = admin;
        e.signerKey = adminPublicKey;
        e.signature = signAs(admin, adminPublicKey, canonicalRosterContent(e));
        if (e.signature.isEmpty())
            return makeError(QStringLiteral("audit.no_signing_key"),
                             Tr::tr("The signing key of '%1' is not available; sign in again.").arg(admin));
        auto up =
            db.prepare("UPDATE signing_keys SET signed_by = ?, signer_key = ?, signature = ? WHERE id = ?;");
        if (!up)
            return up.error();
        up->bind(1, e.signedBy).bindBlob(2, e.signerKey).bindBlob(3, e.signature).bind(4, e.id);
        SOHOA_TRY(up->run());
        ++signedRows;
    }
    return signedRows;
}

RosterCheck checkRoster(const QList<RosterEntry>& roster)
{
    RosterCheck c;
    auto fail = [&](const RosterEntry& e, const QString& why) {
        c.valid = false;
        c.badFromSeq = qMax<qint64>(1, e.fromSeq);
        c.problem = why;
        return c;
    };
    // Every row carries a valid signature of the key it names as its signer.
    for (const RosterEntry& e : roster) {
        if (e.publicKey.size() != sync::kSigningPublicKeyBytes)
            return fail(e, Tr::tr("the roster entry of '%1' has no valid public key").arg(e.account));
        if (e.signedBy.isEmpty() || e.signature.isEmpty())
            return fail(e,
                        Tr::tr("the roster entry of '%1' is not signed by an administrator").arg(e.account));
        if (!sync::verifyDetached(e.signature, canonicalRosterContent(e), e.signerKey))
            return fail(e, Tr::tr("the roster entry of '%1' has a wrong signature").arg(e.account));
    }
    if (roster.isEmpty())
        return c;
    // The root: the first row an administrator signed with its own key. Trust
    // then spreads from it: a row is trusted when its signer is an
    // administrator whose own row (that name, that key) is trusted.
    QList<bool> trusted(roster.size(), false);
    qsizetype root = -1;
    for (qsizetype i = 0; i < roster.size() && root < 0; ++i) {
        const RosterEntry& e = roster[i];
        if (e.role == QLatin1String("admin") && e.signedBy == e.account && e.signerKey == e.publicKey)
            root = i;
    }
    if (root < 0)
        return fail(roster.first(), Tr::tr("no administrator is at the root of the roster"));
    trusted[root] = true;
    c.rootKey = roster[root].publicKey;
    c.rootAccount = roster[root].account;
    for (bool grew = true; grew;) {
        grew = false;
        for (qsizetype i = 0; i < roster.size(); ++i) {
            if (trusted[i])
                continue;
            const RosterEntry& e = roster[i];
            for (qsizetype j = 0; j < roster.size(); ++j) {
                const RosterEntry& s = roster[j];
                if (trusted[j] && j != i && s.role == QLatin1String("admin") && s.account == e.signedBy &&
                    s.publicKey == e.signerKey) {
                    trusted[i] = true;
                    grew = true;
                    break;
                }
            }
        }
    }
    for (qsizetype i = 0; i < roster.size(); ++i)
        if (!trusted[i])
            return fail(roster[i],
                        Tr::tr("the roster entry of '%1' is signed by '%2', who is not an administrator "
                               "with that key")
                            .arg(roster[i].account, roster[i].signedBy));
    return c;
}

QString keyFingerprint(const QByteArray& publicKey)
{
    const QByteArray hex = crypto::blake2b(publicKey, 16).toHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

} // namespace sohoa::audit
