// Accounts, roles, lockout, password changes and the recovery code.
#include "TestSupport.h"
#include "core/accounts/AccountAdmin.h"
#include "core/audit/AuditChain.h"
#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/Keyring.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace sohoa;
using accounts::Permission;
using accounts::Role;

namespace {

QStringList actionsFor(accounts::Session& s, const QString& actor)
{
    audit::AuditFilter f;
    f.actor = actor;
    auto entries = audit::queryAudit(s.db(), f);
    EXPECT_TRUE(entries.ok());
    QStringList out;
    for (const auto& e : *entries)
        out.append(e.action);
    return out;
}

// Sign-in failures are reported without a key, so by "system" about an account.
QStringList actionsOn(accounts::Session& s, const QString& entity)
{
    audit::AuditFilter f;
    f.entity = entity;
    auto entries = audit::queryAudit(s.db(), f);
    EXPECT_TRUE(entries.ok());
    QStringList out;
    for (const auto& e : *entries)
        out.append(e.action);
    return out;
}

} // namespace

TEST(Roles, EachRoleHasOnlyItsPermissions)
{
    EXPECT_TRUE(accounts::roleHas(Role::Clerk, Permission::Ingest));
    EXPECT_TRUE(accounts::roleHas(Role::Clerk, Permission::Verify));
    EXPECT_FALSE(accounts::roleHas(Role::Clerk, Permission::Approve));
    EXPECT_FALSE(accounts::roleHas(Role::Clerk, Permission::Export));
    EXPECT_FALSE(accounts::roleHas(Role::Clerk, Permission::ManageAccounts));
    EXPECT_TRUE(accounts::roleHas(Role::Supervisor, Permission::Approve));
    EXPECT_TRUE(accounts::roleHas(Role::Supervisor, Permission::Sync));
    EXPECT_FALSE(accounts::roleHas(Role::Supervisor, Permission::Verify));
    EXPECT_FALSE(accounts::roleHas(Role::Supervisor, Permission::ManageAccounts));
    EXPECT_TRUE(accounts::roleHas(Role::Admin, Permission::ManageAccounts));
    EXPECT_FALSE(accounts::roleHas(Role::Admin, Permission::Approve));
    EXPECT_FALSE(accounts::roleHas(Role::Admin, Permission::Verify));
}

TEST(Accounts, SeveralAccountsShareOneStoreEachWithItsOwnPassword)
{
    test::TestStore store;
    auto clerk = store.clerk();
    auto supervisor = store.supervisor();
    ASSERT_TRUE(clerk && supervisor);
    EXPECT_EQ(clerk->role(), Role::Clerk);
    EXPECT_EQ(supervisor->role(), Role::Supervisor);
    EXPECT_TRUE(clerk->dataKey().equals(supervisor->dataKey()));
    // One account's password does not open another.
    auto s = accounts::Session::signIn(store.path, QStringLiteral("supervisor"), test::kClerkPassword);
    EXPECT_FALSE(s.ok());
}

TEST(Accounts, AClerkSessionCannotManageAccounts)
{
    test::TestStore store;
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    auto r = accounts::addAccount(*clerk, QStringLiteral("intruder"), Role::Admin, "some-password-1",
                                  crypto::KdfParams::interactive());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("auth.forbidden"));
    EXPECT_FALSE(clerk->can(Permission::Approve));
}

TEST(Accounts, FiveWrongPasswordsLockTheAccountAndEverythingIsAudited)
{
    test::TestStore store;
    for (int i = 1; i <= 5; ++i) {
        auto s =
            accounts::Session::signIn(store.path, QStringLiteral("clerk"), QByteArray("wrong-password-x"));
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, i < 5 ? QStringLiteral("auth.failed") : QStringLiteral("auth.locked"));
    }
    // Locked: even the right password is refused now.
    auto locked = accounts::Session::signIn(store.path, QStringLiteral("clerk"), test::kClerkPassword);
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, QStringLiteral("auth.locked"));
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("locked")));
    // Other accounts are unaffected; their sign-in moves the queued events into the audit trail.
    auto admin = store.admin();
    ASSERT_TRUE(admin);
    const QStringList actions = actionsOn(*admin, QStringLiteral("account:clerk"));
    EXPECT_EQ(actions.count(QStringLiteral("auth.sign_in_failed")), 5);
    EXPECT_EQ(actions.count(QStringLiteral("auth.account_locked")), 1);
    EXPECT_EQ(actions.count(QStringLiteral("auth.sign_in_refused_locked")), 1);
    auto chain = audit::verifyAuditChain(admin->db());
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact);
    // The key file records the lock without naming the account.
    EXPECT_FALSE(test::allBytesUnder(store.path).contains("clerk"));
}

TEST(Accounts, TheLockLastsItsTime)
{
    test::TestStore store;
    TestClock clock; // fifteen minutes pass without waiting them
    for (int i = 0; i < 5; ++i)
        (void)accounts::Session::signIn(store.path, QStringLiteral("clerk"), QByteArray("wrong-password-x"));
    const QString file = store.path + QStringLiteral("/keyring.json");
    auto keyring = store::Keyring::load(file);
    ASSERT_TRUE(keyring.ok());
    const store::KeySlot* slot = keyring->findSlot(keyring->accountSlotId(QStringLiteral("clerk")));
    ASSERT_TRUE(slot && slot->lockedUntil.isValid());
    EXPECT_EQ(clock.now().secsTo(slot->lockedUntil), 15 * 60);
    // Moving it into the past by editing the file is caught (KeyringSecurity tests).

    // Locked, the right password does not open it, up to the last second.
    clock.advanceSeconds(15 * 60 - 1);
    auto early = accounts::Session::signIn(store.path, QStringLiteral("clerk"), test::kClerkPassword);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, QStringLiteral("auth.locked"));
    // Then it does, and the count starts again: four more wrong passwords do not lock it.
    clock.advanceSeconds(1);
    auto after = accounts::Session::signIn(store.path, QStringLiteral("clerk"), test::kClerkPassword);
    ASSERT_TRUE(after.ok()) << after.error().message.toStdString();
    after->reset();
    for (int i = 0; i < 4; ++i)
        (void)accounts::Session::signIn(store.path, QStringLiteral("clerk"), QByteArray("wrong-password-x"));
    EXPECT_TRUE(accounts::Session::signIn(store.path, QStringLiteral("clerk"), test::kClerkPassword).ok());
}

TEST(Accounts, UnknownAccountGetsTheSameAnswerAsAWrongPassword)
{
    test::TestStore store;
    auto s = accounts::Session::signIn(store.path, QStringLiteral("nobody"), test::kClerkPassword);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, QStringLiteral("auth.failed"));
}

TEST(Accounts, AdminResetsAPasswordWithoutReencryptingTheStore)
{
    test::TestStore store;
    auto admin = store.admin();
    ASSERT_TRUE(admin);
    const crypto::SecretBytes keyBefore = admin->dataKey().clone();
    ASSERT_TRUE(accounts::resetPassword(*admin, QStringLiteral("clerk"), "brand-new-pass-1",
                                        crypto::KdfParams::interactive())
                    .ok());
    EXPECT_FALSE(accounts::Session::signIn(store.path, QStringLiteral("clerk"), test::kClerkPassword).ok());
    auto clerk =
        accounts::Session::signIn(store.path, QStringLiteral("clerk"), QByteArray("brand-new-pass-1"));
    ASSERT_TRUE(clerk.ok());
    EXPECT_TRUE((*clerk)->account().mustChangePassword);
    EXPECT_TRUE((*clerk)->dataKey().equals(keyBefore));
    // The clerk picks their own password; the flag clears.
    ASSERT_TRUE(accounts::changeOwnPassword(**clerk, "brand-new-pass-1", "clerk-own-pass-2",
                                            crypto::KdfParams::interactive())
                    .ok());
    EXPECT_FALSE((*clerk)->account().mustChangePassword);
    EXPECT_TRUE(
        accounts::Session::signIn(store.path, QStringLiteral("clerk"), QByteArray("clerk-own-pass-2")).ok());
    const QStringList actions = actionsFor(*admin, QStringLiteral("admin"));
    EXPECT_TRUE(actions.contains(QStringLiteral("account.password_reset")));
}

TEST(Accounts, ChangingOwnPasswordNeedsTheCurrentOne)
{
    test::TestStore store;
    auto clerk = store.clerk();
    ASSERT_TRUE(clerk);
    auto r = accounts::changeOwnPassword(*clerk, "not-my-password", "clerk-own-pass-2",
                                         crypto::KdfParams::interactive());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, QStringLiteral("auth.failed"));
}

TEST(Accounts, WeakPasswordsAndBadNamesAreRefused)
{
    test::TestStore store;
    auto admin = store.admin();
    ASSERT_TRUE(admin);
    EXPECT_EQ(accounts::addAccount(*admin, QStringLiteral("lan"), Role::Clerk, "short",
                                   crypto::KdfParams::interactive())
                  .error()
                  .code,
              QStringLiteral("account.weak_password"));
    EXPECT_EQ(accounts::addAccount(*admin, QStringLiteral("lan nguyen"), Role::Clerk, "long-enough-1",
                                   crypto::KdfParams::interactive())
                  .error()
                  .code,
              QStringLiteral("account.bad_name"));
    EXPECT_EQ(accounts::addAccount(*admin, QStringLiteral("CLERK"), Role::Clerk, "long-enough-1",
                                   crypto::KdfParams::interactive())
                  .error()
                  .code,
              QStringLiteral("account.exists"));
}

TEST(Accounts, DisabledAccountsCannotSignInAndTheLastAdminStays)
{
    test::TestStore store;
    auto admin = store.admin();
    ASSERT_TRUE(admin);
    ASSERT_TRUE(accounts::setAccountActive(*admin, QStringLiteral("clerk2"), false).ok());
    // Its key slot is gone with it: the password is simply wrong now.
    auto s = accounts::Session::signIn(store.path, QStringLiteral("clerk2"), test::kClerkPassword);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, QStringLiteral("auth.failed"));
    EXPECT_EQ(accounts::setAccountActive(*admin, QStringLiteral("admin"), false).error().code,
              QStringLiteral("account.self"));
    EXPECT_EQ(accounts::setAccountRole(*admin, QStringLiteral("admin"), Role::Clerk).error().code,
              QStringLiteral("account.last_admin"));
}

TEST(Accounts, RecoveryCodeOpensTheStoreOnlyToSetAnAdminPassword)
{
    test::TestStore store;
    ASSERT_FALSE(store.recoveryCode.isEmpty());
    // Typed sloppily: lower case, no dashes, O for 0 where it appears.
    QString typed = store.recoveryCode.toLower();
    typed.remove(QLatin1Char('-'));
    auto rec = accounts::Session::signInWithRecoveryCode(store.path, typed);
    ASSERT_TRUE(rec.ok()) << rec.error().message.toStdString();
    EXPECT_TRUE((*rec)->isRecovery());
    EXPECT_FALSE((*rec)->can(Permission::ReadRecords));
    EXPECT_EQ(accounts::resetPassword(**rec, QStringLiteral("clerk"), "clerk-new-pass-9",
                                      crypto::KdfParams::interactive())
                  .error()
                  .code,
              QStringLiteral("auth.forbidden"));
    ASSERT_TRUE(accounts::resetPassword(**rec, QStringLiteral("admin"), "admin-new-pass-9",
                                        crypto::KdfParams::interactive())
                    .ok());
    auto admin =
        accounts::Session::signIn(store.path, QStringLiteral("admin"), QByteArray("admin-new-pass-9"));
    ASSERT_TRUE(admin.ok());
    const QStringList actions = actionsFor(**admin, QStringLiteral("recovery-code"));
    EXPECT_TRUE(actions.contains(QStringLiteral("auth.recovery_code_used")));
    EXPECT_TRUE(actions.contains(QStringLiteral("account.password_reset_by_recovery")));

    // A mistyped code is caught by its check character before any key derivation.
    QString wrong = store.recoveryCode;
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto bad = accounts::Session::signInWithRecoveryCode(store.path, wrong);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, QStringLiteral("auth.bad_recovery_code"));
}

TEST(KeyRotation, NewKeyForTheStoreEveryoneStillSignsInAndTheOldKeyNoLongerOpensIt)
{
    test::TestStore store;
    crypto::SecretBytes oldKey;
    qint64 auditEntries = 0;
    {
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        oldKey = admin->dataKey().clone();
        // A second session elsewhere (the desktop app) blocks rotation.
        {
            auto other = store.clerk();
            ASSERT_TRUE(other);
            auto refused = admin->rotateDataKey();
            ASSERT_FALSE(refused.ok());
            EXPECT_EQ(refused.error().code, QStringLiteral("store.in_use"));
        }
        auto r = admin->rotateDataKey();
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        EXPECT_FALSE(admin->dataKey().equals(oldKey));
        auto n = admin->db().queryInt("SELECT count(*) FROM audit;");
        ASSERT_TRUE(n.ok());
        auditEntries = *n;
    }
    const QString dbFile = store.path + QStringLiteral("/store.db");
    auto withOld = store::Database::open(dbFile, oldKey, store::Database::OpenMode::OpenExisting);
    ASSERT_FALSE(withOld.ok());
    EXPECT_EQ(withOld.error().code, QStringLiteral("store.not_a_store"));
    EXPECT_FALSE(QFile::exists(dbFile + QStringLiteral(".rekey")));
    for (const char* name : {"admin", "clerk", "clerk2", "supervisor", "supervisor2"}) {
        auto s = accounts::Session::signIn(store.path, QString::fromLatin1(name),
                                           test::passwordFor(QString::fromLatin1(name)));
        ASSERT_TRUE(s.ok()) << name << ": " << s.error().message.toStdString();
    }
    auto rec = accounts::Session::signInWithRecoveryCode(store.path, store.recoveryCode);
    ASSERT_TRUE(rec.ok()) << rec.error().message.toStdString();
    rec->reset();
    auto admin = store.admin();
    auto chain = audit::verifyAuditChain(admin->db());
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact);
    EXPECT_GE(chain->entries, auditEntries);
    audit::AuditFilter f;
    f.actionPrefix = QStringLiteral("store.key_rot");
    auto entries = audit::queryAudit(admin->db(), f);
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->size(), 2);
}

TEST(KeyRotation, AStoreWithTheEarlierPageSizeOpensAndIsRewrittenWithTodays)
{
    test::TestStore store;
    const QString dbFile = store.path + QStringLiteral("/store.db");
    qint64 accounts = 0;
    {
        // Make store.db what an earlier SoHoa wrote: the same data in 4 KiB pages.
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        EXPECT_EQ(admin->db().pageSize(), store::Database::kPageSize);
        accounts = *admin->db().queryInt("SELECT count(*) FROM accounts;");
        QFile empty(dbFile + QStringLiteral(".old")); // store connections attach only existing files
        ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
        empty.close();
        const crypto::SecretBytes hex = admin->dataKey().toHex();
        const QByteArray sql =
            "ATTACH DATABASE '" + QFile::encodeName(dbFile + QStringLiteral(".old")) + "' AS o KEY \"x'" +
            QByteArray(reinterpret_cast<const char*>(hex.data()), qsizetype(hex.size())) +
            "'\"; PRAGMA o.cipher_page_size = " + QByteArray::number(store::Database::kLegacyPageSize) +
            "; SELECT sqlcipher_export('o'); PRAGMA o.user_version = " +
            QByteArray::number(*admin->db().queryInt("PRAGMA user_version;")) + "; DETACH DATABASE o;";
        auto exported = admin->db().exec(sql.constData());
        ASSERT_TRUE(exported.ok()) << exported.error().message.toStdString();
    }
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(dbFile + QLatin1String(suffix));
    ASSERT_TRUE(QFile::rename(dbFile + QStringLiteral(".old"), dbFile));

    auto admin = store.admin();
    ASSERT_TRUE(admin);
    EXPECT_EQ(admin->db().pageSize(), store::Database::kLegacyPageSize);
    EXPECT_EQ(*admin->db().queryInt("SELECT count(*) FROM accounts;"), accounts);
    auto r = admin->rotateDataKey();
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(admin->db().pageSize(), store::Database::kPageSize);
    admin.reset();
    auto again = store.admin();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->db().pageSize(), store::Database::kPageSize);
    EXPECT_EQ(*again->db().queryInt("SELECT count(*) FROM accounts;"), accounts);
    auto chain = audit::verifyAuditChain(again->db());
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact);
}

TEST(KeyRotation, AnInterruptedRotationIsFinishedAtTheNextSignIn)
{
    test::TestStore store;
    crypto::SecretBytes oldKey;
    {
        auto admin = store.admin();
        oldKey = admin->dataKey().clone();
    }
    // Simulate a stop right after the commit point: the key file already seals a new key,
    // and the database under that key waits as store.db.rekey.
    const QString dbFile = store.path + QStringLiteral("/store.db");
    crypto::SecretBytes newKey = crypto::SecretBytes::random(32);
    {
        auto old = store::Database::open(dbFile, oldKey, store::Database::OpenMode::OpenExisting);
        ASSERT_TRUE(old.ok());
        QFile empty(dbFile + QStringLiteral(".rekey"));
        ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
        empty.close();
        const crypto::SecretBytes hex = newKey.toHex();
        const QByteArray sql =
            "ATTACH DATABASE '" + QFile::encodeName(dbFile + QStringLiteral(".rekey")) + "' AS r KEY \"x'" +
            QByteArray(reinterpret_cast<const char*>(hex.data()), qsizetype(hex.size())) +
            "'\"; PRAGMA r.cipher_page_size = 4096; SELECT sqlcipher_export('r'); PRAGMA r.user_version = " +
            QByteArray::number(*(*old)->queryInt("PRAGMA user_version;")) + "; DETACH DATABASE r;";
        ASSERT_TRUE((*old)->exec(sql.constData()).ok());
    }
    {
        auto keyring = store::Keyring::load(store.path + QStringLiteral("/keyring.json"));
        ASSERT_TRUE(keyring.ok());
        keyring->resealDataKey(newKey);
        keyring->authenticate(newKey); // as rotateDataKey does before its commit point
        ASSERT_TRUE(keyring->save(store.path + QStringLiteral("/keyring.json")).ok());
    }
    auto clerk = accounts::Session::signIn(store.path, QStringLiteral("clerk"), test::kClerkPassword);
    ASSERT_TRUE(clerk.ok()) << clerk.error().message.toStdString();
    EXPECT_TRUE((*clerk)->dataKey().equals(newKey));
    EXPECT_FALSE(QFile::exists(dbFile + QStringLiteral(".rekey")));
}
