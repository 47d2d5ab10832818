// Security review findings 4-8 and 10 (issue 21), each against a real store:
// what a password-less editor of keyring.json, a disabled clerk who kept the
// key, a crash during rekey and a clerk at the command line can no longer do.
#include "TestSupport.h"
#include "core/accounts/AccountAdmin.h"
#include "core/accounts/IdleLockPolicy.h"
#include "core/audit/AuditChain.h"
#include "core/backup/StoreBackup.h"
#include "core/common/Json.h"
#include "core/store/Database.h"
#include "core/store/Keyring.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace sohoa;
using accounts::Permission;
using accounts::Role;

namespace {

QString keyringFile(const test::TestStore& store)
{
    return store.path + QStringLiteral("/keyring.json");
}

QByteArray readAll(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& file, const QByteArray& bytes)
{
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

// Edits keyring.json the way a text editor would: as JSON, no key involved.
template <typename Edit> void editKeyringJson(const test::TestStore& store, Edit edit)
{
    QJsonObject o = QJsonDocument::fromJson(readAll(keyringFile(store))).object();
    ASSERT_FALSE(o.isEmpty());
    edit(o);
    writeAll(keyringFile(store), QJsonDocument(o).toJson());
}

QList<audit::AuditEntry> auditWhere(store::Database& db, const QString& actionPrefix)
{
    audit::AuditFilter f;
    f.actionPrefix = actionPrefix;
    f.limit = 100000;
    auto r = audit::queryAudit(db, f);
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : QList<audit::AuditEntry>{};
}

QStringList env(const QString& password)
{
    return {QStringLiteral("SOHOA_PASSWORD=") + password};
}

} // namespace

// Finding 4: 97 sign-ins with a 130,000-character name made keyring.json pass
// 16 MiB and locked everyone out.
TEST(KeyringSecurity, HugeTypedNamesNeitherGrowTheKeyFileNorLockAnyoneOut)
{
    test::TestStore store;
    const QString huge(130000, QLatin1Char('x'));
    for (int i = 0; i < 8; ++i) {
        auto s = accounts::Session::signIn(store.path, huge, QByteArray("whatever-pass-1"));
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, QStringLiteral("auth.failed"));
    }
    const QByteArray bytes = readAll(keyringFile(store));
    EXPECT_LT(bytes.size(), 64 * 1024) << "the typed name went into the key file";
    EXPECT_FALSE(bytes.contains("xxxxxxxx"));
    for (const char* name : {"admin", "clerk", "supervisor"})
        EXPECT_TRUE(store.signIn(QString::fromLatin1(name)));
    auto rec = accounts::Session::signInWithRecoveryCode(store.path, store.recoveryCode);
    EXPECT_TRUE(rec.ok());
}

TEST(KeyringSecurity, TheQueueOfFailedSignInsIsCappedAndTheOverflowIsCounted)
{
    test::TestStore store;
    {
        store::KeyringLock lock(keyringFile(store));
        auto keyring = store::Keyring::load(keyringFile(store));
        ASSERT_TRUE(keyring.ok());
        for (int i = 0; i < store::Keyring::kMaxPendingEvents + 40; ++i)
            keyring->queueEvent({{QStringLiteral("action"), QStringLiteral("auth.sign_in_failed")},
                                 {QStringLiteral("reason"), QStringLiteral("unknown_account")},
                                 {QStringLiteral("at"), QStringLiteral("2026-01-01T00:00:00.000Z")}});
        EXPECT_EQ(keyring->pendingEvents().size(), store::Keyring::kMaxPendingEvents);
        EXPECT_EQ(keyring->droppedEvents(), 40);
        ASSERT_TRUE(keyring->save(keyringFile(store)).ok());
    }
    EXPECT_LT(readAll(keyringFile(store)).size(), 512 * 1024);
    auto admin = store.admin();
    ASSERT_TRUE(admin);
    EXPECT_EQ(auditWhere(admin->db(), QStringLiteral("auth.sign_in_failed")).size(),
              store::Keyring::kMaxPendingEvents);
    const auto dropped = auditWhere(admin->db(), QStringLiteral("auth.events_dropped"));
    ASSERT_EQ(dropped.size(), 1);
    EXPECT_EQ(dropped.front().details.value(QStringLiteral("count")).toInt(), 40);
}

// Finding 6: editing keyring.json without a password.
TEST(KeyringSecurity, AKeyFileEditedWithoutAPasswordIsRefusedClearly)
{
    struct Case {
        const char* what;
        std::function<void(QJsonObject&)> edit;
    };
    const QList<Case> cases{
        {"a slot removed",
         [](QJsonObject& o) {
             QJsonArray slots = o.value(QStringLiteral("slots")).toArray();
             slots.removeAt(1);
             o.insert(QStringLiteral("slots"), slots);
         }},
        {"the seal removed", [](QJsonObject& o) { o.remove(QStringLiteral("mac")); }},
        {"the seal removed and the old format claimed",
         [](QJsonObject& o) {
             o.remove(QStringLiteral("mac"));
             o.insert(QStringLiteral("version"), 1);
         }},
        {"the events key replaced",
         [](QJsonObject& o) {
             QByteArray k =
                 QByteArray::fromBase64(o.value(QStringLiteral("events_public_key")).toString().toLatin1());
             k[0] = char(k[0] ^ 1);
             o.insert(QStringLiteral("events_public_key"), QString::fromLatin1(k.toBase64()));
         }},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        test::TestStore store;
        editKeyringJson(store, c.edit);
        auto s = accounts::Session::signIn(store.path, QStringLiteral("admin"), test::kAdminPassword);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, QStringLiteral("store.keyring_tampered"));
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("backup")));
    }
}

TEST(KeyringSecurity, AnOlderCopyOfTheKeyFileIsRefused)
{
    test::TestStore store;
    const QByteArray before = readAll(keyringFile(store));
    {
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        ASSERT_TRUE(accounts::resetPassword(*admin, QStringLiteral("clerk"), "brand-new-pass-1",
                                            crypto::KdfParams::interactive())
                        .ok());
    }
    ASSERT_TRUE(store.admin()); // the store has now seen the newer key file
    writeAll(keyringFile(store), before);
    auto s = accounts::Session::signIn(store.path, QStringLiteral("clerk"), test::kClerkPassword);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, QStringLiteral("store.keyring_tampered"));
}

TEST(KeyringSecurity, UnlockingAnAccountByEditingTheKeyFileIsCaught)
{
    // Edited while the lock event still waits in the queue, and after another
    // account's sign-in has moved it under the MAC.
    for (const bool importedFirst : {false, true}) {
        SCOPED_TRACE(importedFirst ? "after another sign-in" : "while queued");
        test::TestStore store;
        for (int i = 0; i < accounts::kMaxFailedSignIns; ++i)
            (void)accounts::Session::signIn(store.path, QStringLiteral("clerk"),
                                            QByteArray("wrong-password-x"));
        if (importedFirst) {
            ASSERT_TRUE(store.supervisor());
        }
        editKeyringJson(store, [](QJsonObject& o) {
            QJsonArray slots = o.value(QStringLiteral("slots")).toArray();
            for (qsizetype i = 0; i < slots.size(); ++i) {
                QJsonObject s = slots[i].toObject();
                s.remove(QStringLiteral("locked_until"));
                s.insert(QStringLiteral("failures"), 0);
                slots[i] = s;
            }
            o.insert(QStringLiteral("slots"), slots);
        });
        auto s = accounts::Session::signIn(store.path, QStringLiteral("clerk"), test::kClerkPassword);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, QStringLiteral("auth.locked"));
        // Still locked for the next try, and the administrator sees what happened.
        auto again = accounts::Session::signIn(store.path, QStringLiteral("clerk"), test::kClerkPassword);
        ASSERT_FALSE(again.ok());
        EXPECT_EQ(again.error().code, QStringLiteral("auth.locked"));
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        const auto tampered = auditWhere(admin->db(), QStringLiteral("auth.lock_state_tampered"));
        ASSERT_EQ(tampered.size(), 1);
        EXPECT_EQ(tampered.front().entity, QStringLiteral("account:clerk"));
        // An administrator's reset ends the lock, as it always did.
        ASSERT_TRUE(accounts::resetPassword(*admin, QStringLiteral("clerk"), "reset-by-admin-1",
                                            crypto::KdfParams::interactive())
                        .ok());
        EXPECT_TRUE(
            accounts::Session::signIn(store.path, QStringLiteral("clerk"), QByteArray("reset-by-admin-1"))
                .ok());
    }
}

TEST(KeyringSecurity, DroppingQueuedEventsFromTheMiddleIsReported)
{
    test::TestStore store;
    for (int i = 0; i < 3; ++i)
        (void)accounts::Session::signIn(store.path, QStringLiteral("clerk"), QByteArray("wrong-password-x"));
    editKeyringJson(store, [](QJsonObject& o) {
        QJsonArray events = o.value(QStringLiteral("pending_events")).toArray();
        ASSERT_EQ(events.size(), 3);
        events.removeAt(1);
        o.insert(QStringLiteral("pending_events"), events);
    });
    auto admin = store.admin();
    ASSERT_TRUE(admin);
    EXPECT_EQ(auditWhere(admin->db(), QStringLiteral("auth.sign_in_failed")).size(), 2);
    EXPECT_EQ(auditWhere(admin->db(), QStringLiteral("auth.events_tampered")).size(), 1);
}

TEST(KeyringSecurity, AForgedQueuedEventCannotPassForAnActionOfAnAccount)
{
    test::TestStore store;
    {
        // Anyone can seal to the events key: it is public, in the file.
        auto keyring = store::Keyring::load(keyringFile(store));
        ASSERT_TRUE(keyring.ok());
        keyring->queueEvent({{QStringLiteral("action"), QStringLiteral("record.approved")},
                             {QStringLiteral("slot"), keyring->accountSlotId(QStringLiteral("supervisor"))},
                             {QStringLiteral("at"), QStringLiteral("2026-01-01T00:00:00.000Z")}});
        keyring->queueEvent({{QStringLiteral("action"), QStringLiteral("auth.sign_in_failed")},
                             {QStringLiteral("slot"), keyring->accountSlotId(QStringLiteral("supervisor"))},
                             {QStringLiteral("at"), QStringLiteral("2026-01-01T00:00:00.000Z")}});
        ASSERT_TRUE(keyring->save(keyringFile(store)).ok());
    }
    auto admin = store.admin();
    ASSERT_TRUE(admin);
    EXPECT_TRUE(auditWhere(admin->db(), QStringLiteral("record.")).isEmpty());
    EXPECT_EQ(auditWhere(admin->db(), QStringLiteral("auth.event_unreadable")).size(), 1);
    const auto failed = auditWhere(admin->db(), QStringLiteral("auth.sign_in_failed"));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.front().actor, QStringLiteral("system")); // not "supervisor"
    EXPECT_EQ(failed.front().entity, QStringLiteral("account:supervisor"));
    EXPECT_TRUE(failed.front().details.value(QStringLiteral("reported_without_key")).toBool());
    auto chain = audit::verifyAuditChain(admin->db());
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact);
}

// Finding 5: a disabled clerk who kept the data key and a copy of keyring.json.
TEST(KeyringSecurity, ADisabledClerksPasswordAndKeptKeyNoLongerOpenTheStore)
{
    test::TestStore store;
    crypto::SecretBytes keptKey;
    {
        auto clerk = store.clerk();
        ASSERT_TRUE(clerk);
        keptKey = clerk->dataKey().clone();
    }
    const QByteArray keptKeyring = readAll(keyringFile(store));
    {
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        ASSERT_TRUE(accounts::setAccountActive(*admin, QStringLiteral("clerk"), false).ok());
        EXPECT_TRUE(*accounts::rekeyPending(*admin));
        // The slot is gone at once: the password opens nothing.
        auto s = accounts::Session::signIn(store.path, QStringLiteral("clerk"), test::kClerkPassword);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, QStringLiteral("auth.failed"));
        auto r = admin->rotateDataKey();
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        EXPECT_FALSE(*accounts::rekeyPending(*admin));
    }
    const QString dbFile = store.path + QStringLiteral("/store.db");
    EXPECT_FALSE(store::Database::open(dbFile, keptKey, store::Database::OpenMode::OpenExisting).ok());
    // The old key file still seals the old key to the clerk's slot: useless now.
    auto old = store::Keyring::load(keyringFile(store));
    ASSERT_TRUE(old.ok());
    QTemporaryDir scratch;
    writeAll(scratch.path() + QStringLiteral("/keyring.json"), keptKeyring);
    auto oldRing = store::Keyring::load(scratch.path() + QStringLiteral("/keyring.json"));
    ASSERT_TRUE(oldRing.ok());
    const store::KeySlot* slot = oldRing->findSlot(oldRing->accountSlotId(QStringLiteral("clerk")));
    ASSERT_TRUE(slot);
    auto unwrapped = store::Keyring::unwrapSlot(*slot, test::kClerkPassword);
    ASSERT_TRUE(unwrapped.ok());
    EXPECT_FALSE(store::Database::open(dbFile, *unwrapped, store::Database::OpenMode::OpenExisting).ok());
    EXPECT_FALSE(old->findSlot(old->accountSlotId(QStringLiteral("clerk"))));
    // Everyone else still signs in.
    for (const char* name : {"admin", "clerk2", "supervisor"})
        EXPECT_TRUE(store.signIn(QString::fromLatin1(name)));
}

TEST(KeyringSecurity, ResetPasswordDoesNotReEnableAndEnablingIsItsOwnAuditedStep)
{
    test::TestStore store;
    auto admin = store.admin();
    ASSERT_TRUE(admin);
    ASSERT_TRUE(accounts::setAccountActive(*admin, QStringLiteral("clerk2"), false).ok());
    auto reset = accounts::resetPassword(*admin, QStringLiteral("clerk2"), "clerk2-new-pass-1",
                                         crypto::KdfParams::interactive());
    ASSERT_FALSE(reset.ok());
    EXPECT_EQ(reset.error().code, QStringLiteral("account.disabled"));
    EXPECT_FALSE(
        accounts::Session::signIn(store.path, QStringLiteral("clerk2"), QByteArray("clerk2-new-pass-1"))
            .ok());
    EXPECT_EQ(accounts::setAccountActive(*admin, QStringLiteral("clerk2"), true).error().code,
              QStringLiteral("account.needs_password"));
    ASSERT_TRUE(accounts::enableAccount(*admin, QStringLiteral("clerk2"), "clerk2-new-pass-1",
                                        crypto::KdfParams::interactive())
                    .ok());
    auto clerk2 =
        accounts::Session::signIn(store.path, QStringLiteral("clerk2"), QByteArray("clerk2-new-pass-1"));
    ASSERT_TRUE(clerk2.ok()) << clerk2.error().message.toStdString();
    EXPECT_TRUE((*clerk2)->account().mustChangePassword);
    const auto enabled = auditWhere(admin->db(), QStringLiteral("account.enabled"));
    ASSERT_EQ(enabled.size(), 1);
    EXPECT_EQ(enabled.front().actor, QStringLiteral("admin"));
}

// Finding 10: the password an administrator set opens nothing but its replacement, in core and in the CLI.
TEST(KeyringSecurity, AResetPasswordMustBeChangedBeforeAnythingElse)
{
    test::TestStore store;
    {
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        ASSERT_TRUE(accounts::resetPassword(*admin, QStringLiteral("clerk"), "reset-by-admin-1",
                                            crypto::KdfParams::interactive())
                        .ok());
    }
    auto cli = test::runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--store"),
                             store.path, QStringLiteral("--user"), QStringLiteral("clerk")},
                            env(QStringLiteral("reset-by-admin-1")));
    EXPECT_NE(cli.exitCode, 0);
    EXPECT_TRUE(cli.err.contains("user passwd") || cli.out.contains("user passwd")) << cli.err.constData();

    auto clerk =
        accounts::Session::signIn(store.path, QStringLiteral("clerk"), QByteArray("reset-by-admin-1"));
    ASSERT_TRUE(clerk.ok());
    auto refused = (*clerk)->require(Permission::Verify);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("auth.must_change_password"));
    ASSERT_TRUE(accounts::changeOwnPassword(**clerk, "reset-by-admin-1", "clerk-own-pass-2",
                                            crypto::KdfParams::interactive())
                    .ok());
    EXPECT_TRUE((*clerk)->require(Permission::Verify).ok());
}

TEST(KeyringSecurity, TheIdleLockLimitIsSetByAnAdministratorAndHoldsForEachRole)
{
    test::TestStore store;
    auto clerk = store.clerk();
    auto admin = store.admin();
    ASSERT_TRUE(clerk && admin);
    EXPECT_EQ(*accounts::effectiveIdleLockMinutes(*clerk, 0), accounts::kDefaultIdleLockMaxMinutes);
    EXPECT_EQ(accounts::setIdleLockLimit(*clerk, Role::Clerk, 600).error().code,
              QStringLiteral("auth.forbidden"));
    ASSERT_TRUE(accounts::setIdleLockLimit(*admin, Role::Clerk, 5).ok());
    EXPECT_EQ(*accounts::effectiveIdleLockMinutes(*clerk, 0), 5);
    EXPECT_EQ(*accounts::effectiveIdleLockMinutes(*clerk, 60), 5);
    EXPECT_EQ(*accounts::effectiveIdleLockMinutes(*clerk, 3), 3);
    EXPECT_EQ(*accounts::effectiveIdleLockMinutes(*admin, 0), accounts::kDefaultIdleLockMaxMinutes);
    EXPECT_EQ(auditWhere(admin->db(), QStringLiteral("policy.idle_lock_changed")).size(), 1);
}

// Finding 7: restore is for administrators, of the backup and of the store it replaces.
TEST(KeyringSecurity, AClerkCannotRestoreNorRollBackTheLiveStore)
{
    test::TestStore store;
    const QString backupFile = store.dir.path() + QStringLiteral("/b.sohoa-backup");
    {
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        ASSERT_TRUE(backup::backupStore(*admin, backupFile).ok());
    }
    auto elsewhere = backup::restoreStore({backupFile, store.dir.path() + QStringLiteral("/copy"),
                                           QStringLiteral("clerk"), test::kClerkPassword, false});
    ASSERT_FALSE(elsewhere.ok());
    EXPECT_EQ(elsewhere.error().code, QStringLiteral("auth.forbidden"));
    const QByteArray dbBefore = readAll(store.path + QStringLiteral("/keyring.json"));
    auto cli = test::runCli({QStringLiteral("restore"), backupFile, QStringLiteral("--store"), store.path,
                             QStringLiteral("--user"), QStringLiteral("clerk"), QStringLiteral("--replace")},
                            env(QString::fromLatin1(test::kClerkPassword)));
    EXPECT_NE(cli.exitCode, 0);
    EXPECT_EQ(readAll(store.path + QStringLiteral("/keyring.json")), dbBefore);
    EXPECT_FALSE(QDir(store.dir.path()).entryList({QStringLiteral("store.replaced-*")}, QDir::Dirs).size());
    // An administrator may.
    auto admin =
        backup::restoreStore({backupFile, store.path, QStringLiteral("admin"), test::kAdminPassword, true});
    ASSERT_TRUE(admin.ok()) << admin.error().message.toStdString();
}

// Finding 8: kill -9 at every step of `store rekey`; the store opens for everyone afterwards.
TEST(KeyringSecurity, ACrashAtAnyStepOfRekeyLeavesAUsableStore)
{
    for (const char* step :
         {"rekey.started", "rekey.copied", "rekey.keyring_written", "rekey.closed", "rekey.keyring_replaced",
          "rekey.old_journal_removed", "rekey.database_replaced"}) {
        SCOPED_TRACE(step);
        test::TestStore store;
        qint64 accounts = 0;
        {
            auto admin = store.admin();
            ASSERT_TRUE(admin);
            accounts = *admin->db().queryInt("SELECT count(*) FROM accounts;");
        }
        auto cli =
            test::runCli({QStringLiteral("store"), QStringLiteral("rekey"), QStringLiteral("--store"),
                          store.path, QStringLiteral("--user"), QStringLiteral("admin")},
                         {QStringLiteral("SOHOA_PASSWORD=") + QString::fromLatin1(test::kAdminPassword),
                          QStringLiteral("SOHOA_TEST_CRASH_AT=") + QString::fromLatin1(step)});
        EXPECT_NE(cli.exitCode, 0) << "the crash point was not reached";
        EXPECT_TRUE(QFile::exists(keyringFile(store)));
        for (const char* name : {"clerk", "admin", "supervisor"}) {
            auto s = accounts::Session::signIn(store.path, QString::fromLatin1(name),
                                               test::passwordFor(QString::fromLatin1(name)));
            ASSERT_TRUE(s.ok()) << name << ": " << s.error().message.toStdString();
            EXPECT_EQ(*(*s)->db().queryInt("SELECT count(*) FROM accounts;"), accounts);
        }
        auto rec = accounts::Session::signInWithRecoveryCode(store.path, store.recoveryCode);
        ASSERT_TRUE(rec.ok()) << rec.error().message.toStdString();
        rec->reset();
        auto admin = store.admin();
        ASSERT_TRUE(admin);
        auto chain = audit::verifyAuditChain(admin->db());
        ASSERT_TRUE(chain.ok());
        EXPECT_TRUE(chain->intact);
        // And a later rekey completes.
        auto r = admin->rotateDataKey();
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        EXPECT_FALSE(QFile::exists(store.path + QStringLiteral("/store.db.rekey")));
        EXPECT_FALSE(QFile::exists(store.path + QStringLiteral("/keyring.json.rekey")));
    }
}
