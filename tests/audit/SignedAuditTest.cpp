// Finding 1 of issue 21: a clerk holds the data key (their own password opens
// it), so they can rewrite the database with the SQLCipher library. Audit
// entries are signed by their actors and the roster of keys is signed by an
// administrator: a rewritten trail or roster is reported by `audit verify`.
#include "TestSupport.h"
#include "core/accounts/AccountAdmin.h"
#include "core/audit/AuditChain.h"
#include "core/audit/Roster.h"
#include "core/crypto/Hash.h"
#include "core/store/Database.h"
#include "core/store/Keyring.h"
#include "core/store/StoreLayout.h"
#include "core/sync/Signature.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1 // SQLCipher's sqlite3_key
#endif
#include <sqlite3.h>

using namespace sohoa;

namespace {

// What a clerk can do with their own password: unwrap their key slot.
crypto::SecretBytes clerkDataKey(const QString& storePath)
{
    const auto layout = store::StoreLayout::at(storePath);
    auto keyring = store::Keyring::load(layout.keyringFile());
    EXPECT_TRUE(keyring.ok());
    const store::KeySlot* slot = keyring->findSlot(keyring->accountSlotId(QStringLiteral("clerk")));
    EXPECT_TRUE(slot);
    auto key = store::Keyring::unwrapSlot(*slot, test::kClerkPassword);
    EXPECT_TRUE(key.ok());
    return key.ok() ? std::move(*key) : crypto::SecretBytes();
}

// The database opened with the SQLCipher C API directly, as a script would.
struct RawDb {
    sqlite3* db = nullptr;
    explicit RawDb(const QString& storePath)
    {
        const crypto::SecretBytes key = clerkDataKey(storePath);
        const QByteArray literal =
            "x'" + QByteArray(reinterpret_cast<const char*>(key.data()), int(key.size())).toHex() + "'";
        const QByteArray file = store::StoreLayout::at(storePath).databaseFile().toUtf8();
        EXPECT_EQ(sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        EXPECT_EQ(sqlite3_key(db, literal.constData(), int(literal.size())), SQLITE_OK);
        exec("PRAGMA cipher_page_size = " + QByteArray::number(store::Database::kPageSize) + ";");
        exec("SELECT count(*) FROM sqlite_master;");
    }
    ~RawDb() { sqlite3_close(db); }
    void exec(const QByteArray& sql)
    {
        char* err = nullptr;
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &err);
        EXPECT_EQ(rc, SQLITE_OK) << sql.constData() << ": " << (err ? err : "");
        sqlite3_free(err);
    }
    qint64 integer(const QByteArray& sql)
    {
        sqlite3_stmt* st = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr), SQLITE_OK) << sql.constData();
        qint64 v = -1;
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return v;
    }

    // Re-hashes the chain from entry `from` on (unkeyed BLAKE2b, as AuditChain
    // does) and moves the recorded head: what finding 1's script did.
    void rehashFrom(qint64 from)
    {
        sqlite3_stmt* st = nullptr;
        ASSERT_EQ(sqlite3_prepare_v2(db,
                                     "SELECT seq, at, actor, action, entity, details, prev_hash FROM audit "
                                     "WHERE seq >= ? ORDER BY seq;",
                                     -1, &st, nullptr),
                  SQLITE_OK);
        sqlite3_bind_int64(st, 1, from);
        QList<audit::AuditEntry> entries;
        while (sqlite3_step(st) == SQLITE_ROW) {
            audit::AuditEntry e;
            e.seq = sqlite3_column_int64(st, 0);
            e.at = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
            e.actor = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 2)));
            e.action = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 3)));
            e.entity = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 4)));
            e.details =
                QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 5))))
                    .object();
            e.prevHash =
                QByteArray(static_cast<const char*>(sqlite3_column_blob(st, 6)), sqlite3_column_bytes(st, 6));
            entries.append(e);
        }
        sqlite3_finalize(st);
        QByteArray prev = entries.isEmpty() ? QByteArray() : entries.first().prevHash;
        for (audit::AuditEntry& e : entries) {
            e.prevHash = prev;
            crypto::Blake2bStream h(32);
            h.add(e.prevHash);
            h.add(audit::canonicalAuditContent(e));
            e.hash = h.finish();
            sqlite3_stmt* up = nullptr;
            ASSERT_EQ(sqlite3_prepare_v2(db, "UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?;", -1,
                                         &up, nullptr),
                      SQLITE_OK);
            sqlite3_bind_blob(up, 1, e.prevHash.constData(), int(e.prevHash.size()), SQLITE_TRANSIENT);
            sqlite3_bind_blob(up, 2, e.hash.constData(), int(e.hash.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(up, 3, e.seq);
            EXPECT_EQ(sqlite3_step(up), SQLITE_DONE);
            sqlite3_finalize(up);
            prev = e.hash;
        }
        if (!entries.isEmpty()) {
            const QByteArray head = QByteArray::number(entries.last().seq) + ':' + prev.toHex();
            exec("UPDATE meta SET value = '" + head + "' WHERE key = 'audit_head';");
        }
    }
};

test::ProcessResult cliVerify(const QString& storePath)
{
    return test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"),
                         storePath, QStringLiteral("--user"), QStringLiteral("admin")},
                        {QStringLiteral("SOHOA_PASSWORD=") + QString::fromLatin1(test::kAdminPassword)});
}

audit::ChainReport verifyAsAdmin(test::TestStore& store)
{
    auto admin = store.admin();
    EXPECT_TRUE(admin);
    if (!admin)
        return {};
    auto r = audit::verifyAuditChain(admin->db());
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : audit::ChainReport{};
}

// The clerk records some work (a batch and a record it verified), signed.
qint64 clerkWorks(test::TestStore& store)
{
    auto clerk = store.clerk();
    EXPECT_TRUE(clerk);
    auto tx = store::Transaction::begin(clerk->db());
    EXPECT_TRUE(tx.ok());
    EXPECT_TRUE(
        clerk->db()
            .exec(
                "INSERT INTO batches (name, created_at, created_by) VALUES ('b1', '2026-12-07', 'clerk');"
                "INSERT INTO records (batch_id, record_type, state, created_at, created_by, updated_at, "
                "verified_by) VALUES (1, 'birth', 'verified', '2026-12-07', 'clerk', '2026-12-07', 'clerk');")
            .ok());
    auto seq = clerk->audit(QStringLiteral("record.verified"), QStringLiteral("record:1"));
    EXPECT_TRUE(seq.ok());
    EXPECT_TRUE(clerk
                    ->audit(QStringLiteral("record.field_edit"), QStringLiteral("record:1"),
                            {{QStringLiteral("field"), QStringLiteral("name")}})
                    .ok());
    EXPECT_TRUE(tx->commit().ok());
    return seq.ok() ? *seq : 0;
}

} // namespace

TEST(SignedAudit, EntriesOfAccountsAreSignedAndVerify)
{
    test::TestStore store;
    clerkWorks(store);
    {
        auto supervisor = store.supervisor();
        ASSERT_TRUE(supervisor);
    }
    const auto r = verifyAsAdmin(store);
    EXPECT_TRUE(r.intact) << r.problem.toStdString();
    EXPECT_GT(r.signedEntries, 5);
    EXPECT_EQ(r.unsignedBeforeKeys, 0);
    EXPECT_EQ(r.rosterRoot, QStringLiteral("admin"));
    EXPECT_FALSE(r.rosterRootFingerprint.isEmpty());
    auto cli = cliVerify(store.path);
    EXPECT_EQ(cli.exitCode, 0) << cli.out.constData() << cli.err.constData();
    EXPECT_TRUE(cli.out.contains("fingerprint")) << cli.out.constData();
}

// The script of finding 1: approve as the supervisor, rename the clerk's
// entries to the supervisor, re-hash the chain and the head.
TEST(SignedAudit, AClerkForgingAnApprovalAndRehashingTheChainIsReported)
{
    test::TestStore store;
    const qint64 verifiedSeq = clerkWorks(store);
    ASSERT_GT(verifiedSeq, 0);
    {
        RawDb raw(store.path);
        raw.exec(
            "UPDATE records SET state = 'approved', decided_by = 'supervisor', decided_at = '2026-12-07' "
            "WHERE id = 1;");
        raw.exec("UPDATE audit SET actor = 'supervisor', action = 'record.approved' WHERE seq = " +
                 QByteArray::number(verifiedSeq) + ";");
        raw.rehashFrom(verifiedSeq);
    }
    const auto r = verifyAsAdmin(store);
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadSeq, verifiedSeq) << r.problem.toStdString();
    EXPECT_TRUE(r.problem.contains(QStringLiteral("supervisor"))) << r.problem.toStdString();
    auto cli = cliVerify(store.path);
    EXPECT_EQ(cli.exitCode, 1) << cli.out.constData();
    EXPECT_TRUE(cli.out.contains(QByteArray(QByteArray("entry ") + QByteArray::number(verifiedSeq))))
        << cli.out.constData();
}

// Dropping the signatures, or passing the forged entry off as the system's, does not help.
TEST(SignedAudit, StrippedSignaturesAndForgedSystemEntriesAreReported)
{
    test::TestStore store;
    const qint64 seq = clerkWorks(store);
    {
        RawDb raw(store.path);
        raw.exec("UPDATE audit SET signature = NULL WHERE seq = " + QByteArray::number(seq) + ";");
    }
    auto r = verifyAsAdmin(store);
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadSeq, seq);
    {
        RawDb raw(store.path);
        raw.exec("UPDATE audit SET actor = 'system', action = 'record.approved' WHERE seq = " +
                 QByteArray::number(seq) + ";");
        raw.rehashFrom(seq);
    }
    r = verifyAsAdmin(store);
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadSeq, seq) << r.problem.toStdString();
}

// The clerk cannot list their own key as the supervisor's: the roster is signed by an administrator.
TEST(SignedAudit, AForgedRosterIsReported)
{
    test::TestStore store;
    const qint64 seq = clerkWorks(store);
    const QByteArray clerkKey = [&] {
        auto admin = store.admin();
        auto k = audit::currentSigningKey(admin->db(), QStringLiteral("clerk"));
        EXPECT_TRUE(k.ok());
        return *k;
    }();
    ASSERT_EQ(clerkKey.size(), 32);
    // (a) an unsigned row giving the supervisor the clerk's key, entries renamed to the supervisor
    {
        RawDb raw(store.path);
        raw.exec("INSERT INTO signing_keys (account, role, public_key, from_seq) SELECT 'supervisor', "
                 "'supervisor', "
                 "public_key, 1 FROM signing_keys WHERE account = 'clerk';");
        raw.exec("UPDATE audit SET actor = 'supervisor', action = 'record.approved' WHERE seq = " +
                 QByteArray::number(seq) + ";");
        raw.rehashFrom(seq);
    }
    auto r = verifyAsAdmin(store);
    EXPECT_FALSE(r.intact);
    EXPECT_TRUE(r.problem.contains(QStringLiteral("roster"))) << r.problem.toStdString();
    auto cli = cliVerify(store.path);
    EXPECT_EQ(cli.exitCode, 1) << cli.out.constData();
    // (b) the same row "signed" by the clerk claiming to be the administrator: a wrong signature
    {
        RawDb raw(store.path);
        raw.exec(
            "UPDATE signing_keys SET signed_by = 'admin', signer_key = (SELECT public_key FROM signing_keys "
            "WHERE account = 'admin' ORDER BY id LIMIT 1), signature = zeroblob(64) WHERE signed_by IS "
            "NULL;");
    }
    r = verifyAsAdmin(store);
    EXPECT_FALSE(r.intact);
    EXPECT_TRUE(r.problem.contains(QStringLiteral("wrong signature"))) << r.problem.toStdString();
    // (c) a signed row whose role was edited
    {
        RawDb raw(store.path);
        raw.exec("DELETE FROM signing_keys WHERE account = 'supervisor' AND signature = zeroblob(64);");
        raw.exec("UPDATE signing_keys SET role = 'admin' WHERE account = 'clerk';");
    }
    r = verifyAsAdmin(store);
    EXPECT_FALSE(r.intact);
    EXPECT_TRUE(r.problem.contains(QStringLiteral("clerk"))) << r.problem.toStdString();
}

// Password changes keep the key; a reset gives a new key that the administrator lists.
TEST(SignedAudit, PasswordChangesAndResetsKeepTheTrailVerifiable)
{
    test::TestStore store;
    clerkWorks(store);
    {
        auto clerk = store.clerk();
        ASSERT_TRUE(clerk);
        const QByteArray before = clerk->signingPublicKey();
        ASSERT_TRUE(accounts::changeOwnPassword(*clerk, test::kClerkPassword, "clerk-pass-456",
                                                crypto::KdfParams::interactive())
                        .ok());
        auto again = accounts::Session::signIn(store.path, QStringLiteral("clerk"), "clerk-pass-456");
        ASSERT_TRUE(again.ok());
        EXPECT_EQ((*again)->signingPublicKey(), before);
    }
    {
        auto admin = store.admin();
        ASSERT_TRUE(accounts::resetPassword(*admin, QStringLiteral("supervisor"), "super-pass-789",
                                            crypto::KdfParams::interactive())
                        .ok());
        ASSERT_TRUE(accounts::resetPassword(*admin, QStringLiteral("admin"), "admin-pass-789",
                                            crypto::KdfParams::interactive())
                        .ok());
        ASSERT_TRUE(admin->audit(QStringLiteral("test.after_reset"), QStringLiteral("store")).ok());
        ASSERT_TRUE(
            accounts::setAccountRole(*admin, QStringLiteral("clerk2"), accounts::Role::Supervisor).ok());
    }
    auto admin = accounts::Session::signIn(store.path, QStringLiteral("admin"), "admin-pass-789");
    ASSERT_TRUE(admin.ok());
    auto r = audit::verifyAuditChain((*admin)->db());
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->intact) << r->problem.toStdString();
}

// A store from before signing keys: accounts get a key at their next sign-in,
// waiting for an administrator, whose next sign-in lists them.
TEST(SignedAudit, AnUpgradedStoreGetsKeysAtSignIn)
{
    test::TestStore store;
    clerkWorks(store);
    {
        // Back to the state of a schema-11 store: no roster, no signatures, no keys in the slots.
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        const auto layout = store::StoreLayout::at(store.path);
        auto keyring = store::Keyring::load(layout.keyringFile());
        ASSERT_TRUE(keyring.ok());
        QList<store::KeySlot> slots = keyring->keySlots();
        for (store::KeySlot s : slots) {
            s.signPublicKey.clear();
            s.wrappedSignSecretKey.clear();
            keyring->putSlot(s);
        }
        keyring->authenticate(admin->dataKey());
        ASSERT_TRUE(keyring->save(layout.keyringFile()).ok());
        ASSERT_TRUE(admin->db()
                        .exec("DELETE FROM signing_keys; UPDATE audit SET signature = NULL;"
                              "UPDATE meta SET value = CAST((SELECT MAX(seq) + 1 FROM audit) AS TEXT) "
                              "WHERE key = 'audit_signed_from';")
                        .ok());
    }
    {
        auto clerk = store.clerk();
        ASSERT_TRUE(clerk);
        EXPECT_EQ(clerk->signingPublicKey().size(), 32);
    }
    {
        // The clerk's key waits for an administrator: verify says so. (Read
        // without signing in as an administrator, which would list it.)
        auto supervisor = store.supervisor();
        auto r = audit::verifyAuditChain(supervisor->db());
        ASSERT_TRUE(r.ok());
        EXPECT_FALSE(r->intact);
        EXPECT_TRUE(r->problem.contains(QStringLiteral("not signed by an administrator")))
            << r->problem.toStdString();
    }
    const auto r = verifyAsAdmin(store);
    EXPECT_TRUE(r.intact) << r.problem.toStdString();
    EXPECT_GT(r.unsignedBeforeKeys, 5);
    EXPECT_GT(r.signedEntries, 0);
}
